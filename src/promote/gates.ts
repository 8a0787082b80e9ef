import { isConfigurationError } from '../errors.js';
import { fullRef, type QualifiedRef } from '../git/refs.js';
import type { PromotionSettings } from '../gitops/config.js';
import { summarizeApplication, type ArgoCdPort } from '../ports/argocd.js';
import type { GitReader } from '../ports/git.js';
import type { GitHubChecks } from '../ports/github.js';
import { ourRevisions } from './app-revisions.js';
import { formatDuration, parseDuration } from './duration.js';
import { activeFreeze, describeWindow } from './freeze.js';
import { GATE_ORDER, type GateId, type GateResult } from './gate-ids.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

export { GATE_ORDER, type GateId, type GateResult, type GateStatus } from './gate-ids.js';

/**
 * The edge the gates look at: any `from` → `to` of branches or tags (promote dev → staging, release
 * staging → tag stable and its waves, hotfix/* → stable), and the commit that would move `to`.
 */
export interface GateEdge {
  from: QualifiedRef;
  to: QualifiedRef;
  candidate: string;
  /** The environment whose deployments of the candidate start its soak time (promote: `from`'s), or null. */
  soakEnvironment: string | null;
  /**
   * The clusters whose Applications must run the candidate, Synced and Healthy (promote: those that
   * track `from`; a release wave: the clusters of the waves before it).
   */
  clusters: string[];
}

/** Which gates an edge applies, and their settings (config `promotion`, overridden per edge). */
export interface GateSettings extends PromotionSettings {
  gates: readonly GateId[];
}

export interface GateContext {
  edge: GateEdge;
  settings: GateSettings;
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
  git: Pick<GitReader, 'commitDate' | 'tryIsAncestor'>;
  /** Runs the validate pipeline on the candidate's tree: error count and the first error. */
  validateCandidate: () => Promise<{ errors: number; first: string | null }>;
  github: GitHubChecks | null;
  argocd: ArgoCdPort | null;
}

type Gate = (ctx: GateContext) => Promise<Omit<GateResult, 'id'>>;

const pass = (why: string) => ({ status: 'pass' as const, why });
const fail = (why: string) => ({ status: 'fail' as const, why });
const skipped = (why: string) => ({ status: 'skipped' as const, why });
const SUCCEEDED = new Set(['success', 'neutral', 'skipped']);

const GATES: Record<GateId, Gate> = {
  async validation(ctx) {
    const r = await ctx.validateCandidate();
    return r.errors === 0
      ? pass('no validation errors')
      : fail(`${plural(r.errors, 'validation error')}, first: ${r.first}`);
  },

  async checks(ctx) {
    if (!ctx.github) return skipped('no GitHub token');
    if (ctx.settings.requiredChecks?.length === 0) return pass('no checks required (requiredChecks: [])');
    const candidate = ctx.edge.candidate;
    const [statuses, runs] = await Promise.all([
      ctx.github.listCommitStatuses(candidate),
      ctx.github.listCheckRuns(candidate),
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
      if (own && [r.htmlUrl, r.detailsUrl].some((u) => u?.includes(own))) continue;
      record(r.name, r.status !== 'completed' ? r.status : (r.conclusion ?? 'unknown'));
    }
    const required = ctx.settings.requiredChecks ?? [...results.keys()];
    // Nothing reported yet most often means CI has not run: that is not a pass.
    if (required.length === 0) return fail(`no checks or statuses on ${shortSha(candidate)} yet`);
    const bad = required.filter((name) => !SUCCEEDED.has(results.get(name) ?? 'missing'));
    if (bad.length === 0) return pass(`${plural(required.length, 'check')} succeeded`);
    return fail(bad.map((n) => `${n}: ${results.get(n) ?? 'missing'}`).join(', '));
  },

  async soak(ctx) {
    const soak = ctx.settings.soak;
    if (!soak) return skipped('no soak time configured');
    const needed = parseDuration(soak, 'promotion.soak');
    const { candidate, soakEnvironment, from } = ctx.edge;
    let since: string | null = null;
    let source = 'commit date';
    if (ctx.github && soakEnvironment) {
      since = await firstDeployed(ctx.github, candidate, soakEnvironment);
      if (since) source = `deployed to ${soakEnvironment}`;
    }
    if (!since && ctx.github) {
      since = await landedOn(ctx, ctx.github);
      if (since) source = `it landed on ${from.name}`;
    }
    since ??= await ctx.git.commitDate(candidate);
    const age = ctx.now.getTime() - Date.parse(since);
    return age >= needed
      ? pass(`${formatDuration(age)} since ${source} (needs ${soak})`)
      : fail(`${formatDuration(age)} since ${source}, needs ${soak}`);
  },

  async argocd(ctx) {
    if (!ctx.argocd) return skipped('no Argo CD server and token');
    const { clusters, candidate } = ctx.edge;
    if (clusters.length === 0) return skipped(`no clusters track ${ctx.edge.from.name}`);
    const apps = (
      await Promise.all(
        clusters.map((c) => ctx.argocd!.listApplications({ selector: `${ctx.clusterLabel}=${c}` })),
      )
    ).flat();
    if (apps.length === 0)
      return fail(`no Applications labelled ${ctx.clusterLabel}=${clusters.join('|')} in Argo CD`);
    const bad: string[] = [];
    for (const app of apps) {
      const summary = summarizeApplication(app);
      // Only this repo's sources must be at the candidate (app-revisions.ts).
      const ours = ourRevisions(app, ctx.repoURL);
      if (summary.sync !== 'Synced') bad.push(`${summary.name} ${summary.sync}`);
      else if (ours.some((r) => r !== candidate))
        bad.push(`${summary.name} at ${ours.map((r) => (r ? shortSha(r) : 'no revision')).join(',')}`);
      else if (summary.health !== 'Healthy') bad.push(`${summary.name} ${summary.health}`);
    }
    return bad.length === 0
      ? pass(`${plural(apps.length, 'Application')} Synced at ${shortSha(candidate)} and Healthy`)
      : fail(bad.slice(0, 5).join(', ') + (bad.length > 5 ? ` and ${bad.length - 5} more` : ''));
  },

  async labels(ctx) {
    const labels = ctx.settings.blockingLabels;
    if (labels.length === 0) return skipped('no blocking labels configured');
    if (!ctx.github) return skipped('no GitHub token');
    const github = ctx.github;
    const blocking = (await Promise.all(labels.map((label) => github.listOpenLabelled(label)))).flat();
    if (blocking.length === 0) return pass(`no open issue or pull request labelled ${labels.join(', ')}`);
    const numbers = [...new Set(blocking.map((i) => `#${i.number}`))];
    return fail(`blocked by ${numbers.join(', ')}`);
  },

  async freeze(ctx) {
    const w = activeFreeze(ctx.settings.freeze, ctx.now);
    if (ctx.settings.freeze.length === 0) return skipped('no freeze windows configured');
    return w ? fail(`freeze window ${describeWindow(w)}`) : pass('outside every freeze window');
  },
};

/** Pages of branch activity read at most: 1,000 pushes back is far beyond any soak time. */
const MAX_ACTIVITY_PAGES = 10;

/** The oldest success status of a deployment of `sha` to `environment`, or null. */
async function firstDeployed(github: GitHubChecks, sha: string, environment: string): Promise<string | null> {
  let since: string | null = null;
  for (const d of await github.listDeployments({ sha, environment })) {
    for (const s of await github.listDeploymentStatuses(d.id)) {
      if (s.state === 'success' && (!since || s.createdAt < since)) since = s.createdAt;
    }
  }
  return since;
}

/**
 * When the candidate landed on `from`: the oldest of the ref's recent pushes and merges (GitHub's
 * repository activity, newest first) whose new head contains the candidate. Null when GitHub has no
 * such record (e.g. the branch was only ever pushed before the activity log covers).
 */
async function landedOn(ctx: GateContext, github: GitHubChecks): Promise<string | null> {
  let landed: string | null = null;
  let pages = 0;
  for await (const page of github.activities(fullRef(ctx.edge.from))) {
    for (const a of page) {
      if (a.activityType === 'branch_deletion') return landed;
      if (!(await ctx.git.tryIsAncestor(ctx.edge.candidate, a.after))) return landed;
      landed = a.timestamp;
    }
    if (++pages >= MAX_ACTIVITY_PAGES) break;
  }
  return landed;
}

/**
 * Evaluates the gates the edge declares (`settings.gates`, in GATE_ORDER; none stops the others); an
 * error inside a gate is that gate's failure, a ConfigurationError the user's to fix.
 */
export async function evaluateGates(ctx: GateContext): Promise<GateResult[]> {
  const ids = GATE_ORDER.filter((id) => ctx.settings.gates.includes(id));
  return Promise.all(
    ids.map(async (id) => {
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
