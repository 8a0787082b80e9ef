import type { RenderedApp } from './applications.js';
import type { ControlPlaneSetting } from './config.js';
import type { Cluster } from './topology.js';
import { toJson } from './vnode.js';

export type ControlPlaneKind = 'single' | 'per-cluster';

/** Whether one Argo CD manages every cluster, and what said so. */
export interface ControlPlane {
  kind: ControlPlaneKind;
  source: 'config' | 'detected';
  /** One sentence: the evidence (or the config). */
  reason: string;
}

const IN_CLUSTER_SERVERS = new Set([
  'https://kubernetes.default.svc',
  'https://kubernetes.default.svc.cluster.local',
]);

/** A destination in the cluster the Argo CD that reads the Application runs in. */
export function isInCluster(destination: { server?: unknown; name?: unknown } | undefined): boolean {
  if (!destination) return true;
  const { server, name } = destination;
  if (typeof server === 'string' && server !== '') {
    return IN_CLUSTER_SERVERS.has(server.trim().toLowerCase().replace(/\/+$/, '').replace(/:443$/, ''));
  }
  return typeof name !== 'string' || name === '' || name === 'in-cluster';
}

/**
 * The control plane: as configured, else detected. Each cluster has its own Argo CD when two
 * bootstrap Applications share a name and namespace (one Argo CD could hold only one of them), or
 * when every Application (bootstrap and rendered) deploys to the cluster its Argo CD runs in: one
 * Argo CD for several clusters must reach the others remotely. Otherwise one Argo CD manages them all.
 *
 * `unrendered`: clusters whose Applications are unknown (their render failed). The verdict rests on the
 * topology (every bootstrap) and the Applications that did render, whichever command asks; when it is
 * the Applications' destinations that say per-cluster, the reason names the clusters that could not tell.
 */
export function detectControlPlane(
  setting: ControlPlaneSetting,
  clusters: readonly Cluster[],
  apps: readonly RenderedApp[],
  unrendered: readonly string[] = [],
): ControlPlane {
  if (setting !== 'auto')
    return { kind: setting, source: 'config', reason: `controlPlane: ${setting} in the config` };
  const shared = sharedBootstrapName(clusters);
  if (shared) return { kind: 'per-cluster', source: 'detected', reason: shared };
  const remote = apps.find((a) => !isInCluster(a.object.spec?.destination));
  if (remote) {
    const d = remote.object.spec!.destination!;
    const where = typeof d.server === 'string' && d.server ? d.server : `cluster ${String(d.name)}`;
    return {
      kind: 'single',
      source: 'detected',
      reason: `Application ${remote.name} (cluster ${remote.cluster.name}) deploys to ${where}, not to the cluster its Argo CD runs in`,
    };
  }
  const remoteBootstrap = clusters.find((c) => c.bootstrap && !isInCluster(bootstrapOf(c).spec?.destination));
  if (remoteBootstrap)
    return {
      kind: 'single',
      source: 'detected',
      reason: `the bootstrap Application of cluster ${remoteBootstrap.name} deploys to another cluster than the one its Argo CD runs in`,
    };
  if (apps.length === 0)
    return { kind: 'single', source: 'detected', reason: 'no Application rendered to tell otherwise' };
  if (unrendered.length > 0)
    return {
      kind: 'per-cluster',
      source: 'detected',
      reason: `every Application that rendered deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc or in-cluster); not proven: ${unrendered.join(', ')} did not render (set controlPlane to say)`,
    };
  return {
    kind: 'per-cluster',
    source: 'detected',
    reason:
      'every Application deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc or in-cluster)',
  };
}

interface BootstrapObject {
  metadata?: { name?: unknown; namespace?: unknown };
  spec?: { destination?: { server?: unknown; name?: unknown } };
}

function bootstrapOf(cluster: Cluster): BootstrapObject {
  return (cluster.bootstrap ? toJson(cluster.bootstrap.node) : {}) as BootstrapObject;
}

/** Two clusters whose bootstrap Applications have one name in one namespace, said as evidence. */
function sharedBootstrapName(clusters: readonly Cluster[]): string | null {
  const seen = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!c.bootstrap) continue;
    const meta = bootstrapOf(c).metadata ?? {};
    const key = `${String(meta.namespace ?? c.controlPlaneNamespace)}/${String(meta.name)}`;
    const other = seen.get(key);
    if (other)
      return `the bootstrap Applications of clusters ${other.name} and ${c.name} are both named ${String(meta.name)}, which one Argo CD could not hold`;
    seen.set(key, c);
  }
  return null;
}
