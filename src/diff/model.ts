import type { Finding } from '../findings.js';
import type { ControlPlane } from '../gitops/control-plane.js';
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

/**
 * A dependency of a component chart (`Chart.yaml`, `requirements.yaml`, or their lock files) that
 * differs between the refs: always a change, whether or not the chart could be rendered.
 */
export interface DependencyChange {
  /** The dependency's alias, else its name. */
  name: string;
  /** Version at base (null: the dependency is new). */
  from: string | null;
  /** Version at head (null: the dependency was removed). */
  to: string | null;
  /** Repository at head (at base when removed). */
  repository: string;
  /** Repository at base when it differs from head's, else null. */
  repositoryFrom: string | null;
  /** The chart's file that says so: `Chart.yaml`, `Chart.lock`, `requirements.yaml` or `requirements.lock`. */
  file: string;
}

/**
 * What deep mode knows of the resources an Application's source renders:
 * - `rendered`: both sides rendered (or the one side that exists) and compared;
 * - `unchanged`: proven, from git object ids and the render recipe, without rendering;
 * - `unknown`: could not be computed (dependencies not vendored or not buildable, a render that
 *   failed at one side, a source outside this repository, plain manifests): `reason` says why, and
 *   the report is incomplete;
 * - `not-applicable`: nothing to compare (deep mode off, the bootstrap Application, an Application whose
 *   chart is a nested app-of-apps: what it renders is the cluster's, compared as its Applications and objects).
 */
export type DeepResult =
  | { state: 'rendered'; resources: ResourceChange[]; dependencies: DependencyChange[] }
  | { state: 'unchanged' }
  | { state: 'unknown'; reason: string; dependencies: DependencyChange[] }
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
  /**
   * The Application whose nested app-of-apps chart renders this one; absent for the Applications of
   * the cluster's own app-of-apps chart (its bootstrap renders those).
   */
  parent?: string;
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
  /**
   * `unchanged`: proven (equal git object ids, or both sides rendered and compared equal);
   * `unknown`: something could not be compared and no change is proven (see `errors`).
   * A `changed` cluster may still have `errors`: what else could not be compared.
   */
  status: 'added' | 'removed' | 'changed' | 'unchanged' | 'unknown';
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
  /** What could not be compared, and why: any entry makes the report incomplete. */
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
  /** What the reader should know about how the refs were read (a base read with head's config, deep mode off). */
  notes: string[];
  changed: boolean;
  changedClusters: string[];
  clusters: ClusterDiff[];
  risks: Risk[];
  /**
   * Validation of head: validate's findings at head (every cluster, repo-wide findings included),
   * plus the component charts this diff rendered at head that fail to render (`helm-template`).
   */
  validation: {
    errors: number;
    warnings: number;
    findings: Finding[];
    /**
     * Why validation at head is not known in full (a sharded diff whose part 0, head validated in full,
     * is missing): the counts and findings are then only what the parts there found. Absent when known.
     */
    unknown?: string;
  };
  /** The control plane head was validated with: validate's verdict at head, from the same facts. */
  controlPlane: ControlPlane;
  /** Changes dropped by ignore rules, by rule. */
  ignored: { total: number; byRule: Record<string, number> };
  stats: { clustersRendered: number; clustersSkipped: number; chartsRendered: number; chartsSkipped: number };
}

/** Whether a cluster has any changed entry (an Application or another object) to show. */
export function hasEntries(c: Pick<ClusterDiff, 'apps' | 'objects'>): boolean {
  return c.apps.length > 0 || c.objects.length > 0;
}
