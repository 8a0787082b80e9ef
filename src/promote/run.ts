import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { GitPort } from '../ports/git.js';
import type { GitHubPort } from '../ports/github.js';
import { linkPullRequests } from './commit-links.js';
import type { GateResult } from './gate-ids.js';
import { apiError, mergeMessage, pullRequestBody } from './messages.js';
import type { Outcome, PromotedCommit, PromoteResult, Strategy } from './model.js';
import { mergePullRequest, openPullRequest, type PromotionPullRequest } from './pull-request.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

/** What a promotion run needs: the edge, how to land it, and the ports it works through. */
export interface PromotionRequest {
  remote: string;
  from: string;
  to: string;
  /** Promote this commit of `from` (default: the head of `from`). */
  sha?: string;
  strategy: Strategy;
  /** push (default): merge locally, push with a lease; pull-request: open a PR and merge it with the API. */
  mode?: 'push' | 'pull-request';
  dryRun: boolean;
  /** The gates are skipped; the reason goes into the summary and the merge message. */
  skipGatesReason?: string;
  logger: Logger;
  git: GitPort;
  github: GitHubPort | null;
  /** The user who approved it (a drift dashboard checkbox): in the merge message, the result and the record. */
  approvedBy?: string;
  /** Runs between the gates and the push (tests race another clone here). */
  beforePush?: () => Promise<void>;
}

/** The gates of the candidate (empty when they are skipped). */
export type CandidateGates = (candidate: string) => Promise<GateResult[]>;

interface EdgeHeads {
  fromHead: string;
  previous: string;
  candidate: string;
}

/** One run's facts, and the results it can end with. */
interface Run {
  req: PromotionRequest;
  heads: EdgeHeads;
  commits: PromotedCommit[];
  gates: GateResult[];
  fastForward: boolean;
  halt(outcome: Outcome, message: string): PromoteResult;
  promoted(sha: string, how: string, pullRequest?: PromotionPullRequest): PromoteResult;
}

/**
 * Promotes `from` into `to`: the commits `to..candidate` are checked by the gates, then `to` is
 * fast-forwarded to the candidate (or gets a merge commit) and pushed with a lease on its old sha,
 * so a branch that moved meanwhile is never overwritten.
 */
export async function runPromotion(req: PromotionRequest, evaluate: CandidateGates): Promise<PromoteResult> {
  const heads = await readHeads(req);
  requireMode(req, heads);
  const log = await req.git.log(`${heads.previous}..${heads.candidate}`);
  const commits = await linkPullRequests(log, req.from, req.github, req.logger);
  const run = newRun(req, heads, commits);
  if (commits.length === 0)
    return run.halt(
      'nothing-to-promote',
      `nothing to promote: ${req.to} already contains ${shortSha(heads.candidate)}`,
    );
  run.fastForward = await req.git.isAncestor(heads.previous, heads.candidate);
  if (!run.fastForward && req.strategy === 'fast-forward') return refuseFastForward(run);
  run.gates = await evaluate(heads.candidate);
  const failed = run.gates.filter((g) => g.status === 'fail').map((g) => g.id);
  if (failed.length > 0)
    return run.halt('gates-failed', `gates failed: ${failed.join(', ')}; nothing was pushed`);
  let pullRequest: PromotionPullRequest | undefined;
  if (req.mode === 'pull-request' && !req.dryRun) {
    const through = await throughPullRequest(run);
    if ('outcome' in through) return through;
    pullRequest = through;
  }
  return pushPromotion(run, pullRequest);
}

/** Fetches both branches: the head of `from`, `to` before the promotion, and the candidate (on `from`). */
async function readHeads(req: PromotionRequest): Promise<EdgeHeads> {
  const { git, remote, from, to } = req;
  await git.requireTopLevel();
  await git.requireFullHistory('promote');
  await git.fetch(remote, [from, to]);
  const fromHead = await git.revParse(`refs/remotes/${remote}/${from}`);
  const previous = await git.revParse(`refs/remotes/${remote}/${to}`);
  const candidate = req.sha ? await git.revParse(req.sha) : fromHead;
  if (!(await git.isAncestor(candidate, fromHead))) {
    throw new ConfigurationError(
      `${shortSha(candidate)} is not on ${from} (${remote}/${from} is ${shortSha(fromHead)})`,
    );
  }
  return { fromHead, previous, candidate };
}

/** Mode pull-request needs GitHub, and promotes the head of `from` (the pull request's head). */
function requireMode(req: PromotionRequest, heads: EdgeHeads): void {
  if (req.mode !== 'pull-request') return;
  if (!req.github) throw new ConfigurationError('mode pull-request needs a GitHub token and repository');
  if (heads.candidate !== heads.fromHead) {
    throw new ConfigurationError(
      `mode pull-request promotes the head of ${req.from} (${shortSha(heads.fromHead)}), not ${shortSha(heads.candidate)}: promote an older commit with mode push`,
    );
  }
}

function newRun(req: PromotionRequest, heads: EdgeHeads, commits: PromotedCommit[]): Run {
  const base = {
    from: req.from,
    to: req.to,
    candidate: heads.candidate,
    previous: heads.previous,
    strategy: req.strategy,
    skipGatesReason: req.skipGatesReason ?? null,
    ...(req.approvedBy ? { approvedBy: req.approvedBy } : {}),
  };
  const run: Run = {
    req,
    heads,
    commits,
    gates: [],
    fastForward: false,
    halt: (outcome, message) => ({
      ...base,
      outcome,
      promoted: false,
      sha: null,
      commits,
      gates: run.gates,
      message,
    }),
    promoted: (sha, how, pullRequest) => ({
      ...base,
      outcome: 'promoted',
      promoted: true,
      sha,
      commits,
      gates: run.gates,
      ...(pullRequest ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } } : {}),
      message: `promoted ${plural(commits.length, 'commit')} from ${req.from} to ${req.to} (${how})`,
    }),
  };
  return run;
}

async function refuseFastForward(run: Run): Promise<PromoteResult> {
  const { req, heads } = run;
  const own = (await req.git.log(`${heads.candidate}..${heads.previous}`)).length;
  return run.halt(
    'refused',
    `${req.to} has ${plural(own, 'commit')} that ${req.from} does not (a forward-merged hotfix?): a fast-forward is impossible; promote with strategy merge`,
  );
}

/**
 * Mode pull-request: opens (or reuses) the pull request from → to. A merge is made by GitHub (the
 * result); a fast-forward goes on to the push, which GitHub accepts under branch protection once
 * the pull request satisfies it, and records as its merge.
 */
async function throughPullRequest(run: Run): Promise<PromotionPullRequest | PromoteResult> {
  const { req, heads, commits } = run;
  const github = req.github!;
  const [title, , ...body] = mergeMessage(
    req.from,
    req.to,
    commits,
    req.skipGatesReason,
    req.approvedBy,
  ).split('\n');
  const text = { title: title!, body: body.join('\n') };
  let pullRequest: PromotionPullRequest;
  try {
    // The PR body is markdown: commit subjects and authors are escaped there (no mention, no HTML).
    const markdown = pullRequestBody(commits, req.skipGatesReason);
    pullRequest = await openPullRequest(github, {
      from: req.from,
      to: req.to,
      title: text.title,
      body: markdown,
    });
  } catch (e) {
    return run.halt('refused', `GitHub refused the pull request ${req.from} → ${req.to}: ${apiError(e)}`);
  }
  if (pullRequest.headSha !== heads.candidate) {
    return run.halt(
      'moved',
      `${req.from} moved to ${shortSha(pullRequest.headSha)} while #${pullRequest.number} was opened; re-run`,
    );
  }
  if (run.fastForward) return pullRequest;
  try {
    const sha = await mergePullRequest(github, pullRequest, { candidate: heads.candidate, ...text });
    return run.promoted(sha, `through #${pullRequest.number}`, pullRequest);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const why = `GitHub refused to merge #${pullRequest.number}: ${apiError(e)}`;
    return run.halt(status === 409 ? 'moved' : 'refused', why);
  }
}

/** Makes the merge commit if one is needed, then pushes `to` with a lease on where it was. */
async function pushPromotion(
  run: Run,
  pullRequest: PromotionPullRequest | undefined,
): Promise<PromoteResult> {
  const { req, heads, commits } = run;
  let next = heads.candidate;
  if (!run.fastForward) {
    const message = mergeMessage(req.from, req.to, commits, req.skipGatesReason, req.approvedBy);
    const merged = await req.git.mergeCommit(heads.previous, heads.candidate, message);
    if ('conflicts' in merged) {
      return run.halt(
        'refused',
        `${req.from} does not merge cleanly into ${req.to}: ${merged.conflicts.join(', ')}`,
      );
    }
    next = merged.sha;
  }
  const how = run.fastForward ? 'fast-forward' : `merge commit ${shortSha(next)}`;
  if (req.dryRun) {
    return run.halt(
      'dry-run',
      `dry run: would move ${req.to} from ${shortSha(heads.previous)} to ${shortSha(next)} (${how}, ${plural(commits.length, 'commit')})`,
    );
  }
  await req.beforePush?.();
  const push = await req.git.tryPushWithLease(req.remote, req.to, next, heads.previous);
  if (!push.pushed && !push.leaseLost) {
    return run.halt('refused', `${req.remote} refused the push to ${req.to}: ${push.reason}`);
  }
  if (!push.pushed) {
    const now = await req.git.remoteBranch(req.remote, req.to);
    return run.halt(
      'moved',
      `${req.to} moved from ${shortSha(heads.previous)} to ${now !== null ? shortSha(now) : '(deleted)'} during promotion; re-run`,
    );
  }
  req.logger.info(`${req.to}: ${shortSha(heads.previous)} → ${shortSha(next)} (${how})`);
  return run.promoted(next, pullRequest ? `${how} through #${pullRequest.number}` : how, pullRequest);
}
