import type { GitHubClient, RepoRef } from '../github/client.js';

export interface PromotionPullRequest {
  number: number;
  url: string;
  /** The head commit as GitHub sees it now. */
  headSha: string;
}

/**
 * The open pull request from → to, reused when there is one (its title and body are brought up to
 * date), else created. Through it, branch protection and rulesets apply to the promotion.
 */
export async function openPullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  args: { from: string; to: string; title: string; body: string },
): Promise<PromotionPullRequest> {
  const open = await gh.rest.pulls.list({
    ...repo,
    state: 'open',
    head: `${repo.owner}:${args.from}`,
    base: args.to,
    per_page: 10,
  });
  const existing = open.data[0];
  const pr = existing
    ? (
        await gh.rest.pulls.update({
          ...repo,
          pull_number: existing.number,
          title: args.title,
          body: args.body,
        })
      ).data
    : (
        await gh.rest.pulls.create({
          ...repo,
          head: args.from,
          base: args.to,
          title: args.title,
          body: args.body,
        })
      ).data;
  return { number: pr.number, url: pr.html_url, headSha: pr.head.sha };
}

/**
 * Merges the pull request with a merge commit through the API, pinned to `candidate` (GitHub answers
 * 409 when the head moved, 405 when protection or a conflict forbids the merge). Returns the merge
 * commit's sha.
 */
export async function mergePullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  pr: PromotionPullRequest,
  args: { candidate: string; title: string; body: string },
): Promise<string> {
  const merged = await gh.rest.pulls.merge({
    ...repo,
    pull_number: pr.number,
    sha: args.candidate,
    merge_method: 'merge',
    commit_title: args.title,
    commit_message: args.body,
  });
  return merged.data.sha;
}
