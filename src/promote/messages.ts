import { GitHubApiError } from '../github/errors.js';
import { cell, code } from '../report/markdown-escape.js';
import type { PromotedCommit } from './model.js';
import { plural } from '../util/plural.js';
import { oneLine } from '../util/one-line.js';
import { shortSha } from '../util/short-sha.js';

/** An Octokit error's message: GitHub's own words, one line. */
export function apiError(e: unknown): string {
  if (e instanceof GitHubApiError) return e.message; // names the endpoint and the status already
  const status = (e as { status?: number }).status;
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  return status ? `${message} (HTTP ${status})` : message;
}

/** The merge commit's (and the promotion pull request's) message: the commits it promotes. */
export function mergeMessage(
  from: string,
  to: string,
  commits: readonly PromotedCommit[],
  skipReason: string | undefined,
  approvedBy?: string,
): string {
  const lines = [`Promote ${from} → ${to} (${plural(commits.length, 'commit')})`, ''];
  for (const c of commits) lines.push(`- ${shortSha(c.sha)} ${c.subject} (${c.author})`);
  if (skipReason !== undefined) lines.push('', `Gates skipped: ${skipReason}`);
  if (approvedBy) lines.push('', `Approved-By: ${oneLine(approvedBy)}`);
  return `${lines.join('\n')}\n`;
}

/** The promotion PR's description: mergeMessage's list, with repository text escaped for markdown. */
export function pullRequestBody(commits: readonly PromotedCommit[], skipReason: string | undefined): string {
  const lines = commits.map((c) => `- ${code(shortSha(c.sha))} ${cell(c.subject)} (${cell(c.author)})`);
  if (skipReason !== undefined) lines.push('', `Gates skipped: ${cell(skipReason)}`);
  return `${lines.join('\n')}\n`;
}
