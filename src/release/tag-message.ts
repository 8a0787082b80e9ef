import type { PromotedCommit } from '../promote/model.js';
import { oneLine } from '../util/one-line.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

/**
 * The message of a version tag: its changelog (what `git show stable-v1.4.0` tells), and trailers
 * naming the release it follows and where each wave's tag was when it was cut, which a re-run reads
 * to render the same notes again (a wave moved by an earlier run is shown moved from there).
 */

const PREVIOUS = 'Previous-Release';
const HOTFIX = 'Hotfix';
const WAVE_BEFORE = 'Wave-Before';
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
  /** Each wave's tag and the commit it is at when the release is cut (null: it does not exist). */
  waves?: readonly { tag: string; commit: string | null }[];
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
  for (const w of args.waves ?? []) lines.push(`${WAVE_BEFORE}: ${line(w.tag)} ${w.commit ?? 'none'}`);
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

/**
 * Where the message says each wave's tag was when the release was cut: tag → commit (null: it did
 * not exist); null when it says nothing (a tag cut before these trailers were written).
 */
export function wavesBeforeOf(message: string): Map<string, string | null> | null {
  const waves = new Map<string, string | null>();
  for (const m of message.matchAll(new RegExp(`^${WAVE_BEFORE}: (\\S+) ([0-9a-f]{40,64}|none)$`, 'gm'))) {
    if (!waves.has(m[1]!)) waves.set(m[1]!, m[2] === 'none' ? null : m[2]!);
  }
  return waves.size > 0 ? waves : null;
}

/** ` (#12)`, unless the subject names the pull request already (`… (#12)`, `Merge pull request #12 …`). */
function pullRequestSuffix(c: PromotedCommit): string {
  if (c.pullRequest === null) return '';
  return new RegExp(`#${c.pullRequest}(?!\\d)`).test(c.subject) ? '' : ` (#${c.pullRequest})`;
}

/** One line of the message, at most 200 characters. */
const line = (text: string) => oneLine(text).slice(0, 200);
