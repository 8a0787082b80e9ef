import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirsAbove, outermostAbove } from '../../src/util/dirs-above.js';

const part = fc.constantFrom('', 'a', 'b', 'charts', 'x.yaml');
const pathLike = fc.array(part, { minLength: 1, maxLength: 6 }).map((p) => p.join('/'));

describe('dirsAbove', () => {
  it('lists the directories above a path, outermost first', () => {
    expect(dirsAbove('a/b/c.yaml')).toEqual(['a', 'a/b']);
    expect(dirsAbove('c.yaml')).toEqual([]);
  });

  it('outermostAbove is dirsAbove(p).find in dirs', () => {
    fc.assert(
      fc.property(pathLike, fc.array(pathLike, { maxLength: 5 }), (p, dirs) => {
        const set = new Set(dirs);
        expect(outermostAbove(p, set)).toBe(dirsAbove(p).find((d) => set.has(d)));
      }),
      { numRuns: 3000, seed: 14 },
    );
  });
});
