import path from 'node:path';
import type { VNode } from './vnode.js';

export const BOOTSTRAP_SUFFIX = '-bootstrap-apps';

/** A bootstrap Application Argo CD would take, where it is written. */
export interface Bootstrap {
  file: string;
  root: VNode;
  app: Record<string, unknown>;
}

/** `labels.cluster`, else `metadata.name` without `-bootstrap-apps`. */
export function clusterName(app: Record<string, unknown>): string | null {
  const label = clusterLabelOf(app);
  if (label) return label;
  const name = metadataName(app);
  if (!name) return null;
  return name.endsWith(BOOTSTRAP_SUFFIX) ? name.slice(0, -BOOTSTRAP_SUFFIX.length) : name;
}

function clusterLabelOf(app: Record<string, unknown>): string | null {
  const labels = (app.metadata as { labels?: Record<string, unknown> } | undefined)?.labels;
  const label = labels?.cluster;
  return typeof label === 'string' && label ? label : null;
}

function metadataName(app: Record<string, unknown>): string | null {
  const name = (app.metadata as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name ? name : null;
}

const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Other names for a bootstrap Application without a cluster label, tried in order: file, destination, directory. */
const DISAMBIGUATORS: ((b: Bootstrap) => string | null)[] = [
  (b) => path.posix.basename(b.file).replace(/\.ya?ml$/i, ''),
  (b) => {
    const name = (b.app.spec as { destination?: { name?: unknown } } | undefined)?.destination?.name;
    return typeof name === 'string' && name !== 'in-cluster' ? name : null;
  },
  (b) => path.posix.basename(path.posix.dirname(b.file)),
];

/**
 * Each bootstrap Application's cluster name (`clusterName`). Bootstrap Applications in different
 * files that share a `metadata.name` (one Argo CD per cluster, each with its own `root`) are
 * different clusters: those without a cluster label are named by the first of file name,
 * destination name or directory that tells them all apart. A clash left is reported by the caller.
 */
export function bootstrapClusterNames(bootstraps: readonly Bootstrap[]): (string | null)[] {
  const names = bootstraps.map((b) => clusterName(b.app));
  const groups = new Map<string, number[]>();
  bootstraps.forEach((b, i) => {
    const name = metadataName(b.app);
    if (name) groups.set(name, [...(groups.get(name) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (new Set(members.map((i) => bootstraps[i]!.file)).size < 2) continue;
    const unlabelled = members.filter((i) => !clusterLabelOf(bootstraps[i]!.app));
    const labels = members.flatMap((i) => clusterLabelOf(bootstraps[i]!.app) ?? []);
    for (const pick of DISAMBIGUATORS) {
      const candidates = unlabelled.map((i) => pick(bootstraps[i]!));
      const all = [...labels, ...candidates];
      if (!candidates.every((c) => c !== null && CLUSTER_NAME.test(c))) continue;
      if (new Set(all).size !== all.length) continue;
      unlabelled.forEach((i, k) => (names[i] = candidates[k]!));
      break;
    }
  }
  return names;
}
