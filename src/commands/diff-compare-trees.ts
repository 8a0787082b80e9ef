import type { RawFinding } from '../findings.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import { changedFiles } from '../diff/fingerprint.js';
import type { Comparison } from '../diff/compare-model.js';
import { headValidation } from '../diff/head-findings.js';
import type { ClusterIgnores } from '../diff/shard-model.js';
import { hasEntries, type ClusterDiff, type DiffReport, type Risk } from '../diff/model.js';
import { readsUnplannedInputs } from '../diff/unplanned-inputs.js';
import { ProgressSteps } from '../util/progress.js';
import { compareCluster, type Rendered } from './diff-cluster.js';
import { headGaps, type HeadGaps } from './diff-gaps.js';
import { plan, type Plan } from './diff-plan.js';
import { renderSides, type HeadRenders } from './diff-renders.js';
import { sideOf, startRun, templateRuns, type DiffRun, type RunOptions } from './diff-run.js';
import type { Reading, Tree } from './diff-trees.js';
import { headFailureFindings, reportRisks } from './diff-verdict.js';

export interface CompareTreesOptions extends RunOptions {
  /** Only these clusters (default: all). */
  clusters?: readonly string[];
}

type Stats = DiffReport['stats'];

/** Which of the plan's clusters a diff compares, and whether head is rendered (and validated) in full. */
export type Select = (plans: readonly Plan[]) => { plans: Plan[]; headInFull: boolean };

/** A diff of two trees, and what a part of a sharded diff adds to its report. */
export interface TreesDiff {
  report: DiffReport;
  /** The component charts that fail at head, located, not collapsed over clusters. */
  headFailures: RawFinding[];
  /** validate's verdict on head: every cluster, or (head not in full) the ones compared. */
  validated: ValidateResult;
  /** The compared clusters that did not render at head (their first error says why). */
  unrenderedAtHead: string[];
  /** The changes each cluster's ignore rules dropped, rule by rule in the order they came. */
  ignored: ClusterIgnores[];
}

const EVERY_CLUSTER: Select = (plans) => ({ plans: [...plans], headInFull: true });

/**
 * The diff of two trees read: plan (which clusters' inputs differ), render (head in full, validated
 * with those renders; the changed clusters at base), compare cluster by cluster, report.
 */
export async function compareTrees(
  base: Tree,
  head: Tree,
  reading: Reading,
  options: CompareTreesOptions,
  lap: (what: string) => void,
): Promise<DiffReport> {
  return (await diffTrees(base, head, reading, options, lap)).report;
}

/** compareTrees of the clusters `select` keeps (default: every one, head in full). */
export async function diffTrees(
  base: Tree,
  head: Tree,
  reading: Reading,
  options: CompareTreesOptions,
  lap: (what: string) => void,
  select: Select = EVERY_CLUSTER,
): Promise<TreesDiff> {
  const run = startRun(base, head, changedFiles(base.listing, head.listing), options);
  const scope = select(plan(base, head, options.clusters, run.changed));
  const plans = scope.plans;
  const gaps = headGaps(base, head);
  gaps.errors.push(...reading.unknown);
  const baseClusters = plans
    .filter((p) => p.base && p.changed && !gaps.hidden.has(p.name))
    .map((p) => p.base!);
  logPlan(run, plans, baseClusters.length, scope.headInFull);
  lap('planned');
  const templatesBefore = templateRuns(run.helm);
  const headOnly = scope.headInFull ? undefined : plans.flatMap((p) => (p.head ? [p.name] : []));
  const sides = await renderSides(run, baseClusters, headOnly);
  // Component charts render only after this: every helm template so far rendered a cluster.
  const clusterRuns = templateRuns(run.helm) - templatesBefore;
  lap('clusters rendered');
  markUnplannedInputs(run, plans, sides.head);
  const stats: Stats = {
    clustersRendered: clusterRuns,
    clustersSkipped: 0,
    chartsRendered: 0,
    chartsSkipped: 0,
  };
  const compared = await compareClusters(run, plans, { gaps, ...sides }, stats);
  stats.chartsRendered = templateRuns(run.helm) - templatesBefore - clusterRuns;
  const headFailures = headFailureFindings(compared.headFailures, head);
  const validation = headValidation(sides.head.validated.findings, headFailures);
  lap('Applications compared and head validated');
  return {
    report: report(run, reading, gaps, compared, validation, sides.head, stats),
    headFailures,
    validated: sides.head.validated,
    unrenderedAtHead: compared.unrenderedAtHead,
    ignored: compared.ignored,
  };
}

function logPlan(run: DiffRun, plans: readonly Plan[], atBase: number, headInFull: boolean): void {
  const appsOnly = plans.filter((p) => p.needsApps).length;
  const atHead = plans.filter((p) => p.head).length;
  run.logger.info(
    `diff ${run.base.ref}..${run.head.ref}: Application inputs changed in ${plans.filter((p) => p.changed).length} of ${plans.length} clusters` +
      (appsOnly > 0 ? `, ${appsOnly} more checked for component chart changes` : '') +
      `; rendering ${headInFull ? `${run.head.topology.clusters.length} at head (all, for validation)` : `${atHead} at head`}, ${atBase} at base`,
  );
}

/**
 * What the plan does not look at (a --set-file file, the commit itself): the head Applications of a
 * cluster with equal inputs are its base ones too, and tell which of them read it.
 */
function markUnplannedInputs(run: DiffRun, plans: Plan[], head: HeadRenders): void {
  for (const p of plans)
    if (run.policy.deep && !p.changed && !p.needsApps)
      p.needsApps = (head.apps.get(p.name) ?? []).some((a) =>
        readsUnplannedInputs(a, sideOf(run.base), sideOf(run.head), run.changed),
      );
}

interface Compared {
  clusters: ClusterDiff[];
  risks: Risk[];
  headFailures: Comparison['headFailures'];
  unrenderedAtHead: string[];
  ignored: ClusterIgnores[];
}

/** Each cluster in turn (the ignore counts and the chart renders are shared), counted as progress. */
async function compareClusters(
  run: DiffRun,
  plans: readonly Plan[],
  rendered: Rendered,
  stats: Stats,
): Promise<Compared> {
  const out: Compared = { clusters: [], risks: [], headFailures: [], unrenderedAtHead: [], ignored: [] };
  const progress = new ProgressSteps(run.logger, 'clusters compared');
  progress.add(plans.length);
  for (const p of plans) {
    // Each cluster's ignores counted on their own, then added to the run's (in the order they came).
    const total = run.masking.ignored;
    run.masking.ignored = {};
    const c = await compareCluster(run, p, rendered);
    const own = Object.entries(run.masking.ignored);
    run.masking.ignored = total;
    for (const [rule, n] of own) total[rule] = (total[rule] ?? 0) + n;
    if (own.length > 0) out.ignored.push({ cluster: p.name, byRule: own });
    progress.step();
    out.clusters.push(c.diff);
    out.risks.push(...c.risks);
    out.headFailures.push(...c.headFailures);
    if (c.unrenderedAtHead) out.unrenderedAtHead.push(p.name);
    if (c.skipped) stats.clustersSkipped++;
    stats.chartsSkipped += c.chartsSkipped;
  }
  return out;
}

function report(
  run: DiffRun,
  reading: Reading,
  gaps: HeadGaps,
  compared: Compared,
  validation: DiffReport['validation'],
  head: HeadRenders,
  stats: Stats,
): DiffReport {
  const { clusters } = compared;
  const risks = reportRisks(validation, clusters, run.policy.productionEnvironments, compared.risks);
  const changedClusters = clusters
    .filter((c) => hasEntries(c) || c.status === 'added' || c.status === 'removed')
    .map((c) => c.name);
  const ignored = run.masking.ignored;
  const notes = [...reading.notes];
  if (!run.policy.deep) notes.push('Deep mode is off: the resources of component charts are not compared.');
  return {
    base: { ref: run.base.ref, sha: run.base.sha },
    head: { ref: run.head.ref, sha: run.head.sha },
    complete: gaps.errors.length === 0 && clusters.every((c) => c.errors.length === 0),
    errors: gaps.errors,
    notes,
    changed: changedClusters.length > 0,
    changedClusters,
    clusters,
    risks,
    validation,
    controlPlane: head.validated.controlPlane,
    ignored: { total: Object.values(ignored).reduce((a, b) => a + b, 0), byRule: ignored },
    stats,
  };
}
