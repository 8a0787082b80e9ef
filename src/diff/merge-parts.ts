import { HEAD_RENDER_ERROR, headRenderError, headValidation } from './head-findings.js';
import { hasEntries, type ClusterDiff, type DiffReport } from './model.js';
import { mergedRisks } from './report-risks.js';
import { shardName, type DiffPart, type PlannedCluster, type ShardPlan } from './shard-model.js';
import { partClusters } from './shard-split.js';

/**
 * The parts of a sharded diff merged into the report one job would have written: every cluster of
 * the plan exactly once, from the one part of the plan that compared it. A cluster whose part is
 * missing, there twice, or not of this plan (another plan, other commits, other clusters) is
 * `unknown` with the reason, and the report is incomplete: a missing part never reads as "no change".
 */

/** A part read from a file (`source`: the file, for messages). */
export interface PartFile {
  source: string;
  part: DiffPart;
}

/** A file that is not a part this merge can use, and why. */
export interface BadFile {
  source: string;
  why: string;
}

interface Sorted {
  /** Per part index, the parts of this plan there. */
  byIndex: Map<number, PartFile[]>;
  /** Per part index, why a part there was not used. */
  refused: Map<number, string>;
  problems: string[];
}

/**
 * The commits the merged diff is posted for (the pull request's head, a base given as an input), null
 * where not known: plan.json must compare them, else its parts (another run's, a commit since pushed
 * over) are none of them used and every cluster is unknown with the reason.
 */
export interface MergeTarget {
  base: string | null;
  head: string | null;
}

export function mergeParts(
  plan: ShardPlan,
  parts: readonly PartFile[],
  bad: readonly BadFile[],
  target: MergeTarget = { base: null, head: null },
): DiffReport {
  const sorted = sortParts(plan, parts, bad, foreignPlan(plan, target));
  const used = new Map<number, DiffPart>();
  for (const [index, files] of sorted.byIndex) if (files.length === 1) used.set(index, files[0]!.part);
  const full = used.get(0)?.validation ?? null;
  const clusters = plan.clusters.map((c) => clusterOf(plan, c, used, sorted, full?.findings ?? null));
  const inOrder = [...used.keys()].sort((a, b) => a - b).map((i) => used.get(i)!);
  const failures = inOrder.flatMap((p) => p.headFailures);
  const missingFull = `the part of shard ${shardName({ index: 0, count: plan.shards })} (head rendered and validated in full) is not there`;
  const validation = full
    ? headValidation(full.findings, failures)
    : { ...headValidation([], failures), unknown: missingFull };
  const first = inOrder[0]?.report;
  const errors = [...(first?.errors ?? []), ...sorted.problems, ...(full ? [] : [missingFull])];
  const changedClusters = clusters
    .filter((c) => hasEntries(c) || c.status === 'added' || c.status === 'removed')
    .map((c) => c.name);
  return {
    base: plan.base,
    head: plan.head,
    complete: errors.length === 0 && clusters.every((c) => c.errors.length === 0),
    errors,
    notes: [...(first?.notes ?? [])],
    changed: changedClusters.length > 0,
    changedClusters,
    clusters,
    risks: mergedRisks(
      validation,
      inOrder.map((p) => p.report.risks),
      plan.clusters.map((c) => c.name),
    ),
    validation,
    controlPlane: full?.controlPlane ?? partialControlPlane(first, missingFull),
    ignored: mergedIgnores(clusters, inOrder),
    stats: sumStats(inOrder),
  };
}

/** Why plan.json is not the plan of the commits the diff is posted for, or null. */
function foreignPlan(plan: ShardPlan, target: MergeTarget): string | null {
  const short = (sha: string) => sha.slice(0, 12);
  const theirs = `${short(plan.base.sha)}..${short(plan.head.sha)}`;
  if (target.head !== null && target.head !== plan.head.sha)
    return `plan.json compares ${theirs}, not the head of this pull request (${short(target.head)}): its parts are of another run (a commit since pushed over)`;
  if (target.base !== null && target.base !== plan.base.sha)
    return `plan.json compares ${theirs}, not the base given (${short(target.base)})`;
  return null;
}

/** Each part to its index when it is one of this plan's, else why not (said in the report). */
function sortParts(
  plan: ShardPlan,
  parts: readonly PartFile[],
  bad: readonly BadFile[],
  foreign: string | null,
): Sorted {
  const out: Sorted = { byIndex: new Map(), refused: new Map(), problems: [] };
  if (foreign) {
    out.problems.push(`${foreign}: none of its parts is used`);
    for (let index = 0; index <= plan.shards; index++)
      out.refused.set(index, `is of another run: ${foreign}`);
    return out;
  }
  for (const b of bad) out.problems.push(`${b.source} is not a part of this diff (${b.why}): not used`);
  for (const f of parts) {
    const why = notOfPlan(plan, f.part);
    const index = f.part.shard.index;
    if (why) {
      out.problems.push(`${f.source} (shard ${shardName(f.part.shard)}) ${why}: not used`);
      if (f.part.shard.count === plan.shards) out.refused.set(index, why);
      continue;
    }
    out.byIndex.set(index, [...(out.byIndex.get(index) ?? []), f]);
  }
  for (const [index, files] of out.byIndex)
    if (files.length > 1)
      out.problems.push(
        `shard ${shardName({ index, count: plan.shards })} is there ${files.length} times (${files.map((f) => f.source).join(', ')}): none of them is used`,
      );
  return out;
}

/** Why a part is not one of the plan's (null: it is): another plan, other commits, other clusters. */
function notOfPlan(plan: ShardPlan, part: DiffPart): string | null {
  if (part.plan !== plan.id)
    return `is of another plan (${part.plan.slice(0, 12)}, not ${plan.id.slice(0, 12)})`;
  if (part.shard.count !== plan.shards || part.shard.index > plan.shards)
    return `is not one of the plan's ${plan.shards + 1} parts`;
  const r = part.report;
  if (r.base.sha !== plan.base.sha || r.head.sha !== plan.head.sha)
    return `compares ${r.base.sha.slice(0, 12)}..${r.head.sha.slice(0, 12)}, not ${plan.base.sha.slice(0, 12)}..${plan.head.sha.slice(0, 12)}`;
  const expected = partClusters(plan, part.shard.index);
  const names = r.clusters.map((c) => c.name);
  if (!sameList(part.clusters, expected) || !sameList(names, expected))
    return `does not hold the clusters the plan gives it`;
  return null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A cluster as its one part compared it, or unknown with why no part says. */
function clusterOf(
  plan: ShardPlan,
  c: PlannedCluster,
  used: ReadonlyMap<number, DiffPart>,
  sorted: Sorted,
  fullFindings: DiffReport['validation']['findings'] | null,
): ClusterDiff {
  const part = used.get(c.part);
  const shard = shardName({ index: c.part, count: plan.shards });
  if (!part) {
    const there = sorted.byIndex.get(c.part)?.length ?? 0;
    const refused = sorted.refused.get(c.part);
    const why =
      there > 1
        ? `not compared: the part of shard ${shard} is there ${there} times, and which one holds its diff is not known`
        : refused
          ? `not compared: the part of shard ${shard} ${refused}`
          : `not compared: the part of shard ${shard} is missing`;
    return unknownCluster(c, why);
  }
  const diff = structuredClone(part.report.clusters.find((x) => x.name === c.name)!);
  // Said again from the validation of every cluster, as one job says it (the part saw only its own).
  if (fullFindings && part.unrenderedAtHead.includes(c.name) && diff.errors[0]?.startsWith(HEAD_RENDER_ERROR))
    diff.errors[0] = headRenderError(fullFindings, c.name);
  return diff;
}

function unknownCluster(c: PlannedCluster, why: string): ClusterDiff {
  return {
    name: c.name,
    env: c.env,
    status: 'unknown',
    apps: [],
    objects: [],
    counts: { added: 0, removed: 0, modified: 0 },
    compared: null,
    errors: [why],
  };
}

function partialControlPlane(first: DiffReport | undefined, why: string): DiffReport['controlPlane'] {
  const seen = first?.controlPlane;
  return {
    kind: seen?.kind ?? 'single',
    source: seen?.source ?? 'detected',
    reason: `not known: ${why}${seen ? `; the clusters of one part say: ${seen.reason}` : ''}`,
  };
}

/** The ignores of every cluster in the report's order: the counts in the order one job would have met them. */
function mergedIgnores(clusters: readonly ClusterDiff[], parts: readonly DiffPart[]): DiffReport['ignored'] {
  const own = new Map(parts.flatMap((p) => p.ignored.map((i) => [i.cluster, i.byRule] as const)));
  const byRule: Record<string, number> = {};
  for (const c of clusters)
    for (const [rule, n] of own.get(c.name) ?? []) byRule[rule] = (byRule[rule] ?? 0) + n;
  return { total: Object.values(byRule).reduce((a, b) => a + b, 0), byRule };
}

function sumStats(parts: readonly DiffPart[]): DiffReport['stats'] {
  const out = { clustersRendered: 0, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 };
  for (const p of parts)
    for (const k of Object.keys(out) as (keyof typeof out)[]) out[k] += p.report.stats[k];
  return out;
}
