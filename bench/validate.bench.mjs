// npm run bench, first part: CLI start, and `gitops-promotion validate` against the naive loop a team would
// otherwise script (bench/naive/validate.sh: `helm template` per cluster, sequentially), on the seed example and
// on generated fleets of N clusters × M components (bench/gen-repo.mjs). Writes the validate section of
// bench/results.md. Options: BENCH_SIZES, BENCH_COMPONENTS, BENCH_RUNS, BENCH_LARGE_RUNS (bench/harness.mjs).
import path from 'node:path';
import { benchOptions, CLI, compare, isolatedHome, measure, root, tools } from './harness.mjs';
import { fleetRepo } from './repos.mjs';
import { loadavg, machine, table, writeSection } from './results.mjs';

const options = benchOptions();
const { helm } = tools();
const box = isolatedHome();
const about = machine(helm);
const started = new Date();
const naiveScript = path.join(root, 'bench', 'naive', 'validate.sh');

/** validate's JSON report must say: no error, every cluster rendered. */
function validated(clusters) {
  return (r) => {
    if (r.status !== 0) return false;
    const report = JSON.parse(r.stdout);
    return report.counts.error === 0 && report.clusters.filter((c) => c.rendered).length === clusters;
  };
}

/**
 * validate-all against the naive loop. With `cacheDir`, ours keeps its renders there (`--cache-dir`), filled
 * by one untimed run first: what a second run of the same commit costs (a re-run, or the next PR's base).
 */
function validateRow(repo, dir, clusters, runs, cacheDir = null) {
  const run = { cwd: dir, env: box.env, home: box.home };
  const args = [CLI, 'validate', '--repo', dir, '--helm', helm, '--format', 'json'];
  if (cacheDir) args.push('--cache-dir', cacheDir);
  const ours = () => measure(process.execPath, args, run, validated(clusters));
  if (cacheDir) ours();
  const result = compare(runs, () => measure('bash', [naiveScript, helm, dir], run), ours);
  return { repo, what: cacheDir ? 'validate-all, render cache warm' : 'validate-all', result };
}

const rows = [];
const here = { cwd: root, env: box.env, home: box.home };
rows.push({
  repo: 'CLI start',
  what: '`--help` vs `node -e 0`',
  result: compare(
    Math.max(options.runs, 10),
    () => measure(process.execPath, ['-e', '0'], here),
    () => measure(process.execPath, [CLI, '--help'], here),
  ),
});
rows.push(validateRow('seed example (4 × 10)', path.join(root, 'examples', 'gitops-repo'), 4, options.runs));
for (const n of options.sizes) {
  const fleet = fleetRepo(box, n, options.components);
  const name = `fleet ${n} × ${options.components}`;
  rows.push(validateRow(name, fleet.dir, n, options.runsFor(n)));
  rows.push(validateRow(name, fleet.dir, n, options.runsFor(n), path.join(box.home, `cache-${n}`)));
  console.log(table(rows.slice(-2)));
}

writeSection(
  'validate',
  `## validate and CLI start

${started.toISOString().slice(0, 10)}, ${Math.round((Date.now() - started.getTime()) / 1000)} s. ${about.join('. ')}, ${loadavg()} at the end.

Naive: \`bench/naive/validate.sh\`, \`helm template\` of the app-of-apps chart per cluster, sequentially (no values
schema, no Argo CD rules). Ours: \`validate --format json\` (values schemas, every cluster rendered, in parallel on
the cores, Application and topology rules), checked to report no error and every cluster rendered; "render cache
warm": the same with \`--cache-dir\` filled by one untimed run before (a re-run of the same commit). CLI start:
ours is \`node bin/gitops-promotion.js --help\`, the baseline \`node -e 0\`.

${table(rows)}`,
);
