import { finding, type Position, type RawFinding } from '../findings.js';
import { appSources, collectApps, type AppLevel, type RenderedApp } from '../gitops/applications.js';
import { recipeValues } from '../gitops/level-values.js';
import { Locator } from '../gitops/locate.js';
import { collectObjects, type RenderedObject } from '../gitops/objects.js';
import { repoJoin, type RepoFiles } from '../gitops/repo-files.js';
import type { Cluster, RepoIdentity } from '../gitops/topology.js';
import type { ChartRenderOptions, ChartRenders } from '../diff/chart-renders.js';
import { componentRecipe, type ComponentRecipe, type ComponentRender } from '../diff/deep.js';

/**
 * Applications that are themselves app-of-apps: an Application of a cluster whose in-repo chart
 * renders Applications is a nested level, as Argo CD sees it. Its Applications (and every other
 * object it renders) are the cluster's, and each is followed in turn, to any depth. A level is
 * identified by (chart, Application name), as the tree Argo CD builds: one seen again is not
 * followed again (a cycle is said); each chart renders once per recipe (ChartRenders).
 */

/** Levels deeper than this are not followed (names that grow with each level never repeat). */
export const MAX_NESTED_DEPTH = 10;

export interface NestedContext {
  cluster: Cluster;
  files: RepoFiles;
  repoURL: RepoIdentity;
  charts: ChartRenders;
  render: ChartRenderOptions;
}

/** What the nested levels of one cluster add to its render. */
export interface NestedLevels {
  /** Applications rendered by nested levels (each with its `level`). */
  apps: RenderedApp[];
  /** Every object the nested levels render, Applications included. */
  objects: RenderedObject[];
  findings: RawFinding[];
}

/**
 * Follows the Applications of a cluster's app-of-apps render (`top`) into every nested level. Sets
 * `nested` on each Application whose chart is one (rendered, or why not).
 */
export async function followNested(ctx: NestedContext, top: readonly RenderedApp[]): Promise<NestedLevels> {
  const out: NestedLevels = { apps: [], objects: [], findings: [] };
  const seen = new Set<string>();
  let frontier = [...top];
  for (let depth = 1; frontier.length > 0; depth++) {
    const candidates = frontier.flatMap((app) => {
      const recipe = levelRecipe(ctx, app);
      if (!recipe) return [];
      const id = `${recipe.chart}|${app.name}`;
      if (seen.has(id)) return [];
      seen.add(id);
      return [{ app, recipe }];
    });
    const renders = await Promise.all(
      candidates.map(({ recipe }) =>
        depth > MAX_NESTED_DEPTH ? null : ctx.charts.render(ctx.files, recipe, ctx.render),
      ),
    );
    frontier = [];
    candidates.forEach(({ app, recipe }, i) => {
      const r = renders[i];
      if (!r) return void out.findings.push(tooDeep(ctx, app, recipe));
      if (!r.ok) return void out.findings.push(failedLevel(ctx, app, recipe, r));
      const level = nextLevel(ctx, app, recipe, r, seen, out);
      frontier.push(...level);
    });
  }
  return out;
}

/**
 * Starts the renders of the first nested level of many clusters of one tree at once (helm renders
 * several of one chart in one process where that is exact): followNested then finds them rendered.
 */
export async function prefetchFirstLevels(
  clusters: readonly { ctx: NestedContext; top: readonly RenderedApp[] }[],
  concurrency: number,
): Promise<void> {
  const first = clusters[0]?.ctx;
  if (!first) return;
  const recipes = clusters.flatMap(({ ctx, top }) => top.flatMap((app) => levelRecipe(ctx, app) ?? []));
  await first.charts.prefetch(first.files, recipes, first.render, concurrency);
}

/** The recipe of an Application's in-repo chart when that chart may render Applications. */
function levelRecipe(ctx: NestedContext, app: RenderedApp): ComponentRecipe | null {
  // A recipe's chart is its one source's path (componentRecipe): a chart that names no Application
  // needs no recipe built, and most Applications' charts are components.
  const sources = appSources(app.object);
  const only = sources.length === 1 ? sources[0]!.source.path : undefined;
  if (typeof only !== 'string' || !rendersApplications(ctx.files, repoJoin('.', only))) return null;
  const r = componentRecipe(app.object, ctx.files, ctx.repoURL, app.cluster.controlPlaneNamespace);
  if (!r || !('recipe' in r)) return null;
  return rendersApplications(ctx.files, r.recipe.chart) ? r.recipe : null;
}

/**
 * Whether a chart's own files may write an Application (`Application` as a word in a template or a
 * vendored subchart): only those are rendered to find out, a chart that never names the kind is a component.
 * What cannot be read as text (a packed `.tgz` subchart) or is too large to scan may: it is rendered.
 */
export function rendersApplications(files: RepoFiles, chart: string): boolean {
  let known = scanned.get(files);
  if (!known) scanned.set(files, (known = new Map()));
  let found = known.get(chart);
  if (found === undefined) known.set(chart, (found = scanForApplications(files, chart)));
  return found;
}

/** Each tree's answers: a tree does not change while it is read, and every Application of a chart asks. */
const scanned = new WeakMap<RepoFiles, Map<string, boolean>>();

function scanForApplications(files: RepoFiles, chart: string): boolean {
  const walk = (dir: string, budget: { files: number }): boolean => {
    for (const name of files.list(dir)) {
      const rel = repoJoin(dir, name);
      if (budget.files-- <= 0) return true;
      if (files.isDirectory(rel)) {
        if (walk(rel, budget)) return true;
      } else if (/\.(tgz|tar\.gz)$/i.test(name) || /\bApplication\b/.test(files.text(rel) ?? '')) return true;
    }
    return false;
  };
  const budget = { files: 2000 };
  return ['templates', 'charts'].some((d) => walk(repoJoin(chart, d), budget));
}

/**
 * The objects of a rendered level: when it holds Applications, they are the cluster's (the parent
 * marked `nested`); the ones to follow next are returned. An Application that is one of its own
 * ancestors (the same chart and name) is a cycle: said, and not listed twice.
 */
function nextLevel(
  ctx: NestedContext,
  parent: RenderedApp,
  recipe: ComponentRecipe,
  r: Extract<ComponentRender, { ok: true }>,
  seen: ReadonlySet<string>,
  out: NestedLevels,
): RenderedApp[] {
  const level: AppLevel = {
    parent: parent.name,
    ancestors: [...(parent.level?.ancestors ?? []), parent.name],
    chart: recipe.chart,
    values: null,
  };
  const origin = { chart: recipe.chart, namespace: recipe.destinationNamespace, level };
  const apps = collectApps(ctx.cluster, r.manifests, origin);
  // A chart that renders no Application is a component: deep mode compares what it renders.
  if (apps.length === 0) return [];
  parent.nested = { state: 'rendered', chart: recipe.chart };
  const at = new Locator(ctx.files, new Map()).template(parent, ['spec', 'source', 'helm']);
  level.values = recipeValues(ctx.files, recipe, at);
  const cycles = new Set<string>();
  for (const app of apps) {
    const chart = levelRecipe(ctx, app)?.chart;
    if (!chart || !level.ancestors.includes(app.name) || !seen.has(`${chart}|${app.name}`)) continue;
    cycles.add(`${app.namespace}/${app.name}`);
    out.findings.push(cycleFinding(ctx, app, level));
  }
  const kept = apps.filter((a) => !cycles.has(`${a.namespace}/${a.name}`));
  out.apps.push(...kept);
  out.objects.push(
    ...collectObjects(ctx.cluster, r.manifests, origin).filter(
      (o) => !(o.kind === 'Application' && cycles.has(`${o.namespace}/${o.name}`)),
    ),
  );
  return kept;
}

function cycleFinding(ctx: NestedContext, app: RenderedApp, level: AppLevel): RawFinding {
  const path = [...level.ancestors.slice(level.ancestors.indexOf(app.name)), app.name].join(' → ');
  return {
    ...finding(
      'warning',
      'app-of-apps-nested',
      `nested app-of-apps cycle: ${path} (chart ${level.chart} renders Application ${app.name}, which renders it): not followed again`,
      new Locator(ctx.files, new Map()).template(app, ['metadata', 'name']),
      ctx.cluster.name,
    ),
    subject: app.name,
  };
}

function tooDeep(ctx: NestedContext, app: RenderedApp, recipe: ComponentRecipe): RawFinding {
  const reason = `nested more than ${MAX_NESTED_DEPTH} app-of-apps levels deep: not followed`;
  app.nested = { state: 'failed', chart: recipe.chart, failure: 'unavailable', reason };
  const at = new Locator(ctx.files, new Map()).template(app, ['spec', 'source', 'path']);
  return {
    ...finding(
      'warning',
      'app-of-apps-nested',
      `${app.name} (chart ${recipe.chart}) is ${reason}`,
      at,
      ctx.cluster.name,
    ),
    subject: app.name,
  };
}

/**
 * A level that does not render: an error where helm says (the nested chart's template line), else at
 * the template that writes the Application's source path; a warning when this run could not render it.
 */
function failedLevel(
  ctx: NestedContext,
  app: RenderedApp,
  recipe: ComponentRecipe,
  r: Exclude<ComponentRender, { ok: true }>,
): RawFinding {
  app.nested = { state: 'failed', chart: recipe.chart, failure: r.failure, reason: r.reason };
  const at =
    helmErrorAt(ctx.files, recipe.chart, r.reason) ??
    new Locator(ctx.files, new Map()).template(app, ['spec', 'source', 'path']);
  const message = `nested app-of-apps ${app.name} (chart ${recipe.chart}) does not render: ${r.reason}`;
  const f =
    r.failure === 'broken'
      ? finding('error', r.rule, message, at, ctx.cluster.name)
      : finding(
          'warning',
          'app-of-apps-nested',
          `${message}; its Applications are not checked`,
          at,
          ctx.cluster.name,
        );
  return { ...f, subject: app.name };
}

/** The template line of a chart that helm's message names (`<chart>/templates/x.yaml:12:3`), if it is a file. */
function helmErrorAt(files: RepoFiles, chart: string, message: string): Position | null {
  for (const m of message.matchAll(
    /([\w.-]+)\/((?:charts\/[\w.-]+\/)*templates\/[^\s:()]+):(\d+)(?::(\d+))?/g,
  )) {
    const file = repoJoin(chart, m[2]!);
    if (files.isFile(file)) return { file, line: Number(m[3]), column: Number(m[4] ?? 1) };
  }
  return null;
}
