import type { Manifest } from './manifests.js';
import type { Cluster } from './topology.js';
import type { VMap } from './vnode.js';

/**
 * The nested app-of-apps level that rendered an Application: the chart of another Application
 * of the cluster (absent for the Applications of the cluster's own app-of-apps chart).
 */
export interface AppLevel {
  /** The Application whose chart rendered this one. */
  parent: string;
  /** Every Application above it, outermost first (the parent last). */
  ancestors: string[];
  /** Repo-relative chart of that level. */
  chart: string;
  /** That level's merged values, with the line of every value (where the locator looks); null when none parsed. */
  values: VMap | null;
}

/**
 * An Application whose in-repo chart is itself an app-of-apps: `rendered`, its objects are the
 * cluster's next level; `failed`, that level is unknown (`broken`: it fails as in Argo CD;
 * `unavailable`: this run could not render it).
 */
export type NestedLevel =
  | { state: 'rendered'; chart: string }
  | { state: 'failed'; chart: string; failure: 'broken' | 'unavailable'; reason: string };

/** Where a level's objects come from: its chart, and the namespace an object without one lands in. */
export interface LevelOrigin {
  chart: string;
  namespace: string;
  level?: AppLevel;
}

/** An Argo CD Application rendered for a cluster. */
export interface RenderedApp {
  cluster: Cluster;
  name: string;
  /** Argo CD namespace of the Application: `metadata.namespace`, else the bootstrap's release namespace (as Argo CD applies it). */
  namespace: string;
  /** The component this Application deploys: its name without the `<cluster>-` prefix. */
  component: string;
  /** Repo-relative template file that rendered it, or null. */
  template: string | null;
  object: ApplicationObject;
  /** Set when a nested app-of-apps level rendered it. */
  level?: AppLevel;
  /** Set when its own chart is a nested app-of-apps: its objects are the cluster's, not deep resources. */
  nested?: NestedLevel;
}

export interface ApplicationSource {
  repoURL?: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
  /** As rendered: read it with readHelmSource (helm-source.ts) for typed fields. */
  helm?: {
    valueFiles?: unknown[];
    ignoreMissingValueFiles?: boolean;
    releaseName?: string;
    namespace?: string;
    parameters?: unknown[];
    fileParameters?: unknown[];
    values?: unknown;
    valuesObject?: unknown;
    skipCrds?: boolean;
    skipSchemaValidation?: boolean;
    skipTests?: boolean;
    kubeVersion?: string;
    apiVersions?: unknown[];
  };
}

export interface ApplicationObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    labels?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
  };
  spec?: {
    source?: ApplicationSource;
    sources?: ApplicationSource[];
    destination?: { server?: string; name?: string; namespace?: string };
    project?: string;
    syncPolicy?: Record<string, unknown>;
  };
}

export function isApplication(object: Record<string, unknown>): boolean {
  return (
    object.kind === 'Application' &&
    typeof object.apiVersion === 'string' &&
    object.apiVersion.startsWith('argoproj.io/')
  );
}

/**
 * Where Argo CD applies an object of a cluster's app-of-apps render that names no namespace: the
 * bootstrap Application's destination namespace (helm.namespace only templates `.Release.Namespace`),
 * else (a cluster the config declares, with no destination) the namespace it is rendered with.
 */
export function landingNamespace(cluster: Pick<Cluster, 'application' | 'namespace'>): string {
  return cluster.application.namespace || cluster.namespace;
}

/** The Applications among a cluster's rendered manifests. */
export function collectApps(
  cluster: Cluster,
  manifests: readonly Manifest[],
  origin: LevelOrigin = { chart: cluster.chart, namespace: landingNamespace(cluster) },
): RenderedApp[] {
  const apps: RenderedApp[] = [];
  for (const m of manifests) {
    if (!isApplication(m.object)) continue;
    const object = m.object as ApplicationObject;
    const name = String(object.metadata?.name ?? '');
    apps.push({
      cluster,
      name,
      namespace:
        typeof object.metadata?.namespace === 'string' && object.metadata.namespace !== ''
          ? object.metadata.namespace
          : origin.namespace,
      component: name.startsWith(`${cluster.name}-`) ? name.slice(cluster.name.length + 1) : name,
      template: templatePath(origin.chart, m.source),
      object,
      ...(origin.level ? { level: origin.level } : {}),
    });
  }
  return apps;
}

/** `app-of-apps/templates/x.yaml` (helm's Source) → the repo path of that template. */
export function templatePath(chart: string, source: string | null): string | null {
  if (!source) return null;
  const inChart = source.replace(/^[^/]+\//, '');
  return chart === '.' ? inChart : `${chart}/${inChart}`;
}

/** Every source of an Application with its path segments (`spec.source` or `spec.sources[i]`). */
export function appSources(app: ApplicationObject): { source: ApplicationSource; path: string[] }[] {
  const spec = app.spec ?? {};
  if (Array.isArray(spec.sources))
    return spec.sources.map((source, i) => ({ source, path: ['spec', 'sources', String(i)] }));
  return spec.source ? [{ source: spec.source, path: ['spec', 'source'] }] : [];
}

/** Component names compare loosely: `envoyGateway`, `envoy-gateway` and `envoy_gateway` are one. */
export function componentKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
