import { parse as parseYamlValue } from 'yaml';
import type { Position } from '../findings.js';
import { repoJoin, valueFilePath, type RepoFiles } from './repo-files.js';
import { applyParameters } from './set-parameters.js';
import type { Cluster } from './topology.js';
import { mergeValues } from './values-merge.js';
import { fromJson, nodeAt, type VMap, type VNode } from './vnode.js';
import { parseYaml, stopsHelm, type LoadedYaml } from './yaml-source.js';

export interface ClusterValues {
  /** Merged values with the position of the last setter of every value; null when nothing parsed. */
  merged: VMap | null;
  /** Repo-relative values files that were applied, in order (the chart's values.yaml first when it has one). */
  files: string[];
  /**
   * The chart's own values.yaml when it has one, else null: helm reads it itself, Argo CD never passes it.
   * Never assume `files[0]` is it: a chart without values.yaml starts `files` with its first value file.
   */
  chartValues: string | null;
  /** The valueFiles in the repo, in order, as Argo CD passes them to helm (`--values`). */
  valueFiles: string[];
  /** valueFiles entries that name no file in the repo (index into cluster.valueFiles). */
  missing: { index: number; file: string }[];
  /** Entries helm reads from elsewhere (URLs, `$ref/…`): not checked, passed through. */
  external: string[];
  /**
   * True when an input has YAML errors helm cannot read past, or is missing: rendering would only repeat
   * that. A duplicate key is not one: helm reads it, the last value winning, and so do these values.
   */
  broken: boolean;
  /** The inline values as a YAML text for helm, or null. */
  inlineValues: string | null;
}

/**
 * The values a file holds: its first document, as Helm reads it. A document that is empty or only
 * comments (`---` then `# …`) holds no values, as for Helm, rather than a `null` root.
 */
export function valuesRoot(loaded: LoadedYaml | null): VNode | null {
  const root = loaded?.documents.find((d) => d.root)?.root ?? null;
  return root && !(root.kind === 'scalar' && root.value === null) ? root : null;
}

/**
 * The repo path a cluster's valueFiles entry names, or null when helm reads it from elsewhere (a URL,
 * a `$ref/…` of another repository). `$ref/…` of this repository is a path from its root; a `$ref` the
 * bootstrap does not declare names `$ref/…` itself, which does not exist.
 */
export function clusterValueFilePath(cluster: Cluster, entry: string): string | null {
  const ref = refValueFile(entry);
  if (ref) {
    const kind = cluster.valueRefs[ref.ref];
    if (kind === 'other-repo') return null;
    return kind === 'this-repo' ? repoJoin('.', ref.path) : entry;
  }
  return isLocalValueFile(entry) ? valueFilePath(cluster.chart, entry) : null;
}

/** A multi-source `valueFiles` entry `$<ref>/<path>`: `<path>` from the source with `ref: <ref>`. */
export function refValueFile(entry: string): { ref: string; path: string } | null {
  const m = /^\$([^/]+)\/(.+)$/.exec(entry);
  return m ? { ref: m[1]!, path: m[2]! } : null;
}

export function isLocalValueFile(entry: string): boolean {
  return entry !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) && !entry.startsWith('$');
}

/**
 * The values a cluster renders with, merged as Helm does: the chart's values.yaml, the
 * valueFiles in order, the inline values, then the parameters.
 */
export function loadClusterValues(files: RepoFiles, cluster: Cluster): ClusterValues {
  const sources: (VNode | null)[] = [];
  const applied: string[] = [];
  const valueFiles: string[] = [];
  const missing: ClusterValues['missing'] = [];
  const external: string[] = [];
  let broken = false;
  const take = (rel: string) => {
    const loaded = files.readYaml(rel);
    if (!loaded) return false;
    if (loaded.findings.some(stopsHelm)) broken = true;
    applied.push(rel);
    sources.push(valuesRoot(loaded));
    return true;
  };
  const own = repoJoin(cluster.chart, 'values.yaml');
  const chartValues = files.isFile(own) && take(own) ? own : null;
  cluster.valueFiles.forEach((entry, index) => {
    const rel = entry === '' ? null : clusterValueFilePath(cluster, entry);
    if (rel === null) {
      if (entry !== '') external.push(entry);
      return;
    }
    if (files.isFile(rel) && take(rel)) valueFiles.push(rel);
    else {
      missing.push({ index, file: rel });
      if (!cluster.ignoreMissingValueFiles) broken = true;
    }
  });
  let inlineValues: string | null = null;
  const at = cluster.definedAt;
  if (cluster.valuesObject) {
    const node = cluster.bootstrap
      ? nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'valuesObject'])
      : undefined;
    sources.push(node ?? fromJson(cluster.valuesObject, at));
    inlineValues = JSON.stringify(cluster.valuesObject);
  } else if (cluster.values !== null) {
    const inline = inlineValuesNode(cluster, at);
    if (inline === 'broken') broken = true;
    else sources.push(inline);
    inlineValues = cluster.values;
  }
  let merged = mergeValues(sources);
  if (merged && cluster.parameters.length > 0) {
    const pos =
      (cluster.bootstrap &&
        nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'parameters'])?.pos) ||
      at;
    merged = applyParameters(merged, cluster.parameters, pos);
  }
  return { merged, files: applied, chartValues, valueFiles, missing, external, broken, inlineValues };
}

/** Inline `helm.values` (a YAML string), positioned on the lines of the bootstrap file it sits in. */
function inlineValuesNode(cluster: Cluster, at: Position): VNode | null | 'broken' {
  const text = cluster.values ?? '';
  const field = cluster.bootstrap
    ? nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'values'])
    : undefined;
  const file = field?.pos.file ?? at.file;
  const loaded = parseYaml(file, text);
  if (loaded.findings.some(stopsHelm)) {
    try {
      parseYamlValue(text);
    } catch {
      return 'broken';
    }
  }
  const root = loaded.documents[0]?.root ?? null;
  // A block scalar's content starts on the line after `values: |`.
  const offset = field ? field.pos.line : at.line - 1;
  return root ? shift(root, offset) : null;
}

function shift(node: VNode, lines: number): VNode {
  const pos = { ...node.pos, line: node.pos.line + lines };
  const keyPos = node.keyPos ? { ...node.keyPos, line: node.keyPos.line + lines } : undefined;
  const base = keyPos ? { pos, keyPos } : { pos };
  if (node.kind === 'map') {
    const entries = new Map<string, VNode>();
    for (const [k, v] of node.entries) entries.set(k, shift(v, lines));
    return { ...base, kind: 'map', entries };
  }
  if (node.kind === 'seq') return { ...base, kind: 'seq', items: node.items.map((i) => shift(i, lines)) };
  return { ...base, kind: 'scalar', value: node.value };
}
