/**
 * What each repository-controlled value that becomes a helm argument may look like. A value is
 * checked for its kind before it is used: a bad one is a finding at its file and line (the domain
 * calls these), and the helm wrapper refuses to run with one (a last line of defence).
 * Each check returns why the value is refused, or null when it is fine.
 */
import { clip } from '../util/clip.js';

/** Helm's own release-name rule (a lowercase RFC 1123 subdomain), at most 53 characters. */
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A Kubernetes namespace: an RFC 1123 label, at most 63 characters. */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * A `--set` name in Helm's strvals path grammar: keys of letters, digits, `_`, `-`, `/`, `@`, `:`,
 * `\.`-escaped dots, dots between keys and `[N]` list indexes. No `,` or `=` (they would start
 * another assignment), no space or control character, never a leading `-`.
 */
const PARAMETER_NAME = /^(?![-.])(?!.*\.$)(?:[A-Za-z0-9_/@:-]|\\[.\\,=[\]]|\.(?!\.)|\[\d+\])+$/;
/** `1.29`, `v1.29.3`, `1.29.3-gke.1200`: what `--kube-version` accepts. */
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.+-]+)?$/;
/** `v1`, `apps/v1`, `monitoring.coreos.com/v1/ServiceMonitor`. */
const API_VERSION = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9][0-9a-z]*(\/[A-Za-z][A-Za-z0-9]*)?$/;

export function releaseNameProblem(name: string): string | null {
  if (name.length > 53) return `release name "${clip(name)}" is longer than 53 characters (helm's limit)`;
  if (!RELEASE_NAME.test(name))
    return `release name "${clip(name)}" is not a valid helm release name (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit)`;
  return null;
}

export function namespaceProblem(namespace: string): string | null {
  if (namespace.length > 63 || !NAMESPACE.test(namespace))
    return `namespace "${clip(namespace)}" is not a valid Kubernetes namespace (an RFC 1123 label: lowercase letters, digits and "-", at most 63 characters)`;
  return null;
}

export function parameterNameProblem(name: string): string | null {
  if (!PARAMETER_NAME.test(name))
    return `parameter name "${clip(name)}" is not a helm --set path (keys of letters, digits, "_", "-", "/", dots between keys, [N] indexes; no "=", ",", spaces or a leading "-")`;
  return null;
}

export function kubeVersionProblem(version: string): string | null {
  if (!KUBE_VERSION.test(version))
    return `kubeVersion "${clip(version)}" is not a Kubernetes version (e.g. 1.30 or v1.30.2)`;
  return null;
}

export function apiVersionProblem(version: string): string | null {
  if (!API_VERSION.test(version))
    return `API version "${clip(version)}" is not a Kubernetes API version (e.g. v1, apps/v1 or monitoring.coreos.com/v1/ServiceMonitor)`;
  return null;
}
