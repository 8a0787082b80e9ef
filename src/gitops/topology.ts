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
  repoURL: string | null;
  /** As written (`HEAD`, `stable`, …). */
  targetRevision: string;
  /** The git ref that revision names (`HEAD` → the default branch). */
  ref: string;
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
  /** Repo URL of in-repo sources (normalized), or null. */
  repoURL: string | null;
  /** What a targetRevision of HEAD means. */
  defaultBranch: string;
  /** Every cluster name a bootstrap file or the config mentions, including ones too broken to use. */
  knownNames: string[];
  findings: Finding[];
}

const BOOTSTRAP_SUFFIX = '-bootstrap-apps';

/** Finds every cluster: bootstrap Applications first, then the config's cluster entries on top. */
export function discoverTopology(files: RepoFiles, config: Config): Topology {
  const findings: Finding[] = [];
  const defaultBranch = config.defaultBranch ?? config.environments.dev?.ref ?? 'HEAD';
  const byName = new Map<string, Cluster>();
  const knownNames = new Set<string>(config.clusters.map((c) => c.name));
  for (const file of globFiles(files.root, config.bootstrapGlob)) {
    const loaded = files.readYaml(file);
    if (!loaded) continue;
    for (const doc of loaded.documents) {
      if (!doc.root || doc.root.kind !== 'map') continue;
      const app = toJson(doc.root) as Record<string, unknown>;
      if (app.kind !== 'Application') continue;
      const named = clusterName(app);
      if (named) knownNames.add(named);
      // Argo CD would refuse it; reading its fields would only guess.
      const invalid = bootstrapSchemaFindings(doc.root, app);
      if (invalid.length > 0) {
        findings.push(...invalid);
        continue;
      }
      const cluster = fromBootstrap(file, doc.root, app, config, defaultBranch, findings);
      if (!cluster) continue;
      const previous = byName.get(cluster.name);
      if (previous) {
        findings.push(
          finding(
            'error',
            'bootstrap-invalid',
            `cluster "${cluster.name}" is already defined by ${previous.definedAt.file}:${previous.definedAt.line}`,
            cluster.definedAt,
            cluster.name,
          ),
        );
        continue;
      }
      byName.set(cluster.name, cluster);
    }
  }
  for (const override of config.clusters) {
    const existing = byName.get(override.name);
    byName.set(override.name, applyOverride(existing, override, config, defaultBranch));
  }
  const envOrder = Object.keys(config.environments);
  const rank = (c: Cluster) =>
    c.env && envOrder.includes(c.env) ? envOrder.indexOf(c.env) : envOrder.length;
  const clusters = [...byName.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const repoURL = config.repoURL ?? clusters.find((c) => c.repoURL)?.repoURL ?? null;
  for (const c of clusters) knownNames.add(c.name);
  return {
    clusters,
    repoURL: repoURL ? normalizeRepoURL(repoURL) : null,
    defaultBranch,
    knownNames: [...knownNames].sort(),
    findings,
  };
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

/** `labels.cluster`, else `metadata.name` without `-bootstrap-apps`. */
function clusterName(app: Record<string, unknown>): string | null {
  const metadata = (app.metadata ?? {}) as { name?: unknown; labels?: Record<string, unknown> };
  const label = metadata.labels?.cluster;
  if (typeof label === 'string' && label) return label;
  if (typeof metadata.name !== 'string' || !metadata.name) return null;
  return metadata.name.endsWith(BOOTSTRAP_SUFFIX)
    ? metadata.name.slice(0, -BOOTSTRAP_SUFFIX.length)
    : metadata.name;
}

function fromBootstrap(
  file: string,
  root: VNode,
  app: Record<string, unknown>,
  config: Config,
  defaultBranch: string,
  findings: Finding[],
): Cluster | null {
  const metadata = (app.metadata ?? {}) as {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
  };
  const spec = (app.spec ?? {}) as {
    source?: Record<string, unknown>;
    sources?: Record<string, unknown>[];
    destination?: { namespace?: string };
    project?: string;
  };
  const definedAt = root.pos;
  const bad = (message: string, at: Position = definedAt) => {
    findings.push(finding('error', 'bootstrap-invalid', message, at));
    return null;
  };
  if (typeof metadata.name !== 'string' || metadata.name === '')
    return bad('bootstrap Application has no metadata.name');
  let sourcePath = ['spec', 'source'];
  let source = spec.source;
  if (!source && Array.isArray(spec.sources)) {
    const withPath = spec.sources.map((s, i) => [s, i] as const).filter(([s]) => typeof s.path === 'string');
    if (withPath.length !== 1) {
      return bad('bootstrap Application with several sources must have exactly one source with a path');
    }
    source = withPath[0]![0];
    sourcePath = ['spec', 'sources', String(withPath[0]![1])];
  }
  if (!source || typeof source.path !== 'string') {
    return bad(`bootstrap Application ${metadata.name} has no spec.source.path (the app-of-apps chart)`);
  }
  const helm = readHelmSource(source.helm);
  const name = clusterName(app)!;
  const valueFilesAt = nodeAt(root, [...sourcePath, 'helm', 'valueFiles']);
  if (valueFilesAt?.kind === 'seq') {
    for (const item of valueFilesAt.items) {
      if (item.kind === 'scalar' && (item.value === null || item.value === '')) {
        findings.push(
          finding(
            'error',
            'value-files-empty',
            'empty entry in the bootstrap helm.valueFiles',
            item.pos,
            name,
          ),
        );
      }
    }
  }
  const targetRevision =
    typeof source.targetRevision === 'string' && source.targetRevision ? source.targetRevision : 'HEAD';
  const ref = resolveRef(targetRevision, defaultBranch);
  const env = metadata.labels?.env ?? envForRef(config, ref);
  return {
    name,
    env,
    envRef: env ? (config.environments[env]?.ref ?? null) : null,
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
      name: instanceName(metadata.name, metadata.namespace),
      namespace: spec.destination?.namespace ?? '',
      project: spec.project ?? '',
      repoURL: typeof source.repoURL === 'string' ? source.repoURL : '',
      path: source.path,
      targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : '',
    },
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
  defaultBranch: string,
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
  const env = o.env ?? base?.env ?? envForRef(config, ref);
  return {
    name: o.name,
    env,
    envRef: env ? (config.environments[env]?.ref ?? null) : null,
    chart: o.chart ? repoJoin('.', o.chart) : base!.chart,
    valueFiles: o.valueFiles ?? base?.valueFiles ?? [],
    parameters: o.parameters ?? base?.parameters ?? [],
    values: o.values ?? base?.values ?? null,
    valuesObject: o.valuesObject ?? base?.valuesObject ?? null,
    ignoreMissingValueFiles: base?.ignoreMissingValueFiles ?? false,
    releaseName: o.releaseName ?? base?.releaseName ?? `${o.name}${BOOTSTRAP_SUFFIX}`,
    namespace: o.namespace ?? base?.namespace ?? 'argocd',
    helmOptions: base?.helmOptions ?? NO_HELM_OPTIONS,
    application: base?.application ?? {
      name: `${o.name}${BOOTSTRAP_SUFFIX}`,
      namespace: o.namespace ?? '',
      project: '',
      repoURL: config.repoURL ?? '',
      path: o.chart ?? '',
      targetRevision,
    },
    repoURL: base?.repoURL ?? config.repoURL,
    targetRevision,
    ref,
    destination: o.destination ?? base?.destination ?? null,
    definedAt: base?.definedAt ?? definedAt,
    bootstrap: base?.bootstrap ?? null,
    valueRefs: base?.valueRefs ?? {},
  };
}

/** `HEAD` (and an empty revision) track the default branch; `refs/heads/x` is `x`. */
export function resolveRef(targetRevision: string, defaultBranch: string): string {
  if (targetRevision === '' || targetRevision === 'HEAD') return defaultBranch;
  return targetRevision.replace(/^refs\/(heads|tags)\//, '');
}

function envForRef(config: Config, ref: string): string | null {
  const match = Object.entries(config.environments).find(([, e]) => e.ref === ref);
  return match ? match[0] : null;
}

/** Argo CD treats these as the same repo: case, a trailing `.git` or slash, ssh vs https. */
export function normalizeRepoURL(url: string): string {
  let u = url.trim().toLowerCase();
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(u);
  if (scp) u = `https://${scp[1]}/${scp[2]}`;
  u = u
    .replace(/^(ssh|git\+ssh|git|http):\/\/(?:[^@/]+@)?/, 'https://')
    .replace(/^https:\/\/[^@/]+@/, 'https://');
  return u.replace(/\/+$/, '').replace(/\.git$/, '');
}

/** Position of a field of the bootstrap Application's source (e.g. `targetRevision`), if written there. */
export function bootstrapFieldPos(cluster: Cluster, field: readonly string[]): Position | null {
  if (!cluster.bootstrap) return null;
  const node = nodeAt(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, ...field]);
  return node?.pos ?? null;
}
