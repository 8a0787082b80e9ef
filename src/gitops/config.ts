import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigurationError } from '../errors.js';
import { checkConfigArguments } from './config-arguments.js';
import type { Severity } from '../findings.js';
import type { FreezeWindow } from '../promote/freeze.js';
import type { GateId } from '../promote/gate-ids.js';
import { precompiled, validateNode } from './json-schema.js';
import { escapesRepo, pathInRepo, repoJoin } from './repo-files.js';
import type { HelmParameter } from './set-parameters.js';
import { nodeAt, toJson, type VNode } from './vnode.js';
import { defaultYamlLimits, parseYaml, type YamlLimits } from './yaml-source.js';
import { RULES } from '../rule-ids.js';
import { branchProblem, tagProblem } from '../git/refs.js';
import { versionPattern } from '../release/versions.js';

export const CONFIG_FILES = ['.github/gitops-promotion.yaml', '.github/gitops-promotion.yml'] as const;

export interface ClusterOverride {
  name: string;
  env?: string;
  chart?: string;
  valueFiles?: string[];
  parameters?: HelmParameter[];
  values?: string;
  valuesObject?: Record<string, unknown>;
  releaseName?: string;
  namespace?: string;
  targetRevision?: string;
  destination?: { server?: string; name?: string };
}

export type RuleSetting = Severity | 'off';

/** One Argo CD for every cluster, one per cluster, or detected from the rendered Applications. */
export type ControlPlaneSetting = 'auto' | 'single' | 'per-cluster';

export interface Config {
  /** Repo-relative path of the config file, or null when the defaults are in force. */
  file: string | null;
  repoURL: string | null;
  defaultBranch: string | null;
  /** Repo-relative directory of the GitOps tree ('.' for the top): what the bootstrap glob and diff's changed files are scoped to. */
  root: string;
  /** Repo-relative glob of the bootstrap Applications (the config's glob under `root`). */
  bootstrapGlob: string;
  controlPlane: ControlPlaneSetting;
  /** The namespace Argo CD runs in, when the config says (control-plane-namespace.ts); else null. */
  controlPlaneNamespace: string | null;
  environments: Record<string, { ref: string }>;
  /** False when `environments` are the defaults, whose dev environment also takes the default branch. */
  environmentsConfigured: boolean;
  clusters: ClusterOverride[];
  valuesSchema: string;
  applicationName: string;
  clusterLabel: string;
  dependsOn: Record<string, string[]>;
  rules: Record<string, RuleSetting>;
  limits: YamlLimits;
  helm: { kubeVersion: string | null; apiVersions: string[] };
  diff: DiffConfig;
  promotion: PromotionConfig;
  release: ReleaseConfig;
  hotfix: HotfixConfig;
  drift: DriftConfig;
}

/** Config `drift:`: when pending commits are overdue, what may differ downstream, the dashboard issue. */
export interface DriftConfig {
  /** Pending commits older than this make their edge a warning (`7d`, `36h`). */
  maxAge: string;
  /** JSON pointers (a `*` segment matches one) into an Application that may differ from upstream. */
  allowValues: string[];
  /** Components that may run downstream only (a production-only backup, say): not drift. */
  downstreamOnly: string[];
  /** Compare each environment's rendered Applications with those of the one it is promoted from. */
  environments: boolean;
  issue: { label: string; title: string; closeWhenClean: boolean; authors: string[] };
}

/** Config `hotfix`: which branches are hotfixes, their gates, where they are merged forward. */
export interface HotfixConfig {
  branches: string;
  gates: GateId[];
  forwardMerge: string[];
  mode: 'push' | 'pull-request';
  conflictLabel: string;
}

/** A wave of a release: a moving tag and the clusters that follow it (null: those whose Applications track it). */
export interface ReleaseWave {
  tag: string;
  clusters: string[] | null;
}

/** Config `release`: where releases are cut from, the version tags, the waves and their verification. */
export interface ReleaseConfig {
  from: string;
  versionTag: string;
  firstVersion: string;
  waves: ReleaseWave[];
  verify: { enabled: boolean; timeout: string; interval: string; rollbackOnFailure: boolean };
}

/** What the gates of an edge are set to (config `promotion`, and per edge in `promotion.edges`). */
export interface PromotionSettings {
  soak: string | null;
  requiredChecks: string[] | null;
  blockingLabels: string[];
  freeze: FreezeWindow[];
}

/**
 * An edge of the promotion path (`dev → staging`, `staging → stable`, …), with the gates it applies
 * (default: every gate) and settings that override the top-level ones for this edge only.
 */
export interface PromotionEdge extends Partial<PromotionSettings> {
  from: string;
  to: string;
  gates?: GateId[];
}

export interface PromotionConfig extends PromotionSettings {
  edges: PromotionEdge[];
}

export interface DiffConfig {
  ignore: { paths: string[]; labels: string[]; annotations: string[] };
  deep: boolean;
  productionEnvironments: string[];
}

export const DEFAULT_ENVIRONMENTS: Record<string, { ref: string }> = {
  dev: { ref: 'dev' },
  staging: { ref: 'staging' },
  prod: { ref: 'stable' },
};

const DEFAULT_BOOTSTRAP_GLOB = 'argocd-bootstrap-apps/*.yaml';

export function defaultConfig(): Config {
  return {
    file: null,
    repoURL: null,
    defaultBranch: null,
    root: '.',
    bootstrapGlob: DEFAULT_BOOTSTRAP_GLOB,
    controlPlane: 'auto',
    controlPlaneNamespace: null,
    environments: { ...DEFAULT_ENVIRONMENTS },
    environmentsConfigured: false,
    clusters: [],
    valuesSchema: 'auto',
    applicationName: '^{cluster}-[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
    clusterLabel: 'cluster',
    dependsOn: {},
    rules: {},
    limits: { ...defaultYamlLimits },
    helm: { kubeVersion: null, apiVersions: [] },
    diff: {
      ignore: { paths: [], labels: [], annotations: [] },
      deep: true,
      productionEnvironments: ['prod', 'production'],
    },
    promotion: {
      edges: [{ from: 'dev', to: 'staging' }],
      soak: null,
      requiredChecks: null,
      blockingLabels: ['promotion-blocker'],
      freeze: [],
    },
    release: {
      from: 'staging',
      versionTag: 'stable-v{major}.{minor}.{patch}',
      firstVersion: '1.0.0',
      waves: [{ tag: DEFAULT_ENVIRONMENTS.prod!.ref, clusters: null }],
      verify: { enabled: false, timeout: '10m', interval: '15s', rollbackOnFailure: false },
    },
    hotfix: {
      branches: 'hotfix/*',
      gates: ['validation', 'checks'],
      forwardMerge: ['staging', 'dev'],
      mode: 'push',
      conflictLabel: 'forward-merge-conflict',
    },
    drift: {
      maxAge: '7d',
      allowValues: [],
      downstreamOnly: [],
      environments: true,
      issue: { label: 'gitops-drift', title: 'GitOps drift dashboard', closeWhenClean: true, authors: [] },
    },
  };
}

interface RawConfig {
  repoURL?: string;
  defaultBranch?: string;
  root?: string;
  controlPlane?: ControlPlaneSetting;
  controlPlaneNamespace?: string;
  bootstrap?: { glob?: string };
  environments?: Record<string, { ref: string }>;
  clusters?: ClusterOverride[];
  valuesSchema?: string;
  applicationName?: string;
  clusterLabel?: string;
  dependsOn?: Record<string, string[]>;
  rules?: Record<string, RuleSetting>;
  limits?: { maxFileBytes?: number; maxExpandedNodes?: number; maxAliasCount?: number };
  helm?: { kubeVersion?: string; apiVersions?: string[] };
  promotion?: Partial<PromotionConfig>;
  release?: Partial<Omit<ReleaseConfig, 'waves' | 'verify'>> & {
    waves?: { tag: string; clusters?: string[] }[];
    verify?: Partial<ReleaseConfig['verify']>;
  };
  hotfix?: Partial<HotfixConfig>;
  drift?: Partial<Omit<DriftConfig, 'issue'>> & { issue?: Partial<DriftConfig['issue']> };
  diff?: {
    ignore?: { paths?: string[]; labels?: string[]; annotations?: string[] };
    deep?: boolean;
    productionEnvironments?: string[];
  };
}

/**
 * The repo-relative path of a config file given as `--config` or the `config` input (relative to the
 * repo, or absolute under it), refused when it leads outside the repository: `..`, an absolute path
 * elsewhere, a symlink out. The file is never read then, so nothing of it reaches the output.
 */
export function configInRepo(repoDir: string, given: string): string {
  const p = pathInRepo(repoDir, given);
  if (p.kind === 'outside')
    throw new ConfigurationError(`config file ${given} must be inside the repository`);
  return p.rel;
}

/**
 * Reads `.github/gitops-promotion.yaml` from the repo, validated against `schemas/config.schema.json`.
 * A bad config is the user's to fix: ConfigurationError naming the file, line and field.
 */
export function loadConfig(
  repoDir: string,
  explicitFile?: string,
  /** Whether a repo-relative path is a directory (a tree read from git answers from its index); default: on disk. */
  isDirectory?: (rel: string) => boolean,
): Config {
  const candidates = explicitFile ? [explicitFile] : CONFIG_FILES;
  const found = candidates.find((f) => existsSync(path.resolve(repoDir, f)));
  if (!found) {
    if (explicitFile) {
      configInRepo(repoDir, explicitFile); // outside is said as such, not as "not found"
      throw new ConfigurationError(`config file not found: ${explicitFile}`);
    }
    return defaultConfig();
  }
  const rel = configInRepo(repoDir, found);
  if (!statSync(path.resolve(repoDir, rel)).isFile())
    throw new ConfigurationError(`config file ${rel} is not a file`);
  const text = readFileSync(path.resolve(repoDir, rel), 'utf8');
  const parsed = parseYaml(rel, text, defaultYamlLimits, '1.2');
  const first = parsed.findings[0];
  if (first) throw new ConfigurationError(first.message, { file: rel, line: first.line ?? undefined });
  if (parsed.documents.length > 1) {
    throw new ConfigurationError('expected one YAML document', {
      file: rel,
      line: parsed.documents[1]!.line,
    });
  }
  const root = parsed.documents[0]?.root;
  if (!root) return { ...defaultConfig(), file: rel };
  const violations = validateNode(precompiled(configSchema), root, { file: rel, line: 1, column: 1 });
  const v = violations[0];
  if (v) throw new ConfigurationError(v.message, { file: rel, line: v.pos.line });
  const config = resolveConfig(toJson(root) as RawConfig, rel, root);
  requireRoot(repoDir, config, root, isDirectory);
  return config;
}

/** `root` names a directory of this tree (through no symlink out of it). */
function requireRoot(
  repoDir: string,
  config: Config,
  node: VNode,
  isDirectory: (rel: string) => boolean = (rel) =>
    statSync(path.resolve(repoDir, rel), { throwIfNoEntry: false })?.isDirectory() ?? false,
): void {
  if (config.root === '.') return;
  const at = { file: config.file ?? '', line: nodeAt(node, ['root'])?.keyPos?.line ?? 1 };
  const p = pathInRepo(repoDir, config.root);
  if (p.kind === 'outside' || !isDirectory(p.rel))
    throw new ConfigurationError(`root ${config.root} is not a directory of the repository`, at);
}

function resolveConfig(raw: RawConfig, file: string, root: VNode): Config {
  const base = defaultConfig();
  const at = (...segments: string[]) => {
    const node = nodeAt(root, segments);
    return { file, line: node?.keyPos?.line ?? node?.pos.line ?? 1 };
  };
  const names = new Set<string>();
  (raw.clusters ?? []).forEach((c, i) => {
    if (names.has(c.name)) {
      throw new ConfigurationError(
        `cluster "${c.name}" is declared twice`,
        at('clusters', String(i), 'name'),
      );
    }
    names.add(c.name);
  });
  for (const rule of Object.keys(raw.rules ?? {})) {
    if (!KNOWN_RULES.has(rule)) {
      throw new ConfigurationError(
        `unknown rule "${rule}" in rules (known: ${[...KNOWN_RULES].sort().join(', ')})`,
        at('rules', rule),
      );
    }
  }
  if (raw.applicationName !== undefined) {
    try {
      new RegExp(raw.applicationName.replaceAll('{cluster}', 'cluster'));
    } catch (e) {
      throw new ConfigurationError(
        `applicationName is not a regular expression: ${(e as Error).message}`,
        at('applicationName'),
      );
    }
  }
  checkConfigArguments(raw, at);
  const tree = treePath(raw.root ?? '.', 'root', at('root'));
  const glob = treePath(
    raw.bootstrap?.glob ?? DEFAULT_BOOTSTRAP_GLOB,
    'bootstrap.glob',
    at('bootstrap', 'glob'),
  );
  return {
    file,
    repoURL: raw.repoURL ?? null,
    defaultBranch: raw.defaultBranch ?? null,
    root: tree,
    bootstrapGlob: repoJoin(tree, glob),
    controlPlane: raw.controlPlane ?? base.controlPlane,
    controlPlaneNamespace: raw.controlPlaneNamespace ?? base.controlPlaneNamespace,
    environments: raw.environments ?? base.environments,
    environmentsConfigured: raw.environments !== undefined,
    clusters: (raw.clusters ?? []).map((c, i) => withParameterLines(c, i, file, root)),
    valuesSchema: raw.valuesSchema ?? base.valuesSchema,
    applicationName: raw.applicationName ?? base.applicationName,
    clusterLabel: raw.clusterLabel ?? base.clusterLabel,
    dependsOn: raw.dependsOn ?? {},
    rules: raw.rules ?? {},
    limits: yamlLimits(raw.limits, base.limits),
    helm: { kubeVersion: raw.helm?.kubeVersion ?? null, apiVersions: raw.helm?.apiVersions ?? [] },
    diff: {
      ignore: {
        paths: raw.diff?.ignore?.paths ?? [],
        labels: raw.diff?.ignore?.labels ?? [],
        annotations: raw.diff?.ignore?.annotations ?? [],
      },
      deep: raw.diff?.deep ?? base.diff.deep,
      productionEnvironments: raw.diff?.productionEnvironments ?? base.diff.productionEnvironments,
    },
    promotion: { ...base.promotion, ...raw.promotion },
    release: releaseConfig(raw, base, at),
    hotfix: hotfixConfig(raw, base, at),
    drift: driftConfig(raw, base, at),
  };
}

/** `drift:`. The max age is a duration (`7d`), each allowed value a JSON pointer. */
function driftConfig(
  raw: RawConfig,
  base: Config,
  at: (...segments: string[]) => { file: string; line: number },
): DriftConfig {
  const d = raw.drift ?? {};
  const maxAge = d.maxAge ?? base.drift.maxAge;
  if (!/^(\d+[wdhms])+$/.test(maxAge.trim()))
    throw new ConfigurationError(
      `drift.maxAge must look like 7d, 36h or 1w, got ${JSON.stringify(maxAge)}`,
      at('drift', 'maxAge'),
    );
  (d.allowValues ?? []).forEach((p, i) => {
    if (!p.startsWith('/'))
      throw new ConfigurationError(
        `drift.allowValues[${i}] ${JSON.stringify(p)} is not a JSON pointer (it starts with /, e.g. /spec/source/helm/valuesObject/replicas)`,
        at('drift', 'allowValues', String(i)),
      );
  });
  const label = d.issue?.label;
  if (label !== undefined && (label.trim() !== label || label.includes(',')))
    throw new ConfigurationError(
      `drift.issue.label must be one label name, without commas or surrounding spaces, got ${JSON.stringify(label)}`,
      at('drift', 'issue', 'label'),
    );
  return {
    maxAge,
    allowValues: d.allowValues ?? base.drift.allowValues,
    downstreamOnly: d.downstreamOnly ?? base.drift.downstreamOnly,
    environments: d.environments ?? base.drift.environments,
    issue: { ...base.drift.issue, ...d.issue },
  };
}

/**
 * `release:`. Without waves, one wave: the ref of environment prod (of the configured environments,
 * else `stable`).
 */
function releaseConfig(
  raw: RawConfig,
  base: Config,
  at: (...segments: string[]) => { file: string; line: number },
): ReleaseConfig {
  const r = raw.release ?? {};
  const pattern = versionPattern(r.versionTag ?? base.release.versionTag, at('release', 'versionTag'));
  const seen = new Set<string>();
  (r.waves ?? []).forEach((w, i) => {
    const where = at('release', 'waves', String(i), 'tag');
    const problem = tagProblem(w.tag);
    if (problem) throw new ConfigurationError(`release.waves[${i}].tag: ${problem}`, where);
    // A wave tag moves: one that reads as a version tag would move an immutable release.
    if (pattern.parse(w.tag))
      throw new ConfigurationError(
        `release.waves[${i}].tag ${w.tag} matches release.versionTag: version tags never move`,
        where,
      );
    if (seen.has(w.tag))
      throw new ConfigurationError(`release.waves[${i}].tag ${w.tag} is named twice`, where);
    seen.add(w.tag);
  });
  const prodRef = raw.environments?.prod?.ref ?? base.release.waves[0]!.tag;
  return {
    from: r.from ?? base.release.from,
    versionTag: r.versionTag ?? base.release.versionTag,
    firstVersion: r.firstVersion ?? base.release.firstVersion,
    waves: r.waves?.map((w) => ({ tag: w.tag, clusters: w.clusters ?? null })) ?? [
      { tag: prodRef, clusters: null },
    ],
    verify: { ...base.release.verify, ...r.verify },
  };
}

/**
 * `hotfix:`. The forward-merge targets default to the release's branch, then the branches of the
 * environments before it (staging, then dev), as configured.
 */
function hotfixConfig(
  raw: RawConfig,
  base: Config,
  at: (...segments: string[]) => { file: string; line: number },
): HotfixConfig {
  const h = raw.hotfix ?? {};
  const targets = h.forwardMerge ?? [
    raw.release?.from ?? base.release.from,
    ...base.hotfix.forwardMerge.slice(1),
  ];
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    const problem = branchProblem(t);
    if (problem)
      throw new ConfigurationError(
        `hotfix.forwardMerge[${i}]: ${problem}`,
        at('hotfix', 'forwardMerge', String(i)),
      );
    if (seen.has(t))
      throw new ConfigurationError(
        `hotfix.forwardMerge[${i}]: ${t} is named twice`,
        at('hotfix', 'forwardMerge', String(i)),
      );
    seen.add(t);
  });
  const branches = h.branches ?? base.hotfix.branches;
  // `*` stands for a name: with one there, the pattern must make a branch name.
  const problem = branchProblem(branches.replace(/\*/g, 'x'));
  if (problem)
    throw new ConfigurationError(
      `hotfix.branches ${JSON.stringify(branches)}: ${problem}`,
      at('hotfix', 'branches'),
    );
  return { ...base.hotfix, ...h, forwardMerge: [...targets] };
}

/** A config cluster whose parameters know their line (findings about a `--set` point at it). */
function withParameterLines(c: ClusterOverride, i: number, file: string, root: VNode): ClusterOverride {
  if (!c.parameters) return c;
  const parameters = c.parameters.map((p, j) => {
    const node = nodeAt(root, ['clusters', String(i), 'parameters', String(j)]);
    return node ? { ...p, at: { ...node.pos, file } } : p;
  });
  return { ...c, parameters };
}

/** Nodes of alias expansion that one alias of the deprecated `maxAliasCount` stands for (100 → 200,000). */
const NODES_PER_ALIAS = 2_000;
/** The most `maxExpandedNodes` may be (also what a large `maxAliasCount` maps to). */
const MAX_EXPANDED_NODES = 5_000_000;

/**
 * `limits:`. The alias limit is a budget of nodes produced by alias expansion (`maxExpandedNodes`);
 * the deprecated `maxAliasCount` (a count of alias expansions) is mapped onto it, N → N × 2,000 nodes,
 * so the old default 100 is the new default 200,000, and `maxExpandedNodes` wins when both are set.
 */
function yamlLimits(raw: RawConfig['limits'], base: YamlLimits): YamlLimits {
  const fromAliasCount =
    raw?.maxAliasCount === undefined
      ? undefined
      : Math.min(raw.maxAliasCount * NODES_PER_ALIAS, MAX_EXPANDED_NODES);
  return {
    maxFileBytes: raw?.maxFileBytes ?? base.maxFileBytes,
    maxExpandedNodes: raw?.maxExpandedNodes ?? fromAliasCount ?? base.maxExpandedNodes,
  };
}

/**
 * A path the config gives inside the repository (`root`, the bootstrap glob), normalized; one that
 * climbs out of the repository or is absolute is refused: the glob is walked on the file system.
 */
function treePath(given: string, field: string, at: { file: string; line: number }): string {
  const rel = repoJoin('.', given);
  if (path.posix.isAbsolute(given) || escapesRepo(rel)) {
    throw new ConfigurationError(
      `${field} ${JSON.stringify(given)} must be a path inside the repository`,
      at,
    );
  }
  return rel;
}

/** Every rule id gitops-promotion reports; `rules:` in the config may name only these. */
export const KNOWN_RULES: ReadonlySet<string> = new Set<string>(RULES);
