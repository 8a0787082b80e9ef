import type { HelmParameter } from './set-parameters.js';

/** A `helm.fileParameters` entry: `--set-file name=<path>`, the path resolved like a valueFiles entry. */
export interface HelmFileParameter {
  name: string;
  path: string;
}

/** An Argo CD source's `helm` block, as written (before `.argocd-source*.yaml` and before resolution). */
export interface HelmSource {
  /** Null when not written or empty: the Application's name is used. */
  releaseName: string | null;
  /** Null when not written or empty: the destination namespace is used. */
  namespace: string | null;
  valueFiles: string[];
  parameters: HelmParameter[];
  fileParameters: HelmFileParameter[];
  values: string | null;
  valuesObject: Record<string, unknown> | null;
  ignoreMissingValueFiles: boolean;
  skipCrds: boolean;
  skipSchemaValidation: boolean;
  skipTests: boolean;
  kubeVersion: string | null;
  apiVersions: string[];
}

/** The parts of a helm block besides values and parameters. */
export type HelmOptions = Pick<
  HelmSource,
  'fileParameters' | 'skipCrds' | 'skipSchemaValidation' | 'skipTests' | 'kubeVersion' | 'apiVersions'
>;

export const NO_HELM_OPTIONS: HelmOptions = {
  fileParameters: [],
  skipCrds: false,
  skipSchemaValidation: false,
  skipTests: false,
  kubeVersion: null,
  apiVersions: [],
};

export function helmOptions(h: HelmSource): HelmOptions {
  const { fileParameters, skipCrds, skipSchemaValidation, skipTests, kubeVersion, apiVersions } = h;
  return { fileParameters, skipCrds, skipSchemaValidation, skipTests, kubeVersion, apiVersions };
}

type Raw = Record<string, unknown>;

/**
 * The typed helm block of a source (`spec.source.helm` as JSON). Fields of the wrong type read as
 * absent: the Application schema reports them. A null or empty valueFiles entry stays ''.
 */
export function readHelmSource(raw: unknown): HelmSource {
  const h = isObject(raw) ? raw : {};
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  return {
    releaseName: text(h.releaseName),
    namespace: text(h.namespace),
    valueFiles: list(h.valueFiles).map((v) => (v === null || v === undefined ? '' : String(v))),
    parameters: list(h.parameters)
      .filter(isObject)
      .map((p) => ({
        name: String(p.name ?? ''),
        value: String(p.value ?? ''),
        ...(p.forceString === true ? { forceString: true } : {}),
      })),
    fileParameters: list(h.fileParameters)
      .filter(isObject)
      .map((p) => ({ name: String(p.name ?? ''), path: String(p.path ?? '') })),
    values: typeof h.values === 'string' ? h.values : null,
    valuesObject: isObject(h.valuesObject) ? h.valuesObject : null,
    ignoreMissingValueFiles: h.ignoreMissingValueFiles === true,
    skipCrds: h.skipCrds === true,
    skipSchemaValidation: h.skipSchemaValidation === true,
    skipTests: h.skipTests === true,
    kubeVersion: text(h.kubeVersion),
    apiVersions: list(h.apiVersions).filter((v): v is string => typeof v === 'string'),
  };
}

/** The helm block as Argo CD's JSON (what a `.argocd-source.yaml` merge patch applies to). */
export function helmSourceJson(h: HelmSource): Raw {
  const out: Raw = {};
  if (h.releaseName) out.releaseName = h.releaseName;
  if (h.namespace) out.namespace = h.namespace;
  if (h.valueFiles.length > 0) out.valueFiles = [...h.valueFiles];
  if (h.parameters.length > 0)
    out.parameters = h.parameters.map(({ name, value, forceString }) => ({
      name,
      value,
      ...(forceString ? { forceString } : {}),
    }));
  if (h.fileParameters.length > 0) out.fileParameters = h.fileParameters.map((p) => ({ ...p }));
  if (h.values !== null) out.values = h.values;
  if (h.valuesObject) out.valuesObject = h.valuesObject;
  for (const flag of ['ignoreMissingValueFiles', 'skipCrds', 'skipSchemaValidation', 'skipTests'] as const)
    if (h[flag]) out[flag] = true;
  if (h.kubeVersion) out.kubeVersion = h.kubeVersion;
  if (h.apiVersions.length > 0) out.apiVersions = [...h.apiVersions];
  return out;
}

export function isObject(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
