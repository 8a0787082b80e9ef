import type { HelmPort, TemplateRequest, TemplateResult } from '../ports/helm.js';
import { limiter, settleAll } from '../util/concurrency.js';
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
 *
 * Each output is read as soon as helm gives it, while the other helm processes run: a batch's
 * outputs are read one per turn of the event loop, so the pipes of the processes still running are
 * drained in between. At most `concurrency` readings are in flight (a failed one may render again).
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
  const reading = new Array<Promise<ClusterRender> | undefined>(asked.length);
  const bounded = limiter(Math.max(1, concurrency));
  const read = (i: number, result: TemplateResult) => {
    const { input, request } = asked[i]!;
    reading[i] ??= bounded(async () => {
      await nextTurn();
      return clusterRendered(helm, files, input.cluster, input.values, request, result);
    });
  };
  let results: TemplateResult[];
  try {
    results = await helm.templateMany(
      asked.map((a) => a.request),
      concurrency,
      (i, result) => {
        onRendered?.();
        read(i, result);
      },
    );
  } catch (e) {
    // Nothing started here is still running when the caller removes the tree.
    await Promise.allSettled(reading.filter((r) => r !== undefined));
    throw e;
  }
  results.forEach((result, i) => read(i, result));
  const rendered = await settleAll(reading as Promise<ClusterRender>[]);
  const out = plans.map((p) => (p.kind === 'refused' ? p.render : null));
  asked.forEach((a, i) => (out[a.at] = rendered[i]!));
  return out as ClusterRender[];
}

/** A later turn of the event loop: what is read before it does not hold up the pipes of the processes running. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
