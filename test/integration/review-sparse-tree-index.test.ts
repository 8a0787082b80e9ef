import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit, type GitRun } from '../../src/git/exec.js';
import { exportTree } from '../../src/git/read-tree.js';
import { TreeIndex } from '../../src/gitops/tree-index.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';

/**
 * Review of TreeIndex (55e7174): "paths resolved as the kernel does" on a checkout. A symlink whose
 * target names a file followed by `/` or `/.` (`values.yaml/`) is ENOTDIR for the kernel (and for
 * helm reading it), but the index drops empty and `.` components of a link's target before it looks,
 * so it calls it the file. RepoFiles then says the values file exists (the old disk-backed RepoFiles
 * said missing): a recipe passes helm a file helm cannot open, where `ignoreMissingValueFiles` or the
 * "does not exist" finding applied before. The oracle is the kernel on a full export of the commit,
 * with no lexical normalization of the link's target.
 */

const env = isolatedGitEnv();
let root: string;
let repo: string;
let sha: string;
let gitRun: GitRun;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-review-index-'));
  repo = path.join(root, 'repo');
  git(root, env, 'init', '-q', '-b', 'dev', repo);
  writeFileSync(path.join(repo, 'values.yaml'), 'a: 1\n');
  mkdirSync(path.join(repo, 'dir'));
  writeFileSync(path.join(repo, 'dir/x.yaml'), 'b: 2\n');
  symlinkSync('values.yaml/', path.join(repo, 'slash'));
  symlinkSync('values.yaml/.', path.join(repo, 'slash-dot'));
  symlinkSync('dir/x.yaml//', path.join(repo, 'deep-slash'));
  symlinkSync('dir/', path.join(repo, 'dir-slash')); // a directory with a slash: fine for both
  sha = commitAll(repo, env, 'links');
  gitRun = { dir: repo, exec: (args, options) => runGit(repo, env as Record<string, string>, args, options) };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The kernel on the full export: 'file', 'directory' or 'missing' (ENOENT, ENOTDIR, ELOOP). */
function kernel(full: string, rel: string): string {
  try {
    const st = statSync(`${full}/${rel}`);
    return st.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

describe('review: TreeIndex against the kernel, link targets with a trailing slash', () => {
  it('a link to `file/` or `file/.` is not a file (ENOTDIR), as on a checkout', async () => {
    const full = realpathSync(mkdtempSync(path.join(root, 'full-')));
    const entries = await exportTree(gitRun, sha, full);
    const blobs = new Map<string, Buffer>();
    for (const e of entries)
      if (e.type === 'blob')
        blobs.set(e.oid, execFileSync('git', ['cat-file', 'blob', e.oid], { cwd: repo, env }));
    const index = new TreeIndex(entries, (oid) => blobs.get(oid)!);
    const queries = ['slash', 'slash-dot', 'deep-slash', 'dir-slash', 'values.yaml'];
    const ours = Object.fromEntries(queries.map((q) => [q, index.resolve(q).kind]));
    const theirs = Object.fromEntries(queries.map((q) => [q, kernel(full, q)]));
    expect(theirs).toEqual({
      slash: 'missing',
      'slash-dot': 'missing',
      'deep-slash': 'missing',
      'dir-slash': 'directory',
      'values.yaml': 'file',
    });
    // Today: slash, slash-dot and deep-slash are 'file'.
    expect(ours).toEqual(theirs);
  });
});
