import { clip } from '../util/clip.js';

/**
 * The label selector that lists a cluster's Applications (`<clusterLabel>=<cluster>`, as the argocd gate
 * asks), or why there is none: the names come from the repository, and a name that is not a label value
 * (`a,b!=c`) would make the selector say something else.
 */

const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A Kubernetes label key: `[prefix/]name`, the name at most 63 characters, the prefix a DNS subdomain. */
export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  const prefix = slash < 0 ? null : key.slice(0, slash);
  if (prefix !== null && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length <= 63 && NAME.test(name);
}

/** A non-empty Kubernetes label value: at most 63 characters of `[A-Za-z0-9-_.]`, alphanumeric at both ends. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && NAME.test(value);
}

export type ClusterSelector = { ok: true; selector: string } | { ok: false; reason: string };

export function clusterSelector(clusterLabel: string, cluster: string): ClusterSelector {
  if (!isLabelKey(clusterLabel))
    return { ok: false, reason: `clusterLabel "${clip(clusterLabel)}" is not a Kubernetes label key` };
  if (!isLabelValue(cluster))
    return {
      ok: false,
      reason: `cluster name "${clip(cluster)}" is not a label value: no ${clip(clusterLabel)}=… selector lists its Applications`,
    };
  return { ok: true, selector: `${clusterLabel}=${cluster}` };
}
