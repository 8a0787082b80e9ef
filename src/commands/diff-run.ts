import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { CompareContext, Side } from '../diff/compare-model.js';
import { ChartRenders } from '../diff/chart-renders.js';
import { ignoreRules } from '../diff/ignore.js';
import type { Cluster } from '../gitops/topology.js';
import type { Logger } from '../logger.js';
import type { HelmPort } from '../ports/helm.js';
import { materializingHelm } from './diff-materialize.js';
import type { NestedContext } from './nested-levels.js';
import { diffPolicy, type Tree } from './diff-trees.js';

/** What one diff run shares between its steps: both trees, helm and the chart renders, the policy. */

export interface RunOptions {
  helm: HelmPort;
  logger: Logger;
  deep?: boolean;
  dependencyBuild?: boolean;
  concurrency?: number;
  secretSalt?: string;
}

export interface DiffRun {
  base: Tree;
  head: Tree;
  helm: HelmPort;
  logger: Logger;
  /** The chart renders of this diff: nested levels and component charts, at both refs. */
  charts: ChartRenders;
  concurrency: number;
  dependencyBuild: boolean;
  policy: ReturnType<typeof diffPolicy>;
  /** Masking and ignores, shared by every comparison (`ignored` counts across the whole diff). */
  masking: Pick<CompareContext, 'rules' | 'ignored' | 'secretSalt'>;
  /** Files whose git object differs between the refs. */
  changed: ReadonlySet<string>;
}

export function startRun(base: Tree, head: Tree, changed: ReadonlySet<string>, options: RunOptions): DiffRun {
  const policy = diffPolicy(base, head, options.deep);
  // Both trees are sparse: helm's inputs are written to disk just before it reads them.
  const helm = materializingHelm(options.helm, [base, head]);
  return {
    base,
    head,
    helm,
    logger: options.logger,
    charts: new ChartRenders(helm),
    concurrency: options.concurrency ?? os.availableParallelism(),
    dependencyBuild: options.dependencyBuild ?? false,
    policy,
    masking: {
      rules: ignoreRules(policy.ignore),
      ignored: {},
      secretSalt: options.secretSalt ?? randomBytes(16).toString('hex'),
    },
    changed,
  };
}

/** A tree as the comparison sees it. */
export function sideOf(tree: Tree): Side {
  return {
    files: tree.files,
    listing: tree.listing,
    repoURL: tree.topology.repoURLs,
    controlPlaneNamespace: tree.topology.controlPlaneNamespace,
    helm: tree.config.helm,
  };
}

/** Where a cluster's nested app-of-apps levels are followed in `tree`. */
export function nestedAt(run: DiffRun, tree: Tree, cluster: Cluster): NestedContext {
  return {
    cluster,
    files: tree.files,
    repoURL: tree.topology.repoURLs,
    charts: run.charts,
    render: { dependencyBuild: run.dependencyBuild, ...tree.config.helm },
  };
}

/**
 * How many renders this helm was asked for so far, however many helm processes served them (a batch
 * is one, a render cache runs none): a report says the same with a cache or batching or without.
 */
export function templateRuns(helm: HelmPort): number {
  return helm.renders.length;
}
