import type { GitHubClient, RepoRef } from '../github/client.js';
import { gitHubError } from '../github/errors.js';
import { isAmbiguousFailure } from '../github/retry.js';

export interface PromotionPullRequest {
  number: number;
  url: string;
  /** The head commit as GitHub sees it now. */
  headSha: string;
}

const PULLS_PERMISSION = 'pull-requests: write and contents: write';

type Pull = { number: number; html_url: string; head: { sha: string } };

const asPromotion = (pr: Pull): PromotionPullRequest => ({
  number: pr.number,
  url: pr.html_url,
  headSha: pr.head.sha,
});

/**
 * The open pull request from → to, reused when there is one (its title and body are brought up to
 * date), else created. Through it, branch protection and rulesets apply to the promotion. A create
 * that may have happened (5xx, timeout) is looked for before it fails: never two pull requests.
 * Failures are GitHubApiErrors.
 */
export async function openPullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  args: { from: string; to: string; title: string; body: string },
): Promise<PromotionPullRequest> {
  const existing = await findOpen(gh, repo, args);
  if (existing) {
    const updated = await gh.rest.pulls
      .update({ ...repo, pull_number: existing.number, title: args.title, body: args.body })
      .catch((e: unknown) => {
        throw gitHubError(e, `update PR #${existing.number} (${args.from} → ${args.to})`, PULLS_PERMISSION);
      });
    return asPromotion(updated.data);
  }
  try {
    const created = await gh.rest.pulls.create({
      ...repo,
      head: args.from,
      base: args.to,
      title: args.title,
      body: args.body,
    });
    return asPromotion(created.data);
  } catch (e) {
    const found = isAmbiguousFailure(e) ? await findOpen(gh, repo, args) : null;
    if (found) return asPromotion(found);
    throw gitHubError(e, `create the pull request ${args.from} → ${args.to}`, PULLS_PERMISSION);
  }
}

async function findOpen(
  gh: GitHubClient,
  repo: RepoRef,
  args: { from: string; to: string },
): Promise<Pull | undefined> {
  const open = await gh.rest.pulls
    .list({ ...repo, state: 'open', head: `${repo.owner}:${args.from}`, base: args.to, per_page: 10 })
    .catch((e: unknown) => {
      throw gitHubError(e, `list the open pull requests ${args.from} → ${args.to}`, PULLS_PERMISSION);
    });
  return open.data[0];
}

/**
 * Merges the pull request with a merge commit through the API, pinned to `candidate` (GitHub answers
 * 409 when the head moved, 405 when protection or a conflict forbids the merge). Returns the merge
 * commit's sha. A failed merge (a retried one included) is checked against the pull request: merged at
 * `candidate` is a success. Failures are GitHubApiErrors (with GitHub's status).
 */
export async function mergePullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  pr: PromotionPullRequest,
  args: { candidate: string; title: string; body: string },
): Promise<string> {
  try {
    const merged = await gh.rest.pulls.merge({
      ...repo,
      pull_number: pr.number,
      sha: args.candidate,
      merge_method: 'merge',
      commit_title: args.title,
      commit_message: args.body,
    });
    return merged.data.sha;
  } catch (e) {
    const now = await gh.rest.pulls.get({ ...repo, pull_number: pr.number }).catch(() => null);
    const data = now?.data;
    if (data?.merged && data.merge_commit_sha && data.head.sha === args.candidate)
      return data.merge_commit_sha;
    throw gitHubError(e, `merge PR #${pr.number}`, PULLS_PERMISSION);
  }
}
