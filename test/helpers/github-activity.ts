/**
 * The fake GitHub's repository activity (`GET /repos/{owner}/{repo}/activity`): pushes, merges and force
 * pushes to branches, newest first, with GitHub's cursor pagination (`before`/`after`, no `page`). The fake
 * owns no git: tests record what happened to a branch with `seedActivity`.
 */
import {
  type Handler,
  type HandlerContext,
  type HandlerResult,
  invalidRequest,
  simpleUser,
  timestamp,
} from './github-handlers.js';
import { FULL_SHA, nodeId } from './github-objects.js';
import type { GitHubServer } from './github-server.js';

export type ActivityType =
  'push' | 'force_push' | 'branch_deletion' | 'branch_creation' | 'pr_merge' | 'merge_queue_merge';

export interface Activity {
  id: number;
  /** `refs/heads/<branch>`. */
  ref: string;
  before: string;
  after: string;
  timestamp: string;
  activity_type: ActivityType;
  actor: string;
}

const FIRST_ACTIVITY_ID = 9_000_001;
const ZERO_SHA = '0'.repeat(40);

export const activityHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/activity': listActivities,
};

/** Records that `branch` moved from `before` to `after` at `timestamp` (default now). */
export function seedActivity(
  server: GitHubServer,
  seed: { branch: string; before?: string; after: string; timestamp?: string; activity_type?: ActivityType },
): Activity {
  for (const sha of [seed.before, seed.after]) {
    if (sha !== undefined && !FULL_SHA.test(sha)) throw new Error(`seedActivity: '${sha}' is not a full sha`);
  }
  const activity: Activity = {
    id: FIRST_ACTIVITY_ID + server.state.activities.length,
    ref: `refs/heads/${seed.branch}`,
    before: seed.before ?? ZERO_SHA,
    after: seed.after,
    timestamp: seed.timestamp ?? timestamp(),
    activity_type: seed.activity_type ?? 'push',
    actor: 'octocat',
  };
  server.state.activities.push(activity);
  return activity;
}

const UNSUPPORTED = ['actor', 'time_period', 'activity_type'];

function listActivities(ctx: HandlerContext): HandlerResult {
  const unsupported = UNSUPPORTED.filter((q) => ctx.query[q] !== undefined);
  if (unsupported.length > 0) throw new Error(`the fake does not implement ${unsupported.join(', ')}`);
  if (ctx.query.before !== undefined) throw new Error("the fake pages forward only ('after')");
  const ref = ctx.query.ref;
  const wanted = ref === undefined ? undefined : ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
  const all = ctx.state.activities
    .filter((a) => wanted === undefined || a.ref === wanted)
    .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp) || a.id - b.id);
  if ((ctx.query.direction ?? 'desc') === 'desc') all.reverse();
  const perPage = Number(ctx.query.per_page ?? 30);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
    return invalidRequest(ctx, 'per_page must be 1 to 100');
  const start = ctx.query.after === undefined ? 0 : decodeCursor(ctx.query.after);
  if (start === null) return invalidRequest(ctx, 'invalid cursor');
  const page = all.slice(start, start + perPage);
  const headers: Record<string, string> = {};
  if (start + perPage < all.length) {
    const next = new URL(ctx.url);
    next.searchParams.set('after', Buffer.from(`cursor:${start + perPage}`).toString('base64url'));
    headers.link = `<${next.href}>; rel="next"`;
  }
  return {
    status: 200,
    headers,
    body: page.map((a) => ({
      id: a.id,
      node_id: nodeId('PA', a.id),
      before: a.before,
      after: a.after,
      ref: a.ref,
      timestamp: a.timestamp,
      activity_type: a.activity_type,
      actor: simpleUser(ctx.server, a.actor),
    })),
  };
}

function decodeCursor(cursor: string): number | null {
  const m = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : null;
}
