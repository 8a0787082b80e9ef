import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { argoRender, changedNames } from '../helpers/argo-render.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const AOA = 'charts/app-of-apps';
const BASE = `${AOA}/values.yaml`;
const CONFIG = '.github/gitops-promotion.yaml';
const DEV_BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';
const VALUE_FILES = '      valueFiles:\n        - values.dev-01.yaml\n';

const run = (fx: FixtureRepo) =>
  validate({ repoDir: fx.dir, git: createGit(fx.dir), helm: testHelm(), logger: new RecordingLogger() });
const brief = (r: Awaited<ReturnType<typeof run>>) =>
  r.findings.map((f) => [f.severity, f.rule, f.file, f.line, f.cluster, f.message]);

describe('values of a chart without values.schema.json: held to the shape of its values.yaml', () => {
  let fx: FixtureRepo | undefined;
  let s: Scenario | undefined;
  afterEach(() => {
    fx?.cleanup();
    s?.fx.cleanup();
    fx = s = undefined;
  });

  it('a mistyped key in a cluster file is exactly one warning, with the suggestion, and no error', async () => {
    fx = new FixtureRepo();
    fx.append(`${AOA}/values.stag-01.yaml`, '\ncertManger:\n  enable: false\n');
    const r = await run(fx);
    expect(brief(r)).toEqual([
      [
        'warning',
        'values-shape',
        `${AOA}/values.stag-01.yaml`,
        fx.lineOf(`${AOA}/values.stag-01.yaml`, 'certManger:'),
        null,
        `certManger is not a key of ${BASE} and no template reads it: did you mean \`certManager\` (${BASE}:${fx.lineOf(BASE, 'certManager:')})?`,
      ],
    ]);
    expect(r.counts).toEqual({ error: 0, warning: 1, notice: 0 });
    // Helm ignores the key: cert-manager is still deployed to stag-01, as the warning implies.
    expect(r.clusters.find((c) => c.name === 'stag-01')).toMatchObject({ rendered: true, applications: 9 });
    expect(r.apps.some((a) => a.name === 'stag-01-cert-manager')).toBe(true);
  });

  it('--set parameters are checked at their bootstrap line and at their config line', async () => {
    fx = new FixtureRepo();
    fx.replace(
      DEV_BOOTSTRAP,
      VALUE_FILES,
      `${VALUE_FILES}      parameters:\n        - name: certManger.enable\n          value: "false"\n        - name: loki.enable\n          value: "yes"\n        - name: argoRollouts.enable\n          value: "false"\n`,
    );
    fx.append(
      CONFIG,
      'clusters:\n  - name: stag-01\n    parameters:\n      - name: lokki.enable\n        value: "false"\n',
    );
    const r = await run(fx);
    const promtailBase = fx.lineOf(BASE, 'enable: true', 'loki:');
    expect(brief(r)).toEqual([
      [
        'warning',
        'values-shape',
        CONFIG,
        fx.lineOf(CONFIG, '- name: lokki.enable'),
        'stag-01',
        `parameter lokki.enable: lokki is not a key of ${BASE} and no template reads it: did you mean \`loki\` (${BASE}:${fx.lineOf(BASE, 'loki:')})?`,
      ],
      [
        'warning',
        'values-shape',
        DEV_BOOTSTRAP,
        fx.lineOf(DEV_BOOTSTRAP, '- name: certManger.enable'),
        'dev-01',
        `parameter certManger.enable: certManger is not a key of ${BASE} and no template reads it: did you mean \`certManager\` (${BASE}:${fx.lineOf(BASE, 'certManager:')})?`,
      ],
      [
        'warning',
        'values-shape',
        DEV_BOOTSTRAP,
        fx.lineOf(DEV_BOOTSTRAP, '- name: loki.enable'),
        'dev-01',
        `parameter loki.enable: loki.enable is a string here, but a boolean in ${BASE}:${promtailBase}`,
      ],
    ]);
    // The parameters rendered as helm reads them: argo-rollouts off on dev-01.
    expect(r.clusters.find((c) => c.name === 'dev-01')).toMatchObject({ rendered: true, applications: 8 });
  });

  it('a values file with 157 uses of one anchor renders as helm renders it, with no finding', async () => {
    fx = new FixtureRepo();
    const copies = Array.from({ length: 157 }, (_, i) => `          c${i}: *d`).join('\n');
    fx.replace(
      `${AOA}/values.dev-01.yaml`,
      '        prometheus:\n          retention: 2d\n',
      `        prometheus: &d\n          retention: 2d\n        copies:\n${copies}\n`,
    );
    const r = await run(fx);
    expect(r.findings).toEqual([]);
    const oracle = argoRender(path.join(fx.dir, AOA), 'dev-01-apps', ['values.dev-01.yaml']);
    const ours = r.apps.filter((a) => a.cluster.name === 'dev-01');
    expect(new Map(ours.map((a) => [a.name, JSON.stringify(a.object)]))).toEqual(oracle);
    expect(oracle.get('dev-01-monitoring')).toContain('c156');
  });

  it('a key written twice in a values file: one error at the second, and the diff is computed last-wins', async () => {
    const STAG = `${AOA}/values.stag-01.yaml`;
    const twice = '\nloki:\n  project: platform\nloki:\n  project: observability-2\n';
    const before = (dir: string) => argoRender(path.join(dir, AOA), 'stag-01-apps', ['values.stag-01.yaml']);
    let was = new Map<string, string>();
    s = scenario((f) => {
      was = before(f.dir);
      f.append(STAG, twice);
    });
    const now = before(s.fx.dir);
    const r = await validate({
      repoDir: s.fx.dir,
      git: createGit(s.fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    const second = s.fx.read(STAG).split('\n').lastIndexOf('loki:') + 1;
    expect(r.findings.map((f) => [f.severity, f.rule, f.file, f.line])).toEqual([
      ['error', 'yaml-duplicate-key', STAG, second],
    ]);
    const report = await runDiff(s);
    const stag = report.clusters.find((c) => c.name === 'stag-01')!;
    expect(stag.errors).toEqual([]);
    expect(stag.apps.map((a) => a.name)).toEqual(changedNames(was, now));
    expect(stag.apps.map((a) => [a.name, a.status])).toEqual([['stag-01-loki', 'modified']]);
    expect(report.complete).toBe(true);
    expect(report.validation.findings.map((f) => f.rule)).toEqual(['yaml-duplicate-key']);
  });
});

describe('values of a chart with its own values.schema.json: held to it, as helm holds them', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('reports its violations at the line that wrote them, --set included, and no shape warnings', async () => {
    fx = new FixtureRepo();
    fx.write(
      `${AOA}/values.schema.json`,
      JSON.stringify({
        type: 'object',
        properties: {
          loki: { type: 'object', properties: { enable: { type: 'boolean' } } },
          velero: { type: 'object', properties: { enable: { type: 'boolean' } } },
        },
      }),
    );
    fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: "yes"');
    fx.append(`${AOA}/values.prod-01.yaml`, '\ncertManger:\n  enable: false\n');
    fx.replace(
      DEV_BOOTSTRAP,
      VALUE_FILES,
      `${VALUE_FILES}      parameters:\n        - name: loki.enable\n          value: "yes"\n`,
    );
    const r = await run(fx);
    expect(brief(r)).toEqual([
      [
        'error',
        'values-schema',
        DEV_BOOTSTRAP,
        fx.lineOf(DEV_BOOTSTRAP, '- name: loki.enable'),
        'dev-01',
        'loki.enable must be boolean, got string "yes"',
      ],
      [
        'error',
        'values-schema',
        `${AOA}/values.prod-01.yaml`,
        fx.lineOf(`${AOA}/values.prod-01.yaml`, 'enable: "yes"'),
        'prod-01',
        'velero.enable must be boolean, got string "yes"',
      ],
    ]);
    // Helm enforces the schema: neither cluster rendered, and helm's own refusal is not a second finding.
    expect(r.clusters.filter((c) => !c.rendered).map((c) => c.name)).toEqual(['dev-01', 'prod-01']);
  });
});

describe('valuesSchema: builtin', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('still holds the app-of-apps values to the built-in component-block schema, as errors', async () => {
    fx = new FixtureRepo();
    fx.append(CONFIG, 'valuesSchema: builtin\n');
    fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: "yes"');
    fx.replace(`${AOA}/values.stag-01.yaml`, '  env: staging\n', '  env: staging\n  region: eu\n');
    const r = await run(fx);
    expect(brief(r)).toEqual([
      [
        'error',
        'values-schema',
        `${AOA}/values.prod-01.yaml`,
        fx.lineOf(`${AOA}/values.prod-01.yaml`, 'enable: "yes"'),
        'prod-01',
        'velero.enable must be boolean, got string "yes"',
      ],
      [
        'error',
        'values-schema',
        `${AOA}/values.stag-01.yaml`,
        fx.lineOf(`${AOA}/values.stag-01.yaml`, 'region: eu'),
        'stag-01',
        'cluster.region is not allowed here (unknown field)',
      ],
    ]);
  });

  it('valuesSchema: none checks nothing', async () => {
    fx = new FixtureRepo();
    fx.append(CONFIG, 'valuesSchema: none\n');
    fx.append(`${AOA}/values.stag-01.yaml`, '\ncertManger:\n  enable: false\n');
    expect((await run(fx)).findings).toEqual([]);
  });
});
