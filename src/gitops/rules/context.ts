import type { RawFinding } from '../../findings.js';
import type { RenderedApp } from '../applications.js';
import type { ClusterValues } from '../cluster-values.js';
import type { Config } from '../config.js';
import type { ControlPlane } from '../control-plane.js';
import type { Locator } from '../locate.js';
import type { RenderedObject } from '../objects.js';
import type { RepoFiles } from '../repo-files.js';
import type { Topology } from '../topology.js';

/** Everything a rule may look at. Rules are pure: they read this and return findings. */
export interface RuleContext {
  files: RepoFiles;
  config: Config;
  topology: Topology;
  /** Clusters that rendered, with their Applications. */
  apps: RenderedApp[];
  /** Every object those clusters rendered, Applications included, in helm's order per cluster. */
  objects: RenderedObject[];
  values: ReadonlyMap<string, ClusterValues>;
  locate: Locator;
  /** Only some clusters are validated (diff): rules that need the whole repo's picture stay quiet. */
  partial: boolean;
  /** One Argo CD for every cluster (names shared across clusters) or one per cluster. */
  controlPlane: ControlPlane;
}

export type Rule = (ctx: RuleContext) => RawFinding[];
