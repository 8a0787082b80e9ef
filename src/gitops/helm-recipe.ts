import path from 'node:path';
import type { Position } from '../findings.js';
import {
  apiVersionProblem,
  kubeVersionProblem,
  namespaceProblem,
  parameterNameProblem,
  releaseNameProblem,
} from '../helm/arguments.js';
import { foreignReference, parseSchema } from '../helm/schema-references.js';
import { escapesRepo, repoJoin, type RepoFiles } from './repo-files.js';

/** The repository-controlled parts of a render recipe that become helm arguments. */
export interface RecipeArguments {
  releaseName: string;
  namespace: string;
  /** Repo-relative chart directory. */
  chart: string;
  /** Repo-relative values files. */
  valueFiles: readonly string[];
  parameters: readonly { name: string }[];
  /** `--set-file` names (their paths are resolved inside the repository before this). */
  fileParameters?: readonly { name: string }[];
  kubeVersion?: string | null;
  apiVersions?: readonly string[];
}

/** Which field of the recipe a problem is about: the caller turns it into a file and line. */
export type RecipeField =
  | { field: 'releaseName' | 'namespace' | 'chart' | 'kubeVersion' }
  | { field: 'valueFile' | 'parameter' | 'fileParameter' | 'apiVersion'; index: number }
  /** About a file other than the Application (a `.argocd-source.yaml`): where it is written. */
  | { field: 'source'; at: Position };

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
  (r.fileParameters ?? []).forEach((p, index) =>
    add({ field: 'fileParameter', index }, parameterNameProblem(p.name)),
  );
  if (r.kubeVersion) add({ field: 'kubeVersion' }, kubeVersionProblem(r.kubeVersion));
  (r.apiVersions ?? []).forEach((v, index) => add({ field: 'apiVersion', index }, apiVersionProblem(v)));
  return problems;
}

function outside(what: string, rel: string): string | null {
  return escapesRepo(path.posix.normalize(rel)) ? `${what} "${rel}" is outside the repository` : null;
}

/**
 * `values.schema.json` of a chart and of its unpacked subcharts, refused when it would make helm
 * read or fetch anything but itself: a `$ref` that is not `#…` (helm 4 and 3 both follow `file://`
 * and `http://` refs, loopback included, and echo what they read in their messages), or a `$schema`
 * that is not a known metaschema. Returns the file, line and reason of the first such value.
 */
export function schemaReferenceProblem(
  files: RepoFiles,
  chart: string,
): { file: string; line: number; message: string } | null {
  for (const file of chartSchemaFiles(files, chart)) {
    const text = files.text(file) ?? '';
    // A leading byte order mark is taken as helm takes it (schema-references.ts), so the check runs.
    const parsed = parseSchema(text);
    if (!parsed) continue; // helm says what is wrong with it
    const bad = foreignReference(parsed.schema);
    if (bad) {
      const line = text.slice(0, Math.max(0, text.indexOf(JSON.stringify(bad.value)))).split('\n').length;
      return {
        file,
        line,
        message: `${bad.key} "${bad.value}" in ${file} is not read: only "#…" references within the schema are`,
      };
    }
  }
  return null;
}

function chartSchemaFiles(files: RepoFiles, chart: string, depth = 0): string[] {
  const own = repoJoin(chart, 'values.schema.json');
  const found = files.isFile(own) ? [own] : [];
  if (depth > 10) return found;
  for (const sub of files.list(repoJoin(chart, 'charts'))) {
    const dir = repoJoin(chart, `charts/${sub}`);
    if (files.isDirectory(dir)) found.push(...chartSchemaFiles(files, dir, depth + 1));
  }
  return found;
}
