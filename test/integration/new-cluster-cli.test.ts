import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { git, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';

const env = { ...isolatedGitEnv(), HELM: helmBinary() };

async function cli(cwd: string, ...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd, env };
  const code = await runCli(args, io);
  return { code, ...out };
}

/** What `git add -A` would add over the last commit: `A path` lines (new files only, when it works). */
function changes(dir: string): string[] {
  git(dir, env, 'add', '-A');
  const out = git(dir, env, 'diff', '--cached', '--name-status');
  git(dir, env, 'reset', '-q');
  return out === '' ? [] : out.split('\n').map((l) => l.replace('\t', ' '));
}

/** The component charts of the example that have a values file for `cluster`. */
function componentFiles(fx: FixtureRepo, cluster: string): string[] {
  return readdirSync(fx.path('charts'))
    .filter(
      (c) => c !== 'app-of-apps' && readdirSync(fx.path(`charts/${c}`)).includes(`values.${cluster}.yaml`),
    )
    .map((c) => `charts/${c}/values.${cluster}.yaml`);
}

describe('gitops-promotion new-cluster', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it('adds dev-02 like dev-01 to the example: exactly its files, validating clean', async () => {
    fx = new FixtureRepo();
    initRepo(fx.dir, env);
    const r = await cli(fx.dir, 'new-cluster', '--name', 'dev-02', '--like', 'dev-01');
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const expected = [
      'argocd-bootstrap-apps/dev-02.yaml',
      'charts/app-of-apps/values.dev-02.yaml',
      ...componentFiles(fx, 'dev-01').map((f) => f.replace('dev-01', 'dev-02')),
    ].sort();
    expect(componentFiles(fx, 'dev-01').length).toBeGreaterThan(5);
    expect(changes(fx.dir)).toEqual(expected.map((f) => `A ${f}`));
    expect(r.stdout).toContain('new cluster dev-02 like dev-01: wrote');
    expect(r.stdout).toContain('      4: metadata.name: dev-01-bootstrap-apps → dev-02-bootstrap-apps');
    expect(r.stdout).toContain(
      'cluster.server: https://dev-01.k8s.example.com → https://dev-02.k8s.example.com (derived from the name: give --server to set it)',
    );
    expect(r.stdout).toContain('validated: dev-02 renders 9 Applications, 0 errors, 0 warnings\n');
    expect(r.stdout).toContain(
      "      1: txtOwnerId: dev-01 → dev-02 (the whole value is the cluster's name)",
    );
    // Every mention of dev-01 in these files is its identity: the copies are the originals renamed.
    for (const f of expected)
      expect(fx.read(f), f).toBe(fx.read(f.replace('dev-02', 'dev-01')).replaceAll('dev-01', 'dev-02'));
    const validated = await cli(fx.dir, 'validate', '--matrix');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('(5/5 clusters rendered, 46 Applications checked)');
  });

  it('--env and --server: the new environment, its revision and the given server, where those fields are', async () => {
    fx = new FixtureRepo();
    initRepo(fx.dir, env);
    const r = await cli(
      fx.dir,
      'new-cluster',
      '--name',
      'stag-02',
      '--like',
      'dev-01',
      '--env',
      'staging',
      '--server',
      'https://10.20.0.1:6443',
    );
    expect(r.code).toBe(0);
    const bootstrap = fx.read('argocd-bootstrap-apps/stag-02.yaml');
    expect(bootstrap).toContain('    env: staging\n');
    expect(bootstrap).toContain('    targetRevision: staging\n');
    const values = fx.read('charts/app-of-apps/values.stag-02.yaml');
    expect(values).toContain('cluster:\n  name: stag-02\n  env: staging\n  server: https://10.20.0.1:6443\n');
    expect(values).toContain('global:\n  targetRevision: staging\n');
    expect(r.stdout).toContain('validated: stag-02 renders 9 Applications, 0 errors, 0 warnings\n');
    expect((await cli(fx.dir, 'validate')).code).toBe(0);
  });

  it("--env in a values-<env>.yaml layout: the new environment's file, ref and label, as its other clusters have them", async () => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures/layered-env-values/repo'));
    initRepo(fx.dir, env, 'main');
    const r = await cli(
      fx.dir,
      'new-cluster',
      '--name',
      'staging-eu2',
      '--like',
      'dev-eu1',
      '--env',
      'staging',
    );
    expect(r.code).toBe(0);
    expect(changes(fx.dir)).toEqual(['A argocd/bootstrap/staging-eu2.yaml']);
    // What staging-eu1 has, but for its name and the replicas it sets of its own.
    expect(fx.read('argocd/bootstrap/staging-eu2.yaml')).toBe(
      fx
        .read('argocd/bootstrap/staging-eu1.yaml')
        .replaceAll('staging-eu1', 'staging-eu2')
        .replace('value: "2"', 'value: "1"'),
    );
  });

  it('refuses a cluster the config also configures, saying what to do', async () => {
    fx = new FixtureRepo();
    fx.append('.github/gitops-promotion.yaml', 'clusters:\n  - name: dev-01\n    env: dev\n');
    initRepo(fx.dir, env);
    const r = await cli(fx.dir, 'new-cluster', '--name', 'dev-02', '--like', 'dev-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'cluster dev-01 is also configured in .github/gitops-promotion.yaml (clusters[0]), which new-cluster does not edit',
    );
    expect(changes(fx.dir)).toEqual([]);
  });

  it('--dry-run prints the files and writes nothing', async () => {
    fx = new FixtureRepo();
    initRepo(fx.dir, env);
    const r = await cli(fx.dir, 'new-cluster', '--name', 'dev-02', '--like', 'dev-01', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would write (dry run: nothing written)');
    expect(r.stdout).toContain('--- charts/app-of-apps/values.dev-02.yaml\ncluster:\n  name: dev-02\n');
    expect(changes(fx.dir)).toEqual([]);
  });

  it('writes nothing when the new cluster would deploy where the old one does', async () => {
    fx = new FixtureRepo();
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'https://dev-01.k8s.example.com', 'https://10.0.0.1');
    initRepo(fx.dir, env);
    const r = await cli(fx.dir, 'new-cluster', '--name', 'dev-02', '--like', 'dev-01');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'not written: dev-02 would deploy to https://10.0.0.1, where dev-01 deploys: give its own --server',
    );
    expect(changes(fx.dir)).toEqual([]);
    const given = await cli(
      fx.dir,
      'new-cluster',
      '--name',
      'dev-02',
      '--like',
      'dev-01',
      '--server',
      'https://10.0.0.2',
    );
    expect(given.code).toBe(0);
    expect(fx.read('charts/app-of-apps/values.dev-02.yaml')).toContain('server: https://10.0.0.2\n');
  });

  it.each([
    [['--name', 'dev-01', '--like', 'stag-01'], 'cluster dev-01 exists already'],
    [['--name', 'Dev_02', '--like', 'dev-01'], 'is not a cluster name'],
    [
      ['--name', 'dev-02', '--like', 'dev-09'],
      '--like "dev-09": no such cluster (clusters: dev-01, stag-01, ops-01, prod-01)',
    ],
    [['--name', 'dev-02', '--like', 'dev-01', '--env', 'qa'], '--env "qa" is not an environment'],
    [['--name', 'dev-02', '--like', 'dev-01', '--server', 'https://x" y'], 'is not a server URL'],
  ])('refuses %j, writing nothing', async (args, message) => {
    fx = new FixtureRepo();
    initRepo(fx.dir, env);
    const r = await cli(fx.dir, 'new-cluster', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(changes(fx.dir)).toEqual([]);
  });

  it('refuses a cluster only the config declares, saying what to do', async () => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures/root-chart-repo'));
    initRepo(fx.dir, env, 'main');
    const r = await cli(fx.dir, 'new-cluster', '--name', 'qa', '--like', 'dev');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "cluster dev has no bootstrap Application (only .github/gitops-promotion.yaml declares it): add qa to the config's clusters by hand",
    );
    expect(changes(fx.dir)).toEqual([]);
  });

  it.each([
    ['layered-env-values', 'dev-eu2', 'dev-eu1', ['argocd/bootstrap/dev-eu2.yaml'], []],
    [
      'per-cluster-argocd',
      'us-west',
      'us-east',
      ['argocd-bootstrap-apps/us-west.yaml', 'platform/values-us-west.yaml'],
      ['platform/values-us-west.yaml:2: domain: us-east.shop.initech.example'],
    ],
  ])('copies a cluster of %s in its own layout', async (name, to, from, files, kept) => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures', name, 'repo'));
    initRepo(fx.dir, env, 'main');
    const errors = async () =>
      (
        JSON.parse((await cli(fx!.dir, 'validate', '--format', 'json')).stdout) as {
          counts: { error: number };
        }
      ).counts.error;
    const before = await errors();
    const r = await cli(fx.dir, 'new-cluster', '--name', to, '--like', from);
    expect(r.stdout).toContain(`validated: ${to} renders`);
    expect(r.code).toBe(0);
    expect(changes(fx.dir)).toEqual(files.map((f) => `A ${f}`));
    for (const k of kept) expect(r.stdout).toContain(`      ${k}\n`);
    // The new cluster adds no error: what it has, it shares with the cluster it is like.
    expect(await errors()).toBe(before);
  });
});
