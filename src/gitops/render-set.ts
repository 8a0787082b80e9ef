import type { HelmPort, TemplateRequest, TemplateResult } from '../ports/helm.js';
import { mapLimit, settleAll } from '../util/concurrency.js';
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
 * An output that reading cannot send back to helm (it rendered, and there are no inline values to
 * locate a bad document with) is read as soon as helm gives it, while the other helm processes of
 * the set run: one per turn of the event loop, so their pipes are drained in between. The others are
 * read once every render is done, at most `concurrency` at once, as before: no helm process runs
 * beyond the bound. Nothing read early is still running, or starts, once this has returned or thrown:
 * a failure (helm's first) is thrown once every reading started has settled.
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
  const rendered = (i: number, result: TemplateResult) => {
    const { input, request } = asked[i]!;
    return clusterRendered(helm, files, input.cluster, input.values, request, result);
  };
  const early = new EarlyReadings(
    (i, result) => result.ok && !asked[i]!.input.values.recipe.inline,
    rendered,
  );
  let late: (ClusterRender | null)[];
  try {
    const results = await helm.templateMany(
      asked.map((a) => a.request),
      concurrency,
      (i, result) => {
        onRendered?.();
        early.offer(i, result);
      },
    );
    late = await mapLimit(results, concurrency, async (result, i) =>
      early.has(i) ? null : rendered(i, result),
    );
  } catch (e) {
    // What failed first is what is thrown, once nothing read early is still running.
    await early.close().catch(() => undefined);
    throw e;
  }
  const read = await early.close();
  const out = plans.map((p) => (p.kind === 'refused' ? p.render : null));
  asked.forEach((a, i) => (out[a.at] = late[i] ?? read.get(i)!));
  return out as ClusterRender[];
}

/**
 * Readings started while helm still renders, one per turn of the event loop, each after the one
 * before; none starts once closed. Each is handled at once (a failure waits for close, never goes
 * unhandled while helm runs).
 */
class EarlyReadings {
  private readonly started = new Map<number, Promise<ClusterRender>>();
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly wanted: (index: number, result: TemplateResult) => boolean,
    private readonly read: (index: number, result: TemplateResult) => Promise<ClusterRender>,
  ) {}

  offer(index: number, result: TemplateResult): void {
    if (this.closed || this.started.has(index) || !this.wanted(index, result)) return;
    const reading = this.chain.then(nextTurn).then(() => this.read(index, result));
    this.chain = reading.catch(() => undefined);
    this.started.set(index, reading);
  }

  has(index: number): boolean {
    return this.started.has(index);
  }

  /** No reading starts after this; the readings started, once all have settled (the first failure thrown). */
  async close(): Promise<Map<number, ClusterRender>> {
    this.closed = true;
    const indexes = [...this.started.keys()].sort((a, b) => a - b);
    const values = await settleAll(indexes.map((i) => this.started.get(i)!));
    return new Map(indexes.map((i, k) => [i, values[k]!]));
  }
}

/** A later turn of the event loop: what is read before it does not hold up the pipes of the processes running. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
