import { createHash } from 'node:crypto';
import { canonicalJson } from '../util/canonical-json.js';
import {
  MAX_SHARDS,
  PLAN_KIND,
  SHARD_FORMAT,
  shardName,
  type PlannedCluster,
  type ShardOptions,
  type ShardPlan,
} from './shard-model.js';

/** How the clusters of a diff are split into shards: deterministic, balanced, within GitHub's limits. */

export interface Splittable {
  name: string;
  /** The work it costs (1 when nothing better is known). */
  weight: number;
}

/**
 * The items split into at most `max` non-empty shards (as many as there are items, at most): the
 * heaviest first (equal weights in the given order), each to the least loaded shard, the lowest
 * index on a tie (longest processing time first). Equal input, equal shards; the loads differ by at
 * most the heaviest item; with equal weights, item i goes to shard i mod count. Each shard lists its
 * items in the given order.
 */
export function splitIntoShards(items: readonly Splittable[], max: number): string[][] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`bug: split into ${max} shards`);
  const count = Math.min(max, items.length);
  const order = new Map(items.map((it, i) => [it.name, i]));
  if (order.size !== items.length) throw new Error('bug: a cluster to split is named twice');
  const shards = Array.from({ length: count }, () => ({ load: 0, names: [] as string[] }));
  const heaviestFirst = items.map((it, i) => ({ ...it, i })).sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const it of heaviestFirst) {
    let least = shards[0]!;
    for (const s of shards) if (s.load < least.load) least = s;
    least.load += it.weight;
    least.names.push(it.name);
  }
  return shards.map((s) => s.names.sort((a, b) => order.get(a)! - order.get(b)!));
}

export interface PlanInput {
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  options: ShardOptions;
  /** Every cluster of the diff in the report's order; `compare`: its inputs differ, a shard compares it. */
  clusters: readonly { name: string; env: string | null; compare: boolean; weight?: number }[];
  requested: number;
}

/** The plan: part 0 holds the clusters with equal inputs, shards 1..N the others, and the matrix. */
export function shardPlan(input: PlanInput): ShardPlan {
  if (input.requested > MAX_SHARDS) throw new Error(`bug: ${input.requested} shards`);
  const toSplit = input.clusters
    .filter((c) => c.compare)
    .map((c) => ({ name: c.name, weight: c.weight ?? 1 }));
  const shards = toSplit.length > 0 ? splitIntoShards(toSplit, input.requested) : [];
  const partOf = new Map<string, number>();
  shards.forEach((names, i) => names.forEach((n) => partOf.set(n, i + 1)));
  const clusters: PlannedCluster[] = input.clusters.map((c) => ({
    name: c.name,
    env: c.env,
    part: partOf.get(c.name) ?? 0,
  }));
  const count = shards.length;
  const include = Array.from({ length: count + 1 }, (_, part) => ({
    shard: shardName({ index: part, count }),
    part,
  }));
  return {
    version: SHARD_FORMAT,
    kind: PLAN_KIND,
    id: planId(input.base.sha, input.head.sha, input.options, count, clusters),
    base: input.base,
    head: input.head,
    requested: input.requested,
    shards: count,
    options: input.options,
    clusters,
    matrix: { include },
  };
}

/** The clusters of one part, in the plan's order. */
export function partClusters(plan: Pick<ShardPlan, 'clusters'>, part: number): string[] {
  return plan.clusters.filter((c) => c.part === part).map((c) => c.name);
}

/** What makes two plans the same: the format, both commits, the options, the shard count, each cluster's part. */
export function planId(
  base: string,
  head: string,
  options: ShardOptions,
  shards: number,
  clusters: readonly PlannedCluster[],
): string {
  const what = {
    format: SHARD_FORMAT,
    base,
    head,
    options,
    shards,
    clusters: clusters.map((c) => [c.name, c.part]),
  };
  return createHash('sha256').update(canonicalJson(what)).digest('hex');
}
