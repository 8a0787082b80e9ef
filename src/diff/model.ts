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

/**
 * An object the app-of-apps chart renders besides Applications (an AppProject, a ConfigMap, a Secret,
 * an ApplicationSet…), changed between the refs. Its identity is Argo CD's: (API group, kind,
 * namespace, name); `namespace` is '' for a cluster-scoped kind, the release namespace when the
 * chart names none. A Secret's data is masked as everywhere, and ignore rules apply.
 */
export interface ObjectChange {
  kind: string;
  apiVersion: string;
  namespace: string;
  name: string;
  status: ChangeStatus;
  fields: FieldChange[];
  unified: string;
}

export interface AppChange {
  kind: 'Application';
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
  | 'sources-changed'
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
  /** Every other changed object the cluster's app-of-apps chart renders, after the Applications. */
  objects: ObjectChange[];
  /** Applications and objects together. */
  counts: { added: number; removed: number; modified: number };
  /**
   * How many objects (Applications included) were compared, rendered at both refs; null when the
   * cluster was not rendered (proven unchanged from git object ids, or it could not be). A cluster
   * that renders nothing at either ref is `unchanged` with 0: nothing shows, nothing is claimed.
   */
  compared: number | null;
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

/** Whether a cluster has any changed entry (an Application or another object) to show. */
export function hasEntries(c: Pick<ClusterDiff, 'apps' | 'objects'>): boolean {
  return c.apps.length > 0 || c.objects.length > 0;
}
