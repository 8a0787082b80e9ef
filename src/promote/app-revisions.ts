import { normalizeRepoURL } from '../gitops/repo-url.js';
import { summarizeApplication, type ArgoApplication, type ArgoApplicationSource } from '../ports/argocd.js';

/**
 * Which revisions Argo CD reports for the sources of an Application that come from this GitOps repo:
 * those are the ones that must be at a promoted or released commit. A Helm repository chart's revision
 * is its version, another repo's is that repo's commit: neither says anything about this repo.
 */

/** A git source of the GitOps repo itself (any git source when the repo's URL is not known), not a Helm chart. */
export function isThisRepo(source: ArgoApplicationSource, repoURL: string | null): boolean {
  if (source.chart !== undefined) return false;
  return repoURL === null || (source.repoURL !== undefined && normalizeRepoURL(source.repoURL) === repoURL);
}

/** The sources of an Application: `spec.sources` (multi-source), else `[spec.source]`, else none. */
export function applicationSources(app: ArgoApplication): ArgoApplicationSource[] {
  return app.spec.sources ?? (app.spec.source ? [app.spec.source] : []);
}

/** The indexes, in `applicationSources(app)`, of the sources from this repo. */
export function ownSourceIndexes(app: ArgoApplication, repoURL: string | null): number[] {
  return applicationSources(app).flatMap((src, i) => (isThisRepo(src, repoURL) ? [i] : []));
}

/**
 * The revision Argo CD's last comparison reports for each source of this repo (`status.sync.revisions[i]`,
 * or `status.sync.revision`), in source order; null where it reports none.
 */
export function ourRevisions(app: ArgoApplication, repoURL: string | null): (string | null)[] {
  const { revisions } = summarizeApplication(app);
  return ownSourceIndexes(app, repoURL).map((i) => revisions[i] || null);
}

/**
 * The revision each source of this repo was synced to by the last sync operation, in source order (null
 * where none is recorded): its result's `revision(s)`, else, when it failed before producing one, the
 * operation's own `sync.revision(s)`.
 */
export function ourOperationRevisions(app: ArgoApplication, repoURL: string | null): (string | null)[] {
  const state = app.status?.operationState;
  const fromResult = perSource(state?.syncResult);
  const revisions = fromResult.length > 0 ? fromResult : perSource(state?.operation?.sync);
  return ownSourceIndexes(app, repoURL).map((i) => revisions[i] || null);
}

function perSource(sync: { revision?: string; revisions?: string[] } | undefined): string[] {
  if (sync?.revisions && sync.revisions.length > 0) return sync.revisions;
  return sync?.revision ? [sync.revision] : [];
}
