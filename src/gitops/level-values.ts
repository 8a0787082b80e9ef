import { parse as parseYamlValue } from 'yaml';
import type { Position } from '../findings.js';
import { valuesRoot } from './cluster-values.js';
import type { RenderRecipe } from './render-recipe.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
import { applyParameters } from './set-parameters.js';
import { mergeValues } from './values-merge.js';
import { fromJson, type VMap, type VNode } from './vnode.js';

/**
 * The values a nested app-of-apps level renders with, merged as helm does (its chart's values.yaml,
 * its value files, its inline values, then its parameters), each value at the line that set it. What
 * the parent Application writes (inline values, parameters) has no line of its own: `at`, the
 * parent's template line.
 */
export function recipeValues(files: RepoFiles, recipe: RenderRecipe, at: Position): VMap | null {
  const sources: (VNode | null)[] = [];
  const take = (rel: string) => sources.push(valuesRoot(files.readYaml(rel)));
  const own = repoJoin(recipe.chart, 'values.yaml');
  if (files.isFile(own)) take(own);
  for (const v of recipe.valueFiles) if (v.kind === 'file') take(v.file);
  if (recipe.inline) sources.push(fromJson(recipe.inline.object ?? inlineObject(recipe.inline.text), at));
  const merged = mergeValues(sources);
  if (!merged || (recipe.parameters.length === 0 && recipe.fileParameters.length === 0)) return merged;
  const fileValues = recipe.fileParameters.map((p) => ({ name: p.name, text: files.text(p.file) ?? '' }));
  return applyParameters(merged, recipe.parameters, at, fileValues);
}

function inlineObject(text: string): unknown {
  try {
    return parseYamlValue(text) ?? null;
  } catch {
    return null;
  }
}
