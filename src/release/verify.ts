import type { Logger } from '../logger.js';
import { ourOperationRevisions, ourRevisions, ownSourceIndexes } from '../promote/app-revisions.js';
import { formatDuration } from '../promote/duration.js';
import { summarizeApplication, type ArgoApplication, type ArgoCdPort } from '../ports/argocd.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';
import { asApplications } from '../ports/argocd-shape.js';

/**
 * Did the release land? After `release` moved a tag (`stable`, a wave's `ops-stable`) to `sha`, poll Argo CD
 * until the Applications of the released clusters run it, or a deadline passes.
 *
 * - Every `intervalMs` (the first poll at once), list the Applications labelled `<clusterLabel>=<cluster>`
 *   for each cluster. An Application is **ok** when it is Synced, each of its sources from this GitOps repo
 *   (app-revisions.ts: not a Helm chart, whose revision is its version, nor another repo) is at `sha`, it
 *   is Healthy, and no sync operation is still Running or Terminating (PostSync hooks may yet fail).
 * - **verified** as soon as every Application of every cluster is ok and each cluster has at least one
 *   Application with a source from this repo (ok, so at `sha`): Applications of other repos or Helm
 *   charts alone do not run `sha`, whatever their state.
 * - **failed** at once when an Application's last sync operation went to `sha` (its own-repo sources) and
 *   ended Failed or Error: Argo CD already gave its answer, waiting cannot change it.
 * - At the deadline (`timeoutMs` after the start; the last poll starts before it), if the last poll was
 *   answered:
 *   - **failed** when an Application is not ok, naming each with why (`prod-01-api Degraded`,
 *     `prod-01-web OutOfSync at 1a2b3c4`), then the clusters below;
 *   - else **unknown** when a cluster has no Application visible (`no Applications labelled
 *     cluster=prod-01 visible to this token`: Argo CD filters lists by RBAC without a word, so an empty
 *     list proves nothing) or none from this repo (`no Application labelled cluster=prod-01 has a source
 *     from this repo`): nothing says the release failed there, nor that it landed.
 * - An error from Argo CD (unreachable, 401, 5xx, a bad payload) proves nothing: the poll is retried at the
 *   next interval. If the last poll before the deadline errored: **unknown**, with the error's first line
 *   and the Applications as of the last answered poll (none if no poll was answered). Never verified and
 *   never failed without Argo CD's word.
 * - No clusters to check: unknown at once (nothing was proven).
 *
 * One info line per poll (counts, not every Application); the result names each Application.
 */

export interface AppCheck {
  name: string;
  cluster: string;
  /** `status.sync.status`, `status.health.status` as Argo CD reports them (`Unknown` when absent). */
  sync: string;
  health: string;
  /** The revisions of the Application's sources from this repo, in source order (those Argo CD reports). */
  revisions: string[];
  state: 'ok' | 'waiting' | 'failed';
  why: string;
}

export type Verification =
  | { state: 'verified'; apps: AppCheck[]; waitedMs: number }
  | { state: 'failed'; apps: AppCheck[]; waitedMs: number; why: string }
  /**
   * Argo CD unreachable / 401 / bad payload until the deadline, a cluster without a visible Application
   * from this repo at the deadline (and every Application ok), or nothing to verify.
   */
  | { state: 'unknown'; apps: AppCheck[]; waitedMs: number; why: string };

export interface VerifyRequest {
  argocd: ArgoCdPort;
  clusters: string[];
  clusterLabel: string;
  sha: string;
  /** The GitOps repo's URL (normalized); null: every git source counts as this repo's. */
  repoURL: string | null;
  /** How long to keep polling (0: one poll); a finite number of milliseconds. */
  timeoutMs: number;
  /** The pause between two polls; must be positive. */
  intervalMs: number;
  logger: Logger;
  /** Default: real time. */
  clock?: { now(): number; sleep(ms: number): Promise<void> };
}

/**
 * An answered poll: the Applications, the clusters without any (`empty`), and those whose Applications
 * have no source from this repo (`foreign`).
 */
type Poll =
  | { kind: 'answered'; apps: AppCheck[]; empty: string[]; foreign: string[] }
  | { kind: 'error'; error: string };
type Answered = Extract<Poll, { kind: 'answered' }>;

const REAL_CLOCK = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
const FAILED_PHASES = new Set(['Failed', 'Error']);
const BUSY_PHASES = new Set(['Running', 'Terminating']);
/** Applications named in a `why`; the report's table has them all. */
const WHY_NAMES = 10;

export async function verifyRelease(req: VerifyRequest): Promise<Verification> {
  if (!(req.intervalMs > 0) || !Number.isFinite(req.timeoutMs))
    throw new Error(`verifyRelease: bad interval ${req.intervalMs} ms or timeout ${req.timeoutMs} ms`);
  const clock = req.clock ?? REAL_CLOCK;
  const start = clock.now();
  if (req.clusters.length === 0)
    return { state: 'unknown', apps: [], waitedMs: 0, why: 'no clusters to verify' };
  const deadline = start + Math.max(0, req.timeoutMs);
  let answered: AppCheck[] = [];
  for (let n = 1; ; n++) {
    const poll = await pollOnce(req);
    const waitedMs = clock.now() - start;
    const left = deadline - clock.now();
    req.logger.info(progressLine(n, poll, req.sha, left));
    if (poll.kind === 'answered') {
      answered = poll.apps;
      const settled = settledOutcome(poll, waitedMs);
      if (settled) return settled;
    }
    if (left <= 0) return atDeadline(poll, answered, waitedMs, req.clusterLabel);
    await clock.sleep(Math.min(req.intervalMs, left));
  }
}

/** One list per cluster; any error (thrown by the adapter, or a bad payload) makes the poll unanswered. */
async function pollOnce(req: VerifyRequest): Promise<Poll> {
  try {
    const lists = await Promise.all(
      req.clusters.map((c) => req.argocd.listApplications({ selector: `${req.clusterLabel}=${c}` })),
    );
    const poll: Answered = { kind: 'answered', apps: [], empty: [], foreign: [] };
    req.clusters.forEach((cluster, i) => {
      // The selector is Argo CD's to apply; an answer that ignored it must not lend a cluster Applications.
      const labelled = asApplications(lists[i]).filter(
        (a) => a.metadata.labels?.[req.clusterLabel] === cluster,
      );
      if (labelled.length === 0) poll.empty.push(cluster);
      else if (labelled.every((a) => ownSourceIndexes(a, req.repoURL).length === 0))
        poll.foreign.push(cluster);
      poll.apps.push(...labelled.map((a) => checkApplication(a, cluster, req.sha, req.repoURL)));
    });
    return poll;
  } catch (error) {
    return { kind: 'error', error: firstLine(error instanceof Error ? error.message : String(error)) };
  }
}

/** Where one Application stands (the order of the checks is the order of the module's doc). */
export function checkApplication(
  app: ArgoApplication,
  cluster: string,
  sha: string,
  repoURL: string | null,
): AppCheck {
  const s = summarizeApplication(app);
  const ours = ourRevisions(app, repoURL);
  const base = { name: s.name, cluster, sync: s.sync, health: s.health };
  const check = (state: AppCheck['state'], why: string): AppCheck => ({
    ...base,
    revisions: ours.filter((r): r is string => r !== null),
    state,
    why,
  });
  const at = ours.length === 0 ? '' : ` at ${ours.map((r) => (r ? shortSha(r) : 'no revision')).join(',')}`;
  const op = app.status?.operationState;
  const phase = op?.phase ?? '';
  if (FAILED_PHASES.has(phase) && ourOperationRevisions(app, repoURL).includes(sha)) {
    const message = op?.message ? `: ${firstLine(op.message)}` : '';
    return check('failed', `sync ${phase} at ${shortSha(sha)}${message}`);
  }
  if (s.sync !== 'Synced') return check('waiting', `${s.sync}${at}`);
  if (ours.some((r) => r !== sha)) return check('waiting', `Synced${at}, not ${shortSha(sha)}`);
  if (s.health !== 'Healthy') return check('waiting', s.health);
  if (BUSY_PHASES.has(phase)) return check('waiting', `sync operation ${phase}`);
  const what = ours.length === 0 ? 'Synced (no source from this repo)' : `Synced at ${shortSha(sha)}`;
  return check('ok', `${what} and Healthy`);
}

/** Verified or failed before the deadline, or null to keep waiting. */
function settledOutcome(poll: Answered, waitedMs: number): Verification | null {
  const { apps } = poll;
  const failed = apps.filter((a) => a.state === 'failed');
  if (failed.length > 0) return { state: 'failed', apps, waitedMs, why: listWhy(failed.map(named)) };
  if (poll.empty.length === 0 && poll.foreign.length === 0 && apps.every((a) => a.state === 'ok')) {
    return { state: 'verified', apps, waitedMs };
  }
  return null;
}

function atDeadline(poll: Poll, answered: AppCheck[], waitedMs: number, clusterLabel: string): Verification {
  if (poll.kind === 'error') return { state: 'unknown', apps: answered, waitedMs, why: poll.error };
  const notOk = poll.apps.filter((a) => a.state !== 'ok').map(named);
  const unproven = [
    ...poll.empty.map((c) => `no Applications labelled ${clusterLabel}=${c} visible to this token`),
    ...poll.foreign.map((c) => `no Application labelled ${clusterLabel}=${c} has a source from this repo`),
  ];
  // Only an Application Argo CD reports not ok proves a failure; a cluster without ours proves nothing.
  const state = notOk.length > 0 ? 'failed' : 'unknown';
  return { state, apps: poll.apps, waitedMs, why: listWhy([...notOk, ...unproven]) };
}

function progressLine(n: number, poll: Poll, sha: string, leftMs: number): string {
  const left = leftMs > 0 ? `${formatDuration(leftMs)} left` : 'deadline reached';
  if (poll.kind === 'error') return `Argo CD poll ${n} (${left}): no answer: ${poll.error}`;
  const ok = poll.apps.filter((a) => a.state === 'ok').length;
  const failed = poll.apps.filter((a) => a.state === 'failed').length;
  const parts = [`${ok} of ${plural(poll.apps.length, 'Application')} at ${shortSha(sha)} and Healthy`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (poll.empty.length > 0) parts.push(`${plural(poll.empty.length, 'cluster')} without Applications`);
  if (poll.foreign.length > 0) {
    parts.push(`${plural(poll.foreign.length, 'cluster')} without Applications from this repo`);
  }
  return `Argo CD poll ${n} (${left}): ${parts.join(', ')}`;
}

const named = (a: AppCheck) => `${a.name} ${a.why}`;

function listWhy(reasons: string[]): string {
  const shown = reasons.slice(0, WHY_NAMES).join(', ');
  return reasons.length > WHY_NAMES ? `${shown} and ${reasons.length - WHY_NAMES} more` : shown;
}

function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n/)[0] ?? '';
}
