/**
 * The split of a sharded diff (src/diff/shard-split.ts), property by property over random fleets: the
 * shards' union is the whole, they are disjoint and non-empty, as many as asked (or as there are
 * clusters), balanced, deterministic, in the plan's order, and the plan's matrix stays within GitHub's
 * limits and holds no name from the repository.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { checkMaxShards, MAX_SHARDS, parseShard, type ShardOptions } from '../../src/diff/shard-model.js';
import { partClusters, shardPlan, splitIntoShards, type PlanInput } from '../../src/diff/shard-split.js';

const SEED = 20261201;
const RUNS = 300;

/** Distinct names, hostile ones included: quotes, braces, expressions, workflow commands, newlines. */
const names = fc.uniqueArray(
  fc.oneof(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    fc.constantFrom(
      '"},{"shard":"9/9","part":9}',
      '${{ secrets.token }}',
      '::set-output name=x::y',
      'a\nb',
      '../../etc',
      '__proto__',
      'gitops-diff-part-1',
    ),
    fc.string({ minLength: 1, maxLength: 12 }),
  ),
  { maxLength: 400 },
);

const options: ShardOptions = { deep: true, dependencyBuild: false, config: null };

function input(clusters: PlanInput['clusters'], requested: number): PlanInput {
  return {
    base: { ref: 'main', sha: 'a'.repeat(40) },
    head: { ref: 'pr', sha: 'b'.repeat(40) },
    options,
    clusters,
    requested,
  };
}

describe('splitIntoShards', () => {
  it('partitions the items into min(max, n) non-empty shards, each in the given order', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 1, max: MAX_SHARDS }), (list, max) => {
        const shards = splitIntoShards(
          list.map((name) => ({ name, weight: 1 })),
          max,
        );
        expect(shards).toHaveLength(Math.min(max, list.length));
        for (const s of shards) expect(s.length).toBeGreaterThan(0);
        const flat = shards.flat();
        expect(new Set(flat).size).toBe(flat.length); // disjoint
        expect([...flat].sort()).toEqual([...list].sort()); // the union is the whole
        for (const s of shards) expect(s).toEqual(list.filter((n) => s.includes(n)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('balances equal weights to within one item, and any weights to within the heaviest', () => {
    const weighted = names.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(weighted, fc.integer({ min: 1, max: 40 }), ([list, weights], max) => {
        const equal = splitIntoShards(
          list.map((name) => ({ name, weight: 1 })),
          max,
        ).map((s) => s.length);
        if (equal.length > 0) expect(Math.max(...equal) - Math.min(...equal)).toBeLessThanOrEqual(1);
        const items = list.map((name, i) => ({ name, weight: weights[i]! }));
        const weightOf = new Map(items.map((it) => [it.name, it.weight]));
        const loads = splitIntoShards(items, max).map((s) => s.reduce((n, x) => n + weightOf.get(x)!, 0));
        if (loads.length > 0)
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(Math.max(...weights));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('is deterministic: the same input gives the same shards', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 1, max: 30 }), (list, max) => {
        const items = list.map((name, i) => ({ name, weight: (i % 3) + 1 }));
        expect(splitIntoShards(items, max)).toEqual(splitIntoShards(structuredClone(items), max));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('with equal weights, item i goes to shard i mod count', () => {
    const shards = splitIntoShards(
      ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, weight: 1 })),
      2,
    );
    expect(shards).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
  });

  it('refuses a name twice (a bug: the plan names each cluster once)', () => {
    expect(() =>
      splitIntoShards(
        [
          { name: 'a', weight: 1 },
          { name: 'a', weight: 1 },
        ],
        2,
      ),
    ).toThrow(/named twice/);
  });
});

describe('shardPlan', () => {
  const clusters = names.chain((list) =>
    fc.tuple(fc.constant(list), fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length })),
  );

  it('gives every cluster one part: 0 to the unchanged, 1..shards to the changed; its matrix lists every part', () => {
    fc.assert(
      fc.property(clusters, fc.integer({ min: 1, max: MAX_SHARDS }), ([list, changed], requested) => {
        const plan = shardPlan(
          input(
            list.map((name, i) => ({ name, env: null, compare: changed[i]! })),
            requested,
          ),
        );
        const changedCount = changed.filter(Boolean).length;
        expect(plan.shards).toBe(Math.min(requested, changedCount));
        expect(plan.clusters.map((c) => c.name)).toEqual(list);
        list.forEach((_, i) => expect(plan.clusters[i]!.part === 0).toBe(!changed[i]));
        const parts = Array.from({ length: plan.shards + 1 }, (_, p) => partClusters(plan, p));
        expect(parts.flat().sort()).toEqual([...list].sort());
        for (const p of parts.slice(1)) expect(p.length).toBeGreaterThan(0);
        expect(plan.matrix.include).toEqual(
          parts.map((_, part) => ({ shard: `${part}/${plan.shards}`, part })),
        );
        // GitHub: at most 256 jobs per matrix, and a job output of at most 1 MB (numbers only, whatever the fleet).
        expect(plan.matrix.include.length).toBeLessThanOrEqual(256);
        const matrix = JSON.stringify(plan.matrix);
        expect(matrix.length).toBeLessThan(256 * 40);
        expect(Object.keys(JSON.parse(matrix) as object)).toEqual(['include']);
        for (const entry of plan.matrix.include) expect(Object.keys(entry).sort()).toEqual(['part', 'shard']);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the matrix carries no cluster name, however hostile', () => {
    const hostile = ['"},{"shard":"0/1","part":0}', '${{ github.token }}', '::error::x', "a'b", 'x\ny'];
    const plan = shardPlan(
      input(
        hostile.map((name) => ({ name, env: name, compare: true })),
        3,
      ),
    );
    const matrix = JSON.stringify(plan.matrix);
    for (const name of hostile) expect(matrix).not.toContain(name);
    expect(matrix).toBe(
      '{"include":[{"shard":"0/3","part":0},{"shard":"1/3","part":1},{"shard":"2/3","part":2},{"shard":"3/3","part":3}]}',
    );
  });

  it('no changed cluster: only part 0 (a matrix is never empty)', () => {
    const plan = shardPlan(input([{ name: 'a', env: null, compare: false }], 8));
    expect(plan.shards).toBe(0);
    expect(plan.matrix.include).toEqual([{ shard: '0/0', part: 0 }]);
  });

  it('a part recomputing the plan with its count gets the plan the plan job made with more asked', () => {
    fc.assert(
      fc.property(clusters, fc.integer({ min: 1, max: 60 }), ([list, changed], requested) => {
        const cs = list.map((name, i) => ({ name, env: null, compare: changed[i]! }));
        const planned = shardPlan(input(cs, requested));
        const again = shardPlan(input(cs, Math.max(planned.shards, 1)));
        expect(again.id).toBe(planned.id);
        expect(again.clusters).toEqual(planned.clusters);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("the id changes with the commits, the options, and any cluster's part", () => {
    const cs = ['a', 'b', 'c'].map((name) => ({ name, env: null, compare: true }));
    const plan = shardPlan(input(cs, 2));
    const ids = new Set([
      plan.id,
      shardPlan({ ...input(cs, 2), head: { ref: 'pr', sha: 'c'.repeat(40) } }).id,
      shardPlan({ ...input(cs, 2), options: { ...options, deep: false } }).id,
      shardPlan(input(cs, 3)).id,
      shardPlan(input([...cs, { name: 'd', env: null, compare: false }], 2)).id,
    ]);
    expect(ids.size).toBe(5);
  });
});

describe('K/N and the number of shards', () => {
  it.each([
    ['0/4', { index: 0, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 1/255 ', { index: 1, count: 255 }],
    ['0/0', { index: 0, count: 0 }],
  ])('%s', (text, spec) => {
    expect(parseShard(text, 'input shard')).toEqual(spec);
  });

  it.each(['5/4', '1/256', '-1/3', '1 / 3', '1/3/5', 'a/b', '', '1'])('refuses %j', (text) => {
    expect(() => parseShard(text, 'input shard')).toThrow(ConfigurationError);
  });

  it.each([0, 256, 1.5, -3])('refuses %s shards', (n) => {
    expect(() => checkMaxShards(n, 'input shards')).toThrow(/from 1 to 255/);
  });
});
