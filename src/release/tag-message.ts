import type { PromotedCommit } from '../promote/model.js';
import { oneLine } from '../util/one-line.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

/**
 * The message of a version tag: its changelog (what `git show stable-v1.4.0` tells), and a trailer
 * naming the release it follows, which a re-run reads to render the same notes again.
 */

const PREVIOUS = 'Previous-Release';
const HOTFIX = 'Hotfix';
/** Commits listed in a tag message at most; the GitHub Release lists them all. */
export const TAG_MESSAGE_MAX_COMMITS = 200;

export function versionTagMessage(args: {
  versionTag: string;
  previousVersionTag: string | null;
  commits: readonly PromotedCommit[];
  reason: string | null;
  actor: string | null;
  firstRelease: boolean;
  hotfix?: string | null;
}): string {
  const { versionTag, previousVersionTag, commits } = args;
  const since = previousVersionTag ? ` since ${previousVersionTag}` : '';
  const count = args.firstRelease ? 'The first release.' : `${plural(commits.length, 'commit')}${since}:`;
  const lines = [`${versionTag}`, '', count];
  for (const c of commits.slice(0, TAG_MESSAGE_MAX_COMMITS)) {
    lines.push(`- ${shortSha(c.sha)} ${line(c.subject)}${pullRequestSuffix(c)}`);
  }
  if (commits.length > TAG_MESSAGE_MAX_COMMITS) {
    lines.push(`- … and ${commits.length - TAG_MESSAGE_MAX_COMMITS} more (see the GitHub Release)`);
  }
  if (args.reason) lines.push('', `Reason: ${line(args.reason)}`);
  if (args.hotfix) lines.push(`${HOTFIX}: ${line(args.hotfix)}`);
  if (args.actor) lines.push(`Released-By: ${line(args.actor)}`);
  lines.push(`${PREVIOUS}: ${previousVersionTag ?? 'none'}`);
  return `${lines.join('\n')}\n`;
}

/** The hotfix branch a version tag's message says it released, or null for a release of `release.from`. */
export function hotfixOf(message: string): string | null {
  return new RegExp(`^${HOTFIX}: (.+)$`, 'm').exec(message)?.[1]?.trim() || null;
}

/** The release a version tag's message says it follows: a tag name, null for the first, undefined when unsaid. */
export function previousReleaseOf(message: string): string | null | undefined {
  const m = new RegExp(`^${PREVIOUS}: (\\S+)$`, 'm').exec(message);
  if (!m) return undefined;
  return m[1] === 'none' ? null : m[1]!;
}

/** ` (#12)`, unless the subject names the pull request already (`… (#12)`, `Merge pull request #12 …`). */
function pullRequestSuffix(c: PromotedCommit): string {
  if (c.pullRequest === null) return '';
  return new RegExp(`#${c.pullRequest}(?!\\d)`).test(c.subject) ? '' : ` (#${c.pullRequest})`;
}

/** One line of the message, at most 200 characters. */
const line = (text: string) => oneLine(text).slice(0, 200);
