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
const RELEASED_BY = 'Released-By';
const REASON = 'Reason';
const GATES_SKIPPED = 'Gates-Skipped';
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
  /** Why the gates of the run that cut it were skipped (`--skip-gates`), or null. */
  skipGatesReason?: string | null;
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
  // The trailers (trailersOf): from here to the end, one `Key: value` line each.
  if (args.reason) lines.push('', `${REASON}: ${line(args.reason)}`);
  if (args.hotfix) lines.push(`${HOTFIX}: ${line(args.hotfix)}`);
  if (args.actor) lines.push(`${RELEASED_BY}: ${line(args.actor)}`);
  if (args.skipGatesReason) lines.push(`${GATES_SKIPPED}: ${line(args.skipGatesReason)}`);
  // Whole (a ref name is at most 255 characters, and config refuses one oneLine would change): read back as named.
  for (const w of args.waves ?? []) lines.push(`${WAVE_BEFORE}: ${oneLine(w.tag)} ${w.commit ?? 'none'}`);
  lines.push(`${PREVIOUS}: ${previousVersionTag ?? 'none'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The trailers of a version tag's message: its final block of `Key: value` lines, read bottom-up
 * (lines split on `\n` only, a CRLF's `\r` dropped) up to the first line that is not one. Only the
 * writer above puts lines there: a commit subject is one `- <sha> …` line above them (oneLine maps
 * every line end JavaScript or a viewer knows), so none can add or shadow a trailer. In message
 * order; a key may repeat (Wave-Before).
 */
export function trailersOf(message: string): { key: string; value: string }[] {
  const lines = message.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const trailers: { key: string; value: string }[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = TRAILER.exec(lines[i]!);
    if (!m) break;
    trailers.unshift({ key: m[1]!, value: m[2]! });
  }
  return trailers;
}

const TRAILER = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/;

/** The value of the first trailer `key`, or undefined. */
function trailer(message: string, key: string): string | undefined {
  return trailersOf(message).find((t) => t.key === key)?.value;
}

/** The hotfix branch a version tag's message says it released, or null for a release of `release.from`. */
export function hotfixOf(message: string): string | null {
  return trailer(message, HOTFIX)?.trim() || null;
}

/** Who the version tag's message says released it (`Released-By`), or null when it does not say. */
export function releasedByOf(message: string): string | null {
  return trailer(message, RELEASED_BY)?.trim() || null;
}

/** The reason the version tag's message records (`Reason`), or null when it records none. */
export function reasonOf(message: string): string | null {
  return trailer(message, REASON)?.trim() || null;
}

/** Why the message says the gates of the run that cut it were skipped (`Gates-Skipped`), or null. */
export function gatesSkippedOf(message: string): string | null {
  return trailer(message, GATES_SKIPPED)?.trim() || null;
}

/** The release a version tag's message says it follows: a tag name, null for the first, undefined when unsaid. */
export function previousReleaseOf(message: string): string | null | undefined {
  const value = trailer(message, PREVIOUS);
  if (value === undefined || value === '' || /\s/.test(value)) return undefined;
  return value === 'none' ? null : value;
}

/**
 * Where the message says each wave's tag was when the release was cut: tag → commit (null: it did
 * not exist); null when it says nothing (a tag cut before these trailers were written). A trailer is
 * `<tag> <commit|none>`: a ref name holds no ASCII space, so the last one ends the tag.
 */
export function wavesBeforeOf(message: string): Map<string, string | null> | null {
  const waves = new Map<string, string | null>();
  for (const t of trailersOf(message)) {
    if (t.key !== WAVE_BEFORE) continue;
    const space = t.value.lastIndexOf(' ');
    const tag = t.value.slice(0, space);
    const commit = t.value.slice(space + 1);
    if (space <= 0 || !/^(?:[0-9a-f]{40}|[0-9a-f]{64}|none)$/.test(commit)) continue;
    if (!waves.has(tag)) waves.set(tag, commit === 'none' ? null : commit);
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
