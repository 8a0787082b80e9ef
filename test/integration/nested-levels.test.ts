import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, diffBetween, summarize, validateAt } from '../helpers/fixture-cli.js';
import type { FixtureHistory } from '../helpers/fixture-history.js';
import { editedHistory } from '../helpers/edited-history.js';
import { oracleCase, snapshotter } from '../helpers/oracle-compare.js';

/**
 * Nested app-of-apps beyond the fixture's two levels (test/fixtures/nested-app-of-apps): a third
 * level added, changed and removed (checked against the oracle too), cycles, a nested level that
 * does not render, a rule finding at a nested level's values line, and the JSON and text contracts.
 */

const ADDONS = 'apps/platform/templates/addons.yaml';
const PROD = 'apps/platform/values-prod.yaml';

/** The platform level passes its cluster, server and revision to in-repo add-ons (a level below may need them). */
const ADDONS_TEMPLATE = `{{- range $name, $a := .Values.addons }}
{{- if $a.enabled }}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ $.Values.cluster }}-{{ $name }}
  namespace: argocd
  labels:
    cluster: {{ $.Values.cluster }}
    layer: platform
spec:
  project: default
  source:
    {{- if $a.chart }}
    repoURL: {{ $a.repoURL }}
    chart: {{ $a.chart }}
    targetRevision: {{ $a.version }}
    {{- else }}
    repoURL: https://github.com/umbrella-retail/gitops.git
    path: {{ $a.path }}
    targetRevision: {{ $.Values.revision }}
    helm:
      parameters:
        - name: cluster
          value: {{ $.Values.cluster }}
        - name: server
          value: {{ $.Values.server }}
        - name: revision
          value: {{ $.Values.revision }}
        {{- if $a.retention }}
        - name: prometheus.retention
          value: {{ $a.retention }}
        {{- end }}
    {{- end }}
  destination:
    server: {{ $a.server | default $.Values.server }}
    namespace: {{ $a.namespace }}
{{- end }}
{{- end }}
`;

const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const append = (dir: string, file: string, text: string) => appendFileSync(path.join(dir, file), text);
const replace = (dir: string, file: string, from: string, to: string) => {
  const text = readFileSync(path.join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(path.join(dir, file), text.replace(from, to));
};

/** An app-of-apps chart rendering one Application `<cluster>-<name>` of the chart at `chartPath`. */
function appOfApps(dir: string, chart: string, name: string, chartPath: string, namespace: string): void {
  write(dir, `${chart}/Chart.yaml`, `apiVersion: v2\nname: ${path.basename(chart)}\nversion: 1.0.0\n`);
  write(dir, `${chart}/values.yaml`, 'cluster: ""\nserver: ""\nrevision: HEAD\n');
  write(
    dir,
    `${chart}/templates/apps.yaml`,
    `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ .Values.cluster }}-${name}
  namespace: argocd
  labels:
    cluster: {{ .Values.cluster }}
spec:
  project: default
  source:
    repoURL: https://github.com/umbrella-retail/gitops.git
    path: ${chartPath}
    targetRevision: {{ .Values.revision }}
    helm:
      valueFiles:
        - values-{{ .Values.cluster }}.yaml
      ignoreMissingValueFiles: true
      parameters:
        - name: cluster
          value: {{ .Values.cluster }}
        - name: server
          value: {{ .Values.server }}
        - name: revision
          value: {{ .Values.revision }}
  destination:
    server: {{ .Values.server }}
    namespace: ${namespace}
`,
  );
}

function grafana(dir: string, dashboards: string): void {
  write(dir, 'charts/grafana/Chart.yaml', 'apiVersion: v2\nname: grafana\nversion: 1.0.0\n');
  write(dir, 'charts/grafana/values.yaml', `dashboards: "${dashboards}"\n`);
  write(
    dir,
    'charts/grafana/templates/cm.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: grafana-dashboards\n  namespace: grafana\ndata:\n  count: {{ .Values.dashboards | quote }}\n',
  );
}

const setup = (dir: string) => write(dir, ADDONS, ADDONS_TEMPLATE);
const addon = (name: string, chartPath: string, namespace = 'argocd') =>
  `  ${name}:\n    enabled: true\n    path: ${chartPath}\n    namespace: ${namespace}\n`;

function shaOf(h: FixtureHistory, step: string): string {
  return h.commits.find((c) => c.step === step)!.sha;
}

describe('a third level: added, changed, removed', () => {
  let h: FixtureHistory;
  beforeAll(
    () =>
      void (h = editedHistory('nested-app-of-apps', setup, [
        {
          step: '1-observability',
          edit: (dir) => {
            appOfApps(dir, 'apps/observability', 'grafana', 'charts/grafana', 'grafana');
            grafana(dir, '3');
            append(dir, PROD, addon('observability', 'apps/observability'));
          },
        },
        { step: '2-dashboards', edit: (dir) => grafana(dir, '4') },
        {
          step: '3-observability-off',
          edit: (dir) => replace(dir, PROD, addon('observability', 'apps/observability'), ''),
        },
      ])),
  );
  afterAll(() => h.cleanup());

  it.each(['base', '1-observability', '2-dashboards', '3-observability-off'])(
    'validate at %s: clean',
    async (step) => {
      const r = await validateAt(h, shaOf(h, step));
      expect([r.code, r.findings]).toEqual([0, []]);
    },
  );

  it("a nested level added: its Applications are the cluster's, the third level's chart deep-rendered", async () => {
    const d = await diffBetween(h, shaOf(h, 'base'), shaOf(h, '1-observability'));
    expect(summarize(d)).toEqual({
      code: 1,
      complete: true,
      changedClusters: ['prod'],
      clusters: {
        prod: {
          status: 'changed',
          changes: [
            'Application argocd/prod-grafana: added',
            '  ConfigMap grafana/grafana-dashboards: added',
            'Application argocd/prod-observability: added',
          ],
        },
      },
    });
    // JSON contract: a nested Application names the Application that renders it; the first level names none.
    const apps = d.report!.clusters.find((c) => c.name === 'prod')!.apps as {
      name: string;
      parent?: string;
    }[];
    expect(Object.fromEntries(apps.map((a) => [a.name, a.parent ?? null]))).toEqual({
      'prod-grafana': 'prod-observability',
      'prod-observability': 'prod-platform',
    });
  });

  it('a change three levels down: the third-level Application modified by its resources', async () => {
    const d = await diffBetween(h, shaOf(h, '1-observability'), shaOf(h, '2-dashboards'));
    expect(summarize(d)).toEqual({
      code: 1,
      complete: true,
      changedClusters: ['prod'],
      clusters: {
        prod: {
          status: 'changed',
          changes: [
            'Application argocd/prod-grafana: modified',
            '  ConfigMap grafana/grafana-dashboards: modified',
          ],
        },
      },
    });
  });

  it('a nested level removed: it and what it renders are removed', async () => {
    const d = await diffBetween(h, shaOf(h, '2-dashboards'), shaOf(h, '3-observability-off'));
    expect(summarize(d)).toEqual({
      code: 1,
      complete: true,
      changedClusters: ['prod'],
      clusters: {
        prod: {
          status: 'changed',
          changes: [
            'Application argocd/prod-grafana: removed',
            '  ConfigMap grafana/grafana-dashboards: removed',
            'Application argocd/prod-observability: removed',
          ],
        },
      },
    });
  });

  it('text and markdown name the Application that renders a nested one', async () => {
    const [base, head] = [shaOf(h, 'base'), shaOf(h, '1-observability')];
    const text = await cli(h, ['diff', '--base', base, '--head', head]);
    expect(text.stdout).toContain('+ prod-grafana (rendered by prod-observability)');
    expect(text.stdout).toContain('+ prod-observability (rendered by prod-platform)');
    const md = await cli(h, ['diff', '--base', base, '--head', head, '--format', 'markdown']);
    expect(md.stdout).toContain('<code>prod-grafana</code> (rendered by <code>prod-observability</code>)');
  });

  it.each([
    ['base', '1-observability'],
    ['1-observability', '2-dashboards'],
    ['2-dashboards', '3-observability-off'],
    ['base', '3-observability-off'],
  ])('oracle: %s → %s', async (b, a) => {
    const c = await oracleCase(h, snapshotter(h), shaOf(h, b), shaOf(h, a));
    expect(c.engine).toEqual(c.oracle);
  });
});

describe('cycles: an Application tree that renders itself', () => {
  let h: FixtureHistory;
  beforeAll(
    () =>
      void (h = editedHistory('nested-app-of-apps', setup, [
        // prod-platform's chart renders prod-platform (apps/platform) again.
        { step: '1-self', edit: (dir) => append(dir, PROD, addon('platform', 'apps/platform')) },
        {
          // prod-platform renders prod-extra (apps/extra), which renders prod-platform (apps/platform).
          step: '2-through-another',
          edit: (dir) => {
            replace(dir, PROD, addon('platform', 'apps/platform'), addon('extra', 'apps/extra'));
            appOfApps(dir, 'apps/extra', 'platform', 'apps/platform', 'argocd');
          },
        },
      ])),
  );
  afterAll(() => h.cleanup());

  it('directly: a warning at the template that renders it again, followed once', async () => {
    const r = await validateAt(h, shaOf(h, '1-self'));
    expect(r.findings).toEqual([
      {
        severity: 'warning',
        rule: 'app-of-apps-nested',
        file: ADDONS,
        line: 7,
        message: expect.stringContaining('nested app-of-apps cycle: prod-platform → prod-platform'),
      },
    ]);
    const d = await diffBetween(h, shaOf(h, 'base'), shaOf(h, '1-self'));
    expect(summarize(d)).toMatchObject({ complete: true, changedClusters: [] });
  });

  it('through another Application: the warning names the whole cycle', async () => {
    const r = await validateAt(h, shaOf(h, '2-through-another'));
    expect(r.findings).toEqual([
      {
        severity: 'warning',
        rule: 'app-of-apps-nested',
        file: 'apps/extra/templates/apps.yaml',
        line: 4,
        message: expect.stringContaining('cycle: prod-platform → prod-extra → prod-platform'),
      },
    ]);
    const d = await diffBetween(h, shaOf(h, '1-self'), shaOf(h, '2-through-another'));
    expect(summarize(d)).toEqual({
      code: 1,
      complete: true,
      changedClusters: ['prod'],
      clusters: { prod: { status: 'changed', changes: ['Application argocd/prod-extra: added'] } },
    });
  });
});

describe('a nested level that does not render, and a rule finding at a nested level', () => {
  let h: FixtureHistory;
  beforeAll(
    () =>
      void (h = editedHistory('nested-app-of-apps', setup, [
        { step: '1-broken', edit: (dir) => append(dir, ADDONS, '{{ fail "the platform is broken" }}\n') },
        {
          step: '2-fixed-retention',
          edit: (dir) => {
            replace(dir, ADDONS, '{{ fail "the platform is broken" }}\n', '');
            replace(dir, PROD, 'retention: 15d', 'retention: 30d');
          },
        },
        {
          step: '3-wrong-server',
          edit: (dir) => append(dir, PROD, '    server: https://dev.k8s.umbrella-retail.net\n'),
        },
      ])),
  );
  afterAll(() => h.cleanup());

  it("validate: an error at the nested chart's template line, one for both clusters", async () => {
    const r = await validateAt(h, shaOf(h, '1-broken'));
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'helm-template',
        file: ADDONS,
        line: ADDONS_TEMPLATE.split('\n').length,
        message: expect.stringMatching(
          /^nested app-of-apps <cluster>-platform \(chart apps\/platform\) does not render: helm template failed: .*the platform is broken .*\(clusters: dev, prod\)$/,
        ),
      },
    ]);
  });

  it('diff to it: unknown with the reason, what it rendered at base never called removed (exit 2)', async () => {
    const d = await diffBetween(h, shaOf(h, 'base'), shaOf(h, '1-broken'));
    // The level's inputs changed and it did not render: its Application is a change whose
    // consequences are unknown (the cluster is changed, the report incomplete, nothing removed).
    const broken = (c: string) => [
      `Application argocd/${c}-platform: modified`,
      expect.stringMatching(
        /^ {2}unknown: its nested app-of-apps chart apps\/platform did not render at head \(helm template failed: .*the platform is broken\): the Applications and objects it renders are not compared$/,
      ),
    ];
    expect(summarize(d)).toEqual({
      code: 2,
      complete: false,
      changedClusters: ['dev', 'prod'],
      clusters: {
        dev: { status: 'changed', changes: broken('dev') },
        prod: { status: 'changed', changes: broken('prod') },
      },
    });
    for (const c of d.report!.clusters as unknown as { name: string; errors: string[] }[])
      expect(c.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${c.name}-platform: its nested app-of-apps chart apps/platform did not render at head \\(helm template failed: .*the platform is broken`,
          ),
        ),
      ]);
  });

  it('diff from it: unknown at base, even where head changed', async () => {
    const d = await diffBetween(h, shaOf(h, '1-broken'), shaOf(h, '2-fixed-retention'));
    expect(summarize(d)).toMatchObject({ code: 2, complete: false });
    const prod = d.report!.clusters.find((c) => c.name === 'prod') as unknown as { errors: string[] };
    expect(prod.errors).toEqual([expect.stringContaining('did not render at base')]);
  });

  it("a rule on a nested Application reports at the nested level's values line", async () => {
    const r = await validateAt(h, shaOf(h, '3-wrong-server'));
    const lines = readFileSync(path.join(h.dir, PROD), 'utf8').split('\n');
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'destination-mismatch',
        file: PROD,
        line: lines.findIndex((l) => l.includes('server: https://dev.k8s')) + 1,
        message:
          'prod-monitoring: destination.server https://dev.k8s.umbrella-retail.net is cluster dev, not prod',
      },
    ]);
  });
});
