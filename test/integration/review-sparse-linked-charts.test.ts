import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { validate } from '../../src/commands/validate.js';
import type { DiffReport } from '../../src/diff/model.js';
import { createGit } from '../../src/git/git.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/**
 * Review of the sparse trees (55e7174): helm must read from a sparse tree what it reads from a
 * checkout. materializePaths follows the symlinks of the charts it writes, but never the symlinks
 * of a directory that is not inside a chart: a chart whose Chart.yaml is itself a link (so it is not
 * a "chart directory"), or a plain directory a chart links to, whose own links lead into a chart
 * nothing else asked for. Those links dangle in the sparse tree; helm fails where a checkout renders.
 *
 * Oracle: on the checkout of head (every file on disk) `validate` is clean and helm renders the
 * component chart; the diff of the previous code (full exports, 55e7174~1, built and run on the
 * same repos) reported the resource change with the report complete.
 */

let fx: FixtureRepo | undefined;
afterEach(() => fx?.cleanup());

function link(rel: string, to: string): void {
  const file = fx!.path(rel);
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync(to, file);
}

/** The example repo with dev-01's monitoring Application pointed at `chart`, and head raising its retention. */
async function diffOfRetention(setup: () => void, chart?: string): Promise<DiffReport> {
  const env = isolatedGitEnv();
  setup();
  if (chart)
    fx!.replace(
      'charts/app-of-apps/values.dev-01.yaml',
      'monitoring:\n  source:\n',
      `monitoring:\n  source:\n    path: ${chart}\n`,
    );
  const base = initRepo(fx!.dir, env);
  fx!.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 5d');
  const head = commitAll(fx!.dir, env, 'retention');
  // A checkout of head validates, and its component chart renders: the layout is valid.
  const checkout = await validate({
    repoDir: fx!.dir,
    git: createGit(fx!.dir, env),
    helm: testHelm(),
    logger: new RecordingLogger(),
  });
  expect(checkout.findings).toEqual([]);
  const component = await testHelm().template({
    releaseName: 'monitoring',
    chartDir: fx!.path(chart ?? 'charts/monitoring'),
    namespace: 'monitoring',
    valueFiles: ['values.yaml', 'values.dev-01.yaml'].map((v) =>
      fx!.path(`${chart ?? 'charts/monitoring'}/${v}`),
    ),
    parameters: [],
  });
  expect(component.ok).toBe(true);
  expect(component.stdout).toContain('name: monitoring-prometheus');
  return diff({
    git: createGit(fx!.dir, env),
    base,
    head,
    helm: testHelm(),
    logger: new RecordingLogger(),
    secretSalt: 's',
  });
}

function expectRetentionShown(report: DiffReport): void {
  const dev = report.clusters.find((c) => c.name === 'dev-01')!;
  const app = dev.apps.find((a) => a.name === 'dev-01-monitoring')!;
  expect(dev.errors).toEqual([]);
  expect(app.deep?.state).toBe('rendered');
  const fields = app.deep?.state === 'rendered' ? app.deep.resources.flatMap((r) => r.fields) : [];
  expect(fields).toContainEqual({
    path: 'spec.template.spec.containers[name=prometheus].args[1]',
    old: '--storage.tsdb.retention.time=2d',
    new: '--storage.tsdb.retention.time=5d',
  });
  expect(report.validation.findings).toEqual([]);
  expect(report.complete).toBe(true);
}

describe('review: sparse trees and symlinks outside chart directories', () => {
  it('a chart whose Chart.yaml and templates are symlinks into another chart renders as in a checkout', async () => {
    fx = new FixtureRepo();
    // An environment chart sharing a base chart's Chart.yaml and templates: its own values only.
    const report = await diffOfRetention(() => {
      link('charts/monitoring-env/Chart.yaml', '../monitoring/Chart.yaml');
      link('charts/monitoring-env/templates', '../monitoring/templates');
      fx!.write('charts/monitoring-env/values.yaml', fx!.read('charts/monitoring/values.yaml'));
      fx!.write('charts/monitoring-env/values.dev-01.yaml', fx!.read('charts/monitoring/values.dev-01.yaml'));
    }, 'charts/monitoring-env');
    // Today: "unable to detect chart at …/head/charts/monitoring-env/Chart.yaml: no such file or
    // directory", a helm-template validation error at head, and the diff incomplete.
    expectRetentionShown(report);
  });

  it("a chart's link into a plain directory whose own links lead into another chart renders as in a checkout", async () => {
    fx = new FixtureRepo();
    const report = await diffOfRetention(() => {
      fx!.write('charts/lib/Chart.yaml', 'apiVersion: v2\nname: lib\nversion: 0.1.0\n');
      fx!.write(
        'charts/lib/templates/shared.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\ndata:\n  retention: {{ .Values.prometheus.retention | quote }}\n',
      );
      // shared-templates/ is no chart (its files are on disk from the start); its link leads into lib.
      link('shared-templates/shared.yaml', '../charts/lib/templates/shared.yaml');
      link('charts/monitoring/templates/shared', '../../../shared-templates');
    });
    // Today: "error evaluating symlink …/charts/monitoring/templates/shared/shared.yaml: lstat
    // …/charts/lib/templates/shared.yaml: no such file or directory" in every cluster: all four are
    // said changed-and-unrendered, the report incomplete.
    expectRetentionShown(report);
    expect(report.changedClusters).toEqual(['dev-01']);
  });
});
