import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { refuseOverlaps, safeJoin, type TreeEntry } from '../../src/git/export-tree.js';
import { folding, nameFolding } from '../../src/git/name-folding.js';

/** The definition safeJoin keeps: every component checked, the result resolved and kept under root. */
function reference(root: string, rel: string): string | 'refused' {
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git')) return 'refused';
  const file = path.resolve(root, rel);
  const inside = path.relative(root, file);
  const out =
    inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside);
  return out ? 'refused' : file;
}

const attempt = (root: string, rel: string) => {
  try {
    return safeJoin(root, rel);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return 'refused';
  }
};

describe('safeJoin', () => {
  const component = fc.oneof(
    fc.constantFrom(
      '',
      '.',
      '..',
      '.git',
      '.GIT',
      '.Git',
      'a',
      'b.yaml',
      '.github',
      'git',
      '..a',
      'a..',
      '...',
    ),
    fc.stringMatching(/^[\w. -]{1,6}$/),
  );
  it('joins and refuses as its definition does (every component checked, the result kept under root)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('/tmp/gp-head-x', '/', '/tmp/a/../b', '/tmp/root/'),
        fc.array(component, { minLength: 1, maxLength: 5 }),
        (root, parts) => {
          const rel = parts.join('/');
          expect(attempt(root, rel)).toBe(reference(root, rel));
        },
      ),
      { numRuns: 2000, seed: 14 },
    );
  });

  it.each(['../x', 'a/../../x', '/etc/passwd', 'a//b', 'a/./b', 'a/.git/config', '.GiT/hooks/x', 'a/', ''])(
    'refuses %j',
    (rel) => expect(attempt('/tmp/gp-head-x', rel)).toBe('refused'),
  );
});

describe('refuseOverlaps', () => {
  const entry = (p: string, mode = '100644'): TreeEntry => ({
    mode,
    type: 'blob',
    oid: 'a'.repeat(40),
    path: p,
  });

  it('refuses a file under a path that is a file or a link, at any depth, and two entries of one name', () => {
    expect(() => refuseOverlaps([entry('a/b/c'), entry('a/b/d'), entry('a', '120000')])).toThrow(
      /"a\/b\/c" under "a", which is a file or a link/,
    );
    expect(() => refuseOverlaps([entry('x/y'), entry('a/b/c/d'), entry('a/b/c/e'), entry('a/b')])).toThrow(
      /under "a\/b"/,
    );
    expect(() => refuseOverlaps([entry('a/b'), entry('a/b')])).toThrow(/two entries named "a\/b"/);
    expect(() => refuseOverlaps([entry('a/b/c'), entry('a/b/d'), entry('a/e'), entry('f')])).not.toThrow();
  });

  it('on a file system that folds names, compares them folded: a link A and a/x overlap, a.yaml and A.yaml are one', () => {
    const cases = folding(true, false);
    const forms = folding(false, true);
    expect(() => refuseOverlaps([entry('A', '120000'), entry('a/x')], cases)).toThrow(
      /"a\/x" under "A", which is a file or a link/,
    );
    expect(() => refuseOverlaps([entry('A', '120000'), entry('a/x')])).not.toThrow();
    expect(() => refuseOverlaps([entry('v/a.yaml'), entry('V/A.yaml')], cases)).toThrow(
      /"v\/a.yaml" and "V\/A.yaml", one name on this file system/,
    );
    expect(() => refuseOverlaps([entry('stra\u00dfe'), entry('STRASSE')], cases)).toThrow(/one name/);
    expect(() => refuseOverlaps([entry('\u1e9e', '120000'), entry('ss/x')], cases)).toThrow(/under/);
    const [composed, decomposed] = ['caf\u00e9.yaml', 'cafe\u0301.yaml'];
    expect(() => refuseOverlaps([entry(composed), entry(decomposed)], forms)).toThrow(/one name/);
    expect(() => refuseOverlaps([entry(composed), entry(decomposed)], cases)).toThrow(/one name/);
    expect(() => refuseOverlaps([entry(composed), entry(decomposed)])).not.toThrow();
    expect(() => refuseOverlaps([entry('a/b/c'), entry('a/B/d'), entry('f')], cases)).not.toThrow();
    expect(folding(false, false)).toBeNull();
  });

  it.runIf(process.platform === 'linux')(
    'finds that the temp dir of a Linux machine folds nothing',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-fold-'));
      try {
        expect(await nameFolding(dir)).toBeNull();
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
