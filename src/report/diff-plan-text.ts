import type { ShardPlan } from '../diff/shard-model.js';
import { partClusters } from '../diff/shard-split.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

/** A sharded diff's plan for the terminal: each part and its clusters. */
export function renderPlanText(plan: ShardPlan): string {
  const changed = plan.clusters.filter((c) => c.part > 0).length;
  const lines = [
    `diff plan ${shortSha(plan.base.sha)}..${shortSha(plan.head.sha)}: ${plural(plan.clusters.length, 'cluster')}, ` +
      `${changed} with changed inputs in ${plural(plan.shards, 'shard')} (at most ${plan.requested} asked)`,
  ];
  for (const entry of plan.matrix.include) {
    const names = partClusters(plan, entry.part);
    const what =
      entry.part === 0
        ? `head rendered and validated in full; ${plural(names.length, 'cluster')} with equal inputs`
        : plural(names.length, 'cluster');
    lines.push(`shard ${entry.shard}: ${what}${names.length > 0 ? `: ${names.join(', ')}` : ''}`);
  }
  lines.push(`plan ${plan.id}`);
  return `${lines.join('\n')}\n`;
}
