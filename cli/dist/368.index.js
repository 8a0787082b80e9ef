export const id = 368;
export const ids = [368];
export const modules = {

/***/ 2194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIFF_HELP: () => (/* binding */ DIFF_HELP),
  diffCommand: () => (/* binding */ diffCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/commands/diff.ts + 1 modules
var diff = __webpack_require__(3791);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/diff/fingerprint.ts
var fingerprint = __webpack_require__(7139);
// EXTERNAL MODULE: ./src/diff/head-findings.ts
var head_findings = __webpack_require__(968);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/diff/report-risks.ts
var report_risks = __webpack_require__(6944);
;// CONCATENATED MODULE: ./src/diff/shard-model.ts

/**
 * A diff sharded over jobs: a plan (cheap: topology and git object ids, no helm) splits the clusters
 * into parts, each part is diffed by its own job, and the parts are merged into one report.
 *
 * Part 0 renders every cluster at head (validation in full, as a single diff does) and compares the
 * clusters whose render inputs are equal at both refs; parts 1..N compare the clusters whose inputs
 * differ, split into N balanced shards. A shard is named `K/N` (0 ≤ K ≤ N).
 */
/** GitHub runs at most 256 jobs of one matrix: part 0 and 255 shards. */
const MAX_SHARDS = 255;
const PLAN_KIND = 'gitops-promotion-diff-plan';
const PART_KIND = 'gitops-promotion-diff-part';
/** The format of plan.json and of the part files; the plan's id covers it, so parts of another format never merge. */
const SHARD_FORMAT = 1;
/** `K/N` as the matrix names a part. */
function shardName(s) {
    return `${s.index}/${s.count}`;
}
/** The file a part is written to: its index and count only (never a name from the repository). */
function partFileName(s) {
    return `part-${s.index}-of-${s.count}.json`;
}
const PLAN_FILE = 'plan.json';
/** `K/N` from an input or a flag: whole numbers, 0 ≤ K ≤ N ≤ MAX_SHARDS. */
function parseShard(text, what) {
    const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index > count || count > MAX_SHARDS)
        throw new errors/* ConfigurationError */.j1(`${what} must be K/N with 0 <= K <= N <= ${MAX_SHARDS} (as the plan's matrix names it), got "${text}"`);
    return { index, count };
}
/** How many shards a plan may split into: 1..MAX_SHARDS. */
function checkMaxShards(n, what) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS)
        throw new errors/* ConfigurationError */.j1(`${what} must be a whole number from 1 to ${MAX_SHARDS} (GitHub runs at most 256 jobs of a matrix), got ${n}`);
    return n;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
;// CONCATENATED MODULE: ./src/diff/shard-split.ts



/**
 * The items split into at most `max` non-empty shards (as many as there are items, at most): the
 * heaviest first (equal weights in the given order), each to the least loaded shard, the lowest
 * index on a tie (longest processing time first). Equal input, equal shards; the loads differ by at
 * most the heaviest item; with equal weights, item i goes to shard i mod count. Each shard lists its
 * items in the given order.
 */
function splitIntoShards(items, max) {
    if (!Number.isInteger(max) || max < 1)
        throw new Error(`bug: split into ${max} shards`);
    const count = Math.min(max, items.length);
    const order = new Map(items.map((it, i) => [it.name, i]));
    if (order.size !== items.length)
        throw new Error('bug: a cluster to split is named twice');
    const shards = Array.from({ length: count }, () => ({ load: 0, names: [] }));
    const heaviestFirst = items.map((it, i) => ({ ...it, i })).sort((a, b) => b.weight - a.weight || a.i - b.i);
    for (const it of heaviestFirst) {
        let least = shards[0];
        for (const s of shards)
            if (s.load < least.load)
                least = s;
        least.load += it.weight;
        least.names.push(it.name);
    }
    return shards.map((s) => s.names.sort((a, b) => order.get(a) - order.get(b)));
}
/** The plan: part 0 holds the clusters with equal inputs, shards 1..N the others, and the matrix. */
function shardPlan(input) {
    if (input.requested > MAX_SHARDS)
        throw new Error(`bug: ${input.requested} shards`);
    const toSplit = input.clusters
        .filter((c) => c.compare)
        .map((c) => ({ name: c.name, weight: c.weight ?? 1 }));
    const shards = toSplit.length > 0 ? splitIntoShards(toSplit, input.requested) : [];
    const partOf = new Map();
    shards.forEach((names, i) => names.forEach((n) => partOf.set(n, i + 1)));
    const clusters = input.clusters.map((c) => ({
        name: c.name,
        env: c.env,
        part: partOf.get(c.name) ?? 0,
    }));
    const count = shards.length;
    const include = Array.from({ length: count + 1 }, (_, part) => ({
        shard: shardName({ index: part, count }),
        part,
    }));
    return {
        version: SHARD_FORMAT,
        kind: PLAN_KIND,
        id: planId(input.base.sha, input.head.sha, input.options, count, clusters),
        base: input.base,
        head: input.head,
        requested: input.requested,
        shards: count,
        options: input.options,
        clusters,
        matrix: { include },
    };
}
/** The clusters of one part, in the plan's order. */
function partClusters(plan, part) {
    return plan.clusters.filter((c) => c.part === part).map((c) => c.name);
}
/** What makes two plans the same: the format, both commits, the options, the shard count, each cluster's part. */
function planId(base, head, options, shards, clusters) {
    const what = {
        format: SHARD_FORMAT,
        base,
        head,
        options,
        shards,
        clusters: clusters.map((c) => [c.name, c.part]),
    };
    return (0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(what)).digest('hex');
}

;// CONCATENATED MODULE: ./src/diff/merge-parts.ts





function mergeParts(plan, parts, bad, target = { base: null, head: null }) {
    const sorted = sortParts(plan, parts, bad, foreignPlan(plan, target));
    const used = new Map();
    for (const [index, files] of sorted.byIndex)
        if (files.length === 1)
            used.set(index, files[0].part);
    const full = used.get(0)?.validation ?? null;
    const clusters = plan.clusters.map((c) => clusterOf(plan, c, used, sorted, full?.findings ?? null));
    const inOrder = [...used.keys()].sort((a, b) => a - b).map((i) => used.get(i));
    const failures = inOrder.flatMap((p) => p.headFailures);
    const missingFull = `the part of shard ${shardName({ index: 0, count: plan.shards })} (head rendered and validated in full) is not there`;
    const validation = full
        ? (0,head_findings/* headValidation */.IN)(full.findings, failures)
        : { ...(0,head_findings/* headValidation */.IN)([], failures), unknown: missingFull };
    const first = inOrder[0]?.report;
    const errors = [...(first?.errors ?? []), ...sorted.problems, ...(full ? [] : [missingFull])];
    const changedClusters = clusters
        .filter((c) => (0,model/* hasEntries */.T)(c) || c.status === 'added' || c.status === 'removed')
        .map((c) => c.name);
    return {
        base: plan.base,
        head: plan.head,
        complete: errors.length === 0 && clusters.every((c) => c.errors.length === 0),
        errors,
        notes: [...(first?.notes ?? [])],
        changed: changedClusters.length > 0,
        changedClusters,
        clusters,
        risks: (0,report_risks/* mergedRisks */.f)(validation, inOrder.map((p) => p.report.risks), plan.clusters.map((c) => c.name)),
        validation,
        controlPlane: full?.controlPlane ?? partialControlPlane(first, missingFull),
        ignored: mergedIgnores(clusters, inOrder),
        stats: sumStats(inOrder),
    };
}
/** Why plan.json is not the plan of the commits the diff is posted for, or null. */
function foreignPlan(plan, target) {
    const short = (sha) => sha.slice(0, 12);
    const theirs = `${short(plan.base.sha)}..${short(plan.head.sha)}`;
    if (target.head !== null && target.head !== plan.head.sha)
        return `plan.json compares ${theirs}, not the head of this pull request (${short(target.head)}): its parts are of another run (a commit since pushed over)`;
    if (target.base !== null && target.base !== plan.base.sha)
        return `plan.json compares ${theirs}, not the base given (${short(target.base)})`;
    return null;
}
/** Each part to its index when it is one of this plan's, else why not (said in the report). */
function sortParts(plan, parts, bad, foreign) {
    const out = { byIndex: new Map(), refused: new Map(), problems: [] };
    if (foreign) {
        out.problems.push(`${foreign}: none of its parts is used`);
        for (let index = 0; index <= plan.shards; index++)
            out.refused.set(index, `is of another run: ${foreign}`);
        return out;
    }
    for (const b of bad)
        out.problems.push(`${b.source} is not a part of this diff (${b.why}): not used`);
    for (const f of parts) {
        const why = notOfPlan(plan, f.part);
        const index = f.part.shard.index;
        if (why) {
            out.problems.push(`${f.source} (shard ${shardName(f.part.shard)}) ${why}: not used`);
            if (f.part.shard.count === plan.shards)
                out.refused.set(index, why);
            continue;
        }
        out.byIndex.set(index, [...(out.byIndex.get(index) ?? []), f]);
    }
    for (const [index, files] of out.byIndex)
        if (files.length > 1)
            out.problems.push(`shard ${shardName({ index, count: plan.shards })} is there ${files.length} times (${files.map((f) => f.source).join(', ')}): none of them is used`);
    return out;
}
/** Why a part is not one of the plan's (null: it is): another plan, other commits, other clusters. */
function notOfPlan(plan, part) {
    if (part.plan !== plan.id)
        return `is of another plan (${part.plan.slice(0, 12)}, not ${plan.id.slice(0, 12)})`;
    if (part.shard.count !== plan.shards || part.shard.index > plan.shards)
        return `is not one of the plan's ${plan.shards + 1} parts`;
    const r = part.report;
    if (r.base.sha !== plan.base.sha || r.head.sha !== plan.head.sha)
        return `compares ${r.base.sha.slice(0, 12)}..${r.head.sha.slice(0, 12)}, not ${plan.base.sha.slice(0, 12)}..${plan.head.sha.slice(0, 12)}`;
    const expected = partClusters(plan, part.shard.index);
    const names = r.clusters.map((c) => c.name);
    if (!sameList(part.clusters, expected) || !sameList(names, expected))
        return `does not hold the clusters the plan gives it`;
    return null;
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** A cluster as its one part compared it, or unknown with why no part says. */
function clusterOf(plan, c, used, sorted, fullFindings) {
    const part = used.get(c.part);
    const shard = shardName({ index: c.part, count: plan.shards });
    if (!part) {
        const there = sorted.byIndex.get(c.part)?.length ?? 0;
        const refused = sorted.refused.get(c.part);
        const why = there > 1
            ? `not compared: the part of shard ${shard} is there ${there} times, and which one holds its diff is not known`
            : refused
                ? `not compared: the part of shard ${shard} ${refused}`
                : `not compared: the part of shard ${shard} is missing`;
        return unknownCluster(c, why);
    }
    const diff = structuredClone(part.report.clusters.find((x) => x.name === c.name));
    // Said again from the validation of every cluster, as one job says it (the part saw only its own).
    if (fullFindings && part.unrenderedAtHead.includes(c.name) && diff.errors[0]?.startsWith(head_findings/* HEAD_RENDER_ERROR */.rL))
        diff.errors[0] = (0,head_findings/* headRenderError */.Hw)(fullFindings, c.name);
    return diff;
}
function unknownCluster(c, why) {
    return {
        name: c.name,
        env: c.env,
        status: 'unknown',
        apps: [],
        objects: [],
        counts: { added: 0, removed: 0, modified: 0 },
        compared: null,
        errors: [why],
    };
}
function partialControlPlane(first, why) {
    const seen = first?.controlPlane;
    return {
        kind: seen?.kind ?? 'single',
        source: seen?.source ?? 'detected',
        reason: `not known: ${why}${seen ? `; the clusters of one part say: ${seen.reason}` : ''}`,
    };
}
/** The ignores of every cluster in the report's order: the counts in the order one job would have met them. */
function mergedIgnores(clusters, parts) {
    const own = new Map(parts.flatMap((p) => p.ignored.map((i) => [i.cluster, i.byRule])));
    const byRule = {};
    for (const c of clusters)
        for (const [rule, n] of own.get(c.name) ?? [])
            byRule[rule] = (byRule[rule] ?? 0) + n;
    return { total: Object.values(byRule).reduce((a, b) => a + b, 0), byRule };
}
function sumStats(parts) {
    const out = { clustersRendered: 0, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 };
    for (const p of parts)
        for (const k of Object.keys(out))
            out[k] += p.report.stats[k];
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/diff/part-shape.ts


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v, at) => (typeof v === 'string' ? null : `${at} is not a string`);
const strOrNull = (v, at) => v === null || typeof v === 'string' ? null : `${at} is not a string or null`;
const part_shape_int = (max) => (v, at) => Number.isInteger(v) && v >= 0 && v <= max
    ? null
    : `${at} is not a whole number from 0 to ${max}`;
const bool = (v, at) => (typeof v === 'boolean' ? null : `${at} is not true or false`);
const exactly = (want) => (v, at) => v === want ? null : `${at} is not ${JSON.stringify(want)}`;
const anyObject = (v, at) => (isObject(v) ? null : `${at} is not an object`);
function arrayOf(item) {
    return (v, at) => {
        if (!Array.isArray(v))
            return `${at} is not an array`;
        for (const [i, x] of v.entries()) {
            const bad = item(x, `${at}[${i}]`);
            if (bad)
                return bad;
        }
        return null;
    };
}
function objectOf(fields) {
    return (v, at) => {
        if (!isObject(v))
            return `${at} is not an object`;
        for (const [k, check] of Object.entries(fields)) {
            const bad = check(Object.hasOwn(v, k) ? v[k] : undefined, `${at}.${k}`);
            if (bad)
                return bad;
        }
        return null;
    };
}
const orNull = (check) => (v, at) => v === null ? null : check(v, at);
const REF = objectOf({ ref: str, sha: str });
const COUNT = part_shape_int(Number.MAX_SAFE_INTEGER);
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
const PLAN = objectOf({
    version: exactly(SHARD_FORMAT),
    kind: exactly(PLAN_KIND),
    id: str,
    base: REF,
    head: REF,
    requested: part_shape_int(MAX_SHARDS),
    shards: part_shape_int(MAX_SHARDS),
    options: objectOf({ deep: bool, dependencyBuild: bool, config: strOrNull }),
    clusters: arrayOf(objectOf({ name: str, env: strOrNull, part: part_shape_int(MAX_SHARDS) })),
});
const PART = objectOf({
    version: exactly(SHARD_FORMAT),
    kind: exactly(PART_KIND),
    plan: str,
    shard: objectOf({ index: part_shape_int(MAX_SHARDS), count: part_shape_int(MAX_SHARDS) }),
    clusters: arrayOf(str),
    report: REPORT,
    headFailures: arrayOf(FINDING),
    unrenderedAtHead: arrayOf(str),
    ignored: arrayOf(objectOf({
        cluster: str,
        byRule: arrayOf(arrayOf((v, at) => typeof v === 'string' || Number.isInteger(v) ? null : `${at} is not a rule or a count`)),
    })),
    validation: orNull(objectOf({ findings: arrayOf(FINDING), controlPlane: CONTROL_PLANE })),
});
/** plan.json as parsed JSON: a plan of this format, or the first thing wrong with it. */
function shapedPlan(v) {
    const bad = PLAN(v, 'plan');
    if (bad)
        return { kind: 'bad', why: bad };
    const plan = v;
    const names = new Set(plan.clusters.map((c) => c.name));
    if (names.size !== plan.clusters.length)
        return { kind: 'bad', why: 'plan.clusters names a cluster twice' };
    if (plan.clusters.some((c) => c.part > plan.shards))
        return { kind: 'bad', why: `plan.clusters gives a cluster a part beyond ${plan.shards}` };
    if (plan.id !== planId(plan.base.sha, plan.head.sha, plan.options, plan.shards, plan.clusters))
        return { kind: 'bad', why: 'plan.id is not the id of what the plan holds' };
    return { kind: 'ok', value: plan };
}
/** A part file as parsed JSON: a part of this format, or the first thing wrong with it. */
function shapedPart(v) {
    const bad = PART(v, 'part');
    if (bad)
        return { kind: 'bad', why: bad };
    const part = v;
    if (part.shard.index > part.shard.count)
        return { kind: 'bad', why: 'part.shard.index is beyond its count' };
    return { kind: 'ok', value: part };
}

;// CONCATENATED MODULE: ./src/diff/part-files.ts






/**
 * The files of a sharded diff: plan.json (the plan job's) and part-K-of-N.json (each part job's),
 * named by numbers only. Downloaded artifacts may be merged into one directory or each in its own:
 * both are read (subdirectories to a small depth, never through a symlink).
 */
const PART_FILE = /^part-(\d{1,3})-of-(\d{1,3})\.json$/;
const MAX_DEPTH = 3;
async function writePlan(plan, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    return (0,safe_path/* writeInside */.Mt)(dir, PLAN_FILE, `${JSON.stringify(plan, null, 2)}\n`);
}
async function writePart(part, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    return (0,safe_path/* writeInside */.Mt)(dir, partFileName(part.shard), `${JSON.stringify(part)}\n`);
}
/**
 * The plan and the parts under `dir`. No plan (or two that differ, or one that is not a plan) is a
 * ConfigurationError: without it nothing says which clusters the diff covers. A part file that does
 * not parse or is not a part is `bad`, said in the report.
 */
async function readParts(dir) {
    const found = await filesUnder(dir, MAX_DEPTH);
    const plans = found.filter((f) => external_node_path_default().basename(f) === PLAN_FILE);
    if (plans.length === 0)
        throw new errors/* ConfigurationError */.j1(`no ${PLAN_FILE} under ${dir}: download the plan's artifact there with the parts'`);
    const texts = [...new Set(await Promise.all(plans.map((f) => (0,promises_.readFile)(f, 'utf8'))))];
    if (texts.length > 1)
        throw new errors/* ConfigurationError */.j1(`${plans.length} different ${PLAN_FILE} files under ${dir}: one plan only`);
    const json = parseJson(texts[0]);
    const plan = json === NOT_JSON ? { kind: 'bad', why: 'not JSON' } : shapedPlan(json);
    if (plan.kind === 'bad')
        throw new errors/* ConfigurationError */.j1(`${plans[0]} is not a plan of this version: ${plan.why}`);
    const parts = [];
    const bad = [];
    for (const file of found.filter((f) => PART_FILE.test(external_node_path_default().basename(f))).sort()) {
        const source = external_node_path_default().relative(dir, file).split((external_node_path_default()).sep).join('/');
        const json = parseJson(await (0,promises_.readFile)(file, 'utf8'));
        const shaped = json === NOT_JSON ? { kind: 'bad', why: 'not JSON' } : shapedPart(json);
        if (shaped.kind === 'bad')
            bad.push({ source, why: shaped.why });
        else
            parts.push({ source, part: shaped.value });
    }
    return { plan: plan.value, parts, bad };
}
const NOT_JSON = Symbol('not JSON');
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return NOT_JSON;
    }
}
/** Regular files under `dir` (not through a symlink), to `depth` levels of subdirectories. */
async function filesUnder(dir, depth) {
    const st = await (0,promises_.lstat)(dir).catch(() => null);
    if (!st?.isDirectory())
        throw new errors/* ConfigurationError */.j1(`${dir} is not a directory of the diff's parts`);
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isFile())
            out.push(p);
        else if (e.isDirectory() && depth > 0)
            out.push(...(await filesUnder(p, depth - 1)));
    }
    return out;
}

// EXTERNAL MODULE: ./src/commands/diff-compare-trees.ts + 20 modules
var diff_compare_trees = __webpack_require__(7340);
// EXTERNAL MODULE: ./src/commands/diff-plan.ts
var diff_plan = __webpack_require__(2371);
// EXTERNAL MODULE: ./src/commands/diff-trees.ts + 2 modules
var diff_trees = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/commands/diff-shard.ts










/**
 * A diff sharded over jobs (src/diff/shard-model.ts): the plan, a part, and the merge of the parts.
 * The plan reads both trees and their topology and compares git object ids, as a diff does before
 * it renders, and runs no helm; each part recomputes the same plan from the same commits and
 * options and diffs its own clusters, so the matrix never carries a name from the repository.
 */
/** The plan of a diff split into at most `maxShards` shards of the clusters whose inputs differ. */
async function diffPlan(options, maxShards) {
    checkMaxShards(maxShards, 'the number of shards');
    return (0,diff/* withTrees */.g)(options, async (base, head, _reading, lap) => {
        const plans = (0,diff_plan/* plan */.e)(base, head, options.clusters, (0,fingerprint/* changedFiles */.Y_)(base.listing, head.listing));
        const planned = planOf(base, head, plans, options, maxShards);
        lap('planned');
        options.logger.info(`diff plan ${base.ref}..${head.ref}: ${plans.length} clusters, ${planned.clusters.filter((c) => c.part > 0).length} with changed inputs in ${planned.shards} shards, the others (and head in full) in shard ${shardName({ index: 0, count: planned.shards })}`);
        return planned;
    });
}
/** One part of the plan: its clusters diffed (part 0: head rendered and validated in full). */
async function diffPart(options, shard) {
    return (0,diff/* withTrees */.g)(options, async (base, head, reading, lap) => {
        let id = '';
        const select = (plans) => {
            const planned = planOf(base, head, plans, options, Math.max(shard.count, 1));
            if (planned.shards !== shard.count)
                throw new errors/* ConfigurationError */.j1(`shard ${shardName(shard)}: this diff splits into ${planned.shards} shards, not ${shard.count}: run the plan and its parts on the same commits with the same inputs`);
            id = planned.id;
            const mine = new Set(partClusters(planned, shard.index));
            return { plans: plans.filter((p) => mine.has(p.name)), headInFull: shard.index === 0 };
        };
        const d = await (0,diff_compare_trees/* diffTrees */.j)(base, head, reading, options, lap, select);
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
            validation: shard.index === 0 ? { findings: d.validated.findings, controlPlane: d.validated.controlPlane } : null,
        };
    });
}
/** The parts under `dir` (and its plan.json) merged into one report: the report one diff would have made. */
async function diffAggregate(dir, target) {
    const { plan: p, parts, bad } = await readParts(dir);
    return mergeParts(p, parts, bad, target);
}
function planOf(base, head, plans, options, requested) {
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
function shardOptions(base, head, options) {
    return {
        deep: (0,diff_trees/* diffPolicy */.mu)(base, head, options.deep).deep,
        dependencyBuild: options.dependencyBuild ?? false,
        config: options.configFile ?? null,
    };
}

// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/helm/render-cache.ts + 6 modules
var render_cache = __webpack_require__(7445);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/report/diff-markdown.ts
var diff_markdown = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/util/clip.ts
var clip = __webpack_require__(5940);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
;// CONCATENATED MODULE: ./src/report/diff-text.ts




const MARK = { added: '+', removed: '-', modified: '~' };
/** Before → after, each cut to 100 characters where they differ (two different values never look alike). */
function change(f) {
    const json = (v) => (v === undefined ? '' : JSON.stringify(v));
    const [a, b] = (0,clip/* clipPair */.l)(json(f.old), json(f.new), 100);
    return `${f.old === undefined ? '(absent)' : a} → ${f.new === undefined ? '(absent)' : b}`;
}
function fieldLines(fields, indent) {
    return fields.map((f) => `${indent}${f.path}: ${change(f)}`);
}
/** The other objects of a cluster as a compact table: mark, kind and namespace/name aligned, fields below. */
function objectLines(objects) {
    if (objects.length === 0)
        return [];
    const width = Math.max(...objects.map((o) => o.kind.length));
    const lines = ['  other objects:'];
    for (const o of objects) {
        lines.push(`    ${MARK[o.status]} ${o.kind.padEnd(width)}  ${o.namespace ? `${o.namespace}/` : ''}${o.name}`);
        lines.push(...fieldLines(o.fields, '        '));
    }
    return lines;
}
/** Why an unchanged cluster is unchanged: not rendered (equal inputs), compared equal, or nothing rendered. */
function unchangedWhy(c) {
    if (c.compared === null)
        return 'unchanged (same inputs at both refs, not rendered)';
    if (c.compared === 0)
        return 'renders no object at either ref (nothing to compare)';
    return `unchanged (${(0,plural/* plural */.L)(c.compared, 'object')} compared)`;
}
function resourceLines(r, indent) {
    return [
        `${indent}${MARK[r.status]} ${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`,
        ...fieldLines(r.fields, `${indent}    `),
    ];
}
/** Terminal output: risks, then per cluster the changed Applications with their changed fields. */
function renderDiffText(report) {
    const changed = report.changedClusters.length;
    const unknown = report.clusters.filter((c) => c.errors.length > 0).length;
    const lines = [
        `diff ${(0,short_sha/* shortSha */.F)(report.base.sha)}..${(0,short_sha/* shortSha */.F)(report.head.sha)}: ${changed} of ${(0,plural/* plural */.L)(report.clusters.length, 'cluster')} changed (validation at head: ${report.validation.unknown ? `unknown: ${report.validation.unknown}` : (0,plural/* plural */.L)(report.validation.errors, 'error')})`,
    ];
    if (!report.complete) {
        for (const e of report.errors)
            lines.push(`INCOMPLETE: ${e}`);
        if (unknown > 0 || report.errors.length === 0)
            lines.push(`INCOMPLETE: ${unknown} of ${(0,plural/* plural */.L)(report.clusters.length, 'cluster')} could not be fully compared:`);
        for (const c of report.clusters)
            for (const e of c.errors)
                lines.push(`  not compared: ${c.name}: ${e}`);
    }
    for (const n of report.notes)
        lines.push(`note: ${n}`);
    if (report.risks.length > 0) {
        lines.push('risks:');
        for (const r of report.risks) {
            const where = [r.cluster, r.application].filter(Boolean).join(' ');
            lines.push(`  ! ${where ? `${where}: ` : ''}${r.message}`);
        }
    }
    for (const c of report.clusters) {
        if (c.status === 'unchanged') {
            lines.push(`${c.name} (${c.env ?? '-'}): ${unchangedWhy(c)}`);
            continue;
        }
        lines.push(`${c.name} (${c.env ?? '-'}): ${c.status}`);
        for (const a of c.apps) {
            const by = a.parent ? ` (rendered by ${a.parent})` : '';
            lines.push(`  ${MARK[a.status]} ${a.name}${by}`, ...fieldLines(a.fields, '      '));
            if (a.deep.state === 'rendered')
                for (const r of a.deep.resources)
                    lines.push(...resourceLines(r, '      '));
            if (a.deep.state === 'rendered' || a.deep.state === 'unknown')
                for (const d of a.deep.dependencies)
                    lines.push(`      dependency ${(0,diff_markdown/* dependencyText */.tr)(d)}`);
            if (a.deep.state === 'unknown')
                lines.push(`      resources not compared: ${a.deep.reason}`);
        }
        lines.push(...objectLines(c.objects));
    }
    if (report.ignored.total > 0)
        lines.push(`${(0,plural/* plural */.L)(report.ignored.total, 'change')} ignored by diff.ignore`);
    return `${lines.join('\n')}\n`;
}
/** The report as JSON; `patchFiles` (when the files were written) says where each cluster's patch is. */
function renderDiffJson(report, patchFiles) {
    return `${JSON.stringify({ version: 1, ...report, ...(patchFiles ? { patchFiles } : {}) }, null, 2)}\n`;
}
/** All unified diffs of one cluster (Applications and their resources), as one patch file. */
function clusterPatch(report, cluster) {
    const c = report.clusters.find((x) => x.name === cluster);
    if (!c)
        return '';
    const parts = [];
    for (const a of c.apps) {
        if (a.unified)
            parts.push(a.unified);
        if (a.deep.state === 'rendered')
            for (const r of a.deep.resources)
                if (r.unified)
                    parts.push(r.unified);
    }
    for (const o of c.objects)
        if (o.unified)
            parts.push(o.unified);
    return parts.length ? `${parts.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/report/diff-files.ts





/** Where a cluster's patch goes, relative to the output directory: its name made safe (safeFileName). */
function clusterPatchFile(cluster) {
    return `clusters/${(0,safe_path/* safeFileName */.Tx)(cluster)}.diff`;
}
/**
 * Writes the complete diff for upload as an artifact: diff.md, diff.json, clusters/<name>.diff (the
 * name made safe: diff.json's patchFiles says which file holds which cluster). Nothing is written
 * outside `dir`. Returns diff.json's path.
 */
async function writeDiffFiles(report, dir) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'clusters'), { recursive: true });
    const patches = [];
    for (const c of report.clusters) {
        const patch = clusterPatch(report, c.name);
        if (patch)
            patches.push({ cluster: c.name, file: clusterPatchFile(c.name), patch });
    }
    const files = new Set(patches.map((p) => p.file.toLowerCase()));
    if (files.size !== patches.length)
        throw new Error('bug: two clusters map to one patch file');
    const json = await (0,safe_path/* writeInside */.Mt)(dir, 'diff.json', renderDiffJson(report, patches.map(({ cluster, file }) => ({ cluster, file }))));
    await (0,safe_path/* writeInside */.Mt)(dir, 'diff.md', (0,diff_markdown/* renderDiffMarkdown */.rw)(report));
    for (const p of patches)
        await (0,safe_path/* writeInside */.Mt)(dir, p.file, p.patch);
    return json;
}

;// CONCATENATED MODULE: ./src/report/diff-plan-text.ts



/** A sharded diff's plan for the terminal: each part and its clusters. */
function renderPlanText(plan) {
    const changed = plan.clusters.filter((c) => c.part > 0).length;
    const lines = [
        `diff plan ${(0,short_sha/* shortSha */.F)(plan.base.sha)}..${(0,short_sha/* shortSha */.F)(plan.head.sha)}: ${(0,plural/* plural */.L)(plan.clusters.length, 'cluster')}, ` +
            `${changed} with changed inputs in ${(0,plural/* plural */.L)(plan.shards, 'shard')} (at most ${plan.requested} asked)`,
    ];
    for (const entry of plan.matrix.include) {
        const names = partClusters(plan, entry.part);
        const what = entry.part === 0
            ? `head rendered and validated in full; ${(0,plural/* plural */.L)(names.length, 'cluster')} with equal inputs`
            : (0,plural/* plural */.L)(names.length, 'cluster');
        lines.push(`shard ${entry.shard}: ${what}${names.length > 0 ? `: ${names.join(', ')}` : ''}`);
    }
    lines.push(`plan ${plan.id}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./node_modules/yaml/package.json
const package_namespaceObject = {"rE":"2.9.1"};
// EXTERNAL MODULE: ./src/helm/content-digest.ts + 1 modules
var content_digest = __webpack_require__(2071);
// EXTERNAL MODULE: ./src/util/read-regular.ts
var read_regular = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/util/regexp-escape.ts
var regexp_escape = __webpack_require__(7539);
// EXTERNAL MODULE: ./src/util/is-map.ts
var is_map = __webpack_require__(6801);
;// CONCATENATED MODULE: ./src/gitops/yaml-encoding.ts

/**
 * A parsed YAML file (parseYaml's LoadedYaml) as JSON and back, for the parse cache: every value,
 * position and finding as parsed, numbers JSON cannot hold (NaN, ±Infinity, -0) and bigints included.
 * A node is `[kind, line, column, keyLine, keyColumn, payload]` (the file is the LoadedYaml's), and
 * what does not decode to exactly that shape is refused whole (null): the file is parsed again.
 */
const MAP = 0;
const SEQ = 1;
const SCALAR = 2;
/** A number JSON cannot hold, as its name: `NaN`, `Infinity`, `-Infinity`, `-0`. */
const NUMBER = 3;
const BIGINT = 4;
function encodeLoaded(loaded) {
    return {
        file: loaded.file,
        documents: loaded.documents.map((d) => [d.root && encodeNode(d.root), d.commentBefore, d.line]),
        findings: loaded.findings,
    };
}
function encodeNode(n) {
    const head = [n.pos.line, n.pos.column, n.keyPos?.line ?? null, n.keyPos?.column ?? null];
    if (n.kind === 'map') {
        const payload = [];
        for (const [k, v] of n.entries)
            payload.push(k, encodeNode(v));
        return [MAP, ...head, payload];
    }
    if (n.kind === 'seq')
        return [SEQ, ...head, n.items.map(encodeNode)];
    const v = n.value;
    if (typeof v === 'bigint')
        return [BIGINT, ...head, v.toString()];
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
        return [NUMBER, ...head, Object.is(v, -0) ? '-0' : String(v)];
    return [SCALAR, ...head, v];
}
/** What encodeLoaded gave, for the file `file`, or null when it is not exactly of that shape. */
function decodeLoaded(value, file) {
    try {
        if (!(0,is_map/* isMap */.j)(value) || value.file !== file)
            return null;
        const { documents, findings } = value;
        if (!Array.isArray(documents) || !Array.isArray(findings) || !findings.every(isFinding))
            return null;
        // Rebuilt with exactly a finding's fields.
        const found = findings.map(({ severity, rule, message, file: f, line, column, cluster }) => ({
            severity,
            rule,
            message,
            file: f,
            line,
            column,
            cluster,
        }));
        return { file, documents: documents.map((d) => decodeDocument(d, file)), findings: found };
    }
    catch (e) {
        if (e instanceof NotEncoded)
            return null;
        throw e;
    }
}
class NotEncoded extends Error {
}
function decodeDocument(d, file) {
    if (!Array.isArray(d) || d.length !== 3)
        throw new NotEncoded();
    const [root, comment, line] = d;
    if (!(comment === null || typeof comment === 'string') || !Number.isSafeInteger(line))
        throw new NotEncoded();
    return {
        root: root === null ? null : decodeNode(root, file),
        commentBefore: comment,
        line: line,
    };
}
function decodeNode(x, file) {
    if (!Array.isArray(x) || x.length !== 6)
        throw new NotEncoded();
    const [kind, line, column, keyLine, keyColumn, payload] = x;
    if (!Number.isSafeInteger(line) || !Number.isSafeInteger(column))
        throw new NotEncoded();
    const pos = { file, line: line, column: column };
    const keyed = keyLine !== null || keyColumn !== null;
    if (keyed && (!Number.isSafeInteger(keyLine) || !Number.isSafeInteger(keyColumn)))
        throw new NotEncoded();
    const keyPos = keyed ? { keyPos: { file, line: keyLine, column: keyColumn } } : {};
    if (kind === MAP && Array.isArray(payload) && payload.length % 2 === 0) {
        const entries = new Map();
        for (let i = 0; i < payload.length; i += 2) {
            const key = payload[i];
            if (typeof key !== 'string')
                throw new NotEncoded();
            entries.set(key, decodeNode(payload[i + 1], file));
        }
        return { kind: 'map', pos, ...keyPos, entries };
    }
    if (kind === SEQ && Array.isArray(payload))
        return { kind: 'seq', pos, ...keyPos, items: payload.map((i) => decodeNode(i, file)) };
    return { kind: 'scalar', pos, ...keyPos, value: decodeScalar(kind, payload) };
}
function decodeScalar(kind, v) {
    if (kind === SCALAR && (v === null || ['string', 'number', 'boolean'].includes(typeof v)))
        return v;
    if (kind === NUMBER && typeof v === 'string' && ['NaN', 'Infinity', '-Infinity', '-0'].includes(v))
        return v === '-0' ? -0 : Number(v);
    if (kind === BIGINT && typeof v === 'string' && /^-?\d+$/.test(v))
        return BigInt(v);
    throw new NotEncoded();
}
const SEVERITIES = ['error', 'warning', 'notice'];
function isFinding(f) {
    if (!(0,is_map/* isMap */.j)(f))
        return false;
    const nullable = (v, type) => v === null || typeof v === type;
    return (SEVERITIES.includes(f.severity) &&
        typeof f.rule === 'string' &&
        typeof f.message === 'string' &&
        nullable(f.file, 'string') &&
        nullable(f.line, 'number') &&
        nullable(f.column, 'number') &&
        nullable(f.cluster, 'string'));
}

;// CONCATENATED MODULE: ./src/gitops/parse-cache.ts








/**
 * Bumped whenever what parseYaml returns for a text may change (test/unit/parse-cache.test.ts checks
 * PARSE_SOURCES, the digest of the files that decide it and of the `yaml` package's version).
 */
const PARSE_CACHE_FORMAT = 1;
const PARSE_SOURCES = '3234ed2f97b78ed8dc428a98716f53c50380f0cf3c52495c860bef2c5904aaf5';
/** A pack bigger than this is neither read nor written. */
const MAX_PACK_BYTES = 32 * 1024 * 1024;
/**
 * The YAML files a diff parsed (bootstrap Applications, values files), kept in the render cache
 * directory for the next run: `DIR/yaml-parses-v<format>.json`, one pack holding the parses the last
 * run used, keyed as the two trees of a diff share them (the file's path, its git blob id, the parse
 * limits). A first line says the format, the `yaml` package's version, PARSE_SOURCES and the digest
 * of the rest; a pack that does not match them all, or does not decode (yaml-encoding.ts), is ignored
 * whole, and the files are parsed again. Nothing here fails a run: a pack that cannot be read or
 * written is said (debug) and the run goes on.
 */
class ParseCache {
    file;
    logger;
    /** What RepoFiles reads and adds to (its `shared` map): the pack's parses, then this run's. */
    parses;
    constructor(file, logger, loaded) {
        this.file = file;
        this.logger = logger;
        this.parses = new TrackedParses(loaded);
    }
    /** The pack in `dir` (an already checked cache directory), or an empty cache without one. */
    static open(dir, logger) {
        if (!dir)
            return new ParseCache(null, logger, new Map());
        const file = external_node_path_default().join(dir, `yaml-parses-v${PARSE_CACHE_FORMAT}.json`);
        const read = readPack(file);
        if (typeof read === 'string') {
            logger.debug(`parse cache: ${file} ignored: ${read}`);
            return new ParseCache(file, logger, new Map());
        }
        return new ParseCache(file, logger, read);
    }
    /**
     * Writes the parses this run used, unless they are the pack's already (or it used none: a run that
     * stopped before reading a tree leaves the pack as it is); says what it served (debug). Never throws.
     */
    async save() {
        if (!this.file)
            return;
        const { fromPack, parsed } = this.parses.counts();
        this.logger.debug(`parse cache (${this.file}): ${fromPack} YAML files from it, ${parsed} parsed`);
        if (fromPack + parsed === 0 || !this.parses.changed())
            return;
        const temp = `${this.file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        try {
            const entries = this.parses.usedEntries().map(([k, v]) => [k, encodeLoaded(v)]);
            const body = JSON.stringify(entries);
            const text = `${JSON.stringify({ ...packIdentity(), digest: (0,content_digest/* sha256 */.sc)(body) })}\n${body}`;
            if (Buffer.byteLength(text) > MAX_PACK_BYTES)
                throw new Error('the pack would be too big');
            await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
            // `wx`: a new file, never an existing path; the rename replaces a link itself, never its target.
            await (0,promises_.writeFile)(temp, text, { flag: 'wx', mode: 0o644 });
            await (0,promises_.rename)(temp, this.file);
        }
        catch (e) {
            await (0,promises_.rm)(temp, { force: true }).catch(() => undefined);
            this.logger.debug(`parse cache: not stored: ${e.message}`);
        }
        await removeStaleTemps(this.file);
    }
}
/**
 * The parses of a run, remembering which were used (read or added): only those are kept, so the
 * pack holds what the last run read and no more.
 */
class TrackedParses extends Map {
    used = new Set();
    added = new Set();
    loadedKeys;
    constructor(loaded) {
        super();
        for (const [k, v] of loaded)
            Map.prototype.set.call(this, k, v);
        this.loadedKeys = new Set(loaded.keys());
    }
    get(key) {
        const v = super.get(key);
        if (v)
            this.used.add(key);
        return v;
    }
    set(key, value) {
        this.used?.add(key);
        this.added?.add(key);
        return super.set(key, value);
    }
    /** How many used parses came from the pack, and how many were parsed in this run. */
    counts() {
        const fromPack = [...this.used].filter((k) => this.loadedKeys.has(k) && !this.added.has(k)).length;
        return { fromPack, parsed: this.added.size };
    }
    changed() {
        return this.used.size !== this.loadedKeys.size || [...this.used].some((k) => !this.loadedKeys.has(k));
    }
    usedEntries() {
        return [...this.used].sort().map((k) => [k, super.get(k)]);
    }
}
/** A temp file of a pack older than this was left by a run that was stopped: removed by the next save. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/**
 * Removes the temp files of `pack` that runs stopped before their rename left (a run writing one now
 * is younger than STALE_TEMP_MS): only regular files named as save() names them, never through a link.
 */
async function removeStaleTemps(pack) {
    const dir = external_node_path_default().dirname(pack);
    const name = new RegExp(`^${(0,regexp_escape/* escapeRegExp */.N)(external_node_path_default().basename(pack))}\\.\\d+\\.[0-9a-f]{12}\\.tmp$`);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const now = Date.now();
    for (const n of names.filter((n) => name.test(n))) {
        const file = external_node_path_default().join(dir, n);
        const st = await (0,promises_.lstat)(file).catch(() => null);
        if (st?.isFile() && now - st.mtimeMs >= STALE_TEMP_MS)
            await (0,promises_.unlink)(file).catch(() => undefined);
    }
}
function packIdentity() {
    return { format: PARSE_CACHE_FORMAT, yaml: package_namespaceObject.rE, sources: PARSE_SOURCES };
}
/** The pack's parses, or why it is not used. */
function readPack(file) {
    const read = (0,read_regular/* readRegularFileSync */.c)(file, MAX_PACK_BYTES);
    if (read.kind === 'missing')
        return new Map();
    if (read.kind === 'refused')
        return read.reason;
    const { text } = read;
    const eol = text.indexOf('\n');
    let header;
    let entries;
    try {
        header = JSON.parse(text.slice(0, eol));
        const want = packIdentity();
        const h = header;
        if (h.format !== want.format || h.yaml !== want.yaml || h.sources !== want.sources)
            return 'written by another version';
        if (h.digest !== (0,content_digest/* sha256 */.sc)(text.slice(eol + 1)))
            return 'its digest does not match what it holds';
        entries = JSON.parse(text.slice(eol + 1));
    }
    catch {
        return 'not a pack (truncated or corrupted)';
    }
    const out = new Map();
    if (!Array.isArray(entries))
        return 'not a pack';
    try {
        decodeAll(entries, out);
    }
    catch (e) {
        // Nesting deeper than the stack (a hand-made pack): not ours.
        if (e instanceof RangeError)
            return 'not a pack (nested too deep)';
        throw e;
    }
    return out.size === entries.length ? out : 'not a pack (an entry does not decode)';
}
function decodeAll(entries, out) {
    for (const entry of entries) {
        const [key, value] = Array.isArray(entry) ? entry : [];
        const file = typeof key === 'string' ? key.slice(0, key.indexOf('\0')) : '';
        const loaded = typeof key === 'string' && key.includes('\0') ? decodeLoaded(value, file) : null;
        if (!loaded)
            return;
        out.set(key, loaded);
    }
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/diff-command.ts


















const DIFF_HELP = `Usage: gitops-promotion diff --base REF --head REF [options]
       gitops-promotion diff --base REF --head REF --plan-shards N [--output-dir DIR] [--format text|json]
       gitops-promotion diff --base REF --head REF --shard K/N --output-dir DIR
       gitops-promotion diff --aggregate DIR [--format …] [--output-dir DIR] [--exit-code]

Render every cluster at two git refs (read with git; the working tree is not touched) and show what
changes: Applications added, removed and modified, field by field, with unified YAML diffs, and
(deep mode) the Kubernetes resources their in-repo charts render. Risks are listed first.

Options:
  --base REF         the ref to compare from (required)
  --head REF         the ref to compare to (required)
  --repo DIR         the GitOps repo (default: the current directory)
  --format FORMAT    text (default), markdown or json
  --cluster NAME     only this cluster (repeatable)
  --no-deep          do not render component charts
  --dependency-build allow helm dependency build for component charts whose dependencies are not vendored
  --output-dir DIR   also write diff.md, diff.json and clusters/<name>.diff there
  --exit-code        exit 1 when something changed (and everything was compared)
  --config FILE      config file, relative to the repo
  --helm BIN         helm binary (default: $HELM, then helm on PATH)
  --cache-dir DIR    keep helm renders in DIR and reuse them in later runs (outside the repo; default:
                     this run's renders only)
  -v, --verbose      debug logging on stderr
  -h, --help         this help

Sharded over jobs (the PR check of a large fleet, see the README's "Sharding the PR check"):
  --plan-shards N    plan the diff in at most N shards (1..255): no helm, only git object ids;
                     prints the plan (json: with the matrix), writes DIR/plan.json with --output-dir
  --shard K/N        diff part K of the plan (0: head in full and the clusters with equal inputs),
                     written to DIR/part-K-of-N.json; exit 0 once written
  --aggregate DIR    merge DIR's plan.json and part files into the one report (as a diff prints it);
                     a missing, duplicated or foreign part makes its clusters unknown

Exit codes: 0 done, and with --exit-code: complete and nothing changed; 1 changes found with
--exit-code, and everything was compared; 2 usage or configuration error, or an incomplete diff
(changed or not): something could not be compared (a cluster or a changed chart that did not render,
dependencies not vendored, a changed Application whose source is outside the repository, no cluster at
head). "No changes" is only ever said when it is proven.
`;
const FORMATS = ['text', 'markdown', 'json'];
function parseDiffArgs(argv) {
    return (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            base: { type: 'string' },
            head: { type: 'string' },
            repo: { type: 'string' },
            format: { type: 'string', default: 'text' },
            cluster: { type: 'string', multiple: true },
            'no-deep': { type: 'boolean', default: false },
            'dependency-build': { type: 'boolean', default: false },
            'output-dir': { type: 'string' },
            'exit-code': { type: 'boolean', default: false },
            config: { type: 'string' },
            helm: { type: 'string' },
            'cache-dir': { type: 'string' },
            'plan-shards': { type: 'string' },
            shard: { type: 'string' },
            aggregate: { type: 'string' },
            verbose: { type: 'boolean', short: 'v', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    }).values;
}
async function diffCommand(argv, io) {
    const values = parseDiffArgs(argv);
    if (values.help) {
        io.stdout(DIFF_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const modes = ['plan-shards', 'shard', 'aggregate'].filter((m) => values[m] !== undefined);
    if (modes.length > 1)
        throw new cli_io/* UsageError */.eb(`--${modes.join(' and --')} do not go together`);
    if (values.aggregate !== undefined) {
        if (values.base || values.head)
            throw new cli_io/* UsageError */.eb('--aggregate reads the refs from the plan: no --base or --head');
        return printReport(await diffAggregate(external_node_path_default().resolve(io.cwd, values.aggregate)), values, io);
    }
    if (!values.base || !values.head)
        throw new cli_io/* UsageError */.eb('--base and --head are required');
    // The plan runs no helm: only git object ids and the topology.
    if (values['plan-shards'] !== undefined)
        return planShards(values, io, diffOptions(values, io));
    const options = diffOptions(values, io);
    const helm = helmOf(values, io, options.logger);
    // The cache directory keeps the YAML files' parses too.
    const parseCache = ParseCache.open(helm.store?.dir ?? null, options.logger);
    if (values.shard !== undefined)
        return diffShard(values, io, { ...options, helm, parseCache });
    return printReport(await (0,diff/* diff */.U)({ ...options, helm, parseCache }).finally(() => helm.finish()), values, io);
}
function diffOptions(values, io) {
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    return {
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        base: values.base,
        head: values.head,
        logger: (0,logger/* stderrLogger */.D)(values.verbose),
        ...(values.cluster ? { clusters: values.cluster } : {}),
        ...(values['no-deep'] ? { deep: false } : {}),
        dependencyBuild: values['dependency-build'],
        ...(values.config ? { configFile: (0,config/* configInRepo */.uw)(repoDir, values.config) } : {}),
    };
}
/** The helm of a diff or a part: behind the render cache, kept in --cache-dir when one is given. */
function helmOf(values, io, logger) {
    return (0,render_cache/* createCachingHelm */.k)((0,helm/* createHelm */.xs)((0,helm/* resolveHelmBinary */.ux)(values.helm, io.env)), {
        cacheDir: values['cache-dir'] ? external_node_path_default().resolve(io.cwd, values['cache-dir']) : null,
        repoDir: external_node_path_default().resolve(io.cwd, values.repo ?? '.'),
        logger,
    });
}
/** The report: --output-dir's files, stdout in its format, and the exit code. */
async function printReport(report, values, io) {
    const format = (0,cli_io/* formatOption */.Bx)(values.format, FORMATS);
    if (values['output-dir']) {
        const outDir = external_node_path_default().resolve(io.cwd, values['output-dir']);
        await writing(`the diff files to ${outDir}`, () => writeDiffFiles(report, outDir));
    }
    io.stdout(format === 'json'
        ? renderDiffJson(report)
        : format === 'markdown'
            ? (0,diff_markdown/* renderDiffMarkdown */.rw)(report)
            : renderDiffText(report));
    if (!report.complete) {
        io.stderr(`gitops-promotion diff: ${incompleteReason(report)}; the diff is incomplete\n`);
        return cli_io/* EXIT */.dc.error;
    }
    return values['exit-code'] && report.changed ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
/** `--plan-shards N`: the plan, printed, and written as plan.json with --output-dir. */
async function planShards(values, io, options) {
    const format = (0,cli_io/* formatOption */.Bx)(values.format, ['text', 'json']);
    const n = values['plan-shards'];
    if (!/^\d{1,3}$/.test(n))
        throw new cli_io/* UsageError */.eb(`--plan-shards must be a whole number, got "${n}"`);
    const plan = await diffPlan(options, Number(n));
    if (values['output-dir']) {
        const outDir = external_node_path_default().resolve(io.cwd, values['output-dir']);
        await writing(`the plan to ${outDir}`, () => writePlan(plan, outDir));
    }
    io.stdout(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanText(plan));
    return cli_io/* EXIT */.dc.ok;
}
/** `--shard K/N`: the part, written to --output-dir (the merge decides what it says). */
async function diffShard(values, io, options) {
    if (!values['output-dir'])
        throw new cli_io/* UsageError */.eb('--shard needs --output-dir: the part is written there');
    const shard = parseShard(values.shard, '--shard');
    const part = await diffPart(options, shard).finally(() => options.helm.finish());
    const outDir = external_node_path_default().resolve(io.cwd, values['output-dir']);
    const file = await writing(`the part to ${outDir}`, () => writePart(part, outDir));
    const unknown = part.report.complete ? '' : ` (${incompleteReason(part.report)}: the merge says so)`;
    io.stdout(`part ${shardName(part.shard)} of plan ${part.plan.slice(0, 12)}: ${part.clusters.length} clusters, written to ${file}${unknown}\n`);
    return cli_io/* EXIT */.dc.ok;
}
/** Writes with `write`; a file system refusal is the user's (exit 2), not a bug. */
async function writing(what, write) {
    try {
        return await write();
    }
    catch (e) {
        const code = e.code;
        if (!code)
            throw e;
        throw new errors/* ConfigurationError */.j1(`cannot write ${what}: ${e.message}`);
    }
}
/** The first thing that could not be compared, and how many more there are. */
function incompleteReason(report) {
    const unknown = [
        ...report.errors,
        ...report.clusters.flatMap((c) => c.errors.map((e) => `${c.name}: ${e}`)),
    ];
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : '';
    return `${unknown[0] ?? 'something could not be compared'}${more}`;
}


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   h8: () => (/* binding */ htmlCode),
/* harmony export */   js: () => (/* binding */ htmlText)
/* harmony export */ });
/**
 * Escapes for repository text in GitHub markdown (PR comments, job summaries). Each helper is for
 * one place text can stand, and keeps the text from leaving it: no closed code span or fence, no
 * new table cell or row, no HTML tag, no link or emphasis, no `@user` / `@org/team` mention.
 */
const LINE_BREAK = /\r\n|\r|\n/g;
/**
 * Markdown punctuation that could start a link, emphasis, strikethrough, math, a code span or a
 * cell. An `_` between letters or digits (`in_progress`) can neither open nor close emphasis.
 */
const MARKDOWN_PUNCTUATION = /[\\`*[\]|~$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** `&`, `<`, `>` as entities: no tag, no entity of the text's own (`&#64;` would be an `@`). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * GitHub links no mention whose `@` is followed by a zero-width space (as Renovate does). For text
 * outside code only: inside code GitHub links none, and the entity would show there.
 */
function breakMentions(escaped) {
    return escaped.replace(/@/g, '@&#8203;');
}
/** Text in markdown: a table cell, a list item, a paragraph, a quote. Line breaks become `<br>`. */
function cell(text) {
    return breakMentions(escapeHtml(text.replace(MARKDOWN_PUNCTUATION, '\\$&')).replace(LINE_BREAK, '<br>'));
}
/** Text inside an HTML element of ours (`<summary>`, `<b>`), where GitHub reads no markdown. */
function htmlText(text) {
    return breakMentions(escapeHtml(text).replace(LINE_BREAK, '<br>'));
}
/** Text as `<code>` inside an HTML element of ours. */
function htmlCode(text) {
    return `<code>${escapeHtml(text).replace(LINE_BREAK, ' ')}</code>`;
}
function longestRun(text, char) {
    let longest = 0;
    for (const run of text.match(new RegExp(`${char}+`, 'g')) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * An inline code span whose backtick fence is longer than any backtick run in the text, padded
 * with spaces when the text starts or ends with a backtick or space (CommonMark strips one space
 * from each side). Line breaks become spaces, so the span stays on its line.
 */
function code(text) {
    const flat = text.replace(LINE_BREAK, ' ');
    if (flat === '')
        return '<code></code>';
    const fence = '`'.repeat(longestRun(flat, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A code span in a table cell: GFM splits cells at `|` even inside code, unless it is `\|`. */
function cellCode(text) {
    return code(text).replace(/\|/g, '\\|');
}
/**
 * A fenced code block whose backtick fence is longer than any backtick run in the content, so no
 * line of it can close the block (a `~~~` line cannot close a backtick fence).
 */
function codeBlock(content, info = '') {
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    return `${fence}${info}\n${content}\n${fence}`;
}


/***/ }),

/***/ 3489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortSha)
/* harmony export */ });
/** The 7-character form of a commit sha shown in messages, summaries and comments. */
function shortSha(sha) {
    return sha.slice(0, 7);
}


/***/ })

};
