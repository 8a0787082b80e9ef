import { ConfigurationError } from '../errors.js';
import type { GitHubClient, RepoRef } from '../github/client.js';

/**
 * Promotes through a pull request from → to merged with the API, so branch protection and
 * rulesets apply. Reuses an open PR for the same branches; the merge is pinned to `candidate`
 * (GitHub refuses it if `from` moved). Returns the merge commit sha and the PR URL.
 */
export async function mergeThroughPullRequest(
  gh: GitHubClient,
  repo: RepoRef,
  args: { from: string; to: string; candidate: string; title: string; body: string },
): Promise<{ sha: string; url: string; number: number }> {
  const open = await gh.rest.pulls.list({
    ...repo,
    state: 'open',
    head: `${repo.owner}:${args.from}`,
    base: args.to,
    per_page: 10,
  });
  const pr =
    open.data[0] ??
    (
      await gh.rest.pulls.create({
        ...repo,
        head: args.from,
        base: args.to,
        title: args.title,
        body: args.body,
      })
    ).data;
  if (pr.head.sha !== args.candidate) {
    throw new ConfigurationError(
      `pull-request mode promotes the head of ${args.from} (${pr.head.sha.slice(0, 7)}), not ${args.candidate.slice(0, 7)}; use mode push to promote an older commit`,
    );
  }
  const merged = await gh.rest.pulls.merge({
    ...repo,
    pull_number: pr.number,
    sha: args.candidate,
    merge_method: 'merge',
    commit_title: args.title,
  });
  return { sha: merged.data.sha, url: pr.html_url, number: pr.number };
}
