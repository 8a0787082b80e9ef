import type { ApplicationObject } from '../gitops/applications.js';
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
  const revs = (o: ApplicationObject) =>
    (o.spec?.sources ?? (o.spec?.source ? [o.spec.source] : []))
      .map((s) => s.targetRevision ?? 'HEAD')
      .join(', ');
  if (revs(before) !== revs(after)) {
    out.push(
      risk('target-revision-changed', `targetRevision changes from ${revs(before)} to ${revs(after)}`),
    );
  }
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
