import type { Config } from '../gitops/config.js';
import type { Logger } from '../logger.js';
import type { CommitInfo, GitPort } from '../ports/git.js';
import type { GitHubPulls } from '../ports/github.js';
import { linkPullRequests } from '../promote/commit-links.js';
import { parseDuration } from '../promote/duration.js';
import { versionPattern } from '../release/versions.js';
import { hotfixesOf } from './hotfix-names.js';
import {
  PENDING_LISTED,
  type EdgeDrift,
  type EdgeKind,
  type MissedForwardMerge,
  type PendingCommit,
  type PromotionSection,
} from './model.js';
import { readDriftRefs, type DriftRefs } from './refs.js';

/** What promotion drift reads: git (and GitHub for pull-request links), the config in force, the time. */
export interface PromotionDriftInput {
  git: GitPort;
  github: GitHubPulls | null;
  logger: Logger;
  remote: string;
  config: Config;
  now: Date;
}

/** An edge of the chain: promotion edges, release's, then wave to wave. */
export function chainEdges(config: Config): { kind: EdgeKind; from: string; to: string }[] {
  const edges: { kind: EdgeKind; from: string; to: string }[] = config.promotion.edges.map((e) => ({
    kind: 'promote',
    from: e.from,
    to: e.to,
  }));
  const waves = config.release.waves.map((w) => w.tag);
  if (waves[0]) edges.push({ kind: 'release', from: config.release.from, to: waves[0] });
  for (let i = 0; i + 1 < waves.length; i++) edges.push({ kind: 'wave', from: waves[i]!, to: waves[i + 1]! });
  return edges;
}

/**
 * Promotion drift, from git alone: what waits on each edge (and since when), the production commits a
 * forward-merge target lacks (a hotfix not merged forward), and the refs the config names that do not exist.
 */
export async function promotionDrift(
  input: PromotionDriftInput,
): Promise<{ section: PromotionSection; refs: DriftRefs }> {
  const pattern = versionPattern(input.config.release.versionTag);
  const refs = await readDriftRefs(input.git, input.remote, input.config, pattern);
  const maxAgeMs = parseDuration(input.config.drift.maxAge, 'drift.maxAge');
  const edges: EdgeDrift[] = [];
  for (const e of chainEdges(input.config)) edges.push(await edgeDrift(input, refs, e, maxAgeMs));
  const missedForwardMerges = await missedMerges(input, refs, pattern);
  return { section: { edges, missedForwardMerges, missingRefs: refs.missing }, refs };
}

async function edgeDrift(
  input: PromotionDriftInput,
  refs: DriftRefs,
  e: { kind: EdgeKind; from: string; to: string },
  maxAgeMs: number,
): Promise<EdgeDrift> {
  const from = refs.heads.get(e.from);
  const to = refs.heads.get(e.to);
  if (!from || !to) {
    const absent = [from ? null : e.from, to ? null : e.to].filter(Boolean).join(' and ');
    return { ...e, state: 'unknown', reason: `${absent} does not exist on ${input.remote}` };
  }
  const log = await input.git.log(`${to.sha}..${from.sha}`);
  const targetOnly = (await input.git.log(`${from.sha}..${to.sha}`)).length;
  const pending = await pendingCommits(input, log.slice(0, PENDING_LISTED), e.from);
  const oldest = oldestDate(log);
  return {
    ...e,
    state: log.length > 0 ? 'pending' : targetOnly > 0 ? 'diverged' : 'in-sync',
    fromSha: from.sha,
    toSha: to.sha,
    pending,
    pendingCount: log.length,
    oldestAt: oldest,
    authors: [...new Set(log.map((c) => c.author))].sort(),
    overdue: oldest !== null && input.now.getTime() - Date.parse(oldest) > maxAgeMs,
    targetOnly,
  };
}

/** The earliest committer date of `commits` (ISO), or null for none. */
function oldestDate(commits: readonly CommitInfo[]): string | null {
  let oldest: string | null = null;
  for (const c of commits) if (oldest === null || Date.parse(c.date) < Date.parse(oldest)) oldest = c.date;
  return oldest;
}

async function pendingCommits(
  input: PromotionDriftInput,
  commits: readonly CommitInfo[],
  base: string,
): Promise<PendingCommit[]> {
  const linked = await linkPullRequests(commits, base, input.github, input.logger);
  return linked.map((c) => ({
    sha: c.sha,
    subject: c.subject,
    author: c.author,
    date: c.date,
    pullRequests: c.pullRequest === null ? [] : [c.pullRequest],
  }));
}

/**
 * Whether merging `source` into `target` would change nothing: `target` has every change of it, however
 * they came (squash-merged, a conflict resolved in a pull request), even where no commit matches by patch.
 */
async function hasEveryChange(git: GitPort, target: string, source: string): Promise<boolean> {
  const merged = await git.mergeTree(target, source);
  return 'tree' in merged && merged.tree === (await git.treeOf(target));
}

/** Production's changes (the first wave's tag) that a forward-merge target lacks. */
async function missedMerges(
  input: PromotionDriftInput,
  refs: DriftRefs,
  pattern: ReturnType<typeof versionPattern>,
): Promise<MissedForwardMerge[]> {
  const sourceName = input.config.release.waves[0]?.tag;
  const source = sourceName ? refs.heads.get(sourceName) : undefined;
  if (!source) return [];
  const missed: MissedForwardMerge[] = [];
  for (const target of input.config.hotfix.forwardMerge) {
    const head = refs.heads.get(target);
    if (!head || head.sha === source.sha) continue;
    const changes = await input.git.unmergedChanges(head.sha, source.sha);
    if (changes.length === 0 || (await hasEveryChange(input.git, head.sha, source.sha))) continue;
    missed.push({
      target,
      source: source.name,
      commits: await pendingCommits(input, changes.slice(0, PENDING_LISTED), source.name),
      commitCount: changes.length,
      hotfixes: await hotfixesOf(input.git, refs.tags, pattern, changes),
    });
  }
  return missed;
}
