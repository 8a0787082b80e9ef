/**
 * The fake GitHub's issues: listed with their labels. Every pull request is an issue too (same numbers, a
 * `pull_request` key in the issue list); tests seed issues with `seedIssue`, pull requests come from
 * github-pulls.ts or `seedIssue(…, {pull_request: true})`.
 */
import {
  type GitHubState,
  type Handler,
  type HandlerContext,
  type HandlerResult,
  intParam,
  invalidRequest,
  nextId,
  notFound,
  paginate,
  rejectUnsupportedQuery,
  repoApiUrl,
  simpleUser,
  timestamp,
} from './github-handlers.js';
import { nodeId, repoHtmlUrl } from './github-objects.js';
import { addPullRecord } from './github-pulls.js';
import type { GitHubServer } from './github-server.js';

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  /** Label names. */
  labels: string[];
  state: 'open' | 'closed';
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  /** Login of the author. */
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Whether it is a pull request (which then has a `state.pulls` entry). */
  pull_request: boolean;
}

/** Ids far from numbers, so that a client mixing them up gets 404s. */
const ISSUE_ID_BASE = 6_000_000_000;

export const issueHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': addLabels,
};

/**
 * Adds an issue (open, by `octocat`, unless told otherwise) with the next number. With `pull_request`, it is a
 * pull request from `head` (default `issue-<number>`) into `base` (default the default branch).
 */
export function seedIssue(
  server: GitHubServer,
  seed: {
    title: string;
    labels?: string[];
    state?: 'open' | 'closed';
    pull_request?: boolean | { head?: string; base?: string };
    body?: string | null;
    user?: string;
    created_at?: string;
  },
): Issue {
  const number = nextIssueNumber(server.state);
  const created = seed.created_at ?? timestamp();
  const closed = seed.state === 'closed';
  const issue: Issue = {
    number,
    title: seed.title,
    body: seed.body ?? null,
    labels: seed.labels ?? [],
    state: closed ? 'closed' : 'open',
    state_reason: closed && !seed.pull_request ? 'completed' : null,
    user: seed.user ?? 'octocat',
    created_at: created,
    updated_at: created,
    closed_at: closed ? created : null,
    pull_request: Boolean(seed.pull_request),
  };
  server.state.issues.set(number, issue);
  if (seed.pull_request) {
    const ends = typeof seed.pull_request === 'object' ? seed.pull_request : {};
    addPullRecord(
      server.state,
      number,
      ends.head ?? `issue-${number}`,
      ends.base ?? server.state.defaultBranch,
    );
  }
  return issue;
}

/** Above every issue, pull request and deleted issue: GitHub never gives a number twice. */
export function nextIssueNumber(state: GitHubState): number {
  return nextId([...state.issues.keys(), ...state.deletedIssues], 1);
}

/** Open issues and pull requests by default; `labels` is comma-separated, and an issue must have them all. */
function listIssues(ctx: HandlerContext): HandlerResult {
  rejectUnsupportedQuery(ctx, [
    'milestone',
    'assignee',
    'type',
    'creator',
    'mentioned',
    'issue_field_values',
  ]);
  const { state = 'open', labels, since, sort = 'created', direction = 'desc' } = ctx.query;
  const wanted = (labels ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const sinceMs = since === undefined ? undefined : Date.parse(since);
  const comments = (i: Issue) => ctx.state.comments.get(i.number)?.length ?? 0;
  const key = (i: Issue) =>
    sort === 'comments' ? comments(i) : Date.parse(sort === 'updated' ? i.updated_at : i.created_at);
  const issues = [...ctx.state.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
    .filter((i) => sinceMs === undefined || Date.parse(i.updated_at) >= sinceMs)
    .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (direction === 'asc' ? 1 : -1));
  return paginate(
    ctx,
    issues.map((i) => renderIssue(ctx.server, i)),
  );
}

/**
 * Adds labels to an issue or pull request (`{labels: [name | {name}]}`), keeping its others, and answers
 * all of them. GitHub matches label names case-insensitively: one it has in another case is no change.
 * The fake keeps no repository labels: a new name is one GitHub would create.
 */
function addLabels(ctx: HandlerContext): HandlerResult {
  const issue = ctx.state.issues.get(intParam(ctx, 'issue_number'));
  if (!issue) return notFound(ctx);
  const body = (ctx.body ?? {}) as { labels?: unknown };
  if (Array.isArray(ctx.body)) throw new Error('the fake does not implement a bare array of labels');
  const names = Array.isArray(body.labels)
    ? body.labels.map((l: unknown) =>
        typeof l === 'object' && l !== null ? (l as { name?: unknown }).name : l,
      )
    : [];
  if (names.length === 0 || names.some((n) => typeof n !== 'string'))
    return invalidRequest(ctx, 'No subschema in "oneOf" matched.');
  for (const name of names as string[]) {
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
  }
  issue.updated_at = timestamp();
  return { status: 200, body: renderLabels(ctx.server, issue.labels) };
}

/** GitHub's `issue`. */
export function renderIssue(server: GitHubServer, issue: Issue): Record<string, unknown> {
  const api = repoApiUrl(server);
  const n = issue.number;
  const pull = issue.pull_request ? server.state.pulls.get(n) : undefined;
  const html = `${repoHtmlUrl(server)}/${issue.pull_request ? 'pull' : 'issues'}/${n}`;
  return {
    id: ISSUE_ID_BASE + n,
    node_id: nodeId(issue.pull_request ? 'PR' : 'I', n),
    url: `${api}/issues/${n}`,
    repository_url: api,
    labels_url: `${api}/issues/${n}/labels{/name}`,
    comments_url: `${api}/issues/${n}/comments`,
    events_url: `${api}/issues/${n}/events`,
    html_url: html,
    number: n,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(server, issue.user),
    labels: renderLabels(server, issue.labels),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: server.state.comments.get(n)?.length ?? 0,
    ...(issue.pull_request && {
      pull_request: {
        url: `${api}/pulls/${n}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: pull?.merged_at ?? null,
      },
      draft: pull?.draft ?? false,
    }),
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    timeline_url: `${api}/issues/${n}/timeline`,
    performed_via_github_app: null,
    author_association: authorAssociation(server, issue.user),
  };
}

/**
 * GitHub's `label`s. The fake keeps no label descriptions: `''`, since `pull-request-simple` (unlike `issue`
 * and `pull-request`) does not allow the `null` GitHub sends for a label without one.
 */
export function renderLabels(server: GitHubServer, names: string[]): Record<string, unknown>[] {
  return names.map((name) => {
    const id = 8_000_000_000 + [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000_000, 7);
    return {
      id,
      node_id: nodeId('LA', id),
      url: `${repoApiUrl(server)}/labels/${encodeURIComponent(name)}`,
      name,
      description: '',
      color: 'ededed',
      default: false,
    };
  });
}

export function authorAssociation(server: GitHubServer, login: string): string {
  return login.toLowerCase() === server.owner.toLowerCase() ? 'OWNER' : 'NONE';
}
