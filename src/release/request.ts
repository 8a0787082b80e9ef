import type { Logger } from '../logger.js';
import type { GateResult } from '../promote/gate-ids.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { GitPort } from '../ports/git.js';
import type { GitHubPort } from '../ports/github.js';
import type { ReleaseResult } from './model.js';
import type { Bump } from './versions.js';

/** What a release (or rollback) run is asked to do, and the ports it works through. */
export interface ReleaseRequest {
  remote: string;
  /** Release this commit of `from` (default: its head). */
  sha?: string;
  bump: Bump;
  /** Move the waves up to this one (1-based) and stop; a later run continues. */
  wave?: number;
  /** `--rollback-to TAG|previous`: move a wave tag (wave 1 unless `wave`) back to a release. */
  rollbackTo?: string;
  dryRun: boolean;
  /** The gates are skipped; the reason is recorded. */
  skipGatesReason?: string;
  /** Why the run was made: recorded in the notes (required for a rollback). */
  reason?: string;
  actor: string | null;
  /** A hotfix: the branch released (`from`), which must contain the first wave's commit. */
  hotfix?: string;
  /** Wait after each wave until Argo CD reports it Synced and Healthy; null: no verification. */
  verify: { timeoutMs: number; intervalMs: number; rollbackOnFailure: boolean } | null;
  logger: Logger;
  git: GitPort;
  github: GitHubPort | null;
  argocd: ArgoCdPort | null;
  /** Runs between the gates and the first push (tests race another clone here). */
  beforePush?: () => Promise<void>;
  /** Runs after each step of the run (tests stop a run there). */
  afterStep?: (step: ReleaseStep) => Promise<void>;
}

/** The step boundaries of a release run. */
export type ReleaseStep = 'tags-pushed' | 'release-published' | 'wave-moved' | 'wave-verified';

/** Where releases come from and how they are named (config `release`). */
export interface ReleaseSettings {
  from: string;
  versionTag: string;
  firstVersion: string;
  /** The wave tags in order. */
  waves: string[];
}

/** What the use case asks of the command layer (they need the candidate's tree, helm, the diff engine). */
export interface ReleaseHooks {
  /** What the candidate's tree says: each wave's clusters, how Applications name their cluster. */
  atCandidate(candidate: string): Promise<CandidateFacts>;
  /** The gates of moving wave `wave` (0-based) to the candidate. */
  gates(candidate: string, wave: number, clusters: string[][]): Promise<GateResult[]>;
  /**
   * The release notes of the result so far, and the asset with the full production diff, if any. Their
   * first line is the stamp of the result's waves (notes-stamp.ts), by which a later run tells notes
   * an interrupted run left behind; notes without it are left as they are.
   */
  notes(result: ReleaseResult): Promise<ReleaseNotes>;
}

export interface CandidateFacts {
  /** The clusters of each wave, in wave order. */
  clusters: string[][];
  /** The label that names an Application's cluster (config clusterLabel). */
  clusterLabel: string;
  /** The GitOps repo's URL (normalized), when known. */
  repoURL: string | null;
}

export interface ReleaseNotes {
  name: string;
  body: string;
  asset: { name: string; contentType: string; data: Buffer } | null;
}
