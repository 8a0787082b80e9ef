import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { writeInside } from '../util/safe-path.js';
import type { BadFile, PartFile } from './merge-parts.js';
import { shapedPart, shapedPlan } from './part-shape.js';
import { partFileName, PLAN_FILE, type DiffPart, type ShardPlan } from './shard-model.js';

/**
 * The files of a sharded diff: plan.json (the plan job's) and part-K-of-N.json (each part job's),
 * named by numbers only. Downloaded artifacts may be merged into one directory or each in its own:
 * both are read (subdirectories to a small depth, never through a symlink).
 */

const PART_FILE = /^part-(\d{1,3})-of-(\d{1,3})\.json$/;
const MAX_DEPTH = 3;

export async function writePlan(plan: ShardPlan, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return writeInside(dir, PLAN_FILE, `${JSON.stringify(plan, null, 2)}\n`);
}

export async function writePart(part: DiffPart, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return writeInside(dir, partFileName(part.shard), `${JSON.stringify(part)}\n`);
}

export interface ReadParts {
  plan: ShardPlan;
  parts: PartFile[];
  bad: BadFile[];
}

/**
 * The plan and the parts under `dir`. No plan (or two that differ, or one that is not a plan) is a
 * ConfigurationError: without it nothing says which clusters the diff covers. A part file that does
 * not parse or is not a part is `bad`, said in the report.
 */
export async function readParts(dir: string): Promise<ReadParts> {
  const found = await filesUnder(dir, MAX_DEPTH);
  const plans = found.filter((f) => path.basename(f) === PLAN_FILE);
  if (plans.length === 0)
    throw new ConfigurationError(
      `no ${PLAN_FILE} under ${dir}: download the plan's artifact there with the parts'`,
    );
  const texts = [...new Set(await Promise.all(plans.map((f) => readFile(f, 'utf8'))))];
  if (texts.length > 1)
    throw new ConfigurationError(`${plans.length} different ${PLAN_FILE} files under ${dir}: one plan only`);
  const json = parseJson(texts[0]!);
  const plan = json === NOT_JSON ? { kind: 'bad' as const, why: 'not JSON' } : shapedPlan(json);
  if (plan.kind === 'bad')
    throw new ConfigurationError(`${plans[0]} is not a plan of this version: ${plan.why}`);
  const parts: PartFile[] = [];
  const bad: BadFile[] = [];
  for (const file of found.filter((f) => PART_FILE.test(path.basename(f))).sort()) {
    const source = path.relative(dir, file).split(path.sep).join('/');
    const json = parseJson(await readFile(file, 'utf8'));
    const shaped = json === NOT_JSON ? { kind: 'bad' as const, why: 'not JSON' } : shapedPart(json);
    if (shaped.kind === 'bad') bad.push({ source, why: shaped.why });
    else parts.push({ source, part: shaped.value });
  }
  return { plan: plan.value, parts, bad };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** Regular files under `dir` (not through a symlink), to `depth` levels of subdirectories. */
async function filesUnder(dir: string, depth: number): Promise<string[]> {
  const st = await lstat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new ConfigurationError(`${dir} is not a directory of the diff's parts`);
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isFile()) out.push(p);
    else if (e.isDirectory() && depth > 0) out.push(...(await filesUnder(p, depth - 1)));
  }
  return out;
}
