import type { ReleaseRecord, ReleaseResult } from './model.js';
import { publishRelease } from './github-release.js';
import type { ReleaseHooks, ReleaseRequest } from './request.js';

/**
 * Creates or updates the GitHub Release of the result's version tag with its notes (and the asset
 * holding the full production diff when the notes had to leave part of it out).
 */
export async function publishNotes(
  req: ReleaseRequest,
  hooks: ReleaseHooks,
  r: ReleaseResult,
): Promise<ReleaseRecord> {
  const notes = await hooks.notes(r);
  const { release, state } = await publishRelease(req.github!, {
    tag: r.versionTag!,
    name: notes.name,
    body: notes.body,
    prerelease: false,
    makeLatest: true,
    ...(notes.asset ? { asset: notes.asset } : {}),
  });
  return { url: release.url, state };
}
