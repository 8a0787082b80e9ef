// What the benchmarks share: options from the environment, an isolated temp home, each command measured under
// GNU time, medians and ratios, the machine's description, and bench/results.md (one section per bench script).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveHelm } from '../scripts/helm-paths.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(root, 'bin', 'gitops-promotion.js');
const GNU_TIME = '/usr/bin/time';

/** BENCH_SIZES (clusters, default 4,50,200), BENCH_COMPONENTS (40), BENCH_RUNS (3), BENCH_LARGE_RUNS (1, N ≥ 50). */
export function benchOptions(env = process.env) {
  const int = (name, fallback) => {
    const n = Number(env[name] ?? fallback);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${name} must be a positive integer, got "${env[name]}"`);
    return n;
  };
  const sizes = (env.BENCH_SIZES ?? '4,50,200').split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_SIZES: "${s}" is not a cluster count`);
    return n;
  });
  const runs = int('BENCH_RUNS', 3);
  const largeRuns = int('BENCH_LARGE_RUNS', Math.min(runs, 1));
  return {
    sizes,
    components: int('BENCH_COMPONENTS', 40),
    runs,
    runsFor: (n) => (n >= 50 ? largeRuns : runs),
  };
}

/** The Helm 4 binary the tests run (scripts/helm-paths.mjs), and GNU time, or why the bench cannot run. */
export function tools() {
  const helm = resolveHelm(4);
  if (helm.kind !== 'found') throw new Error(helm.reason);
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for CPU time and peak RSS`);
  return { helm: helm.path };
}

/**
 * A temp home removed at exit, and the environment every measured command runs in: git with no config of the
 * machine's (an empty global config, no system config), a fixed identity and fixed dates; helm's HOME in it too.
 */
export function isolatedHome() {
  const home = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-'));
  writeFileSync(path.join(home, 'gitconfig'), '[commit]\n\tgpgsign = false\n');
  process.on('exit', () => rmSync(home, { recursive: true, force: true }));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C',
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  };
  return { home, env };
}

/**
 * One command, its process tree measured: wall time (hrtime around it), CPU time (GNU time's %U + %S: user and
 * system time of the command and every descendant it waited for) and peak RSS (GNU time's %M: the largest
 * resident set of any single process of the tree). Throws unless `ok(result)`.
 */
export function measure(cmd, args, { cwd, env, home }, ok = (r) => r.status === 0) {
  const out = path.join(home, 'time.out');
  const start = process.hrtime.bigint();
  const r = spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', out, cmd, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (!ok(r))
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  const [user, sys, rssKb] = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { stdout: r.stdout, wallMs, cpuMs: (user + sys) * 1000, rssKb };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of each measure over the runs. */
export function medians(samples) {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssKb: median(samples.map((s) => s.rssKb)),
  };
}

/** Runs `naive` and `ours` alternately `runs` times (the same load on both) and returns both medians. */
export function compare(runs, naive, ours) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(naive());
    b.push(ours());
  }
  return { runs, naive: medians(a), ours: medians(b) };
}
