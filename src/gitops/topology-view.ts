import type { RenderedApp } from './applications.js';
import type { ControlPlane } from './control-plane.js';
import type { Cluster } from './topology.js';
import type { Matrix, ValidateResult } from './validate-model.js';

/**
 * What a repository says runs where (gitops-promotion topology): its clusters as Argo CD renders them,
 * its environments and their refs, the control plane, and the what-runs-where matrix. Everything in
 * it comes from the tree (and the default branch): no time, no commit, so a document of it changes
 * only when the repository does.
 */
export interface TopologyView {
  version: 1;
  clusters: ClusterView[];
  environments: EnvironmentView[];
  controlPlane: ControlPlane;
  /** What `HEAD` tracks; null when nothing says (clusters on HEAD then have no ref). */
  defaultBranch: string | null;
  /** Component × rendered cluster → the targetRevision its Application tracks. */
  matrix: Matrix;
  /** Clusters whose app-of-apps did not render: their Applications, destinations and column are unknown. */
  unrendered: string[];
  /** False when a cluster did not render (`unrendered`): the view is incomplete. */
  complete: boolean;
}

export interface ClusterView {
  name: string;
  env: string | null;
  /** As written in its bootstrap Application (or the config). */
  targetRevision: string;
  /** The git ref that revision names; null when it is HEAD and the default branch is unknown. */
  ref: string | null;
  /** Repo-relative app-of-apps chart. */
  chart: string;
  /** As written, relative to the chart. */
  valueFiles: string[];
  /**
   * Where its Applications deploy: the config's destination when it declares one, else each distinct
   * `server` (or `name:<name>`) of its rendered Applications; null when it did not render.
   */
  destinations: string[] | null;
  /** `single` (one Argo CD for all clusters) or `per-cluster` (its own), and the namespace it runs in. */
  controlPlane: { kind: ControlPlane['kind']; namespace: string };
  /** The file that defines it: its bootstrap Application, or the config. */
  definedIn: string;
  rendered: boolean;
  applications: number;
}

export interface EnvironmentView {
  name: string;
  /** The ref its clusters track; null when no configured ref or cluster says. */
  ref: string | null;
  clusters: string[];
}

/** The view of a validated tree. */
export function topologyView(result: ValidateResult): TopologyView {
  const summaries = new Map(result.clusters.map((c) => [c.name, c]));
  const clusters = result.topology.clusters.map((c) =>
    clusterView(c, result.apps, result.controlPlane, summaries.get(c.name)),
  );
  const unrendered = clusters.filter((c) => !c.rendered).map((c) => c.name);
  return {
    version: 1,
    clusters,
    environments: environments(result, result.topology.clusters),
    controlPlane: result.controlPlane,
    defaultBranch: result.topology.defaultBranch,
    matrix: result.matrix,
    unrendered,
    complete: unrendered.length === 0,
  };
}

function clusterView(
  c: Cluster,
  apps: readonly RenderedApp[],
  controlPlane: ControlPlane,
  summary: ValidateResult['clusters'][number] | undefined,
): ClusterView {
  const rendered = summary?.rendered ?? false;
  return {
    name: c.name,
    env: c.env,
    targetRevision: c.targetRevision,
    ref: c.ref,
    chart: c.chart,
    valueFiles: [...c.valueFiles],
    destinations: c.destination
      ? [destinationText(c.destination)]
      : rendered
        ? destinationsOf(apps.filter((a) => a.cluster.name === c.name))
        : null,
    controlPlane: { kind: controlPlane.kind, namespace: c.controlPlaneNamespace },
    definedIn: c.definedAt.file,
    rendered,
    applications: summary?.applications ?? 0,
  };
}

function destinationText(d: { server?: string; name?: string }): string {
  return d.server ? d.server : `name:${d.name ?? ''}`;
}

function destinationsOf(apps: readonly RenderedApp[]): string[] {
  const out = new Set<string>();
  for (const a of apps) {
    const d = a.object.spec?.destination;
    if (d && (typeof d.server === 'string' || typeof d.name === 'string'))
      out.add(
        destinationText({
          ...(typeof d.server === 'string' ? { server: d.server } : {}),
          ...(typeof d.name === 'string' ? { name: d.name } : {}),
        }),
      );
  }
  return [...out].sort();
}

/**
 * The configured environments in their order, then any other environment a cluster names; each with
 * the ref its clusters track (the configured one, or the default branch for the default dev).
 */
function environments(result: ValidateResult, clusters: readonly Cluster[]): EnvironmentView[] {
  const names = [...Object.keys(result.config.environments)];
  for (const c of clusters) if (c.env && !names.includes(c.env)) names.push(c.env);
  return names.map((name) => {
    const members = clusters.filter((c) => c.env === name);
    const ref =
      members.find((c) => c.envRef !== null)?.envRef ?? result.config.environments[name]?.ref ?? null;
    return { name, ref, clusters: members.map((c) => c.name) };
  });
}
