import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffBetween, summarize } from '../helpers/fixture-cli.js';
import type { FixtureHistory } from '../helpers/fixture-history.js';
import { editedHistory } from '../helpers/edited-history.js';
import { oracleCase, snapshotter } from '../helpers/oracle-compare.js';

/**
 * A component directory with a Chart.yaml is not always rendered by helm: Argo CD picks kustomize
 * when a kustomization file is beside it (and the tool a source names wins). Deep mode must not
 * render helm there and call the result Argo CD's: what it deploys is unknown, with the reason.
 */
const WORKER = 'components/worker';
const TEMPLATE = 'clusters/apps/templates/applications.yaml';

const edit = (dir: string, rel: string, f: (t: string) => string) =>
  writeFileSync(path.join(dir, rel), f(readFileSync(path.join(dir, rel), 'utf8')));

describe('a component chart that Argo CD renders with kustomize', () => {
  let h: FixtureHistory;
  beforeAll(() => {
    h = editedHistory(
      'no-chart-values-repo',
      (dir) => {
        writeFileSync(
          path.join(dir, WORKER, 'kustomization.yaml'),
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [manifests.yaml, ../../shared/worker]\n',
        );
        mkdirSync(path.join(dir, 'shared/worker'), { recursive: true });
        writeFileSync(path.join(dir, 'shared/worker/kustomization.yaml'), 'resources: [cm.yaml]\n');
        writeFileSync(path.join(dir, 'shared/worker/cm.yaml'), 'kind: ConfigMap\nmetadata: { name: w }\n');
        // The worker's source names no tool (a `helm:` block would make it helm): discovery decides.
        edit(dir, TEMPLATE, (t) =>
          t
            .replace('    helm:\n', '    {{- if ne $name "worker" }}\n    helm:\n')
            .replace('  destination:\n', '    {{- end }}\n  destination:\n'),
        );
      },
      [
        {
          step: '1-worker-image',
          edit: (dir) =>
            edit(dir, `${WORKER}/templates/deployment.yaml`, (t) => t.replace(':0.4.0', ':0.5.0')),
        },
        {
          step: '2-shared-base',
          edit: (dir) => edit(dir, 'shared/worker/cm.yaml', (t) => `${t}data: { level: debug }\n`),
        },
      ],
    );
  });
  afterAll(() => h.cleanup());
  const sha = (step: string) => h.commits.find((c) => c.step === step)!.sha;

  it('is unknown with the reason, never a helm render presented as the change', async () => {
    const d = await diffBetween(h, sha('base'), sha('1-worker-image'));
    const worker = (c: string) => [
      `Application argocd/${c}-worker: modified`,
      `  unknown: files under ${WORKER} changed and kustomize source ${WORKER} is not rendered`,
    ];
    expect(summarize(d)).toEqual({
      code: 2,
      complete: false,
      changedClusters: ['dev', 'prod'],
      clusters: {
        dev: { status: 'changed', changes: worker('dev') },
        prod: { status: 'changed', changes: worker('prod') },
      },
    });
    const c = await oracleCase(h, snapshotter(h), sha('base'), sha('1-worker-image'));
    expect(c.engine).toEqual(c.oracle);
  });

  it('a change to a base the kustomization names outside its directory: unknown, never proven unchanged', async () => {
    const d = await diffBetween(h, sha('1-worker-image'), sha('2-shared-base'));
    const worker = (c: string) => [
      `Application argocd/${c}-worker: modified`,
      `  unknown: files under shared/worker changed and kustomize source ${WORKER} is not rendered`,
    ];
    expect(summarize(d)).toEqual({
      code: 2,
      complete: false,
      changedClusters: ['dev', 'prod'],
      clusters: {
        dev: { status: 'changed', changes: worker('dev') },
        prod: { status: 'changed', changes: worker('prod') },
      },
    });
  });
});
