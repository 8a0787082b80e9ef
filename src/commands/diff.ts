import { requireDirectory } from '../gitops/repo-files.js';
import type { DiffReport } from '../diff/model.js';
import type { GitReader } from '../ports/git.js';
import { compareTrees, type CompareTreesOptions } from './diff-compare-trees.js';
import { resolveRef } from './diff-refs.js';
import { CONFIG_FILES } from '../gitops/config.js';
import { materializePaths } from './diff-materialize.js';
import { exportedSide, openTrees, type Reading, type Tree } from './diff-trees.js';
import { readRepoFacts } from './repo-facts.js';
import { settleAll } from '../util/concurrency.js';
import type { ParseCache } from '../gitops/parse-cache.js';

export interface DiffOptions extends CompareTreesOptions {
  /** The git port of a repository (working tree or bare) holding both refs. */
  git: GitReader;
  /** The default branch the platform names (the GitHub event's `repository.default_branch`). */
  eventDefaultBranch?: string;
  base: string;
  head: string;
  /** Render in-repo component charts and diff their resources (default: config diff.deep, true). */
  deep?: boolean;
  /** Allow `helm dependency build` for component charts whose dependencies are not vendored. */
  dependencyBuild?: boolean;
  configFile?: string;
  concurrency?: number;
  /** Key for the hashes shown instead of secret values (default: random per run). */
  secretSalt?: string;
  /** YAML parses kept between runs (the render cache directory's): read first, written once the trees are done. */
  parseCache?: ParseCache;
}

/**
 * What a change does to every cluster: both refs are read from git into temp dirs (the working
 * tree is never touched), clusters whose render inputs have the same git object ids at both refs
 * are known unchanged without rendering, the rest are rendered in parallel, head is validated in
 * full (the same verdict as validate at head), and Applications (and, in deep mode, the resources
 * of their in-repo charts) are compared.
 */
export async function diff(options: DiffOptions): Promise<DiffReport> {
  return withTrees(options, (base, head, reading, lap) => compareTrees(base, head, reading, options, lap));
}

/**
 * Both refs resolved, read from git (sparse trees: a chart's files are written to disk only when
 * helm is to read them) and opened with their configs, for `use`; the trees are removed once `use`
 * is done (compareTrees settles every render first).
 */
export async function withTrees<T>(
  options: Omit<DiffOptions, 'helm'>,
  use: (base: Tree, head: Tree, reading: Reading, lap: (what: string) => void) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const lap = (what: string) =>
    options.logger.debug(`diff: ${what} after ${Math.round(performance.now() - started)} ms`);
  const { git } = options;
  requireDirectory(git.dir);
  // At once, each settled; the first failure in this order is the one said (a subdirectory first).
  const [, baseSha, headSha, facts] = await settleAll([
    git.requireTopLevel(),
    resolveRef(git, options.base),
    resolveRef(git, options.head),
    readRepoFacts(git, options.eventDefaultBranch),
  ]);
  const sides = [
    { sha: baseSha, name: 'base' },
    { sha: headSha, name: 'head' },
  ];
  // Nothing writes into the trees unless helm builds dependencies there: the same file is then one inode.
  const shared = { linkIdentical: !options.dependencyBuild };
  return (
    git
      .withSparseTrees(
        sides,
        async ([baseTree, headTree]) => {
          const b = exportedSide(options.base, baseTree!, 'base');
          const h = exportedSide(options.head, headTree!, 'head');
          // The config is read from disk: in a tree that is itself a chart, its file is a chart's.
          const configs = options.configFile ? [options.configFile] : [...CONFIG_FILES];
          await Promise.all([b, h].map((side) => materializePaths(side, configs)));
          const parses = options.parseCache?.parses;
          const { base, head, reading } = openTrees(
            b,
            h,
            { ...options, ...(parses ? { parses } : {}) },
            facts,
          );
          lap('trees read');
          return use(base, head, reading, lap);
        },
        shared,
      )
      // Kept only from a run that read its trees to the end.
      .then(async (result) => {
        await options.parseCache?.save();
        return result;
      })
  );
}
