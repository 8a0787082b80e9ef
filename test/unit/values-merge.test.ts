import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyParameters, parseName } from '../../src/gitops/set-parameters.js';
import { mergeValues } from '../../src/gitops/values-merge.js';
import { fromJson, nodeAt, toJson, type VMap } from '../../src/gitops/vnode.js';
import { parseYaml } from '../../src/gitops/yaml-source.js';

const load = (file: string, text: string) => parseYaml(file, text).documents[0]!.root as VMap;

describe('mergeValues (Helm semantics)', () => {
  it('deep-merges maps, replaces lists and scalars, deletes keys set to null', () => {
    const base = load('values.yaml', 'a:\n  b: 1\n  c: [1, 2]\n  d: keep\nlist: [x]\ngone: 1\n');
    const over = load('values.dev.yaml', 'a:\n  b: 2\n  c: [3]\nlist: null\ngone: ~\nnew: {k: v}\n');
    const merged = mergeValues([base, over])!;
    expect(toJson(merged)).toEqual({ a: { b: 2, c: [3], d: 'keep' }, new: { k: 'v' } });
    expect(nodeAt(merged, ['a', 'b'])!.pos.file).toBe('values.dev.yaml');
    expect(nodeAt(merged, ['a', 'd'])!.pos.file).toBe('values.yaml');
    expect(toJson(base)).toEqual({ a: { b: 1, c: [1, 2], d: 'keep' }, list: ['x'], gone: 1 });
  });

  it('never loses a key an overlay does not mention, and the last setter always wins (property)', () => {
    const scalar = fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.boolean());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 3 }), tie('map')),
      map: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('node'), { maxKeys: 4 }),
    })).map;
    const pos = (file: string) => ({ file, line: 1, column: 1 });
    fc.assert(
      fc.property(tree, tree, (a, b) => {
        const merged = toJson(mergeValues([fromJson(a, pos('a')), fromJson(b, pos('b'))])!) as Record<
          string,
          unknown
        >;
        for (const key of Object.keys(a)) expect(key in merged).toBe(true);
        for (const [key, value] of Object.entries(b)) {
          const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
          if (!isMap(value) || !isMap(a[key])) expect(merged[key]).toEqual(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('helm parameters (--set)', () => {
  const pos = { file: 'bootstrap.yaml', line: 9, column: 7 };
  it('parses dotted names, escaped dots and list indexes', () => {
    expect(parseName('a.b\\.c[1].d')).toEqual([{ key: 'a' }, { key: 'b.c' }, { index: 1 }, { key: 'd' }]);
    expect(() => parseName('a[x]')).toThrow('bad list index');
  });

  it('types values like helm unless forceString, and null deletes', () => {
    const base = load('values.yaml', 'a:\n  keep: 1\n  drop: 2\n');
    const out = applyParameters(
      base,
      [
        { name: 'a.n', value: '42' },
        { name: 'a.t', value: 'true' },
        { name: 'a.s', value: '42', forceString: true },
        { name: 'a.drop', value: 'null' },
        { name: 'l[1]', value: 'x' },
      ],
      pos,
    );
    expect(toJson(out)).toEqual({ a: { keep: 1, n: 42, t: true, s: '42' }, l: [null, 'x'] });
    expect(nodeAt(out, ['a', 'n'])!.pos).toEqual(pos);
  });
});
