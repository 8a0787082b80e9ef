import { parse } from 'yaml';
import { createHash } from 'node:crypto';
import type { DependencyRepository, Helm } from '../helm/helm.js';
import { appSources, type ApplicationObject, type ApplicationSource } from '../gitops/applications.js';
import { instanceName } from '../gitops/build-variables.js';
import { schemaReferenceProblem } from '../gitops/helm-recipe.js';
import { readHelmSource } from '../gitops/helm-source.js';
import { ManifestError, splitManifests } from '../gitops/manifests.js';
import { templateRequest } from '../gitops/render.js';
import { recipeInputs, resolveRecipe, type RenderRecipe } from '../gitops/render-recipe.js';
import { escapesRepo, repoJoin, type RepoFiles } from '../gitops/repo-files.js';
import { isOwnRepoURL, type RepoIdentity } from '../gitops/topology.js';
import type { TreeListing } from './fingerprint.js';
import { fingerprint, renderInputs } from './fingerprint.js';

/** How to render the component chart of one Application, when it is an in-repo Helm chart. */
export type ComponentRecipe = RenderRecipe;

export type RecipeResult = { recipe: ComponentRecipe } | { skip: string } | null;

/**
 * The render recipe of an Application's source as Argo CD would use it at the tree `files` holds,
 * or null when the source is not an in-repo Helm chart (a remote chart, a plain directory, another repo).
 */
export function componentRecipe(
  app: ApplicationObject,
  name: string,
  files: RepoFiles,
  repoURL: RepoIdentity,
): RecipeResult {
  if (appSources(app).length > 1) return { skip: 'deep diff skipped: multi-source Application' };
  const own = ownSource(app, repoURL);
  if (!own || !files.isFile(repoJoin(own.dir, 'Chart.yaml'))) return null;
  const { source, dir: chart } = own;
  const destination = app.spec?.destination?.namespace;
  const recipe = resolveRecipe(
    files,
    {
      chart,
      helm: readHelmSource(source.helm),
      app: {
        name: instanceName(name, app.metadata?.namespace),
        namespace: typeof destination === 'string' ? destination : '',
        project: typeof app.spec?.project === 'string' ? app.spec.project : '',
        repoURL: source.repoURL ?? '',
        path: source.path ?? '',
        targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : '',
      },
      refs: {},
    },
    files.revision,
  );
  return { recipe };
}

/**
 * The repo path of an Application's source when it is a directory of this repository that is not a
 * Helm chart (plain manifests, kustomize): deep mode does not render those, so a change under it is
 * not proven either way.
 */
export function inRepoDirectory(
  app: ApplicationObject,
  files: RepoFiles,
  repoURL: RepoIdentity,
): string | null {
  const dir = ownSource(app, repoURL)?.dir;
  return dir && files.isDirectory(dir) && !files.isFile(repoJoin(dir, 'Chart.yaml')) ? dir : null;
}

/** An Application's single source when it is a path of this repository (`repoURL` normalized), and that path. */
function ownSource(
  app: ApplicationObject,
  repoURL: RepoIdentity,
): { source: ApplicationSource & { helm?: Record<string, unknown> }; dir: string } | null {
  const sources = appSources(app);
  if (sources.length !== 1 || !repoURL) return null;
  const source = sources[0]!.source as ApplicationSource & { helm?: Record<string, unknown> };
  if (!isOwnRepoURL(source.repoURL, repoURL)) return null;
  if (typeof source.path !== 'string') return null;
  return { source, dir: repoJoin('.', source.path) };
}

export interface HelmRenderOptions {
  kubeVersion: string | null;
  apiVersions: string[];
}

/**
 * Identity of a component render: its inputs' blob ids (the chart, its value and file-parameter files,
 * its `.argocd-source*.yaml`), its recipe (value files in their order: the last one wins) and the
 * helm options it renders with.
 */
export function recipeFingerprint(
  recipe: ComponentRecipe,
  tree: TreeListing,
  helm: HelmRenderOptions,
): string {
  return fingerprint(renderInputs(tree, recipe.chart, recipeInputs(recipe)), {
    ...recipe,
    helm: { kubeVersion: helm.kubeVersion, apiVersions: helm.apiVersions },
  });
}

export type ComponentRender =
  { ok: true; resources: Map<string, Record<string, unknown>> } | { ok: false; reason: string };

export function resourceKey(o: Record<string, unknown>): string {
  const meta = (o.metadata ?? {}) as { name?: string; namespace?: string };
  return `${String(o.kind ?? '?')}/${meta.namespace ?? ''}/${meta.name ?? '?'}`;
}

/** Renders a component chart with helm; dependencies must be vendored unless `dependencyBuild`. */
export async function renderComponent(
  helm: Helm,
  files: RepoFiles,
  recipe: ComponentRecipe,
  options: { dependencyBuild: boolean; kubeVersion: string | null; apiVersions: string[] },
): Promise<ComponentRender> {
  const refused = recipe.problems[0] ?? schemaReferenceProblem(files, recipe.chart);
  if (refused) return { ok: false, reason: `not rendered: ${refused.message}` };
  const missing = recipe.valueFiles.flatMap((v) => (v.kind === 'missing' ? [v.file] : []));
  if (missing.length > 0) return { ok: false, reason: `values file ${missing.join(', ')} does not exist` };
  const deps = missingDependencies(files, recipe.chart);
  if (deps.length > 0) {
    if (!options.dependencyBuild)
      return { ok: false, reason: 'deep diff skipped: dependencies not vendored' };
    const repositories = dependencyRepositories(files, recipe.chart);
    if ('refused' in repositories) return { ok: false, reason: repositories.refused };
    const built = await helm.dependencyBuild(files.abs(recipe.chart), repositories.add);
    if (!built.ok) return { ok: false, reason: `helm dependency build failed: ${firstLine(built.stderr)}` };
  }
  const r = await helm.template(templateRequest(files, recipe, options));
  if (!r.ok)
    return { ok: false, reason: `helm template failed: ${firstLine(r.stderr.replace(/^Error: /, ''))}` };
  const resources = new Map<string, Record<string, unknown>>();
  let manifests;
  try {
    manifests = splitManifests(r.stdout);
  } catch (e) {
    if (e instanceof ManifestError) return { ok: false, reason: e.message };
    throw e;
  }
  for (const m of manifests) resources.set(resourceKey(m.object), m.object);
  return { ok: true, resources };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/**
 * The repositories `helm dependency build` may fetch a chart's dependencies from: `https://` (added
 * under a generated name, as Argo CD does) and `oci://` repositories, and `file://` paths inside the
 * repository. Anything else (http, a repository alias, a path out of the repository) is refused.
 */
export function dependencyRepositories(
  files: RepoFiles,
  chart: string,
): { add: DependencyRepository[] } | { refused: string } {
  const add = new Map<string, DependencyRepository>();
  for (const d of chartDependencies(files, chart)) {
    const repo = String(d.repository ?? '');
    const name = String(d.name ?? '?');
    if (repo.startsWith('file://')) {
      const rel = repo.slice('file://'.length);
      const target = repoJoin(chart, rel);
      // An absolute path is absolute to helm, whatever it would mean joined to the chart.
      if (rel.startsWith('/') || escapesRepo(target) || !files.isFile(repoJoin(target, 'Chart.yaml')))
        return { refused: `dependency ${name}: ${repo} is not a chart inside the repository` };
    } else if (/^https:\/\/[^\s]+$/.test(repo)) {
      add.set(repo, {
        name: `gp-${createHash('sha256').update(repo).digest('hex').slice(0, 12)}`,
        url: repo,
      });
    } else if (!/^oci:\/\/[^\s]+$/.test(repo)) {
      return {
        refused: `dependency ${name}: repository "${repo}" is not fetched (only https://, oci:// and file:// inside the repository)`,
      };
    }
  }
  return { add: [...add.values()] };
}

/**
 * The dependencies helm may read for a chart: Chart.yaml's and, because helm still lets a
 * `requirements.yaml` replace them (even for apiVersion v2), that file's too.
 */
function chartDependencies(files: RepoFiles, chart: string): { name?: unknown; repository?: unknown }[] {
  return ['Chart.yaml', 'requirements.yaml'].flatMap((file) => {
    const text = files.text(repoJoin(chart, file));
    if (!text) return [];
    try {
      const deps = (parse(text) as { dependencies?: unknown } | null)?.dependencies;
      return Array.isArray(deps) ? deps.filter((d) => d && typeof d === 'object') : [];
    } catch {
      return [];
    }
  });
}

/** Chart.yaml dependencies that are neither vendored under charts/ nor file:// references. */
export function missingDependencies(files: RepoFiles, chart: string): string[] {
  const vendored = files.list(repoJoin(chart, 'charts'));
  return chartDependencies(files, chart)
    .filter((d) => !String(d.repository ?? '').startsWith('file://'))
    .map((d) => String(d.name))
    .filter((name) => !vendored.some((f) => f === name || (f.startsWith(`${name}-`) && f.endsWith('.tgz'))));
}
