import { appSources, type ApplicationObject, type ApplicationSource } from '../gitops/applications.js';
import { normalizeRepoURL } from '../gitops/topology.js';
import { SYNC_WAVE } from '../gitops/rules/waves.js';
import type { AppChange, Risk } from './model.js';

const FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** What a reviewer must not miss about one Application's change, listed before everything else. */
export function appRisks(
  change: AppChange,
  before: ApplicationObject | undefined,
  after: ApplicationObject | undefined,
): Risk[] {
  const risk = (kind: Risk['kind'], message: string): Risk => ({
    kind,
    cluster: change.cluster,
    application: change.name,
    message,
  });
  if (change.status === 'removed' && before) {
    const prune = automated(before) && Boolean(automatedOf(before)?.prune);
    const finalizer = (
      (before as { metadata?: { finalizers?: string[] } }).metadata?.finalizers ?? []
    ).includes(FINALIZER);
    const why = [prune ? 'automated prune' : '', finalizer ? 'the resources finalizer' : '']
      .filter(Boolean)
      .join(' and ');
    const renamed = change.renamedTo
      ? ` (renamed to ${change.renamedTo}: Argo CD deletes and recreates, it does not rename)`
      : '';
    return [
      risk(
        'app-removed',
        `Application removed${renamed}${why ? `: with ${why}, Argo CD deletes its live resources` : ''}`,
      ),
    ];
  }
  if (change.status !== 'modified' || !before || !after) return [];
  const out: Risk[] = [];
  const dest = (o: ApplicationObject) => {
    const d = o.spec?.destination ?? {};
    return JSON.stringify([d.server ?? null, d.name ?? null, d.namespace ?? null]);
  };
  if (dest(before) !== dest(after)) {
    out.push(
      risk(
        'destination-changed',
        `destination changes from ${describeDest(before)} to ${describeDest(after)}`,
      ),
    );
  }
  out.push(...sourceRisks(before, after).map((r) => risk(r.kind, r.message)));
  const wave = (o: ApplicationObject) => String(o.metadata?.annotations?.[SYNC_WAVE] ?? '0');
  if (wave(before) !== wave(after))
    out.push(risk('sync-wave-changed', `sync-wave changes from ${wave(before)} to ${wave(after)}`));
  if (automated(before) !== automated(after)) {
    out.push(
      risk('automated-sync-toggled', `automated sync is ${automated(after) ? 'turned on' : 'turned off'}`),
    );
  }
  return out;
}

/**
 * Sources matched by what they deploy (repoURL, path or chart), in order: a source added or removed
 * is one risk naming it (appending a source does not move the others' revisions), a matched source
 * whose targetRevision changes is one more. `source` and a one-element `sources` are the same source.
 */
function sourceRisks(
  before: ApplicationObject,
  after: ApplicationObject,
): { kind: Risk['kind']; message: string }[] {
  const b = appSources(before).map((s) => s.source);
  const a = appSources(after).map((s) => s.source);
  const unmatched = [...a];
  const revisions: string[] = [];
  const removed: ApplicationSource[] = [];
  for (const old of b) {
    const i = unmatched.findIndex((n) => sourceId(n) === sourceId(old));
    if (i < 0) {
      removed.push(old);
      continue;
    }
    const [now] = unmatched.splice(i, 1) as [ApplicationSource];
    const [rb, ra] = [old, now].map((s) => s.targetRevision || 'HEAD');
    if (rb !== ra)
      revisions.push(
        b.length === 1 && a.length === 1 ? `${rb} to ${ra}` : `${rb} to ${ra} (${describeSource(now)})`,
      );
  }
  const out: { kind: Risk['kind']; message: string }[] = [];
  const changes = [
    ...unmatched.map((s) => `added ${describeSource(s)}`),
    ...removed.map((s) => `removed ${describeSource(s)}`),
  ];
  if (changes.length > 0) out.push({ kind: 'sources-changed', message: `sources: ${changes.join('; ')}` });
  if (revisions.length > 0)
    out.push({
      kind: 'target-revision-changed',
      message: `targetRevision changes from ${revisions.join('; ')}`,
    });
  return out;
}

function sourceId(s: ApplicationSource): string {
  const repo = typeof s.repoURL === 'string' ? normalizeRepoURL(s.repoURL) : null;
  return JSON.stringify([repo, s.path ?? null, s.chart ?? null, s.ref ?? null]);
}

function describeSource(s: ApplicationSource): string {
  const what = s.chart ? `chart ${s.chart}` : s.path !== undefined ? `path ${s.path}` : `ref ${s.ref ?? '?'}`;
  return `${s.repoURL ?? '(no repoURL)'} ${what} @ ${s.targetRevision || 'HEAD'}`;
}

function automatedOf(o: ApplicationObject): { prune?: boolean; enabled?: boolean } | undefined {
  const a = (o.spec?.syncPolicy as { automated?: unknown } | undefined)?.automated;
  return a && typeof a === 'object' ? (a as { prune?: boolean; enabled?: boolean }) : undefined;
}

/** Whether Argo CD syncs it automatically: `automated` present and not `enabled: false` (Argo CD 3.1+). */
function automated(o: ApplicationObject): boolean {
  const a = automatedOf(o);
  return a !== undefined && a.enabled !== false;
}

function describeDest(o: ApplicationObject): string {
  const d = o.spec?.destination ?? {};
  return `${d.server ?? d.name ?? '?'}${d.namespace ? ` (namespace ${d.namespace})` : ''}`;
}
