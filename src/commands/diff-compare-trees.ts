import { changedFiles } from '../diff/fingerprint.js';
import type { Comparison } from '../diff/compare-model.js';
import { hasEntries, type ClusterDiff, type DiffReport, type Risk } from '../diff/model.js';
import { readsUnplannedInputs } from '../diff/unplanned-inputs.js';
import { ProgressSteps } from '../util/progress.js';
import { compareCluster, type Rendered } from './diff-cluster.js';
import { headGaps, type HeadGaps } from './diff-gaps.js';
import { plan, type Plan } from './diff-plan.js';
import { renderSides, type HeadRenders } from './diff-renders.js';
import { sideOf, startRun, templateRuns, type DiffRun, type RunOptions } from './diff-run.js';
import type { Reading, Tree } from './diff-trees.js';
import { headVerdict, reportRisks } from './diff-verdict.js';

export interface CompareTreesOptions extends RunOptions {
  /** Only these clusters (default: all). */
  clusters?: readonly string[];
}

type Stats = DiffReport['stats'];

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
  const run = startRun(base, head, changedFiles(base.listing, head.listing), options);
  const plans = plan(base, head, options.clusters, run.changed);
  const gaps = headGaps(base, head);
  gaps.errors.push(...reading.unknown);
  const baseClusters = plans
    .filter((p) => p.base && p.changed && !gaps.hidden.has(p.name))
    .map((p) => p.base!);
  logPlan(run, plans, baseClusters.length);
  lap('planned');
  const templatesBefore = templateRuns(run.helm);
  const sides = await renderSides(run, baseClusters);
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
  const validation = headVerdict(sides.head.validated, compared.headFailures, head);
  lap('Applications compared and head validated');
  return report(run, reading, gaps, compared, validation, sides.head, stats);
}

function logPlan(run: DiffRun, plans: readonly Plan[], atBase: number): void {
  const appsOnly = plans.filter((p) => p.needsApps).length;
  run.logger.info(
    `diff ${run.base.ref}..${run.head.ref}: Application inputs changed in ${plans.filter((p) => p.changed).length} of ${plans.length} clusters` +
      (appsOnly > 0 ? `, ${appsOnly} more checked for component chart changes` : '') +
      `; rendering ${run.head.topology.clusters.length} at head (all, for validation), ${atBase} at base`,
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
}

/** Each cluster in turn (the ignore counts and the chart renders are shared), counted as progress. */
async function compareClusters(
  run: DiffRun,
  plans: readonly Plan[],
  rendered: Rendered,
  stats: Stats,
): Promise<Compared> {
  const out: Compared = { clusters: [], risks: [], headFailures: [] };
  const progress = new ProgressSteps(run.logger, 'clusters compared');
  progress.add(plans.length);
  for (const p of plans) {
    const c = await compareCluster(run, p, rendered);
    progress.step();
    out.clusters.push(c.diff);
    out.risks.push(...c.risks);
    out.headFailures.push(...c.headFailures);
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
