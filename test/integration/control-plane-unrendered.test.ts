/**
 * The control plane when a cluster does not render: validate and diff give one verdict, from the same
 * facts (every bootstrap Application, and the Applications that did render), and say when it is not proven.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { runDiff, scenarioWith, type Scenario } from '../helpers/diff-scenario.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const BROKEN = 'charts/app-of-apps/templates/broken.yaml';

/** Two clusters: ops-01, where Argo CD runs, deploys in-cluster; stag-01 deploys to its own API server. */
function opsInCluster(fx: FixtureRepo): void {
  fx.remove('argocd-bootstrap-apps/dev-01.yaml');
  fx.remove('argocd-bootstrap-apps/prod-01.yaml');
  fx.replace(
    'charts/app-of-apps/values.ops-01.yaml',
    'server: https://ops-01.k8s.example.com',
    'server: https://kubernetes.default.svc',
  );
}

describe('a cluster that fails to render at head', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('leaves the control plane unproven, in validate and in diff alike', async () => {
    s = scenarioWith(opsInCluster, (fx) => {
      fx.write(BROKEN, '{{ if eq .Values.cluster.name "stag-01" }}{{ fail "stag-01 is broken" }}{{ end }}\n');
      fx.append('charts/app-of-apps/values.ops-01.yaml', '\n# touched\n');
    });
    const validated = await validate({
      repoDir: s.fx.dir,
      helm: testHelm(),
      logger: new RecordingLogger(),
      git: createGit(s.fx.dir, s.env),
    });
    expect(validated.clusters.map((c) => [c.name, c.rendered])).toEqual([
      ['stag-01', false],
      ['ops-01', true],
    ]);
    // ops-01's Applications all deploy in-cluster: that alone does not prove one Argo CD per cluster.
    expect(validated.controlPlane).toEqual({
      kind: 'per-cluster',
      source: 'detected',
      reason:
        'every Application that rendered deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc or in-cluster); not proven: stag-01 did not render (set controlPlane to say)',
    });
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    expect(report.controlPlane).toEqual(validated.controlPlane);
  });

  it('with stag-01 rendering, its remote destinations say one Argo CD, in both commands', async () => {
    s = scenarioWith(opsInCluster, (fx) =>
      fx.append('charts/app-of-apps/values.ops-01.yaml', '\n# touched\n'),
    );
    const validated = await validate({
      repoDir: s.fx.dir,
      helm: testHelm(),
      logger: new RecordingLogger(),
      git: createGit(s.fx.dir, s.env),
    });
    expect(validated.controlPlane.kind).toBe('single');
    expect(validated.controlPlane.reason).toMatch(/\(cluster stag-01\) deploys to https:\/\/stag-01\./);
    expect((await runDiff(s)).controlPlane).toEqual(validated.controlPlane);
  });
});
