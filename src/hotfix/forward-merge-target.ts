import { apiError } from '../promote/messages.js';
import { shortSha } from '../util/short-sha.js';
import { forwardConflict } from './forward-merge-conflict.js';
import { mergeThroughPullRequest } from './forward-merge-pull-request.js';
import { conflictBranch, forwardMergeMessage, targetResult, type TargetRun } from './forward-merge-result.js';
import type { ForwardMergeRequest, OpenConflictPr } from './forward-merge.js';
import type { ForwardMerge } from './model.js';

/**
 * One target: fetched, then already-contained, merged (or would-merge), a conflict's branch and pull
 * request, moved or refused. What fails here (a fetch, git, GitHub) is this target's `refused`, with
 * the reason: the next target still runs.
 */
export async function forwardMergeTarget(
  req: ForwardMergeRequest,
  target: string,
  openConflictPr: OpenConflictPr,
): Promise<ForwardMerge> {
  let before: string | null = null;
  try {
    // The head is local already (the release read it): a hotfix branch deleted since does not matter.
    await req.git.fetch(req.remote, [target]);
    before = await req.git.revParse(`refs/remotes/${req.remote}/${target}`);
    return await mergeInto({ req, target, before }, openConflictPr);
  } catch (e) {
    const message = `cannot merge ${req.hotfix} (${shortSha(req.head)}) into ${target}: ${apiError(e)}`;
    const run = { req, target, before: before ?? '' };
    return { ...targetResult(run, 'refused', message), before, after: before };
  }
}

/** The target's head has the hotfix, or the hotfix merges into it (merge commit or conflict). */
async function mergeInto(run: TargetRun, openConflictPr: OpenConflictPr): Promise<ForwardMerge> {
  const { req, target, before } = run;
  const head = `${req.hotfix} (${shortSha(req.head)})`;
  if (await req.git.isAncestor(req.head, before)) {
    return targetResult(run, 'already-contained', `${target} (${shortSha(before)}) already contains ${head}`);
  }
  const merged = await req.git.mergeCommit(before, req.head, forwardMergeMessage(req, target));
  if (req.dryRun && 'conflicts' in merged) {
    const branch = conflictBranch(req.hotfix, target);
    const would = `would push ${branch} at ${shortSha(req.head)} and open a pull request into ${target}`;
    return targetResult(
      run,
      'would-open-pr',
      `dry run: ${head} does not merge cleanly into ${target} (${shortSha(before)}): ${merged.conflicts.join(', ')}; ${would}`,
      { conflicts: merged.conflicts, branch },
    );
  }
  if (req.dryRun) {
    return targetResult(
      run,
      'would-merge',
      `dry run: would merge ${head} into ${target} (${shortSha(before)})`,
    );
  }
  await req.beforePush?.(target);
  if ('conflicts' in merged) return forwardConflict(run, merged.conflicts, openConflictPr);
  if (req.mode === 'pull-request') return mergeThroughPullRequest(run);
  return pushMerge(run, merged.sha);
}

/** Pushes the merge commit with a lease on the head it was made from. */
async function pushMerge(run: TargetRun, sha: string): Promise<ForwardMerge> {
  const { req, target, before } = run;
  const push = await req.git.tryPushWithLease(req.remote, target, sha, before);
  if (push.pushed) {
    return targetResult(
      run,
      'merged',
      `merged ${req.hotfix} (${shortSha(req.head)}) into ${target}: ${shortSha(before)} → ${shortSha(sha)} (merge commit)`,
      { after: sha },
    );
  }
  if (!push.leaseLost) {
    return targetResult(run, 'refused', `${req.remote} refused the push to ${target}: ${push.reason}`);
  }
  const now = await req.git.remoteBranch(req.remote, target);
  return targetResult(
    run,
    'moved',
    `${target} moved from ${shortSha(before)} to ${now !== null ? shortSha(now) : '(deleted)'} during the forward-merge; re-run`,
    { after: now },
  );
}
