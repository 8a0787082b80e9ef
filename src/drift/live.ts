import { asApplications } from '../ports/argocd-shape.js';
import type { ArgoApplication, ArgoCdPort } from '../ports/argocd.js';
import { mapLimit } from '../util/concurrency.js';
import { clusterSelector } from './cluster-selector.js';
import { lastSuccessfulSync, liveApplication } from './live-application.js';
import type { LiveCluster, LiveSection } from './model.js';
import { reasonLine } from './reason.js';

/**
 * The live section of the drift report: what Argo CD runs on each cluster against what the repo renders
 * for it. A cluster's Applications are those Argo CD lists with `<clusterLabel>=<cluster>` (as the argocd
 * gate asks). When Argo CD cannot be asked at all (the first listing fails: network, timeout, a refused
 * token, a 5xx, a bad payload) the section is unreachable; a later cluster whose listing fails is unknown.
 */

export interface LiveClusterInput {
  name: string;
  env: string | null;
  ref: string | null;
  /** The sha of the env's ref on the remote, null if unknown (then no revision is checked). */
  expectedSha: string | null;
  /** The Applications the repo renders for this cluster. */
  rendered: { name: string; namespace: string }[];
}

export interface LiveDriftInput {
  server: string;
  clusterLabel: string;
  /** Every URL the GitOps repo goes by (normalized; none when unknown): only its sources must be at `expectedSha`. */
  repoURLs: readonly string[];
  clusters: LiveClusterInput[];
  /** The report's time (the section reports times, not ages: not read yet). */
  now: Date;
}

/** Listings in flight at once after the first. */
const CONCURRENT_LISTINGS = 4;

type Listing =
  | { kind: 'listed'; apps: ArgoApplication[] }
  | { kind: 'failed'; reason: string }
  | { kind: 'not-asked'; reason: string };

export async function liveDrift(argocd: ArgoCdPort, input: LiveDriftInput): Promise<LiveSection> {
  const { server, clusters, clusterLabel } = input;
  if (clusters.length === 0) return { state: 'skipped', reason: 'no clusters to look up in Argo CD' };
  const selectors = clusters.map((c) => clusterSelector(clusterLabel, c.name));
  const listings = selectors.map((s): Listing | null =>
    s.ok ? null : { kind: 'not-asked', reason: s.reason },
  );
  const asked = selectors.flatMap((s, i) => (s.ok ? [i] : []));
  const ask = (i: number) => list(argocd, clusterLabel, clusters[i]!.name);
  if (asked.length > 0) {
    // One listing first: an Argo CD that cannot answer it is not asked once more per cluster.
    const [first, ...rest] = asked as [number, ...number[]];
    const head = await ask(first);
    if (head.kind === 'failed') return { state: 'unreachable', server, reason: head.reason };
    listings[first] = head;
    await mapLimit(rest, CONCURRENT_LISTINGS, async (i) => void (listings[i] = await ask(i)));
  }
  const results = clusters.map((c, i): LiveCluster => {
    const l = listings[i]!;
    if (l.kind === 'listed') return clusterDrift(c, l.apps, input);
    const reason = l.kind === 'failed' ? `Argo CD did not list its Applications: ${l.reason}` : l.reason;
    return { cluster: c.name, state: 'unknown', reason: reasonLine(reason) };
  });
  return { state: 'computed', server, clusters: results };
}

/** A cluster's Applications as Argo CD lists them, or why it did not. */
async function list(argocd: ArgoCdPort, clusterLabel: string, cluster: string): Promise<Listing> {
  try {
    const answer = await argocd.listApplications({ selector: `${clusterLabel}=${cluster}` });
    // The selector is Argo CD's to apply; an answer that ignored it must not lend a cluster Applications.
    const apps = asApplications(answer).filter((a) => a.metadata.labels?.[clusterLabel] === cluster);
    return { kind: 'listed', apps };
  } catch (error) {
    return { kind: 'failed', reason: failureReason(error) };
  }
}

/** One line saying why Argo CD did not answer; a refused token is said so (the token itself never). */
export function failureReason(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401)
    return 'Argo CD refused the token (401): it is expired, revoked or not an Argo CD API token';
  if (status === 403)
    return 'Argo CD refused the token (403): its account or project role may not list Applications';
  const message = error instanceof Error ? error.message : String(error);
  return reasonLine(message) || 'Argo CD failed without a message';
}

/** A listed cluster: its Applications with a problem, orphans, the rendered ones Argo CD lacks, its last sync. */
function clusterDrift(
  cluster: LiveClusterInput,
  apps: ArgoApplication[],
  input: LiveDriftInput,
): LiveCluster {
  const rendered = cluster.rendered;
  const matches = (a: ArgoApplication, r: { name: string; namespace: string }) =>
    a.metadata.name === r.name &&
    (a.metadata.namespace === undefined || a.metadata.namespace === r.namespace);
  const label = displayNames([
    ...apps.map((a) => ({ name: a.metadata.name, namespace: a.metadata.namespace })),
    ...rendered,
  ]);
  const applications = apps
    .map((a) => liveApplication(a, label(a.metadata), cluster.expectedSha, input.repoURLs))
    .filter((a) => a.problems.length > 0);
  const orphans = apps.filter((a) => !rendered.some((r) => matches(a, r))).map((a) => label(a.metadata));
  const notDeployed = rendered.filter((r) => !apps.some((a) => matches(a, r))).map(label);
  const newest = apps.reduce<number | null>((max, a) => {
    const ms = lastSuccessfulSync(a);
    return ms !== null && (max === null || ms > max) ? ms : max;
  }, null);
  return {
    cluster: cluster.name,
    state: 'checked',
    applications: applications.sort((a, b) => a.name.localeCompare(b.name)),
    orphans: orphans.sort(),
    notDeployed: notDeployed.sort(),
    lastSyncAt: newest === null ? null : new Date(newest).toISOString(),
    applicationCount: apps.length,
  };
}

/**
 * How an Application is named in the report: its name, or `namespace/name` when that name is in more
 * than one namespace among `all` (Applications in any namespace), so that two never read the same.
 */
function displayNames(
  all: { name: string; namespace?: string }[],
): (app: { name: string; namespace?: string }) => string {
  const namespaces = new Map<string, Set<string>>();
  for (const a of all) {
    if (a.namespace === undefined) continue;
    namespaces.set(a.name, (namespaces.get(a.name) ?? new Set()).add(a.namespace));
  }
  return (a) =>
    a.namespace !== undefined && (namespaces.get(a.name)?.size ?? 0) > 1
      ? `${a.namespace}/${a.name}`
      : a.name;
}
