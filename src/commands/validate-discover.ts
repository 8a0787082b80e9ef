import { ConfigurationError } from '../errors.js';
import { finding, type RawFinding } from '../findings.js';
import { loadConfig, type Config } from '../gitops/config.js';
import { repoContext } from '../gitops/repo-context.js';
import { refuseSymlinksOut, RepoFiles, requireDirectory } from '../gitops/repo-files.js';
import { discoverTopology, type Topology } from '../gitops/topology.js';
import type { Logger } from '../logger.js';
import type { GitReader } from '../ports/git.js';
import { readRepoFacts, type FactsGit } from './repo-facts.js';

/** validate's first phase: the config, the tree's files and the clusters they define. */

/** What discover reads from git: the repository's facts, and the commit of its HEAD. */
export type DiscoverGit = FactsGit & Pick<GitReader, 'dir' | 'tryRevParse'>;

export interface DiscoverOptions {
  /** Directory holding the tree to validate (a checkout, or a ref exported by the caller). */
  repoDir: string;
  /**
   * The repository the tree is of, whose git says the default branch and origin URL (an exported tree
   * has no git of its own). Read only at the top of a repository.
   */
  git: DiscoverGit;
  /** The default branch the platform names (the GitHub event's `repository.default_branch`). */
  eventDefaultBranch?: string;
  logger: Logger;
  /** Explicit config path (repo-relative); default `.github/gitops-promotion.yaml`. */
  configFile?: string;
  /** Validate only these clusters (diff validates what it renders); default all. */
  clusters?: readonly string[];
  /**
   * The commit the tree is (Argo CD's `$ARGOCD_APP_REVISION`). Default: the sha of HEAD when `repoDir`
   * is the repository's own directory, else ''.
   */
  revision?: string;
}

/** The tree as validate reads it, and the clusters it checks. */
export interface Discovery {
  files: RepoFiles;
  config: Config;
  /** Every cluster the tree defines. */
  all: Topology;
  /** The clusters to check: all, or the ones asked for. */
  topology: Topology;
  /** Only some clusters are checked (rules that need every cluster hold back). */
  partial: boolean;
  /** The topology's findings, and the one of a tree without clusters. */
  findings: RawFinding[];
}

/** Reads the config, the files and the topology of `repoDir`. */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  requireDirectory(options.repoDir);
  refuseSymlinksOut(options.repoDir);
  const config = loadConfig(options.repoDir, options.configFile);
  const revision = options.revision ?? (await headRevision(options.git, options.repoDir));
  const files = new RepoFiles(options.repoDir, config.limits, undefined, undefined, revision);
  const facts = await readRepoFacts(options.git, options.eventDefaultBranch);
  const topology = discoverTopology(files, config, repoContext(config, facts));
  return selectClusters({ files, config, topology }, options.clusters, options.logger);
}

/** The discovery of a tree already read (diff has its trees): the clusters to check, and what is said of them. */
export function selectClusters(
  tree: { files: RepoFiles; config: Config; topology: Topology },
  only: readonly string[] | undefined,
  logger: Logger,
): Discovery {
  const { files, config, topology: all } = tree;
  const topology = only ? { ...all, clusters: all.clusters.filter((c) => only.includes(c.name)) } : all;
  const findings: RawFinding[] = [...topology.findings];
  if (all.clusters.length === 0) {
    findings.push(
      finding(
        'error',
        'bootstrap-invalid',
        `no clusters found: no bootstrap Application matches ${config.bootstrapGlob} and the config declares no clusters`,
        config.file ? { file: config.file, line: 1, column: 1 } : null,
      ),
    );
  }
  logger.info(
    `Found ${topology.clusters.length} clusters: ${topology.clusters.map((c) => c.name).join(', ')}`,
  );
  return { files, config, all, topology, partial: only !== undefined, findings };
}

/**
 * The sha of HEAD when `dir` is the repository's directory, else '' (an exported tree or a copy),
 * and '' when it is in no repository or git is not there.
 */
async function headRevision(git: DiscoverGit, dir: string): Promise<string> {
  if (git.dir !== dir) return '';
  try {
    return (await git.tryRevParse('HEAD')) ?? '';
  } catch (e) {
    // Not in a repository, or git is not there.
    if (e instanceof ConfigurationError) return '';
    throw e;
  }
}
