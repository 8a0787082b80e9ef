export const id = 917;
export const ids = [917];
export const modules = {

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NEW_CLUSTER_HELP: () => (/* binding */ NEW_CLUSTER_HELP),
  newClusterCommand: () => (/* binding */ newClusterCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/gitops/control-plane.ts
var control_plane = __webpack_require__(2622);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
// EXTERNAL MODULE: ./src/util/regexp-escape.ts
var regexp_escape = __webpack_require__(7539);
;// CONCATENATED MODULE: ./src/gitops/identity-edits.ts




/** An identity field written as a block scalar (`|`, `>`): not edited in place. */
class BlockScalar extends Error {
    value;
    constructor(value) {
        super('block scalar');
        this.value = value;
    }
}
const NAME_KEYS = new Set(['name', 'cluster', 'clusterName', 'cluster_name', 'releaseName']);
const ENV_KEYS = new Set(['env', 'environment']);
const REVISION_KEYS = new Set(['targetRevision', 'revision']);
/** A token of `name` in text: not inside a longer word of letters and digits. */
function nameToken(name) {
    return new RegExp(`(?<![A-Za-z0-9])${(0,regexp_escape/* escapeRegExp */.N)(name)}(?![A-Za-z0-9])`, 'g');
}
/** The edits of one YAML file (`file` names it in errors). */
function editIdentity(file, text, change) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines });
    if (!Array.isArray(docs))
        throw new errors/* ConfigurationError */.j1(`${file} is not a YAML stream`, { file });
    const bad = docs.flatMap((d) => d.errors)[0];
    if (bad)
        throw new errors/* ConfigurationError */.j1(`${file} does not parse: ${bad.message}`, { file });
    const found = [];
    const kept = [];
    const at = (n) => lines.linePos(n.range?.[0] ?? 0).line;
    const ctx = { change, found, kept, at, token: nameToken(change.name.from) };
    try {
        docs.forEach((d, i) => walk(ctx, d.contents, docs.length > 1 ? [`[${i}]`] : [], null));
    }
    catch (e) {
        if (!(e instanceof BlockScalar))
            throw e;
        throw new errors/* ConfigurationError */.j1(`${file}: a block scalar (${JSON.stringify(e.value.split('\n')[0])}) would be edited: copy and edit the file by hand`, { file });
    }
    const edited = applyEdits(text, found);
    prove(file, docs, edited, found);
    return {
        text: edited,
        replaced: found.map(({ node, line, to, field, note }) => ({
            line,
            field,
            from: String(node.value),
            to,
            ...(note ? { note } : {}),
        })),
        kept,
    };
}
function walk(ctx, node, path, parent) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            if ((0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' && hasToken(ctx, pair.key.value))
                ctx.kept.push({ line: ctx.at(pair.key), field: fieldName([...path, key]), text: `key ${key}` });
            walk(ctx, pair.value, [...path, key], node);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, i) => walk(ctx, item, [...path, i], null));
    }
    else if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        scalar(ctx, node, path, parent);
    }
}
function hasToken(ctx, text) {
    ctx.token.lastIndex = 0;
    return ctx.token.test(text);
}
/** The field a scalar is: its key, or for a helm parameter's `value`, the last part of its `name`. */
function fieldKey(path, parent) {
    const key = String(path[path.length - 1] ?? '');
    if (key === 'value' && parent && path.includes('parameters')) {
        const name = parent.get('name');
        if (typeof name === 'string')
            return name.split('.').pop() ?? key;
    }
    return key;
}
function scalar(ctx, node, path, parent) {
    const { change } = ctx;
    const value = node.value;
    const key = fieldKey(path, parent);
    const field = fieldName(path);
    const add = (to, note) => {
        if (to !== value)
            ctx.found.push({
                node,
                line: ctx.at(node),
                path,
                field,
                to,
                raw: rawFor(node, to),
                ...(note ? { note } : {}),
            });
    };
    if (typeof path[path.length - 1] === 'number' && path[path.length - 2] === 'valueFiles') {
        const to = change.valueFile(value);
        if (to !== null)
            return add(to);
    }
    else if (NAME_KEYS.has(key) || isMetadataName(path) || isClusterLabel(path, change.clusterLabel)) {
        if (hasToken(ctx, value))
            return add(value.replace(ctx.token, change.name.to));
    }
    else if (key === 'server' || key.endsWith('Server')) {
        if (change.server?.from.includes(value))
            return add(change.server.to);
        if (hasToken(ctx, value))
            return add(value.replace(ctx.token, change.name.to), 'derived from the name: give --server to set it');
    }
    else if (ENV_KEYS.has(key) && change.env && value === change.env.from) {
        return add(change.env.to);
    }
    else if (REVISION_KEYS.has(key) && change.revision?.from.includes(value)) {
        return add(change.revision.to);
    }
    // A value that is the name itself, in any other field but an environment's or a revision's.
    if (value === change.name.from && !ENV_KEYS.has(key) && !REVISION_KEYS.has(key))
        return add(change.name.to, "the whole value is the cluster's name");
    if (ENV_KEYS.has(key) && value === change.likeEnv)
        return;
    if (hasToken(ctx, value))
        ctx.kept.push({ line: ctx.at(node), field, text: value.split('\n')[0] });
}
function isMetadataName(path) {
    return path.length >= 2 && path[path.length - 1] === 'name' && path[path.length - 2] === 'metadata';
}
function isClusterLabel(path, label) {
    return path.length >= 2 && path[path.length - 1] === label && path[path.length - 2] === 'labels';
}
/** `spec.source.helm.valueFiles[0]`. */
function fieldName(path) {
    return path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 || p.startsWith('[') ? p : `.${p}`))
        .join('');
}
/**
 * The new source text of a scalar, in its own style: plain stays plain when the new value reads back
 * as that string (else double-quoted), quotes stay quotes. Values are names, refs and URLs checked
 * before (no quote, backslash or line break in them).
 */
function rawFor(node, to) {
    if (/["'\\\n\r]/.test(to))
        throw new Error(`bug: ${JSON.stringify(to)} reached a YAML edit unchecked`);
    if (node.type === 'QUOTE_SINGLE')
        return `'${to}'`;
    if (node.type === 'QUOTE_DOUBLE')
        return `"${to}"`;
    if (node.type === 'PLAIN') {
        const back = (0,dist/* parseAllDocuments */.hR)(`x: ${to}\n`);
        const reads = !Array.isArray(back) ? null : back[0]?.toJS()?.x;
        return reads === to ? to : JSON.stringify(to);
    }
    throw new BlockScalar(String(node.value));
}
function applyEdits(text, found) {
    let out = text;
    for (const f of [...found].sort((a, b) => b.node.range[0] - a.node.range[0]))
        out = out.slice(0, f.node.range[0]) + f.raw + out.slice(f.node.range[1]);
    return out;
}
/** The edited text reads as the original with exactly the edited values changed; else nothing is written. */
function prove(file, before, edited, found) {
    const expected = before.map((d) => d.toJS());
    for (const f of found)
        setAt(expected, f.path, f.to, before.length > 1);
    const after = (0,dist/* parseAllDocuments */.hR)(edited);
    const actual = Array.isArray(after) ? after.map((d) => d.toJS()) : null;
    if (!actual || (0,canonical_json/* canonicalJson */.d)(actual) !== (0,canonical_json/* canonicalJson */.d)(expected))
        throw new errors/* ConfigurationError */.j1(`${file} cannot be edited safely: copy and edit it by hand`, { file });
}
function setAt(docs, path, value, several) {
    const [first, ...rest] = path;
    let target = docs;
    const keys = several ? [Number(String(first).slice(1, -1)), ...rest] : [0, ...path];
    for (const k of keys.slice(0, -1))
        target = target[k];
    target[keys[keys.length - 1]] = value;
}

// EXTERNAL MODULE: ./src/gitops/application-value-files.ts
var application_value_files = __webpack_require__(6840);
// EXTERNAL MODULE: ./src/gitops/cluster-values.ts
var cluster_values = __webpack_require__(1253);
;// CONCATENATED MODULE: ./src/gitops/new-cluster-plan.ts





/** A cluster name: a DNS label (RFC 1123), as it becomes part of Application and release names. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A server URL as written into YAML: no quote, space or escape in it. */
const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/;
/** An environment name or ref that can be written into YAML as it is. */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/**
 * The files of a new cluster like `like`: its bootstrap Application and every values file named for
 * it that it reads (its own, and its Applications'), copied under the new name with the identity
 * fields edited. Throws ConfigurationError, naming what to do, whenever the copy cannot be made
 * safely; nothing is written here.
 */
function planNewCluster(request, ctx) {
    const like = likeCluster(request, ctx);
    const token = nameToken(like.name);
    const renamed = (p) => p.replace(token, request.name);
    const copied = new Map(ownValueFiles(like, ctx).map((f) => [f, renamed(f)]));
    const bootstrap = like.bootstrap.file;
    const target = renamed(bootstrap);
    if (target === bootstrap)
        throw new errors/* ConfigurationError */.j1(`the bootstrap file ${bootstrap} of ${like.name} does not carry its name: create ${request.name}'s bootstrap Application by hand`, { file: bootstrap });
    const likeServers = serversOf(like, ctx.likeApps);
    const change = identityChange(request, like, ctx, likeServers, copied);
    const files = [
        planFile(ctx, bootstrap, target, change),
        ...[...copied].map(([from, to]) => planFile(ctx, from, to, { ...change, valueFile: () => null })),
    ];
    for (const f of files)
        if (ctx.files.exists(f.path))
            throw new errors/* ConfigurationError */.j1(`${f.path} exists already: new-cluster writes only new files`, {
                file: f.path,
            });
    return { name: request.name, like: like.name, env: request.env ?? like.env, files, likeServers };
}
/** `like`, when a new cluster can be copied from it; the name checked. */
function likeCluster(request, ctx) {
    if (!DNS_LABEL.test(request.name))
        throw new errors/* ConfigurationError */.j1(`--name ${JSON.stringify(request.name)} is not a cluster name: lower-case letters, digits and '-', at most 63, starting and ending with a letter or digit`);
    if (ctx.topology.knownNames.includes(request.name))
        throw new errors/* ConfigurationError */.j1(`cluster ${request.name} exists already`);
    const like = ctx.topology.clusters.find((c) => c.name === request.like);
    if (!like)
        throw new errors/* ConfigurationError */.j1(`--like ${JSON.stringify(request.like)}: no such cluster (clusters: ${ctx.topology.clusters.map((c) => c.name).join(', ') || 'none'})`);
    const configured = ctx.config.clusters.findIndex((c) => c.name === like.name);
    if (!like.bootstrap || configured >= 0)
        throw new errors/* ConfigurationError */.j1(like.bootstrap
            ? `cluster ${like.name} is also configured in ${ctx.config.file} (clusters[${configured}]), which new-cluster does not edit: copy its bootstrap, its values files and that entry for ${request.name} by hand`
            : `cluster ${like.name} has no bootstrap Application (only ${ctx.config.file} declares it): add ${request.name} to the config's clusters by hand, with its own values files`, { file: ctx.config.file ?? like.definedAt.file });
    const docs = ctx.files.readYaml(like.bootstrap.file)?.documents.filter((d) => d.root) ?? [];
    if (docs.length !== 1)
        throw new errors/* ConfigurationError */.j1(`${like.bootstrap.file} holds ${docs.length} YAML documents: new-cluster copies a bootstrap file that holds one Application; add ${request.name} to it by hand`, { file: like.bootstrap.file });
    if (new_cluster_plan_hasToken(like.chart, like.name))
        throw new errors/* ConfigurationError */.j1(`the app-of-apps chart ${like.chart} of ${like.name} is named for it: new-cluster does not copy charts; copy it by hand`, { file: like.bootstrap.file });
    return like;
}
function new_cluster_plan_hasToken(text, name) {
    return nameToken(name).test(text);
}
/** The values files `like` reads (its bootstrap's and its Applications') that are named for it. */
function ownValueFiles(like, ctx) {
    const read = new Set();
    for (const v of (0,cluster_values/* clusterRecipe */.v)(ctx.files, like).valueFiles)
        if (v.kind === 'file')
            read.add(v.file);
    for (const app of ctx.likeApps) {
        const repo = ctx.topology.repoURLs;
        for (const s of (0,application_value_files/* applicationValueFiles */.vR)(ctx.files, app.object, repo, like.controlPlaneNamespace))
            for (const f of s.files)
                read.add(f);
        for (const f of (0,application_value_files/* refValueFiles */.m$)(app.object, repo))
            read.add(f);
    }
    return [...read].filter((f) => new_cluster_plan_hasToken(f, like.name) && ctx.files.isFile(f)).sort();
}
/** The servers `like`'s Applications deploy to, other than the cluster their Argo CD runs in. */
function serversOf(like, apps) {
    const out = new Set();
    if (like.destination?.server)
        out.add(like.destination.server);
    for (const a of apps) {
        const d = a.object.spec?.destination;
        if (d && typeof d.server === 'string' && d.server && !(0,control_plane/* isInCluster */.M)(d))
            out.add(d.server);
    }
    return [...out].sort();
}
function identityChange(request, like, ctx, likeServers, copied) {
    const env = envChange(request, like, ctx);
    if (request.server !== undefined && !SERVER_URL.test(request.server))
        throw new errors/* ConfigurationError */.j1(`--server ${JSON.stringify(request.server)} is not a server URL (https://host[:port][/path])`);
    if (request.server !== undefined && likeServers.length === 0)
        throw new errors/* ConfigurationError */.j1(`--server: the Applications of ${like.name} deploy to the cluster their Argo CD runs in, so there is no server to replace`);
    return {
        name: { from: like.name, to: request.name },
        env: env && like.env ? { from: like.env, to: env.name } : null,
        likeEnv: like.env,
        server: request.server !== undefined ? { from: likeServers, to: request.server } : null,
        revision: env ? { from: revisionsOf(like, ctx), to: env.revision } : null,
        clusterLabel: ctx.config.clusterLabel,
        valueFile: bootstrapEntries(request.name, like, ctx, copied, env?.name ?? null),
    };
}
/** The environment the new cluster moves to, and the revision its clusters track; null when it stays. */
function envChange(request, like, ctx) {
    if (request.env === undefined || request.env === like.env)
        return null;
    const known = Object.keys(ctx.config.environments);
    if (!known.includes(request.env))
        throw new errors/* ConfigurationError */.j1(`--env ${JSON.stringify(request.env)} is not an environment (environments: ${known.join(', ')})`);
    const member = ctx.topology.clusters.find((c) => c.env === request.env);
    const revision = member?.targetRevision ?? ctx.config.environments[request.env].ref;
    if (!PLAIN_NAME.test(request.env) || !PLAIN_NAME.test(revision))
        throw new errors/* ConfigurationError */.j1(`environment ${request.env} (ref ${revision}) cannot be written as it is: edit the copy by hand`);
    return { name: request.env, revision };
}
/** What `like`'s revision is written as: its targetRevision, its ref, and HEAD when that is the default branch. */
function revisionsOf(like, ctx) {
    const out = new Set([like.targetRevision]);
    if (like.ref)
        out.add(like.ref);
    if (like.ref !== null && like.ref === ctx.topology.defaultBranch)
        out.add('HEAD');
    return [...out];
}
/**
 * A bootstrap `valueFiles` entry → the new cluster's: the copied file's name when it names one of
 * `like`'s own files, the new environment's file when it names the old environment's, else null.
 */
function bootstrapEntries(name, like, ctx, copied, env) {
    const filesOf = new Map();
    for (const v of (0,cluster_values/* clusterRecipe */.v)(ctx.files, like).valueFiles) {
        const entry = like.valueFiles[v.index];
        if (entry !== undefined && (v.kind === 'file' || v.kind === 'missing'))
            filesOf.set(entry, [...(filesOf.get(entry) ?? []), v.file]);
    }
    return (entry) => {
        const files = filesOf.get(entry) ?? [];
        if (files.some((f) => copied.has(f))) {
            if (!new_cluster_plan_hasToken(entry, like.name))
                throw new errors/* ConfigurationError */.j1(`${like.name}'s values file entry ${entry} names its own file without its name: write ${name}'s bootstrap by hand`, { file: like.bootstrap.file });
            return entry.replace(nameToken(like.name), name);
        }
        if (env === null || like.env === null || !new_cluster_plan_hasToken(entry, like.env))
            return null;
        const moved = files.map((f) => f.replace(nameToken(like.env), env));
        const missing = moved.find((f) => !ctx.files.isFile(f));
        if (missing !== undefined || files.length === 0)
            throw new errors/* ConfigurationError */.j1(`${like.name}'s values file ${entry} is its environment's; ${missing ?? entry.replace(nameToken(like.env), env)} of environment ${env} does not exist: create it first`, { file: like.bootstrap.file });
        return entry.replace(nameToken(like.env), env);
    };
}
function planFile(ctx, from, to, change) {
    const text = ctx.files.text(from);
    if (text === null)
        throw new errors/* ConfigurationError */.j1(`${from} cannot be read`, { file: from });
    const edited = editIdentity(from, text, change);
    return { path: to, from, text: edited.text, replaced: edited.replaced, kept: edited.kept };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/util/new-files.ts




/**
 * Creates every file under `root`, or none: each path must be new (an existing file, directory or
 * link is refused before anything is written), its directories are made inside `root` (never through
 * a symlink out of it), and on any failure every file and directory made so far is removed again.
 */
async function createFiles(root, files) {
    const realRoot = await (0,promises_.realpath)(root);
    for (const f of files) {
        if (await (0,promises_.lstat)((0,safe_path/* insideDir */.m0)(root, f.rel)).catch(() => null))
            throw new errors/* ConfigurationError */.j1(`${f.rel} exists already: nothing was written`);
    }
    const made = [];
    try {
        for (const f of files) {
            const abs = (0,safe_path/* insideDir */.m0)(root, f.rel);
            for (const dir of await missingDirs(external_node_path_default().dirname(abs), root)) {
                await (0,promises_.mkdir)(dir);
                made.push({ path: dir, dir: true });
            }
            const parent = await (0,promises_.realpath)(external_node_path_default().dirname(abs));
            if (parent !== realRoot && !(0,safe_path/* isInside */.FK)(realRoot, parent))
                throw new errors/* ConfigurationError */.j1(`${external_node_path_default().dirname(f.rel)} leads out of ${root}: nothing was written`);
            // `wx`: create only, never through a link planted meanwhile.
            await (0,promises_.writeFile)(abs, f.text, { flag: 'wx' });
            made.push({ path: abs, dir: false });
        }
    }
    catch (e) {
        for (const m of made.reverse())
            await (m.dir ? (0,promises_.rmdir)(m.path) : (0,promises_.rm)(m.path, { force: true })).catch(() => undefined);
        throw e;
    }
}
/** The directories from `dir` up to (not including) the first that exists, outermost first. */
async function missingDirs(dir, root) {
    const out = [];
    for (let d = dir; d !== external_node_path_default().resolve(root) && !(await (0,promises_.lstat)(d).catch(() => null)); d = external_node_path_default().dirname(d)) {
        if (external_node_path_default().dirname(d) === d)
            break;
        out.unshift(d);
    }
    return out;
}

// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/commands/diff-verdict.ts
var diff_verdict = __webpack_require__(9991);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
// EXTERNAL MODULE: ./src/commands/validate-discover.ts
var validate_discover = __webpack_require__(9028);
// EXTERNAL MODULE: ./src/commands/validate-render.ts + 5 modules
var validate_render = __webpack_require__(2677);
// EXTERNAL MODULE: ./src/commands/with-tree.ts
var with_tree = __webpack_require__(5253);
;// CONCATENATED MODULE: ./src/commands/new-cluster.ts










/**
 * Adds a cluster like another: plans its files from `like`'s (planNewCluster), validates the
 * repository with them in a copy of the working tree, and writes them only when the new cluster
 * validates clean and deploys to a server of its own (all of them, or none).
 */
async function newCluster(o) {
    const plan = await (0,with_tree/* withTree */.H)(o.repoDir, undefined, o.git, (dir) => planFrom(o, dir));
    const validation = await (0,with_tree/* withTreeCopy */.c)(o.repoDir, async (dir) => {
        await createFiles(dir, plan.files.map((f) => ({ rel: f.path, text: f.text })));
        return validationOf(await (0,validate/* validate */.t)(validateOptions(o, dir)), plan);
    });
    const problems = verdict(plan, validation, o.request);
    if (problems.length > 0)
        return { kind: 'invalid', plan, validation, problems };
    if (o.dryRun)
        return { kind: 'dry-run', plan, validation };
    await createFiles(o.repoDir, plan.files.map((f) => ({ rel: f.path, text: f.text })));
    return { kind: 'written', plan, validation };
}
function validateOptions(o, repoDir) {
    return {
        repoDir,
        git: o.git,
        helm: o.helm,
        logger: o.logger,
        ...(o.configFile ? { configFile: o.configFile } : {}),
    };
}
/** The plan, from the tree and what `like` renders (only `like` is rendered). */
async function planFrom(o, dir) {
    const d = await (0,validate_discover/* discover */.k)({ ...validateOptions(o, dir), clusters: [o.request.like] });
    const renders = await (0,validate_render/* renderClusters */.I)(d, { helm: o.helm });
    return planNewCluster(o.request, {
        files: d.files,
        config: d.config,
        topology: d.all,
        likeApps: renders.apps,
    });
}
function validationOf(result, plan) {
    const ownFile = new Set(plan.files.map((f) => f.path));
    const about = result.findings.filter((f) => (0,diff_verdict/* isAbout */.KH)(f, plan.name) || (f.file !== null && ownFile.has(f.file)));
    const summary = result.clusters.find((c) => c.name === plan.name);
    const servers = new Set();
    for (const a of result.apps) {
        const d = a.object.spec?.destination;
        if (a.cluster.name === plan.name && d && typeof d.server === 'string' && d.server && !(0,control_plane/* isInCluster */.M)(d))
            servers.add(d.server);
    }
    const shared = sharedWithLike(result.findings, plan);
    const errors = about.filter((f) => f.severity === 'error');
    const inherited = errors.filter(shared).length;
    return {
        rendered: summary?.rendered ?? false,
        applications: summary?.applications ?? 0,
        findings: about,
        errors: errors.length - inherited,
        inherited,
        warnings: about.filter((f) => f.severity === 'warning').length,
        otherErrors: result.counts.error - errors.length,
        servers: [...servers].sort(),
    };
}
/**
 * Whether a finding about the new cluster is one `like` has too: one finding naming both, or the
 * same rule and message at the same place of `like`'s file (names aside).
 */
function sharedWithLike(findings, plan) {
    const key = (f, cluster) => JSON.stringify([
        f.rule,
        f.message.replaceAll(cluster, '\u0000'),
        f.file?.replace(nameToken(cluster), plan.name) ?? null,
        f.line,
        f.column,
    ]);
    const like = new Set(findings.filter((f) => (0,diff_verdict/* isAbout */.KH)(f, plan.like) && !(0,diff_verdict/* isAbout */.KH)(f, plan.name)).map((f) => key(f, plan.like)));
    return (f) => (0,diff_verdict/* isAbout */.KH)(f, plan.like) || like.has(key(f, plan.name));
}
/** Why the new cluster is not written: it does not validate clean, or it would deploy where `like` does. */
function verdict(plan, v, request) {
    const problems = [];
    if (!v.rendered)
        problems.push(`${plan.name} is not rendered with its files in place (is ${plan.files[0].path} one of the bootstrap files the config names?)`);
    if (v.errors > 0)
        problems.push(`validation finds ${(0,plural/* plural */.L)(v.errors, 'error')} about ${plan.name}`);
    const shared = v.servers.filter((s) => plan.likeServers.includes(s));
    if (shared.length > 0)
        problems.push(`${plan.name} would deploy to ${shared.join(', ')}, where ${plan.like} deploys: give its own --server`);
    const other = request.server === undefined ? [] : v.servers.filter((s) => s !== request.server);
    if (other.length > 0 && shared.length === 0)
        problems.push(`${plan.name} deploys to ${other.join(', ')}, not to --server ${request.server}: its files do not write the server; set it by hand`);
    return problems;
}

// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/util/one-line.ts
var one_line = __webpack_require__(1431);
;// CONCATENATED MODULE: ./src/report/new-cluster-report.ts



const VERB = {
    written: 'wrote',
    'dry-run': 'would write (dry run: nothing written)',
    invalid: 'would write (nothing written: see below)',
};
/**
 * What new-cluster did: each file with every value it replaced (line, field, old → new), what it
 * left that names the old cluster, validate's verdict on the new cluster; with `contents`, the files.
 */
function renderNewClusterText(outcome, contents) {
    const { plan, validation: v } = outcome;
    const t = one_line/* oneLine */.T;
    const lines = [
        `new cluster ${t(plan.name)} like ${t(plan.like)}: ${VERB[outcome.kind]} ${(0,plural/* plural */.L)(plan.files.length, 'file')}`,
    ];
    for (const f of plan.files) {
        lines.push(`  + ${t(f.path)} (from ${t(f.from)})`);
        for (const r of f.replaced)
            lines.push(`      ${r.line}: ${t(r.field)}: ${t(r.from)} → ${t(r.to)}${r.note ? ` (${r.note})` : ''}`);
    }
    const kept = plan.files.flatMap((f) => f.kept.map((k) => ({ file: f.path, ...k })));
    if (kept.length > 0) {
        lines.push(`  left as they were (they name ${t(plan.like)} but are not its identity fields; check them):`);
        for (const k of kept)
            lines.push(`      ${t(k.file)}:${k.line}: ${t(k.field)}: ${t(k.text)}`);
    }
    lines.push(`validated: ${t(plan.name)} ${v.rendered ? `renders ${(0,plural/* plural */.L)(v.applications, 'Application')}` : 'does not render'}, ${(0,plural/* plural */.L)(v.errors, 'error')}, ${(0,plural/* plural */.L)(v.warnings, 'warning')}${v.inherited > 0 ? `; ${(0,plural/* plural */.L)(v.inherited, 'error')} it shares with ${t(plan.like)}, there before` : ''}${v.otherErrors > 0 ? `; ${(0,plural/* plural */.L)(v.otherErrors, 'error')} about other clusters, there before` : ''}`);
    for (const f of v.findings)
        lines.push(`  ${t((0,findings/* fileLine */.RO)(f))}: ${f.severity} [${f.rule}] ${t(f.message)}`);
    if (outcome.kind === 'invalid')
        for (const p of outcome.problems)
            lines.push(`not written: ${t(p)}`);
    if (outcome.kind === 'written')
        lines.push('Review them (git status, git diff), then commit.');
    if (contents)
        for (const f of plan.files)
            lines.push('', `--- ${t(f.path)}`, f.text.replace(/\n$/, ''));
    return `${lines.join('\n')}\n`;
}
/** new-cluster --format json: `{version: 1, outcome, name, like, env, files[], validation, problems}`. */
function renderNewClusterJson(outcome) {
    const { plan, validation } = outcome;
    return `${JSON.stringify({
        version: 1,
        outcome: outcome.kind,
        name: plan.name,
        like: plan.like,
        env: plan.env,
        files: plan.files.map((f) => ({
            path: f.path,
            from: f.from,
            replaced: f.replaced,
            kept: f.kept,
            text: f.text,
        })),
        validation,
        problems: outcome.kind === 'invalid' ? outcome.problems : [],
    }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/new-cluster-command.ts









const NEW_CLUSTER_HELP = `Usage: gitops-promotion new-cluster --name NAME --like CLUSTER [options]

Add a cluster like another, in the repository's own layout: CLUSTER's bootstrap Application and the
values files named for it that it reads (its own and its Applications') are copied under NAME, with
the name replaced where it is the cluster's identity (names, labels, release names, cluster.name,
servers, value file names; never in other text: what is left is listed), and --env and --server
where those fields hold CLUSTER's. The repository is then validated with the new files (in a copy);
they are written only when NAME validates clean and deploys to a server of its own.

Options:
  --name NAME       the new cluster (a DNS label: lower-case letters, digits, '-')
  --like CLUSTER    the cluster to copy
  --env ENV         the new cluster's environment (default: CLUSTER's); its ref becomes the revision
  --server URL      the server its Applications deploy to (default: CLUSTER's, with the name replaced)
  --dry-run         print the files and what validate says, write nothing
  --format FORMAT   text (default) or json
  --repo DIR        the GitOps repo (default: the current directory)
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  -v, --verbose     debug logging on stderr
  -h, --help        this help

Exit codes: 0 written (or dry run) and valid; 1 the new cluster does not validate clean, nothing
written; 2 usage or configuration error (the name exists or is not a cluster name, no such CLUSTER,
a layout the copy cannot be made in safely), nothing written.
`;
const FORMATS = ['text', 'json'];
async function newClusterCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            name: { type: 'string' },
            like: { type: 'string' },
            env: { type: 'string' },
            server: { type: 'string' },
            'dry-run': { type: 'boolean', default: false },
            format: { type: 'string', default: 'text' },
            repo: { type: 'string' },
            config: { type: 'string' },
            helm: { type: 'string' },
            verbose: { type: 'boolean', short: 'v', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(NEW_CLUSTER_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    if (!values.name || !values.like)
        throw new cli_io/* UsageError */.eb('--name and --like are required');
    const format = (0,cli_io/* formatOption */.Bx)(values.format, FORMATS);
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const configFile = values.config ? (0,config/* configInRepo */.uw)(repoDir, values.config) : undefined;
    const outcome = await newCluster({
        repoDir,
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        helm: (0,helm/* createHelm */.xs)((0,helm/* resolveHelmBinary */.ux)(values.helm, io.env)),
        logger: (0,logger/* stderrLogger */.D)(values.verbose),
        ...(configFile ? { configFile } : {}),
        request: {
            name: values.name,
            like: values.like,
            ...(values.env !== undefined ? { env: values.env } : {}),
            ...(values.server !== undefined ? { server: values.server } : {}),
        },
        dryRun: values['dry-run'],
    });
    io.stdout(format === 'json'
        ? renderNewClusterJson(outcome)
        : renderNewClusterText(outcome, outcome.kind === 'dry-run'));
    return outcome.kind === 'invalid' ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}


/***/ }),

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* reexport safe */ _diff_head_findings_js__WEBPACK_IMPORTED_MODULE_2__.KH),
/* harmony export */   P1: () => (/* reexport safe */ _diff_report_risks_js__WEBPACK_IMPORTED_MODULE_4__.P),
/* harmony export */   pg: () => (/* binding */ headFailureFindings)
/* harmony export */ });
/* unused harmony export headVerdict */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _gitops_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3256);
/* harmony import */ var _diff_head_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(968);
/* harmony import */ var _validate_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6828);
/* harmony import */ var _diff_report_risks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6944);




/** Diff's verdict on head: validate's, every cluster, plus the component charts diff rendered at head. */


/**
 * validate's findings at head, plus one error for each component chart this diff rendered at head
 * that fails as it would in Argo CD (validate does not render component charts): `helm-template`, or
 * `helm-argument` for a value helm must not get, at the template line that writes the Application's
 * source path; one finding for the same defect on many clusters.
 */
function headVerdict(validation, failures, head) {
    return headValidation(validation.findings, headFailureFindings(failures, head));
}
/**
 * The component charts that fail at head as findings, located, the config's rule settings applied
 * (per finding, so before or after collapsing them is the same), not yet collapsed over clusters.
 */
function headFailureFindings(failures, head) {
    const locate = new _gitops_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .Locator */ .hO(head.files, new Map());
    const raw = failures.map((f) => ({
        ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('error', f.rule, `component chart ${f.chart} does not render: ${f.reason}`, locate.template(f.app, ['spec', 'source', 'path']), f.app.cluster.name),
        subject: f.app.name,
    }));
    return (0,_validate_check_js__WEBPACK_IMPORTED_MODULE_3__/* .applyRuleSettings */ .m)(raw, head.config);
}


/***/ }),

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ validateRun),
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _validate_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6828);
/* harmony import */ var _validate_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9028);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5365);
/* harmony import */ var _validate_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2677);




/**
 * The validate pipeline in its three phases: discover (config → topology), render (values, helm
 * template per cluster in parallel, values schemas meanwhile, nested app-of-apps levels), check
 * (Application and topology rules). Throws ConfigurationError only for a config the user must fix
 * first; everything about the repo's content comes back as findings.
 */
async function validate(options) {
    return (await validateRun(options)).result;
}
/** validate, keeping what it read and rendered (validate --output-dir writes the renders). */
async function validateRun(options) {
    const discovery = await (0,_validate_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discover */ .k)(options);
    const progress = new _util_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .ProgressSteps */ .Jc(options.logger, 'clusters rendered');
    const renders = await (0,_validate_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderClusters */ .I)(discovery, { ...options, progress });
    return { result: (0,_validate_check_js__WEBPACK_IMPORTED_MODULE_0__/* .check */ .z)(discovery, renders), discovery, renders };
}


/***/ }),

/***/ 5253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ withTree),
/* harmony export */   c: () => (/* binding */ withTreeCopy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1056);






/**
 * Runs `fn` on the working tree, or on a temporary copy of it without any `.git` when a chart could
 * see one (a chart at the repository root would otherwise read `.git/config`, the checkout's
 * credentials, with `.Files.Get`), or on a temporary export of `ref`'s tree.
 */
async function withTree(repo, ref, git, fn) {
    if (!ref)
        return withWorkingTreeCopy(repo, fn);
    if (!(await git.isRepository()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--ref needs a git repository, and ${repo} is not one`);
    return git.withExportedTree(await git.revParse(ref), fn);
}
async function withWorkingTreeCopy(repo, fn) {
    (0,_gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDirectory */ .T)(repo);
    // Links into .git are refused by validate itself; only a chart that has a .git under it needs the copy.
    if (!(0,_gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_5__/* .gitDirVisibleToCharts */ .CY)(repo))
        return fn(repo);
    return withTreeCopy(repo, fn);
}
/** Runs `fn` on a temporary copy of the working tree without any `.git` (new-cluster edits the copy). */
async function withTreeCopy(repo, fn) {
    (0,_gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDirectory */ .T)(repo);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'gp-tree-'));
    try {
        // Symlinks stay as written: one that leads out of the repository is still refused in the copy.
        // The directory itself may be reached through a link; inside it, only files, directories and links.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(repo), dir, {
            recursive: true,
            verbatimSymlinks: true,
            filter: (src) => {
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(src);
                return node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(src) !== '.git' && (st.isFile() || st.isDirectory() || st.isSymbolicLink());
            },
        });
        return await fn(dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ headRenderError),
/* harmony export */   IN: () => (/* binding */ headValidation),
/* harmony export */   KH: () => (/* binding */ isAbout),
/* harmony export */   rL: () => (/* binding */ HEAD_RENDER_ERROR)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);

/** What diff says of head from validate's findings: about a cluster, and the verdict with the charts' failures. */
/** Whether a finding is about a cluster: its own, or one collapsed over several that names it. */
function isAbout(f, cluster) {
    if (f.cluster !== null)
        return f.cluster === cluster;
    const named = /\(clusters: ([^()]*)\)$/.exec(f.message);
    return !!named && named[1].split(', ').includes(cluster);
}
const HEAD_RENDER_ERROR = 'cannot render at head: ';
/** Why a cluster did not render at head: the first error validation found about it, with its file and line. */
function headRenderError(findings, cluster) {
    const why = findings.find((f) => f.severity === 'error' && isAbout(f, cluster));
    const at = why?.file ? `${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fileLine */ .RO)(why)}: ` : '';
    return `${HEAD_RENDER_ERROR}${why ? `${at}${why.message}` : 'see validation'}`;
}
/**
 * Diff's validation of head: validate's findings, plus the component charts that fail at head
 * (`failures`: located, the config's rule settings applied), one finding for the same defect on
 * many clusters. The same whether the failures come from one run or from the parts of a sharded one.
 */
function headValidation(validated, failures) {
    const findings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)([...validated, ...(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .collapseFindings */ .iQ)(failures)]);
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return { errors: count('error'), warnings: count('warning'), findings };
}


/***/ }),

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ hasEntries)
/* harmony export */ });
/** Whether a cluster has any changed entry (an Application or another object) to show. */
function hasEntries(c) {
    return c.apps.length > 0 || c.objects.length > 0;
}


/***/ }),

/***/ 6944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ reportRisks),
/* harmony export */   f: () => (/* binding */ mergedRisks)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8054);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);


/** Risks are listed most dangerous first. */
const RISK_ORDER = [
    'validation-errors',
    'app-removed',
    'destination-changed',
    'production-changed',
    'target-revision-changed',
    'sources-changed',
    'automated-sync-toggled',
    'sync-wave-changed',
];
/** The report's risks, most dangerous first: validation errors, production clusters that change, then each Application's. */
function reportRisks(validation, clusters, production, appRisks) {
    const risks = [];
    const errors = validation.errors;
    if (errors > 0) {
        risks.push({
            kind: 'validation-errors',
            cluster: null,
            application: null,
            message: `validation at head found ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors, 'error')}`,
        });
    }
    for (const c of clusters) {
        if (c.env && production.has(c.env) && (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .hasEntries */ .T)(c)) {
            risks.push({
                kind: 'production-changed',
                cluster: c.name,
                application: null,
                message: `production cluster ${c.name} (${c.env}) changes`,
            });
        }
    }
    risks.push(...appRisks);
    return risks.sort((a, b) => RISK_ORDER.indexOf(a.kind) - RISK_ORDER.indexOf(b.kind));
}
/**
 * The risks of a report merged from parts, in the order one run lists them: its validation's risk,
 * then by kind and, within a kind, by the cluster's place in the report (one run lists each kind
 * cluster by cluster); each part's order is kept for one cluster's risks of one kind. `parts` hold
 * each part's risks but validation's, which is the merged report's.
 */
function mergedRisks(validation, parts, clusterOrder) {
    const place = new Map(clusterOrder.map((c, i) => [c, i]));
    const at = (r) => (r.cluster === null ? -1 : (place.get(r.cluster) ?? clusterOrder.length));
    const merged = parts
        .flat()
        .filter((r) => r.kind !== 'validation-errors')
        .sort((a, b) => RISK_ORDER.indexOf(a.kind) - RISK_ORDER.indexOf(b.kind) || at(a) - at(b));
    return [...reportRisks(validation, [], new Set(), []), ...merged];
}


/***/ }),

/***/ 1431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/**
 * Repository text on one line of a terminal or a tag message: every run of control characters (a
 * line break, a tab, an escape sequence, a carriage return, C1 controls such as U+0085 NEXT LINE) and
 * of Unicode line and paragraph separators (U+2028, U+2029: line ends to JavaScript's `/m` and to
 * some viewers) becomes one space.
 */
function oneLine(text) {
    return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ');
}


/***/ })

};
