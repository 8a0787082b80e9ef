import { liveDrift } from '../drift/live.js';
import type {
  Approval,
  DriftMatrix,
  DriftReport,
  EdgeDrift,
  EnvironmentSection,
  LiveSection,
  PromotionSection,
} from '../drift/model.js';
import { promotionDrift } from '../drift/promotion.js';
import type { RemoteHead } from '../drift/refs.js';
import { countDrift } from '../drift/severity.js';
import { loadConfig, type Config } from '../gitops/config.js';
import type { Logger } from '../logger.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { GitPort } from '../ports/git.js';
import type { GitHubPulls } from '../ports/github.js';
import type { HelmPort } from '../ports/helm.js';
import { buildMatrix } from '../report/matrix.js';
import { environmentSection, renderEnvironments, type EnvironmentRender } from './drift-environments.js';

export interface DriftOptions {
  /** A clone with `remote` configured: its checkout holds the config in force; refs are read from the remote. */
  repoDir: string;
  remote: string;
  git: GitPort;
  github: GitHubPulls | null;
  /**
   * Live drift needs Argo CD: null skips it (and the report says so); `problem` is Argo CD asked for but
   * not usable (a server without its token: a missing secret), which leaves the report incomplete.
   */
  argocd: { port: ArgoCdPort; server: string } | { problem: string; server: string } | null;
  helm: HelmPort;
  logger: Logger;
  configFile?: string;
  eventDefaultBranch?: string;
  /** `owner/repo`, for the report. */
  repository?: string | null;
  now?: Date;
}

/** Argo CD for live drift; a server without its token is said, never skipped as if not asked for. */
export function argocdOption(
  port: ArgoCdPort | null,
  server: string | undefined,
  missing: string,
): DriftOptions['argocd'] {
  if (!server) return null;
  if (!port)
    return { problem: `Argo CD ${server} was given but ${missing}: live drift was not checked`, server };
  return { port, server };
}

/**
 * The drift report: promotion drift from git, environment drift from each environment rendered at its
 * ref, live drift from Argo CD. Nothing is written; publishing the dashboard is the adapter's.
 */
export async function drift(options: DriftOptions): Promise<DriftReport> {
  const now = options.now ?? new Date();
  await options.git.requireTopLevel();
  await options.git.requireFullHistory('drift');
  const config = loadConfig(options.repoDir, options.configFile);
  const { section: promotion, refs } = await promotionDrift({ ...options, config, now });
  const renders =
    config.drift.environments || options.argocd
      ? await renderEnvironments({ ...options, config, heads: refs.heads })
      : [];
  const environment: EnvironmentSection = config.drift.environments
    ? environmentSection(config, renders)
    : { state: 'skipped', reason: 'drift.environments is false' };
  const live = await liveSection(options, config, renders, refs.heads, now);
  return assemble(config, options, now, { promotion, environment, live }, renders);
}

async function liveSection(
  options: DriftOptions,
  config: Config,
  renders: readonly EnvironmentRender[],
  heads: ReadonlyMap<string, RemoteHead>,
  now: Date,
): Promise<LiveSection> {
  const argocd = options.argocd;
  if (!argocd) return { state: 'skipped', reason: 'no Argo CD server and token were given' };
  if ('problem' in argocd) return { state: 'unreachable', server: argocd.server, reason: argocd.problem };
  const clusters = renders.flatMap((r) => {
    if (r.state !== 'rendered') return [];
    return r.clusters.map(({ name, ref: tracked }) => {
      const ref = clusterRef(config, r.env, tracked);
      return {
        name,
        env: r.env,
        ref,
        expectedSha: heads.get(ref)?.sha ?? null,
        rendered: r.rendered.apps
          .filter((a) => a.cluster.name === name)
          .map((a) => ({ name: a.name, namespace: a.namespace })),
      };
    });
  });
  const repoURLs = [...new Set(renders.flatMap((r) => (r.state === 'rendered' ? r.repoURLs : [])))];
  return liveDrift(argocd.port, {
    server: argocd.server,
    clusterLabel: config.clusterLabel,
    repoURLs,
    clusters,
    now,
  });
}

/**
 * The ref a cluster's Applications must be at: its environment's, or the tag of the later release wave
 * it follows (ops-01 tracking `ops-stable`).
 */
function clusterRef(config: Config, env: string, tracked: string | null): string {
  const waves = config.release.waves.map((w) => w.tag);
  return tracked !== null && waves.includes(tracked) ? tracked : config.environments[env]!.ref;
}

function assemble(
  config: Config,
  options: DriftOptions,
  now: Date,
  sections: { promotion: PromotionSection; environment: EnvironmentSection; live: LiveSection },
  renders: readonly EnvironmentRender[],
): DriftReport {
  const { promotion, environment, live } = sections;
  const counts = countDrift(promotion, environment, live);
  const incomplete = incompleteReasons(sections, renders);
  return {
    generatedAt: now.toISOString(),
    repository: options.repository ?? null,
    chain: chainOf(config),
    promotion,
    environment,
    live,
    matrix: matrixOf(renders),
    approvals: approvalsOf(promotion.edges),
    counts,
    drifted: counts.errors + counts.warnings + counts.pendingCommits > 0,
    complete: incomplete.length === 0,
    incomplete,
  };
}

/** The environments' refs in promotion order, then the later waves. */
function chainOf(config: Config): string[] {
  const chain = Object.values(config.environments).map((e) => e.ref);
  for (const w of config.release.waves) if (!chain.includes(w.tag)) chain.push(w.tag);
  return chain;
}

/** What could not be computed: each unknown edge, pair, cluster, or Argo CD unreachable. */
function incompleteReasons(
  sections: { promotion: PromotionSection; environment: EnvironmentSection; live: LiveSection },
  renders: readonly EnvironmentRender[],
): string[] {
  const reasons: string[] = [];
  for (const e of sections.promotion.edges)
    if (e.state === 'unknown') reasons.push(`${e.from} → ${e.to}: ${e.reason}`);
  if (sections.environment.state === 'computed')
    for (const p of sections.environment.pairs)
      if (p.state === 'unknown') reasons.push(`${p.upstream} → ${p.downstream} not compared: ${p.reason}`);
  if (sections.live.state === 'unreachable') reasons.push(`Argo CD unreachable: ${sections.live.reason}`);
  if (sections.live.state === 'computed')
    for (const c of sections.live.clusters)
      if (c.state === 'unknown') reasons.push(`cluster ${c.cluster} not checked live: ${c.reason}`);
  // An environment that did not render and is in no pair compared (on no edge, or environments skipped):
  // its clusters were neither compared nor checked live.
  const paired = new Set(
    sections.environment.state === 'computed'
      ? sections.environment.pairs.flatMap((p) => [p.upstream, p.downstream])
      : [],
  );
  for (const r of renders)
    if (r.state === 'unknown' && !paired.has(r.env)) reasons.push(`environment ${r.env}: ${r.reason}`);
  if (sections.environment.state === 'computed')
    for (const p of sections.environment.pairs) for (const u of p.unknowns ?? []) reasons.push(u);
  return reasons;
}

/** Pending promote and release edges, as checkboxes. */
function approvalsOf(edges: readonly EdgeDrift[]): Approval[] {
  return edges.flatMap((e) =>
    e.state === 'pending' && e.kind !== 'wave'
      ? [
          {
            kind: e.kind,
            from: e.from,
            to: e.to,
            fromSha: e.fromSha,
            toSha: e.toSha,
            pendingCount: e.pendingCount,
          },
        ]
      : [],
  );
}

/** What runs where: each component's revisions on each rendered cluster. */
function matrixOf(renders: readonly EnvironmentRender[]): DriftMatrix | null {
  const rendered = renders.filter((r) => r.state === 'rendered');
  if (rendered.length === 0) return null;
  const clusters = rendered.flatMap((r) => r.clusters);
  return buildMatrix(
    clusters,
    rendered.flatMap((r) => r.rendered.apps),
    clusters.map((c) => c.name),
  );
}
