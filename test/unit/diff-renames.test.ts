import { describe, expect, it } from 'vitest';
import { compareApps } from '../../src/diff/compare-apps.js';
import type { CompareContext } from '../../src/diff/compare-model.js';
import { ignoreRules } from '../../src/diff/ignore.js';
import type { ApplicationObject, RenderedApp } from '../../src/gitops/applications.js';
import type { Cluster } from '../../src/gitops/topology.js';

const cluster = { name: 'dev-01' } as Cluster;
const destination = { server: 'https://dev-01.k8s.example.com', namespace: 'apps' };

function app(name: string, spec: Record<string, unknown>): RenderedApp {
  const object = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: { project: 'default', destination, ...spec },
  } as unknown as ApplicationObject;
  return {
    cluster,
    name,
    namespace: 'argocd',
    component: name.replace('dev-01-', ''),
    template: null,
    object,
  };
}

const ctx = {
  cluster: 'dev-01',
  deep: false,
  rules: ignoreRules({ paths: [], labels: [], annotations: [] }),
  ignored: {},
  concurrency: 1,
  secretSalt: 'salt',
} as unknown as CompareContext;

const renames = async (before: RenderedApp[], after: RenderedApp[]) =>
  (await compareApps(before, after, ctx)).changes.map((c) => [
    c.status,
    c.name,
    c.renamedFrom ?? c.renamedTo ?? null,
  ]);

describe('renames', () => {
  const chart = (name: string) => ({
    repoURL: 'https://charts.example.com',
    chart: name,
    targetRevision: '1.0.0',
  });
  const values = {
    repoURL: 'https://github.com/example-org/gitops-repo.git',
    ref: 'values',
    targetRevision: 'dev',
  };

  it('two multi-source Applications with other sources and the same destination are no rename', async () => {
    expect(
      await renames(
        [app('dev-01-redis', { sources: [chart('redis'), values] })],
        [app('dev-01-postgres', { sources: [chart('postgres'), values] })],
      ),
    ).toEqual([
      ['added', 'dev-01-postgres', null],
      ['removed', 'dev-01-redis', null],
    ]);
  });

  it('the same sources and destination under a new name are one (key order aside)', async () => {
    const renamed = app('dev-01-cache', {
      sources: [chart('redis'), values],
      destination: { namespace: destination.namespace, server: destination.server },
    });
    expect(await renames([app('dev-01-redis', { sources: [chart('redis'), values] })], [renamed])).toEqual([
      ['added', 'dev-01-cache', 'dev-01-redis'],
      ['removed', 'dev-01-redis', 'dev-01-cache'],
    ]);
  });
});
