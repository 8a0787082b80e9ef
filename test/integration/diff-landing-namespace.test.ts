import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffBetween, summarize } from '../helpers/fixture-cli.js';
import type { FixtureHistory } from '../helpers/fixture-history.js';
import { editedHistory } from '../helpers/edited-history.js';
import { oracleCase, snapshotter } from '../helpers/oracle-compare.js';

/**
 * Where an object that names no namespace lands: Argo CD applies it in the Application's
 * destination namespace, whatever `helm.namespace` templated `.Release.Namespace` with. The worker
 * of no-chart-values-repo is templated in `templating` and deployed to `worker`.
 */
const TEMPLATE = 'clusters/apps/templates/applications.yaml';
const DEV = 'clusters/apps/values-dev.yaml';

const edit = (dir: string, rel: string, f: (t: string) => string) =>
  writeFileSync(path.join(dir, rel), f(readFileSync(path.join(dir, rel), 'utf8')));

describe('an object without a namespace, helm.namespace set', () => {
  let h: FixtureHistory;
  beforeAll(() => {
    h = editedHistory(
      'no-chart-values-repo',
      (dir) => {
        edit(dir, TEMPLATE, (t) =>
          t.replace(
            '      valueFiles:\n',
            '      {{- if eq $name "worker" }}\n      namespace: templating\n      {{- end }}\n      valueFiles:\n',
          ),
        );
      },
      [
        {
          step: '1-dev-worker-replicas',
          edit: (dir) => edit(dir, DEV, (t) => `${t}  worker:\n    replicas: 3\n`),
        },
      ],
    );
  });
  afterAll(() => h.cleanup());
  const sha = (step: string) => h.commits.find((c) => c.step === step)!.sha;

  it('is reported in the destination namespace, as the oracle says', async () => {
    const d = await diffBetween(h, sha('base'), sha('1-dev-worker-replicas'));
    expect(summarize(d).clusters.dev?.changes).toEqual([
      'Application argocd/dev-worker: modified',
      '  Deployment worker/worker: modified',
    ]);
    const c = await oracleCase(h, snapshotter(h), sha('base'), sha('1-dev-worker-replicas'));
    expect(c.engine).toEqual(c.oracle);
    expect(c.oracle.deep).toEqual(['dev|dev-worker|Deployment|worker|worker']);
  });
});
