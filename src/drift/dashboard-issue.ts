/**
 * The drift dashboard issue's lifecycle (DESIGN.md, issue #12): one issue, found by its label and
 * DRIFT_MARKER in its body, created when drift appears, edited in place on every run, closed with a
 * comment once a complete report proves there is no drift (when configured), reopened when drift returns.
 *
 * Never two open: runs at the same time may each create one, so after a create (or a reopen) the open
 * dashboard issues are listed again and all but the lowest-numbered are closed as duplicates of it; a run
 * that finds several open converges them the same way. An issue deleted since it was listed is looked for
 * again (a bounded number of times). Failures are GitHubApiErrors naming `issues: write`.
 */
import { ConfigurationError } from '../errors.js';
import type { GitHubApiError } from '../github/errors.js';
import type { Logger } from '../logger.js';
import type { Issue } from '../ports/github.js';
import { PULL_REQUEST_BODY_MAX_CHARS } from '../report/budget.js';
import {
  comment,
  createIssue,
  currentIssue,
  type DashboardGitHub,
  dashboards,
  editIssue,
  IssueGone,
} from './dashboard-calls.js';
import { DRIFT_MARKER } from './model.js';

export { DASHBOARD_PERMISSION, type DashboardGitHub } from './dashboard-calls.js';

export interface DashboardArgs {
  /** The label that, with DRIFT_MARKER in the body, makes an issue the dashboard (default `gitops-drift`). */
  label: string;
  title: string;
  /** Logins besides GitHub Apps whose issues may be the dashboard (`drift.issue.authors`). */
  authors?: readonly string[];
  /** The report, DRIFT_MARKER included. */
  body: string;
  /** The report found drift (anything pending, any finding). */
  drifted: boolean;
  /** Clean was proven: the report is complete and found no drift. */
  proven: boolean;
  /** Close the open dashboard issue once clean is proven. */
  closeWhenClean: boolean;
  /** Posted on the issue before it is closed as clean; empty: closed without a comment. */
  closeComment: string;
  logger: Logger;
}

/** The dashboard issue is open with the report: `unchanged` when it had it already (no edit sent). */
export interface DashboardShown {
  action: 'created' | 'updated' | 'unchanged' | 'reopened';
  issue: number;
  url: string;
  /** Open dashboard issues this run closed as duplicates of `issue`. */
  duplicatesClosed: number[];
}

/** Clean was proven: the issue has the report and is closed; `commentUrl`: the close comment (null: none). */
export interface DashboardClosed {
  action: 'closed';
  issue: number;
  url: string;
  commentUrl: string | null;
  duplicatesClosed: number[];
}

/** No dashboard issue is open, and none was to be opened. */
export interface DashboardNone {
  action: 'none';
  reason: string;
  duplicatesClosed: number[];
}

export type DashboardOutcome = DashboardShown | DashboardClosed | DashboardNone;

/** Passes over the issues when one listed is gone by the time it is edited. */
const PASSES = 3;

interface Run {
  github: DashboardGitHub;
  args: DashboardArgs;
  /** Issues found gone since they were listed. */
  gone: Set<number>;
  duplicatesClosed: number[];
}

/** Brings the dashboard issue in line with the report: see the module comment. */
export async function publishDashboard(
  github: DashboardGitHub,
  args: DashboardArgs,
): Promise<DashboardOutcome> {
  checkArgs(args);
  const run: Run = { github, args, gone: new Set(), duplicatesClosed: [] };
  for (let pass = 1; ; pass++) {
    try {
      const outcome = await publishOnce(run);
      args.logger.info(describe(outcome));
      return outcome;
    } catch (e) {
      if (!(e instanceof IssueGone)) throw e;
      if (pass === PASSES) throw e.error;
      run.gone.add(e.number);
      args.logger.warning(`drift dashboard: issue #${e.number} is gone since it was listed; looking again`);
    }
  }
}

function checkArgs(args: DashboardArgs): void {
  if (!args.body.includes(DRIFT_MARKER)) throw new Error('the drift dashboard body lacks DRIFT_MARKER');
  if (args.drifted && args.proven) throw new Error('a drifted report cannot prove clean');
  if (args.body.length > PULL_REQUEST_BODY_MAX_CHARS)
    throw new Error(`the drift dashboard body is over GitHub's ${PULL_REQUEST_BODY_MAX_CHARS} characters`);
  const label = args.label.trim();
  if (label === '' || label !== args.label || label.includes(','))
    throw new ConfigurationError(
      `the drift dashboard label must be one label name, without commas or surrounding spaces, got "${args.label}"`,
    );
}

async function publishOnce(run: Run): Promise<DashboardOutcome> {
  const { github, args } = run;
  const open = await dashboards(github, args.label, 'open', run.gone, args.authors);
  const kept = open[0];
  if (!kept) return args.drifted ? raise(run) : none(run, noneReason(args));
  await closeDuplicates(run, kept, open.slice(1), () => true);
  if (args.proven && args.closeWhenClean) return closeClean(run, kept);
  return editInPlace(run, kept);
}

function noneReason(args: DashboardArgs): string {
  return args.proven
    ? 'no drift, and no dashboard issue is open'
    : 'the report is incomplete (clean is not proven), and no dashboard issue is open to update';
}

/** No dashboard open and drift found: the newest closed one reopened (never a closed duplicate), else a new one. */
async function raise(run: Run): Promise<DashboardOutcome> {
  const { github, args } = run;
  const closed = await dashboards(github, args.label, 'closed', run.gone, args.authors);
  const last = closed.find((i) => i.stateReason !== 'duplicate');
  if (last) {
    const { title, body } = args;
    const changes = { title, body, state: 'open', stateReason: 'reopened' } as const;
    const reopened = await editIssue(github, last.number, changes, 'reopen');
    return converge(run, reopened, 'reopened');
  }
  const created = await createIssue(github, args);
  return 'unknown' in created
    ? converge(run, null, 'created', created.unknown)
    : converge(run, created, 'created');
}

/**
 * After this run opened `ours` (null: a create that may have happened), the open dashboard issues again:
 * the lowest-numbered stays, the others are closed as its duplicates, and it gets the report if it is not
 * ours. A create that may have happened and is not found fails with `unknown`.
 */
async function converge(
  run: Run,
  ours: Issue | null,
  action: 'created' | 'reopened',
  unknown?: GitHubApiError,
): Promise<DashboardOutcome> {
  const listed = await dashboards(run.github, run.args.label, 'open', run.gone, run.args.authors);
  const open = ours && !listed.some((i) => i.number === ours.number) ? [...listed, ours] : listed;
  open.sort((a, b) => a.number - b.number);
  const kept = open[0];
  if (!kept) throw unknown ?? new Error('the drift dashboard issue opened is not open');
  // Each racing run closes the others' issues too (one may have died since), but comments only on its own.
  await closeDuplicates(run, kept, open.slice(1), (i) => i.number === ours?.number);
  if (ours && kept.number === ours.number) return shown(run, action, kept);
  const edited = await editInPlace(run, kept);
  // Not ours, or ours unknown: found after a create that may have happened, with the report already.
  return !ours && edited.action === 'unchanged' ? { ...edited, action: 'created' } : edited;
}

/**
 * Closes each of `duplicates` still open as a duplicate of `kept`, those `commentOn` picks with a comment
 * pointing at it. One another run closed or deleted meanwhile is left alone.
 */
async function closeDuplicates(
  run: Run,
  kept: Issue,
  duplicates: Issue[],
  commentOn: (duplicate: Issue) => boolean,
): Promise<void> {
  for (const duplicate of duplicates) {
    try {
      const now = await currentIssue(run.github, duplicate.number);
      if (now?.state !== 'open') continue;
      const changes = { state: 'closed', stateReason: 'duplicate' } as const;
      await editIssue(run.github, duplicate.number, changes, 'close as a duplicate');
      run.duplicatesClosed.push(duplicate.number);
      run.args.logger.info(`drift dashboard: closed #${duplicate.number} as a duplicate of #${kept.number}`);
      const note = `Closed as a duplicate of #${kept.number}: the drift dashboard is one issue, kept up to date there.`;
      if (commentOn(duplicate)) await comment(run.github, duplicate.number, note);
    } catch (e) {
      if (!(e instanceof IssueGone)) throw e;
    }
  }
}

/** Clean was proven: the report written, the close comment posted, the issue closed as completed. */
async function closeClean(run: Run, kept: Issue): Promise<DashboardOutcome> {
  const { github, args } = run;
  const posted = args.closeComment === '' ? null : await comment(github, kept.number, args.closeComment);
  const changes = { title: args.title, body: args.body, state: 'closed', stateReason: 'completed' } as const;
  const closed = await editIssue(github, kept.number, changes, 'close');
  const duplicatesClosed = [...run.duplicatesClosed];
  return {
    action: 'closed',
    issue: closed.number,
    url: closed.url,
    commentUrl: posted?.url ?? null,
    duplicatesClosed,
  };
}

/** The open dashboard gets the report: no edit when its title and body are the report's already. */
async function editInPlace(run: Run, kept: Issue): Promise<DashboardShown> {
  const { title, body } = run.args;
  if (kept.title === title && kept.body === body) return shown(run, 'unchanged', kept);
  return shown(run, 'updated', await editIssue(run.github, kept.number, { title, body }, 'update'));
}

function shown(run: Run, action: DashboardShown['action'], issue: Issue): DashboardShown {
  return { action, issue: issue.number, url: issue.url, duplicatesClosed: [...run.duplicatesClosed] };
}

function none(run: Run, reason: string): DashboardOutcome {
  return { action: 'none', reason, duplicatesClosed: [...run.duplicatesClosed] };
}

function describe(outcome: DashboardOutcome): string {
  const duplicates = outcome.duplicatesClosed.length
    ? `; closed as duplicates: ${outcome.duplicatesClosed.map((n) => `#${n}`).join(', ')}`
    : '';
  if (outcome.action === 'none') return `drift dashboard: no issue (${outcome.reason})${duplicates}`;
  return `drift dashboard: ${outcome.action} issue #${outcome.issue} (${outcome.url})${duplicates}`;
}
