import { tag } from '../git/refs.js';
import type { PushOutcome, RefUpdate } from '../ports/git.js';
import { shortSha } from '../util/short-sha.js';
import type { ReleaseResult, WaveResult } from './model.js';
import type { ReleasePlan } from './plan.js';
import { publishNotes } from './publish.js';
import type { CandidateFacts, ReleaseHooks, ReleaseRequest } from './request.js';
import type { ReleaseState } from './state.js';
import { verifyRelease } from './verify.js';

type Planned = Extract<ReleasePlan, { kind: 'release' }>;

/** What a tag-protection rule or ruleset refusal needs, said with the remote's reason. */
export const TAG_PERMISSION =
  "the token needs contents: write and, where a tag protection rule or ruleset covers these tags, to be allowed to bypass it (a GitHub App or a role on the ruleset's bypass list)";

/**
 * Moves the planned waves in order: the first together with the new version tag (one atomic push),
 * then the GitHub Release, then each later wave with its own lease. A wave that fails verification
 * stops the run (and is moved back when asked); the notes are brought up to date at the end.
 */
export async function moveWaves(
  req: ReleaseRequest,
  state: ReleaseState,
  plan: Planned,
  r: ReleaseResult,
  hooks: ReleaseHooks,
  facts: CandidateFacts,
  tagObject: string | null,
): Promise<ReleaseResult> {
  let published = false;
  for (const [n, i] of plan.move.entries()) {
    const wave = r.waves[i]!;
    const updates: RefUpdate[] = [
      { ref: tag(wave.tag), sha: plan.candidate, expected: state.waves[i]!.object },
    ];
    if (n === 0 && tagObject) updates.unshift({ ref: tag(r.versionTag!), sha: tagObject, expected: null });
    if (n === 0) await req.beforePush?.();
    const push = await req.git.tryPushRefs(req.remote, updates);
    if (!push.pushed) return pushFailed(req, r, wave, n, push);
    wave.state = 'moved';
    wave.sha = plan.candidate;
    if (i === 0) r.sha = plan.candidate;
    released(r, plan.candidate);
    req.logger.info(
      `${wave.tag}: ${wave.previous ? shortSha(wave.previous) : '(new)'} → ${shortSha(plan.candidate)}`,
    );
    await req.afterStep?.(n === 0 ? 'tags-pushed' : 'wave-moved');
    if (n === 0) {
      published = await tryPublish(req, hooks, r);
      await req.afterStep?.('release-published');
    }
    if (req.verify) {
      const failed = await verifyWave(req, facts, r, wave, plan.candidate);
      if (failed) return finish(req, hooks, failed, published);
      await req.afterStep?.('wave-verified');
    }
  }
  return finish(req, hooks, r, published);
}

/** The result once a wave moved (what the notes say even if the run stops right after). */
function released(r: ReleaseResult, candidate: string): void {
  const moved = r.waves.filter((w) => w.state === 'moved').map((w) => w.tag);
  r.outcome = 'released';
  r.released = true;
  r.message = `${r.newTag ? 'released' : 'moved to'} ${r.versionTag} at ${shortSha(candidate)}: ${moved.join(', ')}${held(r)}`;
}

function held(r: ReleaseResult): string {
  const rest = r.waves.filter((w) => w.state === 'held').map((w) => w.tag);
  return rest.length > 0 ? `; not yet: ${rest.join(', ')} (a later run continues)` : '';
}

function pushFailed(
  req: ReleaseRequest,
  r: ReleaseResult,
  wave: WaveResult,
  n: number,
  push: Exclude<PushOutcome, { pushed: true }>,
): ReleaseResult {
  const earlier = n === 0 ? 'nothing was pushed' : `the waves before ${wave.tag} were moved`;
  const tags = n === 0 && r.newTag ? `${r.versionTag} and ${wave.tag}` : wave.tag;
  if (push.leaseLost) {
    r.outcome = 'moved';
    r.message = `${push.lost.join(', ') || wave.tag} moved on ${req.remote} during the release; ${earlier}; re-run`;
  } else {
    r.outcome = 'refused';
    r.message = `${req.remote} refused the push of ${tags}: ${push.reason}; ${earlier}. ${TAG_PERMISSION}`;
  }
  return r;
}

/** The GitHub Release; a failure is said and leaves the run incomplete (a re-run creates it). */
async function tryPublish(req: ReleaseRequest, hooks: ReleaseHooks, r: ReleaseResult): Promise<boolean> {
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
 * Waits for the wave's Applications; on a failure, moves the tag back when asked (a lease on the
 * release's commit) and returns the failed result; null when the wave is verified.
 */
async function verifyWave(
  req: ReleaseRequest,
  facts: CandidateFacts,
  r: ReleaseResult,
  wave: WaveResult,
  candidate: string,
): Promise<ReleaseResult | null> {
  const v = await verifyRelease({
    argocd: req.argocd!,
    clusters: wave.clusters,
    clusterLabel: facts.clusterLabel,
    sha: candidate,
    repoURL: facts.repoURL,
    timeoutMs: req.verify!.timeoutMs,
    intervalMs: req.verify!.intervalMs,
    logger: req.logger,
  });
  wave.verification = v;
  if (v.state === 'verified') return null;
  r.outcome = 'verify-failed';
  r.message = `${wave.tag} did not become Synced and Healthy at ${shortSha(candidate)}: ${v.why}`;
  if (!req.verify!.rollbackOnFailure) return r;
  if (v.state === 'unknown') {
    r.message += '; not rolled back: Argo CD could not tell';
    return r;
  }
  if (!wave.previous) {
    r.message += `; not rolled back: ${wave.tag} did not exist before`;
    return r;
  }
  const back = await req.git.tryPushRefs(req.remote, [
    { ref: tag(wave.tag), sha: wave.previous, expected: candidate },
  ]);
  if (!back.pushed) {
    r.message += `; rolling ${wave.tag} back failed: ${back.reason}`;
    return r;
  }
  wave.state = 'rolled-back';
  wave.sha = wave.previous;
  if (wave.wave === 1) r.sha = wave.previous;
  r.rollback = {
    wave: wave.wave,
    tag: wave.tag,
    from: candidate,
    to: wave.previous,
    toVersionTag: r.previousVersionTag,
  };
  r.message += `; ${wave.tag} rolled back to ${shortSha(wave.previous)}`;
  return r;
}

/**
 * The notes brought up to date with what the waves did. A release never published (the first try
 * failed, and this one too) leaves the run incomplete: a re-run publishes it.
 */
async function finish(
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
