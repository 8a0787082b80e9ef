import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit, type GitRun } from '../../src/git/exec.js';
import { withSparseTrees } from '../../src/git/sparse-tree.js';
import { git, isolatedGitEnv } from '../helpers/git.js';

/**
 * Review of the sparse trees (55e7174): what follows a failed write. `materialize` writes its charts
 * with Promise.all: on the first rejection (EMFILE: see review-sparse-materialize-files.test.ts for
 * why it opens so many files) the other charts' writes go on, and withSparseTrees' `rm(temp)` runs
 * beside them: it fails with ENOTEMPTY (a file written into a directory it is removing), that error
 * replaces the EMFILE (the CLI says "internal error (please report it): Error: ENOTEMPTY: directory
 * not empty, rmdir '/tmp/gp-tree-…/base/charts/app-of-apps/templates'"), and the temporary directory,
 * both trees' files, is left in /tmp. Measured with the built CLI: `diff --dependency-build` on the
 * bench fleet (4 × 300) under `ulimit -n 1024`; the previous code renders it.
 *
 * Here the process's own descriptors are used up (Linux: /proc/self) to all but a few hundred
 * before the charts are written, and released before the trees are removed. The race needs a chart
 * of many files (its writer goes on long after the rejection): an app-of-apps, a template a component.
 */

const env = isolatedGitEnv();
const CHARTS = 300;
const FILES = 9;
let root: string;
let repo: string;
let sha: string;
let gitRun: GitRun;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-review-emfile-'));
  repo = path.join(root, 'repo');
  git(root, env, 'init', '-q', '-b', 'dev', repo);
  const oid = execFileSync('git', ['hash-object', '-w', '--stdin'], {
    cwd: repo,
    env,
    input: 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
  })
    .toString()
    .trim();
  // One chart of many files (an app-of-apps: a template per component), and many small ones.
  const lines: string[] = [`100644 ${oid}\tcharts/app-of-apps/Chart.yaml`];
  for (let t = 0; t < 400; t++) lines.push(`100644 ${oid}\tcharts/app-of-apps/templates/t${t}.yaml`);
  for (let c = 0; c < CHARTS; c++) {
    lines.push(`100644 ${oid}\tcharts/c${c}/Chart.yaml`);
    for (let f = 1; f < FILES; f++) lines.push(`100644 ${oid}\tcharts/c${c}/templates/f${f}.yaml`);
  }
  execFileSync('git', ['update-index', '--add', '--index-info'], { cwd: repo, env, input: lines.join('\n') });
  sha = git(repo, env, 'commit-tree', git(repo, env, 'write-tree'), '-m', 'charts');
  gitRun = { dir: repo, exec: (args, options) => runGit(repo, env as Record<string, string>, args, options) };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Descriptors opened until only `free` are left of the soft limit; closed by the caller. */
function useUpDescriptors(free: number): number[] {
  const limit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))![1]);
  const held: number[] = [];
  let open = readdirSync('/proc/self/fd').length;
  while (open++ < limit - free) held.push(openSync('/dev/null', 'r'));
  return held;
}

describe('review: a chart write that fails', () => {
  it('is the error said (or nothing fails), and the temporary directory is removed', async () => {
    let temp = '';
    const outcome = await withSparseTrees(gitRun, [{ sha, name: 'head' }], async ([tree]) => {
      temp = tree!.dir; // the tree's own temporary directory (gp-head-<random>)
      const held = useUpDescriptors(200);
      try {
        await tree!.materialize(tree!.charts);
      } finally {
        for (const fd of held) closeSync(fd);
      }
    }).then(
      () => 'materialized',
      (e: unknown) => String(e),
    );
    const left = existsSync(temp);
    // Today's stray writes go on for a moment after: let them end before cleaning up after them.
    await new Promise((r) => setTimeout(r, 500));
    // Only ever the tree's own directory: never a parent of it.
    expect(path.basename(temp)).toMatch(/^gp-head-[A-Za-z0-9]{6}$/);
    rmSync(temp, { recursive: true, force: true, maxRetries: 5 });
    // Today: "Error: ENOTEMPTY: directory not empty, rmdir '…'", and the directory left behind.
    expect(outcome).toMatch(/^materialized$|EMFILE/);
    expect(left).toBe(false);
  });
});
