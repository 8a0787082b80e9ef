import os from 'node:os';
import {
  collapseFindings,
  countBySeverity,
  finding,
  sortFindings,
  type Finding,
  type RawFinding,
} from '../findings.js';
import { ConfigurationError } from '../errors.js';
import { Git } from '../git/git.js';
import type { Helm } from '../helm/helm.js';
import type { Logger } from '../logger.js';
import { collectApps, type RenderedApp } from '../gitops/applications.js';
import { loadClusterValues, type ClusterValues } from '../gitops/cluster-values.js';
import { loadConfig, type Config } from '../gitops/config.js';
import { collectObjects, type RenderedObject } from '../gitops/objects.js';
import { Locator } from '../gitops/locate.js';
import { renderCluster, type ClusterRender } from '../gitops/render.js';
import { refuseSymlinksOut, RepoFiles, requireDirectory } from '../gitops/repo-files.js';
import { RULES } from '../gitops/rules/index.js';
import { bootstrapFieldPos, discoverTopology, type Cluster, type Topology } from '../gitops/topology.js';
import { ChartRenders } from '../diff/chart-renders.js';
import { followNested, type NestedContext, type NestedLevels } from './nested-levels.js';
import { checkClusterValues } from '../gitops/values-checks.js';
import { detectControlPlane, type ControlPlane } from '../gitops/control-plane.js';
import { repoContext } from '../gitops/repo-context.js';
import { readRepoFacts } from './repo-facts.js';
import type { VMap } from '../gitops/vnode.js';
import { buildMatrix, type Matrix } from '../report/matrix.js';
import { mapLimit } from '../util/concurrency.js';

/** How helm reports values that fail the chart's values.schema.json. */
const HELM_SCHEMA_FAILURE = "values don't meet the specifications of the schema";

export interface ValidateOptions {
  /** Directory holding the tree to validate (a checkout, or a ref exported by the caller). */
  repoDir: string;
  /**
   * The repository the tree is of, whose git says the default branch and origin URL (default
   * `repoDir`; an exported tree has no git of its own). Read only at the top of a repository.
   */
  gitDir?: string;
  /** The default branch the platform names (the GitHub event's `repository.default_branch`). */
  eventDefaultBranch?: string;
  env?: NodeJS.ProcessEnv;
  helm: Helm;
  logger: Logger;
  /** Explicit config path (repo-relative); default `.github/gitops-promotion.yaml`. */
  configFile?: string;
  concurrency?: number;
  /** Validate only these clusters (diff validates what it renders); default all. */
  clusters?: readonly string[];
  /**
   * Called as soon as the clusters are rendered, before the rules run (diff starts its work there);
   * `unreadable` names, per cluster, the rendered documents that could not be read.
   */
  onRendered?: (
    apps: readonly RenderedApp[],
    rendered: ReadonlySet<string>,
    objects: readonly RenderedObject[],
    unreadable: ReadonlyMap<string, readonly string[]>,
  ) => void;
  /** Config, files and topology already read from `repoDir` (diff has them): not read again. */
  prepared?: { config: Config; files: RepoFiles; topology: Topology };
  /** The chart renders of this run (diff shares them with its deep comparison); default: this validate's own. */
  charts?: ChartRenders;
  /** Allow `helm dependency build` for nested app-of-apps charts whose dependencies are not vendored. */
  dependencyBuild?: boolean;
  /**
   * The commit the tree is (Argo CD's `$ARGOCD_APP_REVISION`). Default: the sha of HEAD when
   * `repoDir` is in a git repository, else ''. With `prepared`, its files' revision.
   */
  revision?: string;
}

export interface ClusterSummary {
  name: string;
  env: string | null;
  /** Null when the cluster tracks HEAD and the default branch is unknown. */
  ref: string | null;
  rendered: boolean;
  applications: number;
}

export interface ValidateResult {
  findings: Finding[];
  counts: { error: number; warning: number; notice: number };
  clusters: ClusterSummary[];
  matrix: Matrix;
  /** The rendered Applications, for commands built on validate (diff, promote). */
  apps: RenderedApp[];
  topology: Topology;
  /** Which control plane the identity rules assumed, and why. */
  controlPlane: ControlPlane;
  config: Config;
}

/**
 * The validate pipeline: config → topology → values (YAML, schema per file and merged) →
 * helm template per cluster (in parallel) → Application and topology rules.
 * Throws ConfigurationError only for a config the user must fix first; everything about the
 * repo's content comes back as findings.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const { logger } = options;
  if (!options.prepared) {
    requireDirectory(options.repoDir);
    refuseSymlinksOut(options.repoDir);
  }
  const config = options.prepared?.config ?? loadConfig(options.repoDir, options.configFile);
  const files =
    options.prepared?.files ??
    new RepoFiles(
      options.repoDir,
      config.limits,
      undefined,
      undefined,
      options.revision ?? (await headRevision(options.repoDir)),
    );
  const discovered =
    options.prepared?.topology ??
    discoverTopology(
      files,
      config,
      repoContext(
        config,
        await readRepoFacts(options.gitDir ?? options.repoDir, options.env, options.eventDefaultBranch),
      ),
    );
  const only = options.clusters;
  const topology = only
    ? { ...discovered, clusters: discovered.clusters.filter((c) => only.includes(c.name)) }
    : discovered;
  const raw: RawFinding[] = [...topology.findings];
  if (discovered.clusters.length === 0) {
    raw.push(
      finding(
        'error',
        'bootstrap-invalid',
        `no clusters found: no bootstrap Application matches ${config.bootstrapGlob} and the config declares no clusters`,
        config.file ? { file: config.file, line: 1, column: 1 } : null,
      ),
    );
  }
  logger.info(
    `Found ${topology.clusters.length} clusters: ${topology.clusters.map((c) => c.name).join(', ')}`,
  );

  const values = new Map<string, ClusterValues>();
  for (const cluster of topology.clusters) values.set(cluster.name, loadClusterValues(files, cluster));

  const renderable = topology.clusters.filter((c) => {
    if (!files.isDirectory(c.chart)) {
      raw.push(
        finding(
          'error',
          'path-missing',
          `chart path "${c.chart}" of cluster ${c.name} does not exist`,
          bootstrapFieldPos(c, ['path']) ?? c.definedAt,
          c.name,
        ),
      );
      return false;
    }
    return !values.get(c.name)!.broken;
  });
  const renderOptions = { kubeVersion: config.helm.kubeVersion, apiVersions: config.helm.apiVersions };
  const rendering = mapLimit(renderable, options.concurrency ?? os.availableParallelism(), (c) =>
    renderCluster(options.helm, files, c, values.get(c.name)!, renderOptions),
  );
  // Schema checks are CPU in this process; helm runs in child processes: do both at once. A schema
  // the user must fix first is thrown only once no render is still running in the tree.
  const schemaFindings = await checkClusterValues(files, config, topology.clusters, values).catch(
    async (e: unknown) => {
      await rendering.catch(() => undefined);
      throw e;
    },
  );
  raw.push(...schemaFindings);
  const renders = await rendering;
  const levels = await followLevels(renders, renderable, {
    files,
    repoURL: topology.repoURLs,
    charts: options.charts ?? new ChartRenders(options.helm),
    render: { dependencyBuild: options.dependencyBuild ?? false, ...renderOptions },
    concurrency: options.concurrency ?? os.availableParallelism(),
  });
  const apps: RenderedApp[] = [];
  const objects: RenderedObject[] = [];
  const renderedClusters = new Map<string, number>();
  const unreadable = new Map<string, readonly string[]>();
  const schemaBroken = new Set(
    raw.filter((f) => f.rule === 'values-schema').flatMap((f) => (f.cluster ? [f.cluster] : [])),
  );
  renders.forEach((r, i) => {
    // Helm enforcing the chart's values.schema.json says what values-schema already said, with a line.
    if (!(schemaBroken.has(r.cluster) && r.findings.some((f) => f.message.includes(HELM_SCHEMA_FAILURE)))) {
      raw.push(...r.findings);
    }
    const level = levels[i];
    if (!r.ok || !level) return;
    if (r.unreadable?.length) unreadable.set(r.cluster, r.unreadable);
    raw.push(...level.nested.findings);
    const clusterApps = [...level.apps, ...level.nested.apps];
    renderedClusters.set(r.cluster, clusterApps.length);
    apps.push(...clusterApps);
    objects.push(...collectObjects(renderable[i]!, r.manifests), ...level.nested.objects);
  });

  options.onRendered?.(apps, new Set(renderedClusters.keys()), objects, unreadable);
  const merged = new Map<string, VMap | null>([...values].map(([k, v]) => [k, v.merged]));
  const unrendered = topology.clusters.flatMap((c) => (renderedClusters.has(c.name) ? [] : [c.name]));
  const controlPlane = detectControlPlane(config.controlPlane, discovered.clusters, apps, unrendered);
  const ctx = {
    files,
    config,
    topology,
    apps,
    objects,
    values,
    locate: new Locator(files, merged),
    partial: only !== undefined,
    controlPlane,
  };
  for (const rule of RULES) raw.push(...rule(ctx));
  raw.push(...files.yamlFindings());

  const findings = sortFindings(applyRuleSettings(collapseFindings(raw), config));
  return {
    findings,
    counts: countBySeverity(findings),
    clusters: topology.clusters.map((c) => ({
      name: c.name,
      env: c.env,
      ref: c.ref,
      rendered: renderedClusters.has(c.name),
      applications: renderedClusters.get(c.name) ?? 0,
    })),
    matrix: buildMatrix(topology.clusters, apps, [...renderedClusters.keys()]),
    apps,
    topology,
    controlPlane,
    config,
  };
}

/**
 * Each rendered cluster's Applications, and what its nested app-of-apps levels add (followNested),
 * the clusters in parallel; null for a cluster that did not render.
 */
async function followLevels(
  renders: readonly ClusterRender[],
  clusters: readonly Cluster[],
  ctx: Omit<NestedContext, 'cluster'> & { concurrency: number },
): Promise<({ apps: RenderedApp[]; nested: NestedLevels } | null)[]> {
  return mapLimit(
    renders.map((r, i) => ({ r, cluster: clusters[i]! })),
    ctx.concurrency,
    async ({ r, cluster }) => {
      if (!r.ok) return null;
      const apps = collectApps(cluster, r.manifests);
      return { apps, nested: await followNested({ ...ctx, cluster }, apps) };
    },
  );
}

/** Config `rules:` turns a rule off or changes its severity. */
export function applyRuleSettings(findings: Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config.rules[f.rule];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}

/** The sha of HEAD of the repository `dir` is in, or '' when it is in none (or git is not there). */
async function headRevision(dir: string): Promise<string> {
  try {
    return (await new Git(dir).tryRevParse('HEAD')) ?? '';
  } catch (e) {
    if (e instanceof ConfigurationError) return '';
    throw e;
  }
}
