import { lstatSync } from 'node:fs';
import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { gitDirVisibleToCharts, requireDirectory } from '../gitops/repo-files.js';
import type { GitReader } from '../ports/git.js';

/** What withTree asks of the repository's git (only with a ref). */
export type TreeGit = Pick<GitReader, 'isRepository' | 'revParse' | 'withExportedTree'>;

/**
 * Runs `fn` on the working tree, or on a temporary copy of it without any `.git` when a chart could
 * see one (a chart at the repository root would otherwise read `.git/config`, the checkout's
 * credentials, with `.Files.Get`), or on a temporary export of `ref`'s tree.
 */
export async function withTree<T>(
  repo: string,
  ref: string | undefined,
  git: TreeGit,
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  if (!ref) return withWorkingTreeCopy(repo, fn);
  if (!(await git.isRepository()))
    throw new ConfigurationError(`--ref needs a git repository, and ${repo} is not one`);
  return git.withExportedTree(await git.revParse(ref), fn);
}

async function withWorkingTreeCopy<T>(repo: string, fn: (dir: string) => Promise<T>): Promise<T> {
  requireDirectory(repo);
  // Links into .git are refused by validate itself; only a chart that has a .git under it needs the copy.
  if (!gitDirVisibleToCharts(repo)) return fn(repo);
  return withTreeCopy(repo, fn);
}

/** Runs `fn` on a temporary copy of the working tree without any `.git` (new-cluster edits the copy). */
export async function withTreeCopy<T>(repo: string, fn: (dir: string) => Promise<T>): Promise<T> {
  requireDirectory(repo);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gp-tree-'));
  try {
    // Symlinks stay as written: one that leads out of the repository is still refused in the copy.
    // The directory itself may be reached through a link; inside it, only files, directories and links.
    await cp(await realpath(repo), dir, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => {
        const st = lstatSync(src);
        return path.basename(src) !== '.git' && (st.isFile() || st.isDirectory() || st.isSymbolicLink());
      },
    });
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
