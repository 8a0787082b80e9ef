import type { Finding } from '../findings.js';
import type { RenderedApp } from './applications.js';
import type { Config } from './config.js';
import type { ControlPlane } from './control-plane.js';
import type { Topology } from './topology.js';

/** What runs where: component × cluster → the revision it tracks, or null where it is not deployed. */
export interface Matrix {
  clusters: string[];
  components: string[];
  cells: Record<string, Record<string, string | null>>;
}

export interface ClusterSummary {
  name: string;
  env: string | null;
  /** Null when the cluster tracks HEAD and the default branch is unknown. */
  ref: string | null;
  rendered: boolean;
  applications: number;
}

/** What validate says of a tree: the findings, and what the commands built on it (diff, promote) use. */
export interface ValidateResult {
  findings: Finding[];
  counts: { error: number; warning: number; notice: number };
  clusters: ClusterSummary[];
  matrix: Matrix;
  /** The rendered Applications, for commands built on validate (diff, promote). */
  apps: RenderedApp[];
  topology: Topology;
  /** Which control plane the identity rules assumed, and why. */
  controlPlane: ControlPlane;
  config: Config;
}
