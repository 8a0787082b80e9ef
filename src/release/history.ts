import { linkPullRequests } from '../promote/commit-links.js';
import type { PromotedCommit } from '../promote/model.js';
import type { ReleaseResult } from './model.js';
import { previousOf } from './plan.js';
import type { ReleaseRequest } from './request.js';
import type { ReleaseState, VersionTag } from './state.js';
import { previousReleaseOf } from './tag-message.js';
import { formatVersion } from './versions.js';

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
  await req.git.fetchRefs(req.remote, [{ kind: 'tag', name: v.tag }]);
  const message = await req.git.tagMessage(v.tag);
  const named = message ? previousReleaseOf(message) : undefined;
  if (named === null) return null;
  if (named !== undefined) return state.versions.find((x) => x.tag === named) ?? previousOf(state, v);
  return previousOf(state, v);
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
