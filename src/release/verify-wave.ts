import { tag } from '../git/refs.js';
import { shortSha } from '../util/short-sha.js';
import type { ReleaseResult, WaveResult } from './model.js';
import type { CandidateFacts, ReleaseRequest } from './request.js';
import { versionAt, type ReleaseState } from './state.js';
import { verifyRelease } from './verify.js';

/** Where a wave whose verification failed is moved back to: a commit, or why there is none. */
export type RollbackTarget = { kind: 'to'; commit: string } | { kind: 'none'; why: string };

/** Back to `commit`, or (null: the tag did not exist before) nowhere, said. */
export function rollbackTo(wave: WaveResult, commit: string | null): RollbackTarget {
  return commit ? { kind: 'to', commit } : { kind: 'none', why: `no release of ${wave.tag} before this one` };
}

/**
 * Waits for the wave's Applications at `candidate`. On a proven failure, with rollback-on-failure,
 * moves the tag back to `back` (a lease on the release's commit; none: said why not). Returns the
 * failed result, or null when the wave is verified.
 */
export async function verifyWave(
  req: ReleaseRequest,
  facts: CandidateFacts,
  state: ReleaseState,
  r: ReleaseResult,
  wave: WaveResult,
  candidate: string,
  back: RollbackTarget,
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
  if (back.kind === 'none') {
    r.message += `; not rolled back: ${back.why}`;
    return r;
  }
  return rollBack(req, state, r, wave, candidate, back.commit);
}

async function rollBack(
  req: ReleaseRequest,
  state: ReleaseState,
  r: ReleaseResult,
  wave: WaveResult,
  candidate: string,
  to: string,
): Promise<ReleaseResult> {
  const back = await req.git.tryPushRefs(req.remote, [{ ref: tag(wave.tag), sha: to, expected: candidate }]);
  if (!back.pushed) {
    r.message += `; rolling ${wave.tag} back failed: ${back.reason}`;
    return r;
  }
  wave.state = 'rolled-back';
  wave.sha = to;
  if (wave.wave === 1) r.sha = to;
  r.rollback = {
    wave: wave.wave,
    tag: wave.tag,
    from: candidate,
    to,
    toVersionTag: versionAt(state, to)?.tag ?? null,
  };
  r.message += `; ${wave.tag} rolled back to ${shortSha(to)}`;
  return r;
}
