import type { Release } from '../ports/github.js';
import type { ReleaseResult } from './model.js';
import type { ReleasePlan } from './plan.js';
import { publishNotes } from './publish.js';
import type { ReleaseHooks, ReleaseRequest } from './request.js';
import { baseResult, withClusters } from './result.js';
import type { ReleaseState } from './state.js';
import { changelog, toldByTag, versionFields, waveBefore, type ToldByTag } from './history.js';
import { readNotesStamp, staleWaves } from './notes-stamp.js';
import { asReleased } from './release-view.js';
import { verifyWave } from './verify-wave.js';

type Nothing = Extract<ReleasePlan, { kind: 'nothing' }>;

/**
 * Every wave asked for is at the candidate already: nothing moves. What an earlier run may have left
 * undone is done now: the waves are verified when asked (a run stopped during its verification, or
 * one that failed it without rolling back, is not a success), a version tag without its GitHub
 * Release gets it, and an existing one whose notes an earlier run left behind the tags (it stopped
 * after a wave moved, before it wrote them) gets the notes one uninterrupted run would have written.
 * A dry run writes nothing and says what it would write.
 */
export async function nothingToRelease(
  req: ReleaseRequest,
  state: ReleaseState,
  plan: Nothing,
  hooks: ReleaseHooks,
): Promise<ReleaseResult> {
  const r = { ...baseResult(req, state, plan.candidate), outcome: 'nothing-to-release' as const };
  r.message = plan.message;
  const v = plan.existing;
  if (!v) return r;
  const told = await toldByTag(req, state, v);
  Object.assign(r, versionFields(v, told.previous));
  r.previousSha = told.since;
  if (req.verify && !req.dryRun) {
    const failed = await verifyAgain(req, state, r, hooks, told);
    if (failed) return failed;
  }
  if (!req.github) return r;
  const existing = await req.github.getReleaseByTag(v.tag);
  if (!existing) return completeRelease(req, state, r, hooks, told);
  return refreshNotes(req, state, r, hooks, told, existing);
}

/** The waves at the candidate verified again; the failed result (rolled back when asked), or null. */
async function verifyAgain(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
): Promise<ReleaseResult | null> {
  const facts = await hooks.atCandidate(r.candidate);
  r.waves = withClusters(r.waves, facts);
  const limit = req.wave ?? r.waves.length;
  for (const wave of r.waves.slice(0, limit)) {
    const back = waveBefore(told, wave.tag);
    const failed = await verifyWave(
      req,
      facts,
      state,
      r,
      wave,
      r.candidate,
      back === r.candidate ? null : back,
    );
    if (failed) return failed;
  }
  r.message += `; verified: ${r.waves
    .slice(0, limit)
    .map((w) => w.tag)
    .join(', ')}`;
  return null;
}

/**
 * The release as one uninterrupted run would have published it (asReleased): the commits since the
 * release before, each wave's clusters, with what this run cannot know said so (the gates of the run
 * that pushed the tags).
 */
async function asPublished(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
): Promise<ReleaseResult> {
  r.commits = await changelog(req, state, r.previousSha, told.tag.commit);
  if (r.waves.every((w) => w.clusters.length === 0))
    r.waves = withClusters(r.waves, await hooks.atCandidate(told.tag.commit));
  return asReleased(r, told, null);
}

/**
 * The GitHub Release an earlier run could not make, made now. Its notes are the release's (not this
 * run's "nothing to release").
 */
async function completeRelease(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
): Promise<ReleaseResult> {
  const view = await asPublished(req, state, r, hooks, told);
  const tag = told.tag.tag;
  if (req.dryRun) {
    await hooks.notes(view);
    r.message = `${r.message}; dry run: the GitHub Release of ${tag} is missing and would be created`;
    return r;
  }
  r.release = await publishNotes(req, hooks, view);
  r.resumed = true;
  r.message = `${r.message}; the GitHub Release of ${tag} was missing and is now created`;
  return r;
}

/**
 * The notes of an existing release, checked against the tags by their stamp (notes-stamp.ts): behind
 * them (a wave shown held that is at the release now, a verification missing), they are rendered
 * again and the release updated if they differ; else, or without a stamp (said), left as they are.
 */
async function refreshNotes(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
  existing: Release,
): Promise<ReleaseResult> {
  const tag = told.tag.tag;
  r.release = { url: existing.url, state: 'unchanged' };
  const stamp = readNotesStamp(existing.body);
  if (!stamp) {
    r.notesRefresh = 'unknown';
    const why = `the notes of the GitHub Release of ${tag} carry no stamp of the waves they show (written by an older version, or edited), so whether they are behind the tags is unknown: left as they are`;
    req.logger.warning(why);
    r.message += `; ${why}`;
    return r;
  }
  const behind = staleWaves(stamp, r.waves, told.tag.commit);
  if (behind.length === 0) {
    r.notesRefresh = 'up-to-date';
    return r;
  }
  const what = `the notes of the GitHub Release of ${tag} were behind the tags (${behind.join('; ')}: an earlier run stopped before it brought them up to date)`;
  const view = await asPublished(req, state, r, hooks, told);
  if (req.dryRun) {
    await hooks.notes(view);
    r.notesRefresh = 'would-update';
    r.message += `; dry run: ${what} and would be updated`;
    return r;
  }
  try {
    r.release = await publishNotes(req, hooks, view);
  } catch (e) {
    const why = `${what}, and could not be updated: ${(e as Error).message}`;
    req.logger.warning(why);
    return { ...r, outcome: 'incomplete', message: `${r.message}; ${why} (re-run to complete it)` };
  }
  r.notesRefresh = r.release.state === 'unchanged' ? 'up-to-date' : 'updated';
  const done = r.notesRefresh === 'updated' ? 'updated' : 'found equal to the tags when rendered';
  r.message += `; ${what} and are now ${done}`;
  req.logger.info(`${what}: ${done}`);
  return r;
}
