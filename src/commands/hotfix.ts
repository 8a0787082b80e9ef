import { ConfigurationError } from '../errors.js';
import { branchProblem } from '../git/refs.js';
import { loadConfig, type Config, type PromotionEdge } from '../gitops/config.js';
import { branchGlob } from '../hotfix/branch-glob.js';
import { forwardMerge } from '../hotfix/forward-merge.js';
import type { ForwardMerge, HotfixResult } from '../hotfix/model.js';
import type { ProductionDiff, ReleaseResult, WaveDiff } from '../release/model.js';
import { clip } from '../util/clip.js';
import { candidateTopology } from './edge-gates.js';
import { cutRelease, diffClusters, waveGates, type ReleaseOptions } from './release.js';

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
  const mode = options.mode ?? config.hotfix.mode;
  if (mode === 'pull-request' && !options.github)
    throw new ConfigurationError('forward-merges in mode pull-request need a GitHub token and repository');
  await options.git.fetch(options.remote, [options.branch]);
  const head = await options.git.revParse(`refs/remotes/${options.remote}/${options.branch}`);
  await requireTargets(options, config.hotfix.forwardMerge);
  // A configured hotfix edge keeps the hotfix gates unless it lists its own.
  const edge = (to: string): PromotionEdge => {
    const e = config.promotion.edges.find((x) => x.from === config.hotfix.branches && x.to === to);
    return { from: config.hotfix.branches, to, ...e, gates: e?.gates ?? config.hotfix.gates };
  };
  const asRelease: ReleaseOptions = { ...options, sha: head, hotfix: options.branch, bump: 'patch' };
  const released = await cutRelease(asRelease, config, options.branch, (candidate, wave, clusters) =>
    waveGates(asRelease, config, { candidate, wave, clusters, from: options.branch, edge }),
  );
  const r = released.result;
  // Production runs the hotfix (or a dry run says it would): merge it forward, or the next release drops it.
  const runs = MERGE_AFTER.includes(r.outcome) || r.waves[0]?.sha === head;
  const merges = runs
    ? await forwardMerge({
        remote: options.remote,
        git: options.git,
        github: options.github,
        logger: options.logger,
        hotfix: options.branch,
        head,
        versionTag: r.versionTag,
        targets: config.hotfix.forwardMerge,
        mode,
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

/**
 * A branch name, matching the configured hotfix branches, and none of the branches a release or a
 * forward-merge uses: nothing else is released over stable through the hotfix gates.
 */
function requireHotfixBranch(config: Config, branch: string): void {
  const problem = branchProblem(branch);
  if (problem) throw new ConfigurationError(`--branch: ${problem}`);
  if (!branchGlob(config.hotfix.branches).test(branch)) {
    throw new ConfigurationError(
      `${clip(branch)} is not a hotfix branch (hotfix.branches: ${config.hotfix.branches})`,
    );
  }
  const used = [
    config.release.from,
    ...config.hotfix.forwardMerge,
    ...Object.values(config.environments).map((e) => e.ref),
  ];
  if (used.includes(branch)) {
    throw new ConfigurationError(
      `${branch} is a branch of the promotion path (release.from, hotfix.forwardMerge or an environment), never a hotfix`,
    );
  }
}

/** The forward-merge targets exist on the remote, checked before anything is released. */
async function requireTargets(options: HotfixOptions, targets: readonly string[]): Promise<void> {
  for (const t of targets) {
    if ((await options.git.remoteBranch(options.remote, t)) === null) {
      throw new ConfigurationError(
        `hotfix.forwardMerge: ${t} does not exist on ${options.remote}; nothing was pushed`,
      );
    }
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
  try {
    await options.git.fetch(options.remote, [target]);
    const clusters = await options.git.withExportedTree(after, async (dir) => {
      const { topology } = await candidateTopology(options, dir);
      return topology.clusters.filter((c) => c.ref === target).map((c) => c.name);
    });
    return await diffClusters(options, before, after, clusters);
  } catch (e) {
    return { state: 'unknown', why: (e as Error).message.split('\n')[0]! };
  }
}
