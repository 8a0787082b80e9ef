import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../helpers/diff-scenario.js';
import { runDiff, scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';

const AOA = 'charts/app-of-apps';

/** loki deployed from a plain manifests directory of the repo (no Chart.yaml), then `change` committed. */
function plainDirectoryScenario(change: (fx: FixtureRepo) => void): Scenario {
  const fx = new FixtureRepo();
  fx.replace(`${AOA}/values.yaml`, 'path: charts/loki', 'path: manifests/loki');
  fx.write(
    'manifests/loki/configmap.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loki\ndata:\n  retention: 2d\n',
  );
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  change(fx);
  return { fx, env, base, head: commitAll(fx.dir, env, 'change') };
}

describe('an in-repo source deep mode does not render (plain manifests)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a change under it is unknown, never "unchanged": the report is incomplete', async () => {
    s = plainDirectoryScenario((fx) =>
      fx.replace('manifests/loki/configmap.yaml', 'retention: 2d', 'retention: 9d'),
    );
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    const withLoki = report.clusters.filter((c) => c.errors.length > 0);
    expect(withLoki.length).toBeGreaterThan(0);
    for (const c of withLoki) {
      expect(c.status).toBe('error');
      expect(c.errors).toEqual([
        `${c.name}-loki: not compared: files under manifests/loki changed; plain manifests are not rendered`,
      ]);
    }
  });

  it('a change elsewhere leaves it proven unchanged', async () => {
    s = plainDirectoryScenario((fx) => fx.write('README.md', 'docs\n'));
    const report = await runDiff(s);
    expect(report.complete).toBe(true);
    expect(report.changed).toBe(false);
  });
});

describe("the diff's policy is the base's, not the pull request's", () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const CONFIG = '.github/gitops-promotion.yaml';

  it('a head config that turns deep mode off, ignores fields or drops production hides nothing', async () => {
    s = scenario((fx) => {
      fx.replace('charts/monitoring/values.yaml', 'tag: v2.54.1', 'tag: evil');
      fx.replace(`${AOA}/values.prod-01.yaml`, 'values.enforce.yaml', 'values.audit.yaml');
      fx.append(
        CONFIG,
        'diff:\n  deep: false\n  productionEnvironments: []\n  ignore:\n    paths: ["/spec/source/helm"]\n',
      );
    });
    const report = await runDiff(s);
    const images = report.clusters.flatMap((c) =>
      c.apps.flatMap((a) => (a.deep.state === 'rendered' ? a.deep.resources : [])),
    );
    expect(images.some((r) => r.unified.includes('evil'))).toBe(true);
    expect(report.risks.some((r) => r.kind === 'production-changed' && r.cluster === 'prod-01')).toBe(true);
  });
});
