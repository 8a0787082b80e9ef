/**
 * The fake GitHub's check runs. Creating one takes a GitHub App, so tests seed them (`seedCheckRun`) as the
 * GitHub Actions app would have; the client only lists them.
 */
import {
  type Handler,
  type HandlerContext,
  type HandlerResult,
  nextId,
  notFound,
  paginate,
  rejectUnsupportedQuery,
  repoApiUrl,
  timestamp,
} from './github-handlers.js';
import { FULL_SHA, githubActionsApp, nodeId, REPOSITORY_ID, repoHtmlUrl } from './github-objects.js';
import { baseSha, headSha } from './github-pulls.js';
import { resolveCommit } from './github-refs.js';
import type { GitHubServer } from './github-server.js';

export type CheckRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type CheckRunConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckRun {
  id: number;
  head_sha: string;
  name: string;
  status: CheckRunStatus;
  /** Set exactly when `status` is `completed`. */
  conclusion: CheckRunConclusion | null;
  started_at: string | null;
  completed_at: string | null;
  check_suite_id: number;
  /** The GitHub Actions workflow run whose job this is: its page is `…/actions/runs/{id}/job/{check run id}`. */
  workflow_run_id: number | null;
}

const FIRST_CHECK_RUN_ID = 4_000_001;
const CHECK_SUITE_ID = 5_000_001;

export const checkHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': listCheckRuns,
};

/**
 * Adds a check run on `sha`, as the GitHub Actions app reports a job. A conclusion goes with `completed`
 * and only with it, as on GitHub; times default to now where the status implies them.
 */
export function seedCheckRun(
  server: GitHubServer,
  sha: string,
  run: {
    name: string;
    status: CheckRunStatus;
    conclusion?: CheckRunConclusion | null;
    started_at?: string;
    completed_at?: string;
    workflow_run_id?: number;
  },
): CheckRun {
  if (!FULL_SHA.test(sha)) throw new Error(`seedCheckRun: '${sha}' is not a full commit sha`);
  const conclusion = run.conclusion ?? null;
  if ((run.status === 'completed') !== (conclusion !== null)) {
    throw new Error(`seedCheckRun: a ${run.status} check run cannot have conclusion ${String(conclusion)}`);
  }
  const now = timestamp();
  const started = run.status === 'in_progress' || run.status === 'completed';
  const seeded: CheckRun = {
    id: nextId(
      server.state.checkRuns.map((c) => c.id),
      FIRST_CHECK_RUN_ID,
    ),
    head_sha: sha.toLowerCase(),
    name: run.name,
    status: run.status,
    conclusion,
    started_at: started ? (run.started_at ?? now) : null,
    completed_at: run.status === 'completed' ? (run.completed_at ?? now) : null,
    check_suite_id: CHECK_SUITE_ID,
    workflow_run_id: run.workflow_run_id ?? null,
  };
  server.state.checkRuns.push(seeded);
  return seeded;
}

/**
 * `{total_count, check_runs}`, filtered by `check_name` and `status`; `filter=latest` (the default) keeps the
 * latest run of each name.
 */
function listCheckRuns(ctx: HandlerContext): HandlerResult {
  rejectUnsupportedQuery(ctx, ['app_id']);
  const sha = resolveCommit(ctx.state, ctx.params.ref ?? '');
  // GitHub answers 422 "No commit found for SHA", which this operation does not document; 404 is generic.
  if (sha === undefined) return notFound(ctx);
  const { check_name: name, status } = ctx.query;
  let runs = ctx.state.checkRuns.filter((c) => c.head_sha === sha).sort((a, b) => a.id - b.id);
  if (ctx.query.filter !== 'all') {
    const latest = new Map(runs.map((c) => [c.name, c]));
    runs = [...latest.values()].sort((a, b) => a.id - b.id);
  }
  runs = runs.filter((c) => (name === undefined || c.name === name) && (!status || c.status === status));
  const page = paginate(
    ctx,
    runs.map((c) => renderCheckRun(ctx, c)),
  );
  return { ...page, body: { total_count: runs.length, check_runs: page.body } };
}

/** GitHub's `check-run`. */
function renderCheckRun(ctx: HandlerContext, run: CheckRun): Record<string, unknown> {
  const { server } = ctx;
  const url = `${repoApiUrl(server)}/check-runs/${run.id}`;
  const htmlUrl =
    run.workflow_run_id === null
      ? `${repoHtmlUrl(server)}/runs/${run.id}`
      : `${repoHtmlUrl(server)}/actions/runs/${run.workflow_run_id}/job/${run.id}`;
  return {
    id: run.id,
    head_sha: run.head_sha,
    node_id: nodeId('CR', run.id),
    external_id: '',
    url,
    html_url: htmlUrl,
    details_url: htmlUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.check_suite_id },
    app: githubActionsApp(server),
    pull_requests: openPullsAt(ctx, run.head_sha),
  };
}

/** `pull-request-minimal` of the open pull requests whose head is at `sha`, as GitHub lists them. */
function openPullsAt(ctx: HandlerContext, sha: string): Record<string, unknown>[] {
  const { state, server } = ctx;
  const api = repoApiUrl(server);
  const repo = { id: REPOSITORY_ID, url: api, name: server.repo };
  return [...state.pulls.values()]
    .filter((p) => state.issues.get(p.number)?.state === 'open' && headSha(state, p) === sha)
    .map((p) => ({
      id: p.id,
      number: p.number,
      url: `${api}/pulls/${p.number}`,
      head: { ref: p.head, sha, repo },
      base: { ref: p.base, sha: baseSha(state, p), repo },
    }));
}
