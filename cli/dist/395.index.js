export const id = 395;
export const ids = [395];
export const modules = {

/***/ 7340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ compareTrees),
  j: () => (/* binding */ diffTrees)
});

// EXTERNAL MODULE: ./src/diff/fingerprint.ts
var fingerprint = __webpack_require__(7139);
// EXTERNAL MODULE: ./src/diff/head-findings.ts
var head_findings = __webpack_require__(968);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/gitops/applications.ts
var applications = __webpack_require__(917);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/repo-url.ts
var repo_url = __webpack_require__(8734);
// EXTERNAL MODULE: ./src/gitops/source-overrides.ts
var source_overrides = __webpack_require__(8155);
// EXTERNAL MODULE: ./src/diff/deep.ts + 1 modules
var deep = __webpack_require__(6286);
;// CONCATENATED MODULE: ./src/diff/unplanned-inputs.ts





/**
 * What a source may read that diff's plan does not look at when it leaves a cluster out of deep
 * mode (it looks at changed files under charts and changed YAML/JSON files): a `--set-file` file of
 * any kind anywhere in the repository, and the commit itself (`$ARGOCD_APP_REVISION…` in a
 * parameter, a value-file or file-parameter path).
 */
const UNPLANNED = /fileParameters|ARGOCD_APP_REVISION/;
/**
 * Whether deep mode must compare an Application of a cluster whose app-of-apps inputs are equal
 * (its Applications are then the same at both refs) although no changed file the plan looks at
 * touches it: its source (or an `.argocd-source*.yaml` of its directory) names a file parameter
 * or a revision variable, and its render inputs at base and head are not proven equal.
 */
function readsUnplannedInputs(app, base, head, changedFiles) {
    const sources = (0,applications/* appSources */.QG)(app.object).map((s) => s.source);
    const overrides = sources.flatMap((s) => typeof s.path === 'string' && (0,repo_url/* isOwnRepoURL */.E)(s.repoURL, head.repoURL)
        ? (0,source_overrides/* sourceOverrideFiles */.Nn)((0,repo_files/* repoJoin */.pg)('.', s.path), app.name)
        : []);
    const named = UNPLANNED.test(JSON.stringify(sources)) ||
        overrides.some((f) => [base, head].some((side) => UNPLANNED.test(side.files.text(f) ?? '')));
    if (!named)
        return false;
    const side = { app: app.object, name: app.name };
    const plan = (0,deep/* planDeep */.S_)(side, side, base, head, changedFiles);
    return plan !== null && !(plan.kind === 'decided' && plan.result.state === 'unchanged');
}

// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/gitops/objects.ts
var objects = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/json-pointer.ts
var json_pointer = __webpack_require__(7148);
;// CONCATENATED MODULE: ./src/diff/ignore.ts

const META_PREFIXES = [['metadata'], ['spec', 'template', 'metadata']];
function ignoreRules(config) {
    const rules = config.paths.map((p) => ({ name: p, segments: parsePointer(p) }));
    for (const [kind, keys] of [
        ['labels', config.labels],
        ['annotations', config.annotations],
    ]) {
        for (const k of keys) {
            for (const prefix of META_PREFIXES)
                rules.push({ name: `${kind}:${k}`, segments: [...prefix, kind, k] });
        }
    }
    return rules;
}
function parsePointer(p) {
    if (!p.startsWith('/'))
        throw new Error(`ignore path "${p}" must be a JSON pointer starting with /`);
    return (0,json_pointer/* decodePointer */.A)(p);
}
/**
 * Removes ignored fields from both sides of a pair (copies), counting, per rule, the places
 * where the two sides differed: those are the changes the report did not show.
 */
function applyIgnores(a, b, rules, counts) {
    if (rules.length === 0)
        return [a, b];
    const ca = a ? structuredClone(a) : undefined;
    const cb = b ? structuredClone(b) : undefined;
    for (const rule of rules) {
        const paths = new Set([...expand(ca, rule.segments), ...expand(cb, rule.segments)].map((p) => JSON.stringify(p)));
        for (const json of paths) {
            const path = JSON.parse(json);
            const va = get(ca, path);
            const vb = get(cb, path);
            if (JSON.stringify(va) !== JSON.stringify(vb) && ca && cb)
                counts[rule.name] = (counts[rule.name] ?? 0) + 1;
            remove(ca, path);
            remove(cb, path);
        }
    }
    return [compact(ca), compact(cb)];
}
/** An array item being removed keeps its slot until the end, so the other paths' indices stay right. */
const REMOVED = Symbol('removed');
function compact(node) {
    if (Array.isArray(node))
        return node.filter((v) => v !== REMOVED).map(compact);
    if (node === null || typeof node !== 'object')
        return node;
    for (const [k, v] of Object.entries(node))
        node[k] = compact(v);
    return node;
}
function expand(obj, segments, at = []) {
    if (segments.length === 0)
        return [at];
    if (obj === null || typeof obj !== 'object')
        return [];
    const [head, ...rest] = segments;
    const keys = head === '*' ? Object.keys(obj) : head in obj ? [head] : [];
    return keys.flatMap((k) => expand(obj[k], rest, [...at, k]));
}
function get(obj, path) {
    let cur = obj;
    for (const s of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[s];
    }
    return cur;
}
function remove(obj, path) {
    const parent = get(obj, path.slice(0, -1));
    if (parent && typeof parent === 'object') {
        const last = path[path.length - 1];
        if (Array.isArray(parent))
            parent[Number(last)] = REMOVED;
        else
            delete parent[last];
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/diff/inline-values.ts

/** Nodes an inline values text may expand to (aliases counted each time they are used). */
const NODE_BUDGET = 100_000;
/**
 * An Application's inline helm values (`helm.values`, YAML in a string) as data, read as helm reads
 * them: a key twice keeps the last. Not YAML, or an expansion past the node budget (an alias bomb
 * in a rendered string): not ok, and the caller treats the text whole.
 */
function parseInlineValues(text) {
    let value;
    try {
        value = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU, json: true });
    }
    catch {
        return { ok: false };
    }
    return withinBudget(value) ? { ok: true, value } : { ok: false };
}
function withinBudget(root) {
    let nodes = 0;
    const stack = [root];
    while (stack.length > 0) {
        const v = stack.pop();
        if (++nodes > NODE_BUDGET)
            return false;
        if (v !== null && typeof v === 'object')
            for (const child of Object.values(v))
                stack.push(child);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/diff/object-diff.ts

function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function named(list) {
    return list.length > 0 && list.every((i) => isMap(i) && typeof i.name === 'string');
}
function key(k) {
    return /^[A-Za-z_$][\w$-]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
}
/**
 * Field-level differences of two objects. Lists of named items (containers, env, ports) are
 * matched by name (`containers[name=web].image`), other lists by index when their lengths agree
 * or one extends the other (an appended item is one change), else compared whole. Inline helm
 * values (`helm.values`, YAML in a string) are compared key by key (`helm.values.image.tag`).
 */
function diffObjects(a, b, path = '') {
    if (isMap(a) && isMap(b)) {
        const out = [];
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const k of keys) {
            const at = `${path}${key(k)}`;
            const inline = k === 'values' && /(^|\.)helm$/.test(path) ? inlineValuesDiff(a[k], b[k], at) : null;
            out.push(...(inline ?? diffObjects(a[k], b[k], at)));
        }
        return out;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (named(a) && named(b)) {
            const byName = (l) => new Map(l.map((i) => [i.name, i]));
            const am = byName(a);
            const bm = byName(b);
            if (am.size === a.length && bm.size === b.length) {
                const names = [...new Set([...am.keys(), ...bm.keys()])];
                return names.flatMap((n) => diffObjects(am.get(n), bm.get(n), `${path}[name=${n}]`));
            }
        }
        if (a.length === b.length)
            return a.flatMap((item, i) => diffObjects(item, b[i], `${path}[${i}]`));
        const [short, long] = a.length < b.length ? [a, b] : [b, a];
        if (short.every((item, i) => JSON.stringify(item) === JSON.stringify(long[i])))
            return long.slice(short.length).map((item, j) => {
                const i = short.length + j;
                return a.length < b.length
                    ? { path: `${path}[${i}]`.replace(/^\./, ''), old: undefined, new: item }
                    : { path: `${path}[${i}]`.replace(/^\./, ''), old: item, new: undefined };
            });
    }
    if (JSON.stringify(a) === JSON.stringify(b))
        return [];
    return [{ path: path.replace(/^\./, ''), old: a, new: b }];
}
/**
 * Two inline values texts (either may be absent) parsed and compared as data, so a change shows
 * as the keys it changes. Null when a side is not a YAML text (compared as it is). Texts that
 * differ only where data does not (comments, layout) are one change of the whole text.
 */
function inlineValuesDiff(a, b, path) {
    const text = (v) => typeof v === 'string' || v === undefined;
    if (!text(a) || !text(b) || a === b)
        return null;
    const pa = a === undefined ? { ok: true, value: {} } : parseInlineValues(a);
    const pb = b === undefined ? { ok: true, value: {} } : parseInlineValues(b);
    if (!pa.ok || !pb.ok)
        return null;
    const changes = diffObjects(pa.value ?? {}, pb.value ?? {}, path);
    return changes.length > 0 ? changes : [{ path: path.replace(/^\./, ''), old: a, new: b }];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/gitops/secret-keys.ts
var secret_keys = __webpack_require__(2803);
// EXTERNAL MODULE: ./src/util/is-map.ts
var is_map = __webpack_require__(6801);
;// CONCATENATED MODULE: ./src/diff/secrets.ts





/**
 * What is shown instead of a secret value: enough to see that it changed, nothing to recover it.
 * The hash is keyed with a salt chosen per run, so a short secret cannot be guessed by hashing
 * candidates: equal within one report, unrelated across reports.
 */
function maskValue(value, salt) {
    const digest = (0,external_node_crypto_.createHmac)('sha256', salt)
        .update(typeof value === 'string' ? value : JSON.stringify(value))
        .digest('hex');
    return `(secret, salted sha256 ${digest.slice(0, 12)}…)`;
}
/** `kubectl apply` keeps a whole copy of the object here: a Secret's data included. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/**
 * A copy of a Kubernetes object with every secret value replaced by its hash: all of the `data`
 * and `stringData` of every Secret in it (itself, an item of a List or of any object's `items`,
 * every item of a SecretList, a Secret inside inline helm values), any scalar under a key that
 * looks secret (see looksSecret; booleans are flags and stay), the value of a `{name, value}` or
 * `{key, value}` pair whose name looks secret, and the password of every URL (`https://user:…@host`).
 */
function maskSecrets(object, salt) {
    return maskObject(object, [], salt, object.kind === 'Secret');
}
function maskObject(obj, path, salt, secret) {
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        out[k] =
            secret && (k === 'data' || k === 'stringData')
                ? maskSecretData(v, salt)
                : maskEntry(obj, k, v, path, salt);
    }
    return out;
}
/** A Secret's `data`: every value, whatever its type; a `data` that is not a map, whole. */
function maskSecretData(data, salt) {
    if (data === null || data === undefined)
        return data;
    if (!(0,is_map/* isMap */.j)(data))
        return maskValue(data, salt);
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, maskValue(v, salt)]));
}
function maskEntry(parent, key, value, path, salt) {
    if (isScalar(value) && ((0,secret_keys/* looksSecret */.n)(key) || key === LAST_APPLIED))
        return maskValue(value, salt);
    // `{name: DB_PASSWORD, value: …}`: a container's env, an Application's helm.parameters.
    if (key === 'value' && isScalar(value) && pairNamedSecret(parent))
        return maskValue(value, salt);
    // An Application's inline helm values are YAML in a string: mask inside it.
    if (key === 'values' && path.at(-1) === 'helm' && typeof value === 'string')
        return maskYamlText(value, salt);
    if (typeof value === 'string')
        return maskUrlUserInfo(value, salt);
    if (Array.isArray(value)) {
        const items = key === 'items' && parent.kind === 'SecretList';
        return maskArray(value, [...path, key], salt, { scalars: (0,secret_keys/* looksSecret */.n)(key), secrets: items });
    }
    return (0,is_map/* isMap */.j)(value) ? maskObject(value, [...path, key], salt, value.kind === 'Secret') : value;
}
/** `scalars`: under a secret key (`passwords: [a, b]`); `secrets`: a SecretList's items, Secrets even without a kind. */
function maskArray(list, path, salt, under) {
    return list.map((item) => {
        if ((0,is_map/* isMap */.j)(item))
            return maskObject(item, path, salt, under.secrets || item.kind === 'Secret');
        if (Array.isArray(item))
            return maskArray(item, path, salt, under);
        if (under.scalars && isScalar(item))
            return maskValue(item, salt);
        return typeof item === 'string' ? maskUrlUserInfo(item, salt) : item;
    });
}
function pairNamedSecret(pair) {
    return ((typeof pair.name === 'string' && (0,secret_keys/* looksSecret */.n)(pair.name)) ||
        (typeof pair.key === 'string' && (0,secret_keys/* looksSecret */.n)(pair.key)));
}
/**
 * The user-info of every URL in a text, masked: the password (`postgres://app:…@db:5432/x`,
 * `redis://:…@cache`), or all of it when there is no password, since a lone user may be a token
 * (`https://ghp_…@github.com`); but `ssh://git@host` keeps its user, ssh sends no password in one.
 * A password may hold `/`, and `@` when another `@` follows before the host.
 */
function maskUrlUserInfo(text, salt) {
    if (!text.includes('://') || !text.includes('@'))
        return text;
    return text.replace(URL_USERINFO, (all, scheme, user, password) => {
        if (password !== undefined)
            return `${scheme}${user}:${maskValue(password, salt)}@`;
        if (user === '' || /^(ssh|git\+ssh|ssh\+git):\/\/$/i.test(scheme))
            return all;
        return `${scheme}${maskValue(user, salt)}@`;
    });
}
// Bounded, so a hostile rendered text cannot make the search slow (no nested unbounded repeats).
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)([^\s:/?#@]{0,256})(?::([^\s@]{0,1024}(?:@[^\s@/?#]{0,256}(?=@)){0,8}))?@/gi;
/** A value that can hold a secret: text or a number (a boolean says nothing). */
function isScalar(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint';
}
/**
 * YAML text with its secret values masked (re-written as YAML when any was found), unchanged
 * when nothing in it is secret: only secret-looking keys are masked, so a diff of the values still
 * shows the rest key by key. Text that is not YAML (or expands past parseInlineValues' budget) is
 * masked whole: a secret in it cannot be found.
 */
function maskYamlText(text, salt) {
    const read = parseInlineValues(text);
    if (!read.ok)
        return maskValue(text, salt);
    const parsed = read.value;
    if (!(0,is_map/* isMap */.j)(parsed) && !Array.isArray(parsed))
        return maskUrlUserInfo(text, salt);
    const masked = (0,is_map/* isMap */.j)(parsed)
        ? maskSecrets(parsed, salt)
        : maskArray(parsed, [], salt, { scalars: false, secrets: false });
    if (JSON.stringify(masked) !== JSON.stringify(parsed))
        return (0,js_yaml/* dump */.Bh)(masked, { lineWidth: -1 });
    // Nothing secret in the values: a URL in a comment may still carry a password.
    return maskUrlUserInfo(text, salt);
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/diff/unified.ts

/** Line edits the diff search may consider before it reports the texts as replaced outright. */
const MAX_EDIT_LENGTH = 2000;
/** A unified diff (`---`/`+++`, `@@` hunks, 3 lines of context) of two texts; empty when equal. */
function unifiedDiff(oldText, newText, oldName, newName, context = 3) {
    if (oldText === newText)
        return '';
    const patch = (0,create/* structuredPatch */.YB)(oldName, newName, oldText, newText, '', '', {
        context,
        maxEditLength: MAX_EDIT_LENGTH,
    });
    const lines = [`--- ${oldName}`, `+++ ${newName}`];
    // Past MAX_EDIT_LENGTH line edits the search costs more than it tells (the texts share little):
    // the diff says "all of it was replaced" instead, in one hunk.
    if (!patch)
        return [...lines, ...replaceAll(oldText, newText)].join('\n');
    for (const h of patch.hunks) {
        lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
        for (const l of h.lines)
            if (!l.startsWith('\\'))
                lines.push(l);
    }
    return lines.join('\n');
}
function replaceAll(oldText, newText) {
    const split = (t) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
    const [a, b] = [split(oldText), split(newText)];
    return [
        `@@ -${a.length ? 1 : 0},${a.length} +${b.length ? 1 : 0},${b.length} @@`,
        ...a.map((l) => `-${l}`),
        ...b.map((l) => `+${l}`),
    ];
}

;// CONCATENATED MODULE: ./src/diff/compare-pair.ts





/**
 * A before/after pair, masked and with ignored fields removed: field changes and a unified YAML diff.
 * One object at both sides (a document both refs rendered alike, read once: readManifests) is unchanged.
 */
function comparePair(before, after, label, ctx) {
    if (before !== undefined && before === after)
        return { status: null, fields: [], unified: '' };
    const [a, b] = applyIgnores(before && maskSecrets(before, ctx.secretSalt), after && maskSecrets(after, ctx.secretSalt), ctx.rules, ctx.ignored);
    const fields = a && b ? diffObjects(a, b) : [];
    const status = !a ? 'added' : !b ? 'removed' : fields.length > 0 ? 'modified' : null;
    const text = (o) => (o ? (0,dist/* stringify */.As)(o, { lineWidth: 0 }) : '');
    const unified = status
        ? unifiedDiff(text(a), text(b), a ? `a/${label}` : '/dev/null', b ? `b/${label}` : '/dev/null')
        : '';
    return { status, fields, unified };
}

;// CONCATENATED MODULE: ./src/diff/deep-resources.ts

/** Deep mode's result for an Application whose chart rendered: its resources compared, or why not. */
function resourcesOf(r, dependencies, ctx) {
    const failed = ['head', 'base'].find((side) => r[side] && !r[side].ok);
    const failure = failed && r[failed];
    if (failure && !failure.ok)
        return { state: 'unknown', reason: `at ${failed}: ${failure.reason}`, dependencies };
    const none = new Map();
    const before = r.base && r.base.ok ? r.base.resources : none;
    const after = r.head && r.head.ok ? r.head.resources : none;
    const resources = [];
    const keys = [...new Set([...before.keys(), ...after.keys()])];
    const order = (k) => {
        const o = (after.get(k) ?? before.get(k));
        return [o.kind, o.namespace, o.name, o.group].join('\0');
    };
    for (const key of keys.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0))) {
        const { kind, namespace, name } = (after.get(key) ?? before.get(key));
        const pair = comparePair(before.get(key)?.object, after.get(key)?.object, `${kind}/${name}.yaml`, ctx);
        if (pair.status)
            resources.push({
                kind,
                namespace,
                name,
                status: pair.status,
                fields: pair.fields,
                unified: pair.unified,
            });
    }
    return { state: 'rendered', resources, dependencies };
}

;// CONCATENATED MODULE: ./src/diff/levels.ts
/** The Applications whose nested level did not render at either side (name → why, at which side). */
function failedLevels(before, after) {
    const out = new Map();
    for (const [side, list] of [
        ['head', after.apps],
        ['base', before.apps],
    ])
        for (const a of list)
            if (a.nested?.state === 'failed' && !out.has(a.name))
                out.set(a.name, `its nested app-of-apps chart ${a.nested.chart} did not render at ${side} (${a.nested.reason}): the Applications and objects it renders are not compared`);
    return out;
}
/**
 * Both sides without what a level that did not render at either side would have rendered: what it
 * renders at the other side cannot be called added or removed.
 */
function withoutFailedLevels(side, failed) {
    if (failed.size === 0)
        return side;
    const under = (ancestors) => !!ancestors?.some((n) => failed.has(n));
    return {
        apps: side.apps.filter((a) => !under(a.level?.ancestors)),
        objects: side.objects.filter((o) => !under(o.ancestors)),
    };
}
/**
 * How deep mode treats an Application given its nested state at each side: `level`, decided here
 * (a level at every side it exists: nothing to render, its objects are the cluster's; a level that did
 * not render: unknown); else `component`, with the sides that are components (a level at one side
 * is absent there).
 */
function levelDeep(before, after, failed) {
    const app = (after ?? before);
    const why = failed.get(app.name);
    if (why && (before?.nested?.state === 'failed' || after?.nested?.state === 'failed'))
        return { kind: 'level', result: { state: 'unknown', reason: why, dependencies: [] } };
    const b = before?.nested ? undefined : before;
    const a = after?.nested ? undefined : after;
    if (!b && !a && (before?.nested || after?.nested))
        return { kind: 'level', result: { state: 'not-applicable' } };
    return { kind: 'component', before: b, after: a };
}

// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./src/gitops/rules/waves.ts
var waves = __webpack_require__(7466);
;// CONCATENATED MODULE: ./src/diff/risks.ts



const FINALIZER = 'resources-finalizer.argocd.argoproj.io';
/** What a reviewer must not miss about one Application's change, listed before everything else. */
function appRisks(change, before, after) {
    const risk = (kind, message) => ({
        kind,
        cluster: change.cluster,
        application: change.name,
        message,
    });
    if (change.status === 'removed' && before) {
        const prune = automated(before) && Boolean(automatedOf(before)?.prune);
        const finalizer = (before.metadata?.finalizers ?? []).includes(FINALIZER);
        const why = [prune ? 'automated prune' : '', finalizer ? 'the resources finalizer' : '']
            .filter(Boolean)
            .join(' and ');
        const renamed = change.renamedTo
            ? ` (renamed to ${change.renamedTo}: Argo CD deletes and recreates, it does not rename)`
            : '';
        return [
            risk('app-removed', `Application removed${renamed}${why ? `: with ${why}, Argo CD deletes its live resources` : ''}`),
        ];
    }
    if (change.status !== 'modified' || !before || !after)
        return [];
    const out = [];
    const dest = (o) => {
        const d = o.spec?.destination ?? {};
        return JSON.stringify([d.server ?? null, d.name ?? null, d.namespace ?? null]);
    };
    if (dest(before) !== dest(after)) {
        out.push(risk('destination-changed', `destination changes from ${describeDest(before)} to ${describeDest(after)}`));
    }
    out.push(...sourceRisks(before, after).map((r) => risk(r.kind, r.message)));
    const wave = (o) => String(o.metadata?.annotations?.[waves/* SYNC_WAVE */.wk] ?? '0');
    if (wave(before) !== wave(after))
        out.push(risk('sync-wave-changed', `sync-wave changes from ${wave(before)} to ${wave(after)}`));
    if (automated(before) !== automated(after)) {
        out.push(risk('automated-sync-toggled', `automated sync is ${automated(after) ? 'turned on' : 'turned off'}`));
    }
    return out;
}
/**
 * Sources matched by what they deploy (repoURL, path or chart), in order: a source added or removed
 * is one risk naming it (appending a source does not move the others' revisions), a matched source
 * whose targetRevision changes is one more. `source` and a one-element `sources` are the same source.
 */
function sourceRisks(before, after) {
    const b = (0,applications/* appSources */.QG)(before).map((s) => s.source);
    const a = (0,applications/* appSources */.QG)(after).map((s) => s.source);
    const unmatched = [...a];
    const revisions = [];
    const removed = [];
    for (const old of b) {
        const i = unmatched.findIndex((n) => sourceId(n) === sourceId(old));
        if (i < 0) {
            removed.push(old);
            continue;
        }
        const [now] = unmatched.splice(i, 1);
        const [rb, ra] = [old, now].map((s) => s.targetRevision || 'HEAD');
        if (rb !== ra)
            revisions.push(b.length === 1 && a.length === 1 ? `${rb} to ${ra}` : `${rb} to ${ra} (${describeSource(now)})`);
    }
    const out = [];
    const changes = [
        ...unmatched.map((s) => `added ${describeSource(s)}`),
        ...removed.map((s) => `removed ${describeSource(s)}`),
    ];
    if (changes.length > 0)
        out.push({ kind: 'sources-changed', message: `sources: ${changes.join('; ')}` });
    if (revisions.length > 0)
        out.push({
            kind: 'target-revision-changed',
            message: `targetRevision changes from ${revisions.join('; ')}`,
        });
    return out;
}
function sourceId(s) {
    const repo = typeof s.repoURL === 'string' ? (0,topology/* normalizeRepoURL */.li)(s.repoURL) : null;
    return JSON.stringify([repo, s.path ?? null, s.chart ?? null, s.ref ?? null]);
}
function describeSource(s) {
    const what = s.chart ? `chart ${s.chart}` : s.path !== undefined ? `path ${s.path}` : `ref ${s.ref ?? '?'}`;
    return `${s.repoURL ?? '(no repoURL)'} ${what} @ ${s.targetRevision || 'HEAD'}`;
}
function automatedOf(o) {
    const a = o.spec?.syncPolicy?.automated;
    return a && typeof a === 'object' ? a : undefined;
}
/** Whether Argo CD syncs it automatically: `automated` present and not `enabled: false` (Argo CD 3.1+). */
function automated(o) {
    const a = automatedOf(o);
    return a !== undefined && a.enabled !== false;
}
function describeDest(o) {
    const d = o.spec?.destination ?? {};
    return `${d.server ?? d.name ?? '?'}${d.namespace ? ` (namespace ${d.namespace})` : ''}`;
}

;// CONCATENATED MODULE: ./src/diff/masked-risks.ts


/** A change's risks, computed from masked copies: risk messages quote fields (a server URL may carry a password). */
function maskedRisks(change, before, after, salt) {
    const masked = (o) => o && maskSecrets(o, salt);
    return appRisks(change, masked(before), masked(after));
}

;// CONCATENATED MODULE: ./src/diff/renames.ts

/** Marks a removed and an added Application that deploy the same source to the same place as a rename. */
function pairRenames(changes, before, after) {
    const added = changes.filter((c) => c.status === 'added');
    for (const removed of changes.filter((c) => c.status === 'removed')) {
        const id = deployIdentity(before.get(`${removed.namespace}/${removed.name}`));
        if (!id)
            continue;
        const match = added.find((a) => !a.renamedFrom && deployIdentity(after.get(`${a.namespace}/${a.name}`)) === id);
        if (!match)
            continue;
        match.renamedFrom = removed.name;
        removed.renamedTo = match.name;
    }
}
/** Every source (single or multi-source) and the destination, field by field (key order aside). */
function deployIdentity(a) {
    if (!a)
        return '';
    const spec = a.object.spec ?? {};
    const sources = (spec.sources ?? (spec.source ? [spec.source] : [])).map((src) => [
        src.repoURL ? (0,topology/* normalizeRepoURL */.li)(src.repoURL) : null,
        src.path ?? null,
        src.chart ?? null,
    ]);
    const d = spec.destination ?? {};
    return sources.length === 0
        ? ''
        : JSON.stringify([sources, d.server ?? null, d.name ?? null, d.namespace ?? null]);
}

;// CONCATENATED MODULE: ./src/diff/compare-apps.ts







const NOT_APPLICABLE = { state: 'not-applicable' };
const appKey = (a) => `${a.namespace}/${a.name}`;
/** Compares a cluster's Applications at base and head, with their in-repo charts in deep mode. */
async function compareApps(before, after, ctx) {
    const b = new Map(before.map((a) => [appKey(a), a]));
    const h = new Map(after.map((a) => [appKey(a), a]));
    const keys = [...new Set([...b.keys(), ...h.keys()])].sort();
    const planned = planApps(keys, b, h, { apps: before, objects: [] }, { apps: after, objects: [] }, ctx);
    const renders = await runJobs(planned.jobs, ctx.concurrency);
    const out = {
        changes: [],
        unknown: [],
        headFailures: [],
        risks: [],
    };
    for (const k of keys)
        compareApp(b.get(k), h.get(k), planned, renders.get(k), ctx, out);
    pairRenames(out.changes, b, h);
    for (const change of out.changes) {
        const k = `${change.namespace}/${change.name}`;
        out.risks.push(...maskedRisks(change, b.get(k)?.object, h.get(k)?.object, ctx.secretSalt));
    }
    return { ...out, chartsRendered: planned.jobs.length, chartsSkipped: planned.chartsSkipped };
}
/** Each Application's deep plan (a nested level decides its own), and the chart renders it needs. */
function planApps(keys, b, h, before, after, ctx) {
    const out = { plans: new Map(), levels: new Map(), jobs: [], chartsSkipped: 0 };
    const failed = failedLevels(before, after);
    for (const k of keys) {
        const sides = levelDeep(b.get(k), h.get(k), failed);
        if (sides.kind === 'level')
            out.levels.set(k, sides.result);
        if (sides.kind === 'level' || !ctx.deep)
            continue;
        const { before: ba, after: ha } = sides;
        const name = (ha ?? ba).name;
        const plan = (0,deep/* planDeep */.S_)(ba && { app: ba.object, name }, ha && { app: ha.object, name }, ctx.base, ctx.head, ctx.changedFiles);
        if (!plan)
            continue;
        out.plans.set(k, plan);
        if (plan.kind === 'decided') {
            if (plan.byInputs)
                out.chartsSkipped++;
            continue;
        }
        out.jobs.push(...deepJobs(k, plan, ctx));
    }
    return out;
}
/** The component chart renders of a plan to render: one per side that has a recipe. */
function deepJobs(key, plan, ctx) {
    return ['base', 'head'].flatMap((side) => {
        const recipe = plan[side];
        const tree = ctx[side];
        if (!recipe)
            return [];
        const run = () => {
            const options = { dependencyBuild: ctx.dependencyBuild, ...tree.helm };
            return ctx.charts
                ? ctx.charts.render(tree.files, recipe, options)
                : (0,deep/* renderComponent */.Cc)(ctx.helm, tree.files, recipe, options);
        };
        return [{ key, side, run }];
    });
}
async function runJobs(jobs, concurrency) {
    const results = await (0,util_concurrency/* mapLimit */.sf)(jobs, concurrency, (j) => j.run());
    const renders = new Map();
    jobs.forEach((j, i) => renders.set(j.key, { ...renders.get(j.key), [j.side]: results[i] }));
    return renders;
}
/** One Application: its field changes and deep result, what is unknown of it, its chart failing at head. */
function compareApp(ba, ha, planned, rendered, ctx, out) {
    const app = (ha ?? ba);
    const k = appKey(app);
    const pair = comparePair(ba?.object, ha?.object, `${app.name}.yaml`, ctx);
    const plan = planned.plans.get(k);
    const renders = plan?.kind === 'render' ? (rendered ?? {}) : null;
    const deep = deepResult(planned.levels.get(k), plan, renders, ctx);
    const atHead = renders?.head;
    if (ha && plan?.kind === 'render' && plan.head && atHead && !atHead.ok && atHead.failure === 'broken')
        out.headFailures.push({ app: ha, chart: plan.head.chart, rule: atHead.rule, reason: atHead.reason });
    const deepChanged = (deep.state === 'rendered' && deep.resources.length > 0) ||
        ((deep.state === 'rendered' || deep.state === 'unknown') && deep.dependencies.length > 0);
    const shown = pair.status ?? (deepChanged ? 'modified' : null);
    if (deep.state === 'unknown')
        out.unknown.push({ application: app.name, reason: unknownReason(deep.reason, plan, shown !== null) });
    // Deep mode says unknown of an Application at both refs only when what Argo CD renders for it
    // changed (its inputs or its render request): a change whose resources are unknown, not only an
    // error of the cluster.
    const status = shown ?? (deep.state === 'unknown' && ba && ha ? 'modified' : null);
    if (!status)
        return;
    const change = {
        kind: 'Application',
        cluster: ctx.cluster,
        name: app.name,
        namespace: app.namespace,
        status,
        fields: pair.fields,
        unified: pair.unified,
        deep,
        ...(app.level ? { parent: app.level.parent } : {}),
    };
    out.changes.push(change);
}
/** A nested level's result, deep mode's decision, or the compared resources of its chart's renders. */
function deepResult(level, plan, renders, ctx) {
    if (level)
        return level;
    if (!plan)
        return NOT_APPLICABLE;
    return plan.kind === 'decided' ? plan.result : resourcesOf(renders, plan.dependencies, ctx);
}
function unknownReason(reason, plan, shown) {
    if (plan?.kind !== 'render')
        return reason;
    return shown
        ? `its resources did not render (${reason})`
        : `its chart's inputs changed and it did not render (${reason})`;
}

;// CONCATENATED MODULE: ./src/diff/compare-objects.ts



/**
 * Compares every object but the Applications (compareApps has those) that a cluster's app-of-apps
 * chart renders at base and head, matched by Argo CD's identity. Of two objects with one identity
 * Argo CD applies the later one, and so does this (validate reports the pair).
 */
function compareObjects(before, after, ctx) {
    const others = (list) => new Map(list.filter((o) => !(0,applications/* isApplication */.zz)(o.object)).map((o) => [(0,objects/* objectKey */.T5)(o), o]));
    const b = others(before);
    const h = others(after);
    const changes = [];
    for (const k of [...new Set([...b.keys(), ...h.keys()])]) {
        const ob = b.get(k);
        const oh = h.get(k);
        const o = (oh ?? ob);
        const label = `${o.kind || 'object'}/${o.namespace ? `${o.namespace}/` : ''}${o.name || 'unnamed'}.yaml`;
        const pair = comparePair(ob?.object, oh?.object, label, ctx);
        if (!pair.status)
            continue;
        const { kind, apiVersion, namespace, name } = o;
        changes.push({
            kind,
            apiVersion,
            namespace,
            name,
            status: pair.status,
            fields: pair.fields,
            unified: pair.unified,
        });
    }
    const order = (c) => [c.kind, c.namespace, c.name, c.apiVersion].join('\0');
    return changes.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
}

// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/commands/diff-bootstrap.ts



/**
 * A cluster's bootstrap Application at base and head compared as an object (masked, ignores
 * applied): Argo CD applies it too, so a change of its own fields (repoURL, targetRevision, project,
 * destination, sync policy) is a change, rendered or not.
 */
function bootstrapChange(p, ctx) {
    const b = p.base?.bootstrap;
    const h = p.head?.bootstrap;
    if (!b || !h)
        return null;
    const before = (0,vnode/* toJson */.aB)(b.node);
    const after = (0,vnode/* toJson */.aB)(h.node);
    const pair = comparePair(before, after, h.file, ctx);
    if (!pair.status)
        return null;
    const meta = after.metadata ?? {};
    const change = {
        kind: 'Application',
        cluster: p.name,
        name: String(meta.name ?? p.name),
        namespace: String(meta.namespace ?? p.head.controlPlaneNamespace),
        status: pair.status,
        fields: pair.fields,
        unified: pair.unified,
        deep: { state: 'not-applicable' },
    };
    return { change, risks: maskedRisks(change, before, after, ctx.secretSalt) };
}

// EXTERNAL MODULE: ./src/gitops/cluster-values.ts
var cluster_values = __webpack_require__(1253);
// EXTERNAL MODULE: ./src/gitops/render-set.ts
var render_set = __webpack_require__(7531);
// EXTERNAL MODULE: ./src/commands/nested-levels.ts + 1 modules
var nested_levels = __webpack_require__(1326);
// EXTERNAL MODULE: ./src/commands/validate-check.ts + 10 modules
var validate_check = __webpack_require__(6828);
// EXTERNAL MODULE: ./src/commands/validate-discover.ts
var validate_discover = __webpack_require__(9028);
// EXTERNAL MODULE: ./src/commands/validate-render.ts + 5 modules
var validate_render = __webpack_require__(2677);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/diff/chart-renders.ts
var chart_renders = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/commands/diff-materialize.ts
var diff_materialize = __webpack_require__(5619);
// EXTERNAL MODULE: ./src/commands/diff-trees.ts + 2 modules
var diff_trees = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/commands/diff-run.ts






function startRun(base, head, changed, options) {
    const policy = (0,diff_trees/* diffPolicy */.mu)(base, head, options.deep);
    // Both trees are sparse: helm's inputs are written to disk just before it reads them.
    const helm = (0,diff_materialize/* materializingHelm */.n)(options.helm, [base, head]);
    return {
        base,
        head,
        helm,
        logger: options.logger,
        charts: new chart_renders/* ChartRenders */.w(helm),
        concurrency: options.concurrency ?? external_node_os_default().availableParallelism(),
        dependencyBuild: options.dependencyBuild ?? false,
        policy,
        masking: {
            rules: ignoreRules(policy.ignore),
            ignored: {},
            secretSalt: options.secretSalt ?? (0,external_node_crypto_.randomBytes)(16).toString('hex'),
        },
        changed,
    };
}
/** A tree as the comparison sees it. */
function sideOf(tree) {
    return {
        files: tree.files,
        listing: tree.listing,
        repoURL: tree.topology.repoURLs,
        controlPlaneNamespace: tree.topology.controlPlaneNamespace,
        helm: tree.config.helm,
    };
}
/** Where a cluster's nested app-of-apps levels are followed in `tree`. */
function nestedAt(run, tree, cluster) {
    return {
        cluster,
        files: tree.files,
        repoURL: tree.topology.repoURLs,
        charts: run.charts,
        render: { dependencyBuild: run.dependencyBuild, ...tree.config.helm },
    };
}
/**
 * How many renders this helm was asked for so far, however many helm processes served them (a batch
 * is one, a render cache runs none): a report says the same with a cache or batching or without.
 */
function templateRuns(helm) {
    return helm.renders.length;
}

;// CONCATENATED MODULE: ./src/commands/diff-renders.ts











/**
 * Both sides, in parallel, counted as one progress sequence. Each settles before anything is thrown
 * (base's failure first): no helm is still running in a tree when the caller removes it. Head is
 * rendered in full, or only `headOnly` (a shard of a sharded diff: its validation is of those only).
 */
async function renderSides(run, baseClusters, headOnly) {
    const progress = new util_progress/* ProgressSteps */.Jc(run.logger, 'clusters rendered at head and base');
    const [head, base] = await Promise.allSettled([
        renderHead(run, progress, headOnly),
        renderBase(run, baseClusters, progress),
    ]);
    if (base.status === 'rejected')
        throw base.reason;
    if (head.status === 'rejected')
        throw head.reason;
    return { base: base.value, head: head.value };
}
/**
 * validate's phases at head, every cluster (or `only` those), on the tree already read: the renders
 * serve both the verdict (check, run before any comparison reads more of head's files) and the comparison.
 */
async function renderHead(run, progress, only) {
    const discovery = (0,validate_discover/* selectClusters */.o)(run.head, only, run.logger);
    const renders = await (0,validate_render/* renderClusters */.I)(discovery, {
        helm: run.helm,
        progress,
        charts: run.charts,
        concurrency: run.concurrency,
        dependencyBuild: run.dependencyBuild,
    });
    const validated = (0,validate_check/* check */.z)(discovery, renders);
    return {
        validated,
        renders,
        apps: byCluster(renders.apps, (a) => a.cluster.name),
        objects: byCluster(renders.objects, (o) => o.cluster.name),
    };
}
function byCluster(items, cluster) {
    const out = new Map();
    for (const item of items)
        out.set(cluster(item), [...(out.get(cluster(item)) ?? []), item]);
    return out;
}
/**
 * The clusters at base: their app-of-apps renders submitted at once (helm renders several in one
 * process where that is exact), then their first nested levels at once, then each one's levels.
 */
async function renderBase(run, clusters, progress) {
    const { base } = run;
    progress.add(clusters.length);
    const inputs = clusters.map((cluster) => ({ cluster, values: (0,cluster_values/* loadClusterValues */.rY)(base.files, cluster) }));
    const parsed = inputs.filter((i) => !i.values.broken);
    // A cluster whose inputs do not parse is done at once.
    for (let i = parsed.length; i < inputs.length; i++)
        progress.step();
    const renders = await (0,render_set/* renderClusterSet */.R)(run.helm, base.files, parsed, base.config.helm, run.concurrency, () => progress.step());
    const byCluster = new Map(parsed.map((p, i) => [p.cluster.name, renders[i]]));
    const tops = parsed.flatMap(({ cluster }, i) => {
        const r = renders[i];
        return r.ok ? [{ ctx: nestedAt(run, base, cluster), top: (0,applications/* collectApps */.RG)(cluster, r.manifests) }] : [];
    });
    await (0,nested_levels/* prefetchFirstLevels */.nW)(tops, run.concurrency);
    return (0,util_concurrency/* mapLimit */.sf)(clusters, run.concurrency, async (c) => {
        const r = byCluster.get(c.name);
        return r ? baseLevels(run, c, r) : unparsedAtBase(c);
    });
}
function unparsedAtBase(c) {
    return {
        cluster: c.name,
        ok: false,
        apps: [],
        objects: [],
        error: 'inputs at base do not parse',
        unreadable: [],
    };
}
/** A cluster at base: its app-of-apps render and nested levels, or why it does not render. */
async function baseLevels(run, c, r) {
    const top = r.ok ? (0,applications/* collectApps */.RG)(c, r.manifests) : [];
    const nested = await (0,nested_levels/* followNested */.dv)(nestedAt(run, run.base, c), top);
    return {
        cluster: c.name,
        ok: r.ok,
        apps: [...top, ...nested.apps],
        objects: r.ok ? [...(0,objects/* collectObjects */.Xg)(c, r.manifests), ...nested.objects] : [],
        error: r.findings[0]?.message ?? '',
        unreadable: r.unreadable ?? [],
    };
}
/**
 * Base of a cluster whose app-of-apps inputs are equal at both refs: the same top level as head
 * (proven from git object ids), its nested levels followed in base's tree.
 */
async function sameTopLevel(head, ctx) {
    const top = head.apps.filter((a) => !a.level).map(({ nested: _, ...a }) => a);
    const nested = await (0,nested_levels/* followNested */.dv)(ctx, top);
    return {
        apps: [...top, ...nested.apps],
        objects: [...head.objects.filter((o) => !o.ancestors), ...nested.objects],
    };
}

// EXTERNAL MODULE: ./src/gitops/render-recipe.ts + 2 modules
var render_recipe = __webpack_require__(140);
;// CONCATENATED MODULE: ./src/commands/diff-uncompared.ts


/** What a changed cluster's comparison leaves out, said as the cluster's errors. */
/**
 * A changed cluster's value files outside this repository, at either ref: both renders are without
 * them (they are not read offline), so what they set is not compared. Each said once.
 */
function outsideValueFiles(...sides) {
    const said = sides.flatMap(([tree, c]) => c
        ? (0,render_recipe/* externalValueFiles */.eh)((0,cluster_values/* clusterRecipe */.v)(tree.files, c)).map((v) => `${c.application.name}: value file ${v.entry} is outside this repository`)
        : []);
    return [...new Set(said)];
}
/** The documents of a changed cluster's output that could not be read, at base or head: not compared. */
function unreadableDocuments(base = [], head = []) {
    return [
        ...base.map((d) => `${d} at base: not compared: helm rendered a document that cannot be read`),
        ...head.map((d) => `${d} at head: not compared: helm rendered a document that cannot be read`),
    ];
}

;// CONCATENATED MODULE: ./src/commands/diff-cluster.ts










async function compareCluster(run, p, rendered) {
    const out = {
        diff: emptyDiff(p),
        risks: [],
        headFailures: [],
        skipped: false,
        chartsSkipped: 0,
        unrenderedAtHead: false,
    };
    const cd = out.diff;
    const bootstrap = bootstrapChange(p, run.masking);
    if (bootstrap) {
        cd.apps.push(bootstrap.change);
        cd.counts[bootstrap.change.status]++;
        cd.status = 'changed';
        out.risks.push(...bootstrap.risks);
    }
    if (!p.changed && !p.needsApps)
        return { ...out, skipped: true };
    const baseRender = rendered.base.find((r) => r.cluster === p.name);
    const why = whyNotCompared(p, rendered, baseRender);
    cd.errors.push(...why.errors);
    out.unrenderedAtHead = why.unrenderedAtHead;
    if (cd.errors.length > 0) {
        cd.status = 'unknown';
        return out;
    }
    await compareRenders(run, p, baseRender, rendered.head, out);
    cd.status = clusterStatus(p, cd);
    return out;
}
function emptyDiff(p) {
    return {
        name: p.name,
        env: p.head?.env ?? p.base?.env ?? null,
        status: 'unchanged',
        apps: [],
        objects: [],
        counts: { added: 0, removed: 0, modified: 0 },
        compared: null,
        errors: [],
    };
}
/**
 * Why a cluster to compare cannot be: hidden by a broken bootstrap at head, or not rendered at a side
 * (at head first: `unrenderedAtHead`).
 */
function whyNotCompared(p, rendered, baseRender) {
    const hiddenBy = rendered.gaps.hidden.get(p.name);
    if (hiddenBy)
        return { errors: [hiddenBy], unrenderedAtHead: false };
    const errors = [];
    const unrenderedAtHead = !!p.head && !rendered.head.renders.rendered.has(p.name);
    if (unrenderedAtHead)
        errors.push((0,head_findings/* headRenderError */.Hw)(rendered.head.validated.findings, p.name));
    if (baseRender && !baseRender.ok)
        errors.push(`cannot render at base: ${baseRender.error}`);
    return { errors, unrenderedAtHead };
}
/** Compares a cluster's Applications (and, deep, their charts) and other objects at both refs. */
async function compareRenders(run, p, baseRender, head, out) {
    const cd = out.diff;
    const atHead = { apps: head.apps.get(p.name) ?? [], objects: head.objects.get(p.name) ?? [] };
    const atBase = p.changed
        ? { apps: baseRender?.apps ?? [], objects: baseRender?.objects ?? [] }
        : await sameTopLevel(atHead, nestedAt(run, run.base, p.base));
    // What a nested level that did not render would render at the other side is not compared.
    const failed = failedLevels(atBase, atHead);
    const after = withoutFailedLevels(atHead, failed);
    const before = withoutFailedLevels(atBase, failed);
    const compared = await compareApps(before.apps, after.apps, compareContext(run, p.name));
    out.headFailures.push(...compared.headFailures);
    out.chartsSkipped += compared.chartsSkipped;
    cd.apps.push(...compared.changes);
    cd.errors.push(...compared.unknown.map((u) => `${u.application}: ${u.reason}`));
    // A document helm rendered but nobody can read holds objects of unknown identity: not compared.
    if (p.changed)
        cd.errors.push(...unreadableDocuments(baseRender?.unreadable, head.renders.unreadable.get(p.name)), ...outsideValueFiles([run.base, p.base], [run.head, p.head]));
    out.risks.push(...compared.risks);
    for (const a of compared.changes)
        cd.counts[a.status]++;
    compareOtherObjects(run, before, after, cd);
}
function compareContext(run, cluster) {
    return {
        cluster,
        base: sideOf(run.base),
        head: sideOf(run.head),
        helm: run.helm,
        deep: run.policy.deep,
        dependencyBuild: run.dependencyBuild,
        ...run.masking,
        concurrency: run.concurrency,
        changedFiles: run.changed,
        charts: run.charts,
    };
}
function compareOtherObjects(run, before, after, cd) {
    cd.objects = compareObjects(before.objects, after.objects, run.masking);
    for (const o of cd.objects)
        cd.counts[o.status]++;
    cd.compared = comparedCount(before.objects, after.objects);
}
/** How many distinct objects two renders of a cluster hold together (what was compared). */
function comparedCount(before, after) {
    return new Set([...before, ...after].map(objects/* objectKey */.T5)).size;
}
function clusterStatus(p, cd) {
    if (!p.base)
        return 'added';
    if (!p.head)
        return 'removed';
    if ((0,model/* hasEntries */.T)(cd))
        return 'changed';
    return cd.errors.length > 0 ? 'unknown' : 'unchanged';
}

// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/glob.ts
var glob = __webpack_require__(3376);
;// CONCATENATED MODULE: ./src/commands/diff-gaps.ts


function headGaps(base, head) {
    const errors = [];
    if (head.topology.clusters.length === 0)
        errors.push(`no cluster found at head (no bootstrap Application matches ${head.config.bootstrapGlob} and the config declares no clusters)`);
    const headNames = new Set(head.topology.clusters.map((c) => c.name));
    const problems = bootstrapProblems(head);
    const hidden = new Map();
    for (const c of base.topology.clusters) {
        const why = c.bootstrap && !headNames.has(c.name) ? problems.get(c.bootstrap.file) : undefined;
        if (why)
            hidden.set(c.name, `its bootstrap at head cannot be read: ${why}`);
    }
    const explained = new Set(base.topology.clusters.flatMap((c) => (c.bootstrap && hidden.has(c.name) ? [c.bootstrap.file] : [])));
    for (const [file, why] of problems) {
        if (explained.has(file) || base.listing.get(file) === head.listing.get(file))
            continue;
        errors.push(`a bootstrap file at head cannot be read, what it deploys is unknown: ${why}`);
    }
    return { errors, hidden };
}
/** Bootstrap files at head with an error that drops what they define (YAML, schema): file → first reason. */
function bootstrapProblems(head) {
    const files = new Set(head.topology.clusters.flatMap((c) => (c.bootstrap ? [c.bootstrap.file] : [])));
    const fatal = (f) => f.severity === 'error' &&
        !!f.file &&
        (f.rule.startsWith('yaml-') || (f.rule === 'bootstrap-invalid' && !f.cluster));
    const found = [
        ...head.topology.findings,
        ...(0,glob/* globFiles */.C)(head.files, head.config.bootstrapGlob).flatMap((f) => head.files.readYaml(f)?.findings ?? []),
    ];
    const out = new Map();
    for (const f of found) {
        if (!fatal(f) || out.has(f.file))
            continue;
        // A file that still defines a cluster at head is validated with it.
        if (files.has(f.file))
            continue;
        out.set(f.file, `${(0,findings/* fileLine */.RO)(f)}: ${f.message}`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/commands/diff-plan.ts
var diff_plan = __webpack_require__(2371);
// EXTERNAL MODULE: ./src/commands/diff-verdict.ts
var diff_verdict = __webpack_require__(9991);
;// CONCATENATED MODULE: ./src/commands/diff-compare-trees.ts











const EVERY_CLUSTER = (plans) => ({ plans: [...plans], headInFull: true });
/**
 * The diff of two trees read: plan (which clusters' inputs differ), render (head in full, validated
 * with those renders; the changed clusters at base), compare cluster by cluster, report.
 */
async function compareTrees(base, head, reading, options, lap) {
    return (await diffTrees(base, head, reading, options, lap)).report;
}
/** compareTrees of the clusters `select` keeps (default: every one, head in full). */
async function diffTrees(base, head, reading, options, lap, select = EVERY_CLUSTER) {
    const run = startRun(base, head, (0,fingerprint/* changedFiles */.Y_)(base.listing, head.listing), options);
    const scope = select((0,diff_plan/* plan */.e)(base, head, options.clusters, run.changed));
    const plans = scope.plans;
    const gaps = headGaps(base, head);
    gaps.errors.push(...reading.unknown);
    const baseClusters = plans
        .filter((p) => p.base && p.changed && !gaps.hidden.has(p.name))
        .map((p) => p.base);
    logPlan(run, plans, baseClusters.length, scope.headInFull);
    lap('planned');
    const templatesBefore = templateRuns(run.helm);
    const headOnly = scope.headInFull ? undefined : plans.flatMap((p) => (p.head ? [p.name] : []));
    const sides = await renderSides(run, baseClusters, headOnly);
    // Component charts render only after this: every helm template so far rendered a cluster.
    const clusterRuns = templateRuns(run.helm) - templatesBefore;
    lap('clusters rendered');
    markUnplannedInputs(run, plans, sides.head);
    const stats = {
        clustersRendered: clusterRuns,
        clustersSkipped: 0,
        chartsRendered: 0,
        chartsSkipped: 0,
    };
    const compared = await compareClusters(run, plans, { gaps, ...sides }, stats);
    stats.chartsRendered = templateRuns(run.helm) - templatesBefore - clusterRuns;
    const headFailures = (0,diff_verdict/* headFailureFindings */.pg)(compared.headFailures, head);
    const validation = (0,head_findings/* headValidation */.IN)(sides.head.validated.findings, headFailures);
    lap('Applications compared and head validated');
    return {
        report: report(run, reading, gaps, compared, validation, sides.head, stats),
        headFailures,
        validated: sides.head.validated,
        unrenderedAtHead: compared.unrenderedAtHead,
        ignored: compared.ignored,
    };
}
function logPlan(run, plans, atBase, headInFull) {
    const appsOnly = plans.filter((p) => p.needsApps).length;
    const atHead = plans.filter((p) => p.head).length;
    run.logger.info(`diff ${run.base.ref}..${run.head.ref}: Application inputs changed in ${plans.filter((p) => p.changed).length} of ${plans.length} clusters` +
        (appsOnly > 0 ? `, ${appsOnly} more checked for component chart changes` : '') +
        `; rendering ${headInFull ? `${run.head.topology.clusters.length} at head (all, for validation)` : `${atHead} at head`}, ${atBase} at base`);
}
/**
 * What the plan does not look at (a --set-file file, the commit itself): the head Applications of a
 * cluster with equal inputs are its base ones too, and tell which of them read it.
 */
function markUnplannedInputs(run, plans, head) {
    for (const p of plans)
        if (run.policy.deep && !p.changed && !p.needsApps)
            p.needsApps = (head.apps.get(p.name) ?? []).some((a) => readsUnplannedInputs(a, sideOf(run.base), sideOf(run.head), run.changed));
}
/** Each cluster in turn (the ignore counts and the chart renders are shared), counted as progress. */
async function compareClusters(run, plans, rendered, stats) {
    const out = { clusters: [], risks: [], headFailures: [], unrenderedAtHead: [], ignored: [] };
    const progress = new util_progress/* ProgressSteps */.Jc(run.logger, 'clusters compared');
    progress.add(plans.length);
    for (const p of plans) {
        // Each cluster's ignores counted on their own, then added to the run's (in the order they came).
        const total = run.masking.ignored;
        run.masking.ignored = {};
        const c = await compareCluster(run, p, rendered);
        const own = Object.entries(run.masking.ignored);
        run.masking.ignored = total;
        for (const [rule, n] of own)
            total[rule] = (total[rule] ?? 0) + n;
        if (own.length > 0)
            out.ignored.push({ cluster: p.name, byRule: own });
        progress.step();
        out.clusters.push(c.diff);
        out.risks.push(...c.risks);
        out.headFailures.push(...c.headFailures);
        if (c.unrenderedAtHead)
            out.unrenderedAtHead.push(p.name);
        if (c.skipped)
            stats.clustersSkipped++;
        stats.chartsSkipped += c.chartsSkipped;
    }
    return out;
}
function report(run, reading, gaps, compared, validation, head, stats) {
    const { clusters } = compared;
    const risks = (0,diff_verdict/* reportRisks */.P1)(validation, clusters, run.policy.productionEnvironments, compared.risks);
    const changedClusters = clusters
        .filter((c) => (0,model/* hasEntries */.T)(c) || c.status === 'added' || c.status === 'removed')
        .map((c) => c.name);
    const ignored = run.masking.ignored;
    const notes = [...reading.notes];
    if (!run.policy.deep)
        notes.push('Deep mode is off: the resources of component charts are not compared.');
    return {
        base: { ref: run.base.ref, sha: run.base.sha },
        head: { ref: run.head.ref, sha: run.head.sha },
        complete: gaps.errors.length === 0 && clusters.every((c) => c.errors.length === 0),
        errors: gaps.errors,
        notes,
        changed: changedClusters.length > 0,
        changedClusters,
        clusters,
        risks,
        validation,
        controlPlane: head.validated.controlPlane,
        ignored: { total: Object.values(ignored).reduce((a, b) => a + b, 0), byRule: ignored },
        stats,
    };
}


/***/ }),

/***/ 5619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ materializePaths),
/* harmony export */   n: () => (/* binding */ materializingHelm)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_dirs_above_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4954);
/* harmony import */ var _util_safe_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5251);



/**
 * Writes to disk what helm reads for `rels` (repo-relative paths of `side`): the chart each path
 * leads to (symlinks followed) or that lies under it, or the file or directory it leads to when that
 * is in no chart; and, again, what the symlinks under every directory so read lead to (a chart's or
 * any other), until nothing is new. A path that leads nowhere or out of the tree needs nothing: helm
 * finds it missing, as it would in a checkout.
 */
async function materializePaths(side, rels) {
    const all = new Set(side.charts);
    const charts = new Set();
    const seen = new Set();
    const todo = [...rels];
    const follow = (dir) => {
        if (seen.has(`links:${dir}`))
            return;
        seen.add(`links:${dir}`);
        todo.push(...side.index.linksUnder(dir));
    };
    const add = (c) => {
        if (charts.has(c))
            return;
        charts.add(c);
        follow(c);
    };
    // Files and directories in no chart: written as themselves (a directory: the files under it).
    const plain = new Set();
    while (todo.length > 0) {
        const r = side.index.resolve(todo.pop());
        if (r.kind !== 'file' && r.kind !== 'directory')
            continue;
        if (seen.has(`${r.kind}:${r.path}`))
            continue;
        seen.add(`${r.kind}:${r.path}`);
        // The chart holding the path, or the path itself; for a directory, its links and the charts under it too.
        const holder = all.has(r.path) ? r.path : all.has('') ? '' : (0,_util_dirs_above_js__WEBPACK_IMPORTED_MODULE_2__/* .outermostAbove */ .Q)(r.path, all);
        if (holder !== undefined)
            add(holder);
        else
            plain.add(r.path);
        if (r.kind === 'directory') {
            follow(r.path);
            for (const c of side.charts)
                if (r.path === '' || c.startsWith(`${r.path}/`))
                    add(c);
        }
    }
    if (charts.size + plain.size > 0)
        await side.materialize([...charts, ...plain]);
}
/**
 * `helm`, with every path of a request written to disk first (materializePaths) when it is in one
 * of the sparse trees `sides`: what helm reads is then exactly what a checkout would hold.
 */
function materializingHelm(helm, sides) {
    // A path of a side's tree: that side's directory or one inside it (isInside is strict).
    const mine = (side, p) => p === side.dir || (0,_util_safe_path_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)(side.dir, p);
    const ready = async (abs) => {
        await Promise.all(sides.map((side) => {
            const rels = abs
                .filter((p) => mine(side, p))
                .map((p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(side.dir, p).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'));
            return rels.length > 0 ? materializePaths(side, rels) : null;
        }));
    };
    const pathsOf = (req) => [
        req.chartDir,
        ...req.valueFiles,
        ...(req.fileParameters ?? []).map((p) => p.path),
    ];
    return {
        get invocations() {
            return helm.invocations;
        },
        get renders() {
            return helm.renders;
        },
        version: () => helm.version(),
        template: async (req) => {
            await ready(pathsOf(req));
            return helm.template(req);
        },
        templateMany: async (reqs, concurrency, onResult) => {
            await ready(reqs.flatMap(pathsOf));
            return helm.templateMany(reqs, concurrency, onResult);
        },
        dependencyBuild: async (chartDir, repositories) => {
            // `file://` dependencies are read from anywhere in the tree: its whole tree is written.
            const own = sides.find((s) => mine(s, chartDir));
            if (own?.linked)
                throw new Error('bug: helm dependency build in a tree of hard links to another');
            await ready(own ? [own.dir] : [chartDir]);
            return helm.dependencyBuild(chartDir, repositories);
        },
    };
}


/***/ }),

/***/ 2371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _gitops_cluster_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1253);
/* harmony import */ var _gitops_render_recipe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(140);
/* harmony import */ var _diff_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7139);





/** One plan per cluster at either ref (the ones asked for), in head's order, base-only ones last. */
function plan(base, head, wanted, changedAll) {
    const changed = renderableChanges(base, head, changedAll);
    const names = [...new Set([...base.topology.clusters, ...head.topology.clusters].map((c) => c.name))];
    if (wanted) {
        const unknown = wanted.filter((n) => !names.includes(n));
        if (unknown.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`unknown cluster ${unknown.join(', ')} (clusters: ${names.join(', ')})`);
    }
    const order = head.topology.clusters.map((c) => c.name);
    return names
        .filter((n) => !wanted || wanted.includes(n))
        .sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9))
        .map((name) => planCluster(name, base, head, changed));
}
/**
 * The changed files a component chart can read: its own tree, and value files anywhere in the GitOps
 * tree (`root`; `../shared/x.yaml`). Documentation, CI files and, in a monorepo, the code beside the
 * tree are never rendered.
 */
function renderableChanges(base, head, changedAll) {
    const charts = chartDirs(base, head);
    const roots = [base.config.root, head.config.root];
    const bootstraps = new Set([...base.topology.clusters, ...head.topology.clusters].flatMap((c) => c.bootstrap ? [c.bootstrap.file] : []));
    return [...changedAll].filter((f) => charts.some((d) => (0,_diff_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnder */ .Jo)(f, d)) ||
        (/\.(ya?ml|json)$/i.test(f) &&
            !f.startsWith('.github/') &&
            !bootstraps.has(f) &&
            roots.some((r) => (0,_diff_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnder */ .Jo)(f, r))));
}
/** A cluster's plan: its inputs compared by fingerprint, and whether a change outside them concerns it. */
function planCluster(name, base, head, changed) {
    const b = base.topology.clusters.find((c) => c.name === name);
    const h = head.topology.clusters.find((c) => c.name === name);
    const bi = b && clusterInputs(base, b);
    const hi = h && clusterInputs(head, h);
    const differs = !bi || !hi || bi.id !== hi.id;
    // Deep mode's component charts, and nested app-of-apps levels (followed with deep mode off too).
    const outside = !!hi && changed.some((f) => !hi.paths.has(f) && !(0,_diff_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .isUnder */ .Jo)(f, h.chart));
    return { name, base: b, head: h, changed: differs, needsApps: !differs && outside };
}
/** Directories holding a Chart.yaml at either ref: the only places a component chart input can be. */
function chartDirs(...trees) {
    const dirs = new Set();
    for (const t of trees)
        for (const f of t.listing.keys())
            if (f === 'Chart.yaml' || f.endsWith('/Chart.yaml'))
                dirs.add(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(f));
    return [...dirs];
}
/**
 * Repo paths a cluster's app-of-apps render reads (the chart, the value and file-parameter files the
 * recipe resolves to, its `.argocd-source*.yaml`), and the fingerprint of them and its recipe.
 */
function clusterInputs(tree, cluster) {
    const recipe = (0,_gitops_cluster_values_js__WEBPACK_IMPORTED_MODULE_2__/* .clusterRecipe */ .v)(tree.files, cluster);
    const inputs = (0,_diff_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .renderInputs */ .E7)(tree.listing, cluster.chart, (0,_gitops_render_recipe_js__WEBPACK_IMPORTED_MODULE_3__/* .recipeInputs */ .e$)(recipe));
    const paths = new Set(inputs.map(([f]) => f));
    if (cluster.bootstrap)
        paths.add(cluster.bootstrap.file);
    if (tree.config.file)
        paths.add(tree.config.file);
    // The config decides how a cluster renders and what validation says of it: a change re-checks all.
    // A base read with head's config has head's config id: both sides are read alike.
    return { paths, id: (0,_diff_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprint */ .Rj)(inputs, { recipe, helm: tree.config.helm, config: tree.configId }) };
}


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mu: () => (/* binding */ diffPolicy),
  jx: () => (/* binding */ exportedSide),
  kS: () => (/* binding */ openTrees)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var gitops_config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/repo-context.ts
var repo_context = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./src/util/normalize-posix.ts
var normalize_posix = __webpack_require__(2149);
;// CONCATENATED MODULE: ./src/gitops/tree-index.ts


/** Linux gives up after 40 links in one lookup (ELOOP); so does this. */
const MAX_LINKS = 40;
/**
 * A commit's tree read from its listing and blobs, without the files on disk: what a path is (file,
 * directory, neither, or out of the tree), a directory's names, a file's bytes. Paths are looked up
 * component by component, following symlinks the way the kernel does on a checkout of the tree: a
 * link's target is read relative to the link's directory, `..` after a link goes up from its target,
 * an absolute target or one above the root is out of the tree, a file in the middle of a path is
 * missing. A submodule is an empty directory, as a checkout leaves it.
 */
class TreeIndex {
    blob;
    entries = new Map();
    dirs = new Map([['', new Set()]]);
    constructor(entries, blob) {
        this.blob = blob;
        for (const e of entries) {
            this.entries.set(e.path, e);
            if (e.mode === '120000')
                this.hasLinks = true;
            // Each directory above the entry holds the next name down (`a` holds `b` for `a/b/c`).
            for (let from = 0, dir = '';;) {
                const at = e.path.indexOf('/', from);
                const name = e.path.slice(from, at < 0 ? undefined : at);
                let names = this.dirs.get(dir);
                if (!names)
                    this.dirs.set(dir, (names = new Set()));
                names.add(name);
                if (at < 0)
                    break;
                dir = e.path.slice(0, at);
                from = at + 1;
            }
            if (e.type === 'commit')
                this.dirs.set(e.path, new Set());
        }
    }
    /** Whether any entry is a symlink: without one, a normalized path is looked up as it is. */
    hasLinks = false;
    resolved = new Map();
    /** `rel` (normalized as path.join would) followed to what it names. */
    resolve(rel) {
        let r = this.resolved.get(rel);
        if (!r)
            this.resolved.set(rel, (r = this.walk(rel)));
        return r;
    }
    walk(rel) {
        const start = (0,normalize_posix/* normalizePosix */.h)(rel);
        if (start === '..' || start.startsWith('../') || external_node_path_default().posix.isAbsolute(start))
            return { kind: 'outside' };
        if (!this.hasLinks && !start.endsWith('/'))
            return this.lookup(start);
        const todo = components(start);
        const at = [];
        let links = 0;
        while (todo.length > 0) {
            const name = todo.shift();
            if (name === '.')
                continue; // what a trailing `/` leaves: what comes before must be a directory
            if (name === '..') {
                if (at.length === 0)
                    return { kind: 'outside' };
                at.pop();
                continue;
            }
            const here = [...at, name].join('/');
            const entry = this.entries.get(here);
            if (entry?.mode === '120000') {
                if (++links > MAX_LINKS)
                    return { kind: 'missing' };
                const to = this.blob(entry.oid).toString('utf8');
                if (external_node_path_default().posix.isAbsolute(to))
                    return { kind: 'outside' };
                todo.unshift(...components(to));
                continue;
            }
            if (entry && entry.type === 'blob') {
                if (todo.length > 0)
                    return { kind: 'missing' };
                return { kind: 'file', path: here, oid: entry.oid };
            }
            if (!this.dirs.has(here))
                return { kind: 'missing' };
            at.push(name);
        }
        return { kind: 'directory', path: at.join('/') };
    }
    /** A normalized path in a tree without symlinks: what the walk finds, in one lookup. */
    lookup(start) {
        if (start === '.')
            return { kind: 'directory', path: '' };
        const entry = this.entries.get(start);
        if (entry?.type === 'blob')
            return { kind: 'file', path: start, oid: entry.oid };
        return this.dirs.has(start) ? { kind: 'directory', path: start } : { kind: 'missing' };
    }
    /** The names in a directory (its path resolved), sorted as readdir's names sorted; [] if it is none. */
    list(rel) {
        const r = this.resolve(rel);
        return r.kind === 'directory' ? [...(this.dirs.get(r.path) ?? [])].sort() : [];
    }
    /** The bytes of the file `rel` leads to, or null. */
    read(rel) {
        const r = this.resolve(rel);
        return r.kind === 'file' ? this.blob(r.oid) : null;
    }
    /** Every symlink of the tree under `dir` (or `dir` itself), by its path. */
    linksUnder(dir) {
        let out = this.linksIn.get(dir);
        if (!out) {
            this.allLinks ??= [...this.entries.values()].filter((e) => e.mode === '120000').map((e) => e.path);
            out = this.allLinks.filter((p) => dir === '' || p === dir || p.startsWith(`${dir}/`));
            this.linksIn.set(dir, out);
        }
        return out;
    }
    linksIn = new Map();
    allLinks;
}
/** A path's names, `.` and empty ones left out; a trailing `/` (or `/.`) kept as a `.`: a directory. */
function components(p) {
    const names = p.split('/').filter((n) => n !== '' && n !== '.');
    return names.length > 0 && /\/\.?$/.test(p) ? [...names, '.'] : names;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/diff/tree-listing.ts

/**
 * Path → git object id of every entry of a tree. A symlink's own blob is only its target's *path*,
 * so its id here is what it resolves to inside the tree (`resolve`: followed as the kernel does, links
 * on the way included): the target file's blob, or a hash of the files under a target directory.
 * Equal ids then prove equal content at both refs. A link that cannot be resolved inside the tree
 * (absolute, out of the tree, a loop, a directory holding links) gets an id of its own per side:
 * whatever reads it is rendered at both refs and compared.
 */
function listingWithLinks(entries, resolve, side) {
    const links = new Set(entries.filter((e) => e.mode === '120000').map((e) => e.path));
    const idOf = (link) => {
        const r = resolve(link);
        if (r.kind === 'file')
            return r.oid;
        if (r.kind !== 'directory')
            return r.kind === 'missing' ? 'missing' : null;
        const prefix = r.path === '' ? '' : `${r.path}/`;
        const under = entries.filter((e) => e.path.startsWith(prefix));
        if (under.some((e) => links.has(e.path)))
            return null;
        if (under.length === 0)
            return 'missing';
        const h = (0,external_node_crypto_.createHash)('sha256');
        for (const e of under)
            h.update(`${e.path.slice(prefix.length)}\0${e.oid}\n`);
        return `tree:${h.digest('hex')}`;
    };
    const listing = new Map();
    for (const e of entries) {
        if (!links.has(e.path))
            listing.set(e.path, e.oid);
        else {
            const resolved = idOf(e.path);
            listing.set(e.path, resolved ? `symlink:${e.oid}:${resolved}` : `symlink:${side}:${e.oid}`);
        }
    }
    return listing;
}

;// CONCATENATED MODULE: ./src/commands/diff-trees.ts








/**
 * A side read by git (a sparse tree: its symlinks, and the directories they are in, are all on disk):
 * its listing and index; a link out of the tree is refused.
 */
function exportedSide(ref, tree, side) {
    const index = new TreeIndex(tree.entries, (oid) => tree.blob(oid));
    const listing = listingWithLinks(tree.entries, (p) => index.resolve(p), side);
    (0,repo_files/* refuseSymlinksOut */.ve)(tree.dir);
    return {
        ref,
        sha: tree.sha,
        dir: tree.dir,
        listing,
        index,
        charts: tree.charts,
        materialize: (dirs) => tree.materialize(dirs),
        linked: tree.linked,
    };
}
/**
 * Each side is read with its own config, with one exception: a base without a config of its own
 * (from before the config existed, or with one that no longer loads) is read with head's, so the
 * pull request that adds or fixes the config compares like with like (the same bootstrap glob,
 * clusters, environments and helm options on both sides) instead of reporting the change of the
 * reading as a change of the repository; the report says so. A broken config at head is thrown:
 * validate at head fails the same way, and it is the pull request's to fix.
 *
 * Reading base with head's config cannot hide a change of what head's config sees: both sides are
 * then read alike, and what head's config does not see at head is outside validate's verdict at
 * head too. What it could hide is a cluster that only the defaults find at base: those are named,
 * and the diff is incomplete. What the diff *shows* (ignores, deep mode) never comes from head
 * alone: see diffPolicy.
 */
function openTrees(b, h, options, facts) {
    const parsed = options.parses ?? new Map();
    const headConfig = (0,gitops_config/* loadConfig */.Z9)(h.dir, options.configFile, directoryIn(h));
    // The default branch is the repository's, one for both sides (head's config may name it).
    const repo = (0,repo_context/* repoContext */.u0)(headConfig, facts);
    const open = (side, config, configId, policy) => {
        const files = new repo_files/* RepoFiles */.op(side.dir, config.limits, side.listing, parsed, side.sha, side.index);
        return { ...side, files, config, configId, policy, topology: (0,topology/* discoverTopology */.HC)(files, config, repo) };
    };
    const head = open(h, headConfig, configIdOf(h, headConfig), headConfig.diff);
    const own = ownConfig(b, options);
    if (own.kind === 'valid') {
        const base = open(b, own.config, configIdOf(b, own.config), own.config.diff);
        return { base, head, reading: { notes: [], unknown: [] } };
    }
    const borrowed = headConfig.file !== null;
    const config = borrowed ? headConfig : (0,gitops_config/* defaultConfig */.sb)();
    const base = open(b, config, borrowed ? head.configId : null, (0,gitops_config/* defaultConfig */.sb)().diff);
    const reading = borrowed ? `head's ${headConfig.file}` : 'the defaults';
    const notes = [];
    const unknown = [];
    if (own.kind === 'broken') {
        options.logger.warning(`config at base ${b.ref} is invalid (${own.why}); base is read with ${reading}`);
        notes.push(`The config at base is invalid (${own.why}); base was read with ${reading}.`);
    }
    else if (borrowed) {
        notes.push(`Base has no config file; it was read with ${reading}, so both sides are read alike.`);
    }
    if (borrowed) {
        const seen = new Set([...base.topology.clusters, ...head.topology.clusters].map((c) => c.name));
        const files = new repo_files/* RepoFiles */.op(b.dir, (0,gitops_config/* defaultConfig */.sb)().limits, b.listing, parsed, b.sha, b.index);
        const lost = (0,topology/* discoverTopology */.HC)(files, (0,gitops_config/* defaultConfig */.sb)(), repo)
            .clusters.map((c) => c.name)
            .filter((n) => !seen.has(n));
        if (lost.length > 0)
            unknown.push(`base, read without a config, also has ${lost.join(', ')}, which head's config finds at neither ref: not compared`);
    }
    return { base, head, reading: { notes, unknown } };
}
/** A side's own config: valid, broken (a ConfigurationError), or none (no config file in that tree). */
function ownConfig(side, options) {
    const candidates = options.configFile ? [external_node_path_default().posix.normalize(options.configFile)] : [...gitops_config/* CONFIG_FILES */.n0];
    if (!candidates.some((f) => side.listing.has(f)))
        return { kind: 'none' };
    try {
        return { kind: 'valid', config: (0,gitops_config/* loadConfig */.Z9)(side.dir, options.configFile, directoryIn(side)) };
    }
    catch (e) {
        if (!(e instanceof errors/* ConfigurationError */.j1))
            throw e;
        return { kind: 'broken', why: e.describe() };
    }
}
/** Whether a path of the side's tree is a directory, as a checkout would say: its directories are made only as files are written. */
function directoryIn(side) {
    return (rel) => side.index.resolve(rel).kind === 'directory';
}
function configIdOf(side, config) {
    return config.file ? (side.listing.get(config.file) ?? null) : null;
}
/**
 * What the diff shows is the base's policy: the config at head is the pull request's, and must not
 * be able to hide the pull request's changes. So `diff.ignore` and `diff.deep` are base's only
 * (the defaults when base has no config of its own: no ignores, deep on; what a pull request sets
 * applies from the next one on; the `deep` option decides over both). Head may only add to what is
 * shown: the production environments are both sides' together when head has a config file, so the
 * pull request that names a new environment production gets its risks flagged, and none that base
 * flags can be unflagged.
 */
function diffPolicy(base, head, deepOption) {
    const added = head.config.file !== null ? head.config.diff.productionEnvironments : [];
    return {
        deep: deepOption ?? base.policy.deep,
        ignore: base.policy.ignore,
        productionEnvironments: new Set([...base.policy.productionEnvironments, ...added]),
    };
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

/***/ 3791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ diff),
  g: () => (/* binding */ withTrees)
});

// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/commands/diff-compare-trees.ts + 20 modules
var diff_compare_trees = __webpack_require__(7340);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/commands/diff-refs.ts

/** The commit a ref of the diff names; a missing one is the user's to fix (a shallow clone says so). */
async function resolveRef(git, ref) {
    const sha = await git.tryRevParse(ref);
    if (sha)
        return sha;
    if (!(await git.isRepository()))
        throw new errors/* ConfigurationError */.j1(`${git.dir} is not a git repository`);
    if (await git.isShallow())
        throw new errors/* ConfigurationError */.j1(`git ref "${ref}" is not in ${git.dir}, a shallow clone: check out with fetch-depth: 0 (actions/checkout) so both refs are there`);
    throw new errors/* ConfigurationError */.j1(`git ref "${ref}" is not in ${git.dir} (in a workflow, check out with fetch-depth: 0 so both refs are there)`);
}

// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/commands/diff-materialize.ts
var diff_materialize = __webpack_require__(5619);
// EXTERNAL MODULE: ./src/commands/diff-trees.ts + 2 modules
var diff_trees = __webpack_require__(4529);
// EXTERNAL MODULE: ./src/commands/repo-facts.ts
var repo_facts = __webpack_require__(4406);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/commands/diff.ts








/**
 * What a change does to every cluster: both refs are read from git into temp dirs (the working
 * tree is never touched), clusters whose render inputs have the same git object ids at both refs
 * are known unchanged without rendering, the rest are rendered in parallel, head is validated in
 * full (the same verdict as validate at head), and Applications (and, in deep mode, the resources
 * of their in-repo charts) are compared.
 */
async function diff(options) {
    return withTrees(options, (base, head, reading, lap) => (0,diff_compare_trees/* compareTrees */.t)(base, head, reading, options, lap));
}
/**
 * Both refs resolved, read from git (sparse trees: a chart's files are written to disk only when
 * helm is to read them) and opened with their configs, for `use`; the trees are removed once `use`
 * is done (compareTrees settles every render first).
 */
async function withTrees(options, use) {
    const started = performance.now();
    const lap = (what) => options.logger.debug(`diff: ${what} after ${Math.round(performance.now() - started)} ms`);
    const { git } = options;
    (0,repo_files/* requireDirectory */.T)(git.dir);
    // At once, each settled; the first failure in this order is the one said (a subdirectory first).
    const [, baseSha, headSha, facts] = await (0,concurrency/* settleAll */.j3)([
        git.requireTopLevel(),
        resolveRef(git, options.base),
        resolveRef(git, options.head),
        (0,repo_facts/* readRepoFacts */.I)(git, options.eventDefaultBranch),
    ]);
    const sides = [
        { sha: baseSha, name: 'base' },
        { sha: headSha, name: 'head' },
    ];
    // Nothing writes into the trees unless helm builds dependencies there: the same file is then one inode.
    const shared = { linkIdentical: !options.dependencyBuild };
    return (git
        .withSparseTrees(sides, async ([baseTree, headTree]) => {
        const b = (0,diff_trees/* exportedSide */.jx)(options.base, baseTree, 'base');
        const h = (0,diff_trees/* exportedSide */.jx)(options.head, headTree, 'head');
        // The config is read from disk: in a tree that is itself a chart, its file is a chart's.
        const configs = options.configFile ? [options.configFile] : [...config/* CONFIG_FILES */.n0];
        await Promise.all([b, h].map((side) => (0,diff_materialize/* materializePaths */.A)(side, configs)));
        const parses = options.parseCache?.parses;
        const { base, head, reading } = (0,diff_trees/* openTrees */.kS)(b, h, { ...options, ...(parses ? { parses } : {}) }, facts);
        lap('trees read');
        return use(base, head, reading, lap);
    }, shared)
        // Kept only from a run that read its trees to the end.
        .then(async (result) => {
        await options.parseCache?.save();
        return result;
    }));
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

/***/ 5421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nh: () => (/* binding */ appSection),
/* harmony export */   OM: () => (/* binding */ clusterSection),
/* harmony export */   bm: () => (/* binding */ diffHeader),
/* harmony export */   pC: () => (/* binding */ DIFF_MARKER),
/* harmony export */   rw: () => (/* binding */ renderDiffMarkdown),
/* harmony export */   tr: () => (/* binding */ dependencyText),
/* harmony export */   yB: () => (/* binding */ objectsSection)
/* harmony export */ });
/* unused harmony exports clusterHeading, entrySections */
/* harmony import */ var _diff_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8054);
/* harmony import */ var _util_clip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5940);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9717);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1976);
/* harmony import */ var _util_short_sha_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3489);






const DIFF_MARKER = '<!-- gitops-promotion:diff -->';
const STATUS_ICON = { added: '🟢', removed: '🔴', modified: '🟡' };
const RISK_ICON = {
    'app-removed': '🔴',
    'destination-changed': '🔴',
    'validation-errors': '🔴',
    'production-changed': '🟠',
    'target-revision-changed': '🟠',
    'sources-changed': '🟠',
    'sync-wave-changed': '🟡',
    'automated-sync-toggled': '🟡',
};
/**
 * A field's before and after for table cells: short, one line, code-formatted; cut where they
 * differ, so two different values never show alike.
 */
function values(f, max = 80) {
    const text = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
    const [a, b] = (0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clipPair */ .l)(text(f.old) ?? '', text(f.new) ?? '', max);
    const show = (v, shown) => v === undefined
        ? '_(absent)_'
        : typeof v === 'string' && v.includes('\n')
            ? '_(multi-line, see diff)_'
            : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(shown);
    return [show(f.old, a), show(f.new, b)];
}
function fieldTable(fields) {
    if (fields.length === 0)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['field', 'before', 'after'], fields.map((f) => [(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(f.path), ...values(f)]));
}
function diffBlock(unified) {
    return unified ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(unified, 'diff') : '';
}
function resourceSection(r) {
    const id = `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
    const body = [fieldTable(r.fields), diffBlock(r.unified)].filter(Boolean).join('\n\n');
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`${STATUS_ICON[r.status]} ${r.status} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlCode */ .h8)(id)}`, body || '_no content_');
}
/** `name: 1.0.0 → 1.1.0 (Chart.yaml)`, with the repository when it changes, one line per dependency. */
function dependencyText(d) {
    const version = `${d.from ?? '(new)'} → ${d.to ?? '(removed)'}`;
    const repository = d.repositoryFrom !== null ? `, repository ${d.repositoryFrom} → ${d.repository}` : '';
    return `${d.name}: ${version}${repository} (${d.file})`;
}
function dependencySection(deps) {
    if (deps.length === 0)
        return '';
    return ['**Chart dependencies**:', '', ...deps.map((d) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(dependencyText(d))}`)].join('\n');
}
/** What deep mode says of an Application's resources; `omitted` replaces the resources (comment budget). */
function deepSection(app, omitted) {
    const d = app.deep;
    const deps = d.state === 'rendered' || d.state === 'unknown' ? dependencySection(d.dependencies) : '';
    const resources = () => {
        if (omitted)
            return `_Resources: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(omitted)}._`;
        if (d.state === 'unknown')
            return `_Resources: ❓ not compared: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(d.reason)}._`;
        if (d.state === 'unchanged')
            return '_Resources: chart inputs unchanged, not rendered._';
        if (d.state !== 'rendered')
            return '';
        if (d.resources.length === 0)
            return '_Resources: rendered, no change._';
        const counts = countStatuses(d.resources);
        return [`**Resources** (${counts}):`, '', ...d.resources.map(resourceSection)].join('\n');
    };
    return [deps, resources()].filter(Boolean).join('\n\n');
}
function countStatuses(items) {
    const n = (s) => items.filter((i) => i.status === s).length;
    return ['added', 'removed', 'modified']
        .filter((s) => n(s) > 0)
        .map((s) => `${n(s)} ${s}`)
        .join(', ');
}
/**
 * One Application's section: field table, unified diff, then its chart's dependencies and
 * resources (`omitted`: why the resources are left out of this copy).
 */
function appSection(app, omitted) {
    const note = app.status === 'modified' && app.fields.length === 0 && app.unified === ''
        ? app.deep.state === 'rendered' && app.deep.resources.length > 0
            ? ' (Application unchanged; its resources change)'
            : app.deep.state === 'unknown' && app.deep.dependencies.length === 0
                ? ' (Application unchanged; what it renders from changes)'
                : ' (Application unchanged; its chart changes)'
        : app.renamedFrom
            ? ` (renamed from ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlCode */ .h8)(app.renamedFrom)})`
            : app.renamedTo
                ? ` (renamed to ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlCode */ .h8)(app.renamedTo)})`
                : '';
    const body = [fieldTable(app.fields), diffBlock(app.unified), deepSection(app, omitted)]
        .filter(Boolean)
        .join('\n\n');
    // A nested app-of-apps level's Application is one of the cluster's: the Application that renders it is named.
    const by = app.parent ? ` (rendered by ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlCode */ .h8)(app.parent)})` : '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`${STATUS_ICON[app.status]} ${app.status} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlCode */ .h8)(app.name)}${by}${note}`, body);
}
/** How many fields of one object the objects table names before it says how many more. */
const FIELDS_SHOWN = 3;
function objectChanges(o) {
    if (o.status !== 'modified')
        return '';
    const shown = o.fields.slice(0, FIELDS_SHOWN).map((f) => {
        const [a, b] = values(f, 40);
        return `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(f.path)}: ${a} → ${b}`;
    });
    const more = o.fields.length - shown.length;
    return [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('<br>');
}
/**
 * The other objects a cluster's app-of-apps chart changes, in one compact table (status, kind,
 * namespace, name, what changed), then their unified diffs in one collapsed block.
 */
function objectsSection(objects, diffs = true) {
    if (objects.length === 0)
        return '';
    const rows = objects.map((o) => [
        `${STATUS_ICON[o.status]} ${o.status}`,
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(o.kind),
        o.namespace ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(o.namespace) : '_(cluster-scoped)_',
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(o.name),
        objectChanges(o),
    ]);
    const patch = objects.map((o) => o.unified).filter(Boolean);
    const body = [
        `**Other objects** (${countStatuses(objects)}):`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', 'kind', 'namespace', 'name', 'changes'], rows),
        diffs && patch.length > 0
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`diff of ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(patch.length, 'object')}`, (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(patch.join('\n'), 'diff'))
            : '',
    ];
    return body.filter(Boolean).join('\n\n');
}
/** `1 modified` for Applications, `; other objects: 1 removed` after them. */
function entryCounts(apps, objects) {
    return [countStatuses(apps), objects.length > 0 ? `other objects: ${countStatuses(objects)}` : '']
        .filter(Boolean)
        .join('; ');
}
function clusterHeading(c) {
    const what = c.status === 'unknown' ? 'could not be compared' : entryCounts(c.apps, c.objects) || 'no change';
    return `<b>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(c.name)}</b> (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(c.env ?? 'no environment')}): ${what}`;
}
/** A cluster's entries as sections: one collapsible block per changed Application, then the objects table. */
function entrySections(c) {
    return [...c.apps.map((a) => appSection(a)), objectsSection(c.objects)].filter(Boolean);
}
/** One cluster's section: what it could not compare, then its entries (entrySections). */
function clusterSection(c, entries = entrySections(c)) {
    const errors = c.errors.map((e) => `> ❓ ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e)}`).join('\n');
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(clusterHeading(c), [errors, ...entries].filter(Boolean).join('\n\n'));
}
/** Title, verdict, what could not be compared, notes, risks, summary table: what the first comment always keeps. */
function diffHeader(report) {
    const lines = [
        DIFF_MARKER,
        `## gitops-promotion diff \`${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .F)(report.base.sha)}\` → \`${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_4__/* .shortSha */ .F)(report.head.sha)}\``,
        '',
        verdict(report),
    ];
    const unknown = notCompared(report);
    if (unknown.length > 0) {
        const shown = unknown.slice(0, NOT_COMPARED_SHOWN).map((u) => `- ${u}`);
        const more = unknown.length - shown.length;
        lines.push('', '**Not compared:**', '', ...shown);
        if (more > 0)
            lines.push(`- … and ${more} more (see the clusters below)`);
    }
    if (report.notes.length > 0)
        lines.push('', ...report.notes.map((n) => `> ℹ️ ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(n)}`));
    if (report.risks.length > 0) {
        lines.push('', '### ⚠️ Risks', '');
        for (const r of report.risks) {
            const where = [r.cluster && `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.cluster)}**`, r.application && (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.application)]
                .filter(Boolean)
                .join(' ');
            lines.push(`- ${RISK_ICON[r.kind]} ${where ? `${where}: ` : ''}${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.message)}`);
        }
    }
    lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['cluster', 'env', 'added', 'removed', 'modified', 'risk'], report.clusters.map((c) => {
        const risk = report.risks.filter((r) => r.cluster === c.name).map((r) => RISK_ICON[r.kind]);
        const counts = c.status === 'unchanged'
            ? ['', '', '']
            : [c.counts.added, c.counts.removed, c.counts.modified].map(String);
        const label = c.status === 'unchanged' ? ' (unchanged)' : c.status === 'unknown' ? ' (unknown) ❓' : '';
        return [
            `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.name)}${label}`,
            (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.env ?? '—'),
            ...counts,
            [...new Set(risk)].join(' ') || '—',
        ];
    })));
    const notes = [];
    if (report.ignored.total > 0) {
        const by = Object.entries(report.ignored.byRule)
            .map(([rule, n]) => `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rule)}: ${n}`)
            .join(', ');
        notes.push(`${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(report.ignored.total, 'change')} ignored by \`diff.ignore\` (${by}).`);
    }
    const s = report.stats;
    notes.push(`helm template ran ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(s.clustersRendered, 'time')} for clusters (every cluster at head, for validation) and ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(s.chartsRendered, 'time')} for charts; ` +
        `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(s.clustersSkipped, 'cluster')} and ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(s.chartsSkipped, 'chart')} were proven unchanged from git object ids.`);
    lines.push('', ...notes.map((n) => `<sub>${n}</sub>`));
    return lines.join('\n');
}
/**
 * The verdict of a complete report without changes, saying how it is known: "No changes" only when
 * something was rendered at both refs and compared equal, never when nothing rendered.
 */
function unchangedVerdict(report) {
    const all = (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(report.clusters.length, 'cluster');
    const rendered = report.clusters.filter((c) => c.compared !== null);
    if (report.clusters.length === 0)
        return { head: 'Nothing compared', rest: ': no cluster.' };
    if (rendered.length === 0)
        return { head: 'No render input changed', rest: ` in ${all}: the same git object ids at both refs.` };
    const empty = rendered.filter((c) => c.compared === 0).map((c) => `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.name)}**`);
    const objects = rendered.reduce((n, c) => n + (c.compared ?? 0), 0);
    const proven = report.clusters.length - rendered.length;
    if (objects === 0)
        return {
            head: 'Nothing rendered',
            rest: `: ${empty.join(', ')} render${empty.length === 1 ? 's' : ''} no object at either ref, so no change can be shown` +
                `${proven > 0 ? `; the other ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(proven, 'cluster')} were proven unchanged from git object ids` : ''}.`,
        };
    const nothing = empty.length > 0
        ? ` ${empty.join(', ')} render${empty.length === 1 ? 's' : ''} no object at either ref.`
        : '';
    return {
        head: 'No changes',
        rest: ` in ${all}: ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(objects, 'object')} of ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(rendered.length, 'cluster')} rendered at both refs compared equal` +
            `${proven > 0 ? `, ${proven} proven unchanged from git object ids` : ''}.${nothing}`,
    };
}
const NOT_COMPARED_SHOWN = 10;
const NOT_COMPARED_CHARS = 300;
/** The verdict line: incomplete, what changes, failing validation, or how "no change" is known. */
function verdict(report) {
    const changed = report.clusters.filter((c) => report.changedClusters.includes(c.name));
    const total = (0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(report.clusters.length, 'cluster');
    const errors = report.validation.errors;
    const validation = report.validation.unknown
        ? `❓ validation at head: unknown (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(report.validation.unknown)})`
        : errors > 0
            ? `❌ validation at head: ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(errors, 'error')}`
            : `✅ validation at head: no errors`;
    const unknown = report.clusters.filter((c) => c.errors.length > 0);
    if (!report.complete && report.errors.length > 0) {
        const more = [
            unknown.length > 0 ? ` ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(unknown.length, 'cluster')} could not be compared either.` : '',
            changed.length > 0 ? ` ${changed.length} of ${total} change.` : '',
        ].join('');
        return `**Incomplete**: ${report.errors.map(_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn).join('; ')}.${more} ${validation}.`;
    }
    if (!report.complete) {
        const names = unknown.map((c) => `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.name)}**`).join(', ');
        return (`**Incomplete**: ${unknown.length} of ${total} could not be fully compared (${names}); ` +
            `${changed.length > 0 ? `${changed.length} changed` : 'no change is proven'}. ${validation}.`);
    }
    if (changed.length > 0) {
        const apps = changed.flatMap((c) => c.apps);
        const objects = changed.flatMap((c) => c.objects);
        const what = [
            apps.length > 0 ? `${countStatuses(apps)} Applications` : '',
            objects.length > 0 ? `${countStatuses(objects)} other objects` : '',
        ]
            .filter(Boolean)
            .join('; ');
        return `**${changed.length} of ${total} change**: ${what || 'clusters added or removed'}. ${validation}.`;
    }
    const same = unchangedVerdict(report);
    // Never "No changes" while validate at head fails (an error from before the change is still one).
    if (errors > 0)
        return `❌ **Validation at head fails** (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .L)(errors, 'error')}); ${same.head.toLowerCase()}${same.rest}`;
    return `**${same.head}**${same.rest} ${validation}.`;
}
/** What each cluster could not compare, one line each (the report's own reasons are in the verdict). */
function notCompared(report) {
    const line = (text) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(text.length > NOT_COMPARED_CHARS ? `${text.slice(0, NOT_COMPARED_CHARS - 1)}…` : text);
    return report.clusters.flatMap((c) => c.errors.map((e) => `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.name)}**: ${line(e)}`));
}
/** The complete report as one markdown document (job summary, artifact). */
function renderDiffMarkdown(report) {
    const sections = report.clusters
        .filter((c) => (0,_diff_model_js__WEBPACK_IMPORTED_MODULE_5__/* .hasEntries */ .T)(c) || c.errors.length > 0)
        .map((c) => clusterSection(c));
    return [diffHeader(report), ...sections].join('\n\n') + '\n';
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ pullLink),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   wn: () => (/* binding */ commitLink),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _util_short_sha_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3489);


/** A GFM table; header and rows are markdown already escaped for a cell (see markdown-escape.ts). */
function table(header, rows) {
    const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
    for (const row of rows)
        lines.push(`| ${row.join(' | ')} |`);
    return lines.join('\n');
}
/** A collapsible block; `summary` is HTML already escaped (htmlText, htmlCode), `body` markdown. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A commit as a short sha, linked to the repository's web page of it when its URL is known. */
function commitLink(sha, repoUrl) {
    return repoUrl ? `[\`${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(sha)}\`](${repoUrl}/commit/${sha})` : `\`${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .F)(sha)}\``;
}
/** A pull request number, linked when the repository's URL is known; '' for none. */
function pullLink(n, repoUrl) {
    return n === null ? '' : repoUrl ? `[#${n}](${repoUrl}/pull/${n})` : `#${n}`;
}


/***/ })

};
