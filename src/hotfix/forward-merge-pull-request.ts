import { apiError } from '../promote/messages.js';
import { mergePullRequest, openPullRequest, type PromotionPullRequest } from '../promote/pull-request.js';
import { code } from '../report/markdown-escape.js';
import { shortSha } from '../util/short-sha.js';
import { forwardMergeMessage, targetResult, type TargetRun } from './forward-merge-result.js';
import type { ForwardMerge } from './model.js';

/**
 * Pull-request mode: the pull request hotfix → target, opened or reused, merged through the API
 * pinned to the released head (a hotfix branch that moved since is not merged: its new commits were
 * not released). Branch protection and rulesets apply to it.
 */
export async function mergeThroughPullRequest(run: TargetRun): Promise<ForwardMerge> {
  const { req, target } = run;
  if (!req.github) {
    return targetResult(run, 'refused', 'mode pull-request needs a GitHub token and repository');
  }
  const title = forwardMergeMessage(req, target).split('\n')[0]!;
  let pr: PromotionPullRequest;
  try {
    pr = await openPullRequest(req.github, { from: req.hotfix, to: target, title, body: body(run) });
  } catch (e) {
    return targetResult(
      run,
      'refused',
      `GitHub refused the pull request ${req.hotfix} → ${target}: ${apiError(e)}`,
    );
  }
  const pullRequest = { number: pr.number, url: pr.url };
  if (pr.headSha !== req.head) {
    return targetResult(
      run,
      'moved',
      `${req.hotfix} is at ${shortSha(pr.headSha)} in #${pr.number}, not at the released ${shortSha(req.head)}; re-run`,
      { pullRequest },
    );
  }
  try {
    const message = `Hotfix head: ${req.head}\n`;
    const sha = await mergePullRequest(req.github, pr, { candidate: req.head, title, body: message });
    const how = `${shortSha(run.before)} → ${shortSha(sha)} through #${pr.number}`;
    return targetResult(
      run,
      'merged',
      `merged ${req.hotfix} (${shortSha(req.head)}) into ${target}: ${how}`,
      {
        after: sha,
        pullRequest,
      },
    );
  } catch (e) {
    const status = (e as { status?: number }).status;
    const why = `GitHub refused to merge #${pr.number}: ${apiError(e)}`;
    return targetResult(run, status === 409 ? 'moved' : 'refused', why, { pullRequest });
  }
}

/** The pull request's description (markdown: the names are code spans). */
function body(run: TargetRun): string {
  const { req, target } = run;
  const version = req.versionTag === null ? '' : `, released as ${code(req.versionTag)},`;
  return `Merges the hotfix ${code(req.hotfix)} at ${code(req.head)}${version} forward into ${code(target)}, so that the next promotion does not revert it.\n`;
}
