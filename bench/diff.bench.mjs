// npm run bench: `gitops-promotion diff` (node start included, deep mode on, field-level output)
// against the naive script a team would otherwise run: for each ref, export the tree, `helm template`
// every cluster sequentially, then `diff -u`. Same repo, same change, same machine, same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveHelm } from '../scripts/helm-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resolvedHelm = resolveHelm(4);
if (resolvedHelm.kind !== 'found') throw new Error(resolvedHelm.reason);
const helm = resolvedHelm.path;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const clusters = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];
const home = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-'));
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
writeFileSync(env.GIT_CONFIG_GLOBAL, '');
const repo = path.join(home, 'repo');
cpSync(path.join(root, 'examples/gitops-repo'), repo, { recursive: true });
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'dev');
git('add', '-A');
git('commit', '-qm', 'base');
const base = git('rev-parse', 'HEAD');
const file = path.join(repo, 'charts/app-of-apps/values.dev-01.yaml');
writeFileSync(file, readFileSync(file, 'utf8').replace('retention: 2d', 'retention: 3d'));
git('commit', '-qam', 'head');
const head = git('rev-parse', 'HEAD');

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function naive() {
  const work = mkdtempSync(path.join(home, 'naive-'));
  for (const [name, sha] of [
    ['base', base],
    ['head', head],
  ]) {
    const dir = path.join(work, name);
    mkdirSync(dir);
    const tar = spawnSync('git', ['archive', sha], { cwd: repo, env, maxBuffer: 1 << 28 });
    spawnSync('tar', ['-x', '-C', dir], { input: tar.stdout });
    for (const c of clusters) {
      const out = spawnSync(
        helm,
        [
          'template',
          `${c}-apps`,
          path.join(dir, 'charts/app-of-apps'),
          '--namespace',
          'argocd',
          '--values',
          path.join(dir, `charts/app-of-apps/values.${c}.yaml`),
        ],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(out.stderr);
      writeFileSync(path.join(work, `${name}-${c}.yaml`), out.stdout);
    }
  }
  for (const c of clusters)
    spawnSync('diff', ['-u', path.join(work, `base-${c}.yaml`), path.join(work, `head-${c}.yaml`)]);
  rmSync(work, { recursive: true, force: true });
}

function ours() {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin/gitops-promotion.js'),
      'diff',
      '--base',
      base,
      '--head',
      head,
      '--format',
      'markdown',
      '--helm',
      helm,
    ],
    { cwd: repo, env, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  if (!r.stdout.includes('--storage.tsdb.retention.time=3d'))
    throw new Error('diff did not show the resource change');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
naive();
ours();
const a = [];
const b = [];
for (let i = 0; i < runs; i++) {
  a.push(time(naive));
  b.push(time(ours));
}
console.log(
  `naive (export, helm template x${clusters.length * 2} sequential, diff -u): median ${median(a).toFixed(0)} ms over ${runs} runs`,
);
console.log(
  `gitops-promotion diff (deep, field-level, markdown):        median ${median(b).toFixed(0)} ms over ${runs} runs`,
);
console.log(`ratio diff / naive: ${(median(b) / median(a)).toFixed(2)}x`);
rmSync(home, { recursive: true, force: true });
