import { afterEach, describe, expect, it } from 'vitest';
import type { AppChange, DiffReport } from '../../src/diff/model.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { runDiff, runDiffCli, scenarioWith, type Scenario } from '../helpers/diff-scenario.js';

/** "No changes" only when proven: what could not be computed is unknown, with its reason (issue 8, item 4). */

const CM = 'charts/cert-manager';
const CLUSTERS = ['dev-01', 'stag-01', 'ops-01', 'prod-01'];
const UNREACHABLE = 'https://127.0.0.1:1/charts';

function certManager(report: DiffReport, cluster: string): AppChange | undefined {
  return report.clusters
    .find((c) => c.name === cluster)
    ?.apps.find((a) => a.name === `${cluster}-cert-manager`);
}

function withDependency(fx: FixtureRepo, version: string, repository: string, name = 'redis'): void {
  fx.append(
    `${CM}/Chart.yaml`,
    `dependencies:\n  - name: ${name}\n    version: ${version}\n    repository: ${repository}\n`,
  );
}

/** charts/common, an in-repo chart cert-manager depends on with file://../common. */
function commonChart(fx: FixtureRepo, version: string, data: string): void {
  fx.write('charts/common/Chart.yaml', `apiVersion: v2\nname: common\nversion: ${version}\n`);
  fx.write(
    'charts/common/templates/cm.yaml',
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: common-settings\ndata:\n  level: "${data}"\n`,
  );
}

describe('a component chart dependency bumped in Chart.yaml, not vendored', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const bumped = () =>
    scenarioWith(
      (fx) => withDependency(fx, '1.0.0', UNREACHABLE),
      (fx) => fx.replace(`${CM}/Chart.yaml`, 'version: 1.0.0', 'version: 1.1.0'),
    );
  const redis = {
    name: 'redis',
    from: '1.0.0',
    to: '1.1.0',
    repository: UNREACHABLE,
    repositoryFrom: null,
    file: 'Chart.yaml',
  };

  it('is a change shown old → new, its resources unknown, the diff incomplete (exit 2)', async () => {
    s = bumped();
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    expect(report.changedClusters).toEqual(CLUSTERS);
    for (const cluster of CLUSTERS) {
      const app = certManager(report, cluster)!;
      expect(app.status).toBe('modified');
      expect(app.fields).toEqual([]);
      expect(app.deep).toEqual({
        state: 'unknown',
        reason: 'at head: dependencies not vendored (redis); --dependency-build would fetch them',
        dependencies: [redis],
      });
      expect(report.clusters.find((c) => c.name === cluster)!.errors).toEqual([
        `${cluster}-cert-manager: its resources did not render (at head: dependencies not vendored (redis); --dependency-build would fetch them)`,
      ]);
    }
    // Not vendored is this run's limit, not a defect of the pull request (Argo CD builds them).
    expect(report.validation.findings).toEqual([]);
    const md = renderDiffMarkdown(report);
    expect(md).toContain('**Incomplete**: 4 of 4 clusters could not be fully compared');
    const aboveTheFold = md.slice(0, md.indexOf('| cluster |'));
    expect(aboveTheFold).toContain(
      '**Not compared:**\n\n- **dev-01**: dev-01-cert-manager: its resources did not render',
    );
    expect(md).toContain('- redis: 1.0.0 → 1.1.0 (Chart.yaml)');
    expect(md).not.toContain('No changes');
    const run = await runDiffCli(s, '--exit-code');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('      dependency redis: 1.0.0 → 1.1.0 (Chart.yaml)\n');
    expect(run.stderr).toBe(
      'gitops-promotion diff: dev-01: dev-01-cert-manager: its resources did not render (at head: dependencies not vendored (redis); --dependency-build would fetch them) (and 3 more); the diff is incomplete\n',
    );
  });

  it('with --dependency-build that cannot fetch it: still the change, unknown resources, exit 2', async () => {
    s = bumped();
    const report = await runDiff(s, { dependencyBuild: true });
    expect(report.complete).toBe(false);
    const app = certManager(report, 'dev-01')!;
    expect(app.status).toBe('modified');
    expect(app.deep.state).toBe('unknown');
    if (app.deep.state !== 'unknown') return;
    expect(app.deep.reason).toMatch(/^at head: helm dependency build failed: /);
    expect(app.deep.dependencies).toEqual([redis]);
    expect((await runDiffCli(s, '--exit-code', '--dependency-build')).code).toBe(2);
  });

  it('a repository change is shown too, and a Chart.lock that moves alone is a change', async () => {
    s = scenarioWith(
      (fx) => {
        withDependency(fx, '1.0.0', UNREACHABLE);
        fx.write(
          `${CM}/Chart.lock`,
          `dependencies:\n- name: redis\n  repository: ${UNREACHABLE}\n  version: 1.0.0\n`,
        );
      },
      (fx) => {
        fx.replace(
          `${CM}/Chart.yaml`,
          `repository: ${UNREACHABLE}`,
          'repository: https://127.0.0.1:2/mirror',
        );
        fx.write(
          `${CM}/Chart.lock`,
          `dependencies:\n- name: redis\n  repository: ${UNREACHABLE}\n  version: 1.0.7\n`,
        );
      },
    );
    const app = certManager(await runDiff(s), 'prod-01')!;
    expect(app.deep.state === 'unknown' && app.deep.dependencies).toEqual([
      {
        name: 'redis',
        from: '1.0.0',
        to: '1.0.0',
        repository: 'https://127.0.0.1:2/mirror',
        repositoryFrom: UNREACHABLE,
        file: 'Chart.yaml',
      },
      {
        name: 'redis',
        from: '1.0.0',
        to: '1.0.7',
        repository: UNREACHABLE,
        repositoryFrom: null,
        file: 'Chart.lock',
      },
    ]);
  });
});

describe('a vendored dependency whose Chart.yaml version moves while the render stays the same', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('is still a change (rendered, no resource change, the dependency listed); the diff is complete', async () => {
    s = scenarioWith(
      (fx) => {
        withDependency(fx, '0.1.0', UNREACHABLE, 'sub');
        fx.write(`${CM}/charts/sub/Chart.yaml`, 'apiVersion: v2\nname: sub\nversion: 0.1.0\n');
      },
      (fx) =>
        fx.replace(`${CM}/Chart.yaml`, 'version: 0.1.0\n    repository', 'version: 0.2.0\n    repository'),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(CLUSTERS);
    const app = certManager(report, 'dev-01')!;
    expect(app.status).toBe('modified');
    expect(app.deep).toEqual({
      state: 'rendered',
      resources: [],
      dependencies: [
        {
          name: 'sub',
          from: '0.1.0',
          to: '0.2.0',
          repository: UNREACHABLE,
          repositoryFrom: null,
          file: 'Chart.yaml',
        },
      ],
    });
    expect((await runDiffCli(s, '--exit-code')).code).toBe(1);
  });
});

describe('a file:// dependency inside the repository (buildable offline)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const base = (fx: FixtureRepo) => {
    commonChart(fx, '1.0.0', 'info');
    withDependency(fx, '1.0.0', 'file://../common', 'common');
  };

  it('bumped: without --dependency-build unknown (exit 2); with it rendered, old → new and the resource change (exit 1)', async () => {
    s = scenarioWith(base, (fx) => {
      commonChart(fx, '1.1.0', 'debug');
      fx.replace(`${CM}/Chart.yaml`, 'version: 1.0.0\n    repository', 'version: 1.1.0\n    repository');
    });
    const dependency = {
      name: 'common',
      from: '1.0.0',
      to: '1.1.0',
      repository: 'file://../common',
      repositoryFrom: null,
      file: 'Chart.yaml',
    };
    const offline = certManager(await runDiff(s), 'dev-01')!;
    expect(offline.deep).toEqual({
      state: 'unknown',
      reason: 'at head: dependencies not vendored (common); --dependency-build would fetch them',
      dependencies: [dependency],
    });
    expect((await runDiffCli(s, '--exit-code')).code).toBe(2);

    const report = await runDiff(s, { dependencyBuild: true });
    expect(report.complete).toBe(true);
    const built = certManager(report, 'dev-01')!;
    expect(built.deep.state).toBe('rendered');
    if (built.deep.state !== 'rendered') return;
    expect(built.deep.dependencies).toEqual([dependency]);
    expect(built.deep.resources.map((r) => [r.kind, r.name, r.fields])).toEqual([
      ['ConfigMap', 'common-settings', [{ path: 'data.level', old: 'info', new: 'debug' }]],
    ]);
    expect((await runDiffCli(s, '--exit-code', '--dependency-build')).code).toBe(1);
  });

  it("a change inside the dependency's chart alone is a change of the chart that uses it", async () => {
    s = scenarioWith(base, (fx) => commonChart(fx, '1.0.0', 'warn'));
    const report = await runDiff(s, { dependencyBuild: true });
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(CLUSTERS);
    const app = certManager(report, 'ops-01')!;
    expect(app.deep.state === 'rendered' && app.deep.resources.map((r) => r.fields)).toEqual([
      [{ path: 'data.level', old: 'info', new: 'warn' }],
    ]);
  });
});

describe('a component chart that fails to render', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const TEMPLATE = `${CM}/templates/service.yaml`;

  it('at head: an error of the pull request in validation, its resources unknown, exit 2', async () => {
    s = scenarioWith(
      () => undefined,
      (fx) => fx.append(TEMPLATE, '{{ fail "cert-manager needs an issuer" }}\n'),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    for (const cluster of CLUSTERS) {
      const c = report.clusters.find((x) => x.name === cluster)!;
      // Its chart changed and cannot be rendered: a change whose resources are unknown (as the oracle says).
      expect(c.status).toBe('changed');
      expect(c.apps.map((a) => [a.name, a.status, a.fields, a.deep.state])).toEqual([
        [`${cluster}-cert-manager`, 'modified', [], 'unknown'],
      ]);
      expect(c.errors).toHaveLength(1);
      expect(c.errors[0]).toMatch(
        new RegExp(
          `^${cluster}-cert-manager: its chart's inputs changed and it did not render \\(at head: helm template failed: .*cert-manager needs an issuer`,
        ),
      );
    }
    const component = report.validation.findings.filter((f) => f.message.includes('component chart'));
    expect(component).toHaveLength(1);
    const f = component[0]!;
    expect([f.severity, f.rule, f.file, f.cluster]).toEqual([
      'error',
      'helm-template',
      'charts/app-of-apps/templates/_application.tpl',
      null,
    ]);
    expect(f.line).toBe(s.fx.lineOf('charts/app-of-apps/templates/_application.tpl', 'path: {{'));
    expect(f.message).toMatch(/component chart charts\/cert-manager does not render: helm template failed: /);
    expect(f.message).toMatch(/\(4 Applications: .*\) \(clusters: dev-01, ops-01, prod-01, stag-01\)$/);
    expect(report.validation.errors).toBe(1);
    expect(report.risks[0]).toMatchObject({
      kind: 'validation-errors',
      message: 'validation at head found 1 error',
    });
    const md = renderDiffMarkdown(report);
    expect(md).toContain('❌ validation at head: 1 error');
    expect(md).not.toContain('No changes');
    expect((await runDiffCli(s, '--exit-code')).code).toBe(2);
  });

  it('at head with a value helm must not get: a helm-argument error, never rendered', async () => {
    s = scenarioWith(
      () => undefined,
      (fx) =>
        fx.append(
          'charts/app-of-apps/values.dev-01.yaml',
          '\ncertManager:\n  source:\n    path: charts/cert-manager\n    helm:\n      releaseName: "--post-renderer=x"\n',
        ),
    );
    const report = await runDiff(s);
    const f = report.validation.findings.filter((x) => x.message.includes('component chart'));
    expect(f.map((x) => [x.rule, x.cluster, x.message.split(': ')[0]])).toEqual([
      ['helm-argument', 'dev-01', 'dev-01-cert-manager'],
    ]);
    expect(f[0]!.message).toContain(
      'component chart charts/cert-manager does not render: not rendered: release name',
    );
    expect(certManager(report, 'dev-01')!.deep.state).toBe('unknown');
    expect(report.complete).toBe(false);
  });

  it('at base only (head fixes it): unknown, not a finding', async () => {
    s = scenarioWith(
      (fx) => fx.append(TEMPLATE, '{{ fail "broken at base" }}\n'),
      (fx) => fx.replace(TEMPLATE, '{{ fail "broken at base" }}\n', ''),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    expect(dev.errors[0]).toMatch(
      /^dev-01-cert-manager: its chart's inputs changed and it did not render \(at base: helm template failed: /,
    );
    expect(report.validation.findings).toEqual([]);
  });
});

describe('an Application whose source is outside the repository (a remote chart)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const remote =
    (revision: string, extra = '') =>
    (fx: FixtureRepo) =>
      fx.append(
        'charts/app-of-apps/values.dev-01.yaml',
        `\ncertManager:\n${extra}  source:\n    repoURL: https://charts.jetstack.io\n    chart: cert-manager\n    targetRevision: ${revision}\n`,
      );

  it('changed: the field change is shown, its resources are unknown (not rendered offline), exit 2', async () => {
    s = scenarioWith(remote('v1.15.3'), (fx) =>
      fx.replace(
        'charts/app-of-apps/values.dev-01.yaml',
        'targetRevision: v1.15.3',
        'targetRevision: v1.16.0',
      ),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    expect(report.changedClusters).toEqual(['dev-01']);
    const app = certManager(report, 'dev-01')!;
    expect(app.fields).toEqual([{ path: 'spec.source.targetRevision', old: 'v1.15.3', new: 'v1.16.0' }]);
    const reason =
      'chart cert-manager v1.16.0 from https://charts.jetstack.io is outside this repository and is not rendered offline';
    expect(app.deep).toEqual({ state: 'unknown', reason, dependencies: [] });
    expect(report.clusters[0]!.errors).toEqual([`dev-01-cert-manager: ${reason}`]);
    expect(renderDiffMarkdown(report)).toContain(`- **dev-01**: dev-01-cert-manager: ${reason}`);
    expect((await runDiffCli(s, '--exit-code')).code).toBe(2);
  });

  it('changed only where rendering does not look (a label): its resources are proven unchanged, complete', async () => {
    s = scenarioWith(remote('v1.15.3'), (fx) =>
      fx.replace(
        'charts/app-of-apps/values.dev-01.yaml',
        '\ncertManager:\n',
        '\ncertManager:\n  labels:\n    team: security\n',
      ),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(true);
    const app = certManager(report, 'dev-01')!;
    expect(app.fields).toEqual([{ path: 'metadata.labels.team', old: undefined, new: 'security' }]);
    expect(app.deep).toEqual({ state: 'unchanged' });
    expect((await runDiffCli(s, '--exit-code')).code).toBe(1);
  });

  it('moved from an in-repo chart to a remote one: unknown, never "all resources removed"', async () => {
    s = scenarioWith(() => undefined, remote('v1.15.3'));
    const app = certManager(await runDiff(s), 'dev-01')!;
    expect(app.deep).toMatchObject({ state: 'unknown' });
  });
});
