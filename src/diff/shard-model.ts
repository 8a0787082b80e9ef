import { ConfigurationError } from '../errors.js';
import type { Finding, RawFinding } from '../findings.js';
import type { ControlPlane } from '../gitops/control-plane.js';
import type { DiffReport } from './model.js';

/**
 * A diff sharded over jobs: a plan (cheap: topology and git object ids, no helm) splits the clusters
 * into parts, each part is diffed by its own job, and the parts are merged into one report.
 *
 * Part 0 renders every cluster at head (validation in full, as a single diff does) and compares the
 * clusters whose render inputs are equal at both refs; parts 1..N compare the clusters whose inputs
 * differ, split into N balanced shards. A shard is named `K/N` (0 ≤ K ≤ N).
 */

/** GitHub runs at most 256 jobs of one matrix: part 0 and 255 shards. */
export const MAX_SHARDS = 255;

export const PLAN_KIND = 'gitops-promotion-diff-plan';
export const PART_KIND = 'gitops-promotion-diff-part';
/** The format of plan.json and of the part files; the plan's id covers it, so parts of another format never merge. */
export const SHARD_FORMAT = 1;

export interface ShardSpec {
  /** 0: head in full and the clusters with equal inputs; 1..count: a shard of the changed clusters. */
  index: number;
  /** How many shards compare changed clusters (part 0 not counted). */
  count: number;
}

/** `K/N` as the matrix names a part. */
export function shardName(s: ShardSpec): string {
  return `${s.index}/${s.count}`;
}

/** The file a part is written to: its index and count only (never a name from the repository). */
export function partFileName(s: ShardSpec): string {
  return `part-${s.index}-of-${s.count}.json`;
}

export const PLAN_FILE = 'plan.json';

/** `K/N` from an input or a flag: whole numbers, 0 ≤ K ≤ N ≤ MAX_SHARDS. */
export function parseShard(text: string, what: string): ShardSpec {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index > count || count > MAX_SHARDS)
    throw new ConfigurationError(
      `${what} must be K/N with 0 <= K <= N <= ${MAX_SHARDS} (as the plan's matrix names it), got "${text}"`,
    );
  return { index, count };
}

/** How many shards a plan may split into: 1..MAX_SHARDS. */
export function checkMaxShards(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS)
    throw new ConfigurationError(
      `${what} must be a whole number from 1 to ${MAX_SHARDS} (GitHub runs at most 256 jobs of a matrix), got ${n}`,
    );
  return n;
}

/** What each part must have been run with for the parts to merge: in the plan's id. */
export interface ShardOptions {
  deep: boolean;
  dependencyBuild: boolean;
  config: string | null;
}

export interface PlannedCluster {
  name: string;
  env: string | null;
  /** The part that compares it. */
  part: number;
}

/** One entry of the matrix: no cluster name, only numbers (the part recomputes its clusters from the plan). */
export interface MatrixEntry {
  shard: string;
  part: number;
}

export interface ShardPlan {
  version: typeof SHARD_FORMAT;
  kind: typeof PLAN_KIND;
  /** sha256 of the format, both shas, the options and every cluster's part: equal plans, equal ids. */
  id: string;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  /** The most shards asked for. */
  requested: number;
  /** Shards of changed clusters (≤ requested, ≤ how many changed); parts are 0..shards. */
  shards: number;
  options: ShardOptions;
  /** Every cluster the diff covers, in the report's order. */
  clusters: PlannedCluster[];
  matrix: { include: MatrixEntry[] };
}

/** The changes ignore rules dropped in one cluster: rule by rule, in the order they came. */
export interface ClusterIgnores {
  cluster: string;
  byRule: [string, number][];
}

/** What a part adds to its own report so that the parts merge into the report one job would write. */
export interface DiffPart {
  version: typeof SHARD_FORMAT;
  kind: typeof PART_KIND;
  /** The id of the plan it recomputed; the merge takes only parts of the plan it holds. */
  plan: string;
  shard: ShardSpec;
  /** The clusters it compared, in the plan's order. */
  clusters: string[];
  /** Its diff of those clusters (its validation is of them only, except part 0's). */
  report: DiffReport;
  /** Component charts that fail at head, located, rule settings applied, not yet collapsed over clusters. */
  headFailures: RawFinding[];
  /** Its clusters that did not render at head: their first error is said again from the full validation. */
  unrenderedAtHead: string[];
  /** Per cluster, what its ignore rules dropped (the merged counts come out in one job's order). */
  ignored: ClusterIgnores[];
  /** Part 0: validate's verdict on every cluster at head (before the component charts' failures). */
  validation: { findings: Finding[]; controlPlane: ControlPlane } | null;
}
