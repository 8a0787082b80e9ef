import { finding, type RawFinding } from '../../findings.js';
import { applicationValueFiles, ownSourceDirs, refValueFiles } from '../application-value-files.js';
import { isOwnValueFile } from '../cluster-own-values.js';
import { repoJoin } from '../repo-files.js';
import { nodeAt } from '../vnode.js';
import type { RuleContext } from './context.js';

/**
 * Every cluster has its values file: the bootstrap's valueFiles exist, and one is the cluster's own
 * when another cluster renders the same chart.
 */
export function clusterValuesRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const cluster of ctx.topology.clusters) {
    const values = ctx.values.get(cluster.name);
    if (!values) continue;
    const entryPos = (index: number) =>
      (cluster.bootstrap &&
        nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'valueFiles', String(index)])
          ?.pos) ||
      cluster.definedAt;
    if (!cluster.ignoreMissingValueFiles) {
      for (const m of values.missing) {
        out.push(
          finding(
            'error',
            'cluster-values-missing',
            `values file ${m.file} of cluster ${cluster.name} does not exist`,
            entryPos(m.index),
            cluster.name,
          ),
        );
      }
    }
    const names = cluster.env !== null ? [cluster.name, cluster.env] : [cluster.name];
    // As written, and as resolved (build variables substituted, `$ref/…` and globs followed).
    const own = [...cluster.valueFiles, ...values.valueFiles].some((f) => isOwnValueFile(f, names));
    // Only clusters that share their app-of-apps chart need a file of their own to differ.
    const shared = ctx.topology.clusters.some((c) => c !== cluster && c.chart === cluster.chart);
    if (!own && shared && values.missing.length === 0) {
      out.push(
        finding(
          'warning',
          'cluster-values-missing',
          `cluster ${cluster.name} renders with no values file of its own (expected e.g. values.${cluster.name}.yaml in its valueFiles)`,
          cluster.definedAt,
          cluster.name,
        ),
      );
    }
  }
  return out;
}

const PER_TARGET = /^values[.-](.+)\.ya?ml$/;

/**
 * Every `values.<name>.yaml` belongs to a cluster (or an environment): an orphan is usually a
 * cluster that was renamed or removed, whose overrides silently stopped applying.
 */
export function orphanValuesRule(ctx: RuleContext): RawFinding[] {
  // A file used only by clusters outside a partial run would look orphaned.
  if (ctx.partial) return [];
  const targets = new Set<string>(ctx.topology.knownNames);
  for (const c of ctx.topology.clusters) if (c.env) targets.add(c.env);
  for (const env of Object.keys(ctx.config.environments)) targets.add(env);
  const referenced = new Set<string>();
  const dirs = new Set<string>();
  for (const c of ctx.topology.clusters) {
    dirs.add(c.chart);
    for (const f of ctx.values.get(c.name)?.files ?? []) referenced.add(f);
  }
  for (const app of ctx.apps)
    for (const dir of ownSourceDirs(app.object, ctx.topology.repoURLs)) dirs.add(dir);
  const candidates = [...dirs].sort().flatMap((dir) =>
    ctx.files.list(dir).flatMap((name) => {
      const m = PER_TARGET.exec(name);
      const file = repoJoin(dir, name);
      return m && !targets.has(m[1]!) && !referenced.has(file) && name !== 'values.schema.json'
        ? [{ name, file }]
        : [];
    }),
  );
  // Which files the Applications read is resolved only when a file is named for no cluster.
  if (candidates.length > 0) for (const f of appValueFiles(ctx)) referenced.add(f);
  return candidates
    .filter((c) => !referenced.has(c.file))
    .map(({ name, file }) =>
      finding(
        'warning',
        'orphan-values-file',
        `${name} belongs to no cluster or environment (clusters: ${ctx.topology.clusters.map((c) => c.name).join(', ')}) and no Application uses it`,
        { file, line: 1, column: 1 },
      ),
    );
}

/** Every value file an Application of the run reads from this repository, for a chart here or a remote one. */
function appValueFiles(ctx: RuleContext): string[] {
  const { repoURLs } = ctx.topology;
  return ctx.apps.flatMap((app) => [
    ...applicationValueFiles(ctx.files, app.object, repoURLs, app.cluster.controlPlaneNamespace).flatMap(
      (s) => s.files,
    ),
    ...refValueFiles(app.object, repoURLs),
  ]);
}
