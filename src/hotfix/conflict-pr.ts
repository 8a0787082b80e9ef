import { gitHubError } from '../github/errors.js';
import { isAmbiguousFailure } from '../github/retry.js';
import type { GitHubPort, GitHubPulls, PullRequest } from '../ports/github.js';
import { conflictPullRequestTitle, renderConflictPullRequestBody } from '../report/conflict-pr-body.js';

/** The label of a forward-merge conflict's pull request (default). */
export const CONFLICT_LABEL = 'forward-merge-conflict';

const PULLS_PERMISSION = 'pull-requests: write';
const LABEL_PERMISSION = 'issues: write or pull-requests: write';

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
  /** The branches the hotfix merged into cleanly in this run, named in the body (default none). */
  mergedInto?: string[];
}

/**
 * Whether the pull request carries the label. A label that could not be added is no failure of the
 * forward-merge: the pull request is there and is the result (its number must reach the report), so
 * it is returned, with GitHub's answer as a one-line message for the caller to warn with.
 */
export type ConflictLabelOutcome = { state: 'labelled' } | { state: 'not-labelled'; message: string };

export interface ConflictPullRequest {
  number: number;
  url: string;
  /** This run opened it (false: an open one was found and its title and body brought up to date). */
  created: boolean;
  label: ConflictLabelOutcome;
}

/**
 * The open pull request `branch → target` for a forward-merge conflict: found again on a re-run
 * (its title and body brought up to date: the conflicts may have changed), else created, and
 * labelled. Never two: a create that may have happened (5xx, timeout) is looked for before it
 * fails. Failures to find, update or create are GitHubApiErrors naming `pull-requests: write`.
 */
export async function openConflictPullRequest(
  gh: GitHubPort,
  args: ConflictPullRequestArgs,
): Promise<ConflictPullRequest> {
  const text = { ...args, mergedInto: args.mergedInto ?? [] };
  const content = { title: conflictPullRequestTitle(text), body: renderConflictPullRequestBody(text) };
  const { pr, created } = await foundOrCreated(gh, args, content);
  return { number: pr.number, url: pr.url, created, label: await addLabel(gh, pr.number, args.label) };
}

async function foundOrCreated(
  gh: GitHubPulls,
  args: { branch: string; target: string },
  content: { title: string; body: string },
): Promise<{ pr: PullRequest; created: boolean }> {
  const ends = `${args.branch} → ${args.target}`;
  const existing = await findOpen(gh, args);
  if (existing) {
    const updated = await gh.updatePullRequest(existing.number, content).catch((e: unknown) => {
      throw gitHubError(e, `update PR #${existing.number} (${ends})`, PULLS_PERMISSION);
    });
    return { pr: updated, created: false };
  }
  try {
    return {
      pr: await gh.createPullRequest({ head: args.branch, base: args.target, ...content }),
      created: true,
    };
  } catch (e) {
    // GitHub may have opened it before failing: then it is this run's.
    const found = isAmbiguousFailure(e) ? await findOpen(gh, args) : null;
    if (found) return { pr: found, created: true };
    throw gitHubError(e, `create the pull request ${ends}`, PULLS_PERMISSION);
  }
}

async function findOpen(
  gh: GitHubPulls,
  args: { branch: string; target: string },
): Promise<PullRequest | null> {
  return gh.findOpenPullRequest(args.branch, args.target).catch((e: unknown) => {
    throw gitHubError(e, `list the open pull requests ${args.branch} → ${args.target}`, PULLS_PERMISSION);
  });
}

/** Adding a label it has is no change, so one that may have failed (5xx, timeout) is sent once more. */
async function addLabel(gh: GitHubPort, number: number, label: string): Promise<ConflictLabelOutcome> {
  const add = () => gh.addLabels(number, [label]);
  try {
    await add().catch((e: unknown) => (isAmbiguousFailure(e) ? add() : Promise.reject(e)));
    return { state: 'labelled' };
  } catch (e) {
    const error = gitHubError(e, `add the label ${label} to PR #${number}`, LABEL_PERMISSION);
    return { state: 'not-labelled', message: error.message };
  }
}
