import { branchProblem } from '../git/refs.js';
import type { ForwardMergeRequest } from './forward-merge.js';
import type { ForwardMerge, ForwardMergeState } from './model.js';

/** One target's run: the request, the target, and its head when the run began. */
export interface TargetRun {
  req: ForwardMergeRequest;
  target: string;
  before: string;
}

/** A target's result; unless `more` says otherwise the target did not move (after = before). */
export function targetResult(
  run: TargetRun,
  state: ForwardMergeState,
  message: string,
  more: Partial<Omit<ForwardMerge, 'target' | 'state' | 'message'>> = {},
): ForwardMerge {
  return {
    target: run.target,
    state,
    before: run.before,
    after: run.before,
    conflicts: [],
    pullRequest: null,
    branch: null,
    message,
    ...more,
  };
}

/**
 * The branch a conflict's pull request comes from: `forward-merge/<hotfix, / as ->-into-<target>`
 * (`hotfix/x` into `staging`: `forward-merge/hotfix-x-into-staging`).
 */
export function conflictBranch(hotfix: string, target: string): string {
  const name = `forward-merge/${hotfix.replaceAll('/', '-')}-into-${target}`;
  const problem = branchProblem(name);
  if (problem) throw new Error(`the conflict branch of ${hotfix} into ${target}: ${problem}`);
  return name;
}

/** The merge commit's message (its first line is the pull request's title in pull-request mode). */
export function forwardMergeMessage(req: ForwardMergeRequest, target: string): string {
  const version = req.versionTag === null ? '' : ` (${req.versionTag})`;
  return `Forward-merge ${req.hotfix}${version} into ${target}\n\nHotfix head: ${req.head}\n`;
}
