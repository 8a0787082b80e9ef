import type { TopologyView } from '../gitops/topology-view.js';

/** gitops-promotion topology --format json: the view as it is (`version: 1`). */
export function renderTopologyJson(view: TopologyView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
