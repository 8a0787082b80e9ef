import type { Release } from '../ports/github.js';
import type { ReleaseResult } from './model.js';
import type { ReleasePlan } from './plan.js';
import { publishNotes, publishRendered } from './publish.js';
import type { ReleaseHooks, ReleaseNotes, ReleaseRequest } from './request.js';
import { baseResult, withClusters } from './result.js';
import type { ReleaseState } from './state.js';
import { gitHubError, GitHubApiError } from '../github/errors.js';
import { changelog, toldByTag, versionFields, type ToldByTag } from './history.js';
import { readNotesStamp, staleWaves, type StampedWave } from './notes-stamp.js';
import { asReleased } from './release-view.js';
import { verifyWavesThere } from './verify-again.js';

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

/** The waves at the candidate verified again (verifyWavesThere); the failed result, or null. */
async function verifyAgain(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
): Promise<ReleaseResult | null> {
  const facts = await hooks.atCandidate(r.candidate);
  r.waves = withClusters(r.waves, facts);
  const failed = await verifyWavesThere(req, facts, state, r, told, []);
  if (failed) return failed;
  const limit = req.wave ?? r.waves.length;
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
  shown: readonly StampedWave[] | null = null,
): Promise<ReleaseResult> {
  r.commits = await changelog(req, state, r.previousSha, told.tag.commit);
  if (r.waves.every((w) => w.clusters.length === 0))
    r.waves = withClusters(r.waves, await hooks.atCandidate(told.tag.commit));
  return asReleased(r, told, null, shown);
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

/** Times the notes are decided on again when another run changed them while this one rendered. */
const NOTES_LEASE_TRIES = 3;

/**
 * The notes of an existing release, checked against the tags by their stamp (notes-stamp.ts): behind
 * them (a wave shown held that is at the release now, a verification missing), they are rendered
 * again and the release updated if they differ; else, or without a stamp (said), left as they are.
 * A lease on the notes: they are written only if the release still holds the body they were decided
 * on (read again after the render); else the decision is made again on the new body, a few times,
 * then left to a re-run (said). GitHub has no conditional update: a write between that read and
 * this run's remains possible, in a window of one request.
 */
async function refreshNotes(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
  existing: Release,
): Promise<ReleaseResult> {
  r.release = { url: existing.url, state: 'unchanged' };
  let decidedOn: Release | null = existing;
  for (let tries = 0; decidedOn && tries < NOTES_LEASE_TRIES; tries++) {
    // Each decision on a copy of the result: one made on an older body leaves nothing in it.
    const decided = await decideNotes(req, state, { ...r }, hooks, told, decidedOn);
    if (decided.kind === 'done') return decided.result;
    const now = await releaseOf(req, told.tag.tag);
    if (now?.body === decidedOn.body) return writeNotes(req, decided);
    decidedOn = now;
  }
  const why = decidedOn
    ? `the notes of the GitHub Release of ${told.tag.tag} changed while this run rendered them, ${NOTES_LEASE_TRIES} times (another run is writing them): left as they are`
    : `the GitHub Release of ${told.tag.tag} was deleted while this run rendered its notes: left to a re-run`;
  req.logger.warning(why);
  return { ...r, notesRefresh: 'unknown', message: `${r.message}; ${why}` };
}

/** What the notes need, decided on one body of the release: nothing more to do, or these notes written. */
type NotesDecision =
  | { kind: 'done'; result: ReleaseResult }
  | { kind: 'write'; result: ReleaseResult; view: ReleaseResult; notes: ReleaseNotes; what: string };

async function decideNotes(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  told: ToldByTag,
  existing: Release,
): Promise<NotesDecision> {
  const tag = told.tag.tag;
  r.release = { url: existing.url, state: 'unchanged' };
  const stamp = readNotesStamp(existing.body);
  if (!stamp) {
    r.notesRefresh = 'unknown';
    const why = `the notes of the GitHub Release of ${tag} carry no stamp of the waves they show (written by an older version, or edited), so whether they are behind the tags is unknown: left as they are`;
    req.logger.warning(why);
    r.message += `; ${why}`;
    return { kind: 'done', result: r };
  }
  const behind = staleWaves(stamp, r.waves, told.tag.commit);
  if (behind.length === 0) return { kind: 'done', result: upToDate(req, r, stamp, told) };
  const what = `the notes of the GitHub Release of ${tag} were behind the tags (${behind.join('; ')}: an earlier run stopped before it brought them up to date)`;
  const view = await asPublished(req, state, r, hooks, told, stamp);
  const notes = await hooks.notes(view);
  if (!req.dryRun) return { kind: 'write', result: r, view, notes, what };
  r.notesRefresh = 'would-update';
  r.message += `; dry run: ${what} and would be updated`;
  return { kind: 'done', result: r };
}

/**
 * Notes that match the tags: up to date, unless this is a dry run that would verify waves whose
 * verification they do not hold (the run without --dry-run verifies them, and adds it when it passes).
 */
function upToDate(
  req: ReleaseRequest,
  r: ReleaseResult,
  stamp: readonly StampedWave[],
  told: ToldByTag,
): ReleaseResult {
  const limit = req.wave ?? r.waves.length;
  const unverified = r.waves
    .slice(0, limit)
    .filter((w) => w.sha === told.tag.commit)
    .filter((w) => stamp.find((s) => s.tag === w.tag)?.verification !== 'verified');
  if (!req.dryRun || !req.verify || unverified.length === 0) {
    r.notesRefresh = 'up-to-date';
    return r;
  }
  const waves = unverified.map((w) => w.tag).join(', ');
  r.notesRefresh = 'would-update';
  r.message += `; dry run: the notes of the GitHub Release of ${told.tag.tag} do not hold a successful verification of ${waves}: the run without --dry-run verifies them, and would update the notes if it passes`;
  return r;
}

/** The notes decided on, written; a GitHub failure leaves the run incomplete (said), a bug throws. */
async function writeNotes(
  req: ReleaseRequest,
  decided: Extract<NotesDecision, { kind: 'write' }>,
): Promise<ReleaseResult> {
  const { what, result: r } = decided;
  try {
    r.release = await publishRendered(req, decided.view, decided.notes);
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    const why = `${what}, and could not be updated: ${e.message}`;
    req.logger.warning(why);
    return { ...r, outcome: 'incomplete', message: `${r.message}; ${why} (re-run to complete it)` };
  }
  r.notesRefresh = r.release.state === 'unchanged' ? 'up-to-date' : 'updated';
  const done = r.notesRefresh === 'updated' ? 'updated' : 'found equal to the tags when rendered';
  r.message += `; ${what} and are now ${done}`;
  req.logger.info(`${what}: ${done}`);
  return r;
}

/** The release of `tag` read again (GitHub's failure a GitHubApiError). */
async function releaseOf(req: ReleaseRequest, tag: string): Promise<Release | null> {
  return req.github!.getReleaseByTag(tag).catch((e: unknown) => {
    throw gitHubError(e, `read the release of tag ${tag}`, 'contents: write');
  });
}
