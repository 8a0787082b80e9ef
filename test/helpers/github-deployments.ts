/**
 * The fake GitHub's deployments and their statuses. Creating a deployment checks its required contexts
 * against the commit's statuses and check runs, as GitHub does; `auto_merge` is accepted and ignored (the
 * fake owns no git to merge the default branch with).
 */
import type { CheckRun } from './github-checks.js';
import {
  errorResult,
  type Handler,
  type HandlerContext,
  type HandlerResult,
  intParam,
  invalidRequest,
  nextId,
  notFound,
  paginate,
  repoApiUrl,
  simpleUser,
  timestamp,
  validationFailed,
} from './github-handlers.js';
import { nodeId, performedViaApp } from './github-objects.js';
import { resolveCommit } from './github-refs.js';
import type { GitHubServer } from './github-server.js';
import { latestPerContext } from './github-statuses.js';

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  /** '' when not set, as GitHub sends them. */
  target_url: string;
  log_url: string;
  environment_url: string;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface Deployment {
  id: number;
  sha: string;
  /** As requested: a branch, tag or sha. */
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  original_environment: string;
  description: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
  transient_environment: boolean;
  production_environment: boolean;
  /** Oldest first. */
  statuses: DeploymentStatus[];
}

const DEPLOYMENT_STATES: readonly string[] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
];
/** GitHub rejects a longer deployment status description with 422. */
export const MAX_DEPLOYMENT_STATUS_DESCRIPTION = 140;
const FIRST_DEPLOYMENT_ID = 9_000_001;
const FIRST_DEPLOYMENT_STATUS_ID = 9_500_001;

export const deploymentHandlers: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/deployments': createDeployment,
  'GET /repos/{owner}/{repo}/deployments': listDeployments,
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': createDeploymentStatus,
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': listDeploymentStatuses,
};

/**
 * 422 for a ref that names no commit; 409 when a required context (by default: every context of the commit)
 * is not successful, with every context and its state in the error, as GitHub answers.
 */
function createDeployment(ctx: HandlerContext): HandlerResult {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (typeof body.ref !== 'string') return invalidRequest(ctx, '"ref" wasn\'t supplied.');
  const sha = resolveCommit(ctx.state, body.ref);
  if (sha === undefined) return errorResult(422, `No ref found for: ${body.ref}`, ctx.docsUrl);
  const contexts = commitContexts(ctx.server, sha);
  const required = Array.isArray(body.required_contexts)
    ? body.required_contexts.map(String)
    : contexts.map((c) => c.context);
  const passed = (name: string) => contexts.some((c) => c.context === name && PASSING.has(c.state));
  if (!required.every(passed)) {
    const error = { resource: 'Deployment', field: 'required_contexts', code: 'invalid', contexts };
    const message = `Conflict: Commit status checks failed for ${body.ref}.`;
    return {
      status: 409,
      body: { message, errors: [error], documentation_url: ctx.docsUrl, status: '409' },
    };
  }
  const environment = typeof body.environment === 'string' ? body.environment : 'production';
  const now = timestamp();
  const deployment: Deployment = {
    id: nextId(
      ctx.state.deployments.map((d) => d.id),
      FIRST_DEPLOYMENT_ID,
    ),
    sha,
    ref: body.ref,
    task: typeof body.task === 'string' ? body.task : 'deploy',
    payload: parsePayload(body.payload),
    environment,
    original_environment: environment,
    description: typeof body.description === 'string' ? body.description : '',
    creator: ctx.server.login,
    created_at: now,
    updated_at: now,
    transient_environment: body.transient_environment === true,
    production_environment:
      typeof body.production_environment === 'boolean'
        ? body.production_environment
        : environment === 'production',
    statuses: [],
  };
  ctx.state.deployments.push(deployment);
  return { status: 201, body: renderDeployment(ctx.server, deployment) };
}

/** What counts as successful: GitHub treats neutral and skipped check runs as passing. */
const PASSING = new Set(['success', 'neutral', 'skipped']);

/** The commit's contexts and states, as GitHub lists them in a 409: statuses, then check runs. */
function commitContexts(server: GitHubServer, sha: string): { context: string; state: string }[] {
  const latestRuns = new Map<string, CheckRun>();
  for (const run of server.state.checkRuns.filter((c) => c.head_sha === sha)) latestRuns.set(run.name, run);
  return [
    ...latestPerContext(server, sha).map((s) => ({ context: s.context, state: s.state as string })),
    ...[...latestRuns.values()].map((c) => ({ context: c.name, state: c.conclusion ?? 'pending' })),
  ];
}

/** GitHub stores a JSON string payload as the object it encodes; `''` (the default) as `{}`. */
function parsePayload(payload: unknown): Record<string, unknown> | string {
  if (typeof payload === 'object' && payload !== null) return payload as Record<string, unknown>;
  if (typeof payload !== 'string' || payload === '') return {};
  try {
    const parsed = JSON.parse(payload) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : payload;
  } catch {
    return payload;
  }
}

/** Newest first, filtered by `sha`, `ref`, `task`, `environment` (`none`, their default, filters nothing). */
function listDeployments(ctx: HandlerContext): HandlerResult {
  const filter = (name: 'sha' | 'ref' | 'task' | 'environment', d: Deployment) => {
    const wanted = ctx.query[name];
    return wanted === undefined || wanted === 'none' || d[name] === wanted;
  };
  const deployments = ctx.state.deployments
    .filter((d) => filter('sha', d) && filter('ref', d) && filter('task', d) && filter('environment', d))
    .sort((a, b) => b.id - a.id);
  return paginate(
    ctx,
    deployments.map((d) => renderDeployment(ctx.server, d)),
  );
}

type StatusBody = Partial<
  Record<'state' | 'target_url' | 'log_url' | 'description' | 'environment' | 'environment_url', string>
> & { auto_inactive?: boolean };

/**
 * A new status; `log_url` and `target_url` stand for each other. A `success` marks the earlier successful
 * deployments to the same non-transient, non-production environment `inactive` unless `auto_inactive` is false.
 */
function createDeploymentStatus(ctx: HandlerContext): HandlerResult {
  const deployment = findDeployment(ctx);
  if (!deployment) return notFound(ctx);
  const body = (ctx.body ?? {}) as StatusBody;
  if (typeof body.state !== 'string' || !DEPLOYMENT_STATES.includes(body.state)) {
    return invalidRequest(ctx, `"state" must be one of ${DEPLOYMENT_STATES.join(', ')}.`);
  }
  const description = body.description ?? '';
  if ([...description].length > MAX_DEPLOYMENT_STATUS_DESCRIPTION) {
    return validationFailed(ctx, {
      resource: 'DeploymentStatus',
      code: 'custom',
      field: 'description',
      message: `description is too long (maximum is ${MAX_DEPLOYMENT_STATUS_DESCRIPTION} characters)`,
    });
  }
  const environment = body.environment ?? deployment.statuses.at(-1)?.environment ?? deployment.environment;
  const status = addStatus(ctx.server, deployment, body.state as DeploymentState, {
    description,
    environment,
    target_url: body.log_url ?? body.target_url ?? '',
    log_url: body.log_url ?? body.target_url ?? '',
    environment_url: body.environment_url ?? '',
  });
  deployment.environment = environment;
  if (status.state === 'success' && body.auto_inactive !== false) {
    for (const earlier of ctx.state.deployments) {
      const kept = earlier.transient_environment || earlier.production_environment;
      if (earlier.id >= deployment.id || earlier.environment !== environment || kept) continue;
      const last = earlier.statuses.at(-1);
      if (last?.state === 'success') addStatus(ctx.server, earlier, 'inactive', { ...last, description: '' });
    }
  }
  return { status: 201, body: renderDeploymentStatus(ctx.server, deployment, status) };
}

function addStatus(
  server: GitHubServer,
  deployment: Deployment,
  state: DeploymentState,
  fields: Pick<
    DeploymentStatus,
    'description' | 'environment' | 'target_url' | 'log_url' | 'environment_url'
  >,
): DeploymentStatus {
  const now = timestamp();
  const ids = server.state.deployments.flatMap((d) => d.statuses.map((s) => s.id));
  const status: DeploymentStatus = {
    id: nextId(ids, FIRST_DEPLOYMENT_STATUS_ID),
    state,
    description: fields.description,
    environment: fields.environment,
    target_url: fields.target_url,
    log_url: fields.log_url,
    environment_url: fields.environment_url,
    creator: server.login,
    created_at: now,
    updated_at: now,
  };
  deployment.statuses.push(status);
  deployment.updated_at = now;
  return status;
}

/** Newest first. */
function listDeploymentStatuses(ctx: HandlerContext): HandlerResult {
  const deployment = findDeployment(ctx);
  if (!deployment) return notFound(ctx);
  const statuses = [...deployment.statuses].sort((a, b) => b.id - a.id);
  return paginate(
    ctx,
    statuses.map((s) => renderDeploymentStatus(ctx.server, deployment, s)),
  );
}

function findDeployment(ctx: HandlerContext): Deployment | undefined {
  const id = intParam(ctx, 'deployment_id');
  return ctx.state.deployments.find((d) => d.id === id);
}

/** GitHub's `deployment`. */
function renderDeployment(server: GitHubServer, deployment: Deployment): Record<string, unknown> {
  const url = `${repoApiUrl(server)}/deployments/${deployment.id}`;
  return {
    url,
    id: deployment.id,
    node_id: nodeId('DE', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.original_environment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(server, deployment.creator),
    created_at: deployment.created_at,
    updated_at: deployment.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(server),
    transient_environment: deployment.transient_environment,
    production_environment: deployment.production_environment,
    performed_via_github_app: performedViaApp(server),
  };
}

/** GitHub's `deployment-status`. */
function renderDeploymentStatus(
  server: GitHubServer,
  deployment: Deployment,
  status: DeploymentStatus,
): Record<string, unknown> {
  const deploymentUrl = `${repoApiUrl(server)}/deployments/${deployment.id}`;
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DES', status.id),
    state: status.state,
    creator: simpleUser(server, status.creator),
    description: status.description,
    environment: status.environment,
    target_url: status.target_url,
    created_at: status.created_at,
    updated_at: status.updated_at,
    deployment_url: deploymentUrl,
    repository_url: repoApiUrl(server),
    environment_url: status.environment_url,
    log_url: status.log_url,
    performed_via_github_app: performedViaApp(server),
  };
}
