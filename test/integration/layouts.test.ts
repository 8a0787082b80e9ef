import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { loadClusterValues } from '../../src/gitops/cluster-values.js';
import { loadConfig } from '../../src/gitops/config.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology } from '../../src/gitops/topology.js';
import { nodeAt, toJson } from '../../src/gitops/vnode.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const ROOT_CHART = `${PROJECT_ROOT}/test/fixtures/root-chart-repo`;

describe('a repo without bootstrap files: chart at the root, values-<env>.yaml, layered files, --set', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('takes its clusters from the config', () => {
    const config = loadConfig(ROOT_CHART);
    const topology = discoverTopology(new RepoFiles(ROOT_CHART, config.limits), config);
    expect(topology.findings).toEqual([]);
    expect(topology.repoURL).toBe('https://github.com/example-org/platform');
    expect(topology.defaultBranch).toBe('main');
    expect(topology.clusters.map((c) => [c.name, c.env, c.chart, c.ref, c.envRef, c.valueFiles])).toEqual([
      ['dev', 'dev', '.', 'main', 'main', ['values-common.yaml', 'values-dev.yaml']],
      ['prod', 'prod', '.', 'stable', 'stable', ['values-common.yaml', 'values-prod.yaml']],
    ]);
  });

  it('merges values as helm does and keeps the position of the last setter', () => {
    const config = loadConfig(ROOT_CHART);
    const files = new RepoFiles(ROOT_CHART, config.limits);
    const prod = discoverTopology(files, config).clusters[1]!;
    const values = loadClusterValues(files, prod);
    expect(values.files).toEqual(['values.yaml', 'values-common.yaml', 'values-prod.yaml']);
    const merged = values.merged!;
    expect(toJson(nodeAt(merged, ['global'])!)).toEqual({
      repoURL: 'git@github.com:example-org/platform.git',
      targetRevision: 'stable',
    });
    expect(nodeAt(merged, ['global', 'targetRevision'])!.pos).toEqual({
      file: 'values-prod.yaml',
      line: 5,
      column: 19,
    });
    expect(nodeAt(merged, ['global', 'repoURL'])!.pos).toEqual({ file: 'values.yaml', line: 6, column: 12 });
    const wave = nodeAt(merged, ['web', 'annotations', 'argocd.argoproj.io/sync-wave'])!;
    expect(toJson(wave)).toBe('2');
    expect(wave.pos.file).toBe('.github/gitops-promotion.yaml');
    expect(toJson(nodeAt(merged, ['cluster'])!)).toEqual({
      name: 'prod',
      env: 'prod',
      server: 'https://prod.k8s.example.com',
    });
  });

  it('validates clean, and blames the layered file that set a bad value on the cluster that uses it', async () => {
    const helm = testHelm();
    const clean = await validate({
      repoDir: ROOT_CHART,
      git: createGit(ROOT_CHART),
      helm,
      logger: new RecordingLogger(),
    });
    expect(clean.findings).toEqual([]);
    expect(clean.matrix).toEqual({
      clusters: ['dev', 'prod'],
      components: ['web'],
      cells: { web: { dev: 'HEAD', prod: 'stable' } },
    });

    fx = new FixtureRepo(ROOT_CHART);
    fx.replace('values-common.yaml', '"1"', '"one"');
    const broken = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm,
      logger: new RecordingLogger(),
    });
    // prod sets the wave with a --set parameter, so only dev renders the bad value.
    expect(broken.findings).toEqual([
      {
        severity: 'error',
        rule: 'sync-wave-format',
        message: 'dev-web: sync-wave "one" is not an integer string (Argo CD treats it as wave 0)',
        file: 'values-common.yaml',
        line: 3,
        column: 35,
        cluster: 'dev',
      },
    ]);
  });
});

describe('inline values and parameters in a bootstrap Application', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());
  const VALUE_FILES = '      valueFiles:\n        - values.dev-01.yaml\n';

  it('renders helm.values after the value files, and points at its lines in the bootstrap file', async () => {
    fx = new FixtureRepo();
    fx.replace(
      'argocd-bootstrap-apps/dev-01.yaml',
      VALUE_FILES,
      `${VALUE_FILES}      values: |\n        monitoring:\n          enable: false\n        promtail:\n          enable: "no"\n`,
    );
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    // No values.schema.json and no valuesSchema: the inline values are held to the shape of the
    // chart's values.yaml (a warning), still at their line in the bootstrap file.
    const base = fx.lineOf('charts/app-of-apps/values.yaml', 'enable: true', 'promtail:');
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        rule: 'values-shape',
        message: `promtail.enable is a string here, but a boolean in charts/app-of-apps/values.yaml:${base}`,
        file: 'argocd-bootstrap-apps/dev-01.yaml',
        line: fx.lineOf('argocd-bootstrap-apps/dev-01.yaml', 'enable: "no"'),
        column: 11,
        cluster: 'dev-01',
      },
    ]);
    // Go templates treat the string "no" as true: promtail stays, monitoring goes.
    expect(result.matrix.cells.monitoring!['dev-01']).toBeNull();
    expect(result.matrix.cells.promtail!['dev-01']).toBe('HEAD');
  });

  it('applies helm.parameters last (--set wins over every values file)', async () => {
    fx = new FixtureRepo();
    fx.replace(
      'argocd-bootstrap-apps/dev-01.yaml',
      VALUE_FILES,
      `${VALUE_FILES}      parameters:\n        - name: argoRollouts.enable\n          value: "false"\n`,
    );
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(result.findings).toEqual([]);
    expect(result.clusters[0]).toEqual({
      name: 'dev-01',
      env: 'dev',
      ref: 'dev',
      rendered: true,
      applications: 8,
    });
    expect(result.matrix.cells['argo-rollouts']).toEqual({
      'dev-01': null,
      'stag-01': 'staging',
      'ops-01': 'stable',
      'prod-01': 'stable',
    });
  });
});

describe("a chart's own values.schema.json", () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('is the schema values are checked against, and helm enforcing it is not reported twice', async () => {
    fx = new FixtureRepo();
    fx.write(
      'charts/app-of-apps/values.schema.json',
      JSON.stringify({
        type: 'object',
        properties: {
          cluster: { type: 'object', properties: { server: { type: 'string', pattern: '^https://' } } },
        },
      }),
    );
    fx.replace(
      'charts/app-of-apps/values.stag-01.yaml',
      'https://stag-01.k8s.example.com',
      'http://stag-01.k8s.example.com',
    );
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(result.findings).toEqual([
      {
        severity: 'error',
        rule: 'values-schema',
        message: 'cluster.server must match pattern "^https://"',
        file: 'charts/app-of-apps/values.stag-01.yaml',
        line: fx.lineOf('charts/app-of-apps/values.stag-01.yaml', 'server:'),
        column: 11,
        cluster: 'stag-01',
      },
    ]);
    // Helm refused to render stag-01 (it enforces the schema too); the other clusters rendered.
    expect(result.clusters.map((c) => [c.name, c.rendered])).toEqual([
      ['dev-01', true],
      ['stag-01', false],
      ['ops-01', true],
      ['prod-01', true],
    ]);
  });

  it('a schema that is not JSON is a configuration error naming the file', async () => {
    fx = new FixtureRepo();
    fx.write('charts/app-of-apps/values.schema.json', '{ not json');
    await expect(
      validate({ repoDir: fx.dir, git: createGit(fx.dir), helm: testHelm(), logger: new RecordingLogger() }),
    ).rejects.toThrow(/^values schema charts\/app-of-apps\/values.schema.json is not a usable JSON schema/);
  });
});
