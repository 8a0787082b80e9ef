import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializingHelm } from '../../src/commands/diff-materialize.js';
import { exportedSide } from '../../src/commands/diff-trees.js';
import { runGit, type GitRun } from '../../src/git/exec.js';
import { exportTree } from '../../src/git/read-tree.js';
import { withSparseTrees } from '../../src/git/sparse-tree.js';
import { TreeIndex, type Resolved } from '../../src/gitops/tree-index.js';
import type { TemplateRequest } from '../../src/ports/helm.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';

/**
 * Sparse trees (diff reads both refs this way): what the index says of a path is what the kernel says
 * of it on a full export of the same commit, and what helm renders from a sparse tree is what it
 * renders from the full export, through symlinks from chart to chart.
 */

const env = isolatedGitEnv();
let root: string;
let repo: string;
let outsideFile: string;
let c1: string;
let c2: string;
let c3: string;
let gitRun: GitRun & { inputs: string[][] };

const chart = (name: string) => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`;

function write(rel: string, text: string): void {
  const file = path.join(repo, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function link(rel: string, to: string): void {
  const file = path.join(repo, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync(to, file);
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-sparse-'));
  repo = path.join(root, 'repo');
  outsideFile = path.join(root, 'outside.txt');
  writeFileSync(outsideFile, 'not the repo\n');
  git(root, env, 'init', '-q', '-b', 'dev', repo);
  write('charts/app/Chart.yaml', chart('app'));
  write('charts/app/values.yaml', 'from: app\n');
  write('charts/app/templates/cm.yaml', 'kind: ConfigMap\nmetadata:\n  name: {{ .Values.from }}\n');
  link('charts/app/templates/shared.yaml', '../../../shared/shared.yaml');
  link('charts/app/values.lib.yaml', '../lib/values.yaml');
  write('charts/lib/Chart.yaml', chart('lib'));
  write('charts/lib/values.yaml', 'from: lib\n');
  write('charts/lib/shared.yaml', 'kind: Secret\nmetadata:\n  name: shared-{{ .Values.from }}\n');
  write('charts/lib/run.sh', '#!/bin/sh\n');
  link('shared', 'charts/lib');
  link('chain', 'shared/../lib');
  link('abs', outsideFile);
  link('dangling-abs', '/nonexistent/gp-sparse');
  link('up', '../..');
  link('loop-a', 'loop-b');
  link('loop-b', 'loop-a');
  link('dangling', 'nowhere');
  write('argocd/dev.yaml', 'kind: Application\n');
  write('README.md', '# repo\n');
  c1 = commitAll(repo, env, 'one');
  chmodSync(path.join(repo, 'charts/lib/run.sh'), 0o755);
  write('charts/lib/values.yaml', 'from: lib2\n');
  c2 = commitAll(repo, env, 'two');
  // What a diff reads: no link out of the tree (exportedSide refuses one).
  for (const l of ['abs', 'up']) rmSync(path.join(repo, l));
  c3 = commitAll(repo, env, 'three');
  const inputs: string[][] = [];
  const exec: GitRun['exec'] = (args, options) => {
    if (args[0] === 'cat-file') inputs.push((options?.input?.toString() ?? '').split('\n').filter(Boolean));
    return runGit(
      repo,
      { PATH: process.env.PATH!, HOME: env.HOME!, GIT_CONFIG_NOSYSTEM: '1' },
      args,
      options,
    );
  };
  gitRun = { dir: repo, exec, inputs };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const QUERIES = [
  '',
  'charts',
  'charts/app',
  'charts/app/templates/shared.yaml',
  'charts/app/values.lib.yaml',
  'shared',
  'shared/shared.yaml',
  'shared/../README.md',
  'chain',
  'chain/values.yaml',
  'abs',
  'dangling-abs',
  'up',
  'up/x',
  'loop-a',
  'loop-a/x',
  'dangling',
  'README.md/x',
  'README.md',
  'charts/lib/run.sh',
  'nothing',
  '../README.md',
];

/** What the kernel says of `rel` in the full export at `dir`: the oracle. */
function kernel(dir: string, rel: string): Resolved {
  const abs = path.join(dir, rel);
  let existing = abs;
  let rest = '';
  for (;;) {
    try {
      const real = realpathSync.native(existing);
      const inside = real === dir || real.startsWith(`${dir}/`);
      if (!inside) return { kind: 'outside' };
      if (rest !== '') return { kind: 'missing' };
      const st = statSync(real);
      const p = path.relative(dir, real);
      return st.isDirectory() ? { kind: 'directory', path: p } : { kind: 'file', path: p, oid: '' };
    } catch {
      if (existing === dir) return { kind: 'missing' };
      rest = path.join(path.basename(existing), rest);
      existing = path.dirname(existing);
    }
  }
}

describe('a tree read from its listing (TreeIndex)', () => {
  it('resolves every path as the kernel does on a full export: links, chains, loops, out of the tree', async () => {
    const full = realpathSync(mkdtempSync(path.join(root, 'full-')));
    const entries = await exportTree(gitRun, c1, full);
    const blobs = new Map<string, Buffer>();
    for (const e of entries)
      if (e.type === 'blob')
        blobs.set(e.oid, execFileSync('git', ['cat-file', 'blob', e.oid], { cwd: repo, env }));
    const index = new TreeIndex(entries, (oid) => blobs.get(oid)!);
    const seen: Record<string, string> = {};
    for (const q of QUERIES) {
      const ours = index.resolve(q);
      // Where the kernel finds nothing at an absolute link, the index says where it would lead: out.
      const theirs: Resolved = q === 'dangling-abs' ? { kind: 'outside' } : kernel(full, q);
      seen[q] = ours.kind;
      expect({ q, kind: ours.kind, path: 'path' in ours ? ours.path : null }).toEqual({
        q,
        kind: theirs.kind,
        path: 'path' in theirs ? theirs.path : null,
      });
      if (ours.kind === 'directory') expect(index.list(q)).toEqual(readdirSync(path.join(full, q)).sort());
      if (ours.kind === 'file')
        expect({ q, text: index.read(q)!.toString() }).toEqual({
          q,
          text: readFileSync(path.join(full, q), 'utf8'),
        });
    }
    // Every kind of answer is covered by the queries.
    expect(new Set(Object.values(seen))).toEqual(new Set(['file', 'directory', 'missing', 'outside']));
  });
});

describe('sparse trees (withSparseTrees)', () => {
  it('writes directories and links; a chart, a file or a directory only when asked; shared blobs read once', async () => {
    await withSparseTrees(
      gitRun,
      [
        { sha: c1, name: 'base' },
        { sha: c2, name: 'head' },
      ],
      async ([base, head]) => {
        expect(base!.charts).toEqual(['charts/app', 'charts/lib']);
        for (const t of [base!, head!]) {
          expect(existsSync(path.join(t.dir, 'README.md'))).toBe(false);
          expect(lstatSync(path.join(t.dir, 'shared')).isSymbolicLink()).toBe(true);
          expect(lstatSync(path.join(t.dir, 'charts/app/templates/shared.yaml')).isSymbolicLink()).toBe(true);
          expect(statSync(path.join(t.dir, 'charts/app/templates')).isDirectory()).toBe(true);
          expect(existsSync(path.join(t.dir, 'charts/app/Chart.yaml'))).toBe(false);
          expect(existsSync(path.join(t.dir, 'charts/lib/values.yaml'))).toBe(false);
        }
        await head!.materialize(['charts/lib']);
        await head!.materialize(['charts/lib']); // a second time writes nothing (and does not fail)
        expect(readFileSync(path.join(head!.dir, 'charts/lib/values.yaml'), 'utf8')).toBe('from: lib2\n');
        expect(statSync(path.join(head!.dir, 'charts/lib/run.sh')).mode & 0o111).not.toBe(0);
        expect(existsSync(path.join(head!.dir, 'charts/app/Chart.yaml'))).toBe(false);
        expect(existsSync(path.join(base!.dir, 'charts/lib/values.yaml'))).toBe(false);
        // A file in no chart, by its name or by a directory above it; either a second time writes nothing.
        await base!.materialize(['README.md']);
        await base!.materialize(['README.md', '']);
        await head!.materialize(['']);
        for (const t of [base!, head!])
          expect(readFileSync(path.join(t.dir, 'README.md'), 'utf8')).toBe('# repo\n');
        expect(existsSync(path.join(head!.dir, 'charts/app/Chart.yaml'))).toBe(false);
      },
    );
    // One cat-file for both trees, each blob asked once: head's changed values.yaml is the only one base lacks.
    const [asked] = gitRun.inputs.slice(-1);
    const ids = (sha: string) => git(repo, env, 'ls-tree', '-r', '--format=%(objectname)', sha).split('\n');
    expect([...asked!].sort()).toEqual([...new Set([...ids(c1), ...ids(c2)])].sort());
  });

  it('with linkIdentical, a file of the same bytes and mode in both trees is one inode; otherwise two', async () => {
    const sides = [
      { sha: c1, name: 'base' },
      { sha: c2, name: 'head' },
    ];
    const inodes = async (linkIdentical: boolean) =>
      withSparseTrees(
        gitRun,
        sides,
        async (trees) => {
          for (const t of trees) await t.materialize(['charts/app', 'charts/lib', 'README.md']);
          const ino = (f: string) => trees.map((t) => statSync(path.join(t.dir, f)).ino);
          expect(trees.every((t) => t.linked === linkIdentical)).toBe(true);
          // Its mode changed, its bytes did not: two inodes, the head one executable.
          const [b, h] = ino('charts/lib/run.sh');
          expect(b).not.toBe(h);
          expect(statSync(path.join(trees[1]!.dir, 'charts/lib/run.sh')).mode & 0o111).not.toBe(0);
          expect(new Set(ino('charts/lib/values.yaml')).size).toBe(2);
          for (const t of trees)
            expect(readFileSync(path.join(t.dir, 'charts/app/Chart.yaml'), 'utf8')).toBe(chart('app'));
          return [...ino('charts/app/Chart.yaml'), ...ino('README.md')];
        },
        { linkIdentical },
      );
    const [cb, ch, rb, rh] = await inodes(true);
    expect([cb, rb]).toEqual([ch, rh]);
    const [pb, ph] = await inodes(false);
    expect(pb).not.toBe(ph);
  });

  it('helm renders from a sparse tree exactly what it renders from the full export, through links between charts', async () => {
    const helm = testHelm();
    const full = realpathSync(mkdtempSync(path.join(root, 'full-')));
    await exportTree(gitRun, c3, full);
    const request = (dir: string): TemplateRequest => ({
      releaseName: 'app',
      chartDir: path.join(dir, 'charts/app'),
      namespace: 'apps',
      valueFiles: [path.join(dir, 'charts/app/values.lib.yaml')],
      parameters: [],
    });
    const oracle = await helm.template(request(full));
    expect(oracle.ok).toBe(true);
    expect(oracle.stdout).toContain('shared-lib2');
    await withSparseTrees(gitRun, [{ sha: c3, name: 'head' }], async ([tree]) => {
      const side = exportedSide('head', tree!, 'head');
      const sparse = materializingHelm(helm, [side]);
      const [many] = await sparse.templateMany([request(tree!.dir)], 1);
      const one = await sparse.template(request(tree!.dir));
      expect(many!.stdout).toBe(oracle.stdout);
      expect(one.stdout).toBe(oracle.stdout);
      // Both charts were written: app (asked) and lib (its links lead there).
      expect(existsSync(path.join(tree!.dir, 'charts/lib/shared.yaml'))).toBe(true);
    });
  });
});
