import type { Finding } from '../findings.js';
import type { FieldChange } from './object-diff.js';

export type ChangeStatus = 'added' | 'removed' | 'modified';

/** A Kubernetes resource a component chart renders, changed between the refs. */
export interface ResourceChange {
  kind: string;
  namespace: string;
  name: string;
  status: ChangeStatus;
  fields: FieldChange[];
  unified: string;
}

export type DeepResult =
  | { state: 'rendered'; resources: ResourceChange[] }
  | { state: 'unchanged' }
  | { state: 'skipped'; reason: string }
  | { state: 'not-applicable' };

export interface AppChange {
  cluster: string;
  name: string;
  namespace: string;
  /** `modified` also when only the resources its chart renders change. */
  status: ChangeStatus;
  fields: FieldChange[];
  unified: string;
  deep: DeepResult;
  /** An added and a removed Application with the same source and destination: a rename. */
  renamedFrom?: string;
  renamedTo?: string;
}

export type RiskKind =
  | 'app-removed'
  | 'destination-changed'
  | 'target-revision-changed'
  | 'sync-wave-changed'
  | 'automated-sync-toggled'
  | 'production-changed'
  | 'validation-errors';

export interface Risk {
  kind: RiskKind;
  cluster: string | null;
  application: string | null;
  message: string;
}

export interface ClusterDiff {
  name: string;
  env: string | null;
  /** `unchanged` clusters were proven unchanged from git object ids and not rendered. */
  status: 'added' | 'removed' | 'changed' | 'unchanged' | 'error';
  apps: AppChange[];
  counts: { added: number; removed: number; modified: number };
  /** What could not be compared, and why (the cluster is `error` when nothing else is known). */
  errors: string[];
}

export interface DiffReport {
  base: { ref: string; sha: string };
  head: { ref: string; sha: string };
  /**
   * False when something could not be compared (a cluster not rendered, a changed chart that did not
   * render): `changed: false` then proves nothing, and every cluster's `errors` say what is unknown.
   */
  complete: boolean;
  /** What makes the report incomplete beyond any one cluster (no cluster found at head, an unreadable bootstrap). */
  errors: string[];
  changed: boolean;
  changedClusters: string[];
  clusters: ClusterDiff[];
  risks: Risk[];
  /** Validation of head (the clusters this diff rendered). */
  validation: { errors: number; warnings: number; findings: Finding[] };
  /** Changes dropped by ignore rules, by rule. */
  ignored: { total: number; byRule: Record<string, number> };
  stats: { clustersRendered: number; clustersSkipped: number; chartsRendered: number; chartsSkipped: number };
}
