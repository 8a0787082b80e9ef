/**
 * What the use cases read from Argo CD: Applications (with their sync and health) and an
 * Application's live resource tree. Field names are those of Argo CD's API description; the adapter
 * (src/argocd/client.ts) speaks its REST API with a Bearer token.
 */

/** An Argo CD Application as the API returns it: the part of it this project reads. */
export interface ArgoApplication {
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: {
    project?: string;
    source?: ArgoApplicationSource;
    /** Multi-source Applications: `source` is absent, `status.sync.revisions[i]` belongs to `sources[i]`. */
    sources?: ArgoApplicationSource[];
    destination?: { server?: string; name?: string; namespace?: string };
  };
  status?: {
    sync?: { status?: string; revision?: string; revisions?: string[] };
    health?: { status?: string; message?: string };
    operationState?: {
      /** What was asked: `sync.revision(s)` is the commit the sync went to, even when it failed before applying. */
      operation?: { sync?: { revision?: string; revisions?: string[] } };
      phase?: string;
      message?: string;
      startedAt?: string;
      finishedAt?: string;
      syncResult?: { revision?: string; revisions?: string[] };
    };
    /** Since Argo CD 3.0 `health` is absent here by default (`resourceHealthSource: appTree`): see the tree. */
    resources?: ArgoResourceStatus[];
    resourceHealthSource?: string;
    reconciledAt?: string;
    /** The successful syncs, oldest first (`v1alpha1RevisionHistory`), at most `spec.revisionHistoryLimit`. */
    history?: ArgoRevisionHistory[] | null;
    conditions?: { type: string; message?: string; lastTransitionTime?: string }[];
  };
}

/** `v1alpha1RevisionHistory`: one successful sync (Argo CD records a sync here once it succeeded). */
export interface ArgoRevisionHistory {
  id?: number;
  revision?: string;
  revisions?: string[];
  deployStartedAt?: string;
  deployedAt?: string;
}

export interface ArgoApplicationSource {
  repoURL?: string;
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
}

export interface ArgoResourceStatus {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  status?: string;
  health?: { status?: string; message?: string };
}

export interface ArgoResourceNode {
  group?: string;
  version?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  parentRefs?: { group?: string; kind?: string; namespace?: string; name?: string; uid?: string }[];
  health?: { status?: string; message?: string };
  info?: { name?: string; value?: string }[];
  images?: string[];
  resourceVersion?: string;
  createdAt?: string;
}

/** `v1alpha1ApplicationTree`: the live resources of an Application and their health. */
export interface ArgoResourceTree {
  nodes: ArgoResourceNode[];
  orphanedNodes?: ArgoResourceNode[];
}

export interface ArgoApplicationFilter {
  /** A label selector, e.g. `cluster=dev-01`. */
  selector?: string;
  projects?: string[];
  appNamespace?: string;
}

export interface ArgoCdPort {
  /** The server as requests see it (never with credentials). */
  readonly server: string;
  listApplications(filter?: ArgoApplicationFilter): Promise<ArgoApplication[]>;
  getApplication(
    name: string,
    options?: { appNamespace?: string; project?: string },
  ): Promise<ArgoApplication>;
  getResourceTree(name: string, appNamespace?: string, project?: string): Promise<ArgoResourceTree>;
}

export interface ApplicationSummary {
  name: string;
  /** `status.sync.status`: Synced, OutOfSync or Unknown (also when Argo CD has not reported yet). */
  sync: string;
  /** `status.health.status`: Healthy, Progressing, Degraded, Suspended, Missing or Unknown. */
  health: string;
  /** `status.sync.revision`: the revision of a single-source Application; null for multi-source ones. */
  revision: string | null;
  /** One revision per source: `status.sync.revisions` (multi-source), else `[revision]`. */
  revisions: string[];
  /** `status.operationState.phase`: Running, Succeeded, Failed, Error, Terminating; null if never synced. */
  operationPhase: string | null;
  reconciledAt: string | null;
}

export function summarizeApplication(app: ArgoApplication): ApplicationSummary {
  const status = app.status ?? {};
  const revision = status.sync?.revision || null;
  const multi = status.sync?.revisions;
  return {
    name: app.metadata.name,
    sync: status.sync?.status || 'Unknown',
    health: status.health?.status || 'Unknown',
    revision,
    revisions: multi && multi.length > 0 ? [...multi] : revision ? [revision] : [],
    operationPhase: status.operationState?.phase || null,
    reconciledAt: status.reconciledAt || null,
  };
}
