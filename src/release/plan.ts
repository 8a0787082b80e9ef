import { shortSha } from '../util/short-sha.js';
import type { ReleaseState, VersionTag } from './state.js';
import { describeWave, versionAt } from './state.js';
import { compareVersions, nextVersion, type Bump, type Version, type VersionPattern } from './versions.js';

/**
 * What a release run will do, decided from the remote's state alone (no I/O here):
 * - a release whose later waves are still behind (a `--wave 1` run before) is continued first: its
 *   version's commit is the candidate, and only the waves behind move;
 * - otherwise the candidate (the head of `from`, or `--sha`) gets the next version, or the version
 *   tag that already names it (a release rolled back and made again): a version tag is never
 *   created twice for one commit, and never moved;
 * - the waves asked for (`--wave N`: 1..N) that are not at the candidate move, in order.
 */
export type ReleasePlan =
  | {
      kind: 'release';
      candidate: string;
      /** The version tag to create, or null when `existing` names the candidate already. */
      create: { tag: string; version: Version } | null;
      existing: VersionTag | null;
      /** 0-based indexes of the waves to move, in order. */
      move: number[];
      continuing: boolean;
      /** The release the first wave is at before the run (the notes' "since"). */
      previous: VersionTag | null;
      previousSha: string | null;
    }
  | { kind: 'nothing'; candidate: string; existing: VersionTag | null; message: string }
  | { kind: 'refuse'; message: string };

export interface PlanInput {
  state: ReleaseState;
  /** `--sha`, resolved and checked to be on `from`; null for the head of `from`. */
  sha: string | null;
  bump: Bump;
  first: Version;
  pattern: VersionPattern;
  /** `--wave N` (1-based): move the waves up to N; null for all. */
  upTo: number | null;
}

export function planRelease(input: PlanInput): ReleasePlan {
  const { state } = input;
  const limit = input.upTo ?? state.waves.length;
  const latest = state.versions.at(-1) ?? null;
  const first = state.waves[0]!;
  const behind = (candidate: string) =>
    state.waves.slice(0, limit).flatMap((w, i) => (w.commit === candidate ? [] : [i]));
  // A release that stopped after some waves: finish it before anything new.
  if (latest && first.commit === latest.commit && behind(latest.commit).length > 0) {
    if (input.sha && input.sha !== latest.commit) {
      return {
        kind: 'refuse',
        message: `${latest.tag} has not reached every wave yet (${pendingWaves(state, latest.commit, limit)}): finish it first (release without --sha), or roll it back`,
      };
    }
    return {
      kind: 'release',
      candidate: latest.commit,
      create: null,
      existing: latest,
      move: behind(latest.commit),
      continuing: true,
      previous: previousOf(state, latest),
      previousSha: previousOf(state, latest)?.commit ?? null,
    };
  }
  const candidate = input.sha ?? state.fromHead;
  const existing = versionAt(state, candidate);
  const move = behind(candidate);
  if (move.length === 0) {
    const at = existing ? ` (${existing.tag})` : '';
    return {
      kind: 'nothing',
      candidate,
      existing,
      message: `nothing to release: ${state.waves
        .slice(0, limit)
        .map((w) => w.tag)
        .join(', ')} already at ${shortSha(candidate)}${at}`,
    };
  }
  if (move[0] !== 0) return atFirstWave(state, existing, move);
  const version = nextVersion(state.taken, input.bump, input.first);
  return {
    kind: 'release',
    candidate,
    create: existing ? null : { tag: input.pattern.format(version), version },
    existing,
    move,
    continuing: false,
    previous: versionAt(state, first.commit),
    previousSha: first.commit,
  };
}

/**
 * Wave 1 is at the candidate, a later wave is not, and the candidate is not the latest release (that
 * one is continued above). Wave 1 at a commit that is no version was moved by hand: say so rather
 * than guess. Wave 1 at an older release (rolled back there): that release is continued like a held
 * one (its notes since the release before it, not since itself), but never by moving a later wave
 * back from a newer release: that is a rollback, with its reason.
 */
function atFirstWave(state: ReleaseState, existing: VersionTag | null, move: number[]): ReleasePlan {
  const first = state.waves[0]!;
  if (!existing) return { kind: 'refuse', message: `${describeWave(state, first)} is no release` };
  const newer = move
    .map((i) => state.waves[i]!)
    .filter((w) => {
      const at = versionAt(state, w.commit);
      return at !== null && compareVersions(at.version, existing.version) > 0;
    });
  if (newer.length > 0) {
    const waves = newer.map((w) => state.waves.indexOf(w) + 1);
    return {
      kind: 'refuse',
      message: `${describeWave(state, first)}, older than ${newer.map((w) => describeWave(state, w)).join(', ')}: a release never moves a wave back; roll ${waves.length === 1 ? 'it' : 'them'} back with --rollback-to ${existing.tag} --wave ${waves.join('/')} and --reason, or release a newer commit`,
    };
  }
  const previous = previousOf(state, existing);
  return {
    kind: 'release',
    candidate: existing.commit,
    create: null,
    existing,
    move,
    continuing: true,
    previous,
    previousSha: previous?.commit ?? null,
  };
}

/** The release before `v` by version (what its notes are "since", unless its tag message says), or null. */
export function previousOf(state: ReleaseState, v: VersionTag): VersionTag | null {
  const i = state.versions.indexOf(v);
  for (let j = i - 1; j >= 0; j--) if (state.versions[j]!.commit !== v.commit) return state.versions[j]!;
  return null;
}

function pendingWaves(state: ReleaseState, commit: string, limit: number): string {
  return state.waves
    .slice(0, limit)
    .filter((w) => w.commit !== commit)
    .map((w) => describeWave(state, w))
    .join(', ');
}
