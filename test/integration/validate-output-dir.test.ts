import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { RenderedIndex } from '../../src/report/rendered-files.js';
import { oracleSnapshot, type OracleCluster } from '../helpers/argo-oracle.js';
import { canonical, deployedObjects, type Obj } from '../helpers/argo-source-render.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
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

/** `kind/namespace/name` → canonical JSON of the objects of one written file, keyed as the oracle keys them. */
function fileObjects(outDir: string, file: string, namespace: string): Map<string, string> {
  const objects = deployedObjects(readFileSync(path.join(outDir, file), 'utf8'), namespace);
  return new Map([...objects].map(([k, o]) => [k, canonical(o)]));
}

function sortedEntries(m: Map<string, string>): [string, string][] {
  return [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The Application object the oracle holds for `name` (its destination namespace is where its objects land). */
function oracleApp(cluster: OracleCluster, name: string): Obj {
  const key = [...cluster.objects.keys()].find((k) => k.startsWith('Application/') && k.endsWith(`/${name}`));
  if (!key) throw new Error(`the oracle has no Application ${name} in ${cluster.name}`);
  return JSON.parse(cluster.objects.get(key)!) as Obj;
}

/**
 * Every written file against the oracle (helm template with Argo CD's recipe, no code of src/): each
 * component's file holds exactly what the oracle renders for that Application, and the app-of-apps
 * file with the bootstrap and the nested levels' files are exactly the oracle's app-of-apps tree.
 */
function expectOracleEquality(repoDir: string, outDir: string, clusters: string[]): void {
  const index = JSON.parse(readFileSync(path.join(outDir, '_index.json'), 'utf8')) as RenderedIndex;
  const oracle = oracleSnapshot(repoDir, '', 'argocd-bootstrap-apps/*.yaml');
  expect(index.clusters.map((c) => c.name).sort()).toEqual([...oracle.keys()].sort());
  for (const name of clusters) {
    const o = oracle.get(name)!;
    expect(o.failure).toBeNull();
    const entry = index.clusters.find((c) => c.name === name)!;
    const byApp = new Map(entry.applications.map((a) => [a.application, a]));
    const tree = fileObjects(outDir, entry.appOfApps!, 'argocd');
    for (const [app, component] of o.components) {
      const written = byApp.get(app);
      expect(written, `${name}/${app} is in the index`).toBeDefined();
      if (!component.render.ok) {
        expect([written!.state, written!.file]).toEqual(['unknown', null]);
        continue;
      }
      expect(written!.state).toBe('rendered');
      const ns = String(
        (oracleApp(o, app).spec as { destination?: { namespace?: string } }).destination?.namespace ?? '',
      );
      const want = new Map([...component.render.objects].map(([k, v]) => [k, canonical(v)]));
      expect(sortedEntries(fileObjects(outDir, written!.file!, ns)), `${name}/${app}`).toEqual(
        sortedEntries(want),
      );
      expect(written!.objects).toBe(want.size);
    }
    // The Applications that are not components are nested app-of-apps: their files are the next level.
    for (const a of entry.applications.filter((x) => !o.components.has(x.application))) {
      expect(a.state).toBe('rendered');
      for (const [k, v] of fileObjects(outDir, a.file!, 'argocd')) tree.set(k, v);
    }
    const extra = [...o.objects.keys()].filter((k) => !tree.has(k));
    expect(extra, 'only the bootstrap Application is not written').toHaveLength(1);
    expect(extra[0]).toMatch(/^Application\/argocd\//);
    tree.set(extra[0]!, o.objects.get(extra[0]!)!);
    expect(sortedEntries(tree)).toEqual(sortedEntries(o.objects));
  }
}

describe('validate --output-dir', () => {
  let fx: FixtureRepo | undefined;
  let out: string | undefined;
  afterEach(() => {
    fx?.cleanup();
    if (out) rmSync(out, { recursive: true, force: true });
    fx = out = undefined;
  });

  it('writes for every cluster of the example exactly what the oracle renders', async () => {
    fx = new FixtureRepo();
    out = mkdtempSync(path.join(os.tmpdir(), 'gp-out-'));
    const dir = path.join(out, 'rendered');
    const { cli, out: o } = io(fx.dir);
    expect(await runCli(['validate', '--output-dir', dir], cli)).toBe(0);
    expect(o.stderr).toContain(`rendered objects: 37/37 Applications written to ${dir}`);
    const index = JSON.parse(readFileSync(path.join(dir, '_index.json'), 'utf8')) as RenderedIndex;
    expect(index.complete).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['_index.json', 'dev-01', 'ops-01', 'prod-01', 'stag-01']);
    expect(readdirSync(path.join(dir, 'dev-01')).sort()).toEqual([
      '_app-of-apps.yaml',
      'argo-rollouts.yaml',
      'cert-manager.yaml',
      'envoy-gateway.yaml',
      'external-dns.yaml',
      'kyverno.yaml',
      'loki.yaml',
      'monitoring.yaml',
      'promtail.yaml',
      'sealed-secrets.yaml',
    ]);
    expectOracleEquality(fx.dir, dir, ['dev-01', 'stag-01', 'prod-01', 'ops-01']);
    // A second run replaces the earlier output (velero off in prod-01 now: its file goes).
    fx.replace(
      'charts/app-of-apps/values.prod-01.yaml',
      'velero:\n  enable: true',
      'velero:\n  enable: false',
    );
    expect(await runCli(['validate', '--output-dir', dir], io(fx.dir).cli)).toBe(0);
    expect(existsSync(path.join(dir, 'prod-01', 'velero.yaml'))).toBe(false);
    expectOracleEquality(fx.dir, dir, ['prod-01']);
  });

  it('writes a nested app-of-apps level to its Application file; remote charts are unknown, with why', async () => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures/nested-app-of-apps/repo'));
    out = mkdtempSync(path.join(os.tmpdir(), 'gp-out-'));
    const { cli, out: o } = io(fx.dir);
    expect(await runCli(['validate', '--output-dir', out], cli)).toBe(0);
    const index = JSON.parse(readFileSync(path.join(out, '_index.json'), 'utf8')) as RenderedIndex;
    expect(index.complete).toBe(false);
    const unknown = index.clusters.flatMap((c) =>
      c.applications.filter((a) => a.state !== 'rendered').map((a) => `${c.name}/${a.application}`),
    );
    expect(unknown.length).toBeGreaterThan(0);
    for (const u of unknown) expect(o.stderr).toContain(`not written: ${u} (unknown: `);
    expectOracleEquality(fx.dir, out, ['dev', 'prod']);
  });

  it('keeps hostile Application names inside the directory', async () => {
    fx = new FixtureRepo();
    fx.write(
      'charts/app-of-apps/templates/evil.yaml',
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: "../../../../escaped"',
        '  namespace: argocd',
        'spec:',
        '  project: default',
        '  source:',
        '    repoURL: https://github.com/example-org/gitops-repo.git',
        '    path: charts/loki',
        '    targetRevision: HEAD',
        '    helm:',
        '      releaseName: loki',
        '  destination:',
        '    server: https://kubernetes.default.svc',
        '    namespace: loki',
        '',
      ].join('\n'),
    );
    out = mkdtempSync(path.join(os.tmpdir(), 'gp-out-'));
    const dir = path.join(out, 'a', 'b');
    expect(await runCli(['validate', '--output-dir', dir], io(fx.dir).cli)).toBe(1);
    expect(readdirSync(out)).toEqual(['a']);
    expect(readdirSync(path.join(out, 'a'))).toEqual(['b']);
    const index = JSON.parse(readFileSync(path.join(dir, '_index.json'), 'utf8')) as RenderedIndex;
    const files = index.clusters.flatMap((c) =>
      c.applications.filter((a) => a.application === '../../../../escaped').map((a) => a.file),
    );
    expect(files).toHaveLength(4);
    for (const f of files) {
      expect(f).toMatch(/^[a-z0-9-]+\/_[A-Za-z0-9._-]*escaped_[0-9a-f]{16}\.yaml$/);
      expect(existsSync(path.join(dir, f!))).toBe(true);
    }
  });

  it('refuses a directory that holds anything else, and writes nothing there', async () => {
    fx = new FixtureRepo();
    out = mkdtempSync(path.join(os.tmpdir(), 'gp-out-'));
    mkdirSync(path.join(out, 'mine'));
    writeFileSync(path.join(out, 'notes.txt'), 'keep me');
    const { cli, out: o } = io(fx.dir);
    expect(await runCli(['validate', '--output-dir', out], cli)).toBe(2);
    expect(o.stderr).toContain('is not empty');
    expect(readdirSync(out).sort()).toEqual(['mine', 'notes.txt']);
  });
});
