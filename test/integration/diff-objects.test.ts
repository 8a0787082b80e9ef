import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DiffOptions } from '../../src/commands/diff.js';
import type { DiffReport } from '../../src/diff/model.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffJson, renderDiffText } from '../../src/report/diff-text.js';
import { argoRenderObjects } from '../helpers/argo-render.js';
import { runDiff, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { expectGolden } from '../helpers/golden.js';

const AOA = 'charts/app-of-apps';
const CLUSTERS = ['dev-01', 'stag-01', 'ops-01', 'prod-01'];

/** What the example's app-of-apps chart renders besides Applications in these tests: two AppProjects and a ConfigMap. */
const PLATFORM = `{{- range $p := list "platform" "observability" }}
---
apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: {{ $p }}
  namespace: argocd
spec:
  sourceRepos: ["*"]
  destinations:
    - server: {{ $.Values.cluster.server }}
      namespace: "*"
{{- end }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cluster-settings
data:
  cluster: {{ .Values.cluster.name }}
  logLevel: {{ .Values.global.logLevel | default "info" | quote }}
`;

type Oracle = Map<string, Map<string, string>>;

/**
 * The oracle: each cluster's bootstrap read here (its path, release name, value files and
 * destination namespace) and rendered with plain `helm template` (test/helpers/argo-render.ts).
 */
function oracle(dir: string): Oracle {
  const out: Oracle = new Map();
  for (const file of readdirSync(path.join(dir, 'argocd-bootstrap-apps')).sort()) {
    const app = parse(readFileSync(path.join(dir, 'argocd-bootstrap-apps', file), 'utf8')) as {
      metadata: { name: string; labels: { cluster: string } };
      spec: {
        source: { path: string; helm: { releaseName?: string; valueFiles: string[] } };
        destination: { namespace: string };
      };
    };
    const { source, destination } = app.spec;
    const release = source.helm.releaseName ?? app.metadata.name;
    const rendered = argoRenderObjects(
      path.join(dir, source.path),
      release,
      source.helm.valueFiles,
      destination.namespace,
    );
    out.set(app.metadata.labels.cluster, rendered);
  }
  return out;
}

/** (cluster, kind, namespace, name) of every object whose rendering differs between two oracle runs. */
function oracleChanges(before: Oracle, after: Oracle): string[] {
  const out: string[] = [];
  for (const cluster of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(cluster) ?? new Map<string, string>();
    const a = after.get(cluster) ?? new Map<string, string>();
    for (const key of new Set([...b.keys(), ...a.keys()]))
      if (b.get(key) !== a.get(key)) out.push(`${cluster} ${key}`);
  }
  return out.sort();
}

/** The same set as the diff reports it: every changed Application and object under its cluster. */
function reported(report: DiffReport): string[] {
  return report.clusters
    .flatMap((c) => [
      ...c.apps.map((a) => `${c.name} ${a.kind} ${a.namespace}/${a.name}`),
      ...c.objects.map((o) => `${c.name} ${o.kind} ${o.namespace}/${o.name}`),
    ])
    .sort();
}

interface ObjectScenario extends Scenario {
  before: Oracle;
  after: Oracle;
}

/** The example repo rendering PLATFORM (and `setup`'s files) committed as base, `change` as head. */
function objectScenario(
  change: (fx: FixtureRepo) => void,
  setup?: (fx: FixtureRepo) => void,
): ObjectScenario {
  const fx = new FixtureRepo();
  fx.write(`${AOA}/templates/platform.yaml`, PLATFORM);
  fx.replace(`${AOA}/values.yaml`, '  targetRevision: HEAD\n', '  targetRevision: HEAD\n  logLevel: info\n');
  setup?.(fx);
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  const before = oracle(fx.dir);
  change(fx);
  const head = commitAll(fx.dir, env, 'change');
  return { fx, env, base, head, before, after: oracle(fx.dir) };
}

/** Deep mode off: the oracle renders the app-of-apps chart, not the component charts. */
const APP_OF_APPS_ONLY: Partial<DiffOptions> = { deep: false };

describe('diff covers every object the app-of-apps chart renders', () => {
  let s: ObjectScenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('an AppProject removed and a ConfigMap changed in every environment (golden)', async () => {
    s = objectScenario((fx) => {
      fx.replace(`${AOA}/templates/platform.yaml`, 'list "platform" "observability"', 'list "platform"');
      fx.replace(`${AOA}/values.yaml`, '  logLevel: info\n', '  logLevel: debug\n');
    });
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(reported(report)).toEqual(oracleChanges(s.before, s.after));
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(CLUSTERS);
    for (const c of report.clusters) {
      expect(c.status).toBe('changed');
      expect(c.apps).toEqual([]);
      expect(c.counts).toEqual({ added: 0, removed: 1, modified: 1 });
      expect(c.objects.map(({ unified: _u, ...o }) => o)).toEqual([
        {
          kind: 'AppProject',
          apiVersion: 'argoproj.io/v1alpha1',
          namespace: 'argocd',
          name: 'observability',
          status: 'removed',
          fields: [],
        },
        {
          kind: 'ConfigMap',
          apiVersion: 'v1',
          namespace: 'argocd',
          name: 'cluster-settings',
          status: 'modified',
          fields: [{ path: 'data.logLevel', old: 'info', new: 'debug' }],
        },
      ]);
    }
    // Head's Applications still use the project it no longer defines: validation says so, where it is set.
    const projects = report.validation.findings.filter((f) => f.rule === 'application-project');
    expect(projects.map((f) => [f.severity, f.file, f.cluster])).toEqual([
      ['warning', `${AOA}/values.yaml`, null],
      ['warning', `${AOA}/values.yaml`, null],
      ['warning', `${AOA}/values.yaml`, null],
    ]);
    expect(projects[0]!.message).toContain('project "observability" is neither "default" nor an AppProject');
    expectGolden('diff-objects.md', renderDiffMarkdown(report));
    expectGolden('diff-objects.txt', renderDiffText(report));
  });

  it('deleting every cluster\'s AppProjects is a change of every cluster, not "no changes"', async () => {
    s = objectScenario((fx) =>
      fx.write(`${AOA}/templates/platform.yaml`, PLATFORM.slice(PLATFORM.indexOf('---\napiVersion: v1'))),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(reported(report)).toEqual(oracleChanges(s.before, s.after));
    expect(report.changed).toBe(true);
    expect(report.changedClusters).toEqual(CLUSTERS);
    for (const c of report.clusters)
      expect(c.objects.map((o) => `${o.status} ${o.kind} ${o.name}`)).toEqual([
        'removed AppProject observability',
        'removed AppProject platform',
      ]);
    expect(renderDiffMarkdown(report)).not.toContain('No changes');
  });

  it("a Secret's change is shown masked: a changed hash, never the value", async () => {
    const secret = (token: string, config: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: platform-credentials\ntype: Opaque\nstringData:\n  token: ${token}\ndata:\n  config: ${Buffer.from(config).toString('base64')}\n`;
    s = objectScenario(
      (fx) => fx.write(`${AOA}/templates/secret.yaml`, secret('second-token-value', 'plain: two')),
      (fx) => fx.write(`${AOA}/templates/secret.yaml`, secret('first-token-value', 'plain: one')),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(reported(report)).toEqual(oracleChanges(s.before, s.after));
    const out = [renderDiffJson(report), renderDiffMarkdown(report), renderDiffText(report)].join('\n');
    for (const plain of ['first-token-value', 'second-token-value', 'plain: one', 'plain: two'])
      expect(out).not.toContain(plain);
    for (const plain of ['plain: one', 'plain: two'])
      expect(out).not.toContain(Buffer.from(plain).toString('base64'));
    const changes = report.clusters[0]!.objects;
    expect(changes.map((o) => [o.kind, o.name, o.status])).toEqual([
      ['Secret', 'platform-credentials', 'modified'],
    ]);
    const fields = changes[0]!.fields;
    expect(fields.map((f) => f.path)).toEqual(['data.config', 'stringData.token']);
    for (const f of fields) {
      expect(f.old).toMatch(/^\(secret, salted sha256 [0-9a-f]{12}…\)$/);
      expect(f.new).toMatch(/^\(secret, salted sha256 [0-9a-f]{12}…\)$/);
      expect(f.old).not.toBe(f.new);
    }
  });

  it('an ApplicationSet added is an added object of every cluster, with its apiVersion', async () => {
    s = objectScenario((fx) =>
      fx.write(
        `${AOA}/templates/appset.yaml`,
        `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: previews
  namespace: argocd
spec:
  generators:
    - list:
        elements: [{ pr: "1" }]
  template:
    metadata:
      name: 'preview-{{ "{{" }}pr{{ "}}" }}'
    spec:
      project: platform
      source: { repoURL: https://github.com/example-org/gitops-repo.git, path: charts/loki, targetRevision: HEAD }
      destination: { server: {{ .Values.cluster.server }}, namespace: previews }
`,
      ),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(reported(report)).toEqual(oracleChanges(s.before, s.after));
    for (const c of report.clusters) {
      expect(c.status).toBe('changed');
      expect(c.objects.map((o) => [o.status, o.apiVersion, o.kind, o.namespace, o.name])).toEqual([
        ['added', 'argoproj.io/v1alpha1', 'ApplicationSet', 'argocd', 'previews'],
      ]);
      expect(c.objects[0]!.unified).toContain('+++ b/ApplicationSet/argocd/previews.yaml');
    }
    expect(report.validation.findings).toEqual([]);
  });

  it('a cluster-scoped object has no namespace, even when the chart writes one', async () => {
    const objects = (team: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: platform-tools
  namespace: argocd
  labels: { team: ${team} }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: platform-reader
  labels: { team: ${team} }
rules: []
`;
    s = objectScenario(
      (fx) => fx.write(`${AOA}/templates/cluster-scoped.yaml`, objects('sre')),
      (fx) => fx.write(`${AOA}/templates/cluster-scoped.yaml`, objects('platform')),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(reported(report)).toEqual(oracleChanges(s.before, s.after));
    const dev = report.clusters[0]!;
    expect(dev.objects.map((o) => [o.kind, o.namespace, o.name, o.fields])).toEqual([
      ['ClusterRole', '', 'platform-reader', [{ path: 'metadata.labels.team', old: 'platform', new: 'sre' }]],
      ['Namespace', '', 'platform-tools', [{ path: 'metadata.labels.team', old: 'platform', new: 'sre' }]],
    ]);
    expect(renderDiffMarkdown(report)).toContain(
      '| 🟡 modified | Namespace | _(cluster-scoped)_ | `platform-tools` |',
    );
    expect(renderDiffText(report)).toContain('    ~ Namespace    platform-tools\n');
  });

  it('two objects with one identity: validation errs at the template, the diff shows the one Argo CD applies (the last)', async () => {
    s = objectScenario((fx) =>
      fx.write(
        `${AOA}/templates/settings-extra.yaml`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cluster-settings\ndata:\n  cluster: {{ .Values.cluster.name }}\n  logLevel: "warn"\n',
      ),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(reported(report)).toEqual(oracleChanges(s.before, s.after));
    for (const c of report.clusters)
      expect(c.objects.map((o) => [o.kind, o.name, o.fields])).toEqual([
        ['ConfigMap', 'cluster-settings', [{ path: 'data.logLevel', old: 'info', new: 'warn' }]],
      ]);
    expect(report.validation.findings.map((f) => [f.rule, f.file, f.line, f.cluster])).toEqual([
      ['object-unique', `${AOA}/templates/settings-extra.yaml`, 4, null],
    ]);
    expect(report.validation.findings[0]!.message).toBe(
      `ConfigMap argocd/cluster-settings is also rendered by ${AOA}/templates/platform.yaml: Argo CD applies only the last of them (clusters: ${[...CLUSTERS].sort().join(', ')})`,
    );
    expect(report.risks[0]!.kind).toBe('validation-errors');
  });

  it('an edit that changes Applications and objects at once: both reported, exactly what the oracle changes', async () => {
    s = objectScenario((fx) => {
      fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 5d');
      fx.replace(
        `${AOA}/values.prod-01.yaml`,
        '  targetRevision: stable\n',
        '  targetRevision: stable\n  logLevel: error\n',
      );
    });
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    const expected = oracleChanges(s.before, s.after);
    expect(expected).toEqual([
      'dev-01 Application argocd/dev-01-monitoring',
      'prod-01 ConfigMap argocd/cluster-settings',
    ]);
    expect(reported(report)).toEqual(expected);
    expect(report.changedClusters).toEqual(['dev-01', 'prod-01']);
  });

  it("a bootstrap's inline helm.values are diffed key by key, and the objects they change with them", async () => {
    const bootstrap = 'argocd-bootstrap-apps/dev-01.yaml';
    const inline = (level: string) =>
      `        - values.dev-01.yaml\n      values: |\n        global:\n          logLevel: ${level}\n        cluster:\n          adminPassword: pw-${level}\n`;
    s = objectScenario(
      (fx) => fx.replace(bootstrap, inline('info'), inline('debug')),
      (fx) => fx.replace(bootstrap, '        - values.dev-01.yaml\n', inline('info')),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    expect(dev.apps.map((a) => [a.kind, a.name, a.fields.map((f) => f.path)])).toEqual([
      [
        'Application',
        'dev-01-bootstrap-apps',
        ['spec.source.helm.values.cluster.adminPassword', 'spec.source.helm.values.global.logLevel'],
      ],
    ]);
    const [password, level] = dev.apps[0]!.fields;
    expect(level).toEqual({ path: 'spec.source.helm.values.global.logLevel', old: 'info', new: 'debug' });
    expect(password!.new).toMatch(/^\(secret, salted sha256 /);
    expect(renderDiffJson(report)).not.toContain('pw-');
    expect(dev.objects.map((o) => [o.kind, o.fields])).toEqual([
      ['ConfigMap', [{ path: 'data.logLevel', old: 'info', new: 'debug' }]],
    ]);
    expect(report.changedClusters).toEqual(['dev-01']);
  });

  it("the base config's ignore rules apply to objects as to Applications", async () => {
    s = objectScenario(
      (fx) => fx.replace(`${AOA}/values.yaml`, '  logLevel: info\n', '  logLevel: debug\n'),
      (fx) => fx.write('.github/gitops-promotion.yaml', 'diff:\n  ignore:\n    paths: [/data/logLevel]\n'),
    );
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(oracleChanges(s.before, s.after)).toHaveLength(4);
    expect(report.changed).toBe(false);
    expect(report.ignored).toEqual({ total: 4, byRule: { '/data/logLevel': 4 } });
    expect(report.clusters.map((c) => c.objects)).toEqual([[], [], [], []]);
  });

  it('no risk line for a production cluster with nothing to show; one for a production cluster whose only change is an object', async () => {
    s = objectScenario((fx) => {
      fx.write('charts/empty/Chart.yaml', 'apiVersion: v2\nname: empty\nversion: 0.1.0\n');
      fx.write('charts/empty/values.prod-02.yaml', 'cluster:\n  name: prod-02\n');
      fx.write(
        'argocd-bootstrap-apps/prod-02.yaml',
        fx
          .read('argocd-bootstrap-apps/prod-01.yaml')
          .replaceAll('prod-01', 'prod-02')
          .replace('path: charts/app-of-apps', 'path: charts/empty'),
      );
      fx.replace(
        `${AOA}/values.prod-01.yaml`,
        '  targetRevision: stable\n',
        '  targetRevision: stable\n  logLevel: error\n',
      );
    });
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    const prod02 = report.clusters.find((c) => c.name === 'prod-02')!;
    expect([prod02.status, prod02.apps, prod02.objects]).toEqual(['added', [], []]);
    expect(report.risks.map((r) => [r.kind, r.cluster])).toEqual([['production-changed', 'prod-01']]);
    for (const r of report.risks) expect(r.cluster).toBeTruthy();
  });
});

/** Real-looking edits: each one's changed set must be exactly what the oracle's renders change. */
const EDITS: [string, (fx: FixtureRepo) => void][] = [
  [
    'a value of one cluster',
    (fx) => fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d'),
  ],
  [
    'a base value hitting all clusters',
    (fx) =>
      fx.replace(
        `${AOA}/values.yaml`,
        'certManager:\n  enable: true\n  project: platform',
        'certManager:\n  enable: true\n  project: observability',
      ),
  ],
  [
    'a component added and one removed in one cluster',
    (fx) =>
      fx.append(`${AOA}/values.stag-01.yaml`, '\nvelero:\n  enable: true\npromtail:\n  enable: false\n'),
  ],
  [
    'an Application renamed',
    (fx) => fx.replace(`${AOA}/templates/kyverno.yaml`, '"name" "kyverno"', '"name" "policy-engine"'),
  ],
  [
    'a label on every Application and every AppProject',
    (fx) => {
      fx.replace(
        `${AOA}/templates/_application.tpl`,
        '    component: {{ $name }}\n',
        '    component: {{ $name }}\n    owner: platform\n',
      );
      fx.replace(
        `${AOA}/templates/platform.yaml`,
        '  namespace: argocd\nspec:',
        '  namespace: argocd\n  labels: { owner: platform }\nspec:',
      );
    },
  ],
  [
    'a ConfigMap value of the production environment only',
    (fx) => {
      for (const c of ['ops-01', 'prod-01'])
        fx.replace(
          `${AOA}/values.${c}.yaml`,
          '  targetRevision: stable\n',
          '  targetRevision: stable\n  logLevel: warn\n',
        );
    },
  ],
  [
    'the ConfigMap template deleted',
    (fx) =>
      fx.write(`${AOA}/templates/platform.yaml`, PLATFORM.slice(0, PLATFORM.indexOf('---\napiVersion: v1'))),
  ],
  ['a comment only (nothing changes)', (fx) => fx.append(`${AOA}/values.yaml`, '\n# a note\n')],
];

describe("the changed set equals the oracle's (plain helm template of each cluster at both refs)", () => {
  let s: ObjectScenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it.each(EDITS)('%s', async (name, edit) => {
    s = objectScenario(edit);
    const report = await runDiff(s, APP_OF_APPS_ONLY);
    expect(report.complete).toBe(true);
    const expected = oracleChanges(s.before, s.after);
    // Every edit but the comment changes something: the oracle is not vacuously equal.
    expect(expected.length > 0).toBe(!name.includes('nothing changes'));
    expect(reported(report)).toEqual(expected);
    expect(report.changedClusters).toEqual(
      CLUSTERS.filter((c) => expected.some((e) => e.startsWith(`${c} `))),
    );
  });
});
