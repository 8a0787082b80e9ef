import type { Logger } from '../logger.js';
import type { GitHubPulls } from '../ports/github.js';
import { mapLimit } from '../util/concurrency.js';
import { plural } from '../util/plural.js';

/** At most this many commits are looked up with the API per promotion; the rest keep what their subject says. */
export const MAX_PULL_REQUEST_LOOKUPS = 50;
const CONCURRENCY = 4;

/** The pull request a commit came from, by GitHub's merge and squash subjects (`Merge pull request #12`, `… (#12)`). */
export function pullRequestOf(subject: string): number | null {
  const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return m ? Number(m[1]) : null;
}

interface Commit {
  sha: string;
  subject: string;
}

/**
 * The pull request each commit landed on `from` through: the number in its subject (merge and squash
 * merges), else, with GitHub, the merged pull request into `from` that the API associates with the commit
 * (rebase merges, and the commits inside a merged pull request). Open pull requests, such as a promotion's
 * own `from → to` pull request, never count. A failed lookup leaves that commit unlinked with a warning:
 * links are a convenience, never a reason to fail a promotion.
 */
export async function linkPullRequests<C extends Commit>(
  commits: readonly C[],
  from: string,
  github: GitHubPulls | null,
  logger: Logger,
): Promise<(C & { pullRequest: number | null })[]> {
  const linked = commits.map((c) => ({ ...c, pullRequest: pullRequestOf(c.subject) }));
  if (!github) return linked;
  const unlinked = linked.filter((c) => c.pullRequest === null);
  const lookups = unlinked.slice(0, MAX_PULL_REQUEST_LOOKUPS);
  if (unlinked.length > lookups.length) {
    logger.info(
      `${unlinked.length} commits name no pull request; looking up the first ${lookups.length} with the API`,
    );
  }
  let failed = 0;
  await mapLimit(lookups, CONCURRENCY, async (c) => {
    try {
      c.pullRequest = await mergedPullRequest(github, c.sha, from);
    } catch (e) {
      failed++;
      logger.debug(`pull request of ${c.sha}: ${(e as Error).message}`);
    }
  });
  if (failed > 0) {
    logger.warning(`could not look up the pull request of ${plural(failed, 'commit')}`);
  }
  return linked;
}

async function mergedPullRequest(github: GitHubPulls, sha: string, from: string): Promise<number | null> {
  const pulls = await github.pullRequestsOfCommit(sha);
  const merged = pulls.filter((p) => p.mergedAt !== null && p.baseRef === from);
  merged.sort((a, b) => Date.parse(a.mergedAt!) - Date.parse(b.mergedAt!));
  return merged[0]?.number ?? null;
}
