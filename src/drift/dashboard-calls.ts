/**
 * The GitHub calls of the drift dashboard issue (dashboard-issue.ts), each failure a GitHubApiError naming
 * what was being done and the permission it takes. An issue deleted (410) or gone out of reach (404)
 * since it was listed is an `IssueGone`, which the lifecycle answers by looking again.
 */
import { gitHubError, type GitHubApiError, type Permission } from '../github/errors.js';
import { isAmbiguousFailure } from '../github/retry.js';
import type { GitHubDashboard, GitHubIssues, Issue, IssueComment } from '../ports/github.js';
import { DRIFT_MARKER } from './model.js';

/** What the token needs for every step of the dashboard, listing included. */
export const DASHBOARD_PERMISSION: Permission = 'issues: write';

/** The ports the dashboard issue uses: the issue itself, and the comments it is closed with. */
export type DashboardGitHub = GitHubDashboard & Pick<GitHubIssues, 'createComment' | 'listComments'>;

type IssueChanges = Parameters<GitHubDashboard['updateIssue']>[1];

/** An issue that was listed and is no more (deleted: 410; moved or hidden: 404). */
export class IssueGone extends Error {
  constructor(
    readonly number: number,
    readonly error: GitHubApiError,
  ) {
    super(error.message);
    this.name = 'IssueGone';
  }
}

const isGone = (e: unknown) => [404, 410].includes((e as { status?: number } | null)?.status ?? 0);

function failed(e: unknown, action: string, issue: number): Error {
  const error = gitHubError(e, action, DASHBOARD_PERMISSION);
  return isGone(e) ? new IssueGone(issue, error) : error;
}

/**
 * The dashboard issues in `state`: labelled `label` (GitHub's filter, checked again here) with the marker
 * in their body, none of `gone`; open ones oldest first (the lowest number is the dashboard), closed ones
 * newest first (the one to reopen).
 */
/**
 * Whether an issue's author can be the dashboard's: a GitHub App (`github-actions[bot]`, the App whose
 * token runs the workflow) or a login the config names (`drift.issue.authors`, for a person's token).
 * An issue anybody opened, with the marker and the label a triager added, is never the dashboard.
 */
export function isDashboardAuthor(author: string | null, authors: readonly string[]): boolean {
  if (!author) return false;
  const login = author.toLowerCase();
  return login.endsWith('[bot]') || authors.some((a) => a.toLowerCase() === login);
}

export async function dashboards(
  github: DashboardGitHub,
  label: string,
  state: 'open' | 'closed',
  gone: ReadonlySet<number>,
  authors: readonly string[] = [],
): Promise<Issue[]> {
  const listed = await github.listLabelledIssues(label, state).catch((e: unknown) => {
    throw gitHubError(e, `list the ${state} issues labelled ${label}`, DASHBOARD_PERMISSION);
  });
  const wanted = label.toLowerCase();
  return listed
    .filter((i) => i.state === state && !gone.has(i.number) && i.body.includes(DRIFT_MARKER))
    .filter((i) => i.labels.some((l) => l.toLowerCase() === wanted))
    .filter((i) => isDashboardAuthor(i.author, authors))
    .sort((a, b) => (state === 'open' ? a.number - b.number : b.number - a.number));
}

/** The issue now, or null when it is gone. */
export async function currentIssue(github: DashboardGitHub, number: number): Promise<Issue | null> {
  return github.getIssue(number).catch((e: unknown) => {
    throw gitHubError(e, `read issue #${number}`, DASHBOARD_PERMISSION);
  });
}

export async function editIssue(
  github: DashboardGitHub,
  number: number,
  changes: IssueChanges,
  action: string,
): Promise<Issue> {
  return github.updateIssue(number, changes).catch((e: unknown) => {
    throw failed(e, `${action} issue #${number}`, number);
  });
}

/** The new issue, or `unknown` when GitHub may have created it (5xx, timeout): the caller lists to find out. */
export async function createIssue(
  github: DashboardGitHub,
  args: { title: string; body: string; label: string },
): Promise<Issue | { unknown: GitHubApiError }> {
  const action = `create the drift dashboard issue (label ${args.label})`;
  try {
    return await github.createIssue({ title: args.title, body: args.body, labels: [args.label] });
  } catch (e) {
    if (isAmbiguousFailure(e)) return { unknown: gitHubError(e, action, DASHBOARD_PERMISSION) };
    throw gitHubError(e, action, DASHBOARD_PERMISSION);
  }
}

/**
 * Posts a comment. After a failure that may have posted it (5xx, timeout), the issue's comments are
 * read: when the newest has this very body, it is taken as posted, so a retry never posts it twice.
 */
export async function comment(github: DashboardGitHub, number: number, body: string): Promise<IssueComment> {
  const action = `comment on issue #${number}`;
  try {
    return await github.createComment(number, body);
  } catch (e) {
    if (!isAmbiguousFailure(e)) throw failed(e, action, number);
    const comments = await github.listComments(number).catch((again: unknown) => {
      throw failed(again, `list the comments on issue #${number}`, number);
    });
    const newest = comments.at(-1);
    if (newest?.body === body) return newest;
    throw failed(e, action, number);
  }
}
