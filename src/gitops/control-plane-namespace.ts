/**
 * The namespace Argo CD runs in (its controller namespace). An Application there is known by its bare name,
 * one in another namespace (apps-in-any-namespace) as `<namespace>_<name>`: what `$ARGOCD_APP_NAME` and
 * `.argocd-source-<app>.yaml` name. Argo CD is told it at install time; the repository says it where its
 * bootstrap Applications are applied: their `metadata.namespace`.
 */

/** What the namespace is when no bootstrap Application states one: Argo CD's install manifests use it. */
export const DEFAULT_CONTROL_PLANE_NAMESPACE = 'argocd';

/**
 * A cluster's control-plane namespace: the config's, else its own bootstrap's `metadata.namespace` (each
 * cluster may run its own Argo CD), else the repository's.
 */
export function clusterControlPlaneNamespace(
  configured: string | null,
  bootstrap: Record<string, unknown>,
  repository: string,
): string {
  return configured ?? statedNamespace(bootstrap) ?? repository;
}

/** The `metadata.namespace` an Application states, or null. */
export function statedNamespace(app: Record<string, unknown>): string | null {
  const ns = (app.metadata as { namespace?: unknown } | undefined)?.namespace;
  return typeof ns === 'string' && ns !== '' ? ns : null;
}

/**
 * The repository's control-plane namespace: the config's `controlPlaneNamespace`, else the one its bootstrap
 * Applications state (the most stated when they differ, the first of those on a tie), else `argocd`.
 */
export function controlPlaneNamespace(
  configured: string | null,
  apps: readonly Record<string, unknown>[],
): string {
  if (configured) return configured;
  const counts = new Map<string, number>();
  for (const app of apps) {
    const ns = statedNamespace(app);
    if (ns) counts.set(ns, (counts.get(ns) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best ? best[0] : DEFAULT_CONTROL_PLANE_NAMESPACE;
}
