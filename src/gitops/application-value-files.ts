import { appSources, type ApplicationObject, type ApplicationSource } from './applications.js';
import { applicationContext } from './build-variables.js';
import { readHelmSource } from './helm-source.js';
import { resolveRecipe } from './render-recipe.js';
import { refValueFile } from './cluster-values.js';
import { escapesRepo, repoJoin, type RepoFiles } from './repo-files.js';
import { isOwnRepoURL, type RepoIdentity } from './repo-url.js';
import type { SourceRefs } from './value-files.js';

/** One source of an Application that is a directory of this repository, and the value files it reads. */
export interface SourceValueFiles {
  /** Repo-relative source directory. */
  dir: string;
  /** Repo-relative value files that exist and that Argo CD passes to helm for it. */
  files: string[];
}

/**
 * The value files each own-repository source of a rendered Application reads, resolved as Argo CD
 * resolves them at the tree `files` holds: `.argocd-source*.yaml` merged in, build variables
 * (`$ARGOCD_APP_NAME`…) of this Application substituted, globs expanded, `$ref/…` of this repository
 * followed. `controlPlaneNamespace`: where Argo CD runs (an Application elsewhere is `<ns>_<name>`).
 */
export function applicationValueFiles(
  files: RepoFiles,
  app: ApplicationObject,
  repoURLs: RepoIdentity,
  controlPlaneNamespace: string,
): SourceValueFiles[] {
  const sources = appSources(app).map(({ source }) => source);
  const refs = sourceRefs(sources, repoURLs);
  const out: SourceValueFiles[] = [];
  for (const source of sources) {
    const dir = ownSourceDir(source, repoURLs);
    if (dir === null) continue;
    const recipe = resolveRecipe(
      files,
      {
        chart: dir,
        helm: readHelmSource(source.helm),
        app: applicationContext(app, source, controlPlaneNamespace),
        refs,
      },
      files.revision,
    );
    out.push({ dir, files: recipe.valueFiles.flatMap((v) => (v.kind === 'file' ? [v.file] : [])) });
  }
  return out;
}

/**
 * The `$<ref>/…` value files of an Application whose `ref` source is this repository, also when the
 * chart they feed is remote (applicationValueFiles reads only the sources that are directories here).
 */
export function refValueFiles(app: ApplicationObject, repoURLs: RepoIdentity): string[] {
  const sources = appSources(app).map((s) => s.source);
  const own = new Set(
    sources.filter((s) => typeof s.ref === 'string' && isOwnRepoURL(s.repoURL, repoURLs)).map((s) => s.ref!),
  );
  const out: string[] = [];
  for (const s of sources)
    for (const entry of s.helm?.valueFiles ?? []) {
      const ref = typeof entry === 'string' ? refValueFile(entry) : null;
      const file = ref && repoJoin('.', ref.path);
      if (ref && file && own.has(ref.ref) && !escapesRepo(file)) out.push(file);
    }
  return out;
}

/** The repo-relative directory of a source that is a directory of this repository, or null. */
function ownSourceDir(source: ApplicationSource, repoURLs: RepoIdentity): string | null {
  return typeof source.path === 'string' && isOwnRepoURL(source.repoURL, repoURLs)
    ? repoJoin('.', source.path)
    : null;
}

/** The directories of this repository an Application's sources are (applicationValueFiles' `dir`s). */
export function ownSourceDirs(app: ApplicationObject, repoURLs: RepoIdentity): string[] {
  return appSources(app).flatMap(({ source }) => ownSourceDir(source, repoURLs) ?? []);
}

/** `ref` name → whether that source is this repository (its `$ref/…` files are files of this tree). */
function sourceRefs(sources: readonly ApplicationSource[], repoURLs: RepoIdentity): SourceRefs {
  const refs: Record<string, 'this-repo' | 'other-repo'> = {};
  for (const s of sources)
    if (typeof s.ref === 'string')
      refs[s.ref] = isOwnRepoURL(s.repoURL, repoURLs) ? 'this-repo' : 'other-repo';
  return refs;
}
