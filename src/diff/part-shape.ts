import { planId } from './shard-split.js';
import {
  MAX_SHARDS,
  PART_KIND,
  PLAN_KIND,
  SHARD_FORMAT,
  type DiffPart,
  type ShardPlan,
} from './shard-model.js';

/**
 * The shape of plan.json and of a part file, checked before they are merged: they come from other
 * jobs' artifacts, so a file that is not what this version writes is refused with the first thing
 * that is wrong (the merge then says its clusters are unknown), never half read.
 */

type Check = (v: unknown, at: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, at) => (typeof v === 'string' ? null : `${at} is not a string`);
const strOrNull: Check = (v, at) =>
  v === null || typeof v === 'string' ? null : `${at} is not a string or null`;
const int =
  (max: number): Check =>
  (v, at) =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max
      ? null
      : `${at} is not a whole number from 0 to ${max}`;
const bool: Check = (v, at) => (typeof v === 'boolean' ? null : `${at} is not true or false`);
const exactly =
  (want: unknown): Check =>
  (v, at) =>
    v === want ? null : `${at} is not ${JSON.stringify(want)}`;
const anyObject: Check = (v, at) => (isObject(v) ? null : `${at} is not an object`);

function arrayOf(item: Check): Check {
  return (v, at) => {
    if (!Array.isArray(v)) return `${at} is not an array`;
    for (const [i, x] of v.entries()) {
      const bad = item(x, `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  };
}

function objectOf(fields: Record<string, Check>): Check {
  return (v, at) => {
    if (!isObject(v)) return `${at} is not an object`;
    for (const [k, check] of Object.entries(fields)) {
      const bad = check(Object.hasOwn(v, k) ? v[k] : undefined, `${at}.${k}`);
      if (bad) return bad;
    }
    return null;
  };
}

const orNull =
  (check: Check): Check =>
  (v, at) =>
    v === null ? null : check(v, at);

const REF = objectOf({ ref: str, sha: str });
const COUNT = int(Number.MAX_SAFE_INTEGER);
const CLUSTER = objectOf({
  name: str,
  env: strOrNull,
  status: str,
  apps: arrayOf(anyObject),
  objects: arrayOf(anyObject),
  counts: objectOf({ added: COUNT, removed: COUNT, modified: COUNT }),
  errors: arrayOf(str),
});
const FINDING = objectOf({ severity: str, rule: str, message: str, cluster: strOrNull });
const CONTROL_PLANE = objectOf({ kind: str, source: str, reason: str });
const REPORT = objectOf({
  base: REF,
  head: REF,
  errors: arrayOf(str),
  notes: arrayOf(str),
  clusters: arrayOf(CLUSTER),
  risks: arrayOf(objectOf({ kind: str, cluster: strOrNull, application: strOrNull, message: str })),
  controlPlane: CONTROL_PLANE,
  stats: objectOf({
    clustersRendered: COUNT,
    clustersSkipped: COUNT,
    chartsRendered: COUNT,
    chartsSkipped: COUNT,
  }),
});

const PLAN: Check = objectOf({
  version: exactly(SHARD_FORMAT),
  kind: exactly(PLAN_KIND),
  id: str,
  base: REF,
  head: REF,
  requested: int(MAX_SHARDS),
  shards: int(MAX_SHARDS),
  options: objectOf({ deep: bool, dependencyBuild: bool, config: strOrNull }),
  clusters: arrayOf(objectOf({ name: str, env: strOrNull, part: int(MAX_SHARDS) })),
});

const PART: Check = objectOf({
  version: exactly(SHARD_FORMAT),
  kind: exactly(PART_KIND),
  plan: str,
  shard: objectOf({ index: int(MAX_SHARDS), count: int(MAX_SHARDS) }),
  clusters: arrayOf(str),
  report: REPORT,
  headFailures: arrayOf(FINDING),
  unrenderedAtHead: arrayOf(str),
  ignored: arrayOf(
    objectOf({
      cluster: str,
      byRule: arrayOf(
        arrayOf((v, at) =>
          typeof v === 'string' || Number.isInteger(v) ? null : `${at} is not a rule or a count`,
        ),
      ),
    }),
  ),
  validation: orNull(objectOf({ findings: arrayOf(FINDING), controlPlane: CONTROL_PLANE })),
});

export type Shaped<T> = { kind: 'ok'; value: T } | { kind: 'bad'; why: string };

/** plan.json as parsed JSON: a plan of this format, or the first thing wrong with it. */
export function shapedPlan(v: unknown): Shaped<ShardPlan> {
  const bad = PLAN(v, 'plan');
  if (bad) return { kind: 'bad', why: bad };
  const plan = v as ShardPlan;
  const names = new Set(plan.clusters.map((c) => c.name));
  if (names.size !== plan.clusters.length) return { kind: 'bad', why: 'plan.clusters names a cluster twice' };
  if (plan.clusters.some((c) => c.part > plan.shards))
    return { kind: 'bad', why: `plan.clusters gives a cluster a part beyond ${plan.shards}` };
  if (plan.id !== planId(plan.base.sha, plan.head.sha, plan.options, plan.shards, plan.clusters))
    return { kind: 'bad', why: 'plan.id is not the id of what the plan holds' };
  return { kind: 'ok', value: plan };
}

/** A part file as parsed JSON: a part of this format, or the first thing wrong with it. */
export function shapedPart(v: unknown): Shaped<DiffPart> {
  const bad = PART(v, 'part');
  if (bad) return { kind: 'bad', why: bad };
  const part = v as DiffPart;
  if (part.shard.index > part.shard.count)
    return { kind: 'bad', why: 'part.shard.index is beyond its count' };
  return { kind: 'ok', value: part };
}
