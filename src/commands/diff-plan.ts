import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { clusterRecipe } from '../gitops/cluster-values.js';
import { recipeInputs } from '../gitops/render-recipe.js';
import type { Cluster } from '../gitops/topology.js';
import { fingerprint, isUnder, renderInputs } from '../diff/fingerprint.js';
import type { Tree } from './diff-trees.js';

/** Which clusters a diff renders: the ones whose render inputs differ, and the ones to look into. */

export interface Plan {
  name: string;
  base: Cluster | undefined;
  head: Cluster | undefined;
  /** Render inputs differ (or the cluster is new or gone). */
  changed: boolean;
  /**
   * Its Applications are compared although its inputs are equal: something outside them changed (a
   * component chart for deep mode, a nested app-of-apps level).
   */
  needsApps: boolean;
}

/** One plan per cluster at either ref (the ones asked for), in head's order, base-only ones last. */
export function plan(
  base: Tree,
  head: Tree,
  wanted: readonly string[] | undefined,
  changedAll: ReadonlySet<string>,
): Plan[] {
  const changed = renderableChanges(base, head, changedAll);
  const names = [...new Set([...base.topology.clusters, ...head.topology.clusters].map((c) => c.name))];
  if (wanted) {
    const unknown = wanted.filter((n) => !names.includes(n));
    if (unknown.length > 0)
      throw new ConfigurationError(`unknown cluster ${unknown.join(', ')} (clusters: ${names.join(', ')})`);
  }
  const order = head.topology.clusters.map((c) => c.name);
  return names
    .filter((n) => !wanted || wanted.includes(n))
    .sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9))
    .map((name) => planCluster(name, base, head, changed));
}

/**
 * The changed files a component chart can read: its own tree, and value files anywhere in the GitOps
 * tree (`root`; `../shared/x.yaml`). Documentation, CI files and, in a monorepo, the code beside the
 * tree are never rendered.
 */
function renderableChanges(base: Tree, head: Tree, changedAll: ReadonlySet<string>): string[] {
  const charts = chartDirs(base, head);
  const roots = [base.config.root, head.config.root];
  const bootstraps = new Set(
    [...base.topology.clusters, ...head.topology.clusters].flatMap((c) =>
      c.bootstrap ? [c.bootstrap.file] : [],
    ),
  );
  return [...changedAll].filter(
    (f) =>
      charts.some((d) => isUnder(f, d)) ||
      (/\.(ya?ml|json)$/i.test(f) &&
        !f.startsWith('.github/') &&
        !bootstraps.has(f) &&
        roots.some((r) => isUnder(f, r))),
  );
}

/** A cluster's plan: its inputs compared by fingerprint, and whether a change outside them concerns it. */
function planCluster(name: string, base: Tree, head: Tree, changed: readonly string[]): Plan {
  const b = base.topology.clusters.find((c) => c.name === name);
  const h = head.topology.clusters.find((c) => c.name === name);
  const bi = b && clusterInputs(base, b);
  const hi = h && clusterInputs(head, h);
  const differs = !bi || !hi || bi.id !== hi.id;
  // Deep mode's component charts, and nested app-of-apps levels (followed with deep mode off too).
  const outside = !!hi && changed.some((f) => !hi.paths.has(f) && !isUnder(f, h!.chart));
  return { name, base: b, head: h, changed: differs, needsApps: !differs && outside };
}

/** Directories holding a Chart.yaml at either ref: the only places a component chart input can be. */
function chartDirs(...trees: Tree[]): string[] {
  const dirs = new Set<string>();
  for (const t of trees)
    for (const f of t.listing.keys())
      if (f === 'Chart.yaml' || f.endsWith('/Chart.yaml')) dirs.add(path.posix.dirname(f));
  return [...dirs];
}

/**
 * Repo paths a cluster's app-of-apps render reads (the chart, the value and file-parameter files the
 * recipe resolves to, its `.argocd-source*.yaml`), and the fingerprint of them and its recipe.
 */
function clusterInputs(tree: Tree, cluster: Cluster): { paths: Set<string>; id: string } {
  const recipe = clusterRecipe(tree.files, cluster);
  const inputs = renderInputs(tree.listing, cluster.chart, recipeInputs(recipe));
  const paths = new Set(inputs.map(([f]) => f));
  if (cluster.bootstrap) paths.add(cluster.bootstrap.file);
  if (tree.config.file) paths.add(tree.config.file);
  // The config decides how a cluster renders and what validation says of it: a change re-checks all.
  // A base read with head's config has head's config id: both sides are read alike.
  return { paths, id: fingerprint(inputs, { recipe, helm: tree.config.helm, config: tree.configId }) };
}
