import { afterEach, describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { expectGolden } from '../helpers/golden.js';

const AOA = 'charts/app-of-apps';

const SCENARIOS: [string, string, (fx: FixtureRepo) => void][] = [
  [
    'a values change in one cluster',
    'diff-one-cluster.md',
    (fx) => fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d'),
  ],
  [
    'a base values change hitting all clusters',
    'diff-all-clusters.md',
    (fx) =>
      fx.replace(
        `${AOA}/values.yaml`,
        'certManager:\n  enable: true\n  project: platform',
        'certManager:\n  enable: true\n  project: security',
      ),
  ],
  [
    'a component added and one removed',
    'diff-added-removed.md',
    (fx) => {
      fx.append(`${AOA}/values.stag-01.yaml`, '\nvelero:\n  enable: true\npromtail:\n  enable: false\n');
      fx.write('charts/velero/values.stag-01.yaml', 'backupStorage:\n  bucket: example-org-velero-stag-01\n');
    },
  ],
  [
    'an Application renamed',
    'diff-renamed.md',
    (fx) => fx.replace(`${AOA}/templates/kyverno.yaml`, '"name" "kyverno"', '"name" "policy-engine"'),
  ],
  [
    'a sync-wave change',
    'diff-sync-wave.md',
    (fx) =>
      fx.replace(
        `${AOA}/values.yaml`,
        'namespace: external-dns\n  annotations:\n    argocd.argoproj.io/sync-wave: "-5"',
        'namespace: external-dns\n  annotations:\n    argocd.argoproj.io/sync-wave: "-3"',
      ),
  ],
  [
    'a Secret change (data never printed)',
    'diff-secret.md',
    (fx) => fx.replace('charts/external-dns/values.yaml', 'apiToken: replace-me', 'apiToken: s3cr3t-v4lue'),
  ],
  [
    'a chart template change',
    'diff-chart-template.md',
    (fx) =>
      fx.replace(
        'charts/loki/templates/statefulset.yaml',
        '    app.kubernetes.io/instance: {{ .Release.Name }}\nspec:',
        '    app.kubernetes.io/instance: {{ .Release.Name }}\n    app.kubernetes.io/part-of: logging\nspec:',
      ),
  ],
];

describe('diff markdown (golden)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it.each(SCENARIOS)('%s', async (_name, golden, change) => {
    s = scenario(change);
    const report = await runDiff(s);
    expectGolden(golden, renderDiffMarkdown(report));
  });
});

describe('what diff renders', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('renders only the changed cluster at base when one values.<cluster>.yaml changes (head in full, for validation)', async () => {
    s = scenario((fx) => fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d'));
    const { testHelm } = await import('../helpers/helm.js');
    const helm = testHelm();
    const report = await runDiff(s, { helm });
    // Every render served (several of one chart may share a helm process): its chart directory says which tree.
    const rendered = helm.renders
      .map((r) => {
        const [, tree, chart] = /\/gp-(base|head)-[^/]+\/(charts\/[^/]+)$/.exec(r.chartDir)!;
        return `${r.releaseName} ${tree}/${chart}`;
      })
      .sort();
    expect(rendered).toEqual([
      'dev-01-apps base/charts/app-of-apps',
      'dev-01-apps head/charts/app-of-apps',
      'monitoring base/charts/monitoring',
      'monitoring head/charts/monitoring',
      'ops-01-apps head/charts/app-of-apps',
      'prod-01-apps head/charts/app-of-apps',
      'stag-01-apps head/charts/app-of-apps',
    ]);
    expect(report.changedClusters).toEqual(['dev-01']);
    expect(report.stats).toEqual({
      clustersRendered: 5,
      clustersSkipped: 3,
      chartsRendered: 2,
      chartsSkipped: 8,
    });
  });

  it('says so when nothing changes, rendering nothing but head for validation', async () => {
    s = scenario((fx) => fx.write('README.md', 'not part of any render\n'));
    const { testHelm } = await import('../helpers/helm.js');
    const helm = testHelm();
    const report = await runDiff(s, { helm });
    const names = helm.renders.map((r) => r.releaseName).sort();
    expect(names).toEqual(['dev-01-apps', 'ops-01-apps', 'prod-01-apps', 'stag-01-apps']);
    // The four app-of-apps renders of one chart share helm processes (at most one per core).
    expect(helm.invocations.length).toBeLessThan(4);
    expect(report.stats).toEqual({
      clustersRendered: 4,
      clustersSkipped: 4,
      chartsRendered: 0,
      chartsSkipped: 0,
    });
    expect(report.changed).toBe(false);
    expect(report.changedClusters).toEqual([]);
    const markdown = renderDiffMarkdown(report);
    // Nothing was compared (head rendered for validation only): proven from git object ids, and said so.
    expect(markdown).toContain(
      '**No render input changed** in 4 clusters: the same git object ids at both refs.',
    );
    expect(markdown).not.toContain('No changes');
  });

  it('says "No changes" when a cluster rendered at both refs compares equal, and how many objects', async () => {
    s = scenario((fx) => fx.append(`${AOA}/values.dev-01.yaml`, '\n# a comment renders nothing new\n'));
    const report = await runDiff(s);
    expect(report.changed).toBe(false);
    expect(report.clusters.map((c) => c.compared)).toEqual([9, null, null, null]);
    expect(renderDiffMarkdown(report)).toContain(
      '**No changes** in 4 clusters: 9 objects of 1 cluster rendered at both refs compared equal, 3 proven unchanged from git object ids.',
    );
    expect(renderDiffText(report)).toContain(
      'dev-01 (dev): unchanged (9 objects compared)\nstag-01 (staging): unchanged (same inputs at both refs, not rendered)\n',
    );
  });

  it('never says "No changes" when the clusters it rendered render nothing at either ref', async () => {
    s = scenario((fx) => {
      fx.write(`${AOA}/templates/nothing.yaml`, '{{- if .Values.never }}\nkind: ConfigMap\n{{- end }}\n');
      for (const t of [
        'argo-rollouts',
        'cert-manager',
        'envoy-gateway',
        'external-dns',
        'kyverno',
        'loki',
        'monitoring',
        'promtail',
        'sealed-secrets',
        'velero',
      ])
        fx.remove(`${AOA}/templates/${t}.yaml`);
    });
    // Base renders nothing too: compare head against itself with one more comment.
    const { commitAll } = await import('../helpers/git.js');
    s.fx.append(`${AOA}/values.dev-01.yaml`, '\n# nothing\n');
    const report = await runDiff({ ...s, base: s.head, head: commitAll(s.fx.dir, s.env, 'comment') });
    expect(report.changed).toBe(false);
    expect(report.clusters.map((c) => c.compared)).toEqual([0, null, null, null]);
    const markdown = renderDiffMarkdown(report);
    expect(markdown).not.toContain('No changes');
    expect(markdown).toContain(
      '**Nothing rendered**: **dev-01** renders no object at either ref, so no change can be shown; the other 3 clusters were proven unchanged from git object ids.',
    );
    expect(renderDiffText(report)).toContain(
      'dev-01 (dev): renders no object at either ref (nothing to compare)\n',
    );
  });
});
