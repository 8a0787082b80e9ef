import { linkPullRequests } from '../promote/commit-links.js';
import type { PromotedCommit } from '../promote/model.js';
import type { ReleaseResult } from './model.js';
import { previousOf } from './plan.js';
import type { ReleaseRequest } from './request.js';
import type { ReleaseState, VersionTag } from './state.js';
import {
  gatesSkippedOf,
  hotfixOf,
  previousReleaseOf,
  reasonOf,
  releasedByOf,
  wavesBeforeOf,
} from './tag-message.js';
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
  /** The first wave's tag, and whether the message names the release it follows (`Previous-Release`). */
  firstWave: { tag: string; previousNamed: boolean };
  /** The hotfix branch it released, or null. */
  hotfix: string | null;
  /** The branch it was cut from: the hotfix branch, else `release.from`. */
  from: string;
  /** Who released it and why, as the message records them (null: it does not say). */
  actor: string | null;
  reason: string | null;
  /** Why the gates of the run that cut it were skipped, as the message records it (null: not said). */
  skipGatesReason: string | null;
  /** No version below it exists: the first release. */
  firstRelease: boolean;
}

/** Where a wave's tag was when the release was cut: a commit (null: it did not exist), or unknown, why. */
export type WaveBefore = { known: true; commit: string | null } | { known: false; why: string };

/**
 * Where a wave's tag was when the release was cut: what its tag message records (`Wave-Before`);
 * for the first wave of a tag cut before that was recorded, the commit of the release its
 * `Previous-Release` names (the release that wave ran when it was cut). Else unknown, never guessed
 * (a later wave may have lagged behind the first).
 */
export function waveBefore(told: ToldByTag, wave: string): WaveBefore {
  if (told.wavesBefore?.has(wave)) return { known: true, commit: told.wavesBefore.get(wave)! };
  if (wave === told.firstWave.tag && told.firstWave.previousNamed && told.previous)
    return { known: true, commit: told.previous.commit };
  return {
    known: false,
    why: `${told.tag.tag} does not record where ${wave} was when it was cut (a tag cut by an older version)`,
  };
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
  const hotfix = hotfixOf(message);
  return {
    tag: v,
    previous,
    since: wavesBefore?.has(first) ? wavesBefore.get(first)! : (previous?.commit ?? null),
    wavesBefore,
    firstWave: { tag: first, previousNamed: recorded !== undefined },
    hotfix,
    from: hotfix ?? state.from,
    actor: releasedByOf(message),
    reason: reasonOf(message),
    skipGatesReason: gatesSkippedOf(message),
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
