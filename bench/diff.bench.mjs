// npm run bench, second part: `gitops-promotion diff` against the naive script a team would otherwise run (bench/naive/diff.sh: export both refs, `helm template` every cluster at each ref
// sequentially, `diff -u`), on the seed example and on generated fleets of N clusters × M components
// (bench/gen-repo.mjs, bench/repos.mjs). Writes the diff section of bench/results.md. Options: BENCH_SIZES,
// BENCH_COMPONENTS, BENCH_RUNS, BENCH_LARGE_RUNS (bench/harness.mjs).
import path from 'node:path';
import { benchOptions, CLI, compare, isolatedHome, measure, root, tools } from './harness.mjs';
import { fleetRepo, seedRepo } from './repos.mjs';
import { loadavg, machine, table, writeSection } from './results.mjs';

const options = benchOptions();
const { helm } = tools();
const box = isolatedHome();
const about = machine(helm);
const started = new Date();
const naiveScript = path.join(root, 'bench', 'naive', 'diff.sh');

/** The naive script prints how many clusters' renders differ: it must be `changed`. */
const naiveSaw = (changed) => (r) => r.status === 0 && Number(r.stdout.trim()) === changed;

/** Ours: exit 0, a complete diff whose changed clusters are `changed`, and stdout holding `shows`. */
function oursSaw(changed, shows) {
  return (r) => {
    if (r.status !== 0) return false;
    const report = JSON.parse(r.stdout);
    return report.complete && report.changedClusters.length === changed && r.stdout.includes(shows);
  };
}

/** One row: naive and ours diff `base..head` in `dir`, each checked to have seen what changed. */
function diffRow(row, dir, { head, changed, shows, deep, naiveDeep = deep, cacheDir }, runs) {
  const run = { cwd: dir, env: box.env, home: box.home };
  const naiveArgs = [naiveScript, helm, dir, 'base', head, ...(naiveDeep ? ['deep'] : [])];
  const oursArgs = [CLI, 'diff', '--base', 'base', '--head', head, '--format', 'json', '--helm', helm];
  // The targets are `--no-deep` unless said, like the naive script, which renders no component chart.
  if (!deep) oursArgs.push('--no-deep');
  if (cacheDir) oursArgs.push('--cache-dir', cacheDir);
  const ours = () => measure(process.execPath, oursArgs, run, oursSaw(changed, shows));
  // Warm: the cache filled by one untimed run of the same diff (a re-run of the PR's check).
  if (cacheDir) ours();
  const result = compare(runs, () => measure('bash', naiveArgs, run, naiveSaw(changed)), ours);
  const out = { ...row, result };
  console.log(table([out]));
  return out;
}

const rows = [];
const seed = seedRepo(box);
rows.push(
  diffRow(
    { repo: 'seed example (4 × 10)', what: 'diff one cluster (values.dev-01.yaml)' },
    seed.dir,
    // --no-deep: the Application's values change; deep mode also the Prometheus flag it renders to.
    { head: 'head', changed: 1, shows: '+          retention: 3d' },
    options.runs,
  ),
  // Deep mode (the default) against the same naive script: what deep mode costs on top, not a like-for-like row.
  diffRow(
    { repo: 'seed example (4 × 10)', what: 'diff one cluster, deep mode (naive not deep)' },
    seed.dir,
    { head: 'head', changed: 1, shows: '--storage.tsdb.retention.time=3d', deep: true, naiveDeep: false },
    options.runs,
  ),
);
for (const n of options.sizes) {
  const fleet = fleetRepo(box, n, options.components);
  const repo = `fleet ${n} × ${options.components}`;
  const runs = options.runsFor(n);
  const scenarios = [
    ['diff-all-changed (base values.yaml)', { head: 'all', changed: n, shows: '"-12"' }],
    [`diff-one-cluster-changed (values.${fleet.one}.yaml)`, { head: 'one', changed: 1, shows: 'canary' }],
    [
      'diff-one-cluster-changed, render cache warm',
      { head: 'one', changed: 1, shows: 'canary', cacheDir: path.join(box.home, `cache-${n}`) },
    ],
    [
      'deep diff of a component bump (its chart values.yaml)',
      { head: 'bump', changed: n, shows: 'component-01:1.1.0', deep: true },
    ],
  ];
  for (const [what, s] of scenarios) rows.push(diffRow({ repo, what }, fleet.dir, s, runs));
}

writeSection(
  'diff',
  `## diff

${started.toISOString().slice(0, 10)}, ${Math.round((Date.now() - started.getTime()) / 1000)} s. ${about.join('. ')}, ${loadavg()} at the end.

Naive: \`bench/naive/diff.sh\`: \`git archive\` of both refs, \`helm template\` of the app-of-apps chart of every
cluster at each ref, sequentially, \`diff -u\` per cluster; for the component bump it is also told which charts
changed (\`git diff --name-only\`) and renders those for every cluster at both refs (values.yaml and
values.<cluster>.yaml). Ours: \`diff --format json --no-deep\` (the issue's targets are \`--no-deep\` unless
said, like the naive script), head validated in full; the component bump and the seed's second row in deep mode
(the default: the charts of changed Applications rendered and compared resource by resource); each run is checked to report
a complete diff with the expected changed clusters and the changed value, the naive script's to find as many
clusters whose renders differ. "render cache warm": ours with \`--cache-dir\` filled by one untimed run of the
same diff before (a re-run of the check).

${table(rows)}`,
);
