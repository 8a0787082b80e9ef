import type { ReleaseResult, WaveResult } from './model.js';
import { versionFields, waveBefore, type ToldByTag } from './history.js';
import { FAILED_RELEASE_OUTCOMES } from './model.js';
import type { StampedWave } from './notes-stamp.js';
import { releasedMessage } from './waves.js';

/**
 * The release as its notes tell it when a later run renders them (a run that continues a release an
 * earlier one stopped, or finds it done): what one uninterrupted run would have published, from the
 * tags as they are and what the version tag records (who released it, why, whether a hotfix), never
 * this run's part alone. A wave at the release that this run did not move was moved by an earlier
 * run, from where the tag message says it was (not recorded: from where is unknown, said); the gates
 * of such a wave are that run's, not known here (`resumed`). A wave this run did not verify keeps
 * the verification the notes it replaces hold for it at that commit (`shown`, their stamp). Outcomes
 * that failed keep this run's message: the notes say what stopped it.
 *
 * `gatesOf`: the wave (0-based) whose push this run's gates (`r.gates`) were evaluated for, or null.
 */
export function asReleased(
  r: ReleaseResult,
  told: ToldByTag,
  gatesOf: number | null,
  shown: readonly StampedWave[] | null = null,
): ReleaseResult {
  const at = told.tag.commit;
  const waves = r.waves.map((w, i) => {
    const own = i === gatesOf && w.gates === null && r.gates.length > 0 ? { gates: r.gates } : {};
    return { ...waveAsReleased(w, told), ...own, ...earlierVerification(w, shown) };
  });
  const view: ReleaseResult = {
    ...r,
    ...versionFields(told.tag, told.previous),
    newTag: true,
    candidate: at,
    sha: waves[0]!.sha,
    previousSha: told.since,
    firstRelease: told.firstRelease,
    // The release's, as its tag records them, whichever run renders the notes.
    hotfix: told.hotfix,
    from: told.from,
    actor: told.actor,
    reason: told.reason,
    // Gates this run skipped for the wave it moves; else the release's, as its tag records (not this run's).
    skipGatesReason: gatesOf === null ? told.skipGatesReason : r.skipGatesReason,
    gates: gatesOf === null ? r.gates : [],
    resumed: true,
    waves,
  };
  if (FAILED_RELEASE_OUTCOMES.includes(r.outcome) || r.outcome === 'dry-run') return view;
  return { ...view, outcome: 'released', released: true, message: releasedMessage(view, at) };
}

/** A wave at the release this run found there: moved by the release from where its tag says, or there before. */
function waveAsReleased(w: WaveResult, told: ToldByTag): WaveResult {
  const at = told.tag.commit;
  if (w.sha !== at || w.state !== 'already') return w;
  const before = waveBefore(told, w.tag);
  if (!before.known) return { ...w, state: 'moved', previous: null, previousUnknown: before.why };
  if (before.commit === at) return w;
  return { ...w, state: 'moved', previous: before.commit };
}

/** The verification the stamp holds for the wave at its commit, when this run has none of its own. */
function earlierVerification(w: WaveResult, shown: readonly StampedWave[] | null): Partial<WaveResult> {
  if (w.verification || !shown) return {};
  const stamped = shown.find((s) => s.tag === w.tag);
  if (!stamped?.verification || stamped.sha === null || stamped.sha !== w.sha) return {};
  return { earlierVerification: stamped.verification };
}
