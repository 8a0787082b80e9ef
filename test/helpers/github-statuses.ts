/** The fake GitHub's commit statuses: created per sha, read per ref, combined per context. */
import {
  errorResult,
  type Handler,
  type HandlerContext,
  type HandlerResult,
  invalidRequest,
  nextId,
  notFound,
  paginate,
  repoApiUrl,
  simpleUser,
  timestamp,
} from './github-handlers.js';
import { FULL_SHA, nodeId, renderRepository } from './github-objects.js';
import { resolveCommit } from './github-refs.js';
import type { GitHubServer } from './github-server.js';

export type CommitStatusState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatus {
  id: number;
  sha: string;
  state: CommitStatusState;
  context: string;
  description: string | null;
  target_url: string | null;
  /** Login of the author. */
  creator: string;
  created_at: string;
  updated_at: string;
}

const STATES: readonly string[] = ['error', 'failure', 'pending', 'success'];
const FIRST_STATUS_ID = 3_000_001;

export const statusHandlers: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/statuses/{sha}': createStatus,
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses': listStatuses,
  'GET /repos/{owner}/{repo}/commits/{ref}/status': combinedStatus,
};

function createStatus(ctx: HandlerContext): HandlerResult {
  const sha = ctx.params.sha ?? '';
  // GitHub's 422 here is not in the description (201 only): the contract check reports it too.
  if (!FULL_SHA.test(sha)) return errorResult(422, `No commit found for SHA: ${sha}`, ctx.docsUrl);
  const body = (ctx.body ?? {}) as Partial<
    Record<'state' | 'context' | 'description' | 'target_url', unknown>
  >;
  if (typeof body.state !== 'string' || !STATES.includes(body.state)) {
    return invalidRequest(ctx, `"state" must be one of ${STATES.join(', ')}.`);
  }
  const now = timestamp();
  const status: CommitStatus = {
    id: nextId(
      ctx.state.statuses.map((s) => s.id),
      FIRST_STATUS_ID,
    ),
    sha: sha.toLowerCase(),
    state: body.state as CommitStatusState,
    context: typeof body.context === 'string' ? body.context : 'default',
    description: typeof body.description === 'string' ? body.description : null,
    target_url: typeof body.target_url === 'string' ? body.target_url : null,
    creator: ctx.server.login,
    created_at: now,
    updated_at: now,
  };
  ctx.state.statuses.push(status);
  const rendered = renderStatus(ctx.server, status);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

/** Every status of the commit, newest first ("the first status in the list will be the latest one"). */
function listStatuses(ctx: HandlerContext): HandlerResult {
  const sha = resolveCommit(ctx.state, ctx.params.ref ?? '');
  // GitHub answers 422 "No commit found for SHA"; neither status endpoint documents it, 404 is generic.
  if (sha === undefined) return notFound(ctx);
  const statuses = statusesOf(ctx.server, sha).reverse();
  return paginate(
    ctx,
    statuses.map((s) => renderStatus(ctx.server, s)),
  );
}

/**
 * The latest status of each context (contexts are case-insensitive), and their combined state: `failure` if
 * any is `error` or `failure`, `pending` if there is none or any is `pending`, `success` otherwise.
 */
function combinedStatus(ctx: HandlerContext): HandlerResult {
  const sha = resolveCommit(ctx.state, ctx.params.ref ?? '');
  if (sha === undefined) return notFound(ctx);
  const latest = latestPerContext(ctx.server, sha);
  const page = paginate(
    ctx,
    latest.map((s) => renderSimpleStatus(ctx.server, s)),
  );
  const api = repoApiUrl(ctx.server);
  const body = {
    state: combinedState(latest.map((s) => s.state)),
    statuses: page.body,
    sha,
    total_count: latest.length,
    repository: renderRepository(ctx.server),
    commit_url: `${api}/commits/${sha}`,
    url: `${api}/commits/${sha}/status`,
  };
  return { ...page, body };
}

export function combinedState(states: CommitStatusState[]): CommitStatusState {
  if (states.some((s) => s === 'error' || s === 'failure')) return 'failure';
  if (states.length === 0 || states.some((s) => s === 'pending')) return 'pending';
  return 'success';
}

function statusesOf(server: GitHubServer, sha: string): CommitStatus[] {
  return server.state.statuses.filter((s) => s.sha === sha).sort((a, b) => a.id - b.id);
}

/** The latest status of each context of a commit, by ascending id. */
export function latestPerContext(server: GitHubServer, sha: string): CommitStatus[] {
  const latest = new Map<string, CommitStatus>();
  for (const s of statusesOf(server, sha)) latest.set(s.context.toLowerCase(), s);
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

/** GitHub's `status`. */
function renderStatus(server: GitHubServer, status: CommitStatus): Record<string, unknown> {
  return { ...renderSimpleStatus(server, status), creator: simpleUser(server, status.creator) };
}

/** GitHub's `simple-commit-status`: an entry of the combined status. */
function renderSimpleStatus(server: GitHubServer, status: CommitStatus): Record<string, unknown> {
  return {
    url: `${repoApiUrl(server)}/statuses/${status.sha}`,
    avatar_url: simpleUser(server, status.creator).avatar_url,
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
  };
}
