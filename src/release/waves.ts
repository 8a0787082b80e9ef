import { tag } from '../git/refs.js';
import type { PushOutcome, RefUpdate } from '../ports/git.js';
import { shortSha } from '../util/short-sha.js';
import type { ReleaseResult, WaveResult } from './model.js';
import type { ReleasePlan } from './plan.js';
import { finishNotes, tryPublish } from './publish.js';
import type { CandidateFacts, ReleaseHooks, ReleaseRequest } from './request.js';
import type { ReleaseState } from './state.js';
import { rollbackTo, verifyWave } from './verify-wave.js';

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
    else if (req.skipGatesReason === undefined) {
      const failed = await laterWaveGates(hooks, plan, r, i);
      if (failed) return finishNotes(req, hooks, failed, published);
    }
    const push = await req.git.tryPushRefs(req.remote, updates);
    if (!push.pushed) {
      const failed = pushFailed(req, r, wave, n, push);
      return n === 0 ? failed : finishNotes(req, hooks, failed, published);
    }
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
      const back = rollbackTo(wave, wave.previous);
      const failed = await verifyWave(req, facts, state, r, wave, plan.candidate, back);
      if (failed) return finishNotes(req, hooks, failed, published);
      await req.afterStep?.('wave-verified');
    }
  }
  return finishNotes(req, hooks, r, published);
}

/**
 * The gates of a later wave, evaluated before its own push (its edge's soak, and the Argo CD gate on
 * the waves before it); the failed result, or null when they pass.
 */
async function laterWaveGates(
  hooks: ReleaseHooks,
  plan: Planned,
  r: ReleaseResult,
  i: number,
): Promise<ReleaseResult | null> {
  const wave = r.waves[i]!;
  wave.gates = await hooks.gates(
    plan.candidate,
    i,
    r.waves.map((w) => w.clusters),
  );
  const failed = wave.gates.filter((g) => g.status === 'fail').map((g) => g.id);
  if (failed.length === 0) return null;
  r.outcome = 'gates-failed';
  r.message = `the gates of wave ${wave.wave} (${wave.tag}) failed: ${failed.join(', ')}; ${wave.tag} was not moved, the waves before it were`;
  return r;
}

/** The result once a wave moved (what the notes say even if the run stops right after). */
function released(r: ReleaseResult, candidate: string): void {
  r.outcome = 'released';
  r.released = true;
  r.message = releasedMessage(r, candidate);
}

/** `released stable-v1.4.0 at 1a2b3c4: stable; not yet: ops-stable (a later run continues)`. */
export function releasedMessage(r: ReleaseResult, candidate: string): string {
  const moved = r.waves.filter((w) => w.state === 'moved').map((w) => w.tag);
  return `${r.newTag ? 'released' : 'moved to'} ${r.versionTag} at ${shortSha(candidate)}: ${moved.join(', ')}${held(r)}`;
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
