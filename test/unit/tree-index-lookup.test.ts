import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TreeIndex, type IndexEntry } from '../../src/gitops/tree-index.js';

/**
 * A tree without symlinks is looked up in one step; with one, path by path. Both must say the same of
 * every path: the index of the same files plus one unrelated link (which forces the walk) is the oracle.
 */
const name = fc.constantFrom('a', 'b', 'c', 'values.yaml', 'Chart.yaml');
const entryPath = fc.array(name, { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));
const query = fc
  .array(fc.constantFrom('a', 'b', 'c', 'values.yaml', '.', '..', '', 'x'), { minLength: 0, maxLength: 5 })
  .chain((parts) => fc.constantFrom(parts.join('/'), `${parts.join('/')}/`, `/${parts.join('/')}`));

function index(paths: string[], withLink: boolean): TreeIndex {
  const seen = new Set<string>();
  const entries: IndexEntry[] = [];
  for (const p of paths) {
    // A path under another entry's file cannot be in a tree (git refuses it): keep the first.
    if ([...seen].some((q) => p.startsWith(`${q}/`) || q.startsWith(`${p}/`) || q === p)) continue;
    seen.add(p);
    entries.push({
      mode: p.endsWith('c') ? '160000' : '100644',
      type: p.endsWith('c') ? 'commit' : 'blob',
      oid: p,
      path: p,
    });
  }
  if (withLink) entries.push({ mode: '120000', type: 'blob', oid: 'link', path: 'zz-link' });
  return new TreeIndex(entries, (oid) => Buffer.from(oid === 'link' ? 'nowhere' : oid));
}

describe('TreeIndex without symlinks', () => {
  it('resolves and lists every path as the walk does', () => {
    fc.assert(
      fc.property(
        fc.array(entryPath, { minLength: 1, maxLength: 8 }),
        fc.array(query, { maxLength: 10 }),
        (paths, queries) => {
          const fast = index(paths, false);
          const walk = index(paths, true);
          for (const q of queries) {
            expect(fast.resolve(q)).toEqual(walk.resolve(q));
            const listed = walk.list(q).filter((n) => n !== 'zz-link');
            expect(fast.list(q)).toEqual(listed);
          }
        },
      ),
      { numRuns: 1000, seed: 14 },
    );
  });
});
