import type { GateResult } from './gate-ids.js';

/**
 * What a promotion is and what it did: the domain's result model, shared by the use case, the
 * reports and the records (none of which import a command).
 */

export type Strategy = 'fast-forward' | 'merge';

export interface PromotedCommit {
  sha: string;
  author: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
  /** The pull request it landed on `from` through (subject, else the GitHub API), if known. */
  pullRequest: number | null;
}

export type Outcome = 'promoted' | 'nothing-to-promote' | 'dry-run' | 'gates-failed' | 'refused' | 'moved';

/** The result of moving `to` along an edge (promote; release and hotfix report the same shape). */
export interface PromoteResult {
  outcome: Outcome;
  promoted: boolean;
  from: string;
  to: string;
  candidate: string;
  /** `to` before the promotion. */
  previous: string;
  /** `to` after it (the candidate, or the merge commit); null when nothing was pushed. */
  sha: string | null;
  strategy: Strategy;
  commits: PromotedCommit[];
  gates: GateResult[];
  skipGatesReason: string | null;
  message: string;
  /** Who approved it from the drift dashboard (the user who ticked its checkbox), when it was approved there. */
  approvedBy?: string;
  /** The pull request that carried the promotion (mode pull-request). */
  pullRequest?: { number: number; url: string };
}

/** Outcomes that are a failure of the run (exit 1, failed step). */
export const FAILED_OUTCOMES: readonly Outcome[] = ['gates-failed', 'refused', 'moved'];
