import { ConfigurationError } from '../errors.js';
import { changedFiles } from '../diff/fingerprint.js';
import { mergeParts, type MergeTarget } from '../diff/merge-parts.js';
import { readParts } from '../diff/part-files.js';
import type { DiffReport } from '../diff/model.js';
import {
  checkMaxShards,
  PART_KIND,
  SHARD_FORMAT,
  shardName,
  type DiffPart,
  type ShardOptions,
  type ShardPlan,
  type ShardSpec,
} from '../diff/shard-model.js';
import { partClusters, shardPlan } from '../diff/shard-split.js';
import { diffTrees, type Select } from './diff-compare-trees.js';
import { plan, type Plan } from './diff-plan.js';
import { diffPolicy, type Tree } from './diff-trees.js';
import { withTrees, type DiffOptions } from './diff.js';

/**
 * A diff sharded over jobs (src/diff/shard-model.ts): the plan, a part, and the merge of the parts.
 * The plan reads both trees and their topology and compares git object ids, as a diff does before
 * it renders, and runs no helm; each part recomputes the same plan from the same commits and
 * options and diffs its own clusters, so the matrix never carries a name from the repository.
 */

/** The plan of a diff split into at most `maxShards` shards of the clusters whose inputs differ. */
export async function diffPlan(options: Omit<DiffOptions, 'helm'>, maxShards: number): Promise<ShardPlan> {
  checkMaxShards(maxShards, 'the number of shards');
  return withTrees(options, async (base, head, _reading, lap) => {
    const plans = plan(base, head, options.clusters, changedFiles(base.listing, head.listing));
    const planned = planOf(base, head, plans, options, maxShards);
    lap('planned');
    options.logger.info(
      `diff plan ${base.ref}..${head.ref}: ${plans.length} clusters, ${planned.clusters.filter((c) => c.part > 0).length} with changed inputs in ${planned.shards} shards, the others (and head in full) in shard ${shardName({ index: 0, count: planned.shards })}`,
    );
    return planned;
  });
}

/** One part of the plan: its clusters diffed (part 0: head rendered and validated in full). */
export async function diffPart(options: DiffOptions, shard: ShardSpec): Promise<DiffPart> {
  return withTrees(options, async (base, head, reading, lap) => {
    let id = '';
    const select: Select = (plans) => {
      const planned = planOf(base, head, plans, options, Math.max(shard.count, 1));
      if (planned.shards !== shard.count)
        throw new ConfigurationError(
          `shard ${shardName(shard)}: this diff splits into ${planned.shards} shards, not ${shard.count}: run the plan and its parts on the same commits with the same inputs`,
        );
      id = planned.id;
      const mine = new Set(partClusters(planned, shard.index));
      return { plans: plans.filter((p) => mine.has(p.name)), headInFull: shard.index === 0 };
    };
    const d = await diffTrees(base, head, reading, options, lap, select);
    return {
      version: SHARD_FORMAT,
      kind: PART_KIND,
      plan: id,
      shard,
      clusters: d.report.clusters.map((c) => c.name),
      report: d.report,
      headFailures: d.headFailures,
      unrenderedAtHead: d.unrenderedAtHead,
      ignored: d.ignored,
      validation:
        shard.index === 0 ? { findings: d.validated.findings, controlPlane: d.validated.controlPlane } : null,
    };
  });
}

/** The parts under `dir` (and its plan.json) merged into one report: the report one diff would have made. */
export async function diffAggregate(dir: string, target?: MergeTarget): Promise<DiffReport> {
  const { plan: p, parts, bad } = await readParts(dir);
  return mergeParts(p, parts, bad, target);
}

function planOf(
  base: Tree,
  head: Tree,
  plans: readonly Plan[],
  options: Omit<DiffOptions, 'helm'>,
  requested: number,
): ShardPlan {
  return shardPlan({
    base: { ref: base.ref, sha: base.sha },
    head: { ref: head.ref, sha: head.sha },
    options: shardOptions(base, head, options),
    clusters: plans.map((p) => ({
      name: p.name,
      env: p.head?.env ?? p.base?.env ?? null,
      compare: p.changed || p.needsApps,
    })),
    requested,
  });
}

/** What every part must be run with: in the plan's id, so that a part run otherwise is not merged. */
function shardOptions(base: Tree, head: Tree, options: Omit<DiffOptions, 'helm'>): ShardOptions {
  return {
    deep: diffPolicy(base, head, options.deep).deep,
    dependencyBuild: options.dependencyBuild ?? false,
    config: options.configFile ?? null,
  };
}
