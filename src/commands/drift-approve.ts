import type { Approval, DriftReport } from '../drift/model.js';
import type { Logger } from '../logger.js';
import type { GitHubDashboard } from '../ports/github.js';
import { shortSha } from '../util/short-sha.js';

/** A box ticked on the dashboard, as `tickedApprovals` reads it from the edit. */
export type TickedBox = Pick<Approval, 'kind' | 'from' | 'to' | 'fromSha' | 'toSha'>;

/** What one ticked box led to. */
export type ApprovalOutcome =
  | { state: 'ran'; box: TickedBox; actor: string; ok: boolean; message: string }
  | { state: 'refused'; box: TickedBox; actor: string; message: string }
  | { state: 'stale'; box: TickedBox; actor: string; message: string };

/** The user who edited the issue, as the `issues: edited` event names them. */
export interface Editor {
  login: string;
  /** `User`, `Bot`, `Organization`. */
  type: string;
}

/** Runs an approved promotion (or release) as `actor` through its gates: ok, and a one-line result. */
export type RunApproval = (approval: Approval, actor: string) => Promise<{ ok: boolean; message: string }>;

const APPROVING: readonly string[] = ['admin', 'write'];

/**
 * The ticked boxes of a dashboard edit, each run or not: only a user (never a bot, such as this
 * action rewriting the issue) with write permission counts; a box whose edge has moved since it
 * was written, or has nothing pending now, is stale and does nothing. `report` is the drift now.
 */
export async function runApprovals(args: {
  ticked: readonly TickedBox[];
  editor: Editor;
  github: Pick<GitHubDashboard, 'permissionOf'>;
  report: DriftReport;
  run: RunApproval;
  logger: Logger;
}): Promise<ApprovalOutcome[]> {
  const { editor } = args;
  if (args.ticked.length === 0 || editor.type === 'Bot') return [];
  const permission = await args.github.permissionOf(editor.login);
  const outcomes: ApprovalOutcome[] = [];
  for (const box of args.ticked) {
    const what = `${box.kind} ${box.from} → ${box.to}`;
    if (!APPROVING.includes(permission)) {
      outcomes.push({
        state: 'refused',
        box,
        actor: editor.login,
        message: `${what} not run: ${editor.login} has ${permission} permission on the repository, and approving needs write`,
      });
      continue;
    }
    const current = args.report.approvals.find(
      (a) => a.kind === box.kind && a.from === box.from && a.to === box.to,
    );
    const stale = staleness(box, current);
    if (stale || !current) {
      outcomes.push({ state: 'stale', box, actor: editor.login, message: `${what} not run: ${stale}` });
      continue;
    }
    args.logger.info(`${what} approved by ${editor.login} from the drift dashboard`);
    const result = await args.run(current, editor.login);
    outcomes.push({ state: 'ran', box, actor: editor.login, ...result });
  }
  return outcomes;
}

/** Why a box no longer matches its edge, or null when it does. */
function staleness(box: TickedBox, current: Approval | undefined): string | null {
  if (!current) return `nothing is pending on ${box.from} → ${box.to} now (the box was stale)`;
  if (current.fromSha !== box.fromSha)
    return `${box.from} moved since the box was written (${shortSha(box.fromSha)} → ${shortSha(current.fromSha)}): tick the new box to promote what it has now`;
  if (current.toSha !== box.toSha)
    return `${box.to} moved since the box was written (${shortSha(box.toSha)} → ${shortSha(current.toSha)}): tick the new box`;
  return null;
}

/** One line per outcome, for the dashboard's notice and the log. */
export function approvalNotice(outcomes: readonly ApprovalOutcome[]): string | null {
  if (outcomes.length === 0) return null;
  const icon = (o: ApprovalOutcome) =>
    o.state === 'ran' ? (o.ok ? '✅' : '❌') : o.state === 'stale' ? 'ℹ️' : '⛔';
  return outcomes.map((o) => `${icon(o)} ${o.message}`).join('\n');
}
