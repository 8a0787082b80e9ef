import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { Git } from '../git/git.js';
import type { Helm } from '../helm/helm.js';
import type { Logger } from '../logger.js';
import { collectApps, type ApplicationObject, type RenderedApp } from '../gitops/applications.js';
import { clusterRecipe, loadClusterValues } from '../gitops/cluster-values.js';
import { externalValueFiles, recipeInputs } from '../gitops/render-recipe.js';
import { collectObjects, objectKey, type RenderedObject } from '../gitops/objects.js';
import { renderCluster } from '../gitops/render.js';
import { requireDirectory } from '../gitops/repo-files.js';
import type { Cluster } from '../gitops/topology.js';
import { toJson } from '../gitops/vnode.js';
import { readRepoFacts } from './repo-facts.js';
import { fileLine, type Finding } from '../findings.js';
import { changedFiles, fingerprint, isUnder, renderInputs } from '../diff/fingerprint.js';
import {
  compareApps,
  compareObjects,
  comparePair,
  maskedRisks,
  type CompareContext,
  type Comparison,
  type Side,
} from '../diff/compare.js';
import { ignoreRules } from '../diff/ignore.js';
import { readsUnplannedInputs } from '../diff/unplanned-inputs.js';
import { hasEntries, type AppChange, type ClusterDiff, type DiffReport, type Risk } from '../diff/model.js';
import { globFiles } from '../gitops/glob.js';
import { ChartRenders } from '../diff/chart-renders.js';
import { failedLevels, withoutFailedLevels, type SideObjects } from '../diff/levels.js';
import { followNested, type NestedContext } from './nested-levels.js';
import { mapLimit } from '../util/concurrency.js';
import { diffPolicy, exportSide, openTrees, type Exported, type Reading, type Tree } from './diff-trees.js';
import { headVerdict, isAbout, reportRisks, templateRuns, validateHead } from './diff-verdict.js';

export interface DiffOptions {
  /** A git repository (working tree or bare) holding both refs. */
  repoDir: string;
  /** The default branch the platform names (the GitHub event's `repository.default_branch`). */
  eventDefaultBranch?: string;
  base: string;
  head: string;
  helm: Helm;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /** Only these clusters (default: all). */
  clusters?: readonly string[];
  /** Render in-repo component charts and diff their resources (default: config diff.deep, true). */
  deep?: boolean;
  /** Allow `helm dependency build` for component charts whose dependencies are not vendored. */
  dependencyBuild?: boolean;
  configFile?: string;
  concurrency?: number;
  /** Key for the hashes shown instead of secret values (default: random per run). */
  secretSalt?: string;
}

/**
 * What a change does to every cluster: both refs are read from git into temp dirs (the working
 * tree is never touched), clusters whose render inputs have the same git object ids at both refs
 * are known unchanged without rendering, the rest are rendered in parallel, head is validated in
 * full (the same verdict as validate at head), and Applications (and, in deep mode, the resources
 * of their in-repo charts) are compared.
 */
export async function diff(options: DiffOptions): Promise<DiffReport> {
  const started = performance.now();
  const lap = (what: string) =>
    options.logger.debug(`diff: ${what} after ${Math.round(performance.now() - started)} ms`);
  requireDirectory(options.repoDir);
  const git = new Git(options.repoDir, options.env);
  await git.requireTopLevel();
  const [baseSha, headSha] = await Promise.all([resolve(git, options.base), resolve(git, options.head)]);
  const temp = await mkdtemp(path.join(os.tmpdir(), 'gp-diff-'));
  try {
    // Both exports settle before anything is thrown: the temp dir is removed only once no git checkout
    // is still writing into it (else its ENOTEMPTY would replace the real error).
    const [exports, facts] = await Promise.all([
      Promise.allSettled([
        exportSide(git, options.base, baseSha, path.join(temp, 'base'), 'base'),
        exportSide(git, options.head, headSha, path.join(temp, 'head'), 'head'),
      ]),
      readRepoFacts(options.repoDir, options.env, options.eventDefaultBranch),
    ]);
    const failed = exports.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [b, h] = exports.map((r) => (r as PromiseFulfilledResult<Exported>).value) as [Exported, Exported];
    const { base, head, reading } = openTrees(b, h, options, facts);
    lap('trees read');
    return await compareTrees(base, head, reading, options, lap);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function resolve(git: Git, ref: string): Promise<string> {
  const sha = await git.tryRevParse(ref);
  if (sha) return sha;
  if (!(await git.isRepository())) throw new ConfigurationError(`${git.dir} is not a git repository`);
  if (await git.isShallow())
    throw new ConfigurationError(
      `git ref "${ref}" is not in ${git.dir}, a shallow clone: check out with fetch-depth: 0 (actions/checkout) so both refs are there`,
    );
  throw new ConfigurationError(
    `git ref "${ref}" is not in ${git.dir} (in a workflow, check out with fetch-depth: 0 so both refs are there)`,
  );
}

/** A cluster's bootstrap Application at base and head compared as an object (masked, ignores applied). */
function bootstrapChange(
  p: Plan,
  ctx: Pick<CompareContext, 'rules' | 'ignored' | 'secretSalt'>,
): { change: AppChange; risks: Risk[] } | null {
  const b = p.base?.bootstrap;
  const h = p.head?.bootstrap;
  if (!b || !h) return null;
  const before = toJson(b.node) as ApplicationObject;
  const after = toJson(h.node) as ApplicationObject;
  const pair = comparePair(before as Obj, after as Obj, h.file, ctx);
  if (!pair.status) return null;
  const meta = after.metadata ?? {};
  const change: AppChange = {
    kind: 'Application',
    cluster: p.name,
    name: String(meta.name ?? p.name),
    namespace: String(meta.namespace ?? p.head!.controlPlaneNamespace),
    status: pair.status,
    fields: pair.fields,
    unified: pair.unified,
    deep: { state: 'not-applicable' },
  };
  return { change, risks: maskedRisks(change, before, after, ctx.secretSalt) };
}

type Obj = Record<string, unknown>;

/**
 * Repo paths a cluster's app-of-apps render reads (the chart, the value and file-parameter files the
 * recipe resolves to, its `.argocd-source*.yaml`), and the fingerprint of them and its recipe.
 */
function clusterInputs(tree: Tree, cluster: Cluster): { paths: Set<string>; id: string } {
  const recipe = clusterRecipe(tree.files, cluster);
  const inputs = renderInputs(tree.listing, cluster.chart, recipeInputs(recipe));
  const paths = new Set(inputs.map(([f]) => f));
  if (cluster.bootstrap) paths.add(cluster.bootstrap.file);
  if (tree.config.file) paths.add(tree.config.file);
  // The config decides how a cluster renders and what validation says of it: a change re-checks all.
  // A base read with head's config has head's config id: both sides are read alike.
  return { paths, id: fingerprint(inputs, { recipe, helm: tree.config.helm, config: tree.configId }) };
}

/**
 * What head cannot say: report-level reasons (no cluster at all, a changed bootstrap file that does not
 * parse), and the base clusters a broken bootstrap at head hides (unknown, never 'removed').
 */
interface HeadGaps {
  errors: string[];
  hidden: Map<string, string>;
}

function headGaps(base: Tree, head: Tree): HeadGaps {
  const errors: string[] = [];
  if (head.topology.clusters.length === 0)
    errors.push(
      `no cluster found at head (no bootstrap Application matches ${head.config.bootstrapGlob} and the config declares no clusters)`,
    );
  const headNames = new Set(head.topology.clusters.map((c) => c.name));
  const problems = bootstrapProblems(head);
  const hidden = new Map<string, string>();
  for (const c of base.topology.clusters) {
    const why = c.bootstrap && !headNames.has(c.name) ? problems.get(c.bootstrap.file) : undefined;
    if (why) hidden.set(c.name, `its bootstrap at head cannot be read: ${why}`);
  }
  const explained = new Set(
    base.topology.clusters.flatMap((c) => (c.bootstrap && hidden.has(c.name) ? [c.bootstrap.file] : [])),
  );
  for (const [file, why] of problems) {
    if (explained.has(file) || base.listing.get(file) === head.listing.get(file)) continue;
    errors.push(`a bootstrap file at head cannot be read, what it deploys is unknown: ${why}`);
  }
  return { errors, hidden };
}

/** Bootstrap files at head with an error that drops what they define (YAML, schema): file → first reason. */
function bootstrapProblems(head: Tree): Map<string, string> {
  const files = new Set(head.topology.clusters.flatMap((c) => (c.bootstrap ? [c.bootstrap.file] : [])));
  const fatal = (f: Finding) =>
    f.severity === 'error' &&
    !!f.file &&
    (f.rule.startsWith('yaml-') || (f.rule === 'bootstrap-invalid' && !f.cluster));
  const found = [
    ...head.topology.findings,
    ...globFiles(head.dir, head.config.bootstrapGlob).flatMap((f) => head.files.readYaml(f)?.findings ?? []),
  ];
  const out = new Map<string, string>();
  for (const f of found) {
    if (!fatal(f) || out.has(f.file!)) continue;
    // A file that still defines a cluster at head is validated with it.
    if (files.has(f.file!)) continue;
    out.set(f.file!, `${fileLine(f)}: ${f.message}`);
  }
  return out;
}

interface Plan {
  name: string;
  base: Cluster | undefined;
  head: Cluster | undefined;
  /** Render inputs differ (or the cluster is new or gone). */
  changed: boolean;
  /**
   * Its Applications are compared although its inputs are equal: something outside them changed (a
   * component chart for deep mode, a nested app-of-apps level).
   */
  needsApps: boolean;
}

/** Directories holding a Chart.yaml at either ref: the only places a component chart input can be. */
function chartDirs(...trees: Tree[]): string[] {
  const dirs = new Set<string>();
  for (const t of trees)
    for (const f of t.listing.keys())
      if (f === 'Chart.yaml' || f.endsWith('/Chart.yaml')) dirs.add(path.posix.dirname(f));
  return [...dirs];
}

function plan(base: Tree, head: Tree, options: DiffOptions, changedAll: ReadonlySet<string>): Plan[] {
  // What a component chart can read: its own tree, and value files anywhere in the GitOps tree (`root`;
  // `../shared/x.yaml`). Documentation, CI files and, in a monorepo, the code beside the tree are never rendered.
  const charts = chartDirs(base, head);
  const roots = [base.config.root, head.config.root];
  const bootstraps = new Set(
    [...base.topology.clusters, ...head.topology.clusters].flatMap((c) =>
      c.bootstrap ? [c.bootstrap.file] : [],
    ),
  );
  const changed = [...changedAll].filter(
    (f) =>
      charts.some((d) => isUnder(f, d)) ||
      (/\.(ya?ml|json)$/i.test(f) &&
        !f.startsWith('.github/') &&
        !bootstraps.has(f) &&
        roots.some((r) => isUnder(f, r))),
  );
  const names = [...new Set([...base.topology.clusters, ...head.topology.clusters].map((c) => c.name))];
  const wanted = options.clusters;
  if (wanted) {
    const unknown = wanted.filter((n) => !names.includes(n));
    if (unknown.length > 0)
      throw new ConfigurationError(`unknown cluster ${unknown.join(', ')} (clusters: ${names.join(', ')})`);
  }
  const order = head.topology.clusters.map((c) => c.name);
  return names
    .filter((n) => !wanted || wanted.includes(n))
    .sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9))
    .map((name) => {
      const b = base.topology.clusters.find((c) => c.name === name);
      const h = head.topology.clusters.find((c) => c.name === name);
      const bi = b && clusterInputs(base, b);
      const hi = h && clusterInputs(head, h);
      const differs = !bi || !hi || bi.id !== hi.id;
      // Deep mode's component charts, and nested app-of-apps levels (followed with deep mode off too).
      const outside = !!hi && changed.some((f) => !hi.paths.has(f) && !isUnder(f, h!.chart));
      return { name, base: b, head: h, changed: differs, needsApps: !differs && outside };
    });
}

async function compareTrees(
  base: Tree,
  head: Tree,
  reading: Reading,
  options: DiffOptions,
  lap: (what: string) => void,
): Promise<DiffReport> {
  const policy = diffPolicy(base, head, options.deep);
  const deep = policy.deep;
  const notes = [...reading.notes];
  if (!deep) notes.push('Deep mode is off: the resources of component charts are not compared.');
  const changed = changedFiles(base.listing, head.listing);
  const plans = plan(base, head, options, changed);
  const gaps = headGaps(base, head);
  gaps.errors.push(...reading.unknown);
  const baseClusters = plans
    .filter((p) => p.base && p.changed && !gaps.hidden.has(p.name))
    .map((p) => p.base!);
  const appsOnly = plans.filter((p) => p.needsApps).length;
  options.logger.info(
    `diff ${base.ref}..${head.ref}: Application inputs changed in ${plans.filter((p) => p.changed).length} of ${plans.length} clusters` +
      (appsOnly > 0 ? `, ${appsOnly} more checked for component chart changes` : '') +
      `; rendering ${head.topology.clusters.length} at head (all, for validation), ${baseClusters.length} at base`,
  );
  const concurrency = options.concurrency ?? os.availableParallelism();
  lap('planned');
  const templatesBefore = templateRuns(options.helm);
  const charts = new ChartRenders(options.helm);
  const dependencyBuild = options.dependencyBuild ?? false;
  const nestedAt = (tree: Tree, cluster: Cluster): NestedContext => ({
    cluster,
    files: tree.files,
    repoURL: tree.topology.repoURLs,
    charts,
    render: { dependencyBuild, ...tree.config.helm },
  });
  const { validating, headReady } = validateHead(head, { ...options, charts, dependencyBuild }, concurrency);
  const baseRendering = mapLimit(baseClusters, concurrency, async (c) => {
    const values = loadClusterValues(base.files, c);
    if (values.broken)
      return {
        cluster: c.name,
        ok: false,
        apps: [] as RenderedApp[],
        objects: [] as RenderedObject[],
        error: 'inputs at base do not parse',
        unreadable: [],
      };
    const r = await renderCluster(options.helm, base.files, c, values, base.config.helm);
    const top = r.ok ? collectApps(c, r.manifests) : [];
    const nested = await followNested(nestedAt(base, c), top);
    return {
      cluster: c.name,
      ok: r.ok,
      apps: [...top, ...nested.apps],
      objects: r.ok ? [...collectObjects(c, r.manifests), ...nested.objects] : [],
      error: r.findings[0]?.message ?? '',
      unreadable: r.unreadable ?? [],
    };
  });
  const [baseRenders, headResult] = await Promise.all([baseRendering, headReady]);
  // Component charts render only after this: every helm template so far rendered a cluster.
  const clusterRuns = templateRuns(options.helm) - templatesBefore;
  lap('clusters rendered');
  const headApps = new Map<string, RenderedApp[]>();
  for (const app of headResult.apps)
    headApps.set(app.cluster.name, [...(headApps.get(app.cluster.name) ?? []), app]);
  const headObjects = new Map<string, RenderedObject[]>();
  for (const o of headResult.objects)
    headObjects.set(o.cluster.name, [...(headObjects.get(o.cluster.name) ?? []), o]);
  const rendered = headResult.rendered;
  const ignored: Record<string, number> = {};
  const rules = ignoreRules(policy.ignore);
  const stats = {
    clustersRendered: clusterRuns,
    clustersSkipped: 0,
    chartsRendered: 0,
    chartsSkipped: 0,
  };
  const secretSalt = options.secretSalt ?? randomBytes(16).toString('hex');
  const sideOf = (tree: Tree): Side => ({
    files: tree.files,
    listing: tree.listing,
    repoURL: tree.topology.repoURLs,
    controlPlaneNamespace: tree.topology.controlPlaneNamespace,
    helm: tree.config.helm,
  });

  // What the plan does not look at (a --set-file file, the commit itself): the head Applications of
  // a cluster with equal inputs are its base ones too, and tell which of them read it.
  for (const p of plans)
    if (deep && !p.changed && !p.needsApps)
      p.needsApps = (headApps.get(p.name) ?? []).some((a) =>
        readsUnplannedInputs(a, sideOf(base), sideOf(head), changed),
      );

  const clusters: ClusterDiff[] = [];
  const appRisks: Risk[] = [];
  const headFailures: Comparison['headFailures'] = [];
  for (const p of plans) {
    const env = p.head?.env ?? p.base?.env ?? null;
    const cd: ClusterDiff = {
      name: p.name,
      env,
      status: 'unchanged',
      apps: [],
      objects: [],
      counts: { added: 0, removed: 0, modified: 0 },
      compared: null,
      errors: [],
    };
    clusters.push(cd);
    // The bootstrap Application is applied by Argo CD too: a change of its own fields (repoURL,
    // targetRevision, project, destination, sync policy) is a change, rendered or not.
    const bootstrap = bootstrapChange(p, { rules, ignored, secretSalt });
    if (bootstrap) {
      cd.apps.push(bootstrap.change);
      cd.counts[bootstrap.change.status]++;
      cd.status = 'changed';
      appRisks.push(...bootstrap.risks);
    }
    if (!p.changed && !p.needsApps) {
      stats.clustersSkipped++;
      continue;
    }
    const hiddenBy = gaps.hidden.get(p.name);
    if (hiddenBy) {
      cd.status = 'unknown';
      cd.errors.push(hiddenBy);
      continue;
    }
    const baseRender = baseRenders.find((r) => r.cluster === p.name);
    if (p.head && !rendered.has(p.name)) {
      const why = (await validating).findings.find((f) => f.severity === 'error' && isAbout(f, p.name));
      const at = why?.file ? `${fileLine(why)}: ` : '';
      cd.errors.push(`cannot render at head: ${why ? `${at}${why.message}` : 'see validation'}`);
    }
    if (baseRender && !baseRender.ok) cd.errors.push(`cannot render at base: ${baseRender.error}`);
    if (cd.errors.length > 0) {
      cd.status = 'unknown';
      continue;
    }
    const atHead = { apps: headApps.get(p.name) ?? [], objects: headObjects.get(p.name) ?? [] };
    const atBase = p.changed
      ? { apps: baseRender?.apps ?? [], objects: baseRender?.objects ?? [] }
      : await sameTopLevel(atHead, nestedAt(base, p.base!));
    // What a nested level that did not render would render at the other side is not compared.
    const failed = failedLevels(atBase, atHead);
    const after = withoutFailedLevels(atHead, failed);
    const before = withoutFailedLevels(atBase, failed);
    const compared = await compareApps(before.apps, after.apps, {
      cluster: p.name,
      base: sideOf(base),
      head: sideOf(head),
      helm: options.helm,
      deep,
      dependencyBuild: options.dependencyBuild ?? false,
      rules,
      ignored,
      concurrency,
      secretSalt,
      changedFiles: changed,
      charts,
    });
    headFailures.push(...compared.headFailures);
    stats.chartsSkipped += compared.chartsSkipped;
    cd.apps.push(...compared.changes);
    cd.errors.push(...compared.unknown.map((u) => `${u.application}: ${u.reason}`));
    // A document helm rendered but nobody can read holds objects of unknown identity: not compared.
    if (p.changed)
      cd.errors.push(
        ...unreadableDocuments(baseRender?.unreadable, headResult.unreadable.get(p.name)),
        ...outsideValueFiles([base, p.base], [head, p.head]),
      );
    appRisks.push(...compared.risks);
    for (const a of compared.changes) cd.counts[a.status]++;
    const objectsAfter = after.objects;
    const objectsBefore = before.objects;
    cd.objects = compareObjects(objectsBefore, objectsAfter, { rules, ignored, secretSalt });
    for (const o of cd.objects) cd.counts[o.status]++;
    cd.compared = comparedCount(objectsBefore, objectsAfter);
    cd.status = !p.base
      ? 'added'
      : !p.head
        ? 'removed'
        : hasEntries(cd)
          ? 'changed'
          : cd.errors.length > 0
            ? 'unknown'
            : 'unchanged';
  }

  stats.chartsRendered = templateRuns(options.helm) - templatesBefore - clusterRuns;
  const validated = await validating;
  const validation = headVerdict(validated, headFailures, head);
  lap('Applications compared and head validated');
  const risks = reportRisks(validation, clusters, policy.productionEnvironments, appRisks);
  const changedClusters = clusters
    .filter((c) => hasEntries(c) || c.status === 'added' || c.status === 'removed')
    .map((c) => c.name);
  return {
    base: { ref: base.ref, sha: base.sha },
    head: { ref: head.ref, sha: head.sha },
    complete: gaps.errors.length === 0 && clusters.every((c) => c.errors.length === 0),
    errors: gaps.errors,
    notes,
    changed: changedClusters.length > 0,
    changedClusters,
    clusters,
    risks,
    validation,
    controlPlane: validated.controlPlane,
    ignored: { total: Object.values(ignored).reduce((a, b) => a + b, 0), byRule: ignored },
    stats,
  };
}

/**
 * Base of a cluster whose app-of-apps inputs are equal at both refs: the same top level as head
 * (proven from git object ids), its nested levels followed in base's tree.
 */
async function sameTopLevel(head: SideObjects, ctx: NestedContext): Promise<SideObjects> {
  const top = head.apps.filter((a) => !a.level).map(({ nested: _, ...a }): RenderedApp => a);
  const nested = await followNested(ctx, top);
  return {
    apps: [...top, ...nested.apps],
    objects: [...head.objects.filter((o) => !o.ancestors), ...nested.objects],
  };
}

/**
 * A changed cluster's value files outside this repository, at either ref: both renders are without
 * them (they are not read offline), so what they set is not compared. Each said once.
 */
function outsideValueFiles(...sides: [Tree, Cluster | undefined][]): string[] {
  const said = sides.flatMap(([tree, c]) =>
    c
      ? externalValueFiles(clusterRecipe(tree.files, c)).map(
          (v) => `${c.application.name}: value file ${v.entry} is outside this repository`,
        )
      : [],
  );
  return [...new Set(said)];
}

/** How many distinct objects two renders of a cluster hold together (what was compared). */
function comparedCount(before: readonly RenderedObject[], after: readonly RenderedObject[]): number {
  return new Set([...before, ...after].map(objectKey)).size;
}

/** The documents of a changed cluster's output that could not be read, at base or head: not compared. */
function unreadableDocuments(base: readonly string[] = [], head: readonly string[] = []): string[] {
  return [
    ...base.map((d) => `${d} at base: not compared: helm rendered a document that cannot be read`),
    ...head.map((d) => `${d} at head: not compared: helm rendered a document that cannot be read`),
  ];
}
