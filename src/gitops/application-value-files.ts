import { appSources, type ApplicationObject, type ApplicationSource } from './applications.js';
import { applicationContext } from './build-variables.js';
import { readHelmSource } from './helm-source.js';
import { resolveRecipe } from './render-recipe.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
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
    if (typeof source.path !== 'string' || !isOwnRepoURL(source.repoURL, repoURLs)) continue;
    const dir = repoJoin('.', source.path);
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

/** `ref` name → whether that source is this repository (its `$ref/…` files are files of this tree). */
function sourceRefs(sources: readonly ApplicationSource[], repoURLs: RepoIdentity): SourceRefs {
  const refs: Record<string, 'this-repo' | 'other-repo'> = {};
  for (const s of sources)
    if (typeof s.ref === 'string')
      refs[s.ref] = isOwnRepoURL(s.repoURL, repoURLs) ? 'this-repo' : 'other-repo';
  return refs;
}
