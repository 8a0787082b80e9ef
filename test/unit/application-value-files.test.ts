import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationValueFiles } from '../../src/gitops/application-value-files.js';
import type { ApplicationObject } from '../../src/gitops/applications.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const REPO = 'https://github.com/acme/fleet';

let fx: FixtureRepo;
let files: RepoFiles;
beforeEach(() => {
  fx = new FixtureRepo(null);
  for (const f of [
    'charts/gateway/values.yaml',
    'charts/gateway/values-prd-2-gateway.yaml',
    'charts/gateway/values-prd-1-gateway.yaml',
    'charts/gateway/values-edge.yaml',
    'environments/prd-2/gateway.yaml',
  ])
    fx.write(f, 'a: 1\n');
  files = new RepoFiles(fx.dir, defaultYamlLimits);
});
afterEach(() => fx.cleanup());

const app = (name: string, source: Record<string, unknown>, sources?: Record<string, unknown>[]) =>
  ({
    metadata: { name, namespace: 'argocd' },
    spec: {
      project: 'default',
      destination: { namespace: 'edge' },
      ...(sources ? { sources } : { source }),
    },
  }) as ApplicationObject;

describe('the value files an Application reads, as Argo CD resolves them', () => {
  it('substitutes this Application’s build variables ($ARGOCD_APP_NAME, $ARGOCD_APP_NAMESPACE)', () => {
    const helm = {
      ignoreMissingValueFiles: true,
      valueFiles: ['values.yaml', 'values-$ARGOCD_APP_NAME.yaml', 'values-${ARGOCD_APP_NAMESPACE}.yaml'],
    };
    const got = applicationValueFiles(
      files,
      app('prd-2-gateway', { repoURL: REPO, path: 'charts/gateway', helm }),
      REPO,
      'argocd',
    );
    expect(got).toEqual([
      {
        dir: 'charts/gateway',
        files: [
          'charts/gateway/values.yaml',
          'charts/gateway/values-prd-2-gateway.yaml',
          'charts/gateway/values-edge.yaml',
        ],
      },
    ]);
  });

  it('follows $ref/… of this repository; sources of other repositories read nothing here', () => {
    const got = applicationValueFiles(
      files,
      app('prd-2-gateway', {}, [
        { repoURL: 'https://charts.example.com', chart: 'gateway', helm: { valueFiles: ['$values/x.yaml'] } },
        {
          repoURL: REPO,
          path: 'charts/gateway',
          helm: { valueFiles: ['$values/environments/prd-2/gateway.yaml'] },
        },
        { repoURL: REPO, ref: 'values' },
        { repoURL: 'https://github.com/other/repo', path: 'charts/gateway' },
      ]),
      REPO,
      'argocd',
    );
    expect(got).toEqual([{ dir: 'charts/gateway', files: ['environments/prd-2/gateway.yaml'] }]);
  });

  it('an Application outside the control plane namespace is `<ns>_<name>` in $ARGOCD_APP_NAME', () => {
    const helm = { ignoreMissingValueFiles: true, valueFiles: ['values-$ARGOCD_APP_NAME.yaml'] };
    const got = applicationValueFiles(
      files,
      app('prd-2-gateway', { repoURL: REPO, path: 'charts/gateway', helm }),
      REPO,
      'gitops',
    );
    // Argo CD in `gitops` names the Application `argocd_prd-2-gateway`: no such file here.
    expect(got).toEqual([{ dir: 'charts/gateway', files: [] }]);
  });
});
