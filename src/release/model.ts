import type { DiffReport } from '../diff/model.js';
import type { GateResult } from '../promote/gate-ids.js';
import type { PromotedCommit } from '../promote/model.js';
import type { Verification } from './verify.js';

/**
 * What a release is and what it did: the domain's result model, shared by the use case, the
 * reports, the release notes and the action's outputs (none of which import a command).
 */

/**
 * released: the version tag and (some) wave tags were pushed, or a pending wave was moved;
 * nothing-to-release: every wave asked for is at the candidate (a re-run completes a missing GitHub
 * Release); rolled-back: `--rollback-to` moved a wave tag back; verify-failed: a wave did not
 * become Synced and Healthy in time (rolled back when configured); incomplete: the tags moved but
 * the GitHub Release could not be published (a re-run publishes it).
 */
export type ReleaseOutcome =
  | 'released'
  | 'nothing-to-release'
  | 'rolled-back'
  | 'dry-run'
  | 'gates-failed'
  | 'refused'
  | 'moved'
  | 'verify-failed'
  | 'incomplete';

/** Outcomes that are a failure of the run (exit 1, failed step). */
export const FAILED_RELEASE_OUTCOMES: readonly ReleaseOutcome[] = [
  'gates-failed',
  'refused',
  'moved',
  'verify-failed',
  'incomplete',
];

/**
 * What happened to one wave's tag in this run: moved (pushed with a lease), already (at the release
 * before the run), would-move (dry run), held (not moved: `--wave` stopped before it, or an earlier
 * wave failed), rolled-back (moved back after its verification failed, or by `--rollback-to`).
 */
export type WaveState = 'moved' | 'already' | 'would-move' | 'held' | 'rolled-back';

export interface WaveResult {
  /** 1-based, in config order. */
  wave: number;
  tag: string;
  clusters: string[];
  /** The commit the tag was at before the run (null: it did not exist). */
  previous: string | null;
  /** The commit it is at after the run (null: it does not exist). */
  sha: string | null;
  state: WaveState;
  /** The gates of moving this wave (a later wave's are evaluated before its own push); null: not evaluated. */
  gates: GateResult[] | null;
  verification: Verification | null;
  /**
   * Release notes rendered by a later run: where the tag was before the release is not known (a
   * version tag cut before its trailers recorded it), why; `previous` is null then, not "none".
   */
  previousUnknown?: string;
  /**
   * Release notes rendered by a later run that did not verify the wave: the state of the
   * verification the notes an earlier run wrote hold for it at this commit (their stamp).
   */
  earlierVerification?: Verification['state'];
}

/** What a run that found the release done did to its notes (ReleaseResult.notesRefresh). */
export type NotesRefresh = 'updated' | 'up-to-date' | 'would-update' | 'unknown';

/** The GitHub Release of the version tag. */
export interface ReleaseRecord {
  url: string;
  state: 'created' | 'updated' | 'unchanged';
}

/** The result of a release (or a rollback) run. */
export interface ReleaseResult {
  outcome: ReleaseOutcome;
  /** True when a tag moved forward in this run. */
  released: boolean;
  /** `1.4.0`: the version released (or rolled back to); null when none was reached. */
  releaseVersion: string | null;
  /** `stable-v1.4.0`. */
  versionTag: string | null;
  /** True when this run created the version tag (false: it existed and is reused, never moved). */
  newTag: boolean;
  previousReleaseVersion: string | null;
  previousVersionTag: string | null;
  from: string;
  candidate: string;
  /** The first wave's commit after the run (null when nothing is released). */
  sha: string | null;
  /** The first wave's commit before the run (null: the first release). */
  previousSha: string | null;
  waves: WaveResult[];
  /** The commits since the previous release, oldest first. */
  commits: PromotedCommit[];
  gates: GateResult[];
  skipGatesReason: string | null;
  /** Why the run was made (`--reason`), recorded in the notes. */
  reason: string | null;
  /** Who ran it (the workflow's actor, or the CLI user). */
  actor: string | null;
  release: ReleaseRecord | null;
  /** The hotfix branch this release was cut from, or null for a release from `release.from`. */
  hotfix: string | null;
  /** No version tag existed before this run: the first release (nothing to list or diff since). */
  firstRelease: boolean;
  /**
   * This run only completed an earlier run's release (its GitHub Release was missing): the notes'
   * gates are that run's, not known here.
   */
  resumed: boolean;
  /**
   * What a run that found the release done (nothing to release) did to its notes: `updated` (they
   * showed a wave held, or lacked a verification, that an earlier run stopped before writing, and now
   * say what the tags say), `up-to-date` (they describe the tags as they are: not written),
   * `would-update` (a dry run), `unknown` (they carry no stamp of their waves, an older version's or
   * edited: left as they are, the message says so); null when the run did not look at them.
   */
  notesRefresh: NotesRefresh | null;
  /** A rollback made by this run: `--rollback-to`, or after a failed verification. */
  rollback: {
    wave: number;
    tag: string;
    from: string | null;
    to: string;
    toVersionTag: string | null;
  } | null;
  message: string;
}

/** What changes on some waves' clusters (those that moved from one commit) with this release. */
export interface WaveDiff {
  /** The wave tags whose clusters this diff covers (they were all at `base`). */
  tags: string[];
  base: string | null;
  diff: ProductionDiff;
}

/** What changes on the production clusters between what they ran and this release. */
export type ProductionDiff =
  | { state: 'diffed'; report: DiffReport }
  | { state: 'first-release' }
  | { state: 'no-clusters' }
  | { state: 'unknown'; why: string };
