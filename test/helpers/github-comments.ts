/** The fake GitHub's issue comments (a pull request's conversation comments are issue comments). */
import {
  type Handler,
  type HandlerContext,
  type HandlerResult,
  type IssueComment,
  intParam,
  invalidRequest,
  notFound,
  paginate,
  repoApiUrl,
  simpleUser,
  timestamp,
  validationFailed,
} from './github-handlers.js';

/** GitHub rejects longer comment bodies with 422. */
export const MAX_COMMENT_BODY = 65_536;

/** Far above any issue number a test uses, so a client mixing up comment ids and issue numbers gets 404s. */
const FIRST_COMMENT_ID = 1_000_001;

export const commentHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': listComments,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': getComment,
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': updateComment,
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': deleteComment,
};

function listComments(ctx: HandlerContext): HandlerResult {
  const issueNumber = intParam(ctx, 'issue_number');
  const since = ctx.query.since === undefined ? undefined : Date.parse(ctx.query.since);
  const comments = [...(ctx.state.comments.get(issueNumber) ?? [])]
    .filter((c) => since === undefined || Date.parse(c.updated_at) >= since)
    .sort((a, b) => a.id - b.id); // GitHub: "ordered by ascending ID"
  return paginate(
    ctx,
    comments.map((c) => renderComment(ctx, issueNumber, c)),
  );
}

function createComment(ctx: HandlerContext): HandlerResult {
  const body = requestedBody(ctx);
  if (typeof body !== 'string') return body;
  const issueNumber = intParam(ctx, 'issue_number');
  const now = timestamp();
  const comment: IssueComment = {
    id: nextCommentId(ctx),
    body,
    user: ctx.server.login,
    created_at: now,
    updated_at: now,
  };
  const comments = ctx.state.comments.get(issueNumber) ?? [];
  ctx.state.comments.set(issueNumber, [...comments, comment]);
  const rendered = renderComment(ctx, issueNumber, comment);
  return { status: 201, body: rendered, headers: { location: rendered.url } };
}

function getComment(ctx: HandlerContext): HandlerResult {
  const found = findComment(ctx);
  return found ? { status: 200, body: renderComment(ctx, found.issueNumber, found.comment) } : notFound(ctx);
}

function updateComment(ctx: HandlerContext): HandlerResult {
  const found = findComment(ctx);
  if (!found) return notFound(ctx);
  const body = requestedBody(ctx);
  if (typeof body !== 'string') return body;
  found.comment.body = body;
  found.comment.updated_at = timestamp();
  return { status: 200, body: renderComment(ctx, found.issueNumber, found.comment) };
}

function deleteComment(ctx: HandlerContext): HandlerResult {
  const found = findComment(ctx);
  if (!found) return notFound(ctx);
  const comments = ctx.state.comments.get(found.issueNumber) ?? [];
  ctx.state.comments.set(
    found.issueNumber,
    comments.filter((c) => c !== found.comment),
  );
  return { status: 204 };
}

/** The `body` of a create/update request, or GitHub's 422 for a missing or too long one. */
function requestedBody(ctx: HandlerContext): string | HandlerResult {
  const body = (ctx.body as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string') return invalidRequest(ctx, '"body" wasn\'t supplied.');
  // GitHub counts characters, not UTF-16 code units.
  if ([...body].length > MAX_COMMENT_BODY) {
    return validationFailed(ctx, {
      resource: 'IssueComment',
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`,
    });
  }
  return body;
}

function findComment(ctx: HandlerContext): { issueNumber: number; comment: IssueComment } | undefined {
  const id = intParam(ctx, 'comment_id');
  for (const [issueNumber, comments] of ctx.state.comments) {
    const comment = comments.find((c) => c.id === id);
    if (comment) return { issueNumber, comment };
  }
  return undefined;
}

/** Above every id in the state, which tests may also fill directly. */
function nextCommentId(ctx: HandlerContext): number {
  const ids = [...ctx.state.comments.values()].flat().map((c) => c.id);
  return Math.max(FIRST_COMMENT_ID - 1, ...ids) + 1;
}

/** GitHub's full `issue-comment` object. */
export function renderComment(
  ctx: HandlerContext,
  issueNumber: number,
  comment: IssueComment,
): Record<string, unknown> & { url: string } {
  const { server } = ctx;
  const url = `${repoApiUrl(server)}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: `IC_${Buffer.from(`IssueComment:${comment.id}`).toString('base64url')}`,
    url,
    html_url: `https://github.com/${server.owner}/${server.repo}/issues/${issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(server, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${repoApiUrl(server)}/issues/${issueNumber}`,
    author_association: comment.user.toLowerCase() === server.owner.toLowerCase() ? 'OWNER' : 'NONE',
    performed_via_github_app: null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}
