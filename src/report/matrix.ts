import { appSources, type RenderedApp } from '../gitops/applications.js';
import type { Cluster } from '../gitops/topology.js';

import type { Matrix } from '../gitops/validate-model.js';

export type { Matrix } from '../gitops/validate-model.js';

/** The matrix of the rendered clusters: each component's revision per cluster. */
export function buildMatrix(
  clusters: readonly Cluster[],
  apps: readonly RenderedApp[],
  rendered: readonly string[],
): Matrix {
  const names = clusters.map((c) => c.name).filter((n) => rendered.includes(n));
  const cells: Matrix['cells'] = {};
  for (const app of apps) {
    const revisions = appSources(app.object).map(({ source }) => source.targetRevision ?? 'HEAD');
    const row = (cells[app.component] ??= {});
    row[app.cluster.name] = [...new Set(revisions)].join(', ') || '—';
  }
  const components = Object.keys(cells).sort();
  for (const component of components) for (const c of names) cells[component]![c] ??= null;
  return { clusters: names, components, cells };
}
