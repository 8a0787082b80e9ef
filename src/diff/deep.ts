import { parse } from 'yaml';
import { createHash } from 'node:crypto';
import { helmErrorLines } from '../helm/error-text.js';
import type { DependencyRepository, HelmPort, TemplateRequest, TemplateResult } from '../ports/helm.js';
import { appSources, type ApplicationObject, type ApplicationSource } from '../gitops/applications.js';
import { applicationContext } from '../gitops/build-variables.js';
import { DEFAULT_CONTROL_PLANE_NAMESPACE } from '../gitops/control-plane-namespace.js';
import { schemaReferenceProblem } from '../gitops/helm-recipe.js';
import { readHelmSource } from '../gitops/helm-source.js';
import { notRenderedReason, sourceReads, sourceType } from '../gitops/source-type.js';
import { ManifestError, splitManifests, type Manifest } from '../gitops/manifests.js';
import { identifyObjects, objectKey, type ObjectIdentity } from '../gitops/objects.js';
import { templateRequest } from '../gitops/render.js';
import {
  externalValueFiles,
  recipeInputs,
  resolveRecipe,
  type RenderRecipe,
} from '../gitops/render-recipe.js';
import { escapesRepo, repoJoin, type RepoFiles } from '../gitops/repo-files.js';
import { isOwnRepoURL, type RepoIdentity } from '../gitops/topology.js';
import type { TreeListing } from './fingerprint.js';
import { fingerprint, isUnder, renderInputs } from './fingerprint.js';
import type { DeepResult, DependencyChange } from './model.js';
import { canonicalJson } from '../util/canonical-json.js';

/** How to render the component chart of one Application, when it is an in-repo Helm chart. */
export type ComponentRecipe = RenderRecipe;

export type RecipeResult = { recipe: ComponentRecipe } | { skip: string } | null;

/**
 * The render recipe of an Application's source as Argo CD would use it at the tree `files` holds,
 * or null when the source is not an in-repo Helm chart (a remote chart, a plain directory, another repo).
 */
export function componentRecipe(
  app: ApplicationObject,
  files: RepoFiles,
  repoURL: RepoIdentity,
  controlPlane: string = DEFAULT_CONTROL_PLANE_NAMESPACE,
): RecipeResult {
  if (appSources(app).length > 1) return { skip: 'multi-source Application: its sources are not rendered' };
  const own = ownSource(app, repoURL);
  if (!own || !files.isFile(repoJoin(own.dir, 'Chart.yaml'))) return null;
  const notHelm = notRenderedReason(sourceType(own.source, files, own.dir), own.dir);
  if (notHelm) return { skip: notHelm };
  const { source, dir: chart } = own;
  const recipe = resolveRecipe(
    files,
    {
      chart,
      helm: readHelmSource(source.helm),
      app: applicationContext(app, source, controlPlane),
      refs: {},
    },
    files.revision,
  );
  return { recipe };
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
 * its `.argocd-source*.yaml`, and the charts of its `file://` dependencies inside the repository,
 * which a dependency build copies in), its recipe (value files in their order: the last one wins)
 * and the helm options it renders with.
 */
export function recipeFingerprint(
  recipe: ComponentRecipe,
  files: RepoFiles,
  tree: TreeListing,
  helm: HelmRenderOptions,
): string {
  const inputs = renderInputs(tree, recipe.chart, recipeInputs(recipe));
  for (const dir of localDependencyCharts(files, recipe.chart))
    inputs.push(...renderInputs(tree, dir, []).map(([f, id]): [string, string] => [`dep:${f}`, id]));
  return fingerprint(inputs, {
    ...recipe,
    helm: { kubeVersion: helm.kubeVersion, apiVersions: helm.apiVersions },
  });
}

/** The in-repo charts a chart's `file://` dependencies name, transitively (cycle-safe), itself excluded. */
function localDependencyCharts(files: RepoFiles, chart: string): string[] {
  const seen = new Set([chart]);
  const queue = [chart];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    for (const d of chartDependencies(files, dir)) {
      const repo = String(d.repository ?? '');
      if (!repo.startsWith('file://')) continue;
      const rel = repo.slice('file://'.length);
      const target = repoJoin(dir, rel);
      if (rel.startsWith('/') || escapesRepo(target) || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  seen.delete(chart);
  return [...seen].sort();
}

/**
 * Why a component did not render: `broken` when the chart at that ref fails as it would in Argo CD
 * (helm template fails, a values file is missing: `helm-template`; a value helm must not get:
 * `helm-argument`): at head, that is an error of the pull request. `unavailable` when this run
 * could not render it (dependencies not vendored and not buildable here): nothing is known about
 * the chart either way.
 */
export type RenderFailure =
  | { ok: false; failure: 'broken'; rule: 'helm-template' | 'helm-argument'; reason: string }
  | { ok: false; failure: 'unavailable'; reason: string };

/** One object a component chart renders, with the identity Argo CD gives it (objects.ts). */
export type RenderedResource = ObjectIdentity & { object: Record<string, unknown> };

/**
 * `resources`: by objectKey; of two objects with one identity the later one, as Argo CD applies it.
 * `manifests`: every object as rendered, in helm's order, with its template (what a nested
 * app-of-apps level reads).
 */
export type ComponentRender =
  { ok: true; resources: Map<string, RenderedResource>; manifests: Manifest[] } | RenderFailure;

/**
 * The resources of a render by Argo CD's identity: a namespaced object that names no namespace
 * lands in the Application's namespace (`recipe.namespace`), a cluster-scoped one in none.
 */
export function renderedResources(
  objects: readonly Record<string, unknown>[],
  namespace: string,
): Map<string, RenderedResource> {
  const ids = identifyObjects(objects, namespace);
  return new Map(ids.map((id, i) => [objectKey(id), { ...id, object: objects[i]! }]));
}

/** Renders a component chart with helm; dependencies must be vendored unless `dependencyBuild`. */
export async function renderComponent(
  helm: HelmPort,
  files: RepoFiles,
  recipe: ComponentRecipe,
  options: { dependencyBuild: boolean; kubeVersion: string | null; apiVersions: string[] },
): Promise<ComponentRender> {
  const broken = (
    reason: string,
    rule: 'helm-template' | 'helm-argument' = 'helm-template',
  ): RenderFailure => ({
    ok: false,
    failure: 'broken',
    rule,
    reason,
  });
  const unavailable = (reason: string): RenderFailure => ({ ok: false, failure: 'unavailable', reason });
  const refused = recipe.problems[0] ?? schemaReferenceProblem(files, recipe.chart);
  if (refused) return broken(`not rendered: ${refused.message}`, 'helm-argument');
  const missing = recipe.valueFiles.flatMap((v) => (v.kind === 'missing' ? [v.file] : []));
  if (missing.length > 0) return broken(`values file ${missing.join(', ')} does not exist`);
  const deps = missingDependencies(files, recipe.chart);
  if (deps.length > 0) {
    if (!options.dependencyBuild)
      return unavailable(
        `dependencies not vendored (${deps.join(', ')}); --dependency-build would fetch them`,
      );
    const repositories = dependencyRepositories(files, recipe.chart);
    if ('refused' in repositories) return unavailable(repositories.refused);
    const built = await dependencyBuildOnce(helm, files.abs(recipe.chart), repositories.add);
    if (!built.ok) return unavailable(`helm dependency build failed: ${firstErrorLine(built.stderr)}`);
  }
  return componentRendered(recipe, await helm.template(templateRequest(files, recipe, options)));
}

/**
 * The helm request of a component render when renderComponent would make it at once (no refusal, no
 * missing values file, no dependency to build): what may be rendered with others (templateMany).
 */
export function componentRequest(
  files: RepoFiles,
  recipe: ComponentRecipe,
  options: { kubeVersion: string | null; apiVersions: string[] },
): TemplateRequest | null {
  if (recipe.problems.length > 0 || schemaReferenceProblem(files, recipe.chart)) return null;
  if (recipe.valueFiles.some((v) => v.kind === 'missing')) return null;
  if (missingDependencies(files, recipe.chart).length > 0) return null;
  return templateRequest(files, recipe, options);
}

/** What a component chart renders, from helm's result of its request. */
export function componentRendered(recipe: ComponentRecipe, r: TemplateResult): ComponentRender {
  const broken = (reason: string): RenderFailure => ({
    ok: false,
    failure: 'broken',
    rule: 'helm-template',
    reason,
  });
  if (!r.ok) return broken(`helm template failed: ${firstErrorLine(r.stderr)}`);
  let manifests;
  try {
    manifests = splitManifests(r.stdout);
  } catch (e) {
    if (e instanceof ManifestError) return broken(e.message);
    throw e;
  }
  return {
    ok: true,
    resources: renderedResources(
      manifests.map((m) => m.object),
      recipe.destinationNamespace,
    ),
    manifests,
  };
}

/**
 * One `helm dependency build` per chart directory and Helm (a chart serves every cluster, and two
 * Applications of one cluster may render it at once): later renders wait for the first build.
 */
const builds = new WeakMap<HelmPort, Map<string, Promise<{ ok: boolean; stderr: string }>>>();

function dependencyBuildOnce(
  helm: HelmPort,
  chartDir: string,
  repositories: DependencyRepository[],
): Promise<{ ok: boolean; stderr: string }> {
  let byDir = builds.get(helm);
  if (!byDir) builds.set(helm, (byDir = new Map()));
  let build = byDir.get(chartDir);
  if (!build) byDir.set(chartDir, (build = helm.dependencyBuild(chartDir, repositories)));
  return build;
}

/** The first line of helm's error, past the notes Helm 4 logs before it (`level=WARN msg=…`). */
function firstErrorLine(stderr: string): string {
  return helmErrorLines(stderr)[0] ?? 'no message';
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

interface ChartDependency {
  name?: unknown;
  alias?: unknown;
  version?: unknown;
  repository?: unknown;
}

/**
 * The dependencies helm may read for a chart: Chart.yaml's and, because helm still lets a
 * `requirements.yaml` replace them (even for apiVersion v2), that file's too.
 */
function chartDependencies(files: RepoFiles, chart: string): ChartDependency[] {
  return DECLARED.flatMap((file) => dependencyList(files, repoJoin(chart, file)));
}

const DECLARED = ['Chart.yaml', 'requirements.yaml'];
const LOCKS = ['Chart.lock', 'requirements.lock'];

/** The `dependencies` list of one YAML file of a chart (none when absent or unparsable). */
function dependencyList(files: RepoFiles, file: string): ChartDependency[] {
  const text = files.text(file);
  if (!text) return [];
  try {
    const deps = (parse(text) as { dependencies?: unknown } | null)?.dependencies;
    return Array.isArray(deps)
      ? deps.filter((d): d is ChartDependency => !!d && typeof d === 'object' && !Array.isArray(d))
      : [];
  } catch {
    return [];
  }
}

/**
 * Dependencies helm would find missing under charts/: not vendored there (as a directory or a
 * `<name>-<version>.tgz`). `file://` ones too: helm template refuses them until a dependency build
 * copies them in.
 */
export function missingDependencies(files: RepoFiles, chart: string): string[] {
  const vendored = files.list(repoJoin(chart, 'charts'));
  return chartDependencies(files, chart)
    .map((d) => String(d.name))
    .filter((name) => !vendored.some((f) => f === name || (f.startsWith(`${name}-`) && f.endsWith('.tgz'))));
}

type DependencyEntry = { version: string | null; repository: string };

/** A chart file's dependencies by alias (else name), a repeated key numbered: `x`, `x#2`. */
function dependencyEntries(files: RepoFiles, file: string): Map<string, DependencyEntry> {
  const out = new Map<string, DependencyEntry>();
  for (const d of dependencyList(files, file)) {
    const name = String(d.alias ?? d.name ?? '?');
    let key = name;
    for (let n = 2; out.has(key); n++) key = `${name}#${n}`;
    out.set(key, {
      version: d.version === undefined || d.version === null ? null : String(d.version),
      repository: String(d.repository ?? ''),
    });
  }
  return out;
}

/**
 * The dependencies of a component chart that differ between the refs: declared (Chart.yaml,
 * requirements.yaml) and locked (Chart.lock, requirements.lock; a lock entry that says what the
 * declared one says is not repeated). Read from the files, so it is known even when neither side
 * can be rendered.
 */
export function dependencyChanges(
  base: { files: RepoFiles; chart: string },
  head: { files: RepoFiles; chart: string },
): DependencyChange[] {
  const out: DependencyChange[] = [];
  for (const file of [...DECLARED, ...LOCKS]) {
    const before = dependencyEntries(base.files, repoJoin(base.chart, file));
    const after = dependencyEntries(head.files, repoJoin(head.chart, file));
    for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const b = before.get(key);
      const a = after.get(key);
      if (b && a && b.version === a.version && b.repository === a.repository) continue;
      const name = key.replace(/#\d+$/, '');
      const change: DependencyChange = {
        name,
        from: b ? b.version : null,
        to: a ? a.version : null,
        repository: (a ?? b)!.repository,
        repositoryFrom: b && a && b.repository !== a.repository ? b.repository : null,
        file,
      };
      const said = (c: DependencyChange) =>
        c.name === change.name &&
        c.from === change.from &&
        c.to === change.to &&
        c.repository === change.repository;
      if (LOCKS.includes(file) && out.some(said)) continue;
      out.push(change);
    }
  }
  return out;
}

/** What deep mode can do with one side of an Application's source. */
export type ComponentSource =
  | { kind: 'chart'; recipe: ComponentRecipe }
  /** `inputs`: repository paths whose change can change what it deploys. */
  | { kind: 'unrendered'; reason: string; inputs: string[] };

/** An Application's source as deep mode sees it at one ref; null when it has no source at all. */
export function componentSource(
  app: ApplicationObject,
  files: RepoFiles,
  repoURL: RepoIdentity,
  controlPlane?: string,
): ComponentSource | null {
  const recipe = componentRecipe(app, files, repoURL, controlPlane);
  if (recipe && 'recipe' in recipe) return { kind: 'chart', recipe: recipe.recipe };
  const sources = appSources(app).map(
    (s) => s.source as ApplicationSource & { helm?: Record<string, unknown> },
  );
  if (sources.length === 0) return null;
  const own = ownSource(app, repoURL);
  const type = own && files.isDirectory(own.dir) ? sourceType(own.source, files, own.dir) : null;
  if (own && type && type.tool !== 'helm')
    return {
      kind: 'unrendered',
      reason: notRenderedReason(type, own.dir) ?? `${own.dir} is not rendered`,
      inputs: sourceReads(type, files, own.dir),
    };
  if (recipe) return { kind: 'unrendered', reason: recipe.skip, inputs: ownInputs(sources, repoURL) };
  if (own && files.isDirectory(own.dir))
    return {
      kind: 'unrendered',
      reason: `plain manifests in ${own.dir} are not rendered`,
      inputs: [own.dir],
    };
  if (own)
    return { kind: 'unrendered', reason: `${own.dir} does not exist in this repository`, inputs: [own.dir] };
  return {
    kind: 'unrendered',
    reason: `${describeSource(sources[0]!)} is outside this repository and is not rendered offline`,
    inputs: [],
  };
}

/** `chart x 1.2.3 from https://…` or `https://… path p at main`: one line, as written. */
function describeSource(s: ApplicationSource): string {
  const at = s.targetRevision ? ` ${String(s.targetRevision)}` : '';
  if (s.chart) return `chart ${String(s.chart)}${at} from ${String(s.repoURL ?? '?')}`;
  return `${String(s.repoURL ?? '?')}${s.path ? ` path ${String(s.path)}` : ''}${at ? ` at${at}` : ''}`;
}

/**
 * The repository paths a multi-source Application reads from this repository: the paths of its
 * own-repository sources, and the `$ref/…` value files that name one (up to the first glob character).
 */
function ownInputs(sources: readonly ApplicationSource[], repoURL: RepoIdentity): string[] {
  const own = (s: ApplicationSource) => isOwnRepoURL(s.repoURL, repoURL);
  const refs = new Set(sources.filter((s) => own(s) && typeof s.ref === 'string').map((s) => s.ref!));
  const out = new Set<string>();
  for (const s of sources) {
    if (own(s) && typeof s.path === 'string') out.add(repoJoin('.', s.path));
    for (const entry of s.helm?.valueFiles ?? []) {
      const m = typeof entry === 'string' ? /^\$([^/]+)\/(.+)$/.exec(entry) : null;
      if (!m || !refs.has(m[1]!)) continue;
      const segments = m[2]!.split('/');
      const glob = segments.findIndex((seg) => /[*?[{]/.test(seg));
      out.add(repoJoin('.', (glob < 0 ? segments : segments.slice(0, glob)).join('/') || '.'));
    }
  }
  return [...out].sort();
}

/**
 * What decides an Application's render besides its source's files: its name and namespace (release
 * name, `$ARGOCD_APP_*`), project, sources and destination, keys sorted. Sync policy, labels and
 * annotations are not part of it.
 */
function renderIdentity(app: ApplicationObject): string {
  const spec = (app.spec ?? {}) as Record<string, unknown>;
  const meta = app.metadata ?? {};
  return canonicalJson({
    name: meta.name ?? null,
    namespace: meta.namespace ?? null,
    project: spec.project ?? null,
    source: spec.source ?? null,
    sources: spec.sources ?? null,
    destination: spec.destination ?? null,
  });
}

/** One ref's tree as deep mode needs it. */
export interface DeepSide {
  files: RepoFiles;
  listing: TreeListing;
  /** This repository's URLs (topology.repoURLs): sources with one of them are in-repo. */
  repoURL: RepoIdentity;
  /** The namespace Argo CD runs in (topology.controlPlaneNamespace): what Applications' instance names depend on. */
  controlPlaneNamespace?: string;
  /** The side's own `helm:` config (kubeVersion, apiVersions): base renders as base was configured. */
  helm: HelmRenderOptions;
}

/** What deep mode does for one Application: decided without rendering, or render these recipes. */
export type DeepPlan =
  /** `byInputs`: an in-repo chart proven unchanged from its inputs' git object ids, not rendered. */
  | {
      kind: 'decided';
      result: Extract<DeepResult, { state: 'unchanged' | 'unknown' | 'not-applicable' }>;
      byInputs: boolean;
    }
  | {
      kind: 'render';
      base: ComponentRecipe | null;
      head: ComponentRecipe | null;
      dependencies: DependencyChange[];
    };

/**
 * A render of a chart that reads a value file outside this repository (not read offline) would be without
 * it: what it deploys is unknown instead (its inputs proving it unchanged was checked before).
 */
function renderOrUnknown(plan: Extract<DeepPlan, { kind: 'render' }>): DeepPlan {
  const outside = [plan.head, plan.base].flatMap((r) => (r ? externalValueFiles(r) : []))[0];
  if (!outside) return plan;
  const reason = `value file ${outside.entry} is outside this repository`;
  return {
    kind: 'decided',
    result: { state: 'unknown', reason, dependencies: plan.dependencies },
    byInputs: false,
  };
}

/**
 * Plans deep mode for an Application present at base, head or both (null: it has no source, so
 * there is nothing to compare). `unchanged` only when proven: in-repo charts whose inputs have the
 * same git object ids and the same recipe, or, for what deep mode does not render (sources outside
 * the repository, plain manifests, multi-source), the same render identity and no changed file under
 * what it reads. An Application added or removed whose source is not rendered is `not-applicable`:
 * what it deploys comes or goes with it. Everything else that is not rendered is `unknown`, with why.
 */
export function planDeep(
  before: { app: ApplicationObject; name: string } | undefined,
  after: { app: ApplicationObject; name: string } | undefined,
  base: DeepSide,
  head: DeepSide,
  changedFiles: ReadonlySet<string>,
): DeepPlan | null {
  const sb = before
    ? componentSource(before.app, base.files, base.repoURL, base.controlPlaneNamespace)
    : null;
  const sh = after ? componentSource(after.app, head.files, head.repoURL, head.controlPlaneNamespace) : null;
  if (!sb && !sh) return null;
  const chartB = sb?.kind === 'chart' ? sb.recipe : null;
  const chartH = sh?.kind === 'chart' ? sh.recipe : null;
  if (chartB && chartH) {
    if (
      recipeFingerprint(chartB, base.files, base.listing, base.helm) ===
      recipeFingerprint(chartH, head.files, head.listing, head.helm)
    )
      return { kind: 'decided', result: { state: 'unchanged' }, byInputs: true };
    const dependencies = dependencyChanges(
      { files: base.files, chart: chartB.chart },
      { files: head.files, chart: chartH.chart },
    );
    return renderOrUnknown({ kind: 'render', base: chartB, head: chartH, dependencies });
  }
  // One side only (added or removed): its chart renders alone.
  if (!after && chartB)
    return renderOrUnknown({ kind: 'render', base: chartB, head: null, dependencies: [] });
  if (!before && chartH)
    return renderOrUnknown({ kind: 'render', base: null, head: chartH, dependencies: [] });
  const unrendered = [sh, sb].find((s) => s?.kind === 'unrendered') as
    Extract<ComponentSource, { kind: 'unrendered' }> | undefined;
  const reason = unrendered?.reason ?? 'the Application has no source on one side';
  const unknown = (why: string): DeepPlan => ({
    kind: 'decided',
    result: { state: 'unknown', reason: why, dependencies: [] },
    byInputs: false,
  });
  // Added or removed: all it deploys comes or goes with it, whatever its source holds; nothing is claimed unchanged.
  if (!before || !after) return { kind: 'decided', result: { state: 'not-applicable' }, byInputs: false };
  if (renderIdentity(before.app) !== renderIdentity(after.app)) return unknown(reason);
  const inputs = [sb, sh].flatMap((s) =>
    !s ? [] : s.kind === 'chart' ? [s.recipe.chart, ...recipeInputs(s.recipe)] : s.inputs,
  );
  const touched = [...new Set(inputs)].find((dir) => [...changedFiles].some((f) => isUnder(f, dir)));
  if (touched)
    return unknown(
      `${touched === '.' ? 'files of the repository' : `files under ${touched}`} changed and ${reason}`,
    );
  return { kind: 'decided', result: { state: 'unchanged' }, byInputs: false };
}
