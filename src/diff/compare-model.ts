import type { RenderedApp } from '../gitops/applications.js';
import type { HelmPort } from '../ports/helm.js';
import type { ChartRenders } from './chart-renders.js';
import type { DeepSide } from './deep.js';
import type { ignoreRules } from './ignore.js';
import type { AppChange, Risk } from './model.js';

/** One ref's tree as the comparison needs it. */
export type Side = DeepSide;

export interface CompareContext {
  cluster: string;
  base: Side;
  head: Side;
  helm: HelmPort;
  deep: boolean;
  dependencyBuild: boolean;
  rules: ReturnType<typeof ignoreRules>;
  /** Ignored changes by rule, accumulated across the whole diff. */
  ignored: Record<string, number>;
  concurrency: number;
  /** Key of the secret hashes of this report. */
  secretSalt: string;
  /** Files whose git object differs between the refs (changedFiles of the two listings). */
  changedFiles: ReadonlySet<string>;
  /** The chart renders of this diff (shared with the nested app-of-apps levels); default: render each. */
  charts?: ChartRenders;
}

/** What masking and ignoring a pair needs. */
export type MaskContext = Pick<CompareContext, 'rules' | 'ignored' | 'secretSalt'>;

export interface Comparison {
  changes: AppChange[];
  /**
   * Applications deep mode could not compare (their chart's inputs changed and did not render, a
   * source outside the repository whose Application changed, plain manifests that changed), whether
   * or not their own fields changed: not proven, so the comparison is incomplete.
   */
  unknown: { application: string; reason: string }[];
  /** Component charts that fail to render at head as they would in Argo CD: errors of the pull request. */
  headFailures: {
    app: RenderedApp;
    chart: string;
    rule: 'helm-template' | 'helm-argument';
    reason: string;
  }[];
  risks: Risk[];
  chartsRendered: number;
  chartsSkipped: number;
}
