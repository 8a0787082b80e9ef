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
    const prune = Boolean(
      (before.spec?.syncPolicy as { automated?: { prune?: boolean } } | undefined)?.automated?.prune,
    );
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
  const dest = (o: ApplicationObject) => JSON.stringify(o.spec?.destination ?? {});
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
  const auto = (o: ApplicationObject) =>
    Boolean((o.spec?.syncPolicy as { automated?: unknown } | undefined)?.automated);
  if (auto(before) !== auto(after)) {
    out.push(risk('automated-sync-toggled', `automated sync is ${auto(after) ? 'turned on' : 'turned off'}`));
  }
  return out;
}

function describeDest(o: ApplicationObject): string {
  const d = o.spec?.destination ?? {};
  return `${d.server ?? d.name ?? '?'}${d.namespace ? ` (namespace ${d.namespace})` : ''}`;
}
