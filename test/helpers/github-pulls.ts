/**
 * The fake GitHub's pull requests: created, listed, read, merged. A pull request is an issue (`state.issues`:
 * number, title, body, labels, open/closed) plus a `state.pulls` entry (branches, merge).
 *
 * The fake owns no git. Branches are `state.refs` (name → sha), which tests set: a pull request's head and
 * base shas are those of its branches. Merging runs `server.onMerge`, a hook the test provides to merge for
 * real (e.g. `git merge` in a fixture repository) and return the merge commit's sha, or an Error, which GitHub
 * answers as "not mergeable" (405). Without the hook the merge commit is a made-up sha. Either way the base
 * branch in `state.refs` then points at it.
 */
import {
  errorResult,
  type GitHubState,
  type Handler,
  type HandlerContext,
  type HandlerResult,
  intParam,
  invalidRequest,
  notFound,
  paginate,
  repoApiUrl,
  simpleUser,
  timestamp,
  validationFailed,
} from './github-handlers.js';
import { authorAssociation, type Issue, nextIssueNumber, renderLabels } from './github-issues.js';
import { fakeSha, FULL_SHA, nodeId, renderRepository, repoHtmlUrl } from './github-objects.js';
import type { GitHubServer } from './github-server.js';

export interface PullRequest {
  number: number;
  id: number;
  /** Branch names in this repository (no forks). */
  head: string;
  base: string;
  /** The branches' commits when last known: at creation, then at merge. While open, `state.refs` wins. */
  head_sha: string;
  base_sha: string;
  draft: boolean;
  /** What GitHub computed: `false` makes a merge answer 405; `null` is "not computed yet". */
  mergeable: boolean | null;
  merged_at: string | null;
  merge_commit_sha: string | null;
  /** Login of who merged it. */
  merged_by: string | null;
  /**
   * Commits GitHub associates with it beyond its head and merge commit (the fake owns no git): the
   * commits it carried, as `seedMergedPull` records them, e.g. a rebase merge's rewritten commits.
   */
  commits: string[];
}

/** What `server.onMerge` gets: the pull request being merged, and how. */
export interface PendingMerge {
  number: number;
  title: string;
  head: string;
  base: string;
  head_sha: string;
  base_sha: string;
  merge_method: 'merge' | 'squash' | 'rebase';
  commit_title?: string;
  commit_message?: string;
}

/** Performs a merge for the fake: returns the merge commit's sha, or an Error for a merge that fails. */
export type MergeHook = (merge: PendingMerge) => string | Error | Promise<string | Error>;

const PULL_ID_BASE = 7_000_000_000;

export const pullHandlers: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': getPull,
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': updatePull,
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': mergePull,
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': pullsOfCommit,
};

/**
 * A pull request merged before the test: `head` into `base`, carrying `commits` (shas in the test's git),
 * merged as `merge_commit_sha` (default: the last of `commits`, as a rebase or fast-forward merge leaves it).
 */
export function seedMergedPull(
  server: GitHubServer,
  seed: {
    title: string;
    head: string;
    base: string;
    commits: string[];
    merge_commit_sha?: string;
    merged_at?: string;
  },
): PullRequest {
  const number = nextIssueNumber(server.state);
  const at = seed.merged_at ?? timestamp();
  const last = seed.commits.at(-1);
  if (!last) throw new Error('seedMergedPull: a pull request carries at least one commit');
  server.state.issues.set(number, {
    number,
    title: seed.title,
    body: null,
    labels: [],
    state: 'closed',
    state_reason: null,
    user: 'octocat',
    created_at: at,
    updated_at: at,
    closed_at: at,
    pull_request: true,
  });
  const pull = addPullRecord(server.state, number, seed.head, seed.base);
  Object.assign(pull, {
    head_sha: last,
    merged_at: at,
    merge_commit_sha: seed.merge_commit_sha ?? last,
    merged_by: server.login,
    commits: [...seed.commits],
  } satisfies Partial<PullRequest>);
  return pull;
}

/**
 * GitHub's pull requests associated with a commit: those it is the head or merge commit of, or carried.
 * (GitHub narrows this to the merged one that introduced it once the commit is on the default branch; the
 * fake, owning no git, cannot tell and lists them all, open ones included: clients must filter.)
 */
function pullsOfCommit(ctx: HandlerContext): HandlerResult {
  const { state, server } = ctx;
  const sha = ctx.params.commit_sha!;
  if (!FULL_SHA.test(sha)) throw new Error(`the fake looks up full commit shas only, not '${sha}'`);
  const pulls = [...state.pulls.values()]
    .filter((p) => headSha(state, p) === sha || p.merge_commit_sha === sha || p.commits.includes(sha))
    .sort((a, b) => a.number - b.number);
  return paginate(
    ctx,
    pulls.map((p) => renderPullSimple(server, p.number)),
  );
}

/** The `state.pulls` entry of a pull request whose issue `number` is already in `state.issues`. */
export function addPullRecord(state: GitHubState, number: number, head: string, base: string): PullRequest {
  const pull: PullRequest = {
    number,
    id: PULL_ID_BASE + number,
    head,
    base,
    head_sha: state.refs.get(head) ?? fakeSha(`head of #${number}`),
    base_sha: state.refs.get(base) ?? fakeSha(`base of #${number}`),
    draft: false,
    mergeable: true,
    merged_at: null,
    merge_commit_sha: null,
    merged_by: null,
    commits: [],
  };
  state.pulls.set(number, pull);
  return pull;
}

export function headSha(state: GitHubState, pull: PullRequest): string {
  return pull.merged_at === null ? (state.refs.get(pull.head) ?? pull.head_sha) : pull.head_sha;
}

export function baseSha(state: GitHubState, pull: PullRequest): string {
  return pull.merged_at === null ? (state.refs.get(pull.base) ?? pull.base_sha) : pull.base_sha;
}

type CreateBody = Partial<
  Record<'title' | 'head' | 'base' | 'body' | 'draft' | 'issue' | 'head_repo', unknown>
>;

function createPull(ctx: HandlerContext): HandlerResult {
  const { state, server } = ctx;
  const body = (ctx.body ?? {}) as CreateBody;
  if (body.issue !== undefined || body.head_repo !== undefined) {
    throw new Error("the fake does not implement 'issue' and 'head_repo'");
  }
  if (typeof body.head !== 'string' || typeof body.base !== 'string') {
    return invalidRequest(ctx, '"head" and "base" are required.');
  }
  const invalid = (field: string, code = 'invalid') =>
    validationFailed(ctx, { resource: 'PullRequest', field, code });
  const custom = (message: string) =>
    validationFailed(ctx, { resource: 'PullRequest', code: 'custom', message });
  if (typeof body.title !== 'string') return invalid('title', 'missing_field');
  const [headOwner, head] = body.head.includes(':') ? body.head.split(/:(.*)/s) : [server.owner, body.head];
  const base = body.base;
  if (headOwner?.toLowerCase() !== server.owner.toLowerCase() || !head || !state.refs.has(head)) {
    return invalid('head');
  }
  if (!state.refs.has(base)) return invalid('base');
  const open = [...state.pulls.values()].find(
    (p) => p.head === head && p.base === base && state.issues.get(p.number)?.state === 'open',
  );
  if (open) return custom(`A pull request already exists for ${server.owner}:${head}.`);
  if (state.refs.get(head) === state.refs.get(base)) return custom(`No commits between ${base} and ${head}`);
  const now = timestamp();
  const number = nextIssueNumber(state);
  state.issues.set(number, {
    number,
    title: body.title,
    body: typeof body.body === 'string' ? body.body : null,
    labels: [],
    state: 'open',
    state_reason: null,
    user: server.login,
    created_at: now,
    updated_at: now,
    closed_at: null,
    pull_request: true,
  });
  const pull = addPullRecord(state, number, head, base);
  pull.draft = body.draft === true;
  const rendered = renderPull(server, number);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

/** Open ones by default; `head` is `owner:branch` (or just `owner`), `base` a branch; newest first. */
function listPulls(ctx: HandlerContext): HandlerResult {
  const { state, server } = ctx;
  const { state: wanted = 'open', head, base, sort = 'created' } = ctx.query;
  if (sort !== 'created' && sort !== 'updated') throw new Error(`the fake does not implement sort=${sort}`);
  const direction = ctx.query.direction ?? (sort === 'created' ? 'desc' : 'asc');
  const [headOwner, headBranch] = head?.includes(':') ? head.split(/:(.*)/s) : [head, undefined];
  const time = (n: number) =>
    Date.parse(state.issues.get(n)?.[sort === 'updated' ? 'updated_at' : 'created_at'] ?? '');
  // No forks: a head in another owner's repository matches nothing.
  const otherOwner = headOwner !== undefined && headOwner.toLowerCase() !== server.owner.toLowerCase();
  const pulls = [...state.pulls.values()]
    .filter((p) => !otherOwner && (wanted === 'all' || state.issues.get(p.number)?.state === wanted))
    .filter((p) => headBranch === undefined || p.head === headBranch)
    .filter((p) => base === undefined || p.base === base)
    .sort(
      (a, b) => (time(a.number) - time(b.number) || a.number - b.number) * (direction === 'asc' ? 1 : -1),
    );
  return paginate(
    ctx,
    pulls.map((p) => renderPullSimple(server, p.number)),
  );
}

function getPull(ctx: HandlerContext): HandlerResult {
  const number = intParam(ctx, 'pull_number');
  return ctx.state.pulls.has(number) ? { status: 200, body: renderPull(ctx.server, number) } : notFound(ctx);
}

/** Title and body only; the fake does not implement changing `state`, `base` or `maintainer_can_modify`. */
function updatePull(ctx: HandlerContext): HandlerResult {
  const number = intParam(ctx, 'pull_number');
  const issue = ctx.state.issues.get(number);
  if (!ctx.state.pulls.has(number) || !issue) return notFound(ctx);
  const body = (ctx.body ?? {}) as Partial<Record<string, unknown>>;
  const unsupported = Object.keys(body).filter((k) => k !== 'title' && k !== 'body');
  if (unsupported.length > 0)
    throw new Error(`the fake does not implement updating ${unsupported.join(', ')}`);
  if (typeof body.title === 'string') issue.title = body.title;
  if (typeof body.body === 'string' || body.body === null) issue.body = body.body;
  issue.updated_at = timestamp();
  return { status: 200, body: renderPull(ctx.server, number) };
}

type MergeBody = Partial<Record<'sha' | 'merge_method' | 'commit_title' | 'commit_message', string>>;

/** 405 for a closed or unmergeable pull request, 409 when `sha` is not the head's; then `server.onMerge`. */
async function mergePull(ctx: HandlerContext): Promise<HandlerResult> {
  const { state, server } = ctx;
  const number = intParam(ctx, 'pull_number');
  const pull = state.pulls.get(number);
  const issue = state.issues.get(number);
  if (!pull || !issue) return notFound(ctx);
  const body = (ctx.body ?? {}) as MergeBody;
  const notMergeable = (message = 'Pull Request is not mergeable') => errorResult(405, message, ctx.docsUrl);
  if (issue.state !== 'open') return notMergeable();
  const head = headSha(state, pull);
  if (body.sha !== undefined && body.sha !== head) {
    return errorResult(409, 'Head branch was modified. Review and try the merge again.', ctx.docsUrl);
  }
  if (pull.mergeable === false) return notMergeable();
  const merge: PendingMerge = {
    number,
    title: issue.title,
    head: pull.head,
    base: pull.base,
    head_sha: head,
    base_sha: baseSha(state, pull),
    merge_method: (body.merge_method as PendingMerge['merge_method'] | undefined) ?? 'merge',
    ...(body.commit_title !== undefined && { commit_title: body.commit_title }),
    ...(body.commit_message !== undefined && { commit_message: body.commit_message }),
  };
  const result = server.onMerge ? await server.onMerge(merge) : fakeSha(`merge of #${number} at ${head}`);
  if (result instanceof Error) return notMergeable(result.message);
  if (!FULL_SHA.test(result)) throw new Error(`onMerge returned '${result}', not a full commit sha`);
  const now = timestamp();
  Object.assign(pull, {
    head_sha: head,
    base_sha: merge.base_sha,
    merged_at: now,
    merge_commit_sha: result,
    merged_by: server.login,
  });
  Object.assign(issue, { state: 'closed', closed_at: now, updated_at: now } satisfies Partial<Issue>);
  state.refs.set(pull.base, result);
  return { status: 200, body: { sha: result, merged: true, message: 'Pull Request successfully merged' } };
}

/** GitHub's `pull-request-simple` (the list's entries). */
function renderPullSimple(server: GitHubServer, number: number): Record<string, unknown> {
  const { state } = server;
  const pull = state.pulls.get(number);
  const issue = state.issues.get(number);
  if (!pull || !issue) throw new Error(`pull request #${number} is not in the fake's state`);
  const api = repoApiUrl(server);
  const url = `${api}/pulls/${number}`;
  const html = `${repoHtmlUrl(server)}/pull/${number}`;
  const head = headSha(state, pull);
  const end = (ref: string, sha: string) => ({
    label: `${server.owner}:${ref}`,
    ref,
    repo: renderRepository(server, true),
    sha,
    user: simpleUser(server, server.owner),
  });
  const links = {
    self: url,
    html,
    issue: `${api}/issues/${number}`,
    comments: `${api}/issues/${number}/comments`,
    review_comments: `${url}/comments`,
    review_comment: `${api}/pulls/comments{/number}`,
    commits: `${url}/commits`,
    statuses: `${api}/statuses/${head}`,
  };
  return {
    url,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: links.issue,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: simpleUser(server, issue.user),
    body: issue.body,
    labels: renderLabels(server, issue.labels),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: end(pull.head, head),
    base: end(pull.base, baseSha(state, pull)),
    _links: Object.fromEntries(Object.entries(links).map(([k, href]) => [k, { href }])),
    author_association: authorAssociation(server, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** GitHub's `pull-request`. The fake owns no git: the diff counts are made up (one commit, no changes). */
function renderPull(server: GitHubServer, number: number): Record<string, unknown> & { url: string } {
  const simple = renderPullSimple(server, number) as Record<string, unknown> & { url: string };
  const pull = server.state.pulls.get(number) as PullRequest;
  const open = simple.state === 'open';
  const mergeable = open ? pull.mergeable : null;
  return {
    ...simple,
    merged: pull.merged_at !== null,
    mergeable,
    rebaseable: mergeable,
    mergeable_state: mergeable === true ? 'clean' : mergeable === false ? 'dirty' : 'unknown',
    merged_by: pull.merged_by === null ? null : simpleUser(server, pull.merged_by),
    comments: server.state.comments.get(number)?.length ?? 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
