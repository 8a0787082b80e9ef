import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { loadClusterValues } from '../../src/gitops/cluster-values.js';
import { loadConfig } from '../../src/gitops/config.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology } from '../../src/gitops/topology.js';
import { toJson } from '../../src/gitops/vnode.js';
import { argoRender, changedNames } from '../helpers/argo-render.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/no-chart-values-repo/repo');
const CHART = 'clusters/apps';
const DEV = `${CHART}/values-dev.yaml`;
const DEV_FILES = ['values-common.yaml', 'values-dev.yaml'];

/**
 * values-dev.yaml with two keys written twice. Helm (and so Argo CD) reads the last of each, whole:
 * the first `cluster:` (which values.schema.json refuses) is gone, and so is the first `apps:`.
 */
const DUPLICATED = [
  'cluster:',
  '  name: dev',
  '  env: staging',
  '  revision: main',
  '  server: http://dev.k8s.example.com',
  'apps:',
  '  dashboard:',
  '    enabled: true',
  'cluster:',
  '  name: dev',
  '  env: dev',
  '  revision: main',
  '  server: https://dev.k8s.example.com',
  'apps:',
  '  worker:',
  '    wave: 5',
  '',
].join('\n');

describe.each(HELM_MAJORS)(
  'a values file with a duplicate key (helm %i): rendered last-wins, and said',
  (major) => {
    let s: Scenario | undefined;
    let fx: FixtureRepo | undefined;
    afterEach(() => {
      s?.fx.cleanup();
      fx?.cleanup();
      s = fx = undefined;
    });

    it('validate: an error at each second key, and the cluster renders what helm renders', async () => {
      fx = new FixtureRepo(FIXTURE);
      fx.write(DEV, DUPLICATED);
      const r = await validate({
        repoDir: fx.dir,
        git: createGit(fx.dir),
        helm: testHelm(major),
        logger: new RecordingLogger(),
      });
      expect(r.findings.map((f) => [f.severity, f.rule, f.file, f.line, f.column])).toEqual([
        ['error', 'yaml-duplicate-key', DEV, 9, 1],
        ['error', 'yaml-duplicate-key', DEV, 14, 1],
      ]);
      expect(r.clusters.find((c) => c.name === 'dev')).toMatchObject({ rendered: true, applications: 2 });
      const oracle = argoRender(path.join(fx.dir, CHART), 'dev-apps', DEV_FILES, major);
      const ours = r.apps.filter((a) => a.cluster.name === 'dev');
      expect(ours.map((a) => a.name).sort()).toEqual([...oracle.keys()].sort());
      expect([...oracle.keys()].sort()).toEqual(['dev-api', 'dev-worker']);
      const wave = (o: unknown) =>
        (o as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
          'argocd.argoproj.io/sync-wave'
        ];
      expect(wave(ours.find((a) => a.name === 'dev-worker')!.object)).toBe('5');
      expect(wave(JSON.parse(oracle.get('dev-worker')!))).toBe('5');
    });

    it('diff: the cluster is compared, and the changes are exactly those of the last-wins render', async () => {
      let before = new Map<string, string>();
      s = scenario((f) => {
        before = argoRender(path.join(f.dir, CHART), 'dev-apps', DEV_FILES, major);
        f.write(DEV, DUPLICATED);
      }, FIXTURE);
      const after = argoRender(path.join(s.fx.dir, CHART), 'dev-apps', DEV_FILES, major);
      const report = await runDiff(s, { helm: testHelm(major) });
      const dev = report.clusters.find((c) => c.name === 'dev')!;
      expect(dev.errors).toEqual([]);
      expect(dev.status).toBe('changed');
      expect(dev.apps.map((a) => a.name).sort()).toEqual(changedNames(before, after));
      expect(Object.fromEntries(dev.apps.map((a) => [a.name, a.status]))).toEqual({
        'dev-dashboard': 'removed',
        'dev-worker': 'modified',
      });
      expect(report.complete).toBe(true);
      expect(report.validation.findings.map((f) => [f.rule, f.line])).toEqual([
        ['yaml-duplicate-key', 9],
        ['yaml-duplicate-key', 14],
      ]);
      expect(report.risks[0]!.kind).toBe('validation-errors');
    });
  },
);

describe('the merged values of a file with a duplicate key take the last value', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('whole, with the position of the last setter', () => {
    fx = new FixtureRepo(FIXTURE);
    fx.write(DEV, DUPLICATED);
    const config = loadConfig(fx.dir);
    const files = new RepoFiles(fx.dir, config.limits);
    const dev = discoverTopology(files, config).clusters.find((c) => c.name === 'dev')!;
    const v = loadClusterValues(files, dev);
    expect(v.broken).toBe(false);
    const merged = v.merged!;
    expect(toJson(merged.entries.get('cluster')!)).toEqual({
      name: 'dev',
      env: 'dev',
      revision: 'main',
      server: 'https://dev.k8s.example.com',
    });
    expect(merged.entries.get('cluster')!.keyPos).toMatchObject({ file: DEV, line: 9 });
    // values-common.yaml's apps, then only the last `apps:` of values-dev.yaml on top.
    expect(toJson(merged.entries.get('apps')!)).toEqual({
      api: { enabled: true, wave: 1 },
      worker: { enabled: true, wave: 5 },
      dashboard: { enabled: false },
    });
  });
});
