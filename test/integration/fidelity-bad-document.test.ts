import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { argoRender, changedNames } from '../helpers/argo-render.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll } from '../helpers/git.js';
import { HELM_MAJORS, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const AOA = 'charts/app-of-apps';
const EXTRA = `${AOA}/templates/extra.yaml`;
/** Helm renders it (it reads each document's head only); Argo CD refuses the list's item that is no object. */
const BAD_LIST = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: fine',
  '---',
  'apiVersion: v1',
  'kind: List',
  'items:',
  '  - just text',
  '',
].join('\n');
const DUPLICATED = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: twice\ndata:\n  k: one\n  k: two\n';

describe.each(HELM_MAJORS)('one bad document in the rendered output (helm %i)', (major) => {
  let fx: FixtureRepo | undefined;
  let s: Scenario | undefined;
  afterEach(() => {
    fx?.cleanup();
    s?.fx.cleanup();
    fx = s = undefined;
  });

  it('validate: a finding on that document; every cluster still rendered and its Applications checked', async () => {
    fx = new FixtureRepo();
    fx.write(EXTRA, BAD_LIST);
    fx.write(`${AOA}/templates/twice.yaml`, DUPLICATED);
    // A defect in an Application of one cluster: still found, so that cluster's objects were checked.
    fx.replace(
      `${AOA}/values.dev-01.yaml`,
      'https://dev-01.k8s.example.com',
      'https://prod-01.k8s.example.com',
    );
    const r = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(major),
      logger: new RecordingLogger(),
    });
    expect(r.findings.map((f) => [f.severity, f.rule, f.file, f.line, f.cluster])).toEqual([
      ['error', 'manifest-invalid', EXTRA, null, null],
      ['error', 'manifest-duplicate-key', `${AOA}/templates/twice.yaml`, null, null],
      ['error', 'destination-mismatch', `${AOA}/values.dev-01.yaml`, 4, 'dev-01'],
    ]);
    expect(r.findings[0]!.message).toBe(
      `helm rendered a document Argo CD cannot read (${EXTRA}, document 2): items[0] of a list must be an object, got a string (clusters: dev-01, ops-01, prod-01, stag-01)`,
    );
    expect(r.clusters.map((c) => [c.name, c.rendered, c.applications])).toEqual([
      ['dev-01', true, 9],
      ['stag-01', true, 9],
      ['ops-01', true, 9],
      ['prod-01', true, 10],
    ]);
  });

  it('diff: the other objects are compared, and the unread document makes the report incomplete', async () => {
    s = scenario((f) => {
      f.write(EXTRA, BAD_LIST);
      f.write(`${AOA}/templates/twice.yaml`, DUPLICATED);
    });
    // Base has the bad document; head keeps it and changes dev-01's Prometheus retention.
    const chart = path.join(s.fx.dir, AOA);
    const before = argoRender(chart, 'dev-01-apps', ['values.dev-01.yaml'], major);
    s.base = s.head;
    s.fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
    s.head = commitAll(s.fx.dir, s.env, 'retention');
    const after = argoRender(chart, 'dev-01-apps', ['values.dev-01.yaml'], major);

    const report = await runDiff(s, { helm: testHelm(major) });
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    expect(dev.apps.map((a) => a.name).sort()).toEqual(changedNames(before, after));
    expect(dev.apps.map((a) => [a.name, a.status])).toEqual([['dev-01-monitoring', 'modified']]);
    expect(dev.status).toBe('changed');
    expect(dev.errors).toEqual([
      `${EXTRA}, document 2 at base: not compared: helm rendered a document that cannot be read`,
      `${EXTRA}, document 2 at head: not compared: helm rendered a document that cannot be read`,
    ]);
    expect(report.complete).toBe(false);
    // The clusters whose inputs did not change are proven unchanged, bad document or not.
    expect(
      report.clusters.filter((c) => c.name !== 'dev-01').map((c) => [c.name, c.status, c.errors]),
    ).toEqual([
      ['stag-01', 'unchanged', []],
      ['ops-01', 'unchanged', []],
      ['prod-01', 'unchanged', []],
    ]);
    expect(report.validation.findings.map((f) => f.rule)).toEqual([
      'manifest-invalid',
      'manifest-duplicate-key',
    ]);
  });
});
