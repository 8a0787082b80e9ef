import { topologyView, type TopologyView } from '../gitops/topology-view.js';
import { validate, type ValidateOptions } from './validate.js';

export type TopologyOptions = ValidateOptions;

/**
 * What runs where in the tree of `repoDir`: validate's pipeline (every cluster rendered as Argo CD
 * renders it), seen as clusters, environments, control plane and the component × cluster matrix.
 * validate's findings are not part of it: a cluster that does not render is `unrendered`, and the
 * view incomplete.
 */
export async function topology(options: TopologyOptions): Promise<TopologyView> {
  return topologyView(await validate(options));
}
