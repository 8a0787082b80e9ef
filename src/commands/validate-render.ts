import os from 'node:os';
import { finding, type RawFinding } from '../findings.js';
import { collectApps, type RenderedApp } from '../gitops/applications.js';
import { loadClusterValues, type ClusterValues } from '../gitops/cluster-values.js';
import { collectObjects, type RenderedObject } from '../gitops/objects.js';
import type { ClusterRender } from '../gitops/render.js';
import { renderClusterSet } from '../gitops/render-set.js';
import { bootstrapFieldPos, type Cluster } from '../gitops/topology.js';
import { checkClusterValues } from '../gitops/values-checks.js';
import { ChartRenders } from '../diff/chart-renders.js';
import type { HelmPort } from '../ports/helm.js';
import { mapLimit } from '../util/concurrency.js';
import type { ProgressSteps } from '../util/progress.js';
import { followNested, prefetchFirstLevels, type NestedContext, type NestedLevels } from './nested-levels.js';
import type { Discovery } from './validate-discover.js';

/** validate's second phase: each cluster's values, its app-of-apps render and its nested levels. */

/** How helm reports values that fail the chart's values.schema.json. */
const HELM_SCHEMA_FAILURE = "values don't meet the specifications of the schema";

export interface RenderOptions {
  helm: HelmPort;
  /** The chart renders of this run (diff shares them with its deep comparison); default: a new one. */
  charts?: ChartRenders;
  concurrency?: number;
  /** Allow `helm dependency build` for nested app-of-apps charts whose dependencies are not vendored. */
  dependencyBuild?: boolean;
  /** Where each cluster rendered counts (a step; the clusters that render are added to its total). */
  progress?: ProgressSteps;
}

/** What the clusters of a discovery render to. */
export interface ClusterRenders {
  values: Map<string, ClusterValues>;
  /** Missing charts, values schema failures, helm's and the nested levels' findings. */
  findings: RawFinding[];
  /** Every rendered cluster's Applications, nested levels included. */
  apps: RenderedApp[];
  /** Every object the rendered clusters render. */
  objects: RenderedObject[];
  /** Rendered cluster → how many Applications it has. */
  rendered: Map<string, number>;
  /** Per cluster, the rendered documents that could not be read. */
  unreadable: Map<string, readonly string[]>;
}

type Level = { apps: RenderedApp[]; nested: NestedLevels } | null;

/** Renders every cluster of `d` that can render (in parallel), then follows its nested levels. */
export async function renderClusters(d: Discovery, options: RenderOptions): Promise<ClusterRenders> {
  const concurrency = options.concurrency ?? os.availableParallelism();
  const values = new Map<string, ClusterValues>();
  for (const cluster of d.topology.clusters) values.set(cluster.name, loadClusterValues(d.files, cluster));
  const findings: RawFinding[] = [];
  const renderable = renderableClusters(d, values, findings);
  const renders = await renderWithSchemaChecks(d, renderable, values, findings, options, concurrency);
  const levels = await followLevels(renders, renderable, {
    files: d.files,
    repoURL: d.topology.repoURLs,
    charts: options.charts ?? new ChartRenders(options.helm),
    render: { dependencyBuild: options.dependencyBuild ?? false, ...renderOptions(d) },
    concurrency,
  });
  return { values, findings, ...collectRenders(renders, levels, renderable, findings, d.findings) };
}

function renderOptions(d: Discovery) {
  return { kubeVersion: d.config.helm.kubeVersion, apiVersions: d.config.helm.apiVersions };
}

/** The clusters whose chart exists and whose values parse; a missing chart is an error. */
function renderableClusters(
  d: Discovery,
  values: ReadonlyMap<string, ClusterValues>,
  findings: RawFinding[],
): Cluster[] {
  return d.topology.clusters.filter((c) => {
    if (!d.files.isDirectory(c.chart)) {
      findings.push(
        finding(
          'error',
          'path-missing',
          `chart path "${c.chart}" of cluster ${c.name} does not exist`,
          bootstrapFieldPos(c, ['path']) ?? c.definedAt,
          c.name,
        ),
      );
      return false;
    }
    return !values.get(c.name)!.broken;
  });
}

/**
 * helm template of each cluster (submitted at once: helm renders several in one process where that
 * is exact), and the values schema checks meanwhile. Schema checks are CPU in
 * this process; helm runs in child processes: both at once. A schema the user must fix first is
 * thrown only once no render is still running in the tree.
 */
async function renderWithSchemaChecks(
  d: Discovery,
  renderable: readonly Cluster[],
  values: ReadonlyMap<string, ClusterValues>,
  findings: RawFinding[],
  { helm, progress }: RenderOptions,
  concurrency: number,
): Promise<ClusterRender[]> {
  const options = renderOptions(d);
  progress?.add(renderable.length);
  const inputs = renderable.map((cluster) => ({ cluster, values: values.get(cluster.name)! }));
  const rendering = renderClusterSet(helm, d.files, inputs, options, concurrency, () => progress?.step());
  const schemaFindings = await checkClusterValues(d.files, d.config, d.topology.clusters, values).catch(
    async (e: unknown) => {
      await rendering.catch(() => undefined);
      throw e;
    },
  );
  findings.push(...schemaFindings);
  return rendering;
}

/**
 * Each rendered cluster's Applications, and what its nested app-of-apps levels add (followNested),
 * the clusters in parallel, every cluster's first level submitted at once; null for a cluster that
 * did not render.
 */
async function followLevels(
  renders: readonly ClusterRender[],
  clusters: readonly Cluster[],
  ctx: Omit<NestedContext, 'cluster'> & { concurrency: number },
): Promise<Level[]> {
  const tops = renders.map((r, i) => {
    const cluster = clusters[i]!;
    return r.ok ? { ctx: { ...ctx, cluster }, top: collectApps(cluster, r.manifests) } : null;
  });
  await prefetchFirstLevels(
    tops.flatMap((t) => t ?? []),
    ctx.concurrency,
  );
  return mapLimit(tops, ctx.concurrency, async (t) =>
    t ? { apps: t.top, nested: await followNested(t.ctx, t.top) } : null,
  );
}

/**
 * The renders and their levels gathered per cluster, helm's and the levels' findings added to
 * `findings` (helm's schema failure dropped where values-schema, found before, said it).
 */
function collectRenders(
  renders: readonly ClusterRender[],
  levels: readonly Level[],
  renderable: readonly Cluster[],
  findings: RawFinding[],
  discovered: readonly RawFinding[],
): Omit<ClusterRenders, 'values' | 'findings'> {
  const out = { apps: [] as RenderedApp[], objects: [] as RenderedObject[] };
  const rendered = new Map<string, number>();
  const unreadable = new Map<string, readonly string[]>();
  const schemaBroken = new Set(
    [...discovered, ...findings]
      .filter((f) => f.rule === 'values-schema')
      .flatMap((f) => (f.cluster ? [f.cluster] : [])),
  );
  renders.forEach((r, i) => {
    // Helm enforcing the chart's values.schema.json says what values-schema already said, with a line.
    if (!(schemaBroken.has(r.cluster) && r.findings.some((f) => f.message.includes(HELM_SCHEMA_FAILURE)))) {
      findings.push(...r.findings);
    }
    const level = levels[i];
    if (!r.ok || !level) return;
    if (r.unreadable?.length) unreadable.set(r.cluster, r.unreadable);
    findings.push(...level.nested.findings);
    const clusterApps = [...level.apps, ...level.nested.apps];
    rendered.set(r.cluster, clusterApps.length);
    out.apps.push(...clusterApps);
    out.objects.push(...collectObjects(renderable[i]!, r.manifests), ...level.nested.objects);
  });
  return { ...out, rendered, unreadable };
}
