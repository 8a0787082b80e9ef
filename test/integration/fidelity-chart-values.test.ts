import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { loadClusterValues } from '../../src/gitops/cluster-values.js';
import { loadConfig } from '../../src/gitops/config.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology } from '../../src/gitops/topology.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { argoRender, changedNames } from '../helpers/argo-render.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/** An app-of-apps chart without a values.yaml of its own: everything comes from layered value files. */
const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/no-chart-values-repo/repo');
const CHART = 'clusters/apps';

const chartDir = (repo: string) => path.join(repo, CHART);

const DEV_FILES = ['values-common.yaml', 'values-dev.yaml'];

describe('a chart without its own values.yaml renders with every value file (Argo CD passes them all)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('validate finds every Application the layered value files enable', async () => {
    const r = await validate({
      repoDir: FIXTURE,
      git: createGit(FIXTURE),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(r.findings).toEqual([]);
    expect(r.clusters.map((c) => [c.name, c.rendered, c.applications])).toEqual([
      ['dev', true, 3],
      ['prod', true, 2],
    ]);
    expect(r.apps.map((a) => a.name).sort()).toEqual([
      'dev-api',
      'dev-dashboard',
      'dev-worker',
      'prod-api',
      'prod-worker',
    ]);
    // The same Applications helm renders with Argo CD's recipe.
    expect([...argoRender(chartDir(FIXTURE), 'dev-apps', DEV_FILES).keys()].sort()).toEqual([
      'dev-api',
      'dev-dashboard',
      'dev-worker',
    ]);
  });

  it("diff of a change to values-dev.yaml reports exactly the Applications Argo CD's render changes", async () => {
    let before = new Map<string, string>();
    s = scenario((fx) => {
      before = argoRender(chartDir(fx.dir), 'dev-apps', DEV_FILES);
      fx.replace(`${CHART}/values-dev.yaml`, '  dashboard:\n    enabled: true\n', '');
      fx.append(
        `${CHART}/values-dev.yaml`,
        '  dashboard:\n    enabled: false\n  worker:\n    replicas: 2\n  api:\n    namespace: backend\n',
      );
    }, FIXTURE);
    const after = argoRender(chartDir(s.fx.dir), 'dev-apps', DEV_FILES);
    const expected = changedNames(before, after);
    expect(expected).toEqual(['dev-api', 'dev-dashboard', 'dev-worker']);

    const report = await runDiff(s);
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['dev']);
    const dev = report.clusters.find((c) => c.name === 'dev')!;
    expect(dev.status).toBe('changed');
    expect(dev.apps.map((a) => a.name).sort()).toEqual(expected);
    expect(Object.fromEntries(dev.apps.map((a) => [a.name, a.status]))).toEqual({
      'dev-api': 'modified',
      'dev-dashboard': 'removed',
      'dev-worker': 'modified',
    });
    expect(report.clusters.find((c) => c.name === 'prod')!.status).toBe('unchanged');
    expect(report.validation.errors).toBe(0);
  });
});

describe('loadClusterValues: the value files helm is given', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  function load(dir: string, cluster: string) {
    const config = loadConfig(dir);
    const files = new RepoFiles(dir, config.limits);
    const c = discoverTopology(files, config).clusters.find((x) => x.name === cluster)!;
    return loadClusterValues(files, c);
  }

  it('a chart without values.yaml: every valueFile is passed, none is taken for the chart values', () => {
    const v = load(FIXTURE, 'dev');
    expect(v.chartValues).toBeNull();
    expect(v.valueFiles).toEqual([`${CHART}/values-common.yaml`, `${CHART}/values-dev.yaml`]);
    expect(v.files).toEqual(v.valueFiles);
  });

  it("only the chart's own values.yaml is left to helm; listed explicitly, Argo CD passes it too", () => {
    s = scenario((fx) => {
      fx.write(`${CHART}/values.yaml`, 'apps: {}\n');
      fx.replace(
        'argocd-bootstrap-apps/prod.yaml',
        '        - values-common.yaml\n',
        '        - values.yaml\n        - values-common.yaml\n',
      );
    }, FIXTURE);
    const dev = load(s.fx.dir, 'dev');
    expect(dev.chartValues).toBe(`${CHART}/values.yaml`);
    expect(dev.valueFiles).toEqual([`${CHART}/values-common.yaml`, `${CHART}/values-dev.yaml`]);
    const prod = load(s.fx.dir, 'prod');
    expect(prod.valueFiles).toEqual([
      `${CHART}/values.yaml`,
      `${CHART}/values-common.yaml`,
      `${CHART}/values-prod.yaml`,
    ]);
  });
});
