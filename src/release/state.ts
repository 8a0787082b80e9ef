import { ConfigurationError } from '../errors.js';
import { tag } from '../git/refs.js';
import type { GitPort, RemoteTag } from '../ports/git.js';
import { shortSha } from '../util/short-sha.js';
import { compareVersions, type Version, type VersionPattern } from './versions.js';

/** A version tag on the remote: `stable-v1.4.0` → 1.4.0 at a commit. */
export interface VersionTag {
  tag: string;
  version: Version;
  /** The tag's own object (the lease of a push that must not move it). */
  object: string;
  commit: string;
}

/** A wave's moving tag as the remote has it now. */
export interface WaveTag {
  tag: string;
  /** The ref's object (a lease expects this), null when the tag does not exist. */
  object: string | null;
  commit: string | null;
}

/** What the remote says before a release: the head of `from`, every version tag, each wave's tag. */
export interface ReleaseState {
  from: string;
  fromHead: string;
  /** Ascending by version: the version tags that name a commit. */
  versions: VersionTag[];
  /** Every version a tag name on the remote takes, commit or not: a new version is above them all. */
  taken: Version[];
  waves: WaveTag[];
}

/**
 * Reads the remote: fetches `from`, lists its tags (ls-remote, peeled; the version and wave tags
 * this clone lacks the objects of are fetched first, so their commits are local for logs and diffs),
 * and fetches the wave tags. Nothing local is trusted: every value is the remote's now.
 */
export async function readReleaseState(
  git: GitPort,
  remote: string,
  from: string,
  waveTags: readonly string[],
  pattern: VersionPattern,
): Promise<ReleaseState> {
  await git.requireTopLevel();
  await git.requireFullHistory('release');
  await git.fetch(remote, [from]);
  const fromHead = await git.revParse(`refs/remotes/${remote}/${from}`);
  const tags = await remoteTags(git, remote, waveTags, pattern);
  const byName = new Map(tags.map((t) => [t.name, t]));
  const versions = versionTags(tags, pattern);
  const waves = waveTags.map((name) => {
    const t = byName.get(name);
    return { tag: name, object: t?.object ?? null, commit: t?.commit ?? null };
  });
  for (const w of waves) {
    if (w.object && !w.commit) throw new ConfigurationError(`tag ${w.tag} on ${remote} points at no commit`);
  }
  // The wave tags as the remote has them now (the guard reads an annotated one's message); a version
  // tag's message is fetched where it is read (history.ts previousRelease).
  const wanted = waves.filter((w) => w.object).map((w) => tag(w.tag));
  if (wanted.length > 0) await git.fetchRefs(remote, wanted);
  const taken = tags.flatMap((t) => pattern.parse(t.name) ?? []);
  return { from, fromHead, versions, taken, waves };
}

/** The tags of `pattern` that name a commit this clone has, ascending by version. */
export function versionTags(tags: readonly RemoteTag[], pattern: VersionPattern): VersionTag[] {
  const versions: VersionTag[] = [];
  for (const t of tags) {
    const version = pattern.parse(t.name);
    if (version && t.commit) versions.push({ tag: t.name, version, object: t.object, commit: t.commit });
  }
  return versions.sort((a, b) => compareVersions(a.version, b.version));
}

/** The highest version tag at `commit`, or null. */
export function versionAt(state: ReleaseState, commit: string | null): VersionTag | null {
  if (!commit) return null;
  return state.versions.filter((v) => v.commit === commit).at(-1) ?? null;
}

/** `stable at 1a2b3c4 (stable-v1.3.0)`, for messages. */
export function describeWave(state: ReleaseState, w: WaveTag): string {
  if (!w.commit) return `${w.tag} (not yet created)`;
  const v = versionAt(state, w.commit);
  return `${w.tag} at ${shortSha(w.commit)}${v ? ` (${v.tag})` : ''}`;
}

/**
 * The remote's tags, with the version and wave tags fetched first when the clone lacks their
 * objects (a tag another run pushed after this checkout): only then do they peel to a commit.
 */
async function remoteTags(
  git: GitPort,
  remote: string,
  waveTags: readonly string[],
  pattern: VersionPattern,
): Promise<RemoteTag[]> {
  const ours = (t: RemoteTag) => waveTags.includes(t.name) || pattern.parse(t.name) !== null;
  const tags = await git.listRemoteTags(remote);
  const missing = tags.filter((t) => ours(t) && t.commit === null).map((t) => t.name);
  if (missing.length === 0) return tags;
  await git.fetchRefs(
    remote,
    missing.map((t) => tag(t)),
  );
  return git.listRemoteTags(remote);
}
