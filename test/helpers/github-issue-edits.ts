/**
 * The fake GitHub's single issues: created, read, edited (title, body, labels, open/closed with GitHub's
 * state reasons), and deleted by a test (`deleteIssue`: GitHub then answers 410 Gone, and the issue leaves the
 * lists). Listing and labelling are in github-issues.ts.
 */
import {
  errorResult,
  type Handler,
  type HandlerContext,
  type HandlerResult,
  intParam,
  invalidRequest,
  notFound,
  timestamp,
  validationFailed,
} from './github-handlers.js';
import { type Issue, nextIssueNumber, renderIssue } from './github-issues.js';
import type { GitHubServer } from './github-server.js';

/** GitHub rejects longer issue bodies with 422, as it does comments. */
export const MAX_ISSUE_BODY = 65_536;

export const issueEditHandlers: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': getIssue,
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': updateIssue,
};

/** Deletes an issue as a repository admin would: GET and PATCH answer 410 from then on. */
export function deleteIssue(server: GitHubServer, number: number): void {
  const issue = server.state.issues.get(number);
  if (!issue || issue.pull_request) throw new Error(`the fake has no issue #${number} to delete`);
  server.state.issues.delete(number);
  server.state.comments.delete(number);
  server.state.deletedIssues.add(number);
}

type Fields = Record<string, unknown>;

/** Fields GitHub takes that the fake does not implement: a test relying on one must not pass by accident. */
function rejectUnsupportedFields(body: Fields, names: string[]): void {
  for (const name of names) {
    if (body[name] !== undefined) throw new Error(`the fake does not implement the '${name}' field`);
  }
}

/** By the token's user, who may set labels (a workflow's GITHUB_TOKEN has push access). */
function createIssue(ctx: HandlerContext): HandlerResult {
  const body = (ctx.body ?? {}) as Fields;
  rejectUnsupportedFields(body, ['assignee', 'assignees', 'milestone', 'type', 'issue_field_values']);
  if (body.title === undefined || body.title === '') return invalidRequest(ctx, '"title" wasn\'t supplied.');
  const text = body.body === undefined ? null : (body.body as string);
  const tooLong = bodyTooLong(ctx, text);
  if (tooLong) return tooLong;
  const now = timestamp();
  const issue: Issue = {
    number: nextIssueNumber(ctx.state),
    title: String(body.title),
    body: text,
    labels: labelNames(body.labels),
    state: 'open',
    state_reason: null,
    user: ctx.server.login,
    created_at: now,
    updated_at: now,
    closed_at: null,
    pull_request: false,
  };
  ctx.state.issues.set(issue.number, issue);
  const rendered = renderIssue(ctx.server, issue);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

/** Issues and pull requests alike (a pull request is an issue, with a `pull_request` key). */
function getIssue(ctx: HandlerContext): HandlerResult {
  const found = findIssue(ctx);
  return 'status' in found ? found : { status: 200, body: renderIssue(ctx.server, found) };
}

/**
 * Title, body, labels (replaced) and state. `state_reason` counts only when `state` changes (GitHub:
 * "Ignored unless `state` is changed"): closing defaults it to `completed`, reopening makes it `reopened`.
 */
function updateIssue(ctx: HandlerContext): HandlerResult {
  const found = findIssue(ctx);
  if ('status' in found) return found;
  if (found.pull_request) throw new Error('the fake does not implement editing a pull request as an issue');
  const body = (ctx.body ?? {}) as Fields;
  const unsupported = [
    'assignee',
    'assignees',
    'milestone',
    'duplicate_issue_id',
    'type',
    'issue_field_values',
  ];
  rejectUnsupportedFields(body, unsupported);
  if (body.title === null || body.title === '')
    throw new Error('the fake does not implement clearing a title');
  const tooLong = bodyTooLong(ctx, (body.body as string | null | undefined) ?? null);
  if (tooLong) return tooLong;
  if (body.title !== undefined) found.title = String(body.title);
  if (body.body !== undefined) found.body = body.body as string | null;
  if (body.labels !== undefined) found.labels = labelNames(body.labels);
  const state = body.state as Issue['state'] | undefined;
  if (state !== undefined && state !== found.state) changeState(found, state, body.state_reason);
  found.updated_at = timestamp();
  return { status: 200, body: renderIssue(ctx.server, found) };
}

function changeState(issue: Issue, state: Issue['state'], reason: unknown): void {
  if (state === 'closed') {
    if (reason === 'reopened') throw new Error("the fake does not implement closing as 'reopened'");
    issue.state_reason = (reason as Issue['state_reason'] | undefined) ?? 'completed';
    issue.closed_at = timestamp();
  } else {
    if (reason !== undefined && reason !== null && reason !== 'reopened')
      throw new Error(`the fake does not implement reopening as '${String(reason)}'`);
    issue.state_reason = 'reopened';
    issue.closed_at = null;
  }
  issue.state = state;
}

/** The issue of the path, or GitHub's 404 (never was) or 410 (deleted). */
function findIssue(ctx: HandlerContext): Issue | HandlerResult {
  const number = intParam(ctx, 'issue_number');
  if (ctx.state.deletedIssues.has(number)) return errorResult(410, 'This issue was deleted', ctx.docsUrl);
  return ctx.state.issues.get(number) ?? notFound(ctx);
}

function bodyTooLong(ctx: HandlerContext, body: string | null): HandlerResult | null {
  // GitHub counts characters, not UTF-16 code units.
  if (body === null || [...body].length <= MAX_ISSUE_BODY) return null;
  return validationFailed(ctx, {
    resource: 'Issue',
    code: 'custom',
    field: 'body',
    message: `body is too long (maximum is ${MAX_ISSUE_BODY} characters)`,
  });
}

/** Label names (`name` or `{name}`), the first spelling of each kept: GitHub matches them case-insensitively. */
function labelNames(labels: unknown): string[] {
  const names = (Array.isArray(labels) ? labels : []).map((l: unknown) =>
    typeof l === 'object' && l !== null ? String((l as { name?: unknown }).name) : String(l),
  );
  return names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
}
