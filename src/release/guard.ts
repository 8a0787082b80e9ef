import type { ReleaseRequest } from './request.js';
import type { ReleaseState } from './state.js';
import { previousReleaseOf } from './tag-message.js';
import { versionPattern } from './versions.js';

const DEFAULT_PATTERN = versionPattern('stable-v{major}.{minor}.{patch}');

/**
 * Why a wave tag must not move, or null. A wave tag moves; a version tag never does, whatever the
 * config says now: a wave named like a version tag (of this pattern or the default one), or one the
 * remote has as an annotated tag whose message records a release (a version tag cut under another
 * pattern), is refused before anything is pushed.
 */
export async function versionTagAsWave(req: ReleaseRequest, state: ReleaseState): Promise<string | null> {
  for (const w of state.waves) {
    if (DEFAULT_PATTERN.parse(w.tag) || state.versions.some((v) => v.tag === w.tag)) {
      return `wave tag ${w.tag} is a version tag: version tags never move`;
    }
    if (!w.object || w.object === w.commit) continue;
    const message = await req.git.tagMessage(w.tag);
    if (message && previousReleaseOf(message) !== undefined) {
      return `wave tag ${w.tag} is a version tag on ${req.remote} (its message records a release): version tags never move`;
    }
  }
  return null;
}
