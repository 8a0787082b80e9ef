import type { Position } from '../findings.js';
import {
  buildVariables,
  expandBuildVariables,
  type AppContext,
  type BuildVariables,
} from './build-variables.js';
import { recipeProblems, type RecipeProblem } from './helm-recipe.js';
import type { HelmSource } from './helm-source.js';
import type { RepoFiles } from './repo-files.js';
import type { HelmParameter } from './set-parameters.js';
import { applySourceOverrides, sourceOverrideFiles } from './source-overrides.js';
import { resolveSourcePath, resolveValueFiles, type SourceRefs, type ValueFile } from './value-files.js';

/** An Argo CD Helm source to render: its chart directory, its helm block as written, its Application. */
export interface RecipeSource {
  /** Repo-relative chart directory (the source's path). */
  chart: string;
  helm: HelmSource;
  app: AppContext;
  refs: SourceRefs;
}

/** `helm template` exactly as Argo CD would run it for a source, resolved against one tree. */
export interface RenderRecipe {
  chart: string;
  releaseName: string;
  /** '' when neither helm.namespace nor the destination gives one: no `--namespace`. */
  namespace: string;
  /**
   * Where Argo CD applies a namespaced object that names no namespace: the destination namespace
   * (not helm.namespace, which only templates `.Release.Namespace`); '' when there is none.
   */
  destinationNamespace: string;
  /** The resolved valueFiles in the order helm gets them (see resolveValueFiles). */
  valueFiles: ValueFile[];
  /** helm.values / valuesObject (the object wins), for the last `--values`; never substituted. */
  inline: { text: string; object: Record<string, unknown> | null } | null;
  /** `--set` (each name once, its last value), then `--set-string`; build variables substituted. */
  parameters: HelmParameter[];
  /** `--set-file`, each name once (its last path), resolved to repository files. */
  fileParameters: { name: string; file: string; index: number }[];
  skipCrds: boolean;
  skipSchemaValidation: boolean;
  skipTests: boolean;
  /** The helm block's own kubeVersion and API versions (null / empty: the cluster's). */
  kubeVersion: string | null;
  apiVersions: string[];
  /** `.argocd-source*.yaml` paths this render reads when they exist (inputs either way). */
  overrideFiles: string[];
  /** The override file that gave the helm block last, if any (list positions point there). */
  overriddenBy: string | null;
  /** What Argo CD or our kind checks refuse: nothing is rendered when there is one. */
  problems: RecipeProblem[];
}

/**
 * The recipe of a source at one commit (`revision`, '' when unknown): `.argocd-source*.yaml`
 * merged in, build variables substituted into parameter values, valueFiles and fileParameters
 * paths, every path resolved, every value that becomes an argument checked for its kind.
 */
export function resolveRecipe(files: RepoFiles, source: RecipeSource, revision: string): RenderRecipe {
  const overrideFiles = sourceOverrideFiles(source.chart, source.app.name);
  const overridden = applySourceOverrides(files, source.chart, source.app.name, source.helm);
  const problems: RecipeProblem[] = [];
  if ('problem' in overridden)
    problems.push({ field: 'source', at: overridden.problem.at, message: overridden.problem.message });
  const helm = 'helm' in overridden ? overridden.helm : source.helm;
  const vars = buildVariables(source.app, revision);
  const valueFiles = resolveValueFiles(files, source.chart, helm.valueFiles, {
    refs: source.refs,
    vars,
    ignoreMissing: helm.ignoreMissingValueFiles,
  });
  for (const v of valueFiles)
    if (v.kind === 'refused')
      problems.push({ field: 'valueFile', index: v.index, message: `values file ${v.reason}` });
  const fileParameters = resolveFileParameters(files, source, helm, vars, problems);
  const recipe: RenderRecipe = {
    chart: source.chart,
    releaseName: helm.releaseName ?? source.app.name.replace(/^[^_]*_/, ''),
    namespace: helm.namespace ?? source.app.namespace,
    destinationNamespace: source.app.namespace,
    valueFiles,
    inline: inlineValues(helm),
    parameters: setParameters(helm.parameters).map((p) => ({
      ...p,
      value: expandBuildVariables(p.value, vars),
    })),
    fileParameters,
    skipCrds: helm.skipCrds,
    skipSchemaValidation: helm.skipSchemaValidation,
    skipTests: helm.skipTests,
    kubeVersion: helm.kubeVersion,
    apiVersions: helm.apiVersions,
    overrideFiles,
    overriddenBy: 'applied' in overridden ? (overridden.applied.at(-1) ?? null) : null,
    problems,
  };
  // Names as written (their index is where they are written); paths were resolved inside above.
  problems.push(
    ...recipeProblems({
      ...recipe,
      valueFiles: [],
      parameters: helm.parameters,
      fileParameters: helm.fileParameters,
    }),
  );
  return recipe;
}

/** Argo CD keeps parameters in two maps by kind: each name once with its last value, `--set` first. */
function setParameters(parameters: readonly HelmParameter[]): HelmParameter[] {
  const set = new Map<string, HelmParameter>();
  const setString = new Map<string, HelmParameter>();
  for (const p of parameters) (p.forceString ? setString : set).set(p.name, p);
  return [...set.values(), ...setString.values()];
}

function resolveFileParameters(
  files: RepoFiles,
  source: RecipeSource,
  helm: HelmSource,
  vars: BuildVariables,
  problems: RecipeProblem[],
): RenderRecipe['fileParameters'] {
  const byName = new Map<string, RenderRecipe['fileParameters'][number]>();
  helm.fileParameters.forEach((p, index) => {
    const where = { field: 'fileParameter' as const, index };
    const r = resolveSourcePath(files, source.chart, p.path, source.refs, vars);
    if (r.kind === 'refused') problems.push({ ...where, message: `file parameter ${p.name}: ${r.reason}` });
    else if (r.kind === 'external')
      problems.push({ ...where, message: `file parameter ${p.name}: ${r.entry} is not in this repository` });
    else if (!files.isFile(r.file))
      problems.push({ ...where, message: `file parameter ${p.name}: ${r.file} does not exist` });
    else byName.set(p.name, { name: p.name, file: r.file, index });
  });
  return [...byName.values()];
}

/** What Argo CD writes to the temp values file: valuesObject when set, else values ('' writes none). */
function inlineValues(helm: HelmSource): RenderRecipe['inline'] {
  if (helm.valuesObject) return { text: JSON.stringify(helm.valuesObject), object: helm.valuesObject };
  return helm.values ? { text: helm.values, object: null } : null;
}

/** The value files of a recipe that are outside this repository (a URL, `$ref/…` of another one): not read offline. */
export function externalValueFiles(recipe: RenderRecipe): { index: number; entry: string }[] {
  return recipe.valueFiles.flatMap((v) =>
    v.kind === 'external' ? [{ index: v.index, entry: v.entry }] : [],
  );
}

/** The recipe's repository paths other than the chart's own files: its inputs for a fingerprint. */
export function recipeInputs(recipe: RenderRecipe): string[] {
  const paths = recipe.valueFiles.flatMap((v) => (v.kind === 'file' || v.kind === 'missing' ? [v.file] : []));
  return [...paths, ...recipe.fileParameters.map((p) => p.file), ...recipe.overrideFiles];
}

/** `--kube-version` and `--api-versions`: the helm block's, else the cluster's (Argo CD's `…OrDefault`). */
export function renderVersions(
  recipe: RenderRecipe,
  cluster: { kubeVersion: string | null; apiVersions: readonly string[] },
): { kubeVersion: string | null; apiVersions: string[] } {
  return {
    kubeVersion: recipe.kubeVersion ?? cluster.kubeVersion,
    apiVersions: recipe.apiVersions.length > 0 ? recipe.apiVersions : [...cluster.apiVersions],
  };
}

/** Where a problem is written: an override file, or the caller's mapping of its field. */
export function problemPosition(
  recipe: RenderRecipe,
  p: RecipeProblem,
  fieldAt: (p: RecipeProblem) => Position,
): Position {
  if (p.field === 'source') return p.at;
  const listed = p.field === 'valueFile' || p.field === 'parameter' || p.field === 'fileParameter';
  return listed && recipe.overriddenBy ? { file: recipe.overriddenBy, line: 1, column: 1 } : fieldAt(p);
}
