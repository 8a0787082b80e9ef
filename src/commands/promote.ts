import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ArgoCdClient } from '../argocd/client.js';
import { ConfigurationError } from '../errors.js';
import { fileLine } from '../findings.js';
import { cell, code } from '../report/markdown-escape.js';
import { Git } from '../git/git.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { GitHubApiError } from '../github/errors.js';
import type { Helm } from '../helm/helm.js';
import type { Logger } from '../logger.js';
import { loadConfig, type Config } from '../gitops/config.js';
import { RepoFiles } from '../gitops/repo-files.js';
import { discoverTopology } from '../gitops/topology.js';
import { repoContext, type RepoFacts } from '../gitops/repo-context.js';
import { readRepoFacts } from './repo-facts.js';
import { evaluateGates, type GateResult } from '../promote/gates.js';
import { linkPullRequests } from '../promote/commit-links.js';
import { mergePullRequest, openPullRequest, type PromotionPullRequest } from '../promote/pull-request.js';
import { validate } from './validate.js';

export type Strategy = 'fast-forward' | 'merge';

export interface PromoteOptions {
  /** A clone with `remote` configured; only remote-tracking refs are used, the work tree is not touched. */
  repoDir: string;
  remote: string;
  from: string;
  to: string;
  /** Promote this commit of `from` (default: the head of `from`). */
  sha?: string;
  strategy: Strategy;
  /** push (default): merge locally, push with a lease; pull-request: open a PR and merge it with the API. */
  mode?: 'push' | 'pull-request';
  dryRun: boolean;
  /** Skip the gates; the reason goes into the summary and the merge message. */
  skipGatesReason?: string;
  /** For the validation gate; null only when the gates are skipped. */
  helm: Helm | null;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  github: { client: GitHubClient; repo: RepoRef } | null;
  argocd: ArgoCdClient | null;
  configFile?: string;
  /** The default branch the platform names (the GitHub event's `repository.default_branch`). */
  eventDefaultBranch?: string;
  now?: Date;
  /** The workflow run doing the promotion (`GITHUB_RUN_ID`): its own check runs are not gates. */
  ownRunId?: string;
  /** Runs between the gates and the push (tests race another clone here). */
  beforePush?: () => Promise<void>;
}

export interface PromotedCommit {
  sha: string;
  author: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
  /** The pull request it landed on `from` through (subject, else the GitHub API), if known. */
  pullRequest: number | null;
}

export type Outcome = 'promoted' | 'nothing-to-promote' | 'dry-run' | 'gates-failed' | 'refused' | 'moved';

export interface PromoteResult {
  outcome: Outcome;
  promoted: boolean;
  from: string;
  to: string;
  candidate: string;
  /** `to` before the promotion. */
  previous: string;
  /** `to` after it (the candidate, or the merge commit); null when nothing was pushed. */
  sha: string | null;
  strategy: Strategy;
  commits: PromotedCommit[];
  gates: GateResult[];
  skipGatesReason: string | null;
  message: string;
  /** The pull request that carried the promotion (mode pull-request). */
  pullRequest?: { number: number; url: string };
}

/** Outcomes that are a failure of the run (exit 1, failed step). */
export const FAILED_OUTCOMES: readonly Outcome[] = ['gates-failed', 'refused', 'moved'];

/**
 * Promotes `from` into `to`: the commits `to..candidate` are checked by every gate, then `to` is
 * fast-forwarded to the candidate (or gets a merge commit) and pushed with a lease on its old sha,
 * so a branch that moved meanwhile is never overwritten.
 */
export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const git = new Git(options.repoDir, options.env);
  const config = loadConfig(options.repoDir, options.configFile);
  const { from, to, remote } = options;
  if (!config.promotion.edges.some((e) => e.from === from && e.to === to)) {
    const edges = config.promotion.edges.map((e) => `${e.from} → ${e.to}`).join(', ');
    throw new ConfigurationError(`${from} → ${to} is not a promotion edge (configured: ${edges})`);
  }
  await git.requireTopLevel();
  await git.requireFullHistory('promote');
  await git.fetch(remote, [from, to]);
  const fromHead = await git.revParse(`refs/remotes/${remote}/${from}`);
  const previous = await git.revParse(`refs/remotes/${remote}/${to}`);
  const candidate = options.sha ? await git.revParse(options.sha) : fromHead;
  if (!(await git.isAncestor(candidate, fromHead))) {
    throw new ConfigurationError(
      `${candidate.slice(0, 7)} is not on ${from} (${remote}/${from} is ${fromHead.slice(0, 7)})`,
    );
  }
  if (options.mode === 'pull-request') {
    if (!options.github)
      throw new ConfigurationError('mode pull-request needs a GitHub token and repository');
    if (candidate !== fromHead) {
      throw new ConfigurationError(
        `mode pull-request promotes the head of ${from} (${fromHead.slice(0, 7)}), not ${candidate.slice(0, 7)}: promote an older commit with mode push`,
      );
    }
  }
  const base = {
    from,
    to,
    candidate,
    previous,
    strategy: options.strategy,
    skipGatesReason: options.skipGatesReason ?? null,
  };
  const commits = await linkPullRequests(
    await git.log(`${previous}..${candidate}`),
    from,
    options.github,
    options.logger,
  );
  /** A run that pushes nothing. */
  const halt = (outcome: Outcome, gates: GateResult[], message: string): PromoteResult => ({
    ...base,
    outcome,
    promoted: false,
    sha: null,
    commits,
    gates,
    message,
  });
  if (commits.length === 0) {
    return halt(
      'nothing-to-promote',
      [],
      `nothing to promote: ${to} already contains ${candidate.slice(0, 7)}`,
    );
  }
  const fastForward = await git.isAncestor(previous, candidate);
  if (!fastForward && options.strategy === 'fast-forward') {
    const own = (await git.log(`${candidate}..${previous}`)).length;
    return halt(
      'refused',
      [],
      `${to} has ${own} commit${own === 1 ? '' : 's'} that ${from} does not (a forward-merged hotfix?): a fast-forward is impossible; promote with strategy merge`,
    );
  }
  const facts = await readRepoFacts(options.repoDir, options.env, options.eventDefaultBranch);
  const gates =
    options.skipGatesReason !== undefined
      ? []
      : await withCommitTree(git, candidate, (dir) =>
          evaluateGates(gateContext(git, config, options, candidate, dir, facts)),
        );
  if (gates.some((g) => g.status === 'fail')) {
    const failed = gates.filter((g) => g.status === 'fail').map((g) => g.id);
    return halt('gates-failed', gates, `gates failed: ${failed.join(', ')}; nothing was pushed`);
  }
  let pullRequest: PromotionPullRequest | undefined;
  if (options.mode === 'pull-request' && !options.dryRun) {
    const { client, repo } = options.github!;
    const [title, , ...body] = mergeMessage(from, to, commits, options.skipGatesReason).split('\n');
    const text = { title: title!, body: body.join('\n') };
    try {
      // The PR body is markdown: commit subjects and authors are escaped there (no mention, no HTML).
      const markdown = pullRequestBody(commits, options.skipGatesReason);
      pullRequest = await openPullRequest(client, repo, { from, to, title: text.title, body: markdown });
    } catch (e) {
      return halt('refused', gates, `GitHub refused the pull request ${from} → ${to}: ${apiError(e)}`);
    }
    if (pullRequest.headSha !== candidate) {
      return halt(
        'moved',
        gates,
        `${from} moved to ${pullRequest.headSha.slice(0, 7)} while #${pullRequest.number} was opened; re-run`,
      );
    }
    if (!fastForward) {
      try {
        const sha = await mergePullRequest(client, repo, pullRequest, { candidate, ...text });
        return promoted(sha, `through #${pullRequest.number}`);
      } catch (e) {
        const status = (e as { status?: number }).status;
        const why = `GitHub refused to merge #${pullRequest.number}: ${apiError(e)}`;
        return halt(status === 409 ? 'moved' : 'refused', gates, why);
      }
    }
    // A fast-forward: the push below moves `to` to the pull request's head, which GitHub accepts
    // under branch protection once the pull request satisfies it, and records as its merge.
  }
  let next = candidate;
  if (!fastForward) {
    const merged = await git.mergeCommit(
      previous,
      candidate,
      mergeMessage(from, to, commits, options.skipGatesReason),
    );
    if ('conflicts' in merged) {
      return halt(
        'refused',
        gates,
        `${from} does not merge cleanly into ${to}: ${merged.conflicts.join(', ')}`,
      );
    }
    next = merged.sha;
  }
  const how = fastForward ? 'fast-forward' : `merge commit ${next.slice(0, 7)}`;
  if (options.dryRun) {
    return halt(
      'dry-run',
      gates,
      `dry run: would move ${to} from ${previous.slice(0, 7)} to ${next.slice(0, 7)} (${how}, ${commits.length} commit${commits.length === 1 ? '' : 's'})`,
    );
  }
  await options.beforePush?.();
  const push = await git.tryPushWithLease(remote, to, next, previous);
  if (!push.pushed && !push.leaseLost) {
    return halt('refused', gates, `${remote} refused the push to ${to}: ${push.reason}`);
  }
  if (!push.pushed) {
    const now = await git.remoteBranch(remote, to);
    return halt(
      'moved',
      gates,
      `${to} moved from ${previous.slice(0, 7)} to ${now?.slice(0, 7) ?? '(deleted)'} during promotion; re-run`,
    );
  }
  options.logger.info(`${to}: ${previous.slice(0, 7)} → ${next.slice(0, 7)} (${how})`);
  return promoted(next, pullRequest ? `${how} through #${pullRequest.number}` : how);

  function promoted(sha: string, how: string): PromoteResult {
    return {
      ...base,
      outcome: 'promoted',
      promoted: true,
      sha,
      commits,
      gates,
      ...(pullRequest ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } } : {}),
      message: `promoted ${commits.length} commit${commits.length === 1 ? '' : 's'} from ${from} to ${to} (${how})`,
    };
  }
}

/** An Octokit error's message: GitHub's own words, one line. */
function apiError(e: unknown): string {
  if (e instanceof GitHubApiError) return e.message; // names the endpoint and the status already
  const status = (e as { status?: number }).status;
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  return status ? `${message} (HTTP ${status})` : message;
}

function mergeMessage(
  from: string,
  to: string,
  commits: readonly PromotedCommit[],
  skipReason: string | undefined,
): string {
  const lines = [`Promote ${from} → ${to} (${commits.length} commit${commits.length === 1 ? '' : 's'})`, ''];
  for (const c of commits) lines.push(`- ${c.sha.slice(0, 7)} ${c.subject} (${c.author})`);
  if (skipReason !== undefined) lines.push('', `Gates skipped: ${skipReason}`);
  return `${lines.join('\n')}\n`;
}

/** The promotion PR's description: mergeMessage's list, with repository text escaped for markdown. */
function pullRequestBody(commits: readonly PromotedCommit[], skipReason: string | undefined): string {
  const lines = commits.map((c) => `- ${code(c.sha.slice(0, 7))} ${cell(c.subject)} (${cell(c.author)})`);
  if (skipReason !== undefined) lines.push('', `Gates skipped: ${cell(skipReason)}`);
  return `${lines.join('\n')}\n`;
}

/** What the gates look at; `dir` holds the candidate's tree. */
function gateContext(
  git: Git,
  config: Config,
  options: PromoteOptions,
  candidate: string,
  dir: string,
  facts: RepoFacts,
) {
  const fromEnv = Object.entries(config.environments).find(([, e]) => e.ref === options.from)?.[0] ?? null;
  const candidateConfig = loadConfig(dir, options.configFile);
  const topology = discoverTopology(
    new RepoFiles(dir, candidateConfig.limits),
    candidateConfig,
    repoContext(candidateConfig, facts),
  );
  return {
    candidate,
    from: options.from,
    fromEnv,
    // The candidate's clusters that track `from`: their Applications must be healthy at the candidate.
    fromClusters: topology.clusters.filter((c) => c.ref === options.from).map((c) => c.name),
    clusterLabel: candidateConfig.clusterLabel,
    repoURL: topology.repoURL,
    ownRunId: options.ownRunId ?? null,
    now: options.now ?? new Date(),
    promotion: config.promotion,
    git,
    github: options.github,
    argocd: options.argocd,
    validateCandidate: async () => {
      if (!options.helm) throw new ConfigurationError('the validation gate needs helm');
      const r = await validate({
        repoDir: dir,
        gitDir: options.repoDir,
        ...(options.env ? { env: options.env } : {}),
        ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
        helm: options.helm,
        logger: options.logger,
        ...(options.configFile ? { configFile: options.configFile } : {}),
      });
      const first = r.findings.find((f) => f.severity === 'error');
      return {
        errors: r.counts.error,
        first: first ? `${fileLine(first)} ${first.message}`.trim() : null,
      };
    },
  };
}

async function withCommitTree<T>(git: Git, sha: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gp-promote-'));
  try {
    await git.exportTree(sha, dir);
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
