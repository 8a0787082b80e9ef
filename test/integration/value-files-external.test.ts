/**
 * Value files outside this repository (an https URL, `$ref/…` of a source in another repository) are not
 * read offline. validate says so, naming the Application; diff marks what they could change unknown
 * (incomplete) unless the inputs prove it unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { runDiff, scenarioWith, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const URL = 'https://config.example.com/values/dev-01.yaml';
const LOKI_URL = 'https://config.example.com/values/loki.yaml';
const DEV_BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';

/** dev-01's bootstrap also reads a values file from a URL, after its own. */
function devReadsURL(fx: FixtureRepo): void {
  fx.replace(
    DEV_BOOTSTRAP,
    '        - values.dev-01.yaml\n',
    `        - values.dev-01.yaml\n        - ${URL}\n`,
  );
}

/** Every cluster's loki Application also reads a values file from a URL. */
function lokiReadsURL(fx: FixtureRepo): void {
  fx.replace(
    'charts/app-of-apps/values.yaml',
    '    path: charts/loki\n',
    `    path: charts/loki\n    helm:\n      valueFiles:\n        - ${LOKI_URL}\n`,
  );
}

const external = (r: Awaited<ReturnType<typeof validate>>) =>
  r.findings
    .filter((f) => f.rule === 'value-file-external')
    .map((f) => `${f.severity} ${f.file}:${f.line} ${f.cluster ?? '-'} ${f.message}`);

describe('validate: a value file outside this repository', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('of a bootstrap Application is a warning at its entry, naming the Application', async () => {
    fx = new FixtureRepo();
    devReadsURL(fx);
    const r = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(external(r)).toEqual([
      `warning ${DEV_BOOTSTRAP}:${fx.lineOf(DEV_BOOTSTRAP, URL)} dev-01 values file ${URL} of Application dev-01-bootstrap-apps is outside this repository: it is not read offline, so cluster dev-01 is rendered and checked without it`,
    ]);
    expect(r.counts.error).toBe(0);
  });

  it('of a rendered Application (a URL, or $ref of another repository) is a notice naming it', async () => {
    fx = new FixtureRepo();
    lokiReadsURL(fx);
    fx.write(
      'charts/app-of-apps/templates/shared-values.yaml',
      `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ .Values.cluster.name }}-web
  namespace: argocd
  labels:
    cluster: {{ .Values.cluster.name }}
spec:
  project: default
  sources:
    - repoURL: https://github.com/example-org/shared-config.git
      targetRevision: main
      ref: config
    - repoURL: https://github.com/example-org/gitops-repo.git
      targetRevision: HEAD
      path: charts/loki
      helm:
        valueFiles:
          - $config/web/values.yaml
  destination:
    server: {{ .Values.cluster.server }}
    namespace: web
`,
    );
    const r = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    // One finding for one entry on every cluster, the Application named per cluster. The template's entry is
    // said at its valueFiles field (a value written in the template itself, not from values).
    const clusters = '(clusters: dev-01, ops-01, prod-01, stag-01)';
    const because =
      'is outside this repository: it is not read offline, so what it sets is not checked or compared';
    const web = 'charts/app-of-apps/templates/shared-values.yaml';
    expect(external(r)).toEqual([
      `notice ${web}:${fx.lineOf(web, 'valueFiles:')} - values file $config/web/values.yaml of Application <cluster>-web ${because} (4 Applications: dev-01-web, ops-01-web, prod-01-web and 1 more) ${clusters}`,
      `notice charts/app-of-apps/values.yaml:${fx.lineOf('charts/app-of-apps/values.yaml', LOKI_URL)} - values file ${LOKI_URL} of Application <cluster>-loki ${because} (4 Applications: dev-01-loki, ops-01-loki, prod-01-loki and 1 more) ${clusters}`,
    ]);
  });
});

describe('diff: a value file outside this repository', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it("makes a changed cluster's render unknown, and leaves one its inputs prove unchanged alone", async () => {
    s = scenarioWith(devReadsURL, (fx) => {
      fx.append('charts/app-of-apps/values.dev-01.yaml', '\nkyverno:\n  namespace: kyverno-system\n');
    });
    const report = await runDiff(s);
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    expect(report.complete).toBe(false);
    expect(dev.status).toBe('changed');
    expect(dev.errors).toEqual([`dev-01-bootstrap-apps: value file ${URL} is outside this repository`]);
    // The change that is in the repository still shows.
    expect(dev.apps.map((a) => `${a.status} ${a.name}`)).toContain('modified dev-01-kyverno');
    const others = report.clusters.filter((c) => c.name !== 'dev-01');
    expect(others.map((c) => [c.name, c.status, c.errors]).sort()).toEqual([
      ['ops-01', 'unchanged', []],
      ['prod-01', 'unchanged', []],
      ['stag-01', 'unchanged', []],
    ]);
  });

  it('proven unchanged from the inputs, a cluster with one is not unknown', async () => {
    s = scenarioWith(devReadsURL, (fx) => fx.append('charts/app-of-apps/values.ops-01.yaml', '\n# note\n'));
    const report = await runDiff(s);
    expect(report.clusters.find((c) => c.name === 'dev-01')).toMatchObject({
      status: 'unchanged',
      errors: [],
    });
    expect(report.complete).toBe(true);
  });

  it("makes a component Application's resources unknown when its chart changed, unchanged when nothing did", async () => {
    s = scenarioWith(lokiReadsURL, (fx) => fx.replace('charts/loki/values.dev-01.yaml', '72h', '96h'));
    const report = await runDiff(s);
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    // Its Application's own fields did not change, but what its chart renders from did: a change whose
    // resources are unknown (the cluster is changed, the report incomplete).
    expect(dev.apps).toEqual([
      expect.objectContaining({
        name: 'dev-01-loki',
        status: 'modified',
        fields: [],
        deep: {
          state: 'unknown',
          reason: `value file ${LOKI_URL} is outside this repository`,
          dependencies: [],
        },
      }),
    ]);
    expect(dev.status).toBe('changed');
    expect(dev.errors).toEqual([`dev-01-loki: value file ${LOKI_URL} is outside this repository`]);
    expect(report.complete).toBe(false);
    // stag-01's loki reads the same URL, but none of its inputs changed (dev-01's values file is not one):
    // proven unchanged.
    expect(report.clusters.find((c) => c.name === 'stag-01')).toMatchObject({
      status: 'unchanged',
      errors: [],
    });
  });
});
