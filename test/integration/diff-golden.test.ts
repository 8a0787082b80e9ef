import { afterEach, describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
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
      fx.write('charts/velero/values.stag-01.yaml', 'schedule: "0 3 * * *"\n');
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

  it('renders only the changed cluster when one values.<cluster>.yaml changes', async () => {
    s = scenario((fx) => fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d'));
    const { testHelm } = await import('../helpers/helm.js');
    const helm = testHelm();
    const report = await runDiff(s, { helm });
    // `helm template . --name-template=NAME …` runs in the chart directory; the values files say which tree.
    const rendered = helm.invocations
      .map((args) => {
        const name = args[2]!.replace('--name-template=', '');
        const values = args.find((a) => a.startsWith('--values='))!;
        const tree = /\/gp-diff-[^/]+\/(base|head)\//.exec(values)![1];
        const chart = /\/(charts\/[^/]+)\//.exec(values)![1];
        return `${name} ${tree}/${chart}`;
      })
      .sort();
    expect(rendered).toEqual([
      'dev-01-apps base/charts/app-of-apps',
      'dev-01-apps head/charts/app-of-apps',
      'monitoring base/charts/monitoring',
      'monitoring head/charts/monitoring',
    ]);
    expect(report.changedClusters).toEqual(['dev-01']);
    expect(report.stats).toEqual({
      clustersRendered: 2,
      clustersSkipped: 3,
      chartsRendered: 2,
      chartsSkipped: 8,
    });
  });

  it('says so when nothing changes, rendering nothing', async () => {
    s = scenario((fx) => fx.write('README.md', 'not part of any render\n'));
    const { testHelm } = await import('../helpers/helm.js');
    const helm = testHelm();
    const report = await runDiff(s, { helm });
    expect(helm.invocations).toEqual([]);
    expect(report.changed).toBe(false);
    expect(report.changedClusters).toEqual([]);
    expect(renderDiffMarkdown(report)).toContain('**No changes** to any rendered Application in 4 clusters.');
  });
});
