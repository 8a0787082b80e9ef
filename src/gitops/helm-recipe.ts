import path from 'node:path';
import {
  apiVersionProblem,
  kubeVersionProblem,
  namespaceProblem,
  parameterNameProblem,
  releaseNameProblem,
} from '../helm/arguments.js';
import { escapesRepo } from './repo-files.js';

/** The repository-controlled parts of a render recipe that become helm arguments. */
export interface RecipeArguments {
  releaseName: string;
  namespace: string;
  /** Repo-relative chart directory. */
  chart: string;
  /** Repo-relative values files. */
  valueFiles: readonly string[];
  parameters: readonly { name: string }[];
  kubeVersion?: string | null;
  apiVersions?: readonly string[];
}

/** Which field of the recipe a problem is about: the caller turns it into a file and line. */
export type RecipeField =
  | { field: 'releaseName' | 'namespace' | 'chart' | 'kubeVersion' }
  | { field: 'valueFile' | 'parameter' | 'apiVersion'; index: number };

export type RecipeProblem = RecipeField & { message: string };

/**
 * Every value of a recipe checked for its kind before helm sees it (release name, namespace,
 * chart and values paths inside the repository, parameter names, kube and API versions).
 */
export function recipeProblems(r: RecipeArguments): RecipeProblem[] {
  const problems: RecipeProblem[] = [];
  const add = (where: RecipeField, message: string | null) => {
    if (message) problems.push({ ...where, message } as RecipeProblem);
  };
  add({ field: 'releaseName' }, releaseNameProblem(r.releaseName));
  if (r.namespace) add({ field: 'namespace' }, namespaceProblem(r.namespace));
  add({ field: 'chart' }, outside('chart path', r.chart));
  r.valueFiles.forEach((f, index) => add({ field: 'valueFile', index }, outside('values file', f)));
  r.parameters.forEach((p, index) => add({ field: 'parameter', index }, parameterNameProblem(p.name)));
  if (r.kubeVersion) add({ field: 'kubeVersion' }, kubeVersionProblem(r.kubeVersion));
  (r.apiVersions ?? []).forEach((v, index) => add({ field: 'apiVersion', index }, apiVersionProblem(v)));
  return problems;
}

function outside(what: string, rel: string): string | null {
  return escapesRepo(path.posix.normalize(rel)) ? `${what} "${rel}" is outside the repository` : null;
}
