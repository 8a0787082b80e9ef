import { ConfigurationError } from '../errors.js';
import { plural } from '../util/plural.js';
import type { ReleaseResult, WaveResult } from './model.js';
import type { CandidateFacts, ReleaseRequest } from './request.js';
import type { ReleaseState } from './state.js';

/** The result of a run before anything moved, and the small checks every run starts with. */

export function requireWave(wave: number | undefined, waves: number): void {
  if (wave !== undefined && (!Number.isInteger(wave) || wave < 1 || wave > waves)) {
    throw new ConfigurationError(`--wave ${wave}: the release has ${plural(waves, 'wave')} (1..${waves})`);
  }
}

/** The result before anything moved: every wave where the remote has it. */
export function baseResult(req: ReleaseRequest, state: ReleaseState, candidate: string): ReleaseResult {
  const waves: WaveResult[] = state.waves.map((w, i) => ({
    wave: i + 1,
    tag: w.tag,
    clusters: [],
    previous: w.commit,
    sha: w.commit,
    state: w.commit === candidate ? 'already' : 'held',
    gates: null,
    verification: null,
  }));
  return {
    outcome: 'refused',
    released: false,
    releaseVersion: null,
    versionTag: null,
    newTag: false,
    previousReleaseVersion: null,
    previousVersionTag: null,
    from: state.from,
    candidate,
    sha: state.waves[0]!.commit,
    previousSha: state.waves[0]!.commit,
    waves,
    commits: [],
    gates: [],
    skipGatesReason: req.skipGatesReason ?? null,
    reason: req.reason ?? null,
    actor: req.actor,
    release: null,
    hotfix: req.hotfix ?? null,
    firstRelease: state.taken.length === 0,
    resumed: false,
    notesRefresh: null,
    rollback: null,
    message: '',
  };
}

export function halted(req: ReleaseRequest, state: ReleaseState, message: string): ReleaseResult {
  return { ...baseResult(req, state, state.fromHead), outcome: 'refused', message };
}

export function withClusters(waves: WaveResult[], facts: CandidateFacts): WaveResult[] {
  return waves.map((w, i) => ({ ...w, clusters: facts.clusters[i] ?? [] }));
}
