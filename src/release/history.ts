import { linkPullRequests } from '../promote/commit-links.js';
import type { PromotedCommit } from '../promote/model.js';
import type { ReleaseResult } from './model.js';
import { previousOf } from './plan.js';
import type { ReleaseRequest } from './request.js';
import type { ReleaseState, VersionTag } from './state.js';
import { hotfixOf, previousReleaseOf, wavesBeforeOf } from './tag-message.js';
import { compareVersions, formatVersion } from './versions.js';

/** The fields of a result that name a release and the one it follows. */
export function versionFields(
  v: Pick<VersionTag, 'tag' | 'version'>,
  previous: Pick<VersionTag, 'tag' | 'version'> | null,
): Partial<ReleaseResult> {
  return {
    releaseVersion: formatVersion(v.version),
    versionTag: v.tag,
    previousReleaseVersion: previous ? formatVersion(previous.version) : null,
    previousVersionTag: previous?.tag ?? null,
  };
}

/**
 * The release `v` follows: what its tag message records (the release production ran when it was
 * cut), else the one before it by version. The tag is fetched first: a local tag is not trusted.
 */
export async function previousRelease(
  req: ReleaseRequest,
  state: ReleaseState,
  v: VersionTag,
): Promise<VersionTag | null> {
  return (await toldByTag(req, state, v)).previous;
}

/** What a version tag tells of its release, for a later run that renders its notes again. */
export interface ToldByTag {
  tag: VersionTag;
  /** The release it follows (previousRelease). */
  previous: VersionTag | null;
  /** Where the first wave was when it was cut: what the notes list the commits since. */
  since: string | null;
  /** Each wave's tag → its commit when the release was cut; null when the message does not say. */
  wavesBefore: Map<string, string | null> | null;
  /** The hotfix branch it released, or null. */
  hotfix: string | null;
  /** No version below it exists: the first release. */
  firstRelease: boolean;
}

/**
 * Where a wave's tag was when the release was cut: what its tag message records, else (a tag cut
 * before that was recorded) where the first wave was, as that run pushed it; null: it did not exist.
 */
export function waveBefore(told: ToldByTag, wave: string): string | null {
  return told.wavesBefore?.has(wave) ? told.wavesBefore.get(wave)! : told.since;
}

/** Reads `v`'s tag message (fetched first: a local tag is not trusted). */
export async function toldByTag(req: ReleaseRequest, state: ReleaseState, v: VersionTag): Promise<ToldByTag> {
  await req.git.fetchRefs(req.remote, [{ kind: 'tag', name: v.tag }]);
  const message = (await req.git.tagMessage(v.tag)) ?? '';
  const named = previousReleaseOf(message);
  const recorded = named ? state.versions.find((x) => x.tag === named) : undefined;
  const previous = named === null ? null : (recorded ?? previousOf(state, v));
  const wavesBefore = wavesBeforeOf(message);
  const first = state.waves[0]!.tag;
  return {
    tag: v,
    previous,
    since: wavesBefore?.has(first) ? wavesBefore.get(first)! : (previous?.commit ?? null),
    wavesBefore,
    hotfix: hotfixOf(message),
    firstRelease: !state.taken.some((t) => compareVersions(t, v.version) < 0),
  };
}

/** The commits `since..until`, oldest first, each linked to the pull request it came through; none without `since`. */
export async function changelog(
  req: ReleaseRequest,
  state: ReleaseState,
  since: string | null,
  until: string,
): Promise<PromotedCommit[]> {
  if (!since) return [];
  const log = await req.git.log(`${since}..${until}`);
  return linkPullRequests(log, state.from, req.github, req.logger);
}
