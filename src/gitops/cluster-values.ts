import { parse as parseYamlValue } from 'yaml';
import type { Position } from '../findings.js';
import { resolveRecipe, type RecipeSource, type RenderRecipe } from './render-recipe.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
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
  /** valueFiles entries that name no file in the repo (index into the valueFiles as written). */
  missing: { index: number; file: string }[];
  /** Entries helm reads from elsewhere (URLs, `$ref/…` of another repository): not checked, not passed. */
  external: string[];
  /**
   * True when an input has YAML errors helm cannot read past, or is missing: rendering would only repeat
   * that. A duplicate key is not one: helm reads it, the last value winning, and so do these values.
   */
  broken: boolean;
  /** How Argo CD renders the cluster at this tree (overrides merged, build variables substituted). */
  recipe: RenderRecipe;
  /** The inline values (`helm.valuesObject`, else `helm.values`), positioned where they are written; or null. */
  inline: VNode | null;
  /** Where each of `recipe.parameters` is written (its bootstrap or config entry, or the override file). */
  parameterAt: Position[];
}

/**
 * The values a file holds: its first document, as Helm reads it. A document that is empty or only
 * comments (`---` then `# …`) holds no values, as for Helm, rather than a `null` root.
 */
export function valuesRoot(loaded: LoadedYaml | null): VNode | null {
  const root = loaded?.documents.find((d) => d.root)?.root ?? null;
  return root && !(root.kind === 'scalar' && root.value === null) ? root : null;
}

/** A multi-source `valueFiles` entry `$<ref>/<path>`: `<path>` from the source with `ref: <ref>`. */
export function refValueFile(entry: string): { ref: string; path: string } | null {
  const m = /^\$([^/]+)\/(.+)$/.exec(entry);
  return m ? { ref: m[1]!, path: m[2]! } : null;
}

export function isLocalValueFile(entry: string): boolean {
  return entry !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) && !entry.startsWith('$');
}

/** A cluster's bootstrap helm block as Argo CD reads it (the config's overrides already applied). */
export function clusterSource(cluster: Cluster): RecipeSource {
  return {
    chart: cluster.chart,
    helm: {
      ...cluster.helmOptions,
      releaseName: cluster.releaseName || null,
      namespace: cluster.namespace || null,
      valueFiles: cluster.valueFiles,
      parameters: cluster.parameters,
      values: cluster.values,
      valuesObject: cluster.valuesObject,
      ignoreMissingValueFiles: cluster.ignoreMissingValueFiles,
    },
    app: cluster.application,
    refs: cluster.valueRefs,
  };
}

/** The render recipe of a cluster at the tree `files` holds (its commit: `files.revision`). */
export function clusterRecipe(files: RepoFiles, cluster: Cluster): RenderRecipe {
  return resolveRecipe(files, clusterSource(cluster), files.revision);
}

/**
 * The values a cluster renders with, merged as Helm does: the chart's values.yaml, the
 * valueFiles in order, the inline values, then the parameters and file parameters.
 */
export function loadClusterValues(files: RepoFiles, cluster: Cluster): ClusterValues {
  const recipe = clusterRecipe(files, cluster);
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
  for (const v of recipe.valueFiles) {
    if (v.kind === 'external') external.push(v.entry);
    else if (v.kind === 'file' && take(v.file)) valueFiles.push(v.file);
    else if (v.kind !== 'refused') {
      missing.push({ index: v.index, file: v.file });
      broken = true;
    }
  }
  const at = cluster.definedAt;
  let inline: VNode | null = null;
  if (recipe.inline) {
    const parsed = inlineValuesNode(cluster, recipe, at);
    if (parsed === 'broken') broken = true;
    else sources.push((inline = parsed));
  }
  const written =
    (recipe.overriddenBy
      ? { file: recipe.overriddenBy, line: 1, column: 1 }
      : cluster.bootstrap &&
        nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'parameters'])?.pos) || at;
  const { parameters } = recipe;
  let merged = mergeValues(sources);
  if (merged && (parameters.length > 0 || recipe.fileParameters.length > 0)) {
    const fileValues = recipe.fileParameters.map((p) => ({ name: p.name, text: files.text(p.file) ?? '' }));
    merged = applyParameters(merged, parameters, written, fileValues);
  }
  const parameterAt = parameters.map((p) => p.at ?? written);
  return {
    merged,
    files: applied,
    chartValues,
    valueFiles,
    missing,
    external,
    broken,
    recipe,
    inline,
    parameterAt,
  };
}

/**
 * Inline values (`helm.valuesObject`, else the YAML string `helm.values`), positioned on the lines of
 * the bootstrap file they sit in, or at the override file that gave them.
 */
function inlineValuesNode(cluster: Cluster, recipe: RenderRecipe, at: Position): VNode | null | 'broken' {
  const inline = recipe.inline!;
  const fromOverride = recipe.overriddenBy ? { file: recipe.overriddenBy, line: 1, column: 1 } : null;
  const field = (name: string) =>
    cluster.bootstrap && !fromOverride
      ? nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', name])
      : undefined;
  if (inline.object) return field('valuesObject') ?? fromJson(inline.object, fromOverride ?? at);
  const text = inline.text;
  const node = field('values');
  const loaded = parseYaml(node?.pos.file ?? fromOverride?.file ?? at.file, text);
  if (loaded.findings.some(stopsHelm)) {
    try {
      parseYamlValue(text);
    } catch {
      return 'broken';
    }
  }
  const root = loaded.documents[0]?.root ?? null;
  // A block scalar's content starts on the line after `values: |`.
  const offset = node ? node.pos.line : fromOverride ? 0 : at.line - 1;
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
