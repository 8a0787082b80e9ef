import { ConfigurationError } from '../errors.js';
import { tagProblem } from '../git/refs.js';
import { clip } from '../util/clip.js';
import { escapeRegExp } from '../util/regexp-escape.js';

/**
 * Release versions and the tag names that carry them (`stable-v{major}.{minor}.{patch}`): pure,
 * no I/O. A tag name is read as a version only when it matches the pattern whole, with numbers
 * written the one way `format` writes them (no leading zeros, at most 9 digits), so every version
 * has exactly one tag name and every other name (hostile or not) is no version.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

export type Bump = 'patch' | 'minor' | 'major';

export interface VersionPattern {
  /** The pattern as configured. */
  readonly source: string;
  format(v: Version): string;
  /** The version `tagName` names, or null when it is not exactly a tag of this pattern. */
  parse(tagName: string): Version | null;
}

/** Where a pattern is configured, for the messages (`file:line`). */
export type PatternSource = { file?: string; line?: number };

/** The largest number of a version part (9 digits). */
export const MAX_VERSION_PART = 999_999_999;

const PARTS = ['major', 'minor', 'patch'] as const;
const NUMBER = '(0|[1-9][0-9]{0,8})';
const LARGEST: Version = { major: MAX_VERSION_PART, minor: MAX_VERSION_PART, patch: MAX_VERSION_PART };

/**
 * The tag names of `pattern`: `{major}`, `{minor}` and `{patch}` each exactly once and in that
 * order, with literal text holding a non-digit between them (so a name reads back one way), no
 * other `{`/`}`, and names git accepts as tags. Throws a ConfigurationError naming the pattern and
 * what is wrong with it (at `where` when given).
 */
export function versionPattern(pattern: string, where?: PatternSource): VersionPattern {
  const [prefix, first, second, suffix] = literalsOf(pattern, where);
  const format = (v: Version) => `${prefix}${v.major}${first}${v.minor}${second}${v.patch}${suffix}`;
  for (const example of [{ major: 0, minor: 0, patch: 0 }, LARGEST]) {
    const problem = tagProblem(format(example));
    if (problem)
      throw new ConfigurationError(
        `version pattern "${clip(pattern)}" does not make tag names git accepts: ${problem}`,
        where,
      );
  }
  const literal = [prefix, first, second, suffix].map(escapeRegExp);
  const re = new RegExp(`^${literal[0]}${NUMBER}${literal[1]}${NUMBER}${literal[2]}${NUMBER}${literal[3]}$`);
  return {
    source: pattern,
    format,
    parse(tagName: string): Version | null {
      const m = re.exec(tagName);
      return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : null;
    },
  };
}

/** The four literal parts of a pattern: before {major}, between the placeholders, after {patch}. */
function literalsOf(pattern: string, where?: PatternSource): [string, string, string, string] {
  const refuse = (what: string): never => {
    throw new ConfigurationError(`version pattern "${clip(pattern)}" ${what}`, where);
  };
  const seen: string[] = [];
  const literals: string[] = [];
  let last = 0;
  for (const m of pattern.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1]!;
    if (!(PARTS as readonly string[]).includes(name))
      refuse(`has {${clip(name, 40)}}: the placeholders are {major}, {minor} and {patch}`);
    if (seen.includes(name)) refuse(`has {${name}} more than once: each placeholder appears exactly once`);
    seen.push(name);
    literals.push(pattern.slice(last, m.index));
    last = m.index + m[0].length;
  }
  literals.push(pattern.slice(last));
  if (literals.some((l) => /[{}]/.test(l)))
    refuse('has a "{" or "}" that is not part of {major}, {minor} or {patch}');
  const absent = PARTS.filter((p) => !seen.includes(p));
  if (absent.length > 0) refuse(`lacks ${absent.map((p) => `{${p}}`).join(', ')}: it needs all three`);
  if (seen.join() !== PARTS.join()) refuse('must have {major}, {minor} and {patch} in that order');
  for (const [i, between] of [literals[1]!, literals[2]!].entries()) {
    if (!/[^0-9]/.test(between))
      refuse(
        `needs literal text with a non-digit between {${PARTS[i]}} and {${PARTS[i + 1]}} (such as "."), or its tag names read back more than one way`,
      );
  }
  return literals as [string, string, string, string];
}

const PLAIN = versionPattern('{major}.{minor}.{patch}');

/** `1.2.3` (no leading `v`, no leading zeros), as config's first version is written; else null. */
export function parseVersion(text: string): Version | null {
  return PLAIN.parse(text);
}

/** `1.2.3`. */
export function formatVersion(v: Version): string {
  return PLAIN.format(v);
}

/** Negative when `a` is older than `b`, 0 when equal, positive when newer (1.10.0 > 1.9.0). */
export function compareVersions(a: Version, b: Version): number {
  return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
}

/** 1.2.3 patch → 1.2.4, minor → 1.3.0, major → 2.0.0. A part past 9 digits is a ConfigurationError. */
export function bumpVersion(v: Version, bump: Bump): Version {
  const next =
    bump === 'major'
      ? { major: v.major + 1, minor: 0, patch: 0 }
      : bump === 'minor'
        ? { major: v.major, minor: v.minor + 1, patch: 0 }
        : { major: v.major, minor: v.minor, patch: v.patch + 1 };
  if (next[bump] > MAX_VERSION_PART)
    throw new ConfigurationError(
      `cannot bump ${formatVersion(v)} (${bump}): a version number has at most 9 digits`,
    );
  return next;
}

/** The next version: `first` when none exists, else the highest existing bumped. */
export function nextVersion(existing: readonly Version[], bump: Bump, first: Version): Version {
  const highest = existing.reduce<Version | null>(
    (max, v) => (max === null || compareVersions(v, max) > 0 ? v : max),
    null,
  );
  return highest ? bumpVersion(highest, bump) : first;
}
