import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoJoin } from '../../src/gitops/repo-files.js';
import { normalizePosix } from '../../src/util/normalize-posix.js';

const part = fc.constantFrom('', '.', '..', '...', 'a', 'b.yaml', '.x', 'x.', '/', '//');
const pathLike = fc.array(part, { maxLength: 6 }).map((p) => p.join('/'));

describe('normalizePosix', () => {
  it('is path.posix.normalize', () => {
    fc.assert(
      fc.property(pathLike, (p) => {
        expect(normalizePosix(p)).toBe(path.posix.normalize(p));
      }),
      { numRuns: 5000, seed: 14 },
    );
  });

  it('repoJoin is the normalized path.posix.join of its parts, no trailing slash ("." for none)', () => {
    fc.assert(
      fc.property(pathLike, pathLike, (base, rel) => {
        const joined = path.posix.normalize(path.posix.join(base === '.' ? '' : base, rel));
        const expected = joined === '' ? '.' : joined.replace(/\/$/, '');
        expect(repoJoin(base, rel)).toBe(expected);
      }),
      { numRuns: 5000, seed: 14 },
    );
  });
});
