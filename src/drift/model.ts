/**
 * The drift report: what waits on each promotion edge, what diverges between environments as rendered,
 * and what Argo CD runs. Each section is computed, skipped (with why), or unknown (with why): "in sync"
 * and "clean" are only said of what was proven.
 */

/** A commit waiting on an edge (in `from`, not in `to`). */
export interface PendingCommit {
  sha: string;
  subject: string;
  author: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** Pull requests that merged it (numbers), when GitHub was asked. */
  pullRequests: number[];
}

/**
 * An edge of the promotion chain: a promotion edge (`promote`), release's edge (`release`: release.from → the
 * first wave's tag), or from one wave's tag to the next (`wave`).
 */
export type EdgeKind = 'promote' | 'release' | 'wave';

export type EdgeDrift =
  | {
      kind: EdgeKind;
      from: string;
      to: string;
      /** diverged: nothing pending, but `to` has commits `from` never had (a fast-forward would be refused). */
      state: 'pending' | 'in-sync' | 'diverged';
      fromSha: string;
      toSha: string;
      /** The oldest first, at most PENDING_LISTED of them; `pendingCount` is the whole count. */
      pending: PendingCommit[];
      pendingCount: number;
      /** Committer date of the oldest pending commit, ISO 8601; null when none is pending. */
      oldestAt: string | null;
      authors: string[];
      /** The oldest pending commit is older than `drift.maxAge`. */
      overdue: boolean;
      /** Commits `to` has that `from` never had, merges included (a hotfix's forward-merge, a push to `to`). */
      targetOnly: number;
    }
  | { kind: EdgeKind; from: string; to: string; state: 'unknown'; reason: string };

/** Commits of production (`stable`) that a forward-merge target lacks: a hotfix that was not merged forward. */
export interface MissedForwardMerge {
  /** The branch that lacks them (`staging`, `dev`). */
  target: string;
  /** The production ref they are on. */
  source: string;
  commits: PendingCommit[];
  commitCount: number;
  /** Hotfix branches or version tags that contain them, e.g. `hotfix/fix-login`, `stable-v1.2.1`. */
  hotfixes: string[];
}

/** A ref the config names (an environment's, a wave's, release.from) that the remote does not have. */
export interface MissingRef {
  ref: string;
  /** `environment prod`, `release.waves[1]`, … */
  namedBy: string;
}

export interface PromotionSection {
  edges: EdgeDrift[];
  missedForwardMerges: MissedForwardMerge[];
  missingRefs: MissingRef[];
}

/** One divergence between an environment and the one it is promoted from, as both render. */
export type EnvironmentFinding =
  | {
      /** A component enabled downstream that upstream never ran (prod runs what staging never ran). */
      kind: 'downstream-only';
      component: string;
      clusters: string[];
    }
  | {
      /** An Application of this repo whose targetRevision is not its environment's ref. */
      kind: 'revision';
      cluster: string;
      application: string;
      revision: string;
      expected: string;
    }
  | {
      /** A value of a component's Application that differs downstream and is not in `drift.allowValues`. */
      kind: 'values';
      component: string;
      cluster: string;
      /** JSON pointer into the Application, e.g. `/spec/source/helm/valuesObject/replicas`. */
      path: string;
      upstream: string | null;
      downstream: string | null;
    };

export interface EnvironmentPair {
  upstream: string;
  downstream: string;
  state: 'compared' | 'unknown';
  /** Why it could not be compared (state unknown). */
  reason?: string;
  findings: EnvironmentFinding[];
  /** Findings beyond the ones listed (a pair lists at most MAX_PAIR_FINDINGS), and how many of them are errors. */
  omitted?: number;
  omittedErrors?: number;
  /** What could not be checked in a compared pair (e.g. Applications on HEAD, the default branch unknown). */
  unknowns?: string[];
}

export type EnvironmentSection =
  { state: 'computed'; pairs: EnvironmentPair[] } | { state: 'skipped'; reason: string };

/** A live Application of a cluster that is not as it should be. */
export interface LiveApplication {
  name: string;
  sync: string;
  health: string;
  /** The revision Argo CD reports for this repo's source, when it is not the environment ref's sha. */
  revision: string | null;
  expectedRevision: string | null;
  problems: ('out-of-sync' | 'degraded' | 'missing' | 'unknown' | 'wrong-revision')[];
}

export type LiveCluster =
  | {
      cluster: string;
      state: 'checked';
      /** Applications with a problem only. */
      applications: LiveApplication[];
      /** Applications Argo CD has (with the cluster label) that the repo does not render. */
      orphans: string[];
      /** Applications the repo renders that Argo CD does not have. */
      notDeployed: string[];
      /** The newest successful sync among the cluster's Applications, ISO 8601, or null. */
      lastSyncAt: string | null;
      applicationCount: number;
    }
  | { cluster: string; state: 'unknown'; reason: string };

export type LiveSection =
  | { state: 'computed'; server: string; clusters: LiveCluster[] }
  | { state: 'skipped'; reason: string }
  /** Argo CD unreachable, 401, a bad payload: the report is still posted, with this. */
  | { state: 'unreachable'; server: string; reason: string };

/** The what-runs-where matrix: component → cluster → revision (null: not deployed there). */
export interface DriftMatrix {
  clusters: string[];
  components: string[];
  cells: Record<string, Record<string, string | null>>;
}

/** A promotion the dashboard offers as a checkbox: ticking it runs that promotion (or release). */
export interface Approval {
  kind: 'promote' | 'release';
  from: string;
  to: string;
  /** The heads when the box was written: a box whose edge moved since is stale and does nothing. */
  fromSha: string;
  toSha: string;
  pendingCount: number;
}

export interface DriftCounts {
  errors: number;
  warnings: number;
  pendingCommits: number;
}

export interface DriftReport {
  generatedAt: string;
  /** `owner/repo`, when known. */
  repository: string | null;
  /** The environment chain in promotion order, e.g. `dev → staging → stable`. */
  chain: string[];
  promotion: PromotionSection;
  environment: EnvironmentSection;
  live: LiveSection;
  matrix: DriftMatrix | null;
  approvals: Approval[];
  counts: DriftCounts;
  /** Anything pending or any finding. */
  drifted: boolean;
  /** Every section computed (none unknown or unreachable): only then can "no drift" be said. */
  complete: boolean;
  /** Why the report is incomplete (one line each). */
  incomplete: string[];
}

/** How many pending commits an edge lists (the count is always whole). */
export const PENDING_LISTED = 50;

/** The marker of the dashboard issue (DESIGN.md: with a label, found and updated in place). */
export const DRIFT_MARKER = '<!-- gitops-promotion:drift -->';
