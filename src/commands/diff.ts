import { requireDirectory } from '../gitops/repo-files.js';
import type { DiffReport } from '../diff/model.js';
import type { GitReader } from '../ports/git.js';
import { compareTrees, type CompareTreesOptions } from './diff-compare-trees.js';
import { resolveRef } from './diff-refs.js';
import { exportedSide, openTrees, type Reading, type Tree } from './diff-trees.js';
import { readRepoFacts } from './repo-facts.js';

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
 * Both refs resolved, read from git into temp dirs and opened with their configs, for `use`; each
 * tree is removed once `use` is done (compareTrees settles every render first).
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
  await git.requireTopLevel();
  const [baseSha, headSha] = await Promise.all([
    resolveRef(git, options.base),
    resolveRef(git, options.head),
  ]);
  const facts = await readRepoFacts(git, options.eventDefaultBranch);
  return git.withExportedTree(
    baseSha,
    async (baseDir, baseEntries) => {
      const b = exportedSide(options.base, baseSha, baseDir, baseEntries, 'base');
      return git.withExportedTree(
        headSha,
        async (headDir, headEntries) => {
          const h = exportedSide(options.head, headSha, headDir, headEntries, 'head');
          const { base, head, reading } = openTrees(b, h, options, facts);
          lap('trees read');
          return use(base, head, reading, lap);
        },
        'head',
      );
    },
    'base',
  );
}
