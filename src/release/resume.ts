import type { ReleaseResult } from './model.js';
import type { ReleasePlan } from './plan.js';
import { publishNotes } from './publish.js';
import type { ReleaseHooks, ReleaseRequest } from './request.js';
import { baseResult, withClusters } from './result.js';
import type { ReleaseState, VersionTag } from './state.js';
import { changelog, previousRelease, versionFields } from './history.js';
import { shortSha } from '../util/short-sha.js';
import { verifyWave } from './verify-wave.js';

type Nothing = Extract<ReleasePlan, { kind: 'nothing' }>;

/**
 * Every wave asked for is at the candidate already: nothing moves. What an earlier run may have left
 * undone is done now: the waves are verified when asked (a run stopped during its verification, or
 * one that failed it without rolling back, is not a success), and a version tag without its GitHub
 * Release gets it (an existing one is left as it is).
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
  const previous = await previousRelease(req, state, v);
  Object.assign(r, versionFields(v, previous));
  r.previousSha = previous?.commit ?? null;
  if (req.dryRun) return r;
  if (req.verify) {
    const failed = await verifyAgain(req, state, r, hooks, previous);
    if (failed) return failed;
  }
  if (!req.github) return r;
  const existing = await req.github.getReleaseByTag(v.tag);
  if (existing) {
    r.release = { url: existing.url, state: 'unchanged' };
    return r;
  }
  return completeRelease(req, state, r, hooks, v);
}

/** The waves at the candidate verified again; the failed result (rolled back when asked), or null. */
async function verifyAgain(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  previous: VersionTag | null,
): Promise<ReleaseResult | null> {
  const facts = await hooks.atCandidate(r.candidate);
  r.waves = withClusters(r.waves, facts);
  const limit = req.wave ?? r.waves.length;
  for (const wave of r.waves.slice(0, limit)) {
    const failed = await verifyWave(req, facts, state, r, wave, r.candidate, previous?.commit ?? null);
    if (failed) return failed;
  }
  r.message += `; verified: ${r.waves
    .slice(0, limit)
    .map((w) => w.tag)
    .join(', ')}`;
  return null;
}

/**
 * The GitHub Release an earlier run could not make, made now. Its notes are the release's (not this
 * run's "nothing to release"), with what this run cannot know said so: that run's gates.
 */
async function completeRelease(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  v: VersionTag,
): Promise<ReleaseResult> {
  r.commits = await changelog(req, state, r.previousSha, v.commit);
  r.waves = withClusters(r.waves, await hooks.atCandidate(v.commit));
  const asReleased: ReleaseResult = {
    ...r,
    outcome: 'released',
    released: true,
    resumed: true,
    gates: [],
    reason: null,
    sha: v.commit,
    // The waves at the release moved there from the release before it (what that run pushed).
    waves: r.waves.map((w) =>
      w.sha === v.commit ? { ...w, state: 'moved' as const, previous: r.previousSha } : w,
    ),
    message: `released ${v.tag} at ${shortSha(v.commit)}: ${r.waves
      .filter((w) => w.sha === v.commit)
      .map((w) => w.tag)
      .join(', ')}`,
  };
  r.release = await publishNotes(req, hooks, asReleased);
  r.resumed = true;
  r.message = `${r.message}; the GitHub Release of ${v.tag} was missing and is now created`;
  return r;
}
