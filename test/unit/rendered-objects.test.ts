import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/gitops/manifests.js';
import { apiGroup, collectObjects, objectKey } from '../../src/gitops/objects.js';
import type { Cluster } from '../../src/gitops/topology.js';

const cluster = { name: 'dev-01', chart: 'charts/app-of-apps', namespace: 'argo' } as Cluster;
const m = (object: Record<string, unknown>, source = 'app-of-apps/templates/x.yaml'): Manifest => ({
  source,
  object,
});

describe('the identity Argo CD gives a rendered object', () => {
  it('group, kind, namespace (the release namespace when none is rendered), name', () => {
    const [a, b] = collectObjects(cluster, [
      m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
      m({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'AppProject',
        metadata: { name: 'p', namespace: 'argocd' },
      }),
    ]);
    expect([a!.group, a!.kind, a!.namespace, a!.name, a!.template]).toEqual([
      '',
      'ConfigMap',
      'argo',
      'x',
      'charts/app-of-apps/templates/x.yaml',
    ]);
    expect([b!.group, b!.namespace]).toEqual(['argoproj.io', 'argocd']);
    expect(apiGroup('apps/v1')).toBe('apps');
  });

  it('another version of one API group is the same object; another group is another', () => {
    const [a, b, c] = collectObjects(cluster, [
      m({ apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'x' } }),
      m({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'x' } }),
      m({ apiVersion: 'other.io/v1', kind: 'PodDisruptionBudget', metadata: { name: 'x' } }),
    ]);
    expect(objectKey(a!)).toBe(objectKey(b!));
    expect(objectKey(a!)).not.toBe(objectKey(c!));
  });

  it('cluster-scoped kinds have no namespace: built-in ones, and those a CRD of the render declares', () => {
    const objects = collectObjects(cluster, [
      m({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tools', namespace: 'argocd' } }),
      m({
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'widgets.example.com' },
        spec: { group: 'example.com', scope: 'Cluster', names: { kind: 'Widget' } },
      }),
      m({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }),
      m({ apiVersion: 'example.com/v1', kind: 'Gadget', metadata: { name: 'g' } }),
    ]);
    expect(objects.map((o) => [o.kind, o.namespace])).toEqual([
      ['Namespace', ''],
      ['CustomResourceDefinition', ''],
      ['Widget', ''],
      ['Gadget', 'argo'],
    ]);
  });

  it('hooks with a generateName are numbered from the second on; missing fields are empty', () => {
    const hook = { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'migrate-' } };
    const objects = collectObjects(cluster, [m(hook), m(hook), m({ metadata: 'x' })]);
    expect(objects.map((o) => [o.apiVersion, o.kind, o.name])).toEqual([
      ['batch/v1', 'Job', 'migrate-*'],
      ['batch/v1', 'Job', 'migrate-*2'],
      ['', '', ''],
    ]);
  });
});
