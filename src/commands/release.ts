import { branch, tag } from '../git/refs.js';
import { loadConfig, type Config, type PromotionEdge } from '../gitops/config.js';
import { envForRef } from '../gitops/env-for-ref.js';
import type { GateEdge, GateResult } from '../promote/gates.js';
import type { ProductionDiff, ReleaseResult, WaveDiff } from '../release/model.js';
import type { CandidateFacts, ReleaseHooks, ReleaseRequest, ReleaseSettings } from '../release/request.js';
import { runRelease } from '../release/run.js';
import { runRollback } from '../release/rollback.js';
import { DIFF_ASSET, renderReleaseNotes } from '../report/release-report.js';
import { diff } from './diff.js';
import { candidateTopology, evaluateEdgeGates, type EdgeGatesOptions } from './edge-gates.js';

export { FAILED_RELEASE_OUTCOMES, type ReleaseResult } from '../release/model.js';

export interface ReleaseOptions
  extends Omit<ReleaseRequest, 'git' | 'github' | 'argocd' | 'logger'>, EdgeGatesOptions {
  /** A clone with `remote` configured: only what the remote has is used, the work tree is not touched. */
  repoDir: string;
  /** Links in the notes: the repository's web URL and the workflow run. */
  links?: { repoUrl?: string; runUrl?: string };
}

/** What a release run did, and the production diffs its notes show. */
export interface ReleaseOutput {
  result: ReleaseResult;
  /** One per group of waves that moved from one commit; empty when no notes were rendered. */
  diffs: WaveDiff[];
  /** The notes as published (or, in a dry run, as they would be). */
  notes: { body: string; asset: string | null } | null;
}

/**
 * Cuts a release from `release.from` (or rolls a wave back with `rollbackTo`): the use case is in
 * src/release; this wires it to the candidate's tree (its clusters, the gates, validation) and to
 * the diff engine for the production diff in the notes.
 */
export async function release(options: ReleaseOptions): Promise<ReleaseOutput> {
  const config = loadConfig(options.repoDir, options.configFile);
  if (options.rollbackTo !== undefined) {
    return {
      result: await runRollback({ ...options }, releaseSettings(config, config.release.from)),
      diffs: [],
      notes: null,
    };
  }
  const from = config.release.from;
  const edge = (to: string): PromotionEdge =>
    config.promotion.edges.find((e) => e.from === from && e.to === to) ?? { from, to };
  return cutRelease(options, config, from, (candidate, wave, clusters) =>
    waveGates(options, config, { candidate, wave, clusters, from, edge }),
  );
}

export function releaseSettings(config: Config, from: string): ReleaseSettings {
  return {
    from,
    versionTag: config.release.versionTag,
    firstVersion: config.release.firstVersion,
    waves: config.release.waves.map((w) => w.tag),
  };
}

/**
 * A release of the head of `from` (`release.from`, or a hotfix branch) through the use case, with
 * `gates` for each wave; the notes as published (or as a dry run would publish them).
 */
export async function cutRelease(
  options: ReleaseOptions,
  config: Config,
  from: string,
  gates: ReleaseHooks['gates'],
): Promise<ReleaseOutput> {
  const req: ReleaseRequest = { ...options };
  const hooks = releaseHooks(options, config, gates);
  const result = await runRelease(req, releaseSettings(config, from), hooks.hooks);
  // The notes as last published, or as a dry run would publish them (the use case renders both).
  return { result, diffs: hooks.last()?.diffs ?? [], notes: hooks.last()?.notes ?? null };
}

function releaseHooks(options: ReleaseOptions, config: Config, gates: ReleaseHooks['gates']) {
  const facts = new Map<string, Promise<CandidateFacts>>();
  const diffs = new Map<string, Promise<ProductionDiff>>();
  let last: { diffs: WaveDiff[]; notes: { body: string; asset: string | null } } | null = null;
  const groupDiff = (r: ReleaseResult, g: WaveGroup) => {
    const key = JSON.stringify([g.base, r.candidate, g.clusters]);
    if (!diffs.has(key)) diffs.set(key, diffGroup(options, r, g));
    return diffs.get(key)!;
  };
  const hooks: ReleaseHooks = {
    atCandidate(candidate) {
      if (!facts.has(candidate)) facts.set(candidate, readFacts(options, config, candidate));
      return facts.get(candidate)!;
    },
    gates,
    async notes(r) {
      const groups = waveGroups(r);
      const waveDiffs = await Promise.all(
        groups.map(async (g) => ({ tags: g.tags, base: g.base, diff: await groupDiff(r, g) })),
      );
      const { body, asset } = renderReleaseNotes(r, waveDiffs, options.links);
      last = { diffs: waveDiffs, notes: { body, asset } };
      return {
        name: r.hotfix ? `${r.versionTag!} (hotfix)` : r.versionTag!,
        body,
        asset: asset ? { name: DIFF_ASSET, contentType: 'text/markdown', data: Buffer.from(asset) } : null,
      };
    },
  };
  return { hooks, last: () => last };
}

/** Each wave's clusters (the config's, else those whose Applications track its tag), read at the candidate. */
function readFacts(options: ReleaseOptions, config: Config, candidate: string): Promise<CandidateFacts> {
  return options.git.withExportedTree(candidate, async (dir) => {
    const { topology, config: at } = await candidateTopology(options, dir);
    const clusters = config.release.waves.map(
      (w) => w.clusters ?? topology.clusters.filter((c) => c.ref === w.tag).map((c) => c.name),
    );
    return { clusters, clusterLabel: at.clusterLabel, repoURL: topology.repoURL };
  });
}

/** Waves that move (or moved) in this run from one commit: their clusters are diffed together. */
interface WaveGroup {
  base: string | null;
  tags: string[];
  clusters: string[];
}

function waveGroups(r: ReleaseResult): WaveGroup[] {
  const groups = new Map<string | null, WaveGroup>();
  for (const w of r.waves) {
    if (w.state === 'already' || w.state === 'held') continue;
    const g = groups.get(w.previous) ?? { base: w.previous, tags: [], clusters: [] };
    g.tags.push(w.tag);
    g.clusters.push(...w.clusters);
    groups.set(w.previous, g);
  }
  return [...groups.values()];
}

/**
 * The gates of moving wave `wave` to the candidate: those of `edge(<wave tag>)` (for a release, the
 * edge `from → <wave tag>` when the config has one, else the top-level promotion settings with every
 * gate). Its Argo CD gate looks at the clusters that already run the candidate: those of `from` for
 * the first wave, those of the waves before.
 */
export async function waveGates(
  options: ReleaseOptions,
  config: Config,
  at: {
    candidate: string;
    wave: number;
    clusters: string[][];
    from: string;
    edge: (to: string) => PromotionEdge;
  },
): Promise<GateResult[]> {
  const { candidate, wave, clusters, from } = at;
  const to = config.release.waves[wave]!.tag;
  return options.git.withExportedTree(candidate, async (dir) => {
    const read = await candidateTopology(options, dir);
    const gateEdge: GateEdge = {
      from: branch(from),
      to: tag(to),
      candidate,
      soakEnvironment: envForRef(config, from),
      clusters:
        wave === 0
          ? read.topology.clusters.filter((c) => c.ref === from).map((c) => c.name)
          : clusters.slice(0, wave).flat(),
    };
    return evaluateEdgeGates(options, config, at.edge(to), gateEdge, dir, read);
  });
}

/**
 * The diff engine over a group's clusters, from the commit its waves were at to the release. A wave
 * that did not exist before has nothing to compare with: the first release says so, otherwise what
 * its clusters ran is unknown (never "no changes").
 */
async function diffGroup(options: ReleaseOptions, r: ReleaseResult, g: WaveGroup): Promise<ProductionDiff> {
  if (!g.base) {
    if (r.firstRelease) return { state: 'first-release' };
    return {
      state: 'unknown',
      why: `${g.tags.join(', ')} did not exist before this release, so what ${g.clusters.join(', ') || 'its clusters'} ran is unknown`,
    };
  }
  return diffClusters(options, g.base, r.candidate, [...new Set(g.clusters)]);
}

/** What `base..head` changes on `clusters`, by the diff engine; unknown (never "unchanged") when it cannot tell. */
export async function diffClusters(
  options: Pick<ReleaseOptions, 'git' | 'helm' | 'logger' | 'eventDefaultBranch' | 'configFile'>,
  base: string,
  head: string,
  clusters: string[],
): Promise<ProductionDiff> {
  if (clusters.length === 0) return { state: 'no-clusters' };
  if (!options.helm) return { state: 'unknown', why: 'no helm to render with' };
  try {
    const report = await diff({
      git: options.git,
      base,
      head,
      helm: options.helm,
      logger: options.logger,
      clusters,
      ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
      ...(options.configFile ? { configFile: options.configFile } : {}),
    });
    return { state: 'diffed', report };
  } catch (e) {
    return { state: 'unknown', why: (e as Error).message.split('\n')[0]! };
  }
}
