/**
 * --cache-dir through the CLI and input cache-dir through the validate action, on the example repo: a
 * second run renders nothing with helm (counted by a helm that logs each process it is) and prints
 * byte-identical JSON; an edit between runs is rendered again, and the output is that of a run
 * without any cache.
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseInputs } from '../../src/actions/inputs.js';
import { DIFF_INPUTS, diffStep } from '../../src/actions/diff-action.js';
import { VALIDATE_INPUTS, validateStep } from '../../src/actions/validate-action.js';
import { runCli } from '../../src/cli/main.js';
import { RENDER_CACHE_FORMAT } from '../../src/helm/render-key.js';
import type { CliIO } from '../../src/cli/io.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { releaseRepo, runRelease } from '../helpers/release-repo.js';
import { EXAMPLE_REPO, FixtureRepo } from '../helpers/fixture-repo.js';
import { helmBinary } from '../helpers/helm.js';
import { commitAll, git } from '../helpers/git.js';
import { PARSE_CACHE_FORMAT } from '../../src/gitops/parse-cache.js';

let tmp: string;
let log: string;
let countingHelm: string;
let fx: FixtureRepo | undefined;
let s: Scenario | undefined;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-cache-cli-'));
  log = path.join(tmp, 'helm-calls.log');
  writeFileSync(log, '');
  // Helm runs with an allow-listed environment: the log's path is written into the wrapper itself.
  countingHelm = path.join(tmp, 'helm');
  writeFileSync(countingHelm, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexec '${helmBinary()}' "$@"\n`);
  chmodSync(countingHelm, 0o755);
});
afterEach(() => {
  fx?.cleanup();
  s?.fx.cleanup();
  fx = s = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI; the helm template processes it ran are counted from the wrapper's log. */
async function cli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd,
    env: { PATH: process.env.PATH, ...env, HELM: countingHelm },
  };
  const before = templateProcesses();
  const code = await runCli(argv, io);
  return { code, ...out, templates: templateProcesses() - before };
}

function templateProcesses(): number {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l === 'template').length;
}

it('validate: the second run on the example repo runs no helm template and prints the same JSON', async () => {
  fx = new FixtureRepo();
  const cache = path.join(tmp, 'cache');
  const argv = ['validate', '--format', 'json', '--cache-dir', cache];
  const first = await cli(fx.dir, argv);
  expect(first.code).toBe(0);
  expect(first.templates).toBeGreaterThan(0);
  const second = await cli(fx.dir, argv);
  expect(second.code).toBe(0);
  expect(second.templates).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  const uncached = await cli(fx.dir, ['validate', '--format', 'json']);
  expect(uncached.stdout).toBe(first.stdout);
});

it('validate --output-dir: every Application chart too, and the files written are the same', async () => {
  fx = new FixtureRepo();
  const cache = path.join(tmp, 'cache');
  const run = async (n: number) => {
    const out = path.join(tmp, `out-${n}`);
    const r = await cli(fx!.dir, ['validate', '--format', 'json', '--cache-dir', cache, '--output-dir', out]);
    expect(r.code).toBe(0);
    return { ...r, files: readFileSync(path.join(out, 'prod-01/monitoring.yaml'), 'utf8') };
  };
  const first = await run(1);
  expect(first.templates).toBeGreaterThan(30);
  const second = await run(2);
  expect(second.templates).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  expect(second.files).toBe(first.files);
});

it('validate: an edit of the working tree between runs is rendered again, as without a cache', async () => {
  fx = new FixtureRepo();
  const cache = path.join(tmp, 'cache');
  const argv = ['validate', '--format', 'json', '--matrix', '--cache-dir', cache];
  await cli(fx.dir, argv);
  // dev-01 deploys velero too, by a parameter of its bootstrap: only its render's inputs change (a values
  // file in the chart directory would change every cluster's, as the chart could read it).
  fx.replace(
    'argocd-bootstrap-apps/dev-01.yaml',
    '        - values.dev-01.yaml\n',
    '        - values.dev-01.yaml\n      parameters:\n        - name: velero.enable\n          value: "true"\n',
  );
  const edited = await cli(fx.dir, argv);
  expect(edited.templates).toBe(1);
  const uncached = await cli(fx.dir, ['validate', '--format', 'json', '--matrix']);
  expect(edited.stdout).toBe(uncached.stdout);
  const matrix = (JSON.parse(edited.stdout) as { matrix: { cells: Record<string, Record<string, unknown>> } })
    .matrix;
  expect(matrix.cells.velero?.['dev-01']).toBe('HEAD');
  // A values file in the chart directory is part of every cluster's chart: all four render again (batched:
  // fewer helm processes than clusters), as without a cache.
  fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
  const again = await cli(fx.dir, argv);
  expect(again.templates).toBeGreaterThan(0);
  expect(again.stdout).toBe((await cli(fx.dir, ['validate', '--format', 'json', '--matrix'])).stdout);
});

it('diff: the second run runs no helm template and prints the same JSON', async () => {
  s = scenario((f) => {
    f.replace('charts/loki/values.yaml', 'retentionPeriod: 168h', 'retentionPeriod: 336h');
    f.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
  });
  const cache = path.join(tmp, 'cache');
  const argv = ['diff', '--base', s.base, '--head', s.head, '--format', 'json', '--cache-dir', cache];
  const first = await cli(s.fx.dir, argv, s.env);
  expect(first.code).toBe(0);
  expect(first.templates).toBeGreaterThan(4);
  const second = await cli(s.fx.dir, argv, s.env);
  expect(second.code).toBe(0);
  expect(second.templates).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  const report = JSON.parse(second.stdout) as {
    changedClusters: string[];
    stats: { clustersRendered: number };
  };
  expect(report.changedClusters.length).toBeGreaterThan(0);
  // Renders counted as asked, whether helm ran for them or the cache answered: the stats of a helm
  // without any cache.
  const uncached = await cli(s.fx.dir, argv.slice(0, -2), s.env);
  expect(JSON.parse(uncached.stdout)).toEqual(JSON.parse(first.stdout));
  expect(report.stats).toEqual((await runDiff(s)).stats);
  expect(report.stats.clustersRendered).toBeGreaterThan(0);
});

it('diff: the cache directory keeps the YAML files parsed; a second run writes none; an edit between runs is read as it is now', async () => {
  s = scenario((f) => f.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d'));
  const cache = path.join(tmp, 'cache');
  const pack = path.join(cache, `yaml-parses-v${PARSE_CACHE_FORMAT}.json`);
  const diffArgv = (head: string) => ['diff', '--base', s!.base, '--head', head, '--format', 'json'];
  /** The pack's keys: `path NUL blob id NUL limits`, as path → blob ids. */
  const packed = () => {
    const [, body] = readFileSync(pack, 'utf8').split('\n', 2) as [string, string];
    const keys = (JSON.parse(body) as [string, unknown][]).map(([k]) => k.split('\0'));
    return (file: string) => keys.filter(([f]) => f === file).map(([, blob]) => blob);
  };
  const blobAt = (ref: string, file: string) => git(s!.fx.dir, s!.env, 'rev-parse', `${ref}:${file}`);
  const first = await cli(s.fx.dir, [...diffArgv(s.head), '--cache-dir', cache], s.env);
  expect(first.code).toBe(0);
  const bootstrap = 'argocd-bootstrap-apps/dev-01.yaml';
  expect(packed()(bootstrap)).toEqual([blobAt(s.head, bootstrap)]);
  expect(packed()('charts/app-of-apps/values.dev-01.yaml').sort()).toEqual(
    [
      blobAt(s.base, 'charts/app-of-apps/values.dev-01.yaml'),
      blobAt(s.head, 'charts/app-of-apps/values.dev-01.yaml'),
    ].sort(),
  );
  const written = statSync(pack).mtimeMs;
  const second = await cli(s.fx.dir, [...diffArgv(s.head), '--cache-dir', cache], s.env);
  expect(second.stdout).toBe(first.stdout);
  expect(statSync(pack).mtimeMs).toBe(written);
  // A bootstrap edited in a new commit: its new blob is parsed and kept, and the report is that of a
  // run without any cache.
  s.fx.replace(
    bootstrap,
    '        - values.dev-01.yaml\n',
    '        - values.dev-01.yaml\n      parameters:\n        - name: velero.enable\n          value: "true"\n',
  );
  const head2 = commitAll(s.fx.dir, s.env, 'velero on dev-01');
  const third = await cli(s.fx.dir, [...diffArgv(head2), '--cache-dir', cache], s.env);
  const uncached = await cli(s.fx.dir, diffArgv(head2), s.env);
  expect(third.stdout).toBe(uncached.stdout);
  expect(third.stdout).toContain('velero');
  expect(packed()(bootstrap).sort()).toEqual([blobAt(s.base, bootstrap), blobAt(head2, bootstrap)].sort());
});

it('diff --shard: each part served by its own cache on its second run; the merge is that of parts without one', async () => {
  s = scenario((f) => {
    f.replace('charts/loki/values.yaml', 'retentionPeriod: 168h', 'retentionPeriod: 336h');
    f.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
  });
  const refs = ['diff', '--base', s.base, '--head', s.head];
  const plan = await cli(s.fx.dir, [...refs, '--plan-shards', '2', '--format', 'json'], s.env);
  const shards = (JSON.parse(plan.stdout) as { matrix: { include: { shard: string; part: number }[] } })
    .matrix.include;
  expect(shards.length).toBeGreaterThan(1);
  const cached = path.join(tmp, 'parts-cached');
  const uncached = path.join(tmp, 'parts-uncached');
  for (const { shard, part } of shards) {
    // One cache per part, as pr-checks.yml keys them.
    const argv = [...refs, '--shard', shard, '--cache-dir', path.join(tmp, `cache-${part}`)];
    const first = await cli(s.fx.dir, [...argv, '--output-dir', path.join(tmp, 'first')], s.env);
    expect(first.code).toBe(0);
    expect(first.templates).toBeGreaterThan(0);
    const second = await cli(s.fx.dir, [...argv, '--output-dir', cached], s.env);
    expect(second.code).toBe(0);
    expect(second.templates).toBe(0);
    const file = `part-${part}-of-${shards.length - 1}.json`;
    expect(readFileSync(path.join(cached, file), 'utf8')).toBe(
      readFileSync(path.join(tmp, 'first', file), 'utf8'),
    );
    expect((await cli(s.fx.dir, [...refs, '--shard', shard, '--output-dir', uncached], s.env)).code).toBe(0);
  }
  await cli(s.fx.dir, [...refs, '--plan-shards', '2', '--output-dir', cached], s.env);
  await cli(s.fx.dir, [...refs, '--plan-shards', '2', '--output-dir', uncached], s.env);
  const merged = await cli(s.fx.dir, ['diff', '--aggregate', cached, '--format', 'json'], s.env);
  expect(merged.code).toBe(0);
  expect(merged.stdout).toBe(
    (await cli(s.fx.dir, ['diff', '--aggregate', uncached, '--format', 'json'], s.env)).stdout,
  );
  expect((JSON.parse(merged.stdout) as { changedClusters: string[] }).changedClusters.length).toBeGreaterThan(
    0,
  );
});

it("the diff action: input shard with cache-dir, relative to the workspace, serves the part's second run", async () => {
  s = scenario((f) => {
    f.replace('charts/loki/values.yaml', 'retentionPeriod: 168h', 'retentionPeriod: 336h');
  });
  const workspace = path.dirname(s.fx.dir);
  mkdirSync(path.join(tmp, 'runner'));
  const outputs = path.join(tmp, 'runner', 'outputs');
  writeFileSync(outputs, '');
  const saved = process.env.GITHUB_OUTPUT;
  process.env.GITHUB_OUTPUT = outputs;
  const step = async (n: number) => {
    const outDir = path.join(tmp, 'runner', `part-${n}`);
    const inputs = parseInputs(DIFF_INPUTS, {
      base: s!.base,
      head: s!.head,
      path: path.basename(s!.fx.dir),
      helm: countingHelm,
      shard: '0/1',
      comment: 'false',
      'cache-dir': path.relative(workspace, path.join(tmp, 'render-cache')),
      'output-dir': outDir,
    });
    const before = templateProcesses();
    const env = { ...s!.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(tmp, 'runner') };
    expect(await diffStep(inputs, env)).toBeNull();
    return {
      templates: templateProcesses() - before,
      part: readFileSync(path.join(outDir, 'part-0-of-1.json'), 'utf8'),
    };
  };
  try {
    const first = await step(1);
    expect(first.templates).toBeGreaterThan(0);
    const second = await step(2);
    expect(second.templates).toBe(0);
    expect(second.part).toBe(first.part);
  } finally {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved;
  }
});

it('drift: the environment renders of a second run come from the cache', async () => {
  const repo = releaseRepo();
  try {
    await runRelease(repo);
    const cache = path.join(tmp, 'cache');
    const argv = ['drift', '--format', 'json', '--cache-dir', cache];
    const first = await cli(repo.work.dir, argv, repo.env);
    expect(first.code).toBe(0);
    expect(first.templates).toBeGreaterThan(0);
    const second = await cli(repo.work.dir, argv, repo.env);
    expect(second.code).toBe(0);
    expect(second.templates).toBe(0);
    // The rendered part of the report; pending commits' ages move with the clock.
    const environments = (out: string) => (JSON.parse(out) as { environment: unknown }).environment;
    expect(environments(second.stdout)).toEqual(environments(first.stdout));
  } finally {
    repo.cleanup();
  }
});

it('the validate action: input cache-dir, relative to the workspace, serves its second run', async () => {
  const workspace = path.join(tmp, 'workspace');
  cpSync(EXAMPLE_REPO, path.join(workspace, 'repo'), { recursive: true });
  mkdirSync(path.join(tmp, 'runner'));
  const outputs = path.join(tmp, 'runner', 'outputs');
  writeFileSync(outputs, '');
  const saved = process.env.GITHUB_OUTPUT;
  process.env.GITHUB_OUTPUT = outputs;
  const step = async (n: number) => {
    const report = path.join(tmp, 'runner', `report-${n}.json`);
    const inputs = parseInputs(VALIDATE_INPUTS, {
      path: 'repo',
      helm: countingHelm,
      'cache-dir': 'render-cache',
      'report-path': report,
    });
    const before = templateProcesses();
    const env = {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: path.join(tmp, 'runner'),
    };
    expect(await validateStep(inputs, env)).toBeNull();
    return { templates: templateProcesses() - before, report: readFileSync(report, 'utf8') };
  };
  try {
    const first = await step(1);
    expect(first.templates).toBeGreaterThan(0);
    const second = await step(2);
    expect(second.templates).toBe(0);
    expect(second.report).toBe(first.report);
    expect(
      readFileSync(
        path.join(workspace, `render-cache/helm-renders-v${RENDER_CACHE_FORMAT}`, readdirOne(workspace)),
        'utf8',
      ),
    ).toMatch(new RegExp(`^\\{"format":${RENDER_CACHE_FORMAT},`));
  } finally {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved;
  }
});

/** The path (under helm-renders-v<format>) of one entry of the workspace's render cache. */
function readdirOne(workspace: string): string {
  const root = path.join(workspace, `render-cache/helm-renders-v${RENDER_CACHE_FORMAT}`);
  const shard = readdirSync(root)[0]!;
  return path.join(shard, readdirSync(path.join(root, shard))[0]!);
}

it('refuses a cache directory inside the repository (exit 2)', async () => {
  fx = new FixtureRepo();
  const r = await cli(fx.dir, ['validate', '--cache-dir', '.cache']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('must be outside the repository');
  expect(r.templates).toBe(0);
});
