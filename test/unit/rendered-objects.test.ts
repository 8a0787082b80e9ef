import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/gitops/manifests.js';
import { renderedResources } from '../../src/diff/deep.js';
import { apiGroup, collectObjects, identifyObjects, objectKey } from '../../src/gitops/objects.js';
import type { Cluster } from '../../src/gitops/topology.js';

// The bootstrap renders with helm.namespace `argo`; its destination namespace is also `argo`.
const cluster = {
  name: 'dev-01',
  chart: 'charts/app-of-apps',
  namespace: 'argo',
  application: { namespace: 'argo' },
} as Cluster;
const m = (object: Record<string, unknown>, source = 'app-of-apps/templates/x.yaml'): Manifest => ({
  source,
  object,
});

describe('the identity Argo CD gives a rendered object', () => {
  it('an object that names no namespace lands in the destination namespace, not the helm.namespace one', () => {
    const templated = { ...cluster, namespace: 'templating', application: { namespace: 'apps' } } as Cluster;
    const [a] = collectObjects(templated, [
      m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
    ]);
    expect(a!.namespace).toBe('apps');
    const noDestination = { ...cluster, namespace: 'argo', application: { namespace: '' } } as Cluster;
    const [b] = collectObjects(noDestination, [
      m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
    ]);
    expect(b!.namespace).toBe('argo');
  });

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

describe('the identity of the resources a component chart renders (deep mode)', () => {
  it('is the same identity: the Application namespace by default, none for cluster-scoped kinds', () => {
    const resources = renderedResources(
      [
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dashboard' } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'dashboard', namespace: 'edge' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' } },
      ],
      'ops-dashboard',
    );
    expect([...resources.values()].map((r) => [r.kind, r.namespace, r.name])).toEqual([
      ['Deployment', 'ops-dashboard', 'dashboard'],
      ['Service', 'edge', 'dashboard'],
      ['ClusterRole', '', 'reader'],
    ]);
    const [deployment] = identifyObjects(
      [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dashboard' } }],
      'ops-dashboard',
    );
    expect(resources.has(objectKey(deployment!))).toBe(true);
  });

  it('an object that names the default namespace is the one that names none; the later one is kept', () => {
    const resources = renderedResources(
      [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: '1' } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'ns' }, data: { a: '2' } },
      ],
      'ns',
    );
    expect([...resources.values()].map((r) => r.object.data)).toEqual([{ a: '2' }]);
  });
});
