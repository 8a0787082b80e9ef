import type { ReleaseRecord, ReleaseResult } from './model.js';
import { publishRelease } from './github-release.js';
import type { ReleaseHooks, ReleaseNotes, ReleaseRequest } from './request.js';

/**
 * Creates or updates the GitHub Release of the result's version tag with its notes (and the asset
 * holding the full production diff when the notes had to leave part of it out).
 */
export async function publishNotes(
  req: ReleaseRequest,
  hooks: ReleaseHooks,
  r: ReleaseResult,
): Promise<ReleaseRecord> {
  return publishRendered(req, r, await hooks.notes(r));
}

/** publishNotes with the notes rendered already. */
export async function publishRendered(
  req: ReleaseRequest,
  r: ReleaseResult,
  notes: ReleaseNotes,
): Promise<ReleaseRecord> {
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

/** The GitHub Release; a failure is said (a warning) and returns false. */
export async function tryPublish(
  req: ReleaseRequest,
  hooks: ReleaseHooks,
  r: ReleaseResult,
): Promise<boolean> {
  if (!req.github) return false;
  try {
    r.release = await publishNotes(req, hooks, r);
    return true;
  } catch (e) {
    req.logger.warning(
      `the GitHub Release of ${r.versionTag} could not be published: ${(e as Error).message}`,
    );
    return false;
  }
}

/**
 * The notes brought up to date with what the waves did. A release never published (the first try
 * failed, and this one too) leaves the run incomplete: a re-run publishes it.
 */
export async function finishNotes(
  req: ReleaseRequest,
  hooks: ReleaseHooks,
  r: ReleaseResult,
  published: boolean,
): Promise<ReleaseResult> {
  if (!req.github || !r.versionTag) return r;
  const first = r.release?.state;
  const ok = await tryPublish(req, hooks, r);
  // Created earlier in this run and brought up to date now: the run created it.
  if (ok && first === 'created') r.release!.state = 'created';
  if (ok || published) return r;
  if (r.outcome === 'released') r.outcome = 'incomplete';
  r.message += `; the GitHub Release of ${r.versionTag} could not be published (re-run to complete it)`;
  return r;
}
