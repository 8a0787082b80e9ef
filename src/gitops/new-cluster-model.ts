import type { Finding } from '../findings.js';
import type { Mention, Replacement } from './identity-edits.js';

/** gitops-promotion new-cluster: the cluster to add, and the one it is like. */
export interface NewClusterRequest {
  name: string;
  like: string;
  /** Its environment, when not `like`'s. */
  env?: string;
  /** The server its Applications deploy to, when `like`'s is not to be derived from the name. */
  server?: string;
}

/** One file the new cluster gets: a copy of `from` with `replaced` changed (`kept`: what was left, said). */
export interface PlannedFile {
  path: string;
  from: string;
  text: string;
  replaced: Replacement[];
  kept: Mention[];
}

export interface NewClusterPlan {
  name: string;
  like: string;
  env: string | null;
  files: PlannedFile[];
  /** The servers `like`'s Applications deploy to (not in-cluster): the new cluster must not deploy there. */
  likeServers: string[];
}

/** What validate says of the repository with the new cluster's files in it. */
export interface NewClusterValidation {
  rendered: boolean;
  applications: number;
  /** Every finding about the new cluster (or one of its files), errors first. */
  findings: Finding[];
  /** Errors about the new cluster that `like` does not have: the new cluster is not written while there are any. */
  errors: number;
  /** Errors the new cluster shares with `like` (there before it): said, they do not stop it. */
  inherited: number;
  warnings: number;
  /** Errors about other clusters: the repository had them before (they do not stop the new cluster). */
  otherErrors: number;
  /** Servers its Applications deploy to (not in-cluster). */
  servers: string[];
}

/**
 * `written`: the files are in the repository; `dry-run`: they would be (nothing written); `invalid`:
 * the new cluster does not validate clean, so nothing was written.
 */
export type NewClusterOutcome =
  | { kind: 'written' | 'dry-run'; plan: NewClusterPlan; validation: NewClusterValidation }
  | { kind: 'invalid'; plan: NewClusterPlan; validation: NewClusterValidation; problems: string[] };
