import { branch, tag } from '../git/refs.js';
import { loadConfig, type Config, type PromotionEdge } from '../gitops/config.js';
import { envForRef } from '../gitops/env-for-ref.js';
import type { GateEdge } from '../promote/gates.js';
import type { ProductionDiff, ReleaseResult } from '../release/model.js';
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

/** What a release run did, and the production diff its notes show. */
export interface ReleaseOutput {
  result: ReleaseResult;
  diff: ProductionDiff | null;
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
  const settings: ReleaseSettings = {
    from: config.release.from,
    versionTag: config.release.versionTag,
    firstVersion: config.release.firstVersion,
    waves: config.release.waves.map((w) => w.tag),
  };
  const req: ReleaseRequest = { ...options };
  if (options.rollbackTo !== undefined) {
    return { result: await runRollback(req, settings), diff: null, notes: null };
  }
  const hooks = releaseHooks(options, config);
  const result = await runRelease(req, settings, hooks.hooks);
  // The notes as published, or as a dry run would publish them.
  const shown = result.versionTag && (result.outcome === 'dry-run' || result.release !== null);
  const notes = shown ? await hooks.render(result) : null;
  return { result, diff: await hooks.diff(), notes };
}

function releaseHooks(options: ReleaseOptions, config: Config) {
  let facts: CandidateFacts | null = null;
  let production: Promise<ProductionDiff> | null = null;
  const productionDiff = (r: ReleaseResult) => (production ??= diffProduction(options, r));
  const render = async (r: ReleaseResult) => renderReleaseNotes(r, await productionDiff(r), options.links);
  const hooks: ReleaseHooks = {
    async atCandidate(candidate) {
      facts ??= await options.git.withExportedTree(candidate, async (dir) => {
        const { topology, config: at } = await candidateTopology(options, dir);
        const clusters = config.release.waves.map(
          (w) => w.clusters ?? topology.clusters.filter((c) => c.ref === w.tag).map((c) => c.name),
        );
        return { clusters, clusterLabel: at.clusterLabel, repoURL: topology.repoURL };
      });
      return facts;
    },
    gates: (candidate, wave, clusters) => releaseGates(options, config, candidate, wave, clusters),
    async notes(r) {
      const { body, asset } = await render(r);
      return {
        name: r.versionTag!,
        body,
        asset: asset ? { name: DIFF_ASSET, contentType: 'text/markdown', data: Buffer.from(asset) } : null,
      };
    },
  };
  return { hooks, render, diff: async () => (production ? await production : null) };
}

/**
 * The gates of moving wave `wave` to the candidate: the edge `from → <wave tag>` when the config has
 * one, else the top-level promotion settings with every gate. Its Argo CD gate looks at the clusters
 * that already run the candidate: those of `from` for the first wave, those of the waves before.
 */
async function releaseGates(
  options: ReleaseOptions,
  config: Config,
  candidate: string,
  wave: number,
  clusters: string[][],
) {
  const from = config.release.from;
  const to = config.release.waves[wave]!.tag;
  const edge: PromotionEdge = config.promotion.edges.find((e) => e.from === from && e.to === to) ?? {
    from,
    to,
  };
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
    return evaluateEdgeGates(options, config, edge, gateEdge, dir, read);
  });
}

/** The diff engine over the production clusters, between the previous release and this one. */
async function diffProduction(options: ReleaseOptions, r: ReleaseResult): Promise<ProductionDiff> {
  const clusters = [...new Set(r.waves.flatMap((w) => w.clusters))];
  if (!r.previousSha) return { state: 'first-release' };
  if (clusters.length === 0) return { state: 'no-clusters' };
  if (!options.helm) return { state: 'unknown', why: 'no helm to render with' };
  try {
    const report = await diff({
      git: options.git,
      base: r.previousSha,
      head: r.candidate,
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
