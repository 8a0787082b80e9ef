import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runGit, type GitRun } from '../../src/git/exec.js';
import { withSparseTrees } from '../../src/git/sparse-tree.js';
import { git, isolatedGitEnv } from '../helpers/git.js';

/**
 * Review of the sparse trees (55e7174): writing charts. openSparse's `materialize` writes every chart
 * named at once (Promise.all over the charts), each with its own mapLimit(16): a request naming N
 * charts opens up to 16·N files at once, where the full export (writeTree) opened 16. A
 * dependencyBuild materializes every chart of its side. Measured with the built CLI on the bench
 * fleet (4 clusters × 300 components, one component with a `file://` dependency), `diff
 * --dependency-build` under `ulimit -n 1024` (a common Linux default; macOS: 256): EMFILE, and the
 * previous code renders it.
 * (What follows an EMFILE: review-sparse-materialize-emfile.test.ts.)
 *
 * writeFile is wrapped (vi.mock) to count the files open at once.
 */

const io = vi.hoisted(() => ({ open: 0, max: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof fs.writeFile = async (file, data, options) => {
    io.open++;
    io.max = Math.max(io.max, io.open);
    try {
      await fs.writeFile(file, data, options);
      await new Promise((r) => setTimeout(r, 2)); // a write takes a moment: others start meanwhile
    } finally {
      io.open--;
    }
  };
  return { ...fs, writeFile, default: { ...fs, writeFile } };
});

const env = isolatedGitEnv();
const CHARTS = 60;
const FILES = 40;
let root: string;
let repo: string;
let sha: string;
let gitRun: GitRun;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-review-materialize-'));
  repo = path.join(root, 'repo');
  git(root, env, 'init', '-q', '-b', 'dev', repo);
  // CHARTS charts of FILES files each, all one blob: the index made directly, no work tree.
  const oid = execFileSync('git', ['hash-object', '-w', '--stdin'], {
    cwd: repo,
    env,
    input: 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
  })
    .toString()
    .trim();
  const lines: string[] = [];
  for (let c = 0; c < CHARTS; c++) {
    lines.push(`100644 ${oid}\tcharts/c${c}/Chart.yaml`);
    for (let f = 1; f < FILES; f++) lines.push(`100644 ${oid}\tcharts/c${c}/templates/f${f}.yaml`);
  }
  execFileSync('git', ['update-index', '--add', '--index-info'], { cwd: repo, env, input: lines.join('\n') });
  const tree = git(repo, env, 'write-tree');
  sha = git(repo, env, 'commit-tree', tree, '-m', 'charts');
  gitRun = { dir: repo, exec: (args, options) => runGit(repo, env as Record<string, string>, args, options) };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
  io.open = 0;
  io.max = 0;
});

describe('review: materializing many charts at once', () => {
  it('writes a few files at a time, however many charts are named (as the full export did: 16)', async () => {
    await withSparseTrees(gitRun, [{ sha, name: 'head' }], async ([tree]) => {
      expect(tree!.charts).toHaveLength(CHARTS);
      await tree!.materialize(tree!.charts);
    });
    // Today: CHARTS × 16 (960) files open at once.
    expect(io.max).toBeLessThanOrEqual(16);
  });
});
