import type { HelmPort, TemplateRequest } from '../ports/helm.js';
import { mapLimit } from '../util/concurrency.js';
import type { ClusterValues } from './cluster-values.js';
import { clusterRendered, planClusterRender, type ClusterRender, type RenderOptions } from './render.js';
import type { RepoFiles } from './repo-files.js';
import type { Cluster } from './topology.js';

export interface ClusterInput {
  cluster: Cluster;
  values: ClusterValues;
}

/**
 * renderCluster of every cluster of one tree, their helm requests submitted at once (helm renders
 * several of one chart in one process where that is exact), in the clusters' order. `onRendered`
 * hears of each cluster as its render is known (refused ones at once).
 */
export async function renderClusterSet(
  helm: HelmPort,
  files: RepoFiles,
  inputs: readonly ClusterInput[],
  options: RenderOptions,
  concurrency: number,
  onRendered?: () => void,
): Promise<ClusterRender[]> {
  const plans = inputs.map((c) => planClusterRender(files, c.cluster, c.values, options));
  const asked: { input: ClusterInput; request: TemplateRequest; at: number }[] = [];
  plans.forEach((p, at) => {
    if (p.kind === 'refused') onRendered?.();
    else asked.push({ input: inputs[at]!, request: p.request, at });
  });
  const results = await helm.templateMany(
    asked.map((a) => a.request),
    concurrency,
    () => onRendered?.(),
  );
  const out = plans.map((p) => (p.kind === 'refused' ? p.render : null));
  const rendered = await mapLimit(asked, concurrency, ({ input, request }, i) =>
    clusterRendered(helm, files, input.cluster, input.values, request, results[i]!),
  );
  asked.forEach((a, i) => (out[a.at] = rendered[i]!));
  return out as ClusterRender[];
}
