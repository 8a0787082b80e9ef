import { isMap } from '../util/is-map.js';
import { landingNamespace, templatePath, type LevelOrigin } from './applications.js';
import type { Manifest } from './manifests.js';
import type { Cluster } from './topology.js';

/**
 * One object a cluster's app-of-apps chart renders (an Application, an AppProject, a ConfigMap…),
 * named as Argo CD names it when it applies the render: by its identity (group, kind, namespace, name).
 */
export interface RenderedObject {
  cluster: Cluster;
  /** As rendered ('' when missing or not a string). */
  apiVersion: string;
  kind: string;
  /** The API group of apiVersion (`argoproj.io`; '' for the core group). */
  group: string;
  /**
   * Where Argo CD applies it: '' for a cluster-scoped kind, else `metadata.namespace`, else the
   * bootstrap's release namespace (Argo CD sets a namespaced object's missing namespace so).
   */
  namespace: string;
  /** `metadata.name`; for an object with only `generateName`, that prefix and `*` (a hook). */
  name: string;
  /** Repo-relative template file that rendered it, or null. */
  template: string | null;
  object: Record<string, unknown>;
  /** The Application whose nested app-of-apps chart rendered it (absent at the cluster's own level). */
  parent?: string;
  /** Every Application above it, outermost first (the parent last); absent at the cluster's own level. */
  ancestors?: string[];
}

/**
 * Cluster-scoped kinds of Kubernetes itself and of widely used CRDs, by `group/kind`. Argo CD asks the
 * cluster; offline a kind is cluster-scoped when it is one of these or a CRD of the same render says
 * `scope: Cluster`. Any other kind counts as namespaced, as Argo CD counts a kind it does not know.
 */
const CLUSTER_SCOPED = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'certificates.k8s.io/CertificateSigningRequest',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/IPAddress',
  'networking.k8s.io/ServiceCIDR',
  'node.k8s.io/RuntimeClass',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceSlice',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'cert-manager.io/ClusterIssuer',
  'external-secrets.io/ClusterSecretStore',
  'external-secrets.io/ClusterExternalSecret',
  'gateway.networking.k8s.io/GatewayClass',
  'kyverno.io/ClusterPolicy',
  'snapshot.storage.k8s.io/VolumeSnapshotClass',
  'snapshot.storage.k8s.io/VolumeSnapshotContent',
]);

/** `argoproj.io/v1alpha1` → `argoproj.io`; `v1` → '' (the core group). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** What Argo CD identifies an object by, and where it applies it (see RenderedObject). */
export type ObjectIdentity = Pick<RenderedObject, 'apiVersion' | 'kind' | 'group' | 'namespace' | 'name'>;

/**
 * The identity of every object of one render (an app-of-apps chart's or a component chart's):
 * a namespaced object that names no namespace lands in `defaultNamespace` (the Application's
 * release/destination namespace), a cluster-scoped one in none.
 */
export function identifyObjects(
  objects: readonly Record<string, unknown>[],
  defaultNamespace: string,
): ObjectIdentity[] {
  const clusterScoped = new Set([...CLUSTER_SCOPED, ...crdScopes(objects)]);
  const prefixes = new Map<string, number>();
  return objects.map((o) => {
    const meta = isMap(o.metadata) ? o.metadata : {};
    const apiVersion = typeof o.apiVersion === 'string' ? o.apiVersion : '';
    const kind = typeof o.kind === 'string' ? o.kind : '';
    const group = apiGroup(apiVersion);
    const namespace = clusterScoped.has(`${group}/${kind}`)
      ? ''
      : typeof meta.namespace === 'string' && meta.namespace !== ''
        ? meta.namespace
        : defaultNamespace;
    const name = objectName(meta, `${group}/${kind}/${namespace}`, prefixes);
    return { apiVersion, kind, group, namespace, name };
  });
}

/** Every object of a cluster's render (or of one of its nested levels), with the identity Argo CD gives it. */
export function collectObjects(
  cluster: Cluster,
  manifests: readonly Manifest[],
  origin: LevelOrigin = { chart: cluster.chart, namespace: landingNamespace(cluster) },
): RenderedObject[] {
  const ids = identifyObjects(
    manifests.map((m) => m.object),
    origin.namespace,
  );
  return manifests.map((m, i) => ({
    cluster,
    ...ids[i]!,
    template: templatePath(origin.chart, m.source),
    object: m.object,
    ...(origin.level ? { parent: origin.level.parent, ancestors: origin.level.ancestors } : {}),
  }));
}

/**
 * `metadata.name`, else (a hook Argo CD creates under a fresh name each time) `generateName` and `*`,
 * numbered from the second object with the same prefix on: two hooks are two objects.
 */
function objectName(meta: Record<string, unknown>, scope: string, prefixes: Map<string, number>): string {
  if (typeof meta.name === 'string' && meta.name !== '') return meta.name;
  if (typeof meta.generateName !== 'string' || meta.generateName === '') return '';
  const key = `${scope}/${meta.generateName}`;
  const n = (prefixes.get(key) ?? 0) + 1;
  prefixes.set(key, n);
  return `${meta.generateName}*${n > 1 ? n : ''}`;
}

/** `group/kind` of every CustomResourceDefinition in the render that says `scope: Cluster`. */
function crdScopes(objects: readonly Record<string, unknown>[]): string[] {
  const out: string[] = [];
  for (const object of objects) {
    if (object.kind !== 'CustomResourceDefinition' || !isMap(object.spec)) continue;
    const { scope, group, names } = object.spec;
    if (scope === 'Cluster' && typeof group === 'string' && isMap(names) && typeof names.kind === 'string')
      out.push(`${group}/${names.kind}`);
  }
  return out;
}

/** The identity Argo CD keys an object by: two objects with one identity are one live resource. */
export function objectKey(o: Pick<RenderedObject, 'group' | 'kind' | 'namespace' | 'name'>): string {
  return JSON.stringify([o.group, o.kind, o.namespace, o.name]);
}

/** `Kind namespace/name`, or `Kind name` for a cluster-scoped object: how reports name an object. */
export function describeObject(o: Pick<RenderedObject, 'kind' | 'namespace' | 'name'>): string {
  return `${o.kind || '(no kind)'} ${o.namespace ? `${o.namespace}/` : ''}${o.name || '(no name)'}`;
}
