import type { Manifest } from './manifests.js';
import type { Cluster } from './topology.js';

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

/** The Applications among a cluster's rendered manifests. */
export function collectApps(cluster: Cluster, manifests: readonly Manifest[]): RenderedApp[] {
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
          : cluster.namespace,
      component: name.startsWith(`${cluster.name}-`) ? name.slice(cluster.name.length + 1) : name,
      template: templatePath(cluster.chart, m.source),
      object,
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
