import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffAggregate, diffPart, diffPlan } from '../../src/commands/diff-shard.js';
import type { DiffOptions } from '../../src/commands/diff.js';
import { createGit } from '../../src/git/git.js';
import type { DiffReport } from '../../src/diff/model.js';
import { writePart, writePlan } from '../../src/diff/part-files.js';
import type { DiffPart, ShardPlan } from '../../src/diff/shard-model.js';
import type { Scenario } from './diff-scenario.js';
import { testHelm } from './helm.js';
import { RecordingLogger } from './logger.js';

/** A sharded diff of a scenario as the workflow runs it: the plan, every part of its matrix, the merge. */
export interface Sharded {
  plan: ShardPlan;
  parts: DiffPart[];
  /** The directory the plan and parts were written to (the downloaded artifacts). */
  dir: string;
  report: DiffReport;
  cleanup: () => void;
}

export function diffOptions(s: Scenario, options: Partial<DiffOptions> = {}): DiffOptions {
  return {
    git: createGit(s.fx.dir, s.env),
    base: s.base,
    head: s.head,
    helm: testHelm(),
    logger: new RecordingLogger(),
    secretSalt: 'golden-salt',
    ...options,
  };
}

/** Plans `shards` shards, runs each part (one after the other), writes them, and merges what `keep` keeps. */
export async function shardedDiff(
  s: Scenario,
  shards: number,
  options: Partial<DiffOptions> = {},
  keep: (part: DiffPart) => boolean = () => true,
): Promise<Sharded> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-shards-'));
  const plan = await diffPlan(diffOptions(s, options), shards);
  await writePlan(plan, dir);
  const parts: DiffPart[] = [];
  for (const entry of plan.matrix.include) {
    const part = await diffPart(diffOptions(s, options), { index: entry.part, count: plan.shards });
    parts.push(part);
    if (keep(part)) await writePart(part, dir);
  }
  const report = await diffAggregate(dir);
  return { plan, parts, dir, report, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
