import { collectApps, type RenderedApp } from '../gitops/applications.js';
import { loadClusterValues } from '../gitops/cluster-values.js';
import { collectObjects, type RenderedObject } from '../gitops/objects.js';
import type { ClusterRender } from '../gitops/render.js';
import { renderClusterSet } from '../gitops/render-set.js';
import type { Cluster } from '../gitops/topology.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import type { SideObjects } from '../diff/levels.js';
import { mapLimit } from '../util/concurrency.js';
import { ProgressSteps } from '../util/progress.js';
import { followNested, prefetchFirstLevels, type NestedContext } from './nested-levels.js';
import { check } from './validate-check.js';
import { selectClusters } from './validate-discover.js';
import { renderClusters, type ClusterRenders } from './validate-render.js';
import { nestedAt, type DiffRun } from './diff-run.js';

/** The clusters a diff renders: every one at head (validated with those renders), the changed ones at base. */

export interface BaseRender {
  cluster: string;
  ok: boolean;
  apps: RenderedApp[];
  objects: RenderedObject[];
  error: string;
  unreadable: readonly string[];
}

/** Head rendered once: validate's verdict on it, and its Applications and objects per cluster. */
export interface HeadRenders {
  validated: ValidateResult;
  renders: ClusterRenders;
  apps: Map<string, RenderedApp[]>;
  objects: Map<string, RenderedObject[]>;
}

/**
 * Both sides, in parallel, counted as one progress sequence. Each settles before anything is thrown
 * (base's failure first): no helm is still running in a tree when the caller removes it. Head is
 * rendered in full, or only `headOnly` (a shard of a sharded diff: its validation is of those only).
 */
export async function renderSides(
  run: DiffRun,
  baseClusters: readonly Cluster[],
  headOnly?: readonly string[],
): Promise<{ base: BaseRender[]; head: HeadRenders }> {
  const progress = new ProgressSteps(run.logger, 'clusters rendered at head and base');
  const [head, base] = await Promise.allSettled([
    renderHead(run, progress, headOnly),
    renderBase(run, baseClusters, progress),
  ]);
  if (base.status === 'rejected') throw base.reason;
  if (head.status === 'rejected') throw head.reason;
  return { base: base.value, head: head.value };
}

/**
 * validate's phases at head, every cluster (or `only` those), on the tree already read: the renders
 * serve both the verdict (check, run before any comparison reads more of head's files) and the comparison.
 */
async function renderHead(
  run: DiffRun,
  progress: ProgressSteps,
  only: readonly string[] | undefined,
): Promise<HeadRenders> {
  const discovery = selectClusters(run.head, only, run.logger);
  const renders = await renderClusters(discovery, {
    helm: run.helm,
    progress,
    charts: run.charts,
    concurrency: run.concurrency,
    dependencyBuild: run.dependencyBuild,
  });
  const validated = check(discovery, renders);
  return {
    validated,
    renders,
    apps: byCluster(renders.apps, (a) => a.cluster.name),
    objects: byCluster(renders.objects, (o) => o.cluster.name),
  };
}

function byCluster<T>(items: readonly T[], cluster: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(cluster(item), [...(out.get(cluster(item)) ?? []), item]);
  return out;
}

/**
 * The clusters at base: their app-of-apps renders submitted at once (helm renders several in one
 * process where that is exact), then their first nested levels at once, then each one's levels.
 */
async function renderBase(
  run: DiffRun,
  clusters: readonly Cluster[],
  progress: ProgressSteps,
): Promise<BaseRender[]> {
  const { base } = run;
  progress.add(clusters.length);
  const inputs = clusters.map((cluster) => ({ cluster, values: loadClusterValues(base.files, cluster) }));
  const parsed = inputs.filter((i) => !i.values.broken);
  // A cluster whose inputs do not parse is done at once.
  for (let i = parsed.length; i < inputs.length; i++) progress.step();
  const renders = await renderClusterSet(
    run.helm,
    base.files,
    parsed,
    base.config.helm,
    run.concurrency,
    () => progress.step(),
  );
  const byCluster = new Map(parsed.map((p, i) => [p.cluster.name, renders[i]!]));
  const tops = parsed.flatMap(({ cluster }, i) => {
    const r = renders[i]!;
    return r.ok ? [{ ctx: nestedAt(run, base, cluster), top: collectApps(cluster, r.manifests) }] : [];
  });
  await prefetchFirstLevels(tops, run.concurrency);
  return mapLimit(clusters, run.concurrency, async (c) => {
    const r = byCluster.get(c.name);
    return r ? baseLevels(run, c, r) : unparsedAtBase(c);
  });
}

function unparsedAtBase(c: Cluster): BaseRender {
  return {
    cluster: c.name,
    ok: false,
    apps: [],
    objects: [],
    error: 'inputs at base do not parse',
    unreadable: [],
  };
}

/** A cluster at base: its app-of-apps render and nested levels, or why it does not render. */
async function baseLevels(run: DiffRun, c: Cluster, r: ClusterRender): Promise<BaseRender> {
  const top = r.ok ? collectApps(c, r.manifests) : [];
  const nested = await followNested(nestedAt(run, run.base, c), top);
  return {
    cluster: c.name,
    ok: r.ok,
    apps: [...top, ...nested.apps],
    objects: r.ok ? [...collectObjects(c, r.manifests), ...nested.objects] : [],
    error: r.findings[0]?.message ?? '',
    unreadable: r.unreadable ?? [],
  };
}

/**
 * Base of a cluster whose app-of-apps inputs are equal at both refs: the same top level as head
 * (proven from git object ids), its nested levels followed in base's tree.
 */
export async function sameTopLevel(head: SideObjects, ctx: NestedContext): Promise<SideObjects> {
  const top = head.apps.filter((a) => !a.level).map(({ nested: _, ...a }): RenderedApp => a);
  const nested = await followNested(ctx, top);
  return {
    apps: [...top, ...nested.apps],
    objects: [...head.objects.filter((o) => !o.ancestors), ...nested.objects],
  };
}
