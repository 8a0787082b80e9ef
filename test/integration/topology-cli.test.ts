import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { TopologyView } from '../../src/gitops/topology-view.js';
import { TOPOLOGY_HEADER } from '../../src/report/topology-markdown.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { expectGolden } from '../helpers/golden.js';
import { helmBinary } from '../helpers/helm.js';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd,
    env: { PATH: process.env.PATH, HELM: helmBinary() },
  };
  return { cli, out };
}

async function topology(cwd: string, ...args: string[]) {
  const { cli, out } = io(cwd);
  const code = await runCli(['topology', ...args], cli);
  return { code, ...out };
}

const DOC = 'docs/what-runs-where.md';

describe('gitops-promotion topology', () => {
  let fx: FixtureRepo | undefined;
  let other: string | undefined;
  afterEach(() => {
    fx?.cleanup();
    if (other) rmSync(other, { recursive: true, force: true });
    fx = other = undefined;
  });

  it('--check fails on a missing or stale document and passes after --write (the example)', async () => {
    fx = new FixtureRepo();
    const missing = await topology(fx.dir, '--check', DOC);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `gitops-promotion topology: ${DOC} does not exist: run gitops-promotion topology --write ${DOC}\n`,
    );
    const written = await topology(fx.dir, '--write', DOC);
    expect([written.code, written.stdout]).toEqual([0, `wrote ${DOC}\n`]);
    const doc = fx.read(DOC);
    expect(doc.split('\n')[0]).toBe(TOPOLOGY_HEADER);
    expectGolden('topology-example.md', doc);
    expect((await topology(fx.dir, '--check', DOC)).code).toBe(0);
    // The same document from anywhere, with the path absolute: nothing in it depends on the run.
    other = mkdtempSync(path.join(os.tmpdir(), 'gp-elsewhere-'));
    const again = await topology(other, '--repo', fx.dir, '--write', fx.path(DOC));
    expect([again.code, again.stdout]).toEqual([0, `${DOC} is up to date\n`]);
    expect(fx.read(DOC)).toBe(doc);

    // prod-01 turns velero off: the document is stale until it is written again.
    fx.replace(
      'charts/app-of-apps/values.prod-01.yaml',
      'velero:\n  enable: true',
      'velero:\n  enable: false',
    );
    const stale = await topology(fx.dir, '--check', DOC);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(
      new RegExp(
        `^gitops-promotion topology: ${DOC} is stale \\(it differs from line \\d+\\): run gitops-promotion topology --write ${DOC}\\n$`,
      ),
    );
    expect((await topology(fx.dir, '--write', DOC)).code).toBe(0);
    expect(fx.read(DOC)).not.toBe(doc);
    expect(fx.read(DOC)).toContain('| `velero` | ❌ | ❌ | `stable` | ❌ |');
    expect((await topology(fx.dir, '--check', DOC)).code).toBe(0);
    // A hand edit is stale too.
    fx.append(DOC, '\nnotes\n');
    expect((await topology(fx.dir, '--check', DOC)).code).toBe(1);
  });

  it('prints the clusters, environments and matrix as text and JSON', async () => {
    fx = new FixtureRepo();
    const text = await topology(fx.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Control plane: one Argo CD for every cluster (detected: ');
    expect(text.stdout).toContain('velero          ✗       ✗        stable  stable');
    const json = await topology(fx.dir, '--format', 'json');
    const view = JSON.parse(json.stdout) as TopologyView;
    expect(view.complete).toBe(true);
    expect(view.environments).toEqual([
      { name: 'dev', ref: 'dev', clusters: ['dev-01'] },
      { name: 'staging', ref: 'staging', clusters: ['stag-01'] },
      { name: 'prod', ref: 'stable', clusters: ['ops-01', 'prod-01'] },
    ]);
    expect(view.clusters.find((c) => c.name === 'prod-01')).toEqual({
      name: 'prod-01',
      env: 'prod',
      targetRevision: 'stable',
      ref: 'stable',
      chart: 'charts/app-of-apps',
      valueFiles: ['values.prod-01.yaml'],
      destinations: ['https://prod-01.k8s.example.com'],
      controlPlane: { kind: 'single', namespace: 'argocd' },
      definedIn: 'argocd-bootstrap-apps/prod-01.yaml',
      rendered: true,
      applications: 10,
    });
  });

  it.each([
    ['layered-env-values', 'charts/api/values-staging.yaml', 'logLevel: info', 'logLevel: debug', false],
    [
      'layered-env-values',
      'argocd/apps/values-staging.yaml',
      'apps:\n  worker:',
      'apps:\n  ingress-nginx:\n    version: 4.11.0\n  worker:',
      true,
    ],
    [
      'per-cluster-argocd',
      'platform/values-us-east.yaml',
      'region: us-east',
      'region: us-east\nstorefront:\n  enabled: false',
      true,
    ],
  ])('keeps the document of %s current (%s changed)', async (name, file, from, to, changesMatrix) => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures', name, 'repo'));
    expect((await topology(fx.dir, '--write', DOC)).code).toBe(0);
    expect((await topology(fx.dir, '--check', DOC)).code).toBe(0);
    const before = fx.read(DOC);
    fx.replace(file, from, to);
    const check = await topology(fx.dir, '--check', DOC);
    expect(check.code).toBe(changesMatrix ? 1 : 0);
    expect((await topology(fx.dir, '--write', DOC)).code).toBe(0);
    expect(fx.read(DOC) !== before).toBe(changesMatrix);
    expect((await topology(fx.dir, '--check', DOC)).code).toBe(0);
  });

  it('refuses a file outside the repository, and through a symlink out of it', async () => {
    fx = new FixtureRepo();
    other = mkdtempSync(path.join(os.tmpdir(), 'gp-outside-'));
    const up = await topology(fx.dir, '--write', '../what-runs-where.md');
    expect(up.code).toBe(2);
    expect(up.stderr).toContain('must be a file inside the repository');
    symlinkSync(other, fx.path('docs'));
    const link = await topology(fx.dir, '--write', DOC);
    expect(link.code).toBe(2);
    expect(existsSync(path.join(other, 'what-runs-where.md'))).toBe(false);
    const abs = await topology(fx.dir, '--check', path.join(other, 'x.md'));
    expect(abs.code).toBe(2);
    expect((await topology(fx.dir, '--write', DOC, '--check', DOC)).code).toBe(2);
  });

  it('writes and checks nothing while a cluster does not render (what runs there is unknown)', async () => {
    fx = new FixtureRepo();
    expect((await topology(fx.dir, '--write', DOC)).code).toBe(0);
    const doc = fx.read(DOC);
    fx.replace('charts/app-of-apps/values.stag-01.yaml', 'name: stag-01', 'name: ""');
    const check = await topology(fx.dir, '--check', DOC);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('Incomplete: stag-01 did not render');
    expect((await topology(fx.dir, '--write', DOC)).code).toBe(2);
    expect(readFileSync(fx.path(DOC), 'utf8')).toBe(doc);
    const printed = await topology(fx.dir, '--format', 'markdown');
    expect(printed.code).toBe(2);
    expect(printed.stdout).toContain('unknown (not rendered)');
  });
});
