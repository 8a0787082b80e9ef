import { shortSha } from '../util/short-sha.js';
import { waveBefore, type ToldByTag } from './history.js';
import type { ReleaseResult, WaveResult } from './model.js';
import type { CandidateFacts, ReleaseRequest } from './request.js';
import type { ReleaseState } from './state.js';
import { rollbackTo, verifyWave, type RollbackTarget } from './verify-wave.js';

/**
 * A release found continued or done, with verification: the waves (up to `--wave`) at its commit,
 * but those this run moves itself (`skip`, 0-based: verified after their push), verified again (an
 * earlier run may have stopped before it verified them, or failed it without rolling back). The
 * failed result, rolled back when asked, or null.
 */
export async function verifyWavesThere(
  req: ReleaseRequest,
  facts: CandidateFacts,
  state: ReleaseState,
  r: ReleaseResult,
  told: ToldByTag,
  skip: readonly number[],
): Promise<ReleaseResult | null> {
  const limit = req.wave ?? r.waves.length;
  for (const [i, wave] of r.waves.slice(0, limit).entries()) {
    if (skip.includes(i)) continue;
    const back = rollbackOf(told, wave);
    const failed = await verifyWave(req, facts, state, r, wave, told.tag.commit, back);
    if (failed) return failed;
  }
  return null;
}

/**
 * Where the release moved the wave from, as its tag records (waveBefore). A wave that was at the
 * release already when it was cut is not this release's to move back, and one whose place before is
 * not recorded is never moved back to a guess: said why not.
 */
function rollbackOf(told: ToldByTag, wave: WaveResult): RollbackTarget {
  const before = waveBefore(told, wave.tag);
  if (!before.known) return { kind: 'none', why: before.why };
  if (before.commit === told.tag.commit)
    return {
      kind: 'none',
      why: `${wave.tag} was at ${shortSha(told.tag.commit)} before ${told.tag.tag} was cut: not this release's to move back`,
    };
  return rollbackTo(wave, before.commit);
}
