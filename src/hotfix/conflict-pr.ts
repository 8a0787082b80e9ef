import type { GitHubPort } from '../ports/github.js';

/** The label of a forward-merge conflict's pull request (default). */
export const CONFLICT_LABEL = 'forward-merge-conflict';

export interface ConflictPullRequestArgs {
  /** The branch at the hotfix head the pull request comes from (`forward-merge/hotfix-x-into-staging`). */
  branch: string;
  /** The branch it merges into (`staging`). */
  target: string;
  /** The hotfix branch (`hotfix/x`) and its released version tag, for the title and body. */
  hotfix: string;
  versionTag: string | null;
  /** The paths that conflict. */
  conflicts: string[];
  remote: string;
  label: string;
}

/**
 * The open pull request `branch → target` for a forward-merge conflict: found again on a re-run
 * (its body brought up to date), else created, and labelled. Never two.
 */
export async function openConflictPullRequest(
  gh: GitHubPort,
  args: ConflictPullRequestArgs,
): Promise<{ number: number; url: string; created: boolean }> {
  void gh;
  void args;
  throw new Error('openConflictPullRequest: being written (issue 11)');
}
