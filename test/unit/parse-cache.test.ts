import { createHash } from 'node:crypto';
import {
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARSE_CACHE_FORMAT, PARSE_SOURCES, ParseCache } from '../../src/gitops/parse-cache.js';
import { decodeLoaded, encodeLoaded } from '../../src/gitops/yaml-encoding.js';
import { defaultYamlLimits, parseYaml } from '../../src/gitops/yaml-source.js';
import { RecordingLogger } from '../helpers/logger.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The files that decide what parseYaml returns for a text, and the `yaml` package it runs. */
const SOURCES = [
  'src/gitops/yaml-source.ts',
  'src/gitops/yaml-convert.ts',
  'src/gitops/yaml-encoding.ts',
  'src/gitops/vnode.ts',
  'src/findings.ts',
];

describe('the parse cache format', () => {
  it('names the sources it was made for: change one, and bump PARSE_CACHE_FORMAT and PARSE_SOURCES', () => {
    const h = createHash('sha256');
    for (const f of SOURCES) h.update(`${f}\0${readFileSync(path.join(root, f), 'utf8')}\0`);
    h.update(
      `yaml@${(JSON.parse(readFileSync(path.join(root, 'node_modules/yaml/package.json'), 'utf8')) as { version: string }).version}`,
    );
    const digest = h.digest('hex');
    expect(
      digest,
      `a parse of yesterday's cache could differ from today's: bump PARSE_CACHE_FORMAT (${PARSE_CACHE_FORMAT}) and set PARSE_SOURCES to ${digest}`,
    ).toBe(PARSE_SOURCES);
  });
});

/** YAML as values files and bootstraps hold it, with what is hard to keep: anchors, tags, odd numbers, errors. */
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '.nan',
    '.inf',
    '-.inf',
    '-0.0',
    '0x1F',
    '0o17',
    'yes',
    'off',
    '~',
    '12345678901234567890123',
  ),
);
const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 4 }),
  ),
})).v;
const extra = [
  'a: &x {b: 1}\nc: *x\nd:\n  <<: *x\n  e: 2\n',
  'a: 1\na: 2\n',
  '\tbad: tab\n',
  '--- # first\nx: 1\n---\n# only a comment\n---\ny: !!str 3\n',
  'key: [unclosed\n',
  'big: 123456789012345678901234567890\n',
];

describe('encodeLoaded / decodeLoaded', () => {
  it('give back what parseYaml read: values, positions, key positions, documents and findings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          tree.map((t) => dump(t, { noRefs: true })),
          fc.constantFrom(...extra),
        ),
        (text) => {
          const loaded = parseYaml('charts/app/values.x.yaml', text);
          const encoded = JSON.stringify(encodeLoaded(loaded));
          const back = decodeLoaded(JSON.parse(encoded), loaded.file);
          expect(back).toEqual(loaded);
          // toEqual does not see the order of a map's keys; the encoding does.
          expect(JSON.stringify(encodeLoaded(back!))).toBe(encoded);
        },
      ),
      { numRuns: 400, seed: 14 },
    );
    for (const text of extra) {
      const loaded = parseYaml('v.yaml', text);
      expect(decodeLoaded(JSON.parse(JSON.stringify(encodeLoaded(loaded))), 'v.yaml')).toEqual(loaded);
    }
  });

  it('keep NaN, ±Infinity, -0 and bigints as they are', () => {
    const loaded = parseYaml('v.yaml', 'a: .nan\nb: .inf\nc: -.inf\nd: -0.0\ne: 1\n');
    // parseYaml gives no bigint today; a VNode may hold one.
    const doc = loaded.documents[0]!.root!;
    if (doc.kind === 'map')
      doc.entries.set('e', { kind: 'scalar', pos: doc.pos, value: 12345678901234567890n });
    const back = decodeLoaded(JSON.parse(JSON.stringify(encodeLoaded(loaded))), 'v.yaml')!;
    const root = back.documents[0]!.root!;
    if (root.kind !== 'map') throw new Error('not a map');
    const v = (k: string) => (root.entries.get(k) as { value: unknown }).value;
    expect(Number.isNaN(v('a'))).toBe(true);
    expect([v('b'), v('c')]).toEqual([Infinity, -Infinity]);
    expect(Object.is(v('d'), -0)).toBe(true);
    expect(typeof v('e')).toBe('bigint');
    expect(back).toEqual(loaded);
  });

  it.each([
    ['another file', (e: Record<string, unknown>) => ({ ...e, file: 'other.yaml' })],
    [
      'a node of another shape',
      (e: Record<string, unknown>) => ({ ...e, documents: [[[9, 1, 1, null, null, 1], null, 1]] }),
    ],
    [
      'a position that is not a number',
      (e: Record<string, unknown>) => ({ ...e, documents: [[[2, 'x', 1, null, null, 1], null, 1]] }),
    ],
    [
      'a finding of no known severity',
      (e: Record<string, unknown>) => ({
        ...e,
        findings: [
          { severity: 'fatal', rule: 'x', message: '', file: null, line: null, column: null, cluster: null },
        ],
      }),
    ],
    [
      'an odd number of map entries',
      (e: Record<string, unknown>) => ({ ...e, documents: [[[0, 1, 1, null, null, ['a']], null, 1]] }),
    ],
  ])('refuse %s (the file is parsed again)', (_, edit) => {
    const encoded = encodeLoaded(parseYaml('v.yaml', 'a: 1\n')) as Record<string, unknown>;
    expect(decodeLoaded(edit(encoded), 'v.yaml')).toBeNull();
  });
});

describe('ParseCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gp-parse-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const key = (file: string, blob: string) =>
    `${file}\0${blob}\0${defaultYamlLimits.maxFileBytes}\0${defaultYamlLimits.maxExpandedNodes}`;
  const packFile = () => path.join(dir, `yaml-parses-v${PARSE_CACHE_FORMAT}.json`);

  async function fill(): Promise<void> {
    const first = ParseCache.open(dir, new RecordingLogger());
    first.parses.set(key('a.yaml', '1'), parseYaml('a.yaml', 'a: 1\n'));
    first.parses.set(key('b.yaml', '2'), parseYaml('b.yaml', 'b: [2]\n'));
    await first.save();
  }

  it("serves the last run's parses; keeps only those used; writes nothing when nothing changed", async () => {
    await fill();
    const second = ParseCache.open(dir, new RecordingLogger());
    expect(second.parses.get(key('a.yaml', '1'))).toEqual(parseYaml('a.yaml', 'a: 1\n'));
    const before = readFileSync(packFile(), 'utf8');
    const third = ParseCache.open(dir, new RecordingLogger());
    third.parses.get(key('a.yaml', '1'));
    third.parses.get(key('b.yaml', '2'));
    await third.save();
    expect(readFileSync(packFile(), 'utf8')).toBe(before);
    await second.save(); // used only a.yaml: b.yaml is dropped
    const fourth = ParseCache.open(dir, new RecordingLogger());
    expect(fourth.parses.get(key('b.yaml', '2'))).toBeUndefined();
    expect(fourth.parses.get(key('a.yaml', '1'))).toBeDefined();
    expect(readdirSync(dir)).toEqual([path.basename(packFile())]);
  });

  it("removes the temp files that stopped runs left, once they are an hour old; not a running save's, nor anything else", async () => {
    const pack = path.basename(packFile());
    const stale = path.join(dir, `${pack}.4242.0123456789ab.tmp`);
    const fresh = path.join(dir, `${pack}.4243.0123456789ab.tmp`);
    const other = path.join(dir, `${pack}.old`);
    const outside = path.join(os.tmpdir(), `gp-parse-cache-target-${process.pid}`);
    const linked = path.join(dir, `${pack}.4244.0123456789ab.tmp`);
    for (const f of [stale, fresh, other, outside]) writeFileSync(f, 'x');
    symlinkSync(outside, linked);
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const f of [stale, other, outside]) utimesSync(f, hoursAgo, hoursAgo);
    lutimesSync(linked, hoursAgo, hoursAgo);
    try {
      await fill();
      expect(readdirSync(dir).sort()).toEqual(
        [pack, path.basename(fresh), path.basename(other), path.basename(linked)].sort(),
      );
      expect(readFileSync(outside, 'utf8')).toBe('x');
    } finally {
      rmSync(outside, { force: true });
    }
  });

  it.each([
    ['corrupted', (f: string) => writeFileSync(f, 'garbage')],
    [
      'hand-edited (its digest no longer matches)',
      (f: string) => {
        const text = readFileSync(f, 'utf8');
        const [header, body] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n'))];
        // A value of a.yaml changed, the header's digest left as it was.
        expect(body).toContain('["a",');
        writeFileSync(f, `${header}${body.replace('["a",', '["z",')}`);
      },
    ],
    [
      'of another format',
      (f: string) =>
        writeFileSync(f, readFileSync(f, 'utf8').replace(`"format":${PARSE_CACHE_FORMAT}`, '"format":0')),
    ],
    [
      'a symlink',
      (f: string) => {
        writeFileSync(`${f}.real`, readFileSync(f));
        rmSync(f);
        symlinkSync(`${f}.real`, f);
      },
    ],
    [
      'a FIFO',
      (f: string) => {
        rmSync(f);
        execFileSync('mkfifo', [f]);
      },
    ],
    [
      'a directory',
      (f: string) => {
        rmSync(f);
        mkdirSync(f);
      },
    ],
  ])('ignores a pack that is %s: every file is parsed again', async (_, edit) => {
    await fill();
    edit(packFile());
    const logger = new RecordingLogger();
    const cache = ParseCache.open(dir, logger);
    expect(cache.parses.size).toBe(0);
    expect(logger.lines.some((l) => l.message.startsWith('parse cache:'))).toBe(true);
  });
});
