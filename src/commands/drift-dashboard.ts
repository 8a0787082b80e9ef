import { tickedApprovals } from '../drift/checkboxes.js';
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

export interface DashboardRun {
  report: DriftReport;
  /** The issue body, as published (or as it would be). */
  body: string;
  approvals: ApprovalOutcome[];
  publication: Publication;
}

/** Whether an edit is of the dashboard: its label, and the marker in the body it had. */
export function isDashboardEdit(edit: DashboardEdit, label: string): boolean {
  return edit.labels.includes(label) && edit.before.includes(DRIFT_MARKER);
}

/**
 * The scheduled (or approving) run of the dashboard: the drift now; the boxes ticked by the edit run as
 * approvals (then the drift is read again, since an edge moved); the issue rewritten with the result.
 */
export async function driftDashboard(options: DashboardOptions): Promise<DashboardRun> {
  const config = loadConfig(options.repoDir, options.configFile);
  let report = await drift(options);
  let approvals: ApprovalOutcome[] = [];
  const edit = options.edit && isDashboardEdit(options.edit, config.drift.issue.label) ? options.edit : null;
  if (edit && options.github && options.runApproval) {
    approvals = await runApprovals({
      ticked: tickedApprovals(edit.before, edit.after),
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
    report,
    body,
    approvals,
    publication: await publication(options, config.drift.issue, report, body),
  };
}

const dryRunApproval: RunApproval = async (a, actor) => ({
  ok: true,
  message: `dry run: ${a.kind} ${a.from} → ${a.to} (${a.pendingCount} commits) would run, approved by ${actor}`,
});

async function publication(
  options: DashboardOptions,
  issue: { label: string; title: string; closeWhenClean: boolean },
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
    closeComment:
      'No drift: every edge is in sync and every check ran. Closed; a run that finds drift reopens it.',
    logger: options.logger,
  });
}
