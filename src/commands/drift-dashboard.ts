import { tickedApprovals } from '../drift/checkboxes.js';
import { isDashboardAuthor } from '../drift/dashboard-calls.js';
import { publishDashboard, type DashboardOutcome } from '../drift/dashboard-issue.js';
import { DRIFT_MARKER, type DriftReport } from '../drift/model.js';
import { loadConfig } from '../gitops/config.js';
import type { GitHubPort } from '../ports/github.js';
import { renderDriftMarkdown } from '../report/drift-report.js';
import {
  approvalNotice,
  runApprovals,
  type ApprovalOutcome,
  type Editor,
  type RunApproval,
} from './drift-approve.js';
import { drift, type DriftOptions } from './drift.js';

/** An `issues: edited` event: the body before and after, and who edited it. */
export interface DashboardEdit {
  issue: number;
  labels: readonly string[];
  /** Who opened the issue (the dashboard is a GitHub App's, or a login of `drift.issue.authors`). */
  author: string | null;
  before: string;
  after: string;
  editor: Editor;
}

export interface DashboardOptions extends Omit<DriftOptions, 'github'> {
  github: GitHubPort | null;
  /** Create, edit, close or reopen the dashboard issue (needs `github`). */
  publish: boolean;
  /** Compute and render everything, write nothing: no promotion, no issue. */
  dryRun: boolean;
  /** The edit that triggered this run, when it did: its ticked boxes are approvals. */
  edit?: DashboardEdit;
  /** Runs an approved promotion or release (the adapter builds it with its settings). */
  runApproval?: RunApproval;
  links?: { repoUrl?: string | undefined; reportUrl?: string | undefined };
}

export type Publication = DashboardOutcome | { action: 'not-published'; reason: string };

/** An edit that approves nothing: no report is made, nothing is written. */
export interface NothingToDo {
  state: 'nothing-to-do';
  reason: string;
}

export interface DashboardRun {
  state: 'ran';
  report: DriftReport;
  /** The issue body, as published (or as it would be). */
  body: string;
  approvals: ApprovalOutcome[];
  publication: Publication;
}

/** Whether an edit is of the dashboard: its label (in any case), the marker in the body it had, its author. */
export function isDashboardEdit(
  edit: DashboardEdit,
  issue: { label: string; authors: readonly string[] },
): boolean {
  const label = issue.label.toLowerCase();
  return (
    edit.labels.some((l) => l.toLowerCase() === label) &&
    edit.before.includes(DRIFT_MARKER) &&
    isDashboardAuthor(edit.author, issue.authors)
  );
}

/**
 * The scheduled (or approving) run of the dashboard: the drift now; the boxes ticked by the edit run as
 * approvals (then the drift is read again, since an edge moved); the issue rewritten with the result.
 */
export async function driftDashboard(options: DashboardOptions): Promise<DashboardRun | NothingToDo> {
  const config = loadConfig(options.repoDir, options.configFile);
  const edit = options.edit && isDashboardEdit(options.edit, config.drift.issue) ? options.edit : null;
  const ticked = edit ? tickedApprovals(edit.before, edit.after) : [];
  if (options.edit && ticked.length === 0) return untouched(options.edit, edit !== null);
  let report = await drift(options);
  let approvals: ApprovalOutcome[] = [];
  if (edit && options.github && options.runApproval) {
    approvals = await runApprovals({
      ticked,
      editor: edit.editor,
      github: options.github,
      report,
      run: options.dryRun ? dryRunApproval : options.runApproval,
      logger: options.logger,
    });
    if (approvals.some((a) => a.state === 'ran' && a.ok)) report = await drift(options);
  }
  const body = renderDriftMarkdown(report, {
    repoUrl: options.links?.repoUrl ?? null,
    reportUrl: options.links?.reportUrl ?? null,
    notice: approvalNotice(approvals),
  });
  return {
    state: 'ran',
    report,
    body,
    approvals,
    publication: await publication(options, config.drift.issue, report, body),
  };
}

/**
 * An edit that ticked no box (or not of the dashboard) changes nothing: rewriting the issue would be
 * an edit again, a loop of runs when the token is a person's.
 */
function untouched(edit: DashboardEdit, ofDashboard: boolean): NothingToDo {
  return {
    state: 'nothing-to-do',
    reason: ofDashboard
      ? `the edit of issue #${edit.issue} ticked no box: the dashboard is left as it is`
      : `issue #${edit.issue} is not the drift dashboard (its label, marker and author): nothing to do`,
  };
}

const dryRunApproval: RunApproval = async (a, actor) => ({
  ok: true,
  message: `dry run: ${a.kind} ${a.from} → ${a.to} (${a.pendingCount} commits) would run, approved by ${actor}`,
});

async function publication(
  options: DashboardOptions,
  issue: { label: string; title: string; closeWhenClean: boolean; authors: readonly string[] },
  report: DriftReport,
  body: string,
): Promise<Publication> {
  if (!options.publish) return { action: 'not-published', reason: 'publishing was not asked' };
  if (options.dryRun) return { action: 'not-published', reason: 'dry run: the issue was not written' };
  if (!options.github) return { action: 'not-published', reason: 'no GitHub token and repository' };
  return publishDashboard(options.github, {
    label: issue.label,
    title: issue.title,
    body,
    drifted: report.drifted,
    proven: report.complete && !report.drifted,
    closeWhenClean: issue.closeWhenClean,
    authors: issue.authors,
    closeComment:
      'No drift: every edge is in sync and every check ran. Closed; a run that finds drift reopens it.',
    logger: options.logger,
  });
}
