import { ConfigurationError } from '../errors.js';
import { finding, type Finding, type Position } from '../findings.js';
import type { ClusterOverride, Config } from './config.js';
import { globFiles } from './glob.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
import type { HelmParameter } from './set-parameters.js';
import { instanceName, type AppContext } from './build-variables.js';
import { helmOptions, NO_HELM_OPTIONS, readHelmSource, type HelmOptions } from './helm-source.js';
import applicationSchema from '../../schemas/argocd-application.schema.json' with { type: 'json' };
import { explain, precompiled } from './json-schema.js';
import { nodeAt, toJson, type VNode } from './vnode.js';
import { NO_FACTS, repoContext, type DefaultBranchSource, type RepoContext } from './repo-context.js';
import { BOOTSTRAP_SUFFIX, bootstrapClusterNames, clusterName, type Bootstrap } from './bootstrap-names.js';
import { normalizeRepoURL } from './repo-url.js';
import { clusterControlPlaneNamespace, controlPlaneNamespace } from './control-plane-namespace.js';
import { envForRef } from './env-for-ref.js';

export { clusterName } from './bootstrap-names.js';
export { isOwnRepoURL, normalizeRepoURL, type RepoIdentity } from './repo-url.js';

/** One cluster as Argo CD renders it: the recipe of its bootstrap Application (or the config). */
export interface Cluster {
  name: string;
  /** Environment name, or null when neither labels nor config nor the tracked ref tell. */
  env: string | null;
  /** The git ref the environment tracks (`dev`, `staging`, `stable`), or null. */
  envRef: string | null;
  /** Repo-relative path of the app-of-apps chart ('.' for the repo root). */
  chart: string;
  /** As written, relative to the chart. */
  valueFiles: string[];
  parameters: HelmParameter[];
  /** Inline values: a YAML string (helm.values) or an object (helm.valuesObject, which wins). */
  values: string | null;
  valuesObject: Record<string, unknown> | null;
  ignoreMissingValueFiles: boolean;
  releaseName: string;
  /** helm.namespace, else the destination namespace; '' when neither gives one (no `--namespace`). */
  namespace: string;
  /** The rest of the helm block: `fileParameters`, `skipCrds`, `skipSchemaValidation`, `skipTests`, versions. */
  helmOptions: HelmOptions;
  /** The Application Argo CD renders: what its build variables and `.argocd-source-<app>.yaml` name. */
  application: AppContext;
  /** The namespace of the Argo CD that reads this cluster's Applications (control-plane-namespace.ts). */
  controlPlaneNamespace: string;
  repoURL: string | null;
  /** As written (`HEAD`, `stable`, …). */
  targetRevision: string;
  /** The git ref that revision names (`HEAD` → the default branch), or null when that is unknown. */
  ref: string | null;
  /** Expected destination of the cluster's Applications, when the config declares one. */
  destination: { server?: string; name?: string } | null;
  /** Where the cluster is defined: its bootstrap Application or the config file. */
  definedAt: Position;
  /** The bootstrap Application's source, for pointing at its fields; null for config-only clusters. */
  bootstrap: { file: string; node: VNode; sourcePath: string[] } | null;
  /**
   * Multi-source bootstraps: `ref` name → whether that source is the chart's own repository (its
   * `$ref/…` valueFiles are then files of this tree) or another one.
   */
  valueRefs: Record<string, 'this-repo' | 'other-repo'>;
}

export interface Topology {
  clusters: Cluster[];
  /**
   * This repository's URL (normalized), first found of: the config's repoURL, the origin remote's,
   * the bootstrap Applications'. Null when none says.
   */
  repoURL: string | null;
  repoURLSource: 'config' | 'origin' | 'bootstrap' | null;
  /** Every URL this repository goes by (normalized): those three, each once. An in-repo source has one of them. */
  repoURLs: string[];
  /** What a targetRevision of HEAD means; null when neither the config nor the repository says. */
  defaultBranch: string | null;
  /** The namespace Argo CD runs in, as the bootstrap Applications state it (else `argocd`). */
  controlPlaneNamespace: string;
  defaultBranchSource: DefaultBranchSource;
  /** Every cluster name a bootstrap file or the config mentions, including ones too broken to use. */
  knownNames: string[];
  findings: Finding[];
}

/**
 * Finds every cluster: bootstrap Applications first, then the config's cluster entries on top.
 * `repo` is what the repository says of itself (its default branch, its origin URL); without it,
 * only the config does.
 */
export function discoverTopology(
  files: RepoFiles,
  config: Config,
  repo: RepoContext = repoContext(config, NO_FACTS),
): Topology {
  const findings: Finding[] = [];
  const defaultBranch = repo.defaultBranch;
  const byName = new Map<string, Cluster>();
  const knownNames = new Set<string>(config.clusters.map((c) => c.name));
  const bootstraps = readBootstraps(files, config, findings, knownNames);
  const names = bootstrapClusterNames(bootstraps);
  const namespace = controlPlaneNamespace(
    config.controlPlaneNamespace,
    bootstraps.map((b) => b.app),
  );
  bootstraps.forEach((b, i) => {
    if (names[i]) knownNames.add(names[i]);
    const at = { config, defaultBranch: defaultBranch.name, namespace };
    const cluster = fromBootstrap(b.file, b.root, b.app, names[i]!, at, findings);
    if (!cluster) return;
    const previous = byName.get(cluster.name);
    if (previous) {
      findings.push(
        finding(
          'error',
          'bootstrap-invalid',
          `cluster "${cluster.name}" is already defined by ${previous.definedAt.file}:${previous.definedAt.line} (give each bootstrap Application its own cluster label)`,
          cluster.definedAt,
          cluster.name,
        ),
      );
      return;
    }
    byName.set(cluster.name, cluster);
  });
  for (const override of config.clusters) {
    const existing = byName.get(override.name);
    byName.set(override.name, applyOverride(existing, override, config, defaultBranch.name, namespace));
  }
  const envOrder = Object.keys(config.environments);
  const rank = (c: Cluster) =>
    c.env && envOrder.includes(c.env) ? envOrder.indexOf(c.env) : envOrder.length;
  const clusters = [...byName.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  for (const c of clusters) knownNames.add(c.name);
  return {
    clusters,
    ...repoIdentity(config, repo, clusters),
    defaultBranch: defaultBranch.name,
    defaultBranchSource: defaultBranch.source,
    controlPlaneNamespace: namespace,
    knownNames: [...knownNames].sort(),
    findings,
  };
}

/** This repository's URLs: the config's, the origin remote's, the bootstrap Applications', in that order. */
function repoIdentity(
  config: Config,
  repo: RepoContext,
  clusters: readonly Cluster[],
): Pick<Topology, 'repoURL' | 'repoURLSource' | 'repoURLs'> {
  const bootstrap = clusters.flatMap((c) => (c.bootstrap && c.repoURL ? [c.repoURL] : []));
  const found: [Topology['repoURLSource'], string | null][] = [
    ['config', config.repoURL],
    ['origin', repo.originURL],
    ...bootstrap.map((u) => ['bootstrap', u] as [Topology['repoURLSource'], string]),
  ];
  const known = found.filter((f): f is [Topology['repoURLSource'], string] => !!f[1]);
  const first = known[0];
  return {
    repoURL: first ? normalizeRepoURL(first[1]) : null,
    repoURLSource: first ? first[0] : null,
    repoURLs: [...new Set(known.map(([, u]) => normalizeRepoURL(u)))],
  };
}

/** The Applications of the bootstrap files that Argo CD would take; the others are findings. */
function readBootstraps(
  files: RepoFiles,
  config: Config,
  findings: Finding[],
  knownNames: Set<string>,
): Bootstrap[] {
  const out: Bootstrap[] = [];
  for (const file of globFiles(files, config.bootstrapGlob)) {
    const loaded = files.readYaml(file);
    if (!loaded) continue;
    for (const doc of loaded.documents) {
      if (!doc.root || doc.root.kind !== 'map') continue;
      const app = toJson(doc.root) as Record<string, unknown>;
      if (app.kind !== 'Application') continue;
      // Argo CD would refuse it; reading its fields would only guess.
      const invalid = bootstrapSchemaFindings(doc.root, app);
      if (invalid.length > 0) {
        const named = clusterName(app);
        if (named) knownNames.add(named);
        findings.push(...invalid);
        continue;
      }
      out.push({ file, root: doc.root, app });
    }
  }
  return out;
}

/** Each `ref` of a multi-source bootstrap: the chart's own repository or another one. */
function refsOf(sources: unknown, chartRepo: unknown): Cluster['valueRefs'] {
  const refs: Cluster['valueRefs'] = {};
  if (!Array.isArray(sources)) return refs;
  const own = typeof chartRepo === 'string' ? normalizeRepoURL(chartRepo) : null;
  for (const s of sources as { ref?: unknown; repoURL?: unknown }[]) {
    if (typeof s.ref !== 'string') continue;
    const same = own !== null && typeof s.repoURL === 'string' && normalizeRepoURL(s.repoURL) === own;
    refs[s.ref] = same ? 'this-repo' : 'other-repo';
  }
  return refs;
}

/** A bootstrap Application against Argo CD's Application schema, each problem where it is written. */
function bootstrapSchemaFindings(root: VNode, app: Record<string, unknown>): Finding[] {
  const validate = precompiled(applicationSchema);
  if (validate(app)) return [];
  return explain(validate.errors ?? [], root, root.pos).map((v) =>
    finding('error', 'bootstrap-invalid', `bootstrap Application: ${v.message}`, v.pos),
  );
}

/**
 * The bootstrap's app-of-apps source and where it is: `spec.source`, or the one of `spec.sources` with a
 * path; a message when there is none to pick.
 */
function chartSource(spec: {
  source?: Record<string, unknown>;
  sources?: Record<string, unknown>[];
}): { source: Record<string, unknown>; sourcePath: string[] } | string {
  if (spec.source) return { source: spec.source, sourcePath: ['spec', 'source'] };
  if (Array.isArray(spec.sources)) {
    const withPath = spec.sources.map((s, i) => [s, i] as const).filter(([s]) => typeof s.path === 'string');
    if (withPath.length !== 1)
      return 'bootstrap Application with several sources must have exactly one source with a path';
    return { source: withPath[0]![0], sourcePath: ['spec', 'sources', String(withPath[0]![1])] };
  }
  return { source: {}, sourcePath: ['spec', 'source'] };
}

/** An empty entry of the bootstrap's helm.valueFiles, at its line. */
function emptyValueFiles(root: VNode, sourcePath: readonly string[], cluster: string): Finding[] {
  const at = nodeAt(root, [...sourcePath, 'helm', 'valueFiles']);
  if (at?.kind !== 'seq') return [];
  return at.items
    .filter((item) => item.kind === 'scalar' && (item.value === null || item.value === ''))
    .map((item) =>
      finding(
        'error',
        'value-files-empty',
        'empty entry in the bootstrap helm.valueFiles',
        item.pos,
        cluster,
      ),
    );
}

interface BootstrapSpec {
  source?: Record<string, unknown>;
  sources?: Record<string, unknown>[];
  destination?: { namespace?: string };
  project?: string;
}

/** A bootstrap Application's metadata and spec, as far as a cluster is read from them. */
function bootstrapParts(app: Record<string, unknown>): { metadata: BootstrapMetadata; spec: BootstrapSpec } {
  return { metadata: (app.metadata ?? {}) as BootstrapMetadata, spec: (app.spec ?? {}) as BootstrapSpec };
}

interface BootstrapMetadata {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
}

/** What the cluster's bootstrap Application says of where it deploys from and to. */
function applicationSource(spec: BootstrapSpec, source: Record<string, unknown>, sourcePath: string) {
  return {
    namespace: spec.destination?.namespace ?? '',
    project: spec.project ?? '',
    repoURL: typeof source.repoURL === 'string' ? source.repoURL : '',
    path: sourcePath,
    targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : '',
  };
}

function fromBootstrap(
  file: string,
  root: VNode,
  app: Record<string, unknown>,
  named: string | null,
  { config, defaultBranch, namespace }: { config: Config; defaultBranch: string | null; namespace: string },
  findings: Finding[],
): Cluster | null {
  const { metadata, spec } = bootstrapParts(app);
  const definedAt = root.pos;
  const bad = (message: string, at: Position = definedAt) => {
    findings.push(finding('error', 'bootstrap-invalid', message, at));
    return null;
  };
  if (typeof metadata.name !== 'string' || metadata.name === '')
    return bad('bootstrap Application has no metadata.name');
  const chosen = chartSource(spec);
  if (typeof chosen === 'string') return bad(chosen);
  const { source, sourcePath } = chosen;
  if (typeof source.path !== 'string') {
    return bad(`bootstrap Application ${metadata.name} has no spec.source.path (the app-of-apps chart)`);
  }
  const helm = readHelmSource(source.helm);
  const name = named ?? metadata.name;
  const controlPlane = clusterControlPlaneNamespace(config.controlPlaneNamespace, app, namespace);
  findings.push(...emptyValueFiles(root, sourcePath, name));
  const targetRevision =
    typeof source.targetRevision === 'string' && source.targetRevision ? source.targetRevision : 'HEAD';
  const ref = resolveRef(targetRevision, defaultBranch);
  const env = metadata.labels?.env ?? envOfClusterRef(config, ref, defaultBranch);
  return {
    name,
    env,
    envRef: envRefOf(config, env, ref, defaultBranch),
    chart: repoJoin('.', source.path),
    valueFiles: helm.valueFiles,
    // Each parameter knows its line (readHelmSource keeps the entries in order: a non-object entry
    // makes the bootstrap fail Argo CD's schema before this).
    parameters: helm.parameters.map((p, i) => {
      const at = nodeAt(root, [...sourcePath, 'helm', 'parameters', String(i)])?.pos;
      return at ? { ...p, at } : p;
    }),
    values: helm.values,
    valuesObject: helm.valuesObject,
    ignoreMissingValueFiles: helm.ignoreMissingValueFiles,
    releaseName: helm.releaseName ?? metadata.name,
    namespace: helm.namespace ?? spec.destination?.namespace ?? '',
    helmOptions: helmOptions(helm),
    application: {
      name: instanceName(metadata.name, metadata.namespace, controlPlane),
      ...applicationSource(spec, source, source.path),
    },
    controlPlaneNamespace: controlPlane,
    repoURL: typeof source.repoURL === 'string' ? source.repoURL : null,
    targetRevision,
    ref,
    destination: null,
    definedAt,
    bootstrap: { file, node: root, sourcePath },
    valueRefs: refsOf(spec.sources, source.repoURL),
  };
}

function applyOverride(
  base: Cluster | undefined,
  o: ClusterOverride,
  config: Config,
  defaultBranch: string | null,
  controlPlane: string,
): Cluster {
  const definedAt: Position = { file: config.file ?? '.github/gitops-promotion.yaml', line: 1, column: 1 };
  if (!base && !o.chart) {
    throw new ConfigurationError(
      `cluster "${o.name}" has no bootstrap Application, so the config must give its chart`,
      {
        file: definedAt.file,
      },
    );
  }
  const targetRevision = o.targetRevision ?? base?.targetRevision ?? 'HEAD';
  const ref = resolveRef(targetRevision, defaultBranch);
  const env = o.env ?? base?.env ?? envOfClusterRef(config, ref, defaultBranch);
  return {
    name: o.name,
    env,
    envRef: envRefOf(config, env, ref, defaultBranch),
    chart: o.chart ? repoJoin('.', o.chart) : base!.chart,
    valueFiles: o.valueFiles ?? base?.valueFiles ?? [],
    parameters: o.parameters ?? base?.parameters ?? [],
    values: o.values ?? base?.values ?? null,
    valuesObject: o.valuesObject ?? base?.valuesObject ?? null,
    ignoreMissingValueFiles: base?.ignoreMissingValueFiles ?? false,
    releaseName: o.releaseName ?? base?.releaseName ?? `${o.name}${BOOTSTRAP_SUFFIX}`,
    namespace: o.namespace ?? base?.namespace ?? controlPlane,
    helmOptions: base?.helmOptions ?? NO_HELM_OPTIONS,
    application: base?.application ?? {
      name: `${o.name}${BOOTSTRAP_SUFFIX}`,
      namespace: o.namespace ?? '',
      project: '',
      repoURL: config.repoURL ?? '',
      path: o.chart ?? '',
      targetRevision,
    },
    controlPlaneNamespace: base?.controlPlaneNamespace ?? controlPlane,
    repoURL: base?.repoURL ?? config.repoURL,
    targetRevision,
    ref,
    destination: o.destination ?? base?.destination ?? null,
    definedAt: base?.definedAt ?? definedAt,
    bootstrap: base?.bootstrap ?? null,
    valueRefs: base?.valueRefs ?? {},
  };
}

/**
 * `HEAD` (and an empty revision) track the default branch (null when it is unknown); `refs/heads/x`
 * is `x`.
 */
export function resolveRef(targetRevision: string, defaultBranch: string | null): string | null {
  if (isHead(targetRevision)) return defaultBranch;
  return targetRevision.replace(/^refs\/(heads|tags)\//, '');
}

/** A revision that means "the default branch". */
export function isHead(targetRevision: string): boolean {
  return targetRevision === '' || targetRevision === 'HEAD';
}

/** The environment a ref's clusters belong to: the configured one, else the default dev on the default branch. */
function envOfClusterRef(config: Config, ref: string | null, defaultBranch: string | null): string | null {
  if (ref === null) return null;
  return envForRef(config, ref) ?? (tracksDefaultDev(config, 'dev', ref, defaultBranch) ? 'dev' : null);
}

/** The ref an environment's clusters track (the configured one, or the default branch for the default dev). */
function envRefOf(
  config: Config,
  env: string | null,
  ref: string | null,
  defaultBranch: string | null,
): string | null {
  if (env === null) return null;
  if (tracksDefaultDev(config, env, ref, defaultBranch)) return defaultBranch;
  return config.environments[env]?.ref ?? null;
}

/**
 * Without configured environments, the dev environment tracks branch `dev` or the default branch
 * (DESIGN: bootstrap HEAD means it): a `main` repository's dev clusters on HEAD are where they belong.
 */
function tracksDefaultDev(
  config: Config,
  env: string,
  ref: string | null,
  defaultBranch: string | null,
): boolean {
  return (
    !config.environmentsConfigured &&
    env === 'dev' &&
    ref !== null &&
    ref === defaultBranch &&
    'dev' in config.environments
  );
}

/** Position of a field of the bootstrap Application's source (e.g. `targetRevision`), if written there. */
export function bootstrapFieldPos(cluster: Cluster, field: readonly string[]): Position | null {
  if (!cluster.bootstrap) return null;
  const node = nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, ...field]);
  return node?.pos ?? null;
}
