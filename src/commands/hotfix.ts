import { ConfigurationError } from '../errors.js';
import { branchProblem } from '../git/refs.js';
import { loadConfig, type Config, type PromotionEdge } from '../gitops/config.js';
import { globSegment } from '../gitops/glob.js';
import { forwardMerge } from '../hotfix/forward-merge.js';
import type { ForwardMerge, HotfixResult } from '../hotfix/model.js';
import type { ProductionDiff, ReleaseResult, WaveDiff } from '../release/model.js';
import { clip } from '../util/clip.js';
import { diff } from './diff.js';
import { candidateTopology } from './edge-gates.js';
import { cutRelease, waveGates, type ReleaseOptions } from './release.js';

export { FAILED_FORWARD_MERGES, type HotfixResult } from '../hotfix/model.js';

export interface HotfixOptions extends Omit<
  ReleaseOptions,
  'rollbackTo' | 'wave' | 'sha' | 'hotfix' | 'bump'
> {
  /** The hotfix branch (`hotfix/x`), which must match `hotfix.branches`. */
  branch: string;
  /** push (default: config hotfix.mode) or pull-request, for the forward-merges. */
  mode?: 'push' | 'pull-request';
}

/** What a hotfix run did, with the notes of its release and the production diffs they show. */
export interface HotfixOutput {
  result: HotfixResult;
  diffs: WaveDiff[];
  notes: { body: string; asset: string | null } | null;
}

/** Release outcomes after which the hotfix runs in production (or would): it is merged forward. */
const MERGE_AFTER: readonly ReleaseResult['outcome'][] = [
  'released',
  'nothing-to-release',
  'incomplete',
  'dry-run',
];

/**
 * Releases the head of a hotfix branch over `stable` (the release use case: gates of the hotfix edge,
 * a new patch version, the waves, verification, a GitHub Release marked as a hotfix), then merges it
 * forward into `hotfix.forwardMerge` (default staging, then dev), each on its own: a conflict opens a
 * pull request and the next target goes on.
 */
export async function hotfix(options: HotfixOptions): Promise<HotfixOutput> {
  const config = loadConfig(options.repoDir, options.configFile);
  requireHotfixBranch(config, options.branch);
  await options.git.fetch(options.remote, [options.branch]);
  const head = await options.git.revParse(`refs/remotes/${options.remote}/${options.branch}`);
  const edge = (to: string): PromotionEdge =>
    config.promotion.edges.find((e) => e.from === config.hotfix.branches && e.to === to) ?? {
      from: config.hotfix.branches,
      to,
      gates: config.hotfix.gates,
    };
  const asRelease: ReleaseOptions = { ...options, sha: head, hotfix: options.branch, bump: 'patch' };
  const released = await cutRelease(asRelease, config, options.branch, (candidate, wave, clusters) =>
    waveGates(asRelease, config, { candidate, wave, clusters, from: options.branch, edge }),
  );
  const r = released.result;
  const merges = MERGE_AFTER.includes(r.outcome)
    ? await forwardMerge({
        remote: options.remote,
        git: options.git,
        github: options.github,
        logger: options.logger,
        hotfix: options.branch,
        head,
        versionTag: r.versionTag,
        targets: config.hotfix.forwardMerge,
        mode: options.mode ?? config.hotfix.mode,
        dryRun: options.dryRun,
        conflictLabel: config.hotfix.conflictLabel,
      })
    : notRun(config.hotfix.forwardMerge, r);
  const result: HotfixResult = {
    branch: options.branch,
    head,
    release: r,
    forwardMerges: merges,
    diffs: await forwardDiffs(options, merges),
    message: hotfixMessage(r, merges),
  };
  return { result, diffs: released.diffs, notes: released.notes };
}

/** A branch name, matching the configured hotfix branches: nothing else is released over stable. */
function requireHotfixBranch(config: Config, branch: string): void {
  const problem = branchProblem(branch);
  if (problem) throw new ConfigurationError(`--branch: ${problem}`);
  if (!globSegment(config.hotfix.branches).test(branch)) {
    throw new ConfigurationError(
      `${clip(branch)} is not a hotfix branch (hotfix.branches: ${config.hotfix.branches})`,
    );
  }
}

function notRun(targets: readonly string[], r: ReleaseResult): ForwardMerge[] {
  return targets.map((target) => ({
    target,
    state: 'not-run' as const,
    before: null,
    after: null,
    conflicts: [],
    pullRequest: null,
    branch: null,
    message: `not merged forward: the release ended ${r.outcome}`,
  }));
}

function hotfixMessage(r: ReleaseResult, merges: readonly ForwardMerge[]): string {
  const forward = merges
    .map((m) => `${m.target} ${m.state}${m.pullRequest ? ` #${m.pullRequest.number}` : ''}`)
    .join(', ');
  return `${r.message}; forward-merges: ${forward}`;
}

/**
 * What each forward-merge changes on the clusters of its branch (the clusters that track it at the
 * merge), rendered by the diff engine; a target not merged has no entry.
 */
async function forwardDiffs(
  options: HotfixOptions,
  merges: readonly ForwardMerge[],
): Promise<Record<string, ProductionDiff>> {
  const out: Record<string, ProductionDiff> = {};
  for (const m of merges) {
    if (m.state !== 'merged' || !m.before || !m.after) continue;
    out[m.target] = await targetDiff(options, m.target, m.before, m.after);
  }
  return out;
}

async function targetDiff(
  options: HotfixOptions,
  target: string,
  before: string,
  after: string,
): Promise<ProductionDiff> {
  if (!options.helm) return { state: 'unknown', why: 'no helm to render with' };
  try {
    await options.git.fetch(options.remote, [target]);
    const clusters = await options.git.withExportedTree(after, async (dir) => {
      const { topology } = await candidateTopology(options, dir);
      return topology.clusters.filter((c) => c.ref === target).map((c) => c.name);
    });
    if (clusters.length === 0) return { state: 'no-clusters' };
    const report = await diff({
      git: options.git,
      base: before,
      head: after,
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
