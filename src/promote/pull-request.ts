import { gitHubError } from '../github/errors.js';
import { isAmbiguousFailure } from '../github/retry.js';
import type { GitHubPulls, PullRequest } from '../ports/github.js';

export interface PromotionPullRequest {
  number: number;
  url: string;
  /** The head commit as GitHub sees it now. */
  headSha: string;
}

const PULLS_PERMISSION = 'pull-requests: write and contents: write';

const asPromotion = (pr: PullRequest): PromotionPullRequest => ({
  number: pr.number,
  url: pr.url,
  headSha: pr.headSha,
});

/**
 * The open pull request from → to, reused when there is one (its title and body are brought up to
 * date), else created. Through it, branch protection and rulesets apply to the promotion. A create
 * that may have happened (5xx, timeout) is looked for before it fails: never two pull requests.
 * Failures are GitHubApiErrors.
 */
export async function openPullRequest(
  gh: GitHubPulls,
  args: { from: string; to: string; title: string; body: string },
): Promise<PromotionPullRequest> {
  const existing = await findOpen(gh, args);
  if (existing) {
    const updated = await gh
      .updatePullRequest(existing.number, { title: args.title, body: args.body })
      .catch((e: unknown) => {
        throw gitHubError(e, `update PR #${existing.number} (${args.from} → ${args.to})`, PULLS_PERMISSION);
      });
    return asPromotion(updated);
  }
  try {
    const created = await gh.createPullRequest({
      head: args.from,
      base: args.to,
      title: args.title,
      body: args.body,
    });
    return asPromotion(created);
  } catch (e) {
    const found = isAmbiguousFailure(e) ? await findOpen(gh, args) : null;
    if (found) return asPromotion(found);
    throw gitHubError(e, `create the pull request ${args.from} → ${args.to}`, PULLS_PERMISSION);
  }
}

async function findOpen(gh: GitHubPulls, args: { from: string; to: string }): Promise<PullRequest | null> {
  return gh.findOpenPullRequest(args.from, args.to).catch((e: unknown) => {
    throw gitHubError(e, `list the open pull requests ${args.from} → ${args.to}`, PULLS_PERMISSION);
  });
}

/**
 * Merges the pull request with a merge commit through the API, pinned to `candidate` (GitHub answers
 * 409 when the head moved, 405 when protection or a conflict forbids the merge). Returns the merge
 * commit's sha. A failed merge (a retried one included) is checked against the pull request: merged at
 * `candidate` is a success. Failures are GitHubApiErrors (with GitHub's status).
 */
export async function mergePullRequest(
  gh: GitHubPulls,
  pr: PromotionPullRequest,
  args: { candidate: string; title: string; body: string },
): Promise<string> {
  try {
    return await gh.mergePullRequest(pr.number, {
      sha: args.candidate,
      title: args.title,
      message: args.body,
    });
  } catch (e) {
    const now = await gh.getPullRequest(pr.number).catch(() => null);
    if (now?.merged && now.mergeCommitSha && now.headSha === args.candidate) return now.mergeCommitSha;
    throw gitHubError(e, `merge PR #${pr.number}`, PULLS_PERMISSION);
  }
}
