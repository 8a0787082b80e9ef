// npm run bench: wall time of `gitops-promotion validate` on the example repo (node start included)
// against the baseline a user would otherwise script: a plain loop of `helm template` per cluster.
// Both run in the same process tree on the same machine; the figure that matters is the ratio.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveHelm } from '../scripts/helm-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples', 'gitops-repo');
const resolvedHelm = resolveHelm(4);
if (resolvedHelm.kind !== 'found') throw new Error(resolvedHelm.reason);
const helm = resolvedHelm.path;
const runs = Number(process.env.BENCH_RUNS ?? 7);
const clusters = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function must(result, what) {
  if (result.status !== 0 && !(what === 'validate' && result.status === 1)) {
    throw new Error(`${what} failed (exit ${result.status}): ${result.stderr}`);
  }
}

function baseline() {
  for (const c of clusters) {
    must(
      spawnSync(
        helm,
        [
          'template',
          `${c}-apps`,
          path.join(example, 'charts/app-of-apps'),
          '--namespace',
          'argocd',
          '--values',
          path.join(example, `charts/app-of-apps/values.${c}.yaml`),
        ],
        { encoding: 'utf8' },
      ),
      'helm template',
    );
  }
}

function validate() {
  must(
    spawnSync(
      process.execPath,
      [
        path.join(root, 'bin/gitops-promotion.js'),
        'validate',
        '--repo',
        example,
        '--helm',
        helm,
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    ),
    'validate',
  );
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

baseline();
validate(); // warm the file cache for both
const base = [];
const ours = [];
for (let i = 0; i < runs; i++) {
  base.push(time(baseline));
  ours.push(time(validate));
}
const b = median(base);
const o = median(ours);
console.log(
  `helm template loop (${clusters.length} clusters, sequential): median ${b.toFixed(0)} ms over ${runs} runs`,
);
console.log(
  `gitops-promotion validate (node start, schema, render, rules):  median ${o.toFixed(0)} ms over ${runs} runs`,
);
console.log(`ratio validate / helm loop: ${(o / b).toFixed(2)}x`);
