import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../helpers/diff-scenario.js';
import { runDiff, scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';

const AOA = 'charts/app-of-apps';

/** loki deployed from a plain manifests directory of the repo (no Chart.yaml), then `change` committed. */
function plainDirectoryScenario(change: (fx: FixtureRepo) => void): Scenario {
  const fx = new FixtureRepo();
  fx.replace(`${AOA}/values.yaml`, 'path: charts/loki', 'path: manifests/loki');
  fx.write(
    'manifests/loki/configmap.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loki\ndata:\n  retention: 2d\n',
  );
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  change(fx);
  return { fx, env, base, head: commitAll(fx.dir, env, 'change') };
}

describe('an in-repo source deep mode does not render (plain manifests)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a change under it is unknown, never "unchanged": the report is incomplete', async () => {
    s = plainDirectoryScenario((fx) =>
      fx.replace('manifests/loki/configmap.yaml', 'retention: 2d', 'retention: 9d'),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    const withLoki = report.clusters.filter((c) => c.errors.length > 0);
    expect(withLoki.length).toBeGreaterThan(0);
    for (const c of withLoki) {
      // What it deploys changed and is not computed: a change whose resources are unknown (as the oracle says).
      expect(c.status).toBe('changed');
      expect(c.apps.map((a) => [a.name, a.status, a.fields, a.deep.state])).toEqual([
        [`${c.name}-loki`, 'modified', [], 'unknown'],
      ]);
      expect(c.errors).toEqual([
        `${c.name}-loki: files under manifests/loki changed and plain manifests in manifests/loki are not rendered`,
      ]);
    }
  });

  it('a change elsewhere leaves it proven unchanged', async () => {
    s = plainDirectoryScenario((fx) => fx.write('README.md', 'docs\n'));
    const report = await runDiff(s);
    expect(report.complete).toBe(true);
    expect(report.changed).toBe(false);
  });
});

describe("the diff's policy is the base's, not the pull request's", () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const CONFIG = '.github/gitops-promotion.yaml';

  it('a head config that turns deep mode off, ignores fields or drops production hides nothing', async () => {
    s = scenario((fx) => {
      fx.replace('charts/monitoring/values.yaml', 'tag: v2.54.1', 'tag: evil');
      fx.replace(`${AOA}/values.prod-01.yaml`, 'values.enforce.yaml', 'values.audit.yaml');
      fx.append(
        CONFIG,
        'diff:\n  deep: false\n  productionEnvironments: []\n  ignore:\n    paths: ["/spec/source/helm"]\n',
      );
    });
    const report = await runDiff(s);
    const images = report.clusters.flatMap((c) =>
      c.apps.flatMap((a) => (a.deep.state === 'rendered' ? a.deep.resources : [])),
    );
    expect(images.some((r) => r.unified.includes('evil'))).toBe(true);
    expect(report.risks.some((r) => r.kind === 'production-changed' && r.cluster === 'prod-01')).toBe(true);
  });
});

describe('a render input behind an in-repo symlink', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const APP = (revision: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata:',
      '  name: {{ .Values.cluster.name }}-extra',
      '  namespace: argocd',
      '  labels:',
      '    cluster: {{ .Values.cluster.name }}',
      'spec:',
      '  project: default',
      '  source:',
      '    repoURL: https://github.com/example-org/extra.git',
      `    targetRevision: ${revision}`,
      '    path: extra',
      '  destination:',
      '    server: {{ .Values.cluster.server }}',
      '    namespace: extra',
      '',
    ].join('\n');

  it('is rendered at both refs: a change of the file it points at is reported', async () => {
    const fx = new FixtureRepo();
    fx.write('shared/extra.txt', APP('v1'));
    symlinkSync('../../../shared/extra.txt', fx.path(`${AOA}/templates/extra.yaml`));
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env);
    fx.replace('shared/extra.txt', 'targetRevision: v1', 'targetRevision: evil-branch');
    s = { fx, env, base, head: commitAll(fx.dir, env, 'change behind the link') };
    const report = await runDiff(s, { deep: false });
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['dev-01', 'stag-01', 'ops-01', 'prod-01']);
    const app = report.clusters[0]!.apps.find((a) => a.name === 'dev-01-extra')!;
    expect(app.fields).toEqual([{ path: 'spec.source.targetRevision', old: 'v1', new: 'evil-branch' }]);
  });
});

describe('the bootstrap Application itself', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const BOOT = 'argocd-bootstrap-apps/prod-01.yaml';

  it('a change of its own fields (repoURL, revision, project, destination) is a change with its risks', async () => {
    s = scenario((fx) => {
      fx.replace(BOOT, 'project: default', 'project: admin');
      fx.replace(BOOT, 'targetRevision: stable', 'targetRevision: evil');
      fx.replace(BOOT, 'server: https://kubernetes.default.svc', 'server: https://evil.example');
    });
    const report = await runDiff(s);
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['prod-01']);
    const prod = report.clusters.find((c) => c.name === 'prod-01')!;
    expect(prod.apps.map((a) => [a.name, a.status])).toEqual([['prod-01-bootstrap-apps', 'modified']]);
    expect(prod.apps[0]!.fields.map((f) => f.path).sort()).toEqual([
      'spec.destination.server',
      'spec.project',
      'spec.source.targetRevision',
    ]);
    expect(report.risks.map((r) => [r.kind, r.cluster, r.application])).toEqual(
      expect.arrayContaining([
        ['production-changed', 'prod-01', null],
        ['destination-changed', 'prod-01', 'prod-01-bootstrap-apps'],
        ['target-revision-changed', 'prod-01', 'prod-01-bootstrap-apps'],
      ]),
    );
  });
});

describe('symlinks resolved inside the tree', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('an unchanged link is proof like any file: a README-only change leaves everything unchanged', async () => {
    // A link in the plain manifests directory, committed at base.
    const fx = new FixtureRepo();
    fx.replace(`${AOA}/values.yaml`, 'path: charts/loki', 'path: manifests/loki');
    fx.write('shared/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loki\n');
    mkdirSync(fx.path('manifests/loki'), { recursive: true });
    symlinkSync('../../shared/cm.yaml', fx.path('manifests/loki/configmap.yaml'));
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env);
    fx.write('README.md', 'docs\n');
    s = { fx, env, base, head: commitAll(fx.dir, env, 'docs') };
    const report = await runDiff(s);
    expect([report.complete, report.changed]).toEqual([true, false]);
  });

  it('a chart directory that is a link: a change in the directory it points at is reported', async () => {
    const fx = new FixtureRepo();
    renameSync(fx.path('charts/loki'), fx.path('charts/loki-real'));
    symlinkSync('loki-real', fx.path('charts/loki'));
    renameSync(fx.path(AOA), fx.path('charts/aoa-real'));
    symlinkSync('aoa-real', fx.path(AOA));
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env);
    fx.replace(
      'charts/aoa-real/values.yaml',
      'namespace: logging\n  annotations:\n    argocd.argoproj.io/sync-wave: "5"',
      'namespace: kube-system\n  annotations:\n    argocd.argoproj.io/sync-wave: "5"',
    );
    s = { fx, env, base, head: commitAll(fx.dir, env, 'behind the chart link') };
    const report = await runDiff(s, { deep: false });
    expect(report.complete).toBe(true);
    expect(report.changedClusters.length).toBeGreaterThan(0);
    const fields = report.clusters.flatMap((c) => c.apps.flatMap((a) => a.fields.map((f) => f.path)));
    expect(fields).toContain('spec.destination.namespace');
  });
});
