import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit, type GitRun } from '../../src/git/exec.js';
import { withSparseTrees } from '../../src/git/sparse-tree.js';
import { defaultConfig } from '../../src/gitops/config.js';
import { globFiles } from '../../src/gitops/glob.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { TreeIndex } from '../../src/gitops/tree-index.js';
import { expandGlob } from '../../src/gitops/value-file-glob.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';

/**
 * Review of the sparse trees (55e7174; pre-existing, not made worse and not fixed): pull-request
 * content is hostile. Two symlinks to `.` in one directory make a `**` walk (a valueFiles glob of
 * an Application, or the config's bootstrapGlob) visit 2^n paths: TreeIndex follows each link as
 * the kernel does and gives up only after 40 links in one lookup, so the walk reads about 2^41
 * directories. A three-entry pull request holds `gitops-promotion diff` at 100% CPU until the
 * job's timeout (measured: still running after 60 s, old and new code alike), and the index's
 * `resolved` cache grows with every path. Each walk here is given a budget of directory reads: far
 * more than the tree has, far fewer than the walk makes.
 */

const env = isolatedGitEnv();
let root: string;
let repo: string;
let sha: string;
let gitRun: GitRun;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-review-glob-'));
  repo = path.join(root, 'repo');
  git(root, env, 'init', '-q', '-b', 'dev', repo);
  mkdirSync(path.join(repo, 'charts/m'), { recursive: true });
  writeFileSync(path.join(repo, 'charts/m/values.yaml'), 'a: 1\n');
  symlinkSync('.', path.join(repo, 'charts/m/l1'));
  symlinkSync('.', path.join(repo, 'charts/m/l2'));
  sha = commitAll(repo, env, 'two links to .');
  gitRun = { dir: repo, exec: (args, options) => runGit(repo, env as Record<string, string>, args, options) };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const BUDGET = 10_000;

/** RepoFiles of the commit read through its index, failing once `list` was called BUDGET times. */
async function withBudgetedFiles(fn: (files: RepoFiles) => void): Promise<number> {
  let calls = 0;
  await withSparseTrees(gitRun, [{ sha, name: 'head' }], async ([tree]) => {
    const index = new TreeIndex(tree!.entries, (oid) => tree!.blob(oid));
    const files = new RepoFiles(tree!.dir, defaultConfig().limits, undefined, undefined, sha, index);
    const list = files.list.bind(files);
    files.list = (rel: string) => {
      if (++calls > BUDGET) throw new Error(`more than ${BUDGET} directory reads for a tree of 3 entries`);
      return list(rel);
    };
    fn(files);
  });
  return calls;
}

describe('review: a `**` glob over symlinks to `.`', () => {
  it('a valueFiles glob ends within a bounded number of directory reads', async () => {
    let matches: string[] | null = null;
    await withBudgetedFiles((files) => {
      matches = expandGlob(files, 'charts/m/**/values.yaml');
    });
    expect(matches).toContain('charts/m/values.yaml');
  });

  it('a bootstrapGlob ends within a bounded number of directory reads', async () => {
    let matches: string[] = [];
    await withBudgetedFiles((files) => {
      matches = globFiles(files, 'charts/**/values.yaml');
    });
    expect(matches).toContain('charts/m/values.yaml');
  });
});
