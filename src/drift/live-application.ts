import { applicationSources, isThisRepo, ourRevisions } from '../promote/app-revisions.js';
import { summarizeApplication, type ArgoApplication } from '../ports/argocd.js';
import type { LiveApplication } from './model.js';

/**
 * What is wrong with one live Application, from what Argo CD reports: its sync and health statuses and
 * the revision of this repo's sources. What Argo CD does not report (no status yet, a status this project
 * does not know) is `unknown`, never healthy.
 */

type Problem = LiveApplication['problems'][number];

/** `status.sync.status` values (`Missing` is no sync status, but is reported as missing, not unknown). */
const KNOWN_SYNC = new Set(['Synced', 'OutOfSync', 'Missing']);
/** `status.health.status` values other than Unknown. */
const KNOWN_HEALTH = new Set(['Healthy', 'Progressing', 'Suspended', 'Degraded', 'Missing']);

/**
 * The Application's problems; `expectedSha` is the sha of its environment's ref (null: unknown, then
 * no revision is checked). Only this repo's git sources must be at it (app-revisions.ts): a Helm chart's
 * revision is a version, another repository's a commit of its own.
 */
export function liveApplication(
  app: ArgoApplication,
  displayName: string,
  expectedSha: string | null,
  repoURLs: readonly string[],
): LiveApplication {
  // Every URL the repo goes by (config, origin, bootstraps): the one this Application's sources use.
  const repoURL =
    repoURLs.find((u) => applicationSources(app).some((src) => isThisRepo(src, u))) ?? repoURLs[0] ?? null;
  const s = summarizeApplication(app);
  const problems: Problem[] = [];
  if (s.sync === 'OutOfSync') problems.push('out-of-sync');
  if (s.health === 'Degraded') problems.push('degraded');
  if (s.health === 'Missing' || s.sync === 'Missing') problems.push('missing');
  if (!KNOWN_SYNC.has(s.sync) || !KNOWN_HEALTH.has(s.health)) problems.push('unknown');
  let revision: string | null = null;
  if (s.sync === 'Synced' && expectedSha !== null) {
    const expected = expectedSha.toLowerCase();
    const off = ourRevisions(app, repoURL).find((r) => r?.toLowerCase() !== expected);
    // Synced, but to no revision Argo CD names: that is not proven to be the expected one.
    if (off === null && !problems.includes('unknown')) problems.push('unknown');
    if (off) {
      problems.push('wrong-revision');
      revision = off;
    }
  }
  return {
    name: displayName,
    sync: s.sync,
    health: s.health,
    revision,
    expectedRevision: expectedSha,
    problems,
  };
}

/**
 * When the Application last synced successfully: the newest of its last operation's `finishedAt` (when
 * that operation Succeeded) and its history's `deployedAt` (Argo CD records only successful syncs there).
 * Epoch milliseconds, or null when Argo CD reports none.
 */
export function lastSuccessfulSync(app: ArgoApplication): number | null {
  const op = app.status?.operationState;
  const times = (app.status?.history ?? []).map((h) => h.deployedAt);
  if (op?.phase === 'Succeeded') times.push(op.finishedAt);
  const parsed = times.flatMap((t) => {
    const ms = t ? Date.parse(t) : NaN;
    return Number.isNaN(ms) ? [] : [ms];
  });
  // A reduce, not Math.max(...): a history of 200,000 entries would overflow the stack.
  return parsed.reduce<number | null>((max, ms) => (max === null || ms > max ? ms : max), null);
}
