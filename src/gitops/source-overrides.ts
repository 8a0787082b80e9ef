import type { Position } from '../findings.js';
import { helmSourceJson, isObject, readHelmSource, type HelmSource } from './helm-source.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
import { toJson } from './vnode.js';
import { stopsHelm } from './yaml-source.js';

/**
 * Argo CD's parameter overrides (reposerver `mergeSourceParameters`): `.argocd-source.yaml`, then
 * `.argocd-source-<app>.yaml`, in the source's directory, each a JSON merge patch (RFC 7386, not a
 * strategic merge) of the source; Argo CD Image Updater's git write-back writes the second.
 */

/** The override files of a source directory, in the order Argo CD applies them (the last wins). */
export function sourceOverrideFiles(dir: string, appName: string): string[] {
  return [
    repoJoin(dir, '.argocd-source.yaml'),
    ...(appName ? [repoJoin(dir, `.argocd-source-${appName}.yaml`)] : []),
  ];
}

export type OverrideOutcome =
  { helm: HelmSource; applied: string[] } | { problem: { message: string; at: Position } };

/**
 * The helm block after the override files that exist. Like Argo CD: a file that is not a YAML
 * mapping (an empty one included) or that gives a field the wrong type fails the render; only the
 * helm block is taken (the source's repoURL, path, chart and targetRevision are never overridden).
 */
export function applySourceOverrides(
  files: RepoFiles,
  dir: string,
  appName: string,
  helm: HelmSource,
): OverrideOutcome {
  let current = helmSourceJson(helm);
  const applied: string[] = [];
  for (const file of sourceOverrideFiles(dir, appName)) {
    if (!files.isFile(file)) continue;
    const at = { file, line: 1, column: 1 };
    const loaded = files.readYaml(file);
    const root = loaded?.documents[0]?.root;
    if (!loaded || loaded.findings.some(stopsHelm) || !root || root.kind !== 'map')
      return {
        problem: { message: `${file} is not a YAML mapping: Argo CD cannot merge it into the source`, at },
      };
    const patch = canonicalKeys(toJson(root), SOURCE_FIELDS);
    const merged = isObject(patch) ? mergePatch({ helm: current }, patch) : {};
    const next = isObject(merged) && 'helm' in merged ? merged.helm : {};
    const wrong = helmTypeProblem(next);
    if (wrong) return { problem: { message: `${file}: helm.${wrong} (Argo CD cannot read the source)`, at } };
    current = decodeOver(current, next as Record<string, unknown>);
    applied.push(file);
  }
  // Without an override the block is the one given, as it was (its parameters keep where they are written).
  return applied.length === 0 ? { helm, applied } : { helm: readHelmSource(current), applied };
}

/** RFC 7386 as evanphx/json-patch does it: objects merge, `null` deletes, anything else replaces. */
export function mergePatch(doc: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  if (!isObject(doc)) return pruneNulls(patch);
  const out: Record<string, unknown> = { ...doc };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = k in out && out[k] !== null ? mergePatch(out[k], v) : pruneNulls(v);
  }
  return out;
}

function pruneNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === null ? x : pruneNulls(x)));
  if (!isObject(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, pruneNulls(x)]),
  );
}

/**
 * Go's json.Unmarshal of the merged block into the source it was made from: a field the merge
 * removed keeps its old value (a `null` in an override cannot unset one), and an element of
 * `parameters` / `fileParameters` is decoded over the old element at its index, keeping the fields
 * it does not give. Everything else is replaced.
 */
function decodeOver(old: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const out = { ...old };
  for (const [k, v] of Object.entries(next)) {
    const before = old[k];
    if ((k === 'parameters' || k === 'fileParameters') && Array.isArray(v) && Array.isArray(before))
      out[k] = v.map((item, i) => (isObject(item) && isObject(before[i]) ? { ...before[i], ...item } : item));
    else out[k] = v;
  }
  return out;
}

const TYPES: Record<string, 'string' | 'boolean' | 'strings' | 'object' | 'parameters' | 'files'> = {
  valueFiles: 'strings',
  parameters: 'parameters',
  releaseName: 'string',
  values: 'string',
  fileParameters: 'files',
  version: 'string',
  passCredentials: 'boolean',
  ignoreMissingValueFiles: 'boolean',
  skipCrds: 'boolean',
  valuesObject: 'object',
  namespace: 'string',
  kubeVersion: 'string',
  apiVersions: 'strings',
  skipTests: 'boolean',
  skipSchemaValidation: 'boolean',
};

/** The first field of a merged helm block Go could not decode into Argo CD's types, or null. */
function helmTypeProblem(helm: unknown): string | null {
  if (!isObject(helm)) return 'is not a mapping';
  for (const [k, v] of Object.entries(helm)) {
    const type = TYPES[k];
    if (!type || v === null) continue;
    const ok =
      type === 'strings'
        ? Array.isArray(v) && v.every((x) => x === null || typeof x === 'string')
        : type === 'parameters' || type === 'files'
          ? Array.isArray(v) && v.every((x) => x === null || itemTypesOk(x, type))
          : type === 'object'
            ? isObject(v)
            : typeof v === type;
    if (!ok) return `${k} has the wrong type`;
  }
  return null;
}

function itemTypesOk(item: unknown, type: 'parameters' | 'files'): boolean {
  if (!isObject(item)) return false;
  const fields: Record<string, string> =
    type === 'parameters'
      ? { name: 'string', value: 'string', forceString: 'boolean' }
      : { name: 'string', path: 'string' };
  return Object.entries(fields).every(
    ([f, t]) => item[f] === undefined || item[f] === null || typeof item[f] === t,
  );
}

/** Argo CD's field names of a source, its helm block and their list items. */
const SOURCE_FIELDS: Fields = {
  names: [
    'repoURL',
    'path',
    'targetRevision',
    'helm',
    'kustomize',
    'directory',
    'plugin',
    'chart',
    'ref',
    'name',
  ],
  nested: {
    helm: {
      names: Object.keys(TYPES),
      nested: {
        parameters: { names: ['name', 'value', 'forceString'], items: true },
        fileParameters: { names: ['name', 'path'], items: true },
      },
    },
  },
};

interface Fields {
  names: string[];
  nested?: Record<string, Fields>;
  /** The fields are those of each element of a list. */
  items?: boolean;
}

/**
 * Keys spelled as Argo CD's fields: Go matches JSON keys to struct fields ignoring case (Image
 * Updater writes `forcestring`). Only field names are touched, never the keys of valuesObject.
 */
function canonicalKeys(v: unknown, fields: Fields): unknown {
  if (fields.items && Array.isArray(v)) return v.map((x) => canonicalKeys(x, { ...fields, items: false }));
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const name =
      fields.names.find((n) => n === k) ?? fields.names.find((n) => n.toLowerCase() === k.toLowerCase()) ?? k;
    const sub = fields.nested?.[name];
    out[name] = sub ? canonicalKeys(x, sub) : x;
  }
  return out;
}
