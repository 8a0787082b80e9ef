import type { WaveDiff } from '../release/model.js';
import type { ReleaseResult } from '../release/model.js';

/**
 * What a hotfix is and what it did: released off `stable` at once, then merged forward into each
 * downstream branch (default staging, then dev) so that the next promotion does not revert it.
 */

/**
 * Per downstream branch: merged (a merge commit pushed with a lease, or a pull request merged through
 * the API); already-contained (the branch has the hotfix head); conflict-pr (it does not merge
 * cleanly: a branch `forward-merge/<hotfix>-into-<target>` at the hotfix head and a pull request from
 * it, found again on a re-run); would-merge / would-open-pr (dry run); moved (the branch moved during
 * the run: re-run); refused (the remote or GitHub declined, with its reason); not-run (the release
 * did not happen, so nothing is merged forward).
 */
export type ForwardMergeState =
  | 'merged'
  | 'already-contained'
  | 'conflict-pr'
  | 'would-merge'
  | 'would-open-pr'
  | 'moved'
  | 'refused'
  | 'not-run';

export interface ForwardMerge {
  target: string;
  state: ForwardMergeState;
  /** The target's head before the run (null when it could not be read). */
  before: string | null;
  /** Its head after the run (the merge commit when merged). */
  after: string | null;
  /** The paths that conflict (conflict-pr, would-open-pr). */
  conflicts: string[];
  /** The pull request: the conflict's, or the one a pull-request mode merge went through. */
  pullRequest: { number: number; url: string } | null;
  /** The branch a conflict's pull request comes from. */
  branch: string | null;
  message: string;
}

/** A forward-merge's state that fails the run (exit 1): a conflict is not one (its pull request is the result). */
export const FAILED_FORWARD_MERGES: readonly ForwardMergeState[] = ['moved', 'refused'];

export interface HotfixResult {
  /** `hotfix/x`. */
  branch: string;
  /** The hotfix branch's head: what is released. */
  head: string;
  /** The release of the head (its outcome decides whether anything is merged forward). */
  release: ReleaseResult;
  forwardMerges: ForwardMerge[];
  /** What each clean forward-merge changes on its branch's clusters (keyed by target). */
  diffs: Record<string, WaveDiff['diff']>;
  message: string;
}
