import { apiError } from '../promote/messages.js';
import { shortSha } from '../util/short-sha.js';
import { conflictBranch, targetResult, type TargetRun } from './forward-merge-result.js';
import type { ForwardMergeRequest, OpenConflictPr } from './forward-merge.js';
import type { ForwardMerge } from './model.js';

/** Where the conflict branch stands: pushed now, kept (it has the hotfix head), or refused. */
type Placed = { placed: 'pushed' | 'kept'; tip: string } | { refused: string };

/**
 * A hotfix that does not merge cleanly: the branch `conflictBranch(hotfix, target)` at the hotfix
 * head (never forced: one that exists is kept when it has the head, refused when not) and, with
 * GitHub, its pull request into the target, found again on a re-run.
 */
export async function forwardConflict(
  run: TargetRun,
  conflicts: string[],
  openConflictPr: OpenConflictPr,
): Promise<ForwardMerge> {
  const { req, target } = run;
  const branch = conflictBranch(req.hotfix, target);
  const more = { conflicts, branch };
  const placed = await placeConflictBranch(req, branch);
  if ('refused' in placed) return targetResult(run, 'refused', placed.refused, more);
  const where = `${placed.placed === 'pushed' ? 'pushed' : 'kept'} ${branch} (${shortSha(placed.tip)})`;
  const does = `${req.hotfix} (${shortSha(req.head)}) does not merge cleanly into ${target} (${conflicts.join(', ')})`;
  if (!req.github) {
    const todo = `open a pull request ${branch} → ${target} and resolve the conflicts there`;
    return targetResult(run, 'conflict-pr', `${does}: ${where}; ${todo}`, more);
  }
  try {
    const pr = await openConflictPr(req.github, {
      branch,
      target,
      hotfix: req.hotfix,
      versionTag: req.versionTag,
      conflicts,
      remote: req.remote,
      label: req.conflictLabel,
      ...(req.mergedInto ? { mergedInto: req.mergedInto } : {}),
    });
    const unlabelled =
      pr.label.state === 'not-labelled' ? `; not labelled ${req.conflictLabel}: ${pr.label.message}` : '';
    if (pr.label.state === 'not-labelled') req.logger.warning(pr.label.message);
    const opened = `${pr.created ? 'opened' : 'found'} #${pr.number} to resolve them${unlabelled}`;
    return targetResult(run, 'conflict-pr', `${does}: ${where}, ${opened}`, {
      ...more,
      pullRequest: { number: pr.number, url: pr.url },
    });
  } catch (e) {
    const why = `GitHub refused the pull request ${branch} → ${target}: ${apiError(e)}`;
    return targetResult(run, 'refused', `${does}: ${where}, but ${why}; re-run to open it`, more);
  }
}

/** Pushes the conflict branch at the hotfix head if it does not exist; else judges the one there. */
async function placeConflictBranch(req: ForwardMergeRequest, branch: string): Promise<Placed> {
  if ((await req.git.remoteBranch(req.remote, branch)) === null) {
    const push = await req.git.tryPushRefs(req.remote, [
      { ref: { kind: 'branch', name: branch }, sha: req.head, expected: null },
    ]);
    if (push.pushed) return { placed: 'pushed', tip: req.head };
    if (!push.leaseLost) return { refused: `${req.remote} refused the push of ${branch}: ${push.reason}` };
    // Created meanwhile: judged as one that was there.
  }
  await req.git.fetch(req.remote, [branch]);
  const tip = await req.git.revParse(`refs/remotes/${req.remote}/${branch}`);
  if (await req.git.isAncestor(req.head, tip)) return { placed: 'kept', tip };
  return {
    refused: `${branch} exists at ${shortSha(tip)} without ${req.hotfix} (${shortSha(req.head)}); it is never forced: delete it, or merge ${shortSha(req.head)} into it, and re-run`,
  };
}
