import type { ArgoApplicationSource, ArgoCdClient } from '../argocd/client.js';
import { summarizeApplication } from '../argocd/client.js';
import { isConfigurationError } from '../errors.js';
import type { Git } from '../git/git.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import type { PromotionConfig } from '../gitops/config.js';
import { normalizeRepoURL } from '../gitops/topology.js';
import { formatDuration, parseDuration } from './duration.js';
import { activeFreeze, describeWindow } from './freeze.js';

export type GateStatus = 'pass' | 'fail' | 'skipped';

export interface GateResult {
  id: GateId;
  status: GateStatus;
  /** One line: why it passed, failed or was skipped. */
  why: string;
}

export type GateId = 'validation' | 'checks' | 'soak' | 'argocd' | 'labels' | 'freeze';

export interface GateContext {
  candidate: string;
  from: string;
  /** Environment of the `from` branch (its clusters are the ones that must be healthy). */
  fromEnv: string | null;
  fromClusters: string[];
  /** The label that names an Application's cluster (config clusterLabel). */
  clusterLabel: string;
  /** The GitOps repo's URL (normalized), when known: its sources must be at the candidate. */
  repoURL: string | null;
  /**
   * The workflow run doing the promotion (`GITHUB_RUN_ID`), whose own check runs on the candidate are
   * still in progress and never count.
   */
  ownRunId: string | null;
  now: Date;
  promotion: PromotionConfig;
  git: Git;
  /** Runs the validate pipeline on the candidate's tree: error count and the first error. */
  validateCandidate: () => Promise<{ errors: number; first: string | null }>;
  github: { client: GitHubClient; repo: RepoRef } | null;
  argocd: ArgoCdClient | null;
}

type Gate = (ctx: GateContext) => Promise<Omit<GateResult, 'id'>>;

const pass = (why: string) => ({ status: 'pass' as const, why });
const fail = (why: string) => ({ status: 'fail' as const, why });
const skipped = (why: string) => ({ status: 'skipped' as const, why });
const short = (sha: string) => sha.slice(0, 7);
const SUCCEEDED = new Set(['success', 'neutral', 'skipped']);

const GATES: Record<GateId, Gate> = {
  async validation(ctx) {
    const r = await ctx.validateCandidate();
    return r.errors === 0
      ? pass('no validation errors')
      : fail(`${r.errors} validation error${r.errors === 1 ? '' : 's'}, first: ${r.first}`);
  },

  async checks(ctx) {
    if (!ctx.github) return skipped('no GitHub token');
    if (ctx.promotion.requiredChecks?.length === 0) return pass('no checks required (requiredChecks: [])');
    const { client, repo } = ctx.github;
    const [statuses, runs] = await Promise.all([
      client.paginate(client.rest.repos.listCommitStatusesForRef, {
        ...repo,
        ref: ctx.candidate,
        per_page: 100,
      }),
      client.paginate(client.rest.checks.listForRef, {
        ...repo,
        ref: ctx.candidate,
        filter: 'latest',
        per_page: 100,
      }),
    ]);
    const results = new Map<string, string>();
    // One name reported several times (check runs of several suites, a status and a check run): any
    // result that is not a success decides.
    const record = (name: string, state: string) => {
      const known = results.get(name);
      if (known === undefined || (SUCCEEDED.has(known) && !SUCCEEDED.has(state))) results.set(name, state);
    };
    // Statuses come newest first, and go in before the check runs: the first of a context is its state.
    for (const s of statuses) if (!results.has(s.context)) record(s.context, s.state);
    const own = ctx.ownRunId ? `/actions/runs/${ctx.ownRunId}/` : null;
    for (const r of runs) {
      if (own && [r.html_url, r.details_url].some((u) => u?.includes(own))) continue;
      record(r.name, r.status !== 'completed' ? r.status : (r.conclusion ?? 'unknown'));
    }
    const required = ctx.promotion.requiredChecks ?? [...results.keys()];
    // Nothing reported yet most often means CI has not run: that is not a pass.
    if (required.length === 0) return fail(`no checks or statuses on ${short(ctx.candidate)} yet`);
    const bad = required.filter((name) => !SUCCEEDED.has(results.get(name) ?? 'missing'));
    if (bad.length === 0)
      return pass(`${required.length} check${required.length === 1 ? '' : 's'} succeeded`);
    return fail(bad.map((n) => `${n}: ${results.get(n) ?? 'missing'}`).join(', '));
  },

  async soak(ctx) {
    if (!ctx.promotion.soak) return skipped('no soak time configured');
    const needed = parseDuration(ctx.promotion.soak, 'promotion.soak');
    let since: string | null = null;
    let source = 'commit date';
    if (ctx.github && ctx.fromEnv) {
      const { client, repo } = ctx.github;
      const deployments = await client.paginate(client.rest.repos.listDeployments, {
        ...repo,
        sha: ctx.candidate,
        environment: ctx.fromEnv,
        per_page: 100,
      });
      for (const d of deployments) {
        const statuses = await client.paginate(client.rest.repos.listDeploymentStatuses, {
          ...repo,
          deployment_id: d.id,
          per_page: 100,
        });
        for (const s of statuses) {
          if (s.state === 'success' && (!since || s.created_at < since)) since = s.created_at;
        }
      }
      if (since) source = `deployed to ${ctx.fromEnv}`;
    }
    if (!since && ctx.github) {
      since = await landedOn(ctx, ctx.github);
      if (since) source = `it landed on ${ctx.from}`;
    }
    since ??= await ctx.git.commitDate(ctx.candidate);
    const age = ctx.now.getTime() - Date.parse(since);
    return age >= needed
      ? pass(`${formatDuration(age)} since ${source} (needs ${ctx.promotion.soak})`)
      : fail(`${formatDuration(age)} since ${source}, needs ${ctx.promotion.soak}`);
  },

  async argocd(ctx) {
    if (!ctx.argocd) return skipped('no Argo CD server and token');
    if (ctx.fromClusters.length === 0) return skipped(`no clusters track ${ctx.from}`);
    const apps = (
      await Promise.all(
        ctx.fromClusters.map((c) => ctx.argocd!.listApplications({ selector: `${ctx.clusterLabel}=${c}` })),
      )
    ).flat();
    if (apps.length === 0)
      return fail(`no Applications labelled ${ctx.clusterLabel}=${ctx.fromClusters.join('|')} in Argo CD`);
    const bad: string[] = [];
    for (const app of apps) {
      const summary = summarizeApplication(app);
      // Only this repo's sources must be at the candidate: a Helm repository chart's revision is its
      // version, another repo's is that repo's commit.
      const sources = app.spec.sources ?? (app.spec.source ? [app.spec.source] : []);
      const ours = sources.flatMap((src, i) => (isThisRepo(src, ctx.repoURL) ? [summary.revisions[i]] : []));
      if (summary.sync !== 'Synced') bad.push(`${summary.name} ${summary.sync}`);
      else if (ours.some((r) => r !== ctx.candidate))
        bad.push(`${summary.name} at ${ours.map((r) => (r ? short(r) : 'no revision')).join(',')}`);
      else if (summary.health !== 'Healthy') bad.push(`${summary.name} ${summary.health}`);
    }
    return bad.length === 0
      ? pass(
          `${apps.length} Application${apps.length === 1 ? '' : 's'} Synced at ${short(ctx.candidate)} and Healthy`,
        )
      : fail(bad.slice(0, 5).join(', ') + (bad.length > 5 ? ` and ${bad.length - 5} more` : ''));
  },

  async labels(ctx) {
    const labels = ctx.promotion.blockingLabels;
    if (labels.length === 0) return skipped('no blocking labels configured');
    if (!ctx.github) return skipped('no GitHub token');
    const { client, repo } = ctx.github;
    const blocking = (
      await Promise.all(
        labels.map((label) =>
          client.paginate(client.rest.issues.listForRepo, {
            ...repo,
            state: 'open',
            labels: label,
            per_page: 100,
          }),
        ),
      )
    ).flat();
    if (blocking.length === 0) return pass(`no open issue or pull request labelled ${labels.join(', ')}`);
    const numbers = [...new Set(blocking.map((i) => `#${i.number}`))];
    return fail(`blocked by ${numbers.join(', ')}`);
  },

  async freeze(ctx) {
    const w = activeFreeze(ctx.promotion.freeze, ctx.now);
    if (ctx.promotion.freeze.length === 0) return skipped('no freeze windows configured');
    return w ? fail(`freeze window ${describeWindow(w)}`) : pass('outside every freeze window');
  },
};

/** Pages of branch activity read at most: 1,000 pushes back is far beyond any soak time. */
const MAX_ACTIVITY_PAGES = 10;

/**
 * When the candidate landed on `from`: the oldest of the branch's recent pushes and merges (GitHub's
 * repository activity, newest first) whose new head contains the candidate. Null when GitHub has no
 * such record (e.g. the branch was only ever pushed before the activity log covers).
 */
async function landedOn(
  ctx: GateContext,
  github: NonNullable<GateContext['github']>,
): Promise<string | null> {
  const { client, repo } = github;
  let landed: string | null = null;
  let pages = 0;
  const activities = client.paginate.iterator(client.rest.repos.listActivities, {
    ...repo,
    ref: `refs/heads/${ctx.from}`,
    direction: 'desc',
    per_page: 100,
  });
  for await (const page of activities) {
    for (const a of page.data) {
      if (a.activity_type === 'branch_deletion') return landed;
      if (!(await ctx.git.tryIsAncestor(ctx.candidate, a.after))) return landed;
      landed = a.timestamp;
    }
    if (++pages >= MAX_ACTIVITY_PAGES) break;
  }
  return landed;
}

/** A git source of the GitOps repo itself (any source when the repo's URL is not known), not a Helm chart. */
function isThisRepo(source: ArgoApplicationSource, repoURL: string | null): boolean {
  if (source.chart !== undefined) return false;
  return repoURL === null || (source.repoURL !== undefined && normalizeRepoURL(source.repoURL) === repoURL);
}

export const GATE_ORDER: readonly GateId[] = ['validation', 'checks', 'soak', 'argocd', 'labels', 'freeze'];

/** Evaluates every gate (none stops the others); an error inside a gate is that gate's failure. */
export async function evaluateGates(ctx: GateContext): Promise<GateResult[]> {
  return Promise.all(
    GATE_ORDER.map(async (id) => {
      try {
        return { id, ...(await GATES[id](ctx)) };
      } catch (e) {
        if (isConfigurationError(e)) throw e;
        return {
          id,
          status: 'fail' as const,
          why: `could not be evaluated: ${(e as Error).message.split('\n')[0]}`,
        };
      }
    }),
  );
}
