import type { ReleaseResult, WaveResult } from './model.js';
import { versionFields, waveBefore, type ToldByTag } from './history.js';
import { FAILED_RELEASE_OUTCOMES } from './model.js';
import { releasedMessage } from './waves.js';

/**
 * The release as its notes tell it when a later run renders them (a run that continues a release an
 * earlier one stopped, or finds it done): what one uninterrupted run would have published, from the
 * tags as they are and what the version tag records, never this run's part alone. A wave at the
 * release that this run did not move was moved by an earlier run, from where the tag message says it
 * was (a tag cut before that was recorded: from the release before, as that run pushed it); the gates
 * of such a wave are that run's, not known here (`resumed`). Outcomes that failed keep this run's
 * message: the notes say what stopped it.
 *
 * `gatesOf`: the wave (0-based) whose push this run's gates (`r.gates`) were evaluated for, or null.
 */
export function asReleased(r: ReleaseResult, told: ToldByTag, gatesOf: number | null): ReleaseResult {
  const at = told.tag.commit;
  const waves = r.waves.map((w, i): WaveResult => {
    const own = i === gatesOf && w.gates === null && r.gates.length > 0 ? { gates: r.gates } : {};
    if (w.sha !== at || w.state !== 'already') return { ...w, ...own };
    const before = waveBefore(told, w.tag);
    if (before === at) return { ...w, ...own };
    return { ...w, ...own, state: 'moved', previous: before };
  });
  const view: ReleaseResult = {
    ...r,
    ...versionFields(told.tag, told.previous),
    newTag: true,
    candidate: at,
    sha: waves[0]!.sha,
    previousSha: told.since,
    firstRelease: told.firstRelease,
    // A hotfix's notes say so, whichever run renders them (a release of `from` finds it done too).
    hotfix: r.hotfix ?? told.hotfix,
    from: r.hotfix ? r.from : (told.hotfix ?? r.from),
    gates: gatesOf === null ? r.gates : [],
    resumed: true,
    waves,
  };
  if (FAILED_RELEASE_OUTCOMES.includes(r.outcome) || r.outcome === 'dry-run') return view;
  return { ...view, outcome: 'released', released: true, message: releasedMessage(view, at) };
}
