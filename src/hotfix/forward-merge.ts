import type { Logger } from '../logger.js';
import type { GitPort } from '../ports/git.js';
import type { GitHubPort } from '../ports/github.js';
import { openConflictPullRequest } from './conflict-pr.js';
import { forwardMergeTarget } from './forward-merge-target.js';
import type { ForwardMerge } from './model.js';

export { conflictBranch } from './forward-merge-result.js';

/** What merging a released hotfix forward needs: the hotfix, the downstream branches, and the ports. */
export interface ForwardMergeRequest {
  remote: string;
  git: GitPort;
  github: GitHubPort | null;
  logger: Logger;
  /** The hotfix branch (`hotfix/x`) and the commit released from it. */
  hotfix: string;
  head: string;
  versionTag: string | null;
  /** The downstream branches, in order. */
  targets: string[];
  /** push (default): a merge commit pushed with a lease; pull-request: a PR hotfix → target merged through the API. */
  mode: 'push' | 'pull-request';
  dryRun: boolean;
  /** The label of a conflict's pull request. */
  conflictLabel: string;
  /**
   * Runs before each target's push: the merge commit's, the API merge of pull-request mode, or the
   * conflict branch's (tests race another clone here). Not in a dry run, nor for a contained target.
   */
  beforePush?: (target: string) => Promise<void>;
  /** The targets merged (or already containing the hotfix) before this one: a conflict's pull request names them. */
  mergedInto?: string[];
}

/** Opens (or finds again) a conflict's pull request: openConflictPullRequest, or a test's fake. */
export type OpenConflictPr = typeof openConflictPullRequest;

/**
 * Merges the released hotfix head into each target, in order, each on its own: a target that
 * conflicts, is refused or moved never stops the next one. Nothing is ever forced: the target is
 * pushed with a lease on the head it was merged from, a conflict branch only if it does not exist.
 */
export async function forwardMerge(
  req: ForwardMergeRequest,
  openConflictPr: OpenConflictPr = openConflictPullRequest,
): Promise<ForwardMerge[]> {
  const results: ForwardMerge[] = [];
  // The head is fetched once if this clone lacks it (the hotfix command has it from its release).
  if (!(await req.git.tryRevParse(req.head))) await req.git.fetch(req.remote, [req.hotfix]);
  for (const target of req.targets) {
    const mergedInto = results
      .filter((r) => r.state === 'merged' || r.state === 'already-contained')
      .map((r) => r.target);
    const result = await forwardMergeTarget({ ...req, mergedInto }, target, openConflictPr);
    req.logger.info(`forward-merge into ${target}: ${result.state}: ${result.message}`);
    results.push(result);
  }
  return results;
}
