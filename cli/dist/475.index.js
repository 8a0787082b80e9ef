export const id = 475;
export const ids = [475];
export const modules = {

/***/ 1326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dv: () => (/* binding */ followNested),
  nW: () => (/* binding */ prefetchFirstLevels)
});

// UNUSED EXPORTS: MAX_NESTED_DEPTH, rendersApplications

// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/applications.ts
var applications = __webpack_require__(917);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/gitops/cluster-values.ts
var cluster_values = __webpack_require__(1253);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/set-parameters.ts
var set_parameters = __webpack_require__(4805);
// EXTERNAL MODULE: ./src/gitops/values-merge.ts
var values_merge = __webpack_require__(3453);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/gitops/level-values.ts






/**
 * The values a nested app-of-apps level renders with, merged as helm does (its chart's values.yaml,
 * its value files, its inline values, then its parameters), each value at the line that set it. What
 * the parent Application writes (inline values, parameters) has no line of its own: `at`, the
 * parent's template line.
 */
function recipeValues(files, recipe, at) {
    const sources = [];
    const take = (rel) => sources.push((0,cluster_values/* valuesRoot */.hn)(files.readYaml(rel)));
    const own = (0,repo_files/* repoJoin */.pg)(recipe.chart, 'values.yaml');
    if (files.isFile(own))
        take(own);
    for (const v of recipe.valueFiles)
        if (v.kind === 'file')
            take(v.file);
    if (recipe.inline)
        sources.push((0,vnode/* fromJson */.Rf)(recipe.inline.object ?? inlineObject(recipe.inline.text), at));
    const merged = (0,values_merge/* mergeValues */.D)(sources);
    if (!merged || (recipe.parameters.length === 0 && recipe.fileParameters.length === 0))
        return merged;
    const fileValues = recipe.fileParameters.map((p) => ({ name: p.name, text: files.text(p.file) ?? '' }));
    return (0,set_parameters/* applyParameters */.H8)(merged, recipe.parameters, at, fileValues);
}
function inlineObject(text) {
    try {
        return (0,dist/* parse */.qg)(text) ?? null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/gitops/locate.ts
var locate = __webpack_require__(3256);
// EXTERNAL MODULE: ./src/gitops/objects.ts
var objects = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/diff/deep.ts + 1 modules
var deep = __webpack_require__(6286);
;// CONCATENATED MODULE: ./src/commands/nested-levels.ts







/**
 * Applications that are themselves app-of-apps: an Application of a cluster whose in-repo chart
 * renders Applications is a nested level, as Argo CD sees it. Its Applications (and every other
 * object it renders) are the cluster's, and each is followed in turn, to any depth. A level is
 * identified by (chart, Application name), as the tree Argo CD builds: one seen again is not
 * followed again (a cycle is said); each chart renders once per recipe (ChartRenders).
 */
/** Levels deeper than this are not followed (names that grow with each level never repeat). */
const MAX_NESTED_DEPTH = 10;
/**
 * Follows the Applications of a cluster's app-of-apps render (`top`) into every nested level. Sets
 * `nested` on each Application whose chart is one (rendered, or why not).
 */
async function followNested(ctx, top) {
    const out = { apps: [], objects: [], findings: [] };
    const seen = new Set();
    let frontier = [...top];
    for (let depth = 1; frontier.length > 0; depth++) {
        const candidates = frontier.flatMap((app) => {
            const recipe = levelRecipe(ctx, app);
            if (!recipe)
                return [];
            const id = `${recipe.chart}|${app.name}`;
            if (seen.has(id))
                return [];
            seen.add(id);
            return [{ app, recipe }];
        });
        const renders = await Promise.all(candidates.map(({ recipe }) => depth > MAX_NESTED_DEPTH ? null : ctx.charts.render(ctx.files, recipe, ctx.render)));
        frontier = [];
        candidates.forEach(({ app, recipe }, i) => {
            const r = renders[i];
            if (!r)
                return void out.findings.push(tooDeep(ctx, app, recipe));
            if (!r.ok)
                return void out.findings.push(failedLevel(ctx, app, recipe, r));
            const level = nextLevel(ctx, app, recipe, r, seen, out);
            frontier.push(...level);
        });
    }
    return out;
}
/**
 * Starts the renders of the first nested level of many clusters of one tree at once (helm renders
 * several of one chart in one process where that is exact): followNested then finds them rendered.
 */
async function prefetchFirstLevels(clusters, concurrency) {
    const first = clusters[0]?.ctx;
    if (!first)
        return;
    const recipes = clusters.flatMap(({ ctx, top }) => top.flatMap((app) => levelRecipe(ctx, app) ?? []));
    await first.charts.prefetch(first.files, recipes, first.render, concurrency);
}
/** The recipe of an Application's in-repo chart when that chart may render Applications. */
function levelRecipe(ctx, app) {
    const r = (0,deep/* componentRecipe */.qF)(app.object, ctx.files, ctx.repoURL, app.cluster.controlPlaneNamespace);
    if (!r || !('recipe' in r))
        return null;
    return rendersApplications(ctx.files, r.recipe.chart) ? r.recipe : null;
}
/**
 * Whether a chart's own files may write an Application (`Application` as a word in a template or a
 * vendored subchart): only those are rendered to find out, a chart that never names the kind is a component.
 * What cannot be read as text (a packed `.tgz` subchart) or is too large to scan may: it is rendered.
 */
function rendersApplications(files, chart) {
    const walk = (dir, budget) => {
        for (const name of files.list(dir)) {
            const rel = (0,repo_files/* repoJoin */.pg)(dir, name);
            if (budget.files-- <= 0)
                return true;
            if (files.isDirectory(rel)) {
                if (walk(rel, budget))
                    return true;
            }
            else if (/\.(tgz|tar\.gz)$/i.test(name) || /\bApplication\b/.test(files.text(rel) ?? ''))
                return true;
        }
        return false;
    };
    const budget = { files: 2000 };
    return ['templates', 'charts'].some((d) => walk((0,repo_files/* repoJoin */.pg)(chart, d), budget));
}
/**
 * The objects of a rendered level: when it holds Applications, they are the cluster's (the parent
 * marked `nested`); the ones to follow next are returned. An Application that is one of its own
 * ancestors (the same chart and name) is a cycle: said, and not listed twice.
 */
function nextLevel(ctx, parent, recipe, r, seen, out) {
    const level = {
        parent: parent.name,
        ancestors: [...(parent.level?.ancestors ?? []), parent.name],
        chart: recipe.chart,
        values: null,
    };
    const origin = { chart: recipe.chart, namespace: recipe.destinationNamespace, level };
    const apps = (0,applications/* collectApps */.RG)(ctx.cluster, r.manifests, origin);
    // A chart that renders no Application is a component: deep mode compares what it renders.
    if (apps.length === 0)
        return [];
    parent.nested = { state: 'rendered', chart: recipe.chart };
    const at = new locate/* Locator */.hO(ctx.files, new Map()).template(parent, ['spec', 'source', 'helm']);
    level.values = recipeValues(ctx.files, recipe, at);
    const cycles = new Set();
    for (const app of apps) {
        const chart = levelRecipe(ctx, app)?.chart;
        if (!chart || !level.ancestors.includes(app.name) || !seen.has(`${chart}|${app.name}`))
            continue;
        cycles.add(`${app.namespace}/${app.name}`);
        out.findings.push(cycleFinding(ctx, app, level));
    }
    const kept = apps.filter((a) => !cycles.has(`${a.namespace}/${a.name}`));
    out.apps.push(...kept);
    out.objects.push(...(0,objects/* collectObjects */.Xg)(ctx.cluster, r.manifests, origin).filter((o) => !(o.kind === 'Application' && cycles.has(`${o.namespace}/${o.name}`))));
    return kept;
}
function cycleFinding(ctx, app, level) {
    const path = [...level.ancestors.slice(level.ancestors.indexOf(app.name)), app.name].join(' → ');
    return {
        ...(0,findings/* finding */.gk)('warning', 'app-of-apps-nested', `nested app-of-apps cycle: ${path} (chart ${level.chart} renders Application ${app.name}, which renders it): not followed again`, new locate/* Locator */.hO(ctx.files, new Map()).template(app, ['metadata', 'name']), ctx.cluster.name),
        subject: app.name,
    };
}
function tooDeep(ctx, app, recipe) {
    const reason = `nested more than ${MAX_NESTED_DEPTH} app-of-apps levels deep: not followed`;
    app.nested = { state: 'failed', chart: recipe.chart, failure: 'unavailable', reason };
    const at = new locate/* Locator */.hO(ctx.files, new Map()).template(app, ['spec', 'source', 'path']);
    return {
        ...(0,findings/* finding */.gk)('warning', 'app-of-apps-nested', `${app.name} (chart ${recipe.chart}) is ${reason}`, at, ctx.cluster.name),
        subject: app.name,
    };
}
/**
 * A level that does not render: an error where helm says (the nested chart's template line), else at
 * the template that writes the Application's source path; a warning when this run could not render it.
 */
function failedLevel(ctx, app, recipe, r) {
    app.nested = { state: 'failed', chart: recipe.chart, failure: r.failure, reason: r.reason };
    const at = helmErrorAt(ctx.files, recipe.chart, r.reason) ??
        new locate/* Locator */.hO(ctx.files, new Map()).template(app, ['spec', 'source', 'path']);
    const message = `nested app-of-apps ${app.name} (chart ${recipe.chart}) does not render: ${r.reason}`;
    const f = r.failure === 'broken'
        ? (0,findings/* finding */.gk)('error', r.rule, message, at, ctx.cluster.name)
        : (0,findings/* finding */.gk)('warning', 'app-of-apps-nested', `${message}; its Applications are not checked`, at, ctx.cluster.name);
    return { ...f, subject: app.name };
}
/** The template line of a chart that helm's message names (`<chart>/templates/x.yaml:12:3`), if it is a file. */
function helmErrorAt(files, chart, message) {
    for (const m of message.matchAll(/([\w.-]+)\/((?:charts\/[\w.-]+\/)*templates\/[^\s:()]+):(\d+)(?::(\d+))?/g)) {
        const file = (0,repo_files/* repoJoin */.pg)(chart, m[2]);
        if (files.isFile(file))
            return { file, line: Number(m[3]), column: Number(m[4] ?? 1) };
    }
    return null;
}


/***/ }),

/***/ 4406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRepoFacts)
/* harmony export */ });
/* harmony import */ var _git_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8568);
/* harmony import */ var _gitops_repo_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5096);
/* harmony import */ var _gitops_repo_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8734);



const REMOTE = 'origin';
/**
 * What the repository at `git`'s directory says of itself: `origin/HEAD`, which of main/master exist, the origin
 * URL (credentials stripped). Only for the top of a repository: a directory inside another one (the
 * examples of a project) would otherwise take that project's facts. `eventDefaultBranch` is the
 * GitHub event's, read by the action.
 */
async function readRepoFacts(git, eventDefaultBranch) {
    const event = eventDefaultBranch && !(0,_git_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .branchProblem */ .MT)(eventDefaultBranch) ? eventDefaultBranch : null;
    if ((await git.tryLocation()) !== 'top-level')
        return { ..._gitops_repo_context_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_FACTS */ .Kj, eventDefaultBranch: event };
    const [originHead, mainOrMaster, url] = await Promise.all([
        git.tryRemoteHead(REMOTE),
        git.tryBranchesNamed(['main', 'master']),
        git.tryRemoteUrl(REMOTE),
    ]);
    return { originHead, eventDefaultBranch: event, mainOrMaster, originURL: remoteURL(url) };
}
/** A remote URL as a repoURL to compare with: normalized (no credentials), or null for a local path. */
function remoteURL(url) {
    if (!url || url.startsWith('/') || url.startsWith('.') || /^file:/i.test(url))
        return null;
    // Neither a query nor a fragment names a repository; either could carry a token.
    const normalized = (0,_gitops_repo_url_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoURL */ .l)(url.replace(/[?#].*$/s, ''));
    return /^https:\/\/[^/]+\/./.test(normalized) ? normalized : null;
}


/***/ }),

/***/ 9028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ discover),
/* harmony export */   o: () => (/* binding */ selectClusters)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _gitops_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2189);
/* harmony import */ var _gitops_repo_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5096);
/* harmony import */ var _gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1056);
/* harmony import */ var _gitops_topology_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8154);
/* harmony import */ var _repo_facts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4406);







/** Reads the config, the files and the topology of `repoDir`. */
async function discover(options) {
    (0,_gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDirectory */ .T)(options.repoDir);
    (0,_gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseSymlinksOut */ .ve)(options.repoDir);
    const config = (0,_gitops_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(options.repoDir, options.configFile);
    const revision = options.revision ?? (await headRevision(options.git, options.repoDir));
    const files = new _gitops_repo_files_js__WEBPACK_IMPORTED_MODULE_4__/* .RepoFiles */ .op(options.repoDir, config.limits, undefined, undefined, revision);
    const facts = await (0,_repo_facts_js__WEBPACK_IMPORTED_MODULE_6__/* .readRepoFacts */ .I)(options.git, options.eventDefaultBranch);
    const topology = (0,_gitops_topology_js__WEBPACK_IMPORTED_MODULE_5__/* .discoverTopology */ .HC)(files, config, (0,_gitops_repo_context_js__WEBPACK_IMPORTED_MODULE_3__/* .repoContext */ .u0)(config, facts));
    return selectClusters({ files, config, topology }, options.clusters, options.logger);
}
/** The discovery of a tree already read (diff has its trees): the clusters to check, and what is said of them. */
function selectClusters(tree, only, logger) {
    const { files, config, topology: all } = tree;
    const topology = only ? { ...all, clusters: all.clusters.filter((c) => only.includes(c.name)) } : all;
    const findings = [...topology.findings];
    if (all.clusters.length === 0) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('error', 'bootstrap-invalid', `no clusters found: no bootstrap Application matches ${config.bootstrapGlob} and the config declares no clusters`, config.file ? { file: config.file, line: 1, column: 1 } : null));
    }
    logger.info(`Found ${topology.clusters.length} clusters: ${topology.clusters.map((c) => c.name).join(', ')}`);
    return { files, config, all, topology, partial: only !== undefined, findings };
}
/**
 * The sha of HEAD when `dir` is the repository's directory, else '' (an exported tree or a copy),
 * and '' when it is in no repository or git is not there.
 */
async function headRevision(git, dir) {
    if (git.dir !== dir)
        return '';
    try {
        return (await git.tryRevParse('HEAD')) ?? '';
    }
    catch (e) {
        // Not in a repository, or git is not there.
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return '';
        throw e;
    }
}


/***/ }),

/***/ 2677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ renderClusters)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/applications.ts
var applications = __webpack_require__(917);
// EXTERNAL MODULE: ./src/gitops/cluster-values.ts
var cluster_values = __webpack_require__(1253);
// EXTERNAL MODULE: ./src/gitops/objects.ts
var objects = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/gitops/render-set.ts
var render_set = __webpack_require__(7531);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./schemas/app-of-apps.values.schema.json
var app_of_apps_values_schema = __webpack_require__(9826);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gitops/json-schema.ts + 4 modules
var json_schema = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/template-paths.ts
var template_paths = __webpack_require__(7189);
;// CONCATENATED MODULE: ./src/gitops/template-reads.ts


/** At most this many template files are read, each up to this size: the scan is a hint, not a parser. */
const MAX_FILES = 2000;
const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Scans what reads a chart's values: its templates (`<chart>/templates/**`, helpers included), the
 * templates of the subcharts vendored as directories (a library chart reads the parent's values), and
 * the values files beside Chart.yaml (a string rendered with `tpl` reads values too).
 */
function templateReads(files, chart) {
    const names = new Set();
    const wholePaths = new Set();
    const subcharts = files
        .list((0,repo_files/* repoJoin */.pg)(chart, 'charts'))
        .map((name) => (0,repo_files/* repoJoin */.pg)(chart, `charts/${name}/templates`))
        .filter((dir) => files.isDirectory(dir));
    const valuesFiles = files
        .list(chart)
        .filter((name) => /\.ya?ml$/.test(name) && name !== 'Chart.yaml')
        .map((name) => (0,repo_files/* repoJoin */.pg)(chart, name));
    const own = templateFiles(files, [(0,repo_files/* repoJoin */.pg)(chart, 'templates'), ...subcharts]);
    for (const file of [...own, ...valuesFiles]) {
        const text = files.text(file);
        if (text !== null && text.length <= MAX_FILE_BYTES)
            scanTemplate(text, names, wholePaths);
    }
    return { names, wholePaths };
}
function templateFiles(files, dirs) {
    const out = [];
    const pending = [...dirs];
    while (pending.length > 0 && out.length < MAX_FILES) {
        const current = pending.shift();
        for (const name of files.list(current)) {
            const rel = (0,repo_files/* repoJoin */.pg)(current, name);
            if (files.isDirectory(rel))
                pending.push(rel);
            else if (files.isFile(rel) && out.length < MAX_FILES)
                out.push(rel);
        }
    }
    return out;
}
const FIELD = /\.([A-Za-z_][A-Za-z0-9_]*)/g;
const STRING = /"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g;
// Each written so that no two parts can match the same text: linear time on any template. A path
// may be empty (`.Values` itself: `range $name, $app := .Values` makes every top-level key the user's).
const PATH = String.raw `\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?![A-Za-z0-9_])`;
const DUMPER = String.raw `\b(?:toYaml|toJson|toPrettyJson|toRawJson|tpl)`;
const VALUES_PATH = new RegExp(PATH);
const DUMP = new RegExp(String.raw `${DUMPER}\s*(?:\(\s*)?(?:\$[A-Za-z0-9_]*)?${PATH}`, 'g');
const PIPED = new RegExp(String.raw `${PATH}\s*\|\s*(?:toYaml|toJson|toPrettyJson|toRawJson)\b`, 'g');
const DUMP_DOT = new RegExp(String.raw `${DUMPER}\s*(?:\(\s*)?\.(?![A-Za-z_$])`);
const BLOCK = /^-?\s*(range|with)\b/;
function scanTemplate(text, names, wholePaths) {
    const actions = (0,template_paths/* actions */.o1)(text);
    actions.forEach((action, i) => {
        for (const m of action.matchAll(FIELD))
            names.add(m[1]);
        for (const m of action.matchAll(STRING))
            names.add(m[1] ?? m[2] ?? '');
        for (const m of action.matchAll(DUMP))
            wholePaths.add(m[1].slice(1));
        for (const m of action.matchAll(PIPED))
            wholePaths.add(m[1].slice(1));
        const block = BLOCK.exec(action)?.[1];
        if (!block)
            return;
        const first = VALUES_PATH.exec(action);
        if (!first)
            return;
        // `range` iterates the user's keys; `with` then `toYaml .` writes the block out as it is.
        const dumped = block === 'range' || actions.slice(i + 1, i + 4).some((a) => DUMP_DOT.test(a));
        if (dumped)
            wholePaths.add(first[1].slice(1));
    });
}

;// CONCATENATED MODULE: ./src/gitops/closest-key.ts
/**
 * The key among `candidates` a mistyped `key` most likely meant: one that differs only in case or
 * separators (`cert-manager`, `cert_manager`, `CertManager` for `certManager`), else the nearest by
 * edit distance (a letter left out, added, changed or two swapped), within a distance that grows with
 * the key's length. Null when none is close enough. Ties go to the first candidate.
 */
function closestKey(key, candidates) {
    if (key.length > MAX_LENGTH)
        return null;
    const folded = fold(key);
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === key || candidate.length > MAX_LENGTH)
            continue;
        if (fold(candidate) === folded)
            return candidate;
        const limit = allowed(Math.max(key.length, candidate.length));
        if (Math.abs(candidate.length - key.length) > limit)
            continue;
        const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), limit);
        if (d <= limit && d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** Keys longer than this are nobody's typo of a key; they are not compared (the distance is quadratic). */
const MAX_LENGTH = 100;
function fold(key) {
    return key.toLowerCase().replace(/[-_.\s]/g, '');
}
/** 1 edit for keys up to 4 characters, 2 up to 8, then 3. */
function allowed(length) {
    return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}
/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early once
 * every cell of a row exceeds `limit`. Keys are short; the cost is bounded by their lengths.
 */
function editDistance(a, b, limit) {
    let prev2 = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, prev2[j - 2] + 1);
            row.push(d);
            rowMin = Math.min(rowMin, d);
        }
        if (rowMin > limit)
            return rowMin;
        prev2 = prev;
        prev = row;
    }
    return prev[b.length];
}

// EXTERNAL MODULE: ./src/gitops/set-parameters.ts
var set_parameters = __webpack_require__(4805);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/gitops/values-shape.ts




/**
 * Map keys whose values are the user's own by convention (annotations, labels, selectors, environment
 * variables, config data, a nested chart's values), whatever the base happens to list as examples.
 */
const FREE_NAME = /(annotations|labels|selector|env|envvars|environment|args|data|values)$/i;
/**
 * Infers the shape of a chart's values from its values.yaml. `freeRoots` are top-level keys that
 * belong to someone else (`global`, the chart's dependencies).
 */
function inferShape(base, file, reads, freeRoots) {
    const root = shapeOf(base, [], reads, freeRoots);
    // `global` and a dependency's block may be set whether the base mentions them or not.
    if (root.kind === 'map')
        for (const k of freeRoots)
            if (!root.entries.has(k))
                root.entries.set(k, { kind: 'free' });
    return { file, root, reads };
}
function shapeOf(node, path, reads, freeRoots) {
    const line = (node.keyPos ?? node.pos).line;
    if (node.kind === 'seq')
        return { kind: 'list', line };
    if (node.kind === 'scalar') {
        if (node.value === null)
            return { kind: 'free', line };
        return { kind: 'scalar', line, type: scalarType(node.value) };
    }
    if (isFreeForm(node.entries, path, reads))
        return { kind: 'free', line };
    const entries = new Map();
    for (const [k, v] of node.entries) {
        entries.set(k, path.length === 0 && freeRoots.has(k)
            ? { kind: 'free', line: (v.keyPos ?? v.pos).line }
            : shapeOf(v, [...path, k], reads, freeRoots));
    }
    return { kind: 'map', line, entries };
}
function isFreeForm(entries, path, reads) {
    if (entries.size === 0)
        return true;
    if (path.length > 0 && FREE_NAME.test(path.at(-1)))
        return true;
    if (reads.wholePaths.has(path.join('.')))
        return true;
    // `argocd.argoproj.io/sync-wave`, `app.kubernetes.io/name`: a map of names, not of fields.
    for (const k of entries.keys())
        if (/[./]/.test(k))
            return true;
    return false;
}
function scalarType(value) {
    return typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : 'number';
}
/**
 * Compares one values file (or inline values) with the shape: a key the base does not have and no
 * template reads, and a value of another kind than the base's (a map where the base has a string, a
 * string where it has a boolean…), are warnings at the value, naming the base's line. A `null` removes
 * a key (Helm's way), whatever the base says.
 */
function compareWithShape(shape, root, cluster = null) {
    const out = [];
    walk(shape, shape.root, root, [], (at, message) => out.push((0,src_findings/* finding */.gk)('warning', 'values-shape', message, at, cluster)));
    return out;
}
function walk(shape, expected, node, path, report) {
    if (node.kind === 'scalar' && node.value === null)
        return;
    if (expected.kind === 'free')
        return;
    const mismatch = kindMismatch(shape, expected, node);
    if (mismatch) {
        report(node.pos, `${(0,vnode/* pathToString */.uj)(path) || '(root)'} is ${mismatch}`);
        return;
    }
    if (expected.kind !== 'map' || node.kind !== 'map')
        return;
    for (const [key, value] of node.entries) {
        if (value.kind === 'scalar' && value.value === null)
            continue;
        const child = expected.entries.get(key);
        if (child)
            walk(shape, child, value, [...path, key], report);
        else {
            const unknown = unknownKey(shape, expected, path, key);
            if (unknown)
                report(value.keyPos ?? value.pos, unknown);
        }
    }
}
/** `a string here, but a map in <base>:<line>`, or null when the kinds agree. */
function kindMismatch(shape, expected, node) {
    const got = node.kind === 'map' ? 'map' : node.kind === 'seq' ? 'list' : scalarType(node.value);
    const want = expected.kind === 'scalar' ? expected.type : expected.kind;
    const agree = expected.kind === 'scalar'
        ? node.kind === 'scalar' && !(want === 'boolean' && got === 'string')
        : got === want;
    return agree ? null : differs(shape, got, expected);
}
/** `a string here, but a map in <base>:<line>`. */
function differs(shape, got, expected) {
    const want = expected.kind === 'scalar' ? expected.type : expected.kind;
    return `a ${got} here, but a ${want} in ${shape.file}:${expected.line}`;
}
/**
 * The message for a key the base map does not have, or null when a template reads a field of that
 * name (an optional key the base leaves out), with the closest base key as a suggestion.
 */
function unknownKey(shape, parent, path, key) {
    if (shape.reads.names.has(key))
        return null;
    const name = (0,vnode/* pathToString */.uj)([...path, key]);
    const suggestion = closestKey(key, parent.entries.keys());
    const suggested = suggestion ? parent.entries.get(suggestion) : undefined;
    const where = path.length === 0 ? shape.file : `${(0,vnode/* pathToString */.uj)(path)} in ${shape.file}:${parent.line}`;
    const line = suggested?.line ? `:${suggested.line}` : '';
    return suggestion
        ? `${name} is not a key of ${where} and no template reads it: did you mean \`${suggestion}\` (${shape.file}${line})?`
        : `${name} is not a key of ${where} and no template reads it`;
}
/**
 * Checks a `--set` parameter (Argo CD `helm.parameters`) against the shape, at the line that sets it:
 * each name segment must be a key of the base (or under a free value), an index must land on a list
 * (its elements are not checked), and the value must be of the base's kind.
 */
function checkParameter(shape, p, at, cluster) {
    let segments;
    try {
        segments = (0,set_parameters/* parseName */.$q)(p.name);
    }
    catch {
        return []; // a name helm cannot read is helm-argument's finding
    }
    const out = [];
    const report = (message) => out.push((0,src_findings/* finding */.gk)('warning', 'values-shape', `parameter ${p.name}: ${message}`, at, cluster));
    let expected = shape.root;
    const path = [];
    for (const segment of segments) {
        if (expected.kind === 'free')
            return out;
        if ('index' in segment) {
            if (expected.kind !== 'list')
                report(`${(0,vnode/* pathToString */.uj)(path)} is ${differs(shape, 'list', expected)}`);
            return out;
        }
        if (expected.kind !== 'map') {
            report(`${(0,vnode/* pathToString */.uj)(path) || '(root)'} is ${differs(shape, 'map', expected)}`);
            return out;
        }
        const child = expected.entries.get(segment.key);
        if (!child) {
            const unknown = unknownKey(shape, expected, path, segment.key);
            if (unknown)
                report(unknown);
            return out;
        }
        path.push(segment.key);
        expected = child;
    }
    const value = parameterValue(p, at);
    if (expected.kind !== 'free' && value) {
        const mismatch = kindMismatch(shape, expected, value);
        if (mismatch)
            report(`${(0,vnode/* pathToString */.uj)(path)} is ${mismatch}`);
    }
    return out;
}
/**
 * The value helm's strvals makes of a parameter, as far as its kind goes: `{a,b}` a list, `true`/`false` a
 * boolean, an integer a number, `null` nothing (it removes the key), else a string; `forceString` a string.
 */
function parameterValue(p, at) {
    const v = p.value;
    if (p.forceString)
        return { kind: 'scalar', pos: at, value: v };
    if (v === 'null')
        return null;
    if (/^\{.*\}$/s.test(v))
        return { kind: 'seq', pos: at, items: [] };
    if (v === 'true' || v === 'false')
        return { kind: 'scalar', pos: at, value: v === 'true' };
    if (/^-?(0|[1-9]\d*)$/.test(v))
        return { kind: 'scalar', pos: at, value: Number(v) };
    return { kind: 'scalar', pos: at, value: v };
}

;// CONCATENATED MODULE: ./src/gitops/values-schema.ts








/**
 * Picks what a chart's values are checked against (config `valuesSchema`): `auto` (the default) is the
 * chart's own values.schema.json, the one helm enforces, else the shape of the chart's own values.yaml
 * (warnings; nothing when it has none); `builtin` the built-in app-of-apps schema; a repo path that
 * schema; `none` nothing. One instance per run: `cache` is keyed by chart.
 */
function selectValuesCheck(files, config, chart, cache) {
    const setting = config.valuesSchema;
    const own = (0,repo_files/* repoJoin */.pg)(chart, 'values.schema.json');
    const source = setting === 'none' ? null : setting === 'auto' ? (files.isFile(own) ? own : 'shape') : setting;
    const key = source === 'shape' ? `shape\0${chart}` : (source ?? 'none');
    let found = cache.get(key);
    if (!found) {
        found =
            source === null
                ? Promise.resolve({ kind: 'none' })
                : source === 'shape'
                    ? Promise.resolve(chartShape(files, chart))
                    : source === 'builtin'
                        ? Promise.resolve({
                            kind: 'schema',
                            schema: { origin: 'builtin', validate: (0,json_schema/* precompiled */.t8)(app_of_apps_values_schema) },
                        })
                        : readJsonSchema(files, source, source === own ? own : (config.file ?? source)).then((schema) => ({ kind: 'schema', schema }));
        cache.set(key, found);
    }
    return found;
}
/**
 * The shape of a chart's values.yaml, with what its templates read; `global` and the chart's
 * dependencies (their names and aliases) are top-level keys of someone else's values.
 */
function chartShape(files, chart) {
    const file = (0,repo_files/* repoJoin */.pg)(chart, 'values.yaml');
    const base = files.isFile(file) ? (0,cluster_values/* valuesRoot */.hn)(files.readYaml(file)) : null;
    if (!base)
        return { kind: 'none' };
    const freeRoots = new Set(['global', ...dependencyKeys(files, chart)]);
    return { kind: 'shape', shape: inferShape(base, file, templateReads(files, chart), freeRoots) };
}
/** The keys a chart's dependencies take their values from: each one's alias, else its name. */
function dependencyKeys(files, chart) {
    return ['Chart.yaml', 'requirements.yaml'].flatMap((name) => {
        const root = (0,cluster_values/* valuesRoot */.hn)(files.readYaml((0,repo_files/* repoJoin */.pg)(chart, name)));
        const deps = root?.kind === 'map' ? root.entries.get('dependencies') : undefined;
        if (deps?.kind !== 'seq')
            return [];
        return deps.items.flatMap((d) => {
            if (d.kind !== 'map')
                return [];
            return ['alias', 'name'].flatMap((field) => {
                const v = d.entries.get(field);
                return v?.kind === 'scalar' && typeof v.value === 'string' ? [v.value] : [];
            });
        });
    });
}
async function readJsonSchema(files, rel, blame) {
    const text = files.text(rel);
    if (text === null)
        throw new errors/* ConfigurationError */.j1(`values schema not found: ${rel}`, { file: blame });
    try {
        const schema = JSON.parse(text);
        if (!schema || typeof schema !== 'object')
            throw new Error('not a JSON object');
        return { origin: rel, validate: await (0,json_schema/* compileSchema */.Fc)(schema) };
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`values schema ${rel} is not a usable JSON schema: ${e.message}`, {
            file: rel,
        });
    }
}
/**
 * What a values file alone can be held to: its shape (types, unknown keys). Completeness and value
 * constraints (required, pattern, enum, minLength…) belong to the merged values: a base file's
 * placeholder (`server: ""`) is fine as long as every cluster overrides it.
 */
const SHAPE_KEYWORDS = new Set(['type', 'additionalProperties', 'propertyNames', 'additionalItems']);
/**
 * Checks one values file on its own, for shape only. A `null` value in a map is Helm's way of deleting
 * an inherited key, never a value of its own: it is left out here (the merged values hold the result).
 */
function validateValuesFile(schema, root, file) {
    return (0,json_schema/* validateNode */.T2)(schema.validate, withoutNullEntries(root), { file, line: 1, column: 1 })
        .filter((v) => SHAPE_KEYWORDS.has(v.keyword))
        .map((v) => (0,src_findings/* finding */.gk)('error', 'values-schema', v.message, v.pos));
}
/** Checks a cluster's merged values; each error points at the file and line that last set the value. */
function validateMergedValues(schema, merged, cluster, fallbackFile) {
    return (0,json_schema/* validateNode */.T2)(schema.validate, merged, { file: fallbackFile, line: 1, column: 1 }).map((v) => (0,src_findings/* finding */.gk)('error', 'values-schema', v.message, v.pos, cluster));
}
function withoutNullEntries(node) {
    if (node.kind === 'seq')
        return { ...node, items: node.items.map(withoutNullEntries) };
    if (node.kind !== 'map')
        return node;
    const entries = new Map();
    for (const [k, v] of node.entries) {
        if (v.kind === 'scalar' && v.value === null)
            continue;
        entries.set(k, withoutNullEntries(v));
    }
    return { ...node, entries };
}

;// CONCATENATED MODULE: ./src/gitops/values-checks.ts



/**
 * The `values-schema` and `values-shape` findings of every cluster's values: each values file once per
 * chart, the inline values and the `--set` parameters of each cluster, at the line that wrote them.
 */
async function checkClusterValues(files, config, clusters, values) {
    const schema = new SchemaFindings();
    const shape = [];
    const checkedFiles = new Set();
    const once = (origin, file) => {
        const key = `${origin}\0${file}`;
        if (checkedFiles.has(key))
            return false;
        checkedFiles.add(key);
        return true;
    };
    const checks = new Map();
    for (const cluster of clusters) {
        const check = await selectValuesCheck(files, config, cluster.chart, checks);
        const v = values.get(cluster.name);
        if (check.kind === 'schema')
            schema.check(files, check.schema, cluster, v, once);
        else if (check.kind === 'shape')
            shape.push(...againstShape(files, check.shape, cluster, v, once));
    }
    return [...schema.findings(), ...shape];
}
/**
 * A JSON schema's findings: each file alone for shape keywords, then the merged values of each cluster
 * for everything. One problem, one finding: a file's problem that reaches a cluster's merged values is
 * reported there (with its cluster); the file's own check keeps what no merge holds (a value every
 * cluster overrides). A value keeps its position through the merge, so the position says which.
 */
class SchemaFindings {
    perFile = [];
    merged = [];
    flagged = new Set();
    check(files, schema, cluster, v, once) {
        for (const file of v.files) {
            if (!once(schema.origin, file))
                continue;
            const root = (0,cluster_values/* valuesRoot */.hn)(files.readYaml(file));
            if (root)
                for (const finding of validateValuesFile(schema, root, file))
                    this.perFile.push({ origin: schema.origin, finding });
        }
        if (!v.merged || v.broken)
            return;
        const fallback = v.chartValues ?? v.files[0] ?? cluster.chart;
        for (const f of validateMergedValues(schema, v.merged, cluster.name, fallback)) {
            this.merged.push(f);
            this.flagged.add(at(schema.origin, f));
        }
    }
    findings() {
        const alone = this.perFile.filter((p) => !this.flagged.has(at(p.origin, p.finding)));
        return [...alone.map((p) => p.finding), ...this.merged];
    }
}
function at(origin, f) {
    return JSON.stringify([origin, f.file, f.line, f.column]);
}
/** Each values file of the cluster (not the base itself), its inline values and its `--set` parameters. */
function againstShape(files, shape, cluster, v, once) {
    const out = [];
    for (const file of v.valueFiles) {
        if (file === shape.file || !once(`shape:${shape.file}`, file))
            continue;
        const root = (0,cluster_values/* valuesRoot */.hn)(files.readYaml(file));
        if (root)
            out.push(...compareWithShape(shape, root));
    }
    if (v.inline)
        out.push(...compareWithShape(shape, v.inline, cluster.name));
    // The parameters helm gets: each name once, build variables substituted, overrides applied.
    v.recipe.parameters.forEach((p, i) => {
        out.push(...checkParameter(shape, p, v.parameterAt[i] ?? cluster.definedAt, cluster.name));
    });
    return out;
}

// EXTERNAL MODULE: ./src/diff/chart-renders.ts
var chart_renders = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/commands/nested-levels.ts + 1 modules
var nested_levels = __webpack_require__(1326);
;// CONCATENATED MODULE: ./src/commands/validate-render.ts











/** validate's second phase: each cluster's values, its app-of-apps render and its nested levels. */
/** How helm reports values that fail the chart's values.schema.json. */
const HELM_SCHEMA_FAILURE = "values don't meet the specifications of the schema";
/** Renders every cluster of `d` that can render (in parallel), then follows its nested levels. */
async function renderClusters(d, options) {
    const concurrency = options.concurrency ?? external_node_os_default().availableParallelism();
    const values = new Map();
    for (const cluster of d.topology.clusters)
        values.set(cluster.name, (0,cluster_values/* loadClusterValues */.rY)(d.files, cluster));
    const findings = [];
    const renderable = renderableClusters(d, values, findings);
    const renders = await renderWithSchemaChecks(d, renderable, values, findings, options, concurrency);
    const levels = await followLevels(renders, renderable, {
        files: d.files,
        repoURL: d.topology.repoURLs,
        charts: options.charts ?? new chart_renders/* ChartRenders */.w(options.helm),
        render: { dependencyBuild: options.dependencyBuild ?? false, ...renderOptions(d) },
        concurrency,
    });
    return { values, findings, ...collectRenders(renders, levels, renderable, findings, d.findings) };
}
function renderOptions(d) {
    return { kubeVersion: d.config.helm.kubeVersion, apiVersions: d.config.helm.apiVersions };
}
/** The clusters whose chart exists and whose values parse; a missing chart is an error. */
function renderableClusters(d, values, findings) {
    return d.topology.clusters.filter((c) => {
        if (!d.files.isDirectory(c.chart)) {
            findings.push((0,src_findings/* finding */.gk)('error', 'path-missing', `chart path "${c.chart}" of cluster ${c.name} does not exist`, (0,topology/* bootstrapFieldPos */.fw)(c, ['path']) ?? c.definedAt, c.name));
            return false;
        }
        return !values.get(c.name).broken;
    });
}
/**
 * helm template of each cluster (submitted at once: helm renders several in one process where that
 * is exact), and the values schema checks meanwhile. Schema checks are CPU in
 * this process; helm runs in child processes: both at once. A schema the user must fix first is
 * thrown only once no render is still running in the tree.
 */
async function renderWithSchemaChecks(d, renderable, values, findings, { helm, progress }, concurrency) {
    const options = renderOptions(d);
    progress?.add(renderable.length);
    const inputs = renderable.map((cluster) => ({ cluster, values: values.get(cluster.name) }));
    const rendering = (0,render_set/* renderClusterSet */.R)(helm, d.files, inputs, options, concurrency, () => progress?.step());
    const schemaFindings = await checkClusterValues(d.files, d.config, d.topology.clusters, values).catch(async (e) => {
        await rendering.catch(() => undefined);
        throw e;
    });
    findings.push(...schemaFindings);
    return rendering;
}
/**
 * Each rendered cluster's Applications, and what its nested app-of-apps levels add (followNested),
 * the clusters in parallel, every cluster's first level submitted at once; null for a cluster that
 * did not render.
 */
async function followLevels(renders, clusters, ctx) {
    const tops = renders.map((r, i) => {
        const cluster = clusters[i];
        return r.ok ? { ctx: { ...ctx, cluster }, top: (0,applications/* collectApps */.RG)(cluster, r.manifests) } : null;
    });
    await (0,nested_levels/* prefetchFirstLevels */.nW)(tops.flatMap((t) => t ?? []), ctx.concurrency);
    return (0,concurrency/* mapLimit */.s)(tops, ctx.concurrency, async (t) => t ? { apps: t.top, nested: await (0,nested_levels/* followNested */.dv)(t.ctx, t.top) } : null);
}
/**
 * The renders and their levels gathered per cluster, helm's and the levels' findings added to
 * `findings` (helm's schema failure dropped where values-schema, found before, said it).
 */
function collectRenders(renders, levels, renderable, findings, discovered) {
    const out = { apps: [], objects: [] };
    const rendered = new Map();
    const unreadable = new Map();
    const schemaBroken = new Set([...discovered, ...findings]
        .filter((f) => f.rule === 'values-schema')
        .flatMap((f) => (f.cluster ? [f.cluster] : [])));
    renders.forEach((r, i) => {
        // Helm enforcing the chart's values.schema.json says what values-schema already said, with a line.
        if (!(schemaBroken.has(r.cluster) && r.findings.some((f) => f.message.includes(HELM_SCHEMA_FAILURE)))) {
            findings.push(...r.findings);
        }
        const level = levels[i];
        if (!r.ok || !level)
            return;
        if (r.unreadable?.length)
            unreadable.set(r.cluster, r.unreadable);
        findings.push(...level.nested.findings);
        const clusterApps = [...level.apps, ...level.nested.apps];
        rendered.set(r.cluster, clusterApps.length);
        out.apps.push(...clusterApps);
        out.objects.push(...(0,objects/* collectObjects */.Xg)(renderable[i], r.manifests), ...level.nested.objects);
    });
    return { ...out, rendered, unreadable };
}


/***/ }),

/***/ 4119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ ChartRenders)
/* harmony export */ });
/* harmony import */ var _deep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6286);
/* harmony import */ var _util_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1989);


/**
 * The in-repo chart renders of one run (a validate, or both sides of a diff), each chart rendered
 * once per recipe and tree: a nested app-of-apps level and the deep comparison that also needs its
 * render share one `helm template`.
 */
class ChartRenders {
    helm;
    renders = new Map();
    constructor(helm) {
        this.helm = helm;
    }
    render(files, recipe, options) {
        const key = renderKey(files, recipe, options);
        let r = this.renders.get(key);
        if (!r)
            this.renders.set(key, (r = (0,_deep_js__WEBPACK_IMPORTED_MODULE_0__/* .renderComponent */ .Cc)(this.helm, files, recipe, options)));
        return r;
    }
    /**
     * Starts the renders of these recipes not started yet, at once (helm renders several of one chart in
     * one process where that is exact); `render` of one of them then waits for its result. Recipes
     * that need more than one render (a dependency build, a refusal) are left to `render`.
     */
    async prefetch(files, recipes, options, concurrency) {
        const asked = [];
        for (const recipe of recipes) {
            const key = renderKey(files, recipe, options);
            const request = this.renders.has(key) ? null : (0,_deep_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRequest */ .HZ)(files, recipe, options);
            if (!request)
                continue;
            let settle;
            const pending = new Promise((resolve, reject) => (settle = { resolve, reject }));
            pending.catch(() => undefined);
            this.renders.set(key, pending);
            asked.push({ recipe, request, settle });
        }
        if (asked.length === 0)
            return;
        try {
            await this.helm.templateMany(asked.map((a) => a.request), concurrency, (i, r) => asked[i].settle.resolve((0,_deep_js__WEBPACK_IMPORTED_MODULE_0__/* .componentRendered */ .fL)(asked[i].recipe, r)));
        }
        catch (e) {
            for (const a of asked)
                a.settle.reject(e);
            throw e;
        }
    }
}
function renderKey(files, recipe, options) {
    return JSON.stringify([files.root, files.revision, (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(recipe), (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(options)]);
}


/***/ }),

/***/ 6286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qF: () => (/* binding */ componentRecipe),
  fL: () => (/* binding */ componentRendered),
  HZ: () => (/* binding */ componentRequest),
  dc: () => (/* binding */ componentSource),
  S_: () => (/* binding */ planDeep),
  Cc: () => (/* binding */ renderComponent)
});

// UNUSED EXPORTS: dependencyChanges, dependencyRepositories, missingDependencies, recipeFingerprint, renderedResources

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/helm/error-text.ts
var error_text = __webpack_require__(6272);
// EXTERNAL MODULE: ./src/gitops/applications.ts
var applications = __webpack_require__(917);
// EXTERNAL MODULE: ./src/gitops/build-variables.ts
var build_variables = __webpack_require__(2912);
// EXTERNAL MODULE: ./src/gitops/control-plane-namespace.ts
var control_plane_namespace = __webpack_require__(6260);
// EXTERNAL MODULE: ./src/gitops/helm-recipe.ts
var helm_recipe = __webpack_require__(4921);
// EXTERNAL MODULE: ./src/gitops/helm-source.ts
var helm_source = __webpack_require__(4110);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/gitops/source-type.ts


const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function sourceType(source, files, dir) {
    const s = source;
    const named = [
        ...(s.helm != null || (typeof s.chart === 'string' && s.chart !== '') ? ['helm'] : []),
        ...(s.kustomize != null ? ['kustomize'] : []),
        ...(s.directory != null ? ['directory'] : []),
        ...(s.plugin != null ? ['plugin'] : []),
    ];
    if (named.length > 1)
        return { tool: 'invalid', reason: `multiple application sources defined (${named.join(', ')})` };
    if (named[0] === 'plugin') {
        const plugin = s.plugin;
        return { tool: 'plugin', name: typeof plugin?.name === 'string' ? plugin.name : '' };
    }
    if (named[0])
        return { tool: named[0] };
    if (KUSTOMIZATION_FILES.some((f) => files.isFile((0,repo_files/* repoJoin */.pg)(dir, f))))
        return { tool: 'kustomize' };
    if (files.isFile((0,repo_files/* repoJoin */.pg)(dir, 'Chart.yaml')))
        return { tool: 'helm' };
    return { tool: 'directory' };
}
/** Why a source of this type is not rendered offline (null for helm, which is). */
function notRenderedReason(type, dir) {
    switch (type.tool) {
        case 'helm':
            return null;
        case 'kustomize':
            return `kustomize source ${dir} is not rendered`;
        case 'plugin':
            return `${dir} is rendered by the config management plugin ${type.name || '(discovered)'}, which is not run offline`;
        case 'directory':
            return `plain manifests in ${dir} are not rendered`;
        case 'invalid':
            return `${dir}: ${type.reason}: Argo CD refuses to render it`;
    }
}
/** What a kustomization may name as a local file or directory it reads. */
const KUSTOMIZE_PATH_LISTS = [
    'resources',
    'bases',
    'components',
    'crds',
    'transformers',
    'generators',
    'validators',
];
const KUSTOMIZE_MAX_FILES = 200;
/**
 * The repository paths whose change can change what a source Argo CD does not render here deploys:
 * a directory of plain manifests reads itself (jsonnet, which may import any file, reads the whole
 * repository); kustomize reads its directory and every local path its kustomizations name, followed
 * (a path that cannot be followed — outside the repository, unreadable — makes it the whole
 * repository); a config management plugin may read any file of the repository.
 */
function sourceReads(type, files, dir) {
    if (type.tool === 'plugin' || type.tool === 'invalid')
        return ['.'];
    if (type.tool === 'kustomize')
        return kustomizeReads(files, dir);
    const jsonnet = files.list(dir).some((f) => /\.(jsonnet|libsonnet)$/.test(f));
    return jsonnet ? ['.'] : [dir];
}
function kustomizeReads(files, dir) {
    const out = new Set();
    const queue = [dir];
    while (queue.length > 0) {
        const at = queue.shift();
        if (out.has(at))
            continue;
        out.add(at);
        if (out.size > KUSTOMIZE_MAX_FILES)
            return ['.'];
        if (!files.isDirectory(at))
            continue;
        const file = KUSTOMIZATION_FILES.map((f) => (0,repo_files/* repoJoin */.pg)(at, f)).find((f) => files.isFile(f));
        if (!file)
            continue;
        const named = kustomizationPaths(files, file);
        if (named === null)
            return ['.'];
        for (const p of named) {
            if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(p))
                continue;
            const rel = (0,repo_files/* repoJoin */.pg)(at, p);
            if ((0,repo_files/* escapesRepo */.jk)(rel))
                return ['.'];
            queue.push(rel);
        }
    }
    // A directory read holds the files under it: keep only the outermost paths.
    const all = [...out].sort();
    return all.filter((p) => !all.some((q) => q !== p && (q === '.' || p.startsWith(`${q}/`))));
}
/** Every local path a kustomization file names; null when it cannot be read. */
function kustomizationPaths(files, file) {
    const loaded = files.readYaml(file);
    const root = loaded?.documents[0]?.root;
    if (!loaded || loaded.findings.some((f) => f.severity === 'error') || !root)
        return null;
    const k = (0,vnode/* toJson */.aB)(root);
    if (!k || typeof k !== 'object' || Array.isArray(k))
        return null;
    const strings = (v) => Array.isArray(v) ? v.flatMap(strings) : typeof v === 'string' ? [v] : [];
    const fields = (list, keys) => Array.isArray(list)
        ? list.flatMap((e) => typeof e === 'string'
            ? [e]
            : e && typeof e === 'object'
                ? keys.flatMap((x) => strings(e[x]))
                : [])
        : [];
    const o = k;
    return [
        ...KUSTOMIZE_PATH_LISTS.flatMap((key) => strings(o[key])),
        ...strings(o.patchesStrategicMerge).filter((p) => !p.includes('\n')),
        ...fields(o.patches, ['path']),
        ...fields(o.patchesJson6902, ['path']),
        ...fields(o.replacements, ['path']),
        ...fields(o.configMapGenerator, ['files', 'envs', 'env']).map((p) => p.replace(/^[^=]*=/, '')),
        ...fields(o.secretGenerator, ['files', 'envs', 'env']).map((p) => p.replace(/^[^=]*=/, '')),
        ...(o.helmGlobals && typeof o.helmGlobals === 'object'
            ? strings(o.helmGlobals.chartHome)
            : []),
        ...(Array.isArray(o.helmCharts) && o.helmCharts.length > 0 ? ['charts'] : []),
        ...(o.openapi && typeof o.openapi === 'object'
            ? strings(o.openapi.path)
            : []),
    ];
}

// EXTERNAL MODULE: ./src/gitops/manifests.ts
var gitops_manifests = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/gitops/objects.ts
var gitops_objects = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/gitops/render.ts
var render = __webpack_require__(1842);
// EXTERNAL MODULE: ./src/gitops/render-recipe.ts + 2 modules
var render_recipe = __webpack_require__(140);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./src/diff/fingerprint.ts
var fingerprint = __webpack_require__(7139);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
;// CONCATENATED MODULE: ./src/diff/deep.ts

















/**
 * The render recipe of an Application's source as Argo CD would use it at the tree `files` holds,
 * or null when the source is not an in-repo Helm chart (a remote chart, a plain directory, another repo).
 */
function componentRecipe(app, files, repoURL, controlPlane = control_plane_namespace/* DEFAULT_CONTROL_PLANE_NAMESPACE */.N6) {
    if ((0,applications/* appSources */.QG)(app).length > 1)
        return { skip: 'multi-source Application: its sources are not rendered' };
    const own = ownSource(app, repoURL);
    if (!own || !files.isFile((0,repo_files/* repoJoin */.pg)(own.dir, 'Chart.yaml')))
        return null;
    const notHelm = notRenderedReason(sourceType(own.source, files, own.dir), own.dir);
    if (notHelm)
        return { skip: notHelm };
    const { source, dir: chart } = own;
    const recipe = (0,render_recipe/* resolveRecipe */.pS)(files, {
        chart,
        helm: (0,helm_source/* readHelmSource */.ET)(source.helm),
        app: (0,build_variables/* applicationContext */.ob)(app, source, controlPlane),
        refs: {},
    }, files.revision);
    return { recipe };
}
/** An Application's single source when it is a path of this repository (`repoURL` normalized), and that path. */
function ownSource(app, repoURL) {
    const sources = (0,applications/* appSources */.QG)(app);
    if (sources.length !== 1 || !repoURL)
        return null;
    const source = sources[0].source;
    if (!(0,topology/* isOwnRepoURL */.Ed)(source.repoURL, repoURL))
        return null;
    if (typeof source.path !== 'string')
        return null;
    return { source, dir: (0,repo_files/* repoJoin */.pg)('.', source.path) };
}
/**
 * Identity of a component render: its inputs' blob ids (the chart, its value and file-parameter files,
 * its `.argocd-source*.yaml`, and the charts of its `file://` dependencies inside the repository,
 * which a dependency build copies in), its recipe (value files in their order: the last one wins)
 * and the helm options it renders with.
 */
function recipeFingerprint(recipe, files, tree, helm) {
    const inputs = (0,fingerprint/* renderInputs */.E7)(tree, recipe.chart, (0,render_recipe/* recipeInputs */.e$)(recipe));
    for (const dir of localDependencyCharts(files, recipe.chart))
        inputs.push(...(0,fingerprint/* renderInputs */.E7)(tree, dir, []).map(([f, id]) => [`dep:${f}`, id]));
    return (0,fingerprint/* fingerprint */.Rj)(inputs, {
        ...recipe,
        helm: { kubeVersion: helm.kubeVersion, apiVersions: helm.apiVersions },
    });
}
/** The in-repo charts a chart's `file://` dependencies name, transitively (cycle-safe), itself excluded. */
function localDependencyCharts(files, chart) {
    const seen = new Set([chart]);
    const queue = [chart];
    while (queue.length > 0) {
        const dir = queue.shift();
        for (const d of chartDependencies(files, dir)) {
            const repo = String(d.repository ?? '');
            if (!repo.startsWith('file://'))
                continue;
            const rel = repo.slice('file://'.length);
            const target = (0,repo_files/* repoJoin */.pg)(dir, rel);
            if (rel.startsWith('/') || (0,repo_files/* escapesRepo */.jk)(target) || seen.has(target))
                continue;
            seen.add(target);
            queue.push(target);
        }
    }
    seen.delete(chart);
    return [...seen].sort();
}
/**
 * The resources of a render by Argo CD's identity: a namespaced object that names no namespace
 * lands in the Application's namespace (`recipe.namespace`), a cluster-scoped one in none.
 */
function renderedResources(objects, namespace) {
    const ids = (0,gitops_objects/* identifyObjects */.XC)(objects, namespace);
    return new Map(ids.map((id, i) => [(0,gitops_objects/* objectKey */.T5)(id), { ...id, object: objects[i] }]));
}
/** Renders a component chart with helm; dependencies must be vendored unless `dependencyBuild`. */
async function renderComponent(helm, files, recipe, options) {
    const broken = (reason, rule = 'helm-template') => ({
        ok: false,
        failure: 'broken',
        rule,
        reason,
    });
    const unavailable = (reason) => ({ ok: false, failure: 'unavailable', reason });
    const refused = recipe.problems[0] ?? (0,helm_recipe/* schemaReferenceProblem */.A)(files, recipe.chart);
    if (refused)
        return broken(`not rendered: ${refused.message}`, 'helm-argument');
    const missing = recipe.valueFiles.flatMap((v) => (v.kind === 'missing' ? [v.file] : []));
    if (missing.length > 0)
        return broken(`values file ${missing.join(', ')} does not exist`);
    const deps = missingDependencies(files, recipe.chart);
    if (deps.length > 0) {
        if (!options.dependencyBuild)
            return unavailable(`dependencies not vendored (${deps.join(', ')}); --dependency-build would fetch them`);
        const repositories = dependencyRepositories(files, recipe.chart);
        if ('refused' in repositories)
            return unavailable(repositories.refused);
        const built = await dependencyBuildOnce(helm, files.abs(recipe.chart), repositories.add);
        if (!built.ok)
            return unavailable(`helm dependency build failed: ${firstErrorLine(built.stderr)}`);
    }
    return componentRendered(recipe, await helm.template((0,render/* templateRequest */.sx)(files, recipe, options)));
}
/**
 * The helm request of a component render when renderComponent would make it at once (no refusal, no
 * missing values file, no dependency to build): what may be rendered with others (templateMany).
 */
function componentRequest(files, recipe, options) {
    if (recipe.problems.length > 0 || (0,helm_recipe/* schemaReferenceProblem */.A)(files, recipe.chart))
        return null;
    if (recipe.valueFiles.some((v) => v.kind === 'missing'))
        return null;
    if (missingDependencies(files, recipe.chart).length > 0)
        return null;
    return (0,render/* templateRequest */.sx)(files, recipe, options);
}
/** What a component chart renders, from helm's result of its request. */
function componentRendered(recipe, r) {
    const broken = (reason) => ({
        ok: false,
        failure: 'broken',
        rule: 'helm-template',
        reason,
    });
    if (!r.ok)
        return broken(`helm template failed: ${firstErrorLine(r.stderr)}`);
    let manifests;
    try {
        manifests = (0,gitops_manifests/* splitManifests */.lZ)(r.stdout);
    }
    catch (e) {
        if (e instanceof gitops_manifests/* ManifestError */.Sh)
            return broken(e.message);
        throw e;
    }
    return {
        ok: true,
        resources: renderedResources(manifests.map((m) => m.object), recipe.destinationNamespace),
        manifests,
    };
}
/**
 * One `helm dependency build` per chart directory and Helm (a chart serves every cluster, and two
 * Applications of one cluster may render it at once): later renders wait for the first build.
 */
const builds = new WeakMap();
function dependencyBuildOnce(helm, chartDir, repositories) {
    let byDir = builds.get(helm);
    if (!byDir)
        builds.set(helm, (byDir = new Map()));
    let build = byDir.get(chartDir);
    if (!build)
        byDir.set(chartDir, (build = helm.dependencyBuild(chartDir, repositories)));
    return build;
}
/** The first line of helm's error, past the notes Helm 4 logs before it (`level=WARN msg=…`). */
function firstErrorLine(stderr) {
    return (0,error_text/* helmErrorLines */.q)(stderr)[0] ?? 'no message';
}
/**
 * The repositories `helm dependency build` may fetch a chart's dependencies from: `https://` (added
 * under a generated name, as Argo CD does) and `oci://` repositories, and `file://` paths inside the
 * repository. Anything else (http, a repository alias, a path out of the repository) is refused.
 */
function dependencyRepositories(files, chart) {
    const add = new Map();
    for (const d of chartDependencies(files, chart)) {
        const repo = String(d.repository ?? '');
        const name = String(d.name ?? '?');
        if (repo.startsWith('file://')) {
            const rel = repo.slice('file://'.length);
            const target = (0,repo_files/* repoJoin */.pg)(chart, rel);
            // An absolute path is absolute to helm, whatever it would mean joined to the chart.
            if (rel.startsWith('/') || (0,repo_files/* escapesRepo */.jk)(target) || !files.isFile((0,repo_files/* repoJoin */.pg)(target, 'Chart.yaml')))
                return { refused: `dependency ${name}: ${repo} is not a chart inside the repository` };
        }
        else if (/^https:\/\/[^\s]+$/.test(repo)) {
            add.set(repo, {
                name: `gp-${(0,external_node_crypto_.createHash)('sha256').update(repo).digest('hex').slice(0, 12)}`,
                url: repo,
            });
        }
        else if (!/^oci:\/\/[^\s]+$/.test(repo)) {
            return {
                refused: `dependency ${name}: repository "${repo}" is not fetched (only https://, oci:// and file:// inside the repository)`,
            };
        }
    }
    return { add: [...add.values()] };
}
/**
 * The dependencies helm may read for a chart: Chart.yaml's and, because helm still lets a
 * `requirements.yaml` replace them (even for apiVersion v2), that file's too.
 */
function chartDependencies(files, chart) {
    return DECLARED.flatMap((file) => dependencyList(files, (0,repo_files/* repoJoin */.pg)(chart, file)));
}
const DECLARED = ['Chart.yaml', 'requirements.yaml'];
const LOCKS = ['Chart.lock', 'requirements.lock'];
/** The `dependencies` list of one YAML file of a chart (none when absent or unparsable). */
function dependencyList(files, file) {
    const text = files.text(file);
    if (!text)
        return [];
    try {
        const deps = (0,dist/* parse */.qg)(text)?.dependencies;
        return Array.isArray(deps)
            ? deps.filter((d) => !!d && typeof d === 'object' && !Array.isArray(d))
            : [];
    }
    catch {
        return [];
    }
}
/**
 * Dependencies helm would find missing under charts/: not vendored there (as a directory or a
 * `<name>-<version>.tgz`). `file://` ones too: helm template refuses them until a dependency build
 * copies them in.
 */
function missingDependencies(files, chart) {
    const vendored = files.list((0,repo_files/* repoJoin */.pg)(chart, 'charts'));
    return chartDependencies(files, chart)
        .map((d) => String(d.name))
        .filter((name) => !vendored.some((f) => f === name || (f.startsWith(`${name}-`) && f.endsWith('.tgz'))));
}
/** A chart file's dependencies by alias (else name), a repeated key numbered: `x`, `x#2`. */
function dependencyEntries(files, file) {
    const out = new Map();
    for (const d of dependencyList(files, file)) {
        const name = String(d.alias ?? d.name ?? '?');
        let key = name;
        for (let n = 2; out.has(key); n++)
            key = `${name}#${n}`;
        out.set(key, {
            version: d.version === undefined || d.version === null ? null : String(d.version),
            repository: String(d.repository ?? ''),
        });
    }
    return out;
}
/**
 * The dependencies of a component chart that differ between the refs: declared (Chart.yaml,
 * requirements.yaml) and locked (Chart.lock, requirements.lock; a lock entry that says what the
 * declared one says is not repeated). Read from the files, so it is known even when neither side
 * can be rendered.
 */
function dependencyChanges(base, head) {
    const out = [];
    for (const file of [...DECLARED, ...LOCKS]) {
        const before = dependencyEntries(base.files, (0,repo_files/* repoJoin */.pg)(base.chart, file));
        const after = dependencyEntries(head.files, (0,repo_files/* repoJoin */.pg)(head.chart, file));
        for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
            const b = before.get(key);
            const a = after.get(key);
            if (b && a && b.version === a.version && b.repository === a.repository)
                continue;
            const name = key.replace(/#\d+$/, '');
            const change = {
                name,
                from: b ? b.version : null,
                to: a ? a.version : null,
                repository: (a ?? b).repository,
                repositoryFrom: b && a && b.repository !== a.repository ? b.repository : null,
                file,
            };
            const said = (c) => c.name === change.name &&
                c.from === change.from &&
                c.to === change.to &&
                c.repository === change.repository;
            if (LOCKS.includes(file) && out.some(said))
                continue;
            out.push(change);
        }
    }
    return out;
}
/** An Application's source as deep mode sees it at one ref; null when it has no source at all. */
function componentSource(app, files, repoURL, controlPlane) {
    const recipe = componentRecipe(app, files, repoURL, controlPlane);
    if (recipe && 'recipe' in recipe)
        return { kind: 'chart', recipe: recipe.recipe };
    const sources = (0,applications/* appSources */.QG)(app).map((s) => s.source);
    if (sources.length === 0)
        return null;
    const own = ownSource(app, repoURL);
    const type = own && files.isDirectory(own.dir) ? sourceType(own.source, files, own.dir) : null;
    if (own && type && type.tool !== 'helm')
        return {
            kind: 'unrendered',
            reason: notRenderedReason(type, own.dir) ?? `${own.dir} is not rendered`,
            inputs: sourceReads(type, files, own.dir),
        };
    if (recipe)
        return { kind: 'unrendered', reason: recipe.skip, inputs: ownInputs(sources, repoURL) };
    if (own && files.isDirectory(own.dir))
        return {
            kind: 'unrendered',
            reason: `plain manifests in ${own.dir} are not rendered`,
            inputs: [own.dir],
        };
    if (own)
        return { kind: 'unrendered', reason: `${own.dir} does not exist in this repository`, inputs: [own.dir] };
    return {
        kind: 'unrendered',
        reason: `${describeSource(sources[0])} is outside this repository and is not rendered offline`,
        inputs: [],
    };
}
/** `chart x 1.2.3 from https://…` or `https://… path p at main`: one line, as written. */
function describeSource(s) {
    const at = s.targetRevision ? ` ${String(s.targetRevision)}` : '';
    if (s.chart)
        return `chart ${String(s.chart)}${at} from ${String(s.repoURL ?? '?')}`;
    return `${String(s.repoURL ?? '?')}${s.path ? ` path ${String(s.path)}` : ''}${at ? ` at${at}` : ''}`;
}
/**
 * The repository paths a multi-source Application reads from this repository: the paths of its
 * own-repository sources, and the `$ref/…` value files that name one (up to the first glob character).
 */
function ownInputs(sources, repoURL) {
    const own = (s) => (0,topology/* isOwnRepoURL */.Ed)(s.repoURL, repoURL);
    const refs = new Set(sources.filter((s) => own(s) && typeof s.ref === 'string').map((s) => s.ref));
    const out = new Set();
    for (const s of sources) {
        if (own(s) && typeof s.path === 'string')
            out.add((0,repo_files/* repoJoin */.pg)('.', s.path));
        for (const entry of s.helm?.valueFiles ?? []) {
            const m = typeof entry === 'string' ? /^\$([^/]+)\/(.+)$/.exec(entry) : null;
            if (!m || !refs.has(m[1]))
                continue;
            const segments = m[2].split('/');
            const glob = segments.findIndex((seg) => /[*?[{]/.test(seg));
            out.add((0,repo_files/* repoJoin */.pg)('.', (glob < 0 ? segments : segments.slice(0, glob)).join('/') || '.'));
        }
    }
    return [...out].sort();
}
/**
 * What decides an Application's render besides its source's files: its name and namespace (release
 * name, `$ARGOCD_APP_*`), project, sources and destination, keys sorted. Sync policy, labels and
 * annotations are not part of it.
 */
function renderIdentity(app) {
    const spec = (app.spec ?? {});
    const meta = app.metadata ?? {};
    return (0,canonical_json/* canonicalJson */.d)({
        name: meta.name ?? null,
        namespace: meta.namespace ?? null,
        project: spec.project ?? null,
        source: spec.source ?? null,
        sources: spec.sources ?? null,
        destination: spec.destination ?? null,
    });
}
/**
 * A render of a chart that reads a value file outside this repository (not read offline) would be without
 * it: what it deploys is unknown instead (its inputs proving it unchanged was checked before).
 */
function renderOrUnknown(plan) {
    const outside = [plan.head, plan.base].flatMap((r) => (r ? (0,render_recipe/* externalValueFiles */.eh)(r) : []))[0];
    if (!outside)
        return plan;
    const reason = `value file ${outside.entry} is outside this repository`;
    return {
        kind: 'decided',
        result: { state: 'unknown', reason, dependencies: plan.dependencies },
        byInputs: false,
    };
}
/**
 * Plans deep mode for an Application present at base, head or both (null: it has no source, so
 * there is nothing to compare). `unchanged` only when proven: in-repo charts whose inputs have the
 * same git object ids and the same recipe, or, for what deep mode does not render (sources outside
 * the repository, plain manifests, multi-source), the same render identity and no changed file under
 * what it reads. An Application added or removed whose source is not rendered is `not-applicable`:
 * what it deploys comes or goes with it. Everything else that is not rendered is `unknown`, with why.
 */
function planDeep(before, after, base, head, changedFiles) {
    const sb = before
        ? componentSource(before.app, base.files, base.repoURL, base.controlPlaneNamespace)
        : null;
    const sh = after ? componentSource(after.app, head.files, head.repoURL, head.controlPlaneNamespace) : null;
    if (!sb && !sh)
        return null;
    const chartB = sb?.kind === 'chart' ? sb.recipe : null;
    const chartH = sh?.kind === 'chart' ? sh.recipe : null;
    if (chartB && chartH) {
        if (recipeFingerprint(chartB, base.files, base.listing, base.helm) ===
            recipeFingerprint(chartH, head.files, head.listing, head.helm))
            return { kind: 'decided', result: { state: 'unchanged' }, byInputs: true };
        const dependencies = dependencyChanges({ files: base.files, chart: chartB.chart }, { files: head.files, chart: chartH.chart });
        return renderOrUnknown({ kind: 'render', base: chartB, head: chartH, dependencies });
    }
    // One side only (added or removed): its chart renders alone.
    if (!after && chartB)
        return renderOrUnknown({ kind: 'render', base: chartB, head: null, dependencies: [] });
    if (!before && chartH)
        return renderOrUnknown({ kind: 'render', base: null, head: chartH, dependencies: [] });
    const unrendered = [sh, sb].find((s) => s?.kind === 'unrendered');
    const reason = unrendered?.reason ?? 'the Application has no source on one side';
    const unknown = (why) => ({
        kind: 'decided',
        result: { state: 'unknown', reason: why, dependencies: [] },
        byInputs: false,
    });
    // Added or removed: all it deploys comes or goes with it, whatever its source holds; nothing is claimed unchanged.
    if (!before || !after)
        return { kind: 'decided', result: { state: 'not-applicable' }, byInputs: false };
    if (renderIdentity(before.app) !== renderIdentity(after.app))
        return unknown(reason);
    const inputs = [sb, sh].flatMap((s) => !s ? [] : s.kind === 'chart' ? [s.recipe.chart, ...(0,render_recipe/* recipeInputs */.e$)(s.recipe)] : s.inputs);
    const touched = [...new Set(inputs)].find((dir) => [...changedFiles].some((f) => (0,fingerprint/* isUnder */.Jo)(f, dir)));
    if (touched)
        return unknown(`${touched === '.' ? 'files of the repository' : `files under ${touched}`} changed and ${reason}`);
    return { kind: 'decided', result: { state: 'unchanged' }, byInputs: false };
}


/***/ }),

/***/ 7139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ renderInputs),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Y_: () => (/* binding */ changedFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const VALUES_FILE = /^values.*\.ya?ml$/;
/** Argo CD's per-Application override files (`.argocd-source-<app>.yaml`). */
const APP_OVERRIDE_FILE = /^\.argocd-source-.+\.yaml$/;
/**
 * The blob ids a chart render reads: every file under the chart, except per-cluster values files
 * and other Applications' `.argocd-source-<app>.yaml` at its root that this render does not use (so
 * editing values.prod-01.yaml does not make dev-01 "changed"), plus the files it reads outside the
 * chart (`reads`: its value files, file parameters and override files, whether they exist or not).
 */
function renderInputs(tree, chart, reads) {
    const prefix = chart === '.' ? '' : `${chart}/`;
    const used = new Set(reads);
    const out = [];
    for (const [file, blob] of filesUnder(tree, prefix)) {
        const rel = file.slice(prefix.length);
        const perTarget = (VALUES_FILE.test(rel) && rel !== 'values.yaml') || APP_OVERRIDE_FILE.test(rel);
        if (!rel.includes('/') && perTarget && !used.has(file))
            continue;
        out.push([file, blob]);
    }
    for (const file of reads) {
        if (file.startsWith(prefix))
            continue;
        out.push([file, tree.get(file) ?? 'missing']);
    }
    // A chart or values file reached through a symlinked directory: the link is an input too (its id
    // is what it resolves to), else a change behind it would leave the inputs equal.
    const seen = new Set(out.map(([f]) => f));
    for (const p of [chart, ...reads])
        for (const a of ancestors(p))
            if (!seen.has(a) && tree.has(a)) {
                seen.add(a);
                out.push([a, tree.get(a)]);
            }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
/** Per listing, the files under each chart asked for: every cluster of a fleet shares its app-of-apps chart. */
const underChart = new WeakMap();
/** The files of `tree` whose path starts with `prefix`, in the listing's order (computed once per listing and prefix). */
function filesUnder(tree, prefix) {
    let byPrefix = underChart.get(tree);
    if (!byPrefix)
        underChart.set(tree, (byPrefix = new Map()));
    let files = byPrefix.get(prefix);
    if (!files) {
        files = [...tree].filter(([file]) => file.startsWith(prefix));
        byPrefix.set(prefix, files);
    }
    return files;
}
/** `a`, `a/b`, `a/b/c` for `a/b/c` (nothing for the repository root). */
function ancestors(p) {
    if (p === '.' || p === '')
        return [];
    const parts = p.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
/** A stable hash of a render's inputs and its recipe (parameters, inline values, names). */
function fingerprint(inputs, recipe) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [file, blob] of inputs)
        h.update(`${file}\0${blob}\n`);
    h.update(JSON.stringify(recipe));
    return h.digest('hex');
}
/** Files whose blob differs between two listings (added, removed or modified). */
function changedFiles(base, head) {
    const out = new Set();
    for (const [file, blob] of head)
        if (base.get(file) !== blob)
            out.add(file);
    for (const file of base.keys())
        if (!head.has(file))
            out.add(file);
    return out;
}
function isUnder(file, dir) {
    return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   RO: () => (/* binding */ fileLine),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   iQ: () => (/* binding */ collapseFindings)
/* harmony export */ });
function finding(severity, rule, message, at, cluster = null) {
    return {
        severity,
        rule,
        message,
        file: at?.file ?? null,
        line: at?.line ?? null,
        column: at?.column ?? null,
        cluster,
    };
}
/** `file:line` of a finding (`file` alone without a line, '' without a file), for one-line messages. */
function fileLine(f) {
    if (!f.file)
        return '';
    return f.line ? `${f.file}:${f.line}` : f.file;
}
const severityOrder = { error: 0, warning: 1, notice: 2 };
/** Stable order: file, line, column, rule, cluster, message. Errors before warnings at one place. */
function sortFindings(findings) {
    const key = (f) => [f.file ?? '\uffff', f.line ?? 0, f.column ?? 0];
    return [...findings].sort((a, b) => {
        const [fa, la, ca] = key(a);
        const [fb, lb, cb] = key(b);
        if (fa !== fb)
            return fa < fb ? -1 : 1;
        if (la !== lb)
            return la - lb;
        if (ca !== cb)
            return ca - cb;
        if (a.severity !== b.severity)
            return severityOrder[a.severity] - severityOrder[b.severity];
        if (a.rule !== b.rule)
            return a.rule < b.rule ? -1 : 1;
        if ((a.cluster ?? '') !== (b.cluster ?? ''))
            return (a.cluster ?? '') < (b.cluster ?? '') ? -1 : 1;
        return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
    });
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
const MAX_NAMED = 3;
/**
 * One defect often shows in many places: a wrong server in `values.dev-01.yaml` reaches every
 * Application of dev-01, a bad line in the base `values.yaml` reaches every cluster. Findings with
 * the same rule, location and message are one finding, naming the clusters and Applications it hit.
 */
function collapseFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = JSON.stringify([f.severity, f.rule, f.file, f.line, f.column, genericMessage(f)]);
        let group = groups.get(key);
        if (!group) {
            group = { first: f, clusters: new Set(), subjects: new Set() };
            groups.set(key, group);
        }
        if (f.cluster)
            group.clusters.add(f.cluster);
        if (f.subject)
            group.subjects.add(f.subject);
    }
    return [...groups.values()].map(({ first, clusters, subjects }) => {
        const { subject, ...plain } = first;
        const names = [...clusters].sort();
        let message = names.length > 1 ? genericMessage(first).replaceAll(CLUSTER, '<cluster>') : plain.message;
        const apps = [...subjects].sort();
        if (apps.length === 1 && subject)
            message = `${subject}: ${message}`;
        else if (apps.length > 1) {
            const named = apps.slice(0, MAX_NAMED).join(', ');
            const more = apps.length > MAX_NAMED ? ` and ${apps.length - MAX_NAMED} more` : '';
            message = `${message} (${apps.length} Applications: ${named}${more})`;
        }
        if (names.length > 1)
            message = `${message} (clusters: ${names.join(', ')})`;
        return { ...plain, message, cluster: names.length === 1 ? names[0] : null };
    });
}
const CLUSTER = '\u0000';
/** The message with its own cluster's name abstracted, so the same defect on two clusters compares equal. */
function genericMessage(f) {
    return f.cluster ? f.message.replaceAll(f.cluster, CLUSTER) : f.message;
}


/***/ }),

/***/ 190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lD: () => (/* binding */ createGit)
});

// UNUSED EXPORTS: Git, MIN_GIT_VERSION

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/clip.ts
var clip = __webpack_require__(5940);
// EXTERNAL MODULE: ./src/git/refs.ts
var git_refs = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/git/arguments.ts



/** Every value checked for its kind before it becomes an argument of git. */
function requireSha(sha) {
    if (!(0,git_refs/* isFullSha */.Wf)(sha))
        throw new Error(`not a full commit sha: ${(0,clip/* clip */.$)(sha)}`);
}
function requireBranches(branches) {
    refuseAny(git_refs/* branchProblem */.MT, branches);
}
function requireRefs(refs) {
    for (const ref of refs) {
        const problem = (0,git_refs/* qualifiedRefProblem */.h8)(ref);
        if (problem)
            throw new errors/* ConfigurationError */.j1(problem);
    }
}
function requireRevisions(...revisions) {
    refuseAny(git_refs/* refProblem */.Tb, revisions);
}
/** The first value `check` refuses, as a ConfigurationError (never an argument). */
function refuseAny(check, values) {
    for (const v of values) {
        const problem = check(v);
        if (problem)
            throw new errors/* ConfigurationError */.j1(problem);
    }
}

;// CONCATENATED MODULE: ./src/git/ancestry.ts

/** How commits relate: common ancestors, ancestry, the commits of a range. */
/** The best common ancestor of two commits, or null when they share no history. */
async function mergeBase(git, a, b) {
    requireRevisions(a, b);
    const r = await git.exec(['merge-base', '--end-of-options', a, b], { allowFailure: true });
    if (r.exitCode > 1)
        throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
    return r.exitCode === 0 ? r.stdout.trim() : null;
}
async function isAncestor(git, ancestor, descendant) {
    requireRevisions(ancestor, descendant);
    const r = await git.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (r.exitCode > 1)
        throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
    return r.exitCode === 0;
}
/** Whether `ancestor` is `descendant` or one of its ancestors; false also when either is not in the repository. */
async function tryIsAncestor(git, ancestor, descendant) {
    requireRevisions(ancestor, descendant);
    const r = await git.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    return r.exitCode === 0;
}
/** Commits in `range` (e.g. `a..b`), oldest first: sha, author, ISO date, subject. */
async function log(git, range) {
    requireRevisions(...range.split(/\.\.\.?/));
    const r = await git.exec(['log', '--reverse', LOG_FORMAT, '--end-of-options', range]);
    return commitLines(r.stdout);
}
const LOG_FORMAT = '--format=%H%x1f%an%x1f%cI%x1f%s';
/**
 * `git log --no-merges --cherry-pick --right-only target...source`: what `source` has that `target`
 * lacks, by change rather than by commit id (a cherry-picked fix counts as there).
 */
async function unmergedChanges(git, target, source) {
    requireRevisions(target, source);
    const r = await git.exec([
        'log',
        '--reverse',
        '--no-merges',
        '--cherry-pick',
        '--right-only',
        LOG_FORMAT,
        '--end-of-options',
        `${target}...${source}`,
    ]);
    return commitLines(r.stdout);
}
function commitLines(stdout) {
    return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, author, date, subject] = line.split('\x1f');
        return { sha, author, date, subject };
    });
}
/** The id of a commit's tree. */
async function treeOf(git, commit) {
    requireRevisions(commit);
    const r = await git.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${commit}^{tree}`]);
    return r.stdout.trim();
}
/** The committer date of a commit (ISO 8601). */
async function commitDate(git, sha) {
    requireRevisions(sha);
    return (await git.exec(['show', '-s', '--format=%cI', '--end-of-options', sha])).stdout.trim();
}

// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/git/environment.ts

/**
 * What git may see of the caller's environment: where to find programs and the user's own git
 * config, identity and dates, credentials passed as GIT_CONFIG_COUNT/KEY_n/VALUE_n (never argv),
 * ssh agent and proxies. Never INPUT_*, tokens, GIT_DIR/GIT_WORK_TREE/GIT_INDEX_FILE or anything else.
 */
const GIT_ENV = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LC_ALL',
    'TZ',
    'TMPDIR',
    'XDG_CONFIG_HOME',
    'SSH_AUTH_SOCK',
    'GIT_SSH',
    'GIT_SSH_COMMAND',
    'GIT_SSH_VARIANT',
    'GIT_SSL_CAINFO',
    'GIT_SSL_CAPATH',
    'GIT_CONFIG_GLOBAL',
    'GIT_CONFIG_SYSTEM',
    'GIT_CONFIG_NOSYSTEM',
    'GIT_CONFIG_COUNT',
    'GIT_AUTHOR_NAME',
    'GIT_AUTHOR_EMAIL',
    'GIT_AUTHOR_DATE',
    'GIT_COMMITTER_NAME',
    'GIT_COMMITTER_EMAIL',
    'GIT_COMMITTER_DATE',
    ...util_process/* PROXY_ENV */.ju,
];
const GIT_ENV_PATTERNS = [/^GIT_CONFIG_(KEY|VALUE)_\d+$/];
function gitEnvironment(from) {
    return { ...(0,util_process/* allowEnv */.dQ)(from, GIT_ENV, GIT_ENV_PATTERNS), GIT_TERMINAL_PROMPT: '0' };
}
/**
 * Set on every git call: no fsmonitor program, no `ext::` transport (both run commands), and
 * no pager or editor.
 */
const SAFE_CONFIG = [
    '-c',
    'core.fsmonitor=false',
    '-c',
    'protocol.ext.allow=never',
    '-c',
    'core.pager=cat',
    '-c',
    'core.editor=true',
];

;// CONCATENATED MODULE: ./src/git/version.ts

/**
 * The oldest git with everything the commands use: `merge-tree --write-tree` (2.38) is the newest of
 * them; `--end-of-options` (2.24), `push --atomic` (2.4) and `--force-with-lease=<ref>:<expect>` (1.8.5)
 * are older.
 */
const MIN_GIT_VERSION = [2, 38];
/** The error for the output of `git version` when that git is older than MIN_GIT_VERSION, else null. */
function gitVersionProblem(versionOutput) {
    const m = /git version (\d+)\.(\d+)/.exec(versionOutput);
    if (!m)
        return null;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    if (major > MIN_GIT_VERSION[0] || (major === MIN_GIT_VERSION[0] && minor >= MIN_GIT_VERSION[1]))
        return null;
    return new errors/* ConfigurationError */.j1(`${versionOutput.trim()} is too old: gitops-promotion needs git ${MIN_GIT_VERSION.join('.')} or newer (merge-tree --write-tree)`);
}

;// CONCATENATED MODULE: ./src/git/exec.ts




/**
 * git with the safe config first and an allow-listed environment; a failure throws unless
 * `allowFailure`. The git version is checked once per process, before the first command.
 */
async function runGit(dir, env, args, options = {}) {
    await (versionChecked ??= requireGitVersion(env));
    const result = await (0,util_process/* runProcess */.R3)('git', [...SAFE_CONFIG, ...args], {
        cwd: dir,
        env: { ...env, ...options.env },
        missing: 'git is not installed or not on PATH',
        ...(options.input ? { input: options.input } : {}),
        ...(options.binary ? { binary: true } : {}),
    });
    if (result.exitCode !== 0 && !options.allowFailure) {
        throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return result;
}
let versionChecked = null;
/** Once per process: an older git is a clear error, not a puzzling failure of one command later. */
async function requireGitVersion(env) {
    const r = await (0,util_process/* runProcess */.R3)('git', ['version'], { env, missing: 'git is not installed or not on PATH' });
    const problem = gitVersionProblem(r.stdout);
    if (problem) {
        versionChecked = null;
        throw problem;
    }
}
/** A commit or tag git cannot make for want of an identity: the user's to configure. */
function refuseNoIdentity(r, what) {
    if (r.exitCode !== 0 && /identity|user\.(name|email)/i.test(r.stderr)) {
        throw new errors/* ConfigurationError */.j1(`git has no identity for ${what}: set user.name and user.email, or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL and GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL`);
    }
}
/** The first line git wrote that says something (its `fatal:`/`error:` line when there is one). */
function firstLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
}

;// CONCATENATED MODULE: ./src/git/location.ts

/** What kind of repository a directory is, and where in it it stands. */
async function isRepository(git) {
    const r = await git.exec(['rev-parse', '--git-dir'], { allowFailure: true });
    return r.exitCode === 0;
}
/** True in a shallow clone (actions/checkout's default, fetch-depth: 1): history is missing. */
async function isShallow(git) {
    const r = await git.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
    return r.stdout.trim() === 'true';
}
/** Refuses a shallow clone up front, for a command that needs the history (ancestry, merges, logs). */
async function requireFullHistory(git, command) {
    if (await isShallow(git))
        throw new errors/* ConfigurationError */.j1(`${git.dir} is a shallow clone, and ${command} needs the history: check out with fetch-depth: 0 (actions/checkout), or run git fetch --unshallow`);
}
/**
 * Refuses a directory inside a repository: Argo CD resolves an Application's paths from the top of
 * its repository, so the GitOps repo is read from there.
 */
async function requireTopLevel(git) {
    const r = await git.exec(['rev-parse', '--show-prefix'], { allowFailure: true });
    const prefix = r.exitCode === 0 ? r.stdout.trim() : '';
    if (prefix) {
        throw new errors/* ConfigurationError */.j1(`${git.dir} is the directory ${prefix} of a git repository: give its top (Argo CD resolves an Application's paths from the repository root)`);
    }
}
/**
 * Where `dir` stands: the top of a repository (a bare one included), a directory inside one, not
 * in a repository at all, or unknown because git is missing or too old (which only a command that
 * needs git refuses).
 */
async function tryLocation(git) {
    let r;
    try {
        r = await git.exec(['rev-parse', '--show-prefix'], { allowFailure: true });
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1)
            return 'git-unavailable';
        throw e;
    }
    if (r.exitCode !== 0)
        return 'not-a-repository';
    return r.stdout.trim() ? 'subdirectory' : 'top-level';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/git/export-tree.ts





/**
 * Writes the files of a tree (entries from `git ls-tree -r`, blob contents from `git cat-file
 * --batch`, in the same order) under `target`. A path git would refuse to check out (`..`, `.git`,
 * absolute) is never written; symlinks are written last, so nothing is ever written through one.
 * Submodules (gitlinks) become empty directories, as a checkout leaves them.
 */
async function writeTree(target, entries, batch) {
    await (0,promises_.mkdir)(target, { recursive: true });
    const root = external_node_path_default().resolve(target);
    refuseOverlaps(entries);
    const contents = splitBatch(batch);
    const files = [];
    const links = [];
    const dirs = new Set();
    let next = 0;
    for (const e of entries) {
        const file = safeJoin(root, e.path);
        if (e.type === 'commit') {
            dirs.add(file);
            continue;
        }
        const content = contents[next++];
        if (!content || content.oid !== e.oid)
            throw new Error(`git cat-file --batch returned no content for ${e.oid}`);
        dirs.add(external_node_path_default().dirname(file));
        if (e.mode === '120000')
            links.push([file, content.data.toString('utf8')]);
        else
            files.push({ file, data: content.data, mode: e.mode });
    }
    // Each directory made once (parents first), files written a few at a time, symlinks last.
    for (const dir of [...dirs].sort())
        await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,concurrency/* mapLimit */.s)(files, 16, async (f) => {
        await (0,promises_.writeFile)(f.file, f.data, f.mode === '100755' ? { mode: 0o755 } : {});
    });
    for (const [file, to] of links)
        await (0,promises_.symlink)(to, file);
}
/**
 * A tree git's fsck would refuse (two entries of one name, or a file under a path that is a file or a
 * symlink) is never written: a symlink `a -> /x` followed by `a/b` would write outside the target.
 */
function refuseOverlaps(entries) {
    const leaves = new Set();
    for (const e of entries) {
        if (leaves.has(e.path))
            throw new errors/* ConfigurationError */.j1(`the tree has two entries named ${JSON.stringify(e.path)}`);
        leaves.add(e.path);
    }
    for (const e of entries) {
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const ancestor = parts.slice(0, i).join('/');
            if (leaves.has(ancestor))
                throw new errors/* ConfigurationError */.j1(`the tree has ${JSON.stringify(e.path)} under ${JSON.stringify(ancestor)}, which is a file or a link`);
        }
    }
}
/** `<oid> <type> <size>\n<bytes>\n` records. */
function splitBatch(batch) {
    const out = [];
    let at = 0;
    while (at < batch.length) {
        const eol = batch.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const header = batch.subarray(at, eol).toString('utf8');
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!m)
            throw new Error(`unexpected git cat-file --batch header: ${header.slice(0, 100)}`);
        const size = Number(m[3]);
        out.push({ oid: m[1], data: batch.subarray(eol + 1, eol + 1 + size) });
        at = eol + 1 + size + 1;
    }
    return out;
}
/** `root/rel`, refused when a component is empty, `.`, `..` or `.git`, or the result leaves root. */
function safeJoin(root, rel) {
    const parts = rel.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
        throw new errors/* ConfigurationError */.j1(`the tree has a path git refuses to check out: ${JSON.stringify(rel)}`);
    const file = external_node_path_default().resolve(root, rel);
    if (!(0,safe_path/* isInside */.FK)(root, file))
        throw new errors/* ConfigurationError */.j1(`the tree has a path git refuses to check out: ${JSON.stringify(rel)}`);
    return file;
}

;// CONCATENATED MODULE: ./src/git/read-tree.ts






/** Reading a commit's tree and blobs from the object store (no checkout). */
/** The entries of a commit's tree, recursively (files, links, submodules). */
async function listTree(git, sha) {
    requireSha(sha);
    const r = await git.exec(['ls-tree', '-r', '-z', '--full-tree', sha]);
    const entries = [];
    for (const entry of r.stdout.split('\0')) {
        const m = /^(\d+) (blob|commit) ([0-9a-f]+)\t(.+)$/s.exec(entry);
        if (m)
            entries.push({ mode: m[1], type: m[2], oid: m[3], path: m[4] });
    }
    return entries;
}
/** The bytes of a blob. */
async function readBlob(git, oid) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid))
        throw new Error(`not a full object id: ${(0,clip/* clip */.$)(oid)}`);
    const r = await git.exec(['cat-file', 'blob', oid], { binary: true });
    return r.stdoutBytes;
}
/**
 * Writes the tree of a commit into `target` from the object store (`git cat-file --batch`): the
 * bytes git holds, with no checkout, so no filter (LFS, ident, eol), hook or attribute of the
 * repository runs, and the repository's index and work tree are never touched.
 */
async function exportTree(git, sha, target) {
    const entries = await listTree(git, sha);
    const blobs = entries.filter((e) => e.type === 'blob');
    const r = await git.exec(['cat-file', '--batch'], {
        input: Buffer.from(blobs.map((e) => `${e.oid}\n`).join('')),
        binary: true,
    });
    await writeTree(target, entries, r.stdoutBytes);
    return entries;
}
/**
 * Runs `fn` on a temporary directory holding the tree of `sha` (exportTree), removed afterwards
 * whatever `fn` does: the one way a command reads a commit's files. With `name`, the tree is the
 * directory of that name inside the temporary one (diff's `base` and `head`).
 */
async function withExportedTree(git, sha, fn, name) {
    if (name !== undefined && !/^[\w-][\w.-]*$/.test(name))
        throw new Error(`not a directory name: ${(0,clip/* clip */.$)(name)}`);
    const temp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gp-tree-'));
    try {
        const dir = name === undefined ? temp : external_node_path_default().join(temp, name);
        const entries = await exportTree(git, sha, dir);
        return await fn(dir, entries);
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/git/push-result.ts
const LEASE_LOST = /\[rejected\] \((stale info|fetch first|non-fast-forward)\)/;
/**
 * Reads `git push --porcelain` (one `<flag>\t<from>:<to>\t<summary>` line per ref): a lost lease on
 * any ref, or the remote's refusal (`[remote rejected] (reason)`, with the first lines a hook wrote).
 * Null when git failed in a way that is neither (no access, no such remote): the caller's error.
 */
function readPushResult(stdout, stderr) {
    const lines = `${stdout}\n${stderr}`.split('\n');
    const lost = lines.flatMap((l) => {
        const m = /^!\t[^\t]*:([^\t:]+)\t(.*)$/.exec(l);
        return m && LEASE_LOST.test(m[2]) ? [m[1]] : [];
    });
    if (lost.length > 0 || lines.some((l) => LEASE_LOST.test(l))) {
        return { pushed: false, leaseLost: true, reason: 'stale info', lost };
    }
    const remoteRejected = lines.map((l) => /\[remote rejected\] \((.*)\)/.exec(l)).find(Boolean);
    if (!remoteRejected)
        return null;
    // Two pushes racing past their leases at once: the remote's own compare-and-swap on the ref
    // (its ref transaction) refuses the second one. That ref moved: a lost lease, not a refusal.
    const moved = /cannot lock ref '([^']+)': is at [0-9a-f]+ but expected [0-9a-f]+/.exec(`${stdout}\n${stderr}`);
    if (moved)
        return { pushed: false, leaseLost: true, reason: 'stale info', lost: [moved[1]] };
    const hookLines = stderr
        .split('\n')
        .filter((l) => l.startsWith('remote: '))
        .map((l) => l.slice('remote: '.length).trim())
        .filter(Boolean);
    return {
        pushed: false,
        leaseLost: false,
        reason: [remoteRejected[1], ...hookLines.slice(0, 3)].join('; '),
        lost: [],
    };
}

;// CONCATENATED MODULE: ./src/git/remote-config.ts




/** What the repository's config and refs say of its remotes. */
/** Refuses a remote that is not configured in the repository (never an arbitrary URL or flag). */
async function requireRemote(git, remote) {
    const r = await git.exec(['remote'], { allowFailure: true });
    const remotes = r.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    if (!remotes.includes(remote))
        throw new errors/* ConfigurationError */.j1(`"${(0,clip/* clip */.$)(remote)}" is not a git remote of ${git.dir} (remotes: ${remotes.join(', ') || 'none'})`);
}
/**
 * The branch a remote's HEAD names (`refs/remotes/<remote>/HEAD`, which `git clone` and
 * `git remote set-head` write), or null when there is none or it is not a branch name.
 */
async function tryRemoteHead(git, remote) {
    requireBranches([remote]);
    const r = await git.exec(['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`], {
        allowFailure: true,
    });
    const prefix = `refs/remotes/${remote}/`;
    const target = r.stdout.trim();
    if (r.exitCode !== 0 || !target.startsWith(prefix))
        return null;
    const branch = target.slice(prefix.length);
    return (0,git_refs/* branchProblem */.MT)(branch) ? null : branch;
}
/**
 * Which of `names` exist as a local branch or a remote-tracking branch of any remote
 * (`refs/heads/<n>`, `refs/remotes/<remote>/<n>`), each once, in the order given.
 */
async function tryBranchesNamed(git, names) {
    requireBranches(names);
    const patterns = names.flatMap((n) => [`refs/heads/${n}`, `refs/remotes/*/${n}`]);
    const r = await git.exec(['for-each-ref', '--format=%(refname)', '--', ...patterns], {
        allowFailure: true,
    });
    if (r.exitCode !== 0)
        return [];
    const refs = r.stdout.split('\n').filter(Boolean);
    return names.filter((n) => refs.some((ref) => ref === `refs/heads/${n}` || /^refs\/remotes\/[^/]+\/(.+)$/.exec(ref)?.[1] === n));
}
/**
 * The URL configured for a remote (`remote.<name>.url`, as written: no `insteadOf` rewriting), or
 * null. It may carry credentials: callers strip them before the URL goes anywhere.
 */
async function tryRemoteUrl(git, remote) {
    requireBranches([remote]);
    const r = await git.exec(['config', '--get', '--', `remote.${remote}.url`], { allowFailure: true });
    const url = r.stdout.trim();
    return r.exitCode === 0 && url ? url : null;
}

;// CONCATENATED MODULE: ./src/git/resolve.ts




/**
 * The commit a ref names, or null when there is none. A name that is not a ref or a sha is a
 * ConfigurationError (never an argument), and so is a name both a branch and a tag have.
 */
async function tryRevParse(git, ref) {
    requireRevisions(ref);
    await refuseAmbiguous(git, ref);
    const r = await git.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
        allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout.trim() : null;
}
async function revParse(git, ref) {
    const sha = await tryRevParse(git, ref);
    if (!sha)
        throw new errors/* ConfigurationError */.j1(`git ref "${(0,clip/* clip */.$)(ref)}" does not name a commit in ${git.dir}`);
    return sha;
}
/** A short name that is both a branch and a tag (or a remote-tracking branch) is refused, naming both. */
async function refuseAmbiguous(git, ref) {
    const name = (0,git_refs/* revisionBase */.Hb)(ref);
    if (name === 'HEAD' || name.startsWith('refs/') || (0,git_refs/* isFullSha */.Wf)(name))
        return;
    const candidates = [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`];
    const r = await git.exec(['for-each-ref', '--format=%(refname)', '--', ...candidates], {
        allowFailure: true,
    });
    const found = r.stdout.split('\n').filter((l) => candidates.includes(l));
    if (found.length > 1)
        throw new errors/* ConfigurationError */.j1(`git ref "${(0,clip/* clip */.$)(ref)}" is ambiguous: ${found.join(' and ')} both exist; give the full ref name`);
}
/** Which of `oids` (full object ids) are commits in this repository (`cat-file --batch-check`). */
async function commitsAmong(git, oids) {
    const unique = [...new Set(oids)];
    if (unique.length === 0)
        return new Set();
    unique.forEach(requireSha);
    const r = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
        input: Buffer.from(unique.map((oid) => `${oid}\n`).join('')),
    });
    const commits = r.stdout
        .split('\n')
        .map((line) => line.split(' '))
        .filter(([oid, type]) => type === 'commit' && unique.includes(oid));
    return new Set(commits.map(([oid]) => oid));
}

;// CONCATENATED MODULE: ./src/git/remote.ts







/** Talking to a remote: fetches, what its refs are now, leased pushes (never a plain force). */
/** Fetches branches from a remote into its remote-tracking refs (`refs/remotes/<remote>/<b>`). */
async function fetch(git, remote, branches) {
    await requireRemote(git, remote);
    requireBranches(branches);
    const specs = branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const r = await git.exec(['fetch', '--quiet', '--no-tags', '--end-of-options', remote, ...specs], {
        allowFailure: true,
    });
    if (r.exitCode !== 0) {
        // An unknown remote, a branch it does not have, no access: the user's to fix.
        throw new errors/* ConfigurationError */.j1(`cannot fetch ${branches.join(', ')} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`);
    }
}
/**
 * Fetches branches into their remote-tracking refs and tags into `refs/tags/<t>` (a tag that moved
 * on the remote, such as `stable`, replaces the local one).
 */
async function fetchRefs(git, remote, refs) {
    await requireRemote(git, remote);
    requireRefs(refs);
    const specs = refs.map((r) => r.kind === 'branch'
        ? `+refs/heads/${r.name}:refs/remotes/${remote}/${r.name}`
        : `+${(0,git_refs/* fullRef */.vv)(r)}:${(0,git_refs/* fullRef */.vv)(r)}`);
    const r = await git.exec(['fetch', '--quiet', '--no-tags', '--end-of-options', remote, ...specs], {
        allowFailure: true,
    });
    if (r.exitCode !== 0) {
        const names = refs.map((x) => x.name).join(', ');
        throw new errors/* ConfigurationError */.j1(`cannot fetch ${names} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`);
    }
}
/**
 * Moves every ref of `updates` or none (`git push --atomic`), each with its own lease
 * (`--force-with-lease=<ref>:<expected>`, empty for a ref that must not exist yet): one lost lease
 * or refused ref fails the whole push. Branches and tags alike; never a plain force.
 */
async function tryPushRefs(git, remote, updates) {
    await requireRemote(git, remote);
    if (updates.length === 0)
        throw new Error('tryPushRefs needs at least one ref');
    requireRefs(updates.map((u) => u.ref));
    for (const u of updates) {
        requireSha(u.sha);
        if (u.expected !== null)
            requireSha(u.expected);
    }
    const leases = updates.map((u) => `--force-with-lease=${(0,git_refs/* fullRef */.vv)(u.ref)}:${u.expected ?? ''}`);
    const specs = updates.map((u) => `${u.sha}:${(0,git_refs/* fullRef */.vv)(u.ref)}`);
    const atomic = updates.length > 1 ? ['--atomic'] : [];
    const r = await git.exec(['push', '--porcelain', ...atomic, ...leases, '--', remote, ...specs], {
        allowFailure: true,
    });
    if (r.exitCode === 0)
        return { pushed: true };
    const failed = readPushResult(r.stdout, r.stderr);
    if (failed)
        return failed;
    throw new errors/* ConfigurationError */.j1(`cannot push to ${remote}: ${firstLine(r.stderr) || `git push exit ${r.exitCode}`}`);
}
/** The object a remote ref is at now (`ls-remote --refs`: a tag's own object, not the commit), or null. */
async function remoteRef(git, remote, ref) {
    await requireRemote(git, remote);
    requireRefs([ref]);
    const r = await git.exec(['ls-remote', '--refs', '--', remote, (0,git_refs/* fullRef */.vv)(ref)]);
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\t${(0,git_refs/* fullRef */.vv)(ref)}`));
    return line?.split('\t')[0]?.trim() || null;
}
/** The sha a remote branch has now (ls-remote), or null when it does not exist. */
async function remoteBranch(git, remote, branch) {
    await requireRemote(git, remote);
    requireBranches([branch]);
    const r = await git.exec(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`]);
    return r.stdout.split('\t')[0]?.trim() || null;
}
/**
 * Every tag of a remote (`ls-remote --tags`): the object its ref points at, and the commit that
 * peels to when this repository has it as a commit (ls-remote does not say an object's type).
 */
async function listRemoteTags(git, remote) {
    await requireRemote(git, remote);
    const r = await git.exec(['ls-remote', '--tags', '--', remote], { allowFailure: true });
    if (r.exitCode !== 0)
        throw new errors/* ConfigurationError */.j1(`cannot list the tags of ${remote}: ${firstLine(r.stderr) || `git ls-remote exit ${r.exitCode}`}`);
    const listed = readTagListing(r.stdout);
    const commits = await commitsAmong(git, listed.map((t) => t.peeled));
    return listed.map(({ name, object, peeled }) => ({
        name,
        object,
        commit: commits.has(peeled) ? peeled : null,
    }));
}
/**
 * The tags of `ls-remote --tags` output (`<oid>\trefs/tags/<name>`, and `<oid>\trefs/tags/<name>^{}`
 * for what an annotated tag peels to), in the order listed; a name git refuses as a tag (a flag,
 * a space, `..`) and a peeled line without its tag are left out.
 */
function readTagListing(stdout) {
    const tags = new Map();
    for (const line of stdout.split('\n')) {
        const m = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\trefs\/tags\/(.+)$/.exec(line);
        if (!m)
            continue;
        const isPeeled = m[2].endsWith('^{}');
        const name = isPeeled ? m[2].slice(0, -'^{}'.length) : m[2];
        if ((0,git_refs/* tagProblem */.qH)(name))
            continue;
        const entry = tags.get(name) ?? {};
        entry[isPeeled ? 'peeled' : 'object'] = m[1];
        tags.set(name, entry);
    }
    return [...tags].flatMap(([name, { object, peeled }]) => object ? [{ name, object, peeled: peeled ?? object }] : []);
}
/**
 * Pushes `sha` to `refs/heads/<branch>` only if the remote branch is still at `expected`
 * (compare-and-swap; git's `--force-with-lease`): `leaseLost` when it moved, the remote's reason
 * when the remote refused the update (branch protection, a hook).
 */
async function tryPushWithLease(git, remote, branch, sha, expected) {
    await requireRemote(git, remote);
    requireBranches([branch]);
    requireSha(sha);
    requireSha(expected);
    return tryPushRefs(git, remote, [{ ref: { kind: 'branch', name: branch }, sha, expected }]);
}

;// CONCATENATED MODULE: ./src/git/tag-message.ts


/**
 * The message of the local annotated tag `refs/tags/<name>` (without its final newline, which
 * createTag adds), or null when the tag is lightweight (it points at a commit, whose message is not
 * the tag's) or does not exist.
 */
async function tagMessage(git, name) {
    const ref = (0,git_refs/* tag */.Tc)(name);
    requireRefs([ref]);
    // The pattern also matches refs below it (refs/tags/<name>/x), which cannot exist beside it.
    const r = await git.exec([
        'for-each-ref',
        '--count=1',
        '--format=%(refname)%00%(objecttype)%00%(contents)',
        '--',
        (0,git_refs/* fullRef */.vv)(ref),
    ]);
    const [refname, type, ...contents] = r.stdout.split('\0');
    if (refname !== (0,git_refs/* fullRef */.vv)(ref) || type !== 'tag')
        return null;
    // for-each-ref ends each record with a newline, after the message's own.
    return contents.join('\0').replace(/\n$/, '').replace(/\n$/, '');
}

;// CONCATENATED MODULE: ./src/git/write-objects.ts


/** Objects written to the store without a work tree: merge trees and commits, annotated tags. */
/**
 * The tree of merging `theirs` into `ours`, made without a work tree (`merge-tree --write-tree`),
 * or the conflicting paths when the two do not merge cleanly.
 */
async function mergeTree(git, ours, theirs) {
    requireRevisions(ours, theirs);
    // -z: the paths as they are (no quoting of non-ASCII or special characters), each ended by a NUL.
    const r = await git.exec(['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', ours, theirs], {
        allowFailure: true,
    });
    const [tree, ...rest] = r.stdout.split('\0');
    if (r.exitCode === 1)
        return { conflicts: [...new Set(rest.filter(Boolean))] };
    if (r.exitCode !== 0 || !tree?.trim())
        throw new Error(`git merge-tree failed: ${r.stderr.trim()}`);
    return { tree: tree.trim() };
}
/** A merge commit of `theirs` into `ours` (mergeTree), or the conflicting paths. */
async function mergeCommit(git, ours, theirs, message) {
    const merged = await mergeTree(git, ours, theirs);
    if ('conflicts' in merged)
        return merged;
    const c = await git.exec(['commit-tree', merged.tree, '-p', ours, '-p', theirs, '-m', message], {
        allowFailure: true,
    });
    refuseNoIdentity(c, 'the merge commit');
    if (c.exitCode !== 0)
        throw new Error(`git commit-tree failed: ${c.stderr.trim()}`);
    return { sha: c.stdout.trim() };
}
/**
 * An annotated tag object named `name` for the commit `sha` (`git mktag`, tagger: the committer
 * identity), written to the object store only: no local ref is created or moved. Returns its id;
 * pushing it (tryPushRefs) is what publishes the tag.
 */
async function createTag(git, name, sha, message) {
    requireRefs([{ kind: 'tag', name }]);
    requireSha(sha);
    const ident = await git.exec(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
    refuseNoIdentity(ident, 'the tag');
    if (ident.exitCode !== 0)
        throw new Error(`git var failed: ${ident.stderr.trim()}`);
    const body = message.endsWith('\n') ? message : `${message}\n`;
    const text = `object ${sha}\ntype commit\ntag ${name}\ntagger ${ident.stdout.trim()}\n\n${body}`;
    const r = await git.exec(['mktag'], { input: Buffer.from(text) });
    return r.stdout.trim();
}

;// CONCATENATED MODULE: ./src/git/git.ts











/** The git port of a repository directory (the one factory of GitPort). */
function createGit(dir, env = process.env) {
    return new Git(dir, env);
}
/**
 * The one git wrapper: argument arrays only, one private exec, `try*` methods return
 * booleans, null or an outcome instead of throwing. Credentials come from the environment
 * (GIT_CONFIG_COUNT/KEY/VALUE), never from argv. Git sees an allow-listed environment; every ref,
 * branch and remote is checked for its kind before it becomes an argument. Each concern is a file
 * of its own (resolve, location, remote-config, read-tree, ancestry, write-objects, remote,
 * tag-message).
 */
class Git {
    dir;
    env;
    run;
    constructor(dir, env = process.env) {
        this.dir = dir;
        this.env = gitEnvironment(env);
        this.run = { dir, exec: (args, options) => this.exec(args, options) };
    }
    tryRevParse(ref) {
        return tryRevParse(this.run, ref);
    }
    revParse(ref) {
        return revParse(this.run, ref);
    }
    isRepository() {
        return isRepository(this.run);
    }
    isShallow() {
        return isShallow(this.run);
    }
    requireFullHistory(command) {
        return requireFullHistory(this.run, command);
    }
    requireTopLevel() {
        return requireTopLevel(this.run);
    }
    tryLocation() {
        return tryLocation(this.run);
    }
    requireRemote(remote) {
        return requireRemote(this.run, remote);
    }
    tryRemoteHead(remote) {
        return tryRemoteHead(this.run, remote);
    }
    tryBranchesNamed(names) {
        return tryBranchesNamed(this.run, names);
    }
    tryRemoteUrl(remote) {
        return tryRemoteUrl(this.run, remote);
    }
    exportTree(sha, target) {
        return exportTree(this.run, sha, target);
    }
    withExportedTree(sha, fn, name) {
        return withExportedTree(this.run, sha, fn, name);
    }
    listTree(sha) {
        return listTree(this.run, sha);
    }
    readBlob(oid) {
        return readBlob(this.run, oid);
    }
    mergeBase(a, b) {
        return mergeBase(this.run, a, b);
    }
    isAncestor(ancestor, descendant) {
        return isAncestor(this.run, ancestor, descendant);
    }
    tryIsAncestor(ancestor, descendant) {
        return tryIsAncestor(this.run, ancestor, descendant);
    }
    log(range) {
        return log(this.run, range);
    }
    treeOf(commit) {
        return treeOf(this.run, commit);
    }
    unmergedChanges(target, source) {
        return unmergedChanges(this.run, target, source);
    }
    commitDate(sha) {
        return commitDate(this.run, sha);
    }
    tagMessage(name) {
        return tagMessage(this.run, name);
    }
    mergeTree(ours, theirs) {
        return mergeTree(this.run, ours, theirs);
    }
    mergeCommit(ours, theirs, message) {
        return mergeCommit(this.run, ours, theirs, message);
    }
    createTag(name, sha, message) {
        return createTag(this.run, name, sha, message);
    }
    fetch(remote, branches) {
        return fetch(this.run, remote, branches);
    }
    fetchRefs(remote, refs) {
        return fetchRefs(this.run, remote, refs);
    }
    tryPushWithLease(remote, branch, sha, expected) {
        return tryPushWithLease(this.run, remote, branch, sha, expected);
    }
    tryPushRefs(remote, updates) {
        return tryPushRefs(this.run, remote, updates);
    }
    remoteRef(remote, ref) {
        return remoteRef(this.run, remote, ref);
    }
    remoteBranch(remote, branch) {
        return remoteBranch(this.run, remote, branch);
    }
    listRemoteTags(remote) {
        return listRemoteTags(this.run, remote);
    }
    exec(args, options) {
        return runGit(this.dir, this.env, args, options);
    }
}


/***/ }),

/***/ 8568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ revisionBase),
/* harmony export */   MT: () => (/* binding */ branchProblem),
/* harmony export */   Tb: () => (/* binding */ refProblem),
/* harmony export */   Tc: () => (/* binding */ tag),
/* harmony export */   Wf: () => (/* binding */ isFullSha),
/* harmony export */   h8: () => (/* binding */ qualifiedRefProblem),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   tk: () => (/* binding */ branch),
/* harmony export */   vv: () => (/* binding */ fullRef)
/* harmony export */ });
/* unused harmony export describeRef */
/* harmony import */ var _util_clip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5940);

/**
 * Why `ref` is refused as a git revision, or null: a full or abbreviated sha, or a ref name by the
 * rules of `git check-ref-format --allow-onelevel`, optionally followed by `~N` / `^N` (the CLI's
 * `--base HEAD~1`). Nothing else reaches git: never a leading `-`, `:`, a space, `..` or `@{`.
 */
function refProblem(ref) {
    const name = revisionBase(ref);
    if (name !== '' && !/^-/.test(name) && (name === 'HEAD' || !refNameProblem(name)))
        return null;
    return `"${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(ref)}" is not a git ref name or commit sha${because(ref)}`;
}
/** A revision without its `~N` / `^N` suffixes (`HEAD~1` → `HEAD`). */
function revisionBase(ref) {
    return ref.replace(/(?:~\d*|\^\d*)+$/, '');
}
/** A full commit id (SHA-1 or SHA-256). */
function isFullSha(text) {
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(text);
}
/**
 * `git check-ref-format` rules, for a one-level or full ref name, and two of this tool: no lone
 * UTF-16 surrogate (no UTF-8 name holds one, so git would never be given the name read here), and no
 * character oneLine changes (C1 controls such as U+0085, U+2028, U+2029: line ends to some readers),
 * so a name is written whole on one line of a tag message or a log and read back as it is.
 */
function refNameProblem(name) {
    if (name === '' || name === '@' || name.length > 255 || characterProblem(name) !== null)
        return true;
    // Control characters, space, ~ ^ : ? * [ \ and DEL are never allowed.
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return true;
    if (name.includes('..') || name.includes('@{') || name.includes('//'))
        return true;
    if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return true;
    return name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'));
}
/** Characters of `name` no ref name here may hold, said; null when it holds none. */
function characterProblem(name) {
    if (/[\uD800-\uDFFF]/u.test(name))
        return 'it holds a lone UTF-16 surrogate (YAML "\\uD800"), which is no character: no UTF-8 name can hold it';
    // ASCII controls are git's own rule (refNameProblem); these are what oneLine maps besides.
    if (/[\u0080-\u009f\p{Zl}\p{Zp}]/u.test(name))
        return 'it holds a C1 control character (U+0080..U+009F, such as U+0085 NEXT LINE) or a Unicode line or paragraph separator (U+2028, U+2029), which would end a line of a tag message or a log';
    return null;
}
/** `: <why>` when `name`'s characters are why it is refused, else ''. */
function because(name) {
    const why = characterProblem(name);
    return why ? `: ${why}` : '';
}
/** Why `name` is refused as a branch name (the promotion's from/to, environment refs), or null. */
function branchProblem(name) {
    if (/(?:~|\^)/.test(name) || name === 'HEAD' || name.startsWith('-') || refNameProblem(name))
        return `"${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" is not a valid branch name${because(name)}`;
    return null;
}
const branch = (name) => ({ kind: 'branch', name });
const tag = (name) => ({ kind: 'tag', name });
/** `refs/heads/<name>` or `refs/tags/<name>`. */
function fullRef(ref) {
    return `${ref.kind === 'branch' ? 'refs/heads' : 'refs/tags'}/${ref.name}`;
}
/** `branch dev`, `tag stable`: how messages name a ref. */
function describeRef(ref) {
    return `${ref.kind} ${ref.name}`;
}
/**
 * Why `ref` is refused (a branch or tag name by git's rules, never `HEAD`, a flag or a revision
 * expression), or null. Tags follow the branch rules here: `stable`, `stable-v1.2.3`.
 */
function qualifiedRefProblem(ref) {
    const problem = branchProblem(ref.name);
    return problem && ref.kind === 'tag' ? problem.replace('branch name', 'tag name') : problem;
}
/** Why `name` is refused as a tag name (`stable-v1.2.3`; the branch rules), or null. */
function tagProblem(name) {
    return qualifiedRefProblem(tag(name));
}


/***/ }),

/***/ 917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ landingNamespace),
/* harmony export */   QG: () => (/* binding */ appSources),
/* harmony export */   RG: () => (/* binding */ collectApps),
/* harmony export */   Y7: () => (/* binding */ templatePath),
/* harmony export */   bA: () => (/* binding */ componentKey),
/* harmony export */   zz: () => (/* binding */ isApplication)
/* harmony export */ });
function isApplication(object) {
    return (object.kind === 'Application' &&
        typeof object.apiVersion === 'string' &&
        object.apiVersion.startsWith('argoproj.io/'));
}
/**
 * Where Argo CD applies an object of a cluster's app-of-apps render that names no namespace: the
 * bootstrap Application's destination namespace (helm.namespace only templates `.Release.Namespace`),
 * else (a cluster the config declares, with no destination) the namespace it is rendered with.
 */
function landingNamespace(cluster) {
    return cluster.application.namespace || cluster.namespace;
}
/** The Applications among a cluster's rendered manifests. */
function collectApps(cluster, manifests, origin = { chart: cluster.chart, namespace: landingNamespace(cluster) }) {
    const apps = [];
    for (const m of manifests) {
        if (!isApplication(m.object))
            continue;
        const object = m.object;
        const name = String(object.metadata?.name ?? '');
        apps.push({
            cluster,
            name,
            namespace: typeof object.metadata?.namespace === 'string' && object.metadata.namespace !== ''
                ? object.metadata.namespace
                : origin.namespace,
            component: name.startsWith(`${cluster.name}-`) ? name.slice(cluster.name.length + 1) : name,
            template: templatePath(origin.chart, m.source),
            object,
            ...(origin.level ? { level: origin.level } : {}),
        });
    }
    return apps;
}
/** `app-of-apps/templates/x.yaml` (helm's Source) → the repo path of that template. */
function templatePath(chart, source) {
    if (!source)
        return null;
    const inChart = source.replace(/^[^/]+\//, '');
    return chart === '.' ? inChart : `${chart}/${inChart}`;
}
/** Every source of an Application with its path segments (`spec.source` or `spec.sources[i]`). */
function appSources(app) {
    const spec = app.spec ?? {};
    if (Array.isArray(spec.sources))
        return spec.sources.map((source, i) => ({ source, path: ['spec', 'sources', String(i)] }));
    return spec.source ? [{ source: spec.source, path: ['spec', 'source'] }] : [];
}
/** Component names compare loosely: `envoyGateway`, `envoy-gateway` and `envoy_gateway` are one. */
function componentKey(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}


/***/ }),

/***/ 2912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ expandBuildVariables),
/* harmony export */   ob: () => (/* binding */ applicationContext),
/* harmony export */   q6: () => (/* binding */ buildVariables),
/* harmony export */   zl: () => (/* binding */ instanceName)
/* harmony export */ });
/**
 * Argo CD's build environment (reposerver `newEnv`) and its substitution (`Env.Envsubst`, Go's
 * `os.Expand`): what `$ARGOCD_APP_NAME` and friends become in a helm parameter value, a valueFiles
 * entry or a fileParameters path. The variables are only ever substituted into strings here, never
 * given to a process: an unknown name (`$HOME`, `${PATH}`) is empty, as it is for Argo CD.
 */
/**
 * Argo CD's instance name of an Application: `<namespace>_<name>` outside the namespace of the Argo CD
 * that reads it (`controlPlane`, see control-plane-namespace.ts), the bare name in it or without one.
 */
function instanceName(name, namespace, controlPlane) {
    return namespace && namespace !== controlPlane ? `${namespace}_${name}` : name;
}
/**
 * The build-variable facts of one source of a rendered Application (reposerver `newEnv`): its
 * instance name as the control plane's Argo CD names it, its destination namespace, project and the
 * source's fields as written.
 */
function applicationContext(app, source, controlPlane) {
    const destination = app.spec?.destination?.namespace;
    return {
        name: instanceName(String(app.metadata?.name ?? ''), app.metadata?.namespace, controlPlane),
        namespace: typeof destination === 'string' ? destination : '',
        project: typeof app.spec?.project === 'string' ? app.spec.project : '',
        repoURL: typeof source.repoURL === 'string' ? source.repoURL : '',
        path: typeof source.path === 'string' ? source.path : '',
        targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : '',
    };
}
/** The variables of one render: `revision` is the commit sha being rendered ('' when there is none). */
function buildVariables(app, revision) {
    return {
        ARGOCD_APP_NAME: app.name,
        ARGOCD_APP_NAMESPACE: app.namespace,
        ARGOCD_APP_PROJECT_NAME: app.project,
        ARGOCD_APP_REVISION: revision,
        ARGOCD_APP_REVISION_SHORT: revision.slice(0, 7),
        ARGOCD_APP_REVISION_SHORT_8: revision.slice(0, 8),
        ARGOCD_APP_SOURCE_REPO_URL: app.repoURL,
        ARGOCD_APP_SOURCE_PATH: app.path,
        ARGOCD_APP_SOURCE_TARGET_REVISION: app.targetRevision,
    };
}
/**
 * `s` with `$NAME` and `${NAME}` replaced as Go's `os.Expand` does with Argo CD's mapping: a name
 * not in `vars` is empty, `$$` is `$`. `$` before anything that is not a name stays (`$(x)`, `a$`,
 * `$ `); `${}` and an unclosed `${` are dropped; `$1`, `$@`, `$-` … name shell specials (empty).
 */
function expandBuildVariables(s, vars) {
    let out = '';
    let i = 0;
    for (let j = 0; j < s.length; j++) {
        if (s[j] !== '$' || j + 1 >= s.length)
            continue;
        out += s.slice(i, j);
        const { name, width } = shellName(s.slice(j + 1));
        if (name === '' && width === 0)
            out += '$';
        else if (name !== '')
            out += name === '$' ? '$' : Object.hasOwn(vars, name) ? vars[name] : '';
        j += width;
        i = j + 1;
    }
    return out + s.slice(i);
}
const SPECIAL = new Set([
    '*',
    '#',
    '$',
    '@',
    '!',
    '?',
    '-',
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
]);
const NAME_CHAR = /[A-Za-z0-9_]/;
/** Go's `getShellName`: the name after a `$` and how many characters it takes (0: not a name). */
function shellName(s) {
    if (s[0] === '{') {
        if (s.length > 2 && SPECIAL.has(s[1]) && s[2] === '}')
            return { name: s[1], width: 3 };
        const close = s.indexOf('}', 1);
        if (close === 1)
            return { name: '', width: 2 };
        if (close < 0)
            return { name: '', width: 1 };
        return { name: s.slice(1, close), width: close + 1 };
    }
    if (SPECIAL.has(s[0]))
        return { name: s[0], width: 1 };
    let i = 0;
    while (i < s.length && NAME_CHAR.test(s[i]))
        i++;
    return { name: s.slice(0, i), width: i };
}


/***/ }),

/***/ 1253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ isLocalValueFile),
/* harmony export */   hn: () => (/* binding */ valuesRoot),
/* harmony export */   rY: () => (/* binding */ loadClusterValues),
/* harmony export */   v: () => (/* binding */ clusterRecipe),
/* harmony export */   vN: () => (/* binding */ refValueFile)
/* harmony export */ });
/* unused harmony export clusterSource */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _render_recipe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(140);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1056);
/* harmony import */ var _set_parameters_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4805);
/* harmony import */ var _values_merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3453);
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1754);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9680);







/**
 * The values a file holds: its first document, as Helm reads it. A document that is empty or only
 * comments (`---` then `# …`) holds no values, as for Helm, rather than a `null` root.
 */
function valuesRoot(loaded) {
    const root = loaded?.documents.find((d) => d.root)?.root ?? null;
    return root && !(root.kind === 'scalar' && root.value === null) ? root : null;
}
/** A multi-source `valueFiles` entry `$<ref>/<path>`: `<path>` from the source with `ref: <ref>`. */
function refValueFile(entry) {
    const m = /^\$([^/]+)\/(.+)$/.exec(entry);
    return m ? { ref: m[1], path: m[2] } : null;
}
function isLocalValueFile(entry) {
    return entry !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) && !entry.startsWith('$');
}
/** A cluster's bootstrap helm block as Argo CD reads it (the config's overrides already applied). */
function clusterSource(cluster) {
    return {
        chart: cluster.chart,
        helm: {
            ...cluster.helmOptions,
            releaseName: cluster.releaseName || null,
            namespace: cluster.namespace || null,
            valueFiles: cluster.valueFiles,
            parameters: cluster.parameters,
            values: cluster.values,
            valuesObject: cluster.valuesObject,
            ignoreMissingValueFiles: cluster.ignoreMissingValueFiles,
        },
        app: cluster.application,
        refs: cluster.valueRefs,
    };
}
/** The render recipe of a cluster at the tree `files` holds (its commit: `files.revision`). */
function clusterRecipe(files, cluster) {
    return (0,_render_recipe_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRecipe */ .pS)(files, clusterSource(cluster), files.revision);
}
/**
 * The values a cluster renders with, merged as Helm does: the chart's values.yaml, the
 * valueFiles in order, the inline values, then the parameters and file parameters.
 */
function loadClusterValues(files, cluster) {
    const recipe = clusterRecipe(files, cluster);
    const sources = [];
    const applied = [];
    const valueFiles = [];
    const missing = [];
    const external = [];
    let broken = false;
    const take = (rel) => {
        const loaded = files.readYaml(rel);
        if (!loaded)
            return false;
        if (loaded.findings.some(_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .stopsHelm */ .ah))
            broken = true;
        applied.push(rel);
        sources.push(valuesRoot(loaded));
        return true;
    };
    const own = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .repoJoin */ .pg)(cluster.chart, 'values.yaml');
    const chartValues = files.isFile(own) && take(own) ? own : null;
    for (const v of recipe.valueFiles) {
        if (v.kind === 'external')
            external.push(v.entry);
        else if (v.kind === 'file' && take(v.file))
            valueFiles.push(v.file);
        else if (v.kind !== 'refused') {
            missing.push({ index: v.index, file: v.file });
            broken = true;
        }
    }
    const at = cluster.definedAt;
    let inline = null;
    if (recipe.inline) {
        const parsed = inlineValuesNode(cluster, recipe, at);
        if (parsed === 'broken')
            broken = true;
        else
            sources.push((inline = parsed));
    }
    const written = (recipe.overriddenBy
        ? { file: recipe.overriddenBy, line: 1, column: 1 }
        : cluster.bootstrap &&
            (0,_vnode_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeAt */ .oB)(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', 'parameters'])?.pos) || at;
    const { parameters } = recipe;
    let merged = (0,_values_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeValues */ .D)(sources);
    if (merged && (parameters.length > 0 || recipe.fileParameters.length > 0)) {
        const fileValues = recipe.fileParameters.map((p) => ({ name: p.name, text: files.text(p.file) ?? '' }));
        merged = (0,_set_parameters_js__WEBPACK_IMPORTED_MODULE_6__/* .applyParameters */ .H8)(merged, parameters, written, fileValues);
    }
    const parameterAt = parameters.map((p) => p.at ?? written);
    return {
        merged,
        files: applied,
        chartValues,
        valueFiles,
        missing,
        external,
        broken,
        recipe,
        inline,
        parameterAt,
    };
}
/**
 * Inline values (`helm.valuesObject`, else the YAML string `helm.values`), positioned on the lines of
 * the bootstrap file they sit in, or at the override file that gave them.
 */
function inlineValuesNode(cluster, recipe, at) {
    const inline = recipe.inline;
    const fromOverride = recipe.overriddenBy ? { file: recipe.overriddenBy, line: 1, column: 1 } : null;
    const field = (name) => cluster.bootstrap && !fromOverride
        ? (0,_vnode_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeAt */ .oB)(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, 'helm', name])
        : undefined;
    if (inline.object)
        return field('valuesObject') ?? (0,_vnode_js__WEBPACK_IMPORTED_MODULE_4__/* .fromJson */ .Rf)(inline.object, fromOverride ?? at);
    const text = inline.text;
    const node = field('values');
    const loaded = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(node?.pos.file ?? fromOverride?.file ?? at.file, text);
    if (loaded.findings.some(_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .stopsHelm */ .ah)) {
        try {
            (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        }
        catch {
            return 'broken';
        }
    }
    const root = loaded.documents[0]?.root ?? null;
    // A block scalar's content starts on the line after `values: |`.
    const offset = node ? node.pos.line : fromOverride ? 0 : at.line - 1;
    return root ? shift(root, offset) : null;
}
function shift(node, lines) {
    const pos = { ...node.pos, line: node.pos.line + lines };
    const keyPos = node.keyPos ? { ...node.keyPos, line: node.keyPos.line + lines } : undefined;
    const base = keyPos ? { pos, keyPos } : { pos };
    if (node.kind === 'map') {
        const entries = new Map();
        for (const [k, v] of node.entries)
            entries.set(k, shift(v, lines));
        return { ...base, kind: 'map', entries };
    }
    if (node.kind === 'seq')
        return { ...base, kind: 'seq', items: node.items.map((i) => shift(i, lines)) };
    return { ...base, kind: 'scalar', value: node.value };
}


/***/ }),

/***/ 2189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n0: () => (/* binding */ CONFIG_FILES),
  uw: () => (/* binding */ configInRepo),
  sb: () => (/* binding */ defaultConfig),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_ENVIRONMENTS, KNOWN_RULES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./schemas/config.schema.json
var config_schema = __webpack_require__(6538);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/helm/arguments.ts
var helm_arguments = __webpack_require__(3600);
;// CONCATENATED MODULE: ./src/gitops/config-arguments.ts



/**
 * The config's values that become helm or git arguments, checked for their kind: the config at a
 * pull request's head is written by its author like any other file. The first bad one is a
 * ConfigurationError at its line.
 */
function checkConfigArguments(raw, at) {
    const refuse = (problem, ...segments) => {
        if (problem)
            throw new errors/* ConfigurationError */.j1(problem, at(...segments));
    };
    if (raw.defaultBranch !== undefined)
        refuse((0,refs/* branchProblem */.MT)(raw.defaultBranch), 'defaultBranch');
    for (const [name, env] of Object.entries(raw.environments ?? {}))
        refuse(refOrBranch(env.ref), 'environments', name, 'ref');
    (raw.promotion?.edges ?? []).forEach((e, i) => {
        refuse((0,refs/* branchProblem */.MT)(e.from), 'promotion', 'edges', String(i), 'from');
        refuse((0,refs/* branchProblem */.MT)(e.to), 'promotion', 'edges', String(i), 'to');
    });
    if (raw.helm?.kubeVersion !== undefined)
        refuse((0,helm_arguments/* kubeVersionProblem */.rS)(raw.helm.kubeVersion), 'helm', 'kubeVersion');
    (raw.helm?.apiVersions ?? []).forEach((v, i) => refuse((0,helm_arguments/* apiVersionProblem */.Mt)(v), 'helm', 'apiVersions', String(i)));
    (raw.clusters ?? []).forEach((c, i) => {
        const field = (...rest) => ['clusters', String(i), ...rest];
        if (c.releaseName !== undefined)
            refuse((0,helm_arguments/* releaseNameProblem */.AR)(c.releaseName), ...field('releaseName'));
        if (c.namespace)
            refuse((0,helm_arguments/* namespaceProblem */.bw)(c.namespace), ...field('namespace'));
        (c.parameters ?? []).forEach((p, j) => refuse((0,helm_arguments/* parameterNameProblem */.c2)(String(p.name)), ...field('parameters', String(j), 'name')));
    });
}
/** An environment's ref: a branch, or a tag like `stable` (same name rules). */
function refOrBranch(ref) {
    return (0,refs/* branchProblem */.MT)(ref.replace(/^refs\/(heads|tags)\//, ''));
}

// EXTERNAL MODULE: ./src/gitops/json-schema.ts + 4 modules
var json_schema = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
// EXTERNAL MODULE: ./src/gitops/yaml-source.ts + 1 modules
var yaml_source = __webpack_require__(9680);
;// CONCATENATED MODULE: ./src/rule-ids.ts
/** Every rule id gitops-promotion reports: a finding names one of these (a typo fails the compiler). */
const RULES = [
    'yaml-syntax',
    'yaml-duplicate-key',
    'yaml-tab',
    'yaml-alias-limit',
    'yaml-file-too-large',
    'bootstrap-invalid',
    'values-schema',
    'values-shape',
    'helm-template',
    'app-of-apps-nested',
    'manifest-invalid',
    'manifest-duplicate-key',
    'helm-argument',
    'object-required-fields',
    'object-unique',
    'application-schema',
    'application-name-unique',
    'application-name-pattern',
    'application-cluster-label',
    'application-project',
    'value-files-empty',
    'path-missing',
    'sync-wave-format',
    'sync-wave-order',
    'destination-mismatch',
    'target-revision-env',
    'bootstrap-revision-mismatch',
    'default-branch-unknown',
    'cluster-values-missing',
    'orphan-values-file',
    'value-file-external',
];

// EXTERNAL MODULE: ./src/release/versions.ts
var versions = __webpack_require__(6824);
;// CONCATENATED MODULE: ./src/gitops/config.ts












const CONFIG_FILES = ['.github/gitops-promotion.yaml', '.github/gitops-promotion.yml'];
const DEFAULT_ENVIRONMENTS = {
    dev: { ref: 'dev' },
    staging: { ref: 'staging' },
    prod: { ref: 'stable' },
};
const DEFAULT_BOOTSTRAP_GLOB = 'argocd-bootstrap-apps/*.yaml';
function defaultConfig() {
    return {
        file: null,
        repoURL: null,
        defaultBranch: null,
        root: '.',
        bootstrapGlob: DEFAULT_BOOTSTRAP_GLOB,
        controlPlane: 'auto',
        controlPlaneNamespace: null,
        environments: { ...DEFAULT_ENVIRONMENTS },
        environmentsConfigured: false,
        clusters: [],
        valuesSchema: 'auto',
        applicationName: '^{cluster}-[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        clusterLabel: 'cluster',
        dependsOn: {},
        rules: {},
        limits: { ...yaml_source/* defaultYamlLimits */.DF },
        helm: { kubeVersion: null, apiVersions: [] },
        diff: {
            ignore: { paths: [], labels: [], annotations: [] },
            deep: true,
            productionEnvironments: ['prod', 'production'],
        },
        promotion: {
            edges: [{ from: 'dev', to: 'staging' }],
            soak: null,
            requiredChecks: null,
            blockingLabels: ['promotion-blocker'],
            freeze: [],
        },
        release: {
            from: 'staging',
            versionTag: 'stable-v{major}.{minor}.{patch}',
            firstVersion: '1.0.0',
            waves: [{ tag: DEFAULT_ENVIRONMENTS.prod.ref, clusters: null }],
            verify: { enabled: false, timeout: '10m', interval: '15s', rollbackOnFailure: false },
        },
        hotfix: {
            branches: 'hotfix/*',
            gates: ['validation', 'checks'],
            forwardMerge: ['staging', 'dev'],
            mode: 'push',
            conflictLabel: 'forward-merge-conflict',
        },
        drift: {
            maxAge: '7d',
            allowValues: [],
            downstreamOnly: [],
            environments: true,
            issue: { label: 'gitops-drift', title: 'GitOps drift dashboard', closeWhenClean: true, authors: [] },
        },
    };
}
/**
 * The repo-relative path of a config file given as `--config` or the `config` input (relative to the
 * repo, or absolute under it), refused when it leads outside the repository: `..`, an absolute path
 * elsewhere, a symlink out. The file is never read then, so nothing of it reaches the output.
 */
function configInRepo(repoDir, given) {
    const p = (0,repo_files/* pathInRepo */.Z)(repoDir, given);
    if (p.kind === 'outside')
        throw new errors/* ConfigurationError */.j1(`config file ${given} must be inside the repository`);
    return p.rel;
}
/**
 * Reads `.github/gitops-promotion.yaml` from the repo, validated against `schemas/config.schema.json`.
 * A bad config is the user's to fix: ConfigurationError naming the file, line and field.
 */
function loadConfig(repoDir, explicitFile) {
    const candidates = explicitFile ? [explicitFile] : CONFIG_FILES;
    const found = candidates.find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().resolve(repoDir, f)));
    if (!found) {
        if (explicitFile) {
            configInRepo(repoDir, explicitFile); // outside is said as such, not as "not found"
            throw new errors/* ConfigurationError */.j1(`config file not found: ${explicitFile}`);
        }
        return defaultConfig();
    }
    const rel = configInRepo(repoDir, found);
    if (!(0,external_node_fs_.statSync)(external_node_path_default().resolve(repoDir, rel)).isFile())
        throw new errors/* ConfigurationError */.j1(`config file ${rel} is not a file`);
    const text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(repoDir, rel), 'utf8');
    const parsed = (0,yaml_source/* parseYaml */.hN)(rel, text, yaml_source/* defaultYamlLimits */.DF, '1.2');
    const first = parsed.findings[0];
    if (first)
        throw new errors/* ConfigurationError */.j1(first.message, { file: rel, line: first.line ?? undefined });
    if (parsed.documents.length > 1) {
        throw new errors/* ConfigurationError */.j1('expected one YAML document', {
            file: rel,
            line: parsed.documents[1].line,
        });
    }
    const root = parsed.documents[0]?.root;
    if (!root)
        return { ...defaultConfig(), file: rel };
    const violations = (0,json_schema/* validateNode */.T2)((0,json_schema/* precompiled */.t8)(config_schema), root, { file: rel, line: 1, column: 1 });
    const v = violations[0];
    if (v)
        throw new errors/* ConfigurationError */.j1(v.message, { file: rel, line: v.pos.line });
    const config = resolveConfig((0,vnode/* toJson */.aB)(root), rel, root);
    requireRoot(repoDir, config, root);
    return config;
}
/** `root` names a directory of this tree (through no symlink out of it). */
function requireRoot(repoDir, config, node) {
    if (config.root === '.')
        return;
    const at = { file: config.file ?? '', line: (0,vnode/* nodeAt */.oB)(node, ['root'])?.keyPos?.line ?? 1 };
    const p = (0,repo_files/* pathInRepo */.Z)(repoDir, config.root);
    if (p.kind === 'outside' || !(0,external_node_fs_.existsSync)(p.abs) || !(0,external_node_fs_.statSync)(p.abs).isDirectory())
        throw new errors/* ConfigurationError */.j1(`root ${config.root} is not a directory of the repository`, at);
}
function resolveConfig(raw, file, root) {
    const base = defaultConfig();
    const at = (...segments) => {
        const node = (0,vnode/* nodeAt */.oB)(root, segments);
        return { file, line: node?.keyPos?.line ?? node?.pos.line ?? 1 };
    };
    const names = new Set();
    (raw.clusters ?? []).forEach((c, i) => {
        if (names.has(c.name)) {
            throw new errors/* ConfigurationError */.j1(`cluster "${c.name}" is declared twice`, at('clusters', String(i), 'name'));
        }
        names.add(c.name);
    });
    for (const rule of Object.keys(raw.rules ?? {})) {
        if (!KNOWN_RULES.has(rule)) {
            throw new errors/* ConfigurationError */.j1(`unknown rule "${rule}" in rules (known: ${[...KNOWN_RULES].sort().join(', ')})`, at('rules', rule));
        }
    }
    if (raw.applicationName !== undefined) {
        try {
            new RegExp(raw.applicationName.replaceAll('{cluster}', 'cluster'));
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`applicationName is not a regular expression: ${e.message}`, at('applicationName'));
        }
    }
    checkConfigArguments(raw, at);
    const tree = treePath(raw.root ?? '.', 'root', at('root'));
    const glob = treePath(raw.bootstrap?.glob ?? DEFAULT_BOOTSTRAP_GLOB, 'bootstrap.glob', at('bootstrap', 'glob'));
    return {
        file,
        repoURL: raw.repoURL ?? null,
        defaultBranch: raw.defaultBranch ?? null,
        root: tree,
        bootstrapGlob: (0,repo_files/* repoJoin */.pg)(tree, glob),
        controlPlane: raw.controlPlane ?? base.controlPlane,
        controlPlaneNamespace: raw.controlPlaneNamespace ?? base.controlPlaneNamespace,
        environments: raw.environments ?? base.environments,
        environmentsConfigured: raw.environments !== undefined,
        clusters: (raw.clusters ?? []).map((c, i) => withParameterLines(c, i, file, root)),
        valuesSchema: raw.valuesSchema ?? base.valuesSchema,
        applicationName: raw.applicationName ?? base.applicationName,
        clusterLabel: raw.clusterLabel ?? base.clusterLabel,
        dependsOn: raw.dependsOn ?? {},
        rules: raw.rules ?? {},
        limits: yamlLimits(raw.limits, base.limits),
        helm: { kubeVersion: raw.helm?.kubeVersion ?? null, apiVersions: raw.helm?.apiVersions ?? [] },
        diff: {
            ignore: {
                paths: raw.diff?.ignore?.paths ?? [],
                labels: raw.diff?.ignore?.labels ?? [],
                annotations: raw.diff?.ignore?.annotations ?? [],
            },
            deep: raw.diff?.deep ?? base.diff.deep,
            productionEnvironments: raw.diff?.productionEnvironments ?? base.diff.productionEnvironments,
        },
        promotion: { ...base.promotion, ...raw.promotion },
        release: releaseConfig(raw, base, at),
        hotfix: hotfixConfig(raw, base, at),
        drift: driftConfig(raw, base, at),
    };
}
/** `drift:`. The max age is a duration (`7d`), each allowed value a JSON pointer. */
function driftConfig(raw, base, at) {
    const d = raw.drift ?? {};
    const maxAge = d.maxAge ?? base.drift.maxAge;
    if (!/^(\d+[wdhms])+$/.test(maxAge.trim()))
        throw new errors/* ConfigurationError */.j1(`drift.maxAge must look like 7d, 36h or 1w, got ${JSON.stringify(maxAge)}`, at('drift', 'maxAge'));
    (d.allowValues ?? []).forEach((p, i) => {
        if (!p.startsWith('/'))
            throw new errors/* ConfigurationError */.j1(`drift.allowValues[${i}] ${JSON.stringify(p)} is not a JSON pointer (it starts with /, e.g. /spec/source/helm/valuesObject/replicas)`, at('drift', 'allowValues', String(i)));
    });
    const label = d.issue?.label;
    if (label !== undefined && (label.trim() !== label || label.includes(',')))
        throw new errors/* ConfigurationError */.j1(`drift.issue.label must be one label name, without commas or surrounding spaces, got ${JSON.stringify(label)}`, at('drift', 'issue', 'label'));
    return {
        maxAge,
        allowValues: d.allowValues ?? base.drift.allowValues,
        downstreamOnly: d.downstreamOnly ?? base.drift.downstreamOnly,
        environments: d.environments ?? base.drift.environments,
        issue: { ...base.drift.issue, ...d.issue },
    };
}
/**
 * `release:`. Without waves, one wave: the ref of environment prod (of the configured environments,
 * else `stable`).
 */
function releaseConfig(raw, base, at) {
    const r = raw.release ?? {};
    const pattern = (0,versions/* versionPattern */.D8)(r.versionTag ?? base.release.versionTag, at('release', 'versionTag'));
    const seen = new Set();
    (r.waves ?? []).forEach((w, i) => {
        const where = at('release', 'waves', String(i), 'tag');
        const problem = (0,refs/* tagProblem */.qH)(w.tag);
        if (problem)
            throw new errors/* ConfigurationError */.j1(`release.waves[${i}].tag: ${problem}`, where);
        // A wave tag moves: one that reads as a version tag would move an immutable release.
        if (pattern.parse(w.tag))
            throw new errors/* ConfigurationError */.j1(`release.waves[${i}].tag ${w.tag} matches release.versionTag: version tags never move`, where);
        if (seen.has(w.tag))
            throw new errors/* ConfigurationError */.j1(`release.waves[${i}].tag ${w.tag} is named twice`, where);
        seen.add(w.tag);
    });
    const prodRef = raw.environments?.prod?.ref ?? base.release.waves[0].tag;
    return {
        from: r.from ?? base.release.from,
        versionTag: r.versionTag ?? base.release.versionTag,
        firstVersion: r.firstVersion ?? base.release.firstVersion,
        waves: r.waves?.map((w) => ({ tag: w.tag, clusters: w.clusters ?? null })) ?? [
            { tag: prodRef, clusters: null },
        ],
        verify: { ...base.release.verify, ...r.verify },
    };
}
/**
 * `hotfix:`. The forward-merge targets default to the release's branch, then the branches of the
 * environments before it (staging, then dev), as configured.
 */
function hotfixConfig(raw, base, at) {
    const h = raw.hotfix ?? {};
    const targets = h.forwardMerge ?? [
        raw.release?.from ?? base.release.from,
        ...base.hotfix.forwardMerge.slice(1),
    ];
    const seen = new Set();
    targets.forEach((t, i) => {
        const problem = (0,refs/* branchProblem */.MT)(t);
        if (problem)
            throw new errors/* ConfigurationError */.j1(`hotfix.forwardMerge[${i}]: ${problem}`, at('hotfix', 'forwardMerge', String(i)));
        if (seen.has(t))
            throw new errors/* ConfigurationError */.j1(`hotfix.forwardMerge[${i}]: ${t} is named twice`, at('hotfix', 'forwardMerge', String(i)));
        seen.add(t);
    });
    const branches = h.branches ?? base.hotfix.branches;
    // `*` stands for a name: with one there, the pattern must make a branch name.
    const problem = (0,refs/* branchProblem */.MT)(branches.replace(/\*/g, 'x'));
    if (problem)
        throw new errors/* ConfigurationError */.j1(`hotfix.branches ${JSON.stringify(branches)}: ${problem}`, at('hotfix', 'branches'));
    return { ...base.hotfix, ...h, forwardMerge: [...targets] };
}
/** A config cluster whose parameters know their line (findings about a `--set` point at it). */
function withParameterLines(c, i, file, root) {
    if (!c.parameters)
        return c;
    const parameters = c.parameters.map((p, j) => {
        const node = (0,vnode/* nodeAt */.oB)(root, ['clusters', String(i), 'parameters', String(j)]);
        return node ? { ...p, at: { ...node.pos, file } } : p;
    });
    return { ...c, parameters };
}
/** Nodes of alias expansion that one alias of the deprecated `maxAliasCount` stands for (100 → 200,000). */
const NODES_PER_ALIAS = 2_000;
/** The most `maxExpandedNodes` may be (also what a large `maxAliasCount` maps to). */
const MAX_EXPANDED_NODES = 5_000_000;
/**
 * `limits:`. The alias limit is a budget of nodes produced by alias expansion (`maxExpandedNodes`);
 * the deprecated `maxAliasCount` (a count of alias expansions) is mapped onto it, N → N × 2,000 nodes,
 * so the old default 100 is the new default 200,000, and `maxExpandedNodes` wins when both are set.
 */
function yamlLimits(raw, base) {
    const fromAliasCount = raw?.maxAliasCount === undefined
        ? undefined
        : Math.min(raw.maxAliasCount * NODES_PER_ALIAS, MAX_EXPANDED_NODES);
    return {
        maxFileBytes: raw?.maxFileBytes ?? base.maxFileBytes,
        maxExpandedNodes: raw?.maxExpandedNodes ?? fromAliasCount ?? base.maxExpandedNodes,
    };
}
/**
 * A path the config gives inside the repository (`root`, the bootstrap glob), normalized; one that
 * climbs out of the repository or is absolute is refused: the glob is walked on the file system.
 */
function treePath(given, field, at) {
    const rel = (0,repo_files/* repoJoin */.pg)('.', given);
    if (external_node_path_default().posix.isAbsolute(given) || (0,repo_files/* escapesRepo */.jk)(rel)) {
        throw new errors/* ConfigurationError */.j1(`${field} ${JSON.stringify(given)} must be a path inside the repository`, at);
    }
    return rel;
}
/** Every rule id gitops-promotion reports; `rules:` in the config may name only these. */
const KNOWN_RULES = new Set(RULES);


/***/ }),

/***/ 6260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ DEFAULT_CONTROL_PLANE_NAMESPACE),
/* harmony export */   hv: () => (/* binding */ clusterControlPlaneNamespace),
/* harmony export */   ld: () => (/* binding */ controlPlaneNamespace)
/* harmony export */ });
/* unused harmony export statedNamespace */
/**
 * The namespace Argo CD runs in (its controller namespace). An Application there is known by its bare name,
 * one in another namespace (apps-in-any-namespace) as `<namespace>_<name>`: what `$ARGOCD_APP_NAME` and
 * `.argocd-source-<app>.yaml` name. Argo CD is told it at install time; the repository says it where its
 * bootstrap Applications are applied: their `metadata.namespace`.
 */
/** What the namespace is when no bootstrap Application states one: Argo CD's install manifests use it. */
const DEFAULT_CONTROL_PLANE_NAMESPACE = 'argocd';
/**
 * A cluster's control-plane namespace: the config's, else its own bootstrap's `metadata.namespace` (each
 * cluster may run its own Argo CD), else the repository's.
 */
function clusterControlPlaneNamespace(configured, bootstrap, repository) {
    return configured ?? statedNamespace(bootstrap) ?? repository;
}
/** The `metadata.namespace` an Application states, or null. */
function statedNamespace(app) {
    const ns = app.metadata?.namespace;
    return typeof ns === 'string' && ns !== '' ? ns : null;
}
/**
 * The repository's control-plane namespace: the config's `controlPlaneNamespace`, else the one its bootstrap
 * Applications state (the most stated when they differ, the first of those on a tie), else `argocd`.
 */
function controlPlaneNamespace(configured, apps) {
    if (configured)
        return configured;
    const counts = new Map();
    for (const app of apps) {
        const ns = statedNamespace(app);
        if (ns)
            counts.set(ns, (counts.get(ns) ?? 0) + 1);
    }
    let best = null;
    for (const entry of counts)
        if (!best || entry[1] > best[1])
            best = entry;
    return best ? best[0] : DEFAULT_CONTROL_PLANE_NAMESPACE;
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ envForRef)
/* harmony export */ });
/** The configured environment whose clusters track `ref`, or null when none does. */
function envForRef(config, ref) {
    if (ref === null)
        return null;
    return Object.entries(config.environments).find(([, e]) => e.ref === ref)?.[0] ?? null;
}


/***/ }),

/***/ 3376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ globFiles)
/* harmony export */ });
/* unused harmony export globSegment */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Repo-relative paths (forward slashes) matching a glob of `*`, `?` and `**` segments, sorted. */
function globFiles(root, pattern) {
    const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
    const out = [];
    walk(root, '', segments, out);
    return [...new Set(out)].sort();
}
function walk(root, rel, segments, out) {
    if (segments.length === 0) {
        if (rel && isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel)))
            out.push(rel);
        return;
    }
    const [head, ...rest] = segments;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel);
    if (head === '**') {
        walk(root, rel, rest, out);
        for (const name of list(dir)) {
            if (name.startsWith('.'))
                continue;
            const child = rel ? `${rel}/${name}` : name;
            if (isDir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, child)))
                walk(root, child, segments, out);
        }
        return;
    }
    if (!/[*?[]/.test(head)) {
        const child = rel ? `${rel}/${head}` : head;
        walk(root, child, rest, out);
        return;
    }
    const re = globSegment(head);
    for (const name of list(dir)) {
        if (re.test(name))
            walk(root, rel ? `${rel}/${name}` : name, rest, out);
    }
}
function globSegment(segment) {
    const body = segment
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${body}$`);
}
function list(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ schemaReferenceProblem),
/* harmony export */   T: () => (/* binding */ recipeProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3600);
/* harmony import */ var _helm_schema_references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9664);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1056);




/**
 * Every value of a recipe checked for its kind before helm sees it (release name, namespace,
 * chart and values paths inside the repository, parameter names, kube and API versions).
 */
function recipeProblems(r) {
    const problems = [];
    const add = (where, message) => {
        if (message)
            problems.push({ ...where, message });
    };
    add({ field: 'releaseName' }, (0,_helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseNameProblem */ .AR)(r.releaseName));
    if (r.namespace)
        add({ field: 'namespace' }, (0,_helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .namespaceProblem */ .bw)(r.namespace));
    add({ field: 'chart' }, outside('chart path', r.chart));
    r.valueFiles.forEach((f, index) => add({ field: 'valueFile', index }, outside('values file', f)));
    r.parameters.forEach((p, index) => add({ field: 'parameter', index }, (0,_helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .parameterNameProblem */ .c2)(p.name)));
    (r.fileParameters ?? []).forEach((p, index) => add({ field: 'fileParameter', index }, (0,_helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .parameterNameProblem */ .c2)(p.name)));
    if (r.kubeVersion)
        add({ field: 'kubeVersion' }, (0,_helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .kubeVersionProblem */ .rS)(r.kubeVersion));
    (r.apiVersions ?? []).forEach((v, index) => add({ field: 'apiVersion', index }, (0,_helm_arguments_js__WEBPACK_IMPORTED_MODULE_3__/* .apiVersionProblem */ .Mt)(v)));
    return problems;
}
function outside(what, rel) {
    return (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .escapesRepo */ .jk)(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(rel)) ? `${what} "${rel}" is outside the repository` : null;
}
/**
 * `values.schema.json` of a chart and of its unpacked subcharts, refused when it would make helm
 * read or fetch anything but itself: a `$ref` that is not `#…` (helm 4 and 3 both follow `file://`
 * and `http://` refs, loopback included, and echo what they read in their messages), or a `$schema`
 * that is not a known metaschema. Returns the file, line and reason of the first such value.
 */
function schemaReferenceProblem(files, chart) {
    for (const file of chartSchemaFiles(files, chart)) {
        const text = files.text(file) ?? '';
        // A leading byte order mark is taken as helm takes it (schema-references.ts), so the check runs.
        const parsed = (0,_helm_schema_references_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSchema */ .D)(text);
        if (!parsed)
            continue; // helm says what is wrong with it
        const bad = (0,_helm_schema_references_js__WEBPACK_IMPORTED_MODULE_1__/* .foreignReference */ ._)(parsed.schema);
        if (bad) {
            const line = text.slice(0, Math.max(0, text.indexOf(JSON.stringify(bad.value)))).split('\n').length;
            return {
                file,
                line,
                message: `${bad.key} "${bad.value}" in ${file} is not read: only "#…" references within the schema are`,
            };
        }
    }
    return null;
}
function chartSchemaFiles(files, chart, depth = 0) {
    const own = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .repoJoin */ .pg)(chart, 'values.schema.json');
    const found = files.isFile(own) ? [own] : [];
    if (depth > 10)
        return found;
    for (const sub of files.list((0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .repoJoin */ .pg)(chart, 'charts'))) {
        const dir = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .repoJoin */ .pg)(chart, `charts/${sub}`);
        if (files.isDirectory(dir))
            found.push(...chartSchemaFiles(files, dir, depth + 1));
    }
    return found;
}


/***/ }),

/***/ 4110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ helmSourceJson),
/* harmony export */   ET: () => (/* binding */ readHelmSource),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   XR: () => (/* binding */ helmOptions),
/* harmony export */   wi: () => (/* binding */ NO_HELM_OPTIONS)
/* harmony export */ });
const NO_HELM_OPTIONS = {
    fileParameters: [],
    skipCrds: false,
    skipSchemaValidation: false,
    skipTests: false,
    kubeVersion: null,
    apiVersions: [],
};
function helmOptions(h) {
    const { fileParameters, skipCrds, skipSchemaValidation, skipTests, kubeVersion, apiVersions } = h;
    return { fileParameters, skipCrds, skipSchemaValidation, skipTests, kubeVersion, apiVersions };
}
/**
 * The typed helm block of a source (`spec.source.helm` as JSON). Fields of the wrong type read as
 * absent: the Application schema reports them. A null or empty valueFiles entry stays ''.
 */
function readHelmSource(raw) {
    const h = isObject(raw) ? raw : {};
    const text = (v) => (typeof v === 'string' && v !== '' ? v : null);
    const list = (v) => (Array.isArray(v) ? v : []);
    return {
        releaseName: text(h.releaseName),
        namespace: text(h.namespace),
        valueFiles: list(h.valueFiles).map((v) => (v === null || v === undefined ? '' : String(v))),
        parameters: list(h.parameters)
            .filter(isObject)
            .map((p) => ({
            name: String(p.name ?? ''),
            value: String(p.value ?? ''),
            ...(p.forceString === true ? { forceString: true } : {}),
        })),
        fileParameters: list(h.fileParameters)
            .filter(isObject)
            .map((p) => ({ name: String(p.name ?? ''), path: String(p.path ?? '') })),
        values: typeof h.values === 'string' ? h.values : null,
        valuesObject: isObject(h.valuesObject) ? h.valuesObject : null,
        ignoreMissingValueFiles: h.ignoreMissingValueFiles === true,
        skipCrds: h.skipCrds === true,
        skipSchemaValidation: h.skipSchemaValidation === true,
        skipTests: h.skipTests === true,
        kubeVersion: text(h.kubeVersion),
        apiVersions: list(h.apiVersions).filter((v) => typeof v === 'string'),
    };
}
/** The helm block as Argo CD's JSON (what a `.argocd-source.yaml` merge patch applies to). */
function helmSourceJson(h) {
    const out = {};
    if (h.releaseName)
        out.releaseName = h.releaseName;
    if (h.namespace)
        out.namespace = h.namespace;
    if (h.valueFiles.length > 0)
        out.valueFiles = [...h.valueFiles];
    if (h.parameters.length > 0)
        out.parameters = h.parameters.map(({ name, value, forceString }) => ({
            name,
            value,
            ...(forceString ? { forceString } : {}),
        }));
    if (h.fileParameters.length > 0)
        out.fileParameters = h.fileParameters.map((p) => ({ ...p }));
    if (h.values !== null)
        out.values = h.values;
    if (h.valuesObject)
        out.valuesObject = h.valuesObject;
    for (const flag of ['ignoreMissingValueFiles', 'skipCrds', 'skipSchemaValidation', 'skipTests'])
        if (h[flag])
            out[flag] = true;
    if (h.kubeVersion)
        out.kubeVersion = h.kubeVersion;
    if (h.apiVersions.length > 0)
        out.apiVersions = [...h.apiVersions];
    return out;
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 7577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ compileSchema),
  WE: () => (/* binding */ explain),
  t8: () => (/* binding */ precompiled),
  T2: () => (/* binding */ validateNode)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/gitops/linear-regexp.ts

/**
 * The regular-expression engine for schemas the repository brings (`pattern`, `patternProperties`
 * in a chart's values.schema.json): RE2, which matches in linear time, so a pattern such as
 * `^([a-z0-9-]+)+\.$` cannot make validation hang on a long value (helm checks the same schema with
 * Go's RE2). A pattern RE2 cannot run (lookaround, backreferences) makes the schema unusable, as it
 * is for helm.
 */
function linearRegExp(pattern, flags) {
    void flags; // ECMAScript's `u`: RE2 is Unicode-aware already
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(pattern);
    }
    catch (e) {
        // No fallback to a backtracking engine (a lookahead would bring the hang back); helm's Go
        // regexp refuses the same patterns.
        throw new Error(`pattern ${JSON.stringify(pattern)} is not RE2 syntax, which helm uses too: ${e.message}`, { cause: e });
    }
    return {
        test: (text) => re2.matcher(text).find(),
        toString: () => `re2:/${pattern}/`,
    };
}
/** ajv writes this name into generated code; at run time it calls the function itself. */
linearRegExp.code = 'linearRegExp';

// EXTERNAL MODULE: ./src/gitops/secret-keys.ts
var secret_keys = __webpack_require__(2803);
// EXTERNAL MODULE: ./src/util/json-pointer.ts
var json_pointer = __webpack_require__(7148);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
// EXTERNAL MODULE: ./schemas/app-of-apps.values.schema.json
var app_of_apps_values_schema = __webpack_require__(9826);
// EXTERNAL MODULE: ./schemas/argocd-application.schema.json
var argocd_application_schema = __webpack_require__(603);
// EXTERNAL MODULE: ./schemas/config.schema.json
var config_schema = __webpack_require__(6538);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
;// CONCATENATED MODULE: ./src/gitops/generated/app-of-apps.values.validate.js
// Generated by scripts/gen-validators.mjs from schemas/app-of-apps.values.schema.json. Do not edit.
/* eslint-disable */

const app_of_apps_values_validate_ucs2length = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"];
const validate = validate0;/* harmony default export */ const app_of_apps_values_validate = ((/* unused pure expression or super */ null && (validate0)));const schema0 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gitops-promotion.dev/schemas/app-of-apps.values.schema.json","title":"app-of-apps values","description":"Values of an Argo CD app-of-apps Helm chart: cluster identity, global source defaults, and one block per component (camelCase key) rendered into one Argo CD Application.","type":"object","properties":{"cluster":{"description":"Identity of the target cluster; usually set in values.<cluster>.yaml.","type":"object","properties":{"name":{"description":"Cluster name, used as the Application name prefix and as values.<name>.yaml of each component.","type":"string"},"env":{"description":"Environment the cluster belongs to (for example dev, staging, prod).","type":"string"},"server":{"description":"Kubernetes API server URL used as spec.destination.server of every Application.","type":"string"}},"additionalProperties":false},"global":{"description":"Defaults shared by all component blocks.","type":"object","properties":{"repoURL":{"description":"Default Git repository URL of component sources.","type":"string"},"targetRevision":{"description":"Default Git revision (branch, tag or commit) of component sources.","type":"string"}},"additionalProperties":true}},"additionalProperties":{"$ref":"#/definitions/component"},"definitions":{"component":{"description":"One component, rendered as an Argo CD Application named <cluster.name>-<component-name> when enabled.","type":"object","properties":{"enable":{"description":"Whether the Application is rendered for this cluster.","type":"boolean"},"project":{"description":"Argo CD project of the Application (default: default).","type":"string"},"namespace":{"description":"Destination namespace of the component (an RFC 1123 label).","type":"string","maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"annotations":{"description":"Annotations of the Application, for example argocd.argoproj.io/sync-wave.","type":"object","additionalProperties":{"type":"string"}},"labels":{"description":"Extra labels of the Application; cluster, env and component are always set by the chart.","type":"object","additionalProperties":{"type":"string"}},"source":{"description":"Where the component's manifests come from (spec.source of the Application).","type":"object","properties":{"repoURL":{"description":"Git or Helm repository URL (default: global.repoURL).","type":"string"},"path":{"description":"Path of the chart inside a Git repository, for example charts/cert-manager.","type":"string"},"chart":{"description":"Chart name when repoURL is a Helm repository (used instead of path).","type":"string"},"targetRevision":{"description":"Git revision or chart version (default: global.targetRevision).","type":"string"},"helm":{"description":"Helm options of the source (spec.source.helm).","type":"object","properties":{"releaseName":{"description":"Helm release name (default: the component name).","type":"string"},"valueFiles":{"description":"Extra value files, relative to the chart, applied after values.yaml and values.<cluster>.yaml.","type":"array","items":{"type":"string","minLength":1}},"values":{"description":"Inline values, applied after all value files.","type":"object"},"parameters":{"description":"Individual Helm parameter overrides (like --set).","type":"array","items":{"type":"object","properties":{"name":{"description":"Parameter name, for example controller.replicas.","type":"string"},"value":{"description":"Parameter value.","type":"string"},"forceString":{"description":"Pass the value as a string (like --set-string).","type":"boolean"}},"required":["name"],"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false},"syncPolicy":{"description":"Replaces the default syncPolicy (automated prune and selfHeal, CreateNamespace=true).","type":"object"}},"additionalProperties":false}}};const schema1 = {"description":"One component, rendered as an Argo CD Application named <cluster.name>-<component-name> when enabled.","type":"object","properties":{"enable":{"description":"Whether the Application is rendered for this cluster.","type":"boolean"},"project":{"description":"Argo CD project of the Application (default: default).","type":"string"},"namespace":{"description":"Destination namespace of the component (an RFC 1123 label).","type":"string","maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"annotations":{"description":"Annotations of the Application, for example argocd.argoproj.io/sync-wave.","type":"object","additionalProperties":{"type":"string"}},"labels":{"description":"Extra labels of the Application; cluster, env and component are always set by the chart.","type":"object","additionalProperties":{"type":"string"}},"source":{"description":"Where the component's manifests come from (spec.source of the Application).","type":"object","properties":{"repoURL":{"description":"Git or Helm repository URL (default: global.repoURL).","type":"string"},"path":{"description":"Path of the chart inside a Git repository, for example charts/cert-manager.","type":"string"},"chart":{"description":"Chart name when repoURL is a Helm repository (used instead of path).","type":"string"},"targetRevision":{"description":"Git revision or chart version (default: global.targetRevision).","type":"string"},"helm":{"description":"Helm options of the source (spec.source.helm).","type":"object","properties":{"releaseName":{"description":"Helm release name (default: the component name).","type":"string"},"valueFiles":{"description":"Extra value files, relative to the chart, applied after values.yaml and values.<cluster>.yaml.","type":"array","items":{"type":"string","minLength":1}},"values":{"description":"Inline values, applied after all value files.","type":"object"},"parameters":{"description":"Individual Helm parameter overrides (like --set).","type":"array","items":{"type":"object","properties":{"name":{"description":"Parameter name, for example controller.replicas.","type":"string"},"value":{"description":"Parameter value.","type":"string"},"forceString":{"description":"Pass the value as a string (like --set-string).","type":"boolean"}},"required":["name"],"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false},"syncPolicy":{"description":"Replaces the default syncPolicy (automated prune and selfHeal, CreateNamespace=true).","type":"object"}},"additionalProperties":false};const func0 = app_of_apps_values_validate_ucs2length;const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://gitops-promotion.dev/schemas/app-of-apps.values.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "cluster") || (key0 === "global"))){let data0 = data[key0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(((((((key1 === "enable") || (key1 === "project")) || (key1 === "namespace")) || (key1 === "annotations")) || (key1 === "labels")) || (key1 === "source")) || (key1 === "syncPolicy"))){const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/component/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data0.enable !== undefined){if(typeof data0.enable !== "boolean"){const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/enable",schemaPath:"#/definitions/component/properties/enable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.project !== undefined){if(typeof data0.project !== "string"){const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/project",schemaPath:"#/definitions/component/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.namespace !== undefined){let data3 = data0.namespace;if(typeof data3 === "string"){if(func0(data3) > 63){const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/namespace",schemaPath:"#/definitions/component/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!pattern0.test(data3)){const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/namespace",schemaPath:"#/definitions/component/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/namespace",schemaPath:"#/definitions/component/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.annotations !== undefined){let data4 = data0.annotations;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(typeof data4[key2] !== "string"){const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/component/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/annotations",schemaPath:"#/definitions/component/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.labels !== undefined){let data6 = data0.labels;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key3 in data6){if(typeof data6[key3] !== "string"){const err8 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/component/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/component/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.source !== undefined){let data8 = data0.source;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key4 in data8){if(!(((((key4 === "repoURL") || (key4 === "path")) || (key4 === "chart")) || (key4 === "targetRevision")) || (key4 === "helm"))){const err10 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/definitions/component/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data8.repoURL !== undefined){if(typeof data8.repoURL !== "string"){const err11 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/repoURL",schemaPath:"#/definitions/component/properties/source/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data8.path !== undefined){if(typeof data8.path !== "string"){const err12 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/path",schemaPath:"#/definitions/component/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data8.chart !== undefined){if(typeof data8.chart !== "string"){const err13 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/chart",schemaPath:"#/definitions/component/properties/source/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data8.targetRevision !== undefined){if(typeof data8.targetRevision !== "string"){const err14 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/targetRevision",schemaPath:"#/definitions/component/properties/source/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data8.helm !== undefined){let data13 = data8.helm;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key5 in data13){if(!((((key5 === "releaseName") || (key5 === "valueFiles")) || (key5 === "values")) || (key5 === "parameters"))){const err15 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm",schemaPath:"#/definitions/component/properties/source/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data13.releaseName !== undefined){if(typeof data13.releaseName !== "string"){const err16 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/releaseName",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data13.valueFiles !== undefined){let data15 = data13.valueFiles;if(Array.isArray(data15)){const len0 = data15.length;for(let i0=0; i0<len0; i0++){let data16 = data15[i0];if(typeof data16 === "string"){if(func0(data16) < 1){const err17 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/valueFiles/" + i0,schemaPath:"#/definitions/component/properties/source/properties/helm/properties/valueFiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/valueFiles/" + i0,schemaPath:"#/definitions/component/properties/source/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/valueFiles",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data13.values !== undefined){let data17 = data13.values;if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){const err20 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/values",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data13.parameters !== undefined){let data18 = data13.parameters;if(Array.isArray(data18)){const len1 = data18.length;for(let i1=0; i1<len1; i1++){let data19 = data18[i1];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.name === undefined){const err21 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters/" + i1,schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key6 in data19){if(!(((key6 === "name") || (key6 === "value")) || (key6 === "forceString"))){const err22 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters/" + i1,schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data19.name !== undefined){if(typeof data19.name !== "string"){const err23 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters/" + i1+"/name",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data19.value !== undefined){if(typeof data19.value !== "string"){const err24 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters/" + i1+"/value",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data19.forceString !== undefined){if(typeof data19.forceString !== "boolean"){const err25 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters/" + i1+"/forceString",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters/" + i1,schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm/parameters",schemaPath:"#/definitions/component/properties/source/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source/helm",schemaPath:"#/definitions/component/properties/source/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/source",schemaPath:"#/definitions/component/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data0.syncPolicy !== undefined){let data23 = data0.syncPolicy;if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){const err30 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/syncPolicy",schemaPath:"#/definitions/component/properties/syncPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/component/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}if(data.cluster !== undefined){let data24 = data.cluster;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key7 in data24){if(!(((key7 === "name") || (key7 === "env")) || (key7 === "server"))){const err32 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data24.name !== undefined){if(typeof data24.name !== "string"){const err33 = {instancePath:instancePath+"/cluster/name",schemaPath:"#/properties/cluster/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data24.env !== undefined){if(typeof data24.env !== "string"){const err34 = {instancePath:instancePath+"/cluster/env",schemaPath:"#/properties/cluster/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data24.server !== undefined){if(typeof data24.server !== "string"){const err35 = {instancePath:instancePath+"/cluster/server",schemaPath:"#/properties/cluster/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.global !== undefined){let data28 = data.global;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){if(data28.repoURL !== undefined){if(typeof data28.repoURL !== "string"){const err37 = {instancePath:instancePath+"/global/repoURL",schemaPath:"#/properties/global/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data28.targetRevision !== undefined){if(typeof data28.targetRevision !== "string"){const err38 = {instancePath:instancePath+"/global/targetRevision",schemaPath:"#/properties/global/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/global",schemaPath:"#/properties/global/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}validate0.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
;// CONCATENATED MODULE: ./src/gitops/generated/argocd-application.validate.js
// Generated by scripts/gen-validators.mjs from schemas/argocd-application.schema.json. Do not edit.
/* eslint-disable */

const argocd_application_validate_ucs2length = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"];

const fullFormats = (formats.fullFormats ? formats : formats.default).fullFormats;
const argocd_application_validate_validate = argocd_application_validate_validate0;/* harmony default export */ const argocd_application_validate = ((/* unused pure expression or super */ null && (argocd_application_validate_validate0)));const argocd_application_validate_schema0 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gitops-promotion.dev/schemas/argocd-application.schema.json","$comment":"Generated by scripts/gen-argocd-schema.mjs from argoproj/argo-cd manifests/crds/application-crd.yaml at commit 37ee0097cf851bc2dd7665fc081bbce61a7e836e (Copyright The Argo Authors, Apache License 2.0, see third_party/argo-cd/LICENSE and NOTICE.md). Modified: descriptions removed, additionalProperties:false added to closed objects, root apiVersion/kind/metadata constrained, status reduced to an object. Do not edit by hand; run node scripts/gen-argocd-schema.mjs.","properties":{"apiVersion":{"type":"string","const":"argoproj.io/v1alpha1"},"kind":{"type":"string","const":"Application"},"metadata":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"generateName":{"type":"string"},"namespace":{"type":"string"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"annotations":{"type":"object","additionalProperties":{"type":"string"}},"finalizers":{"type":"array","items":{"type":"string"}},"uid":{"type":"string"},"resourceVersion":{"type":"string"},"generation":{"type":"integer","format":"int64"},"creationTimestamp":{"type":["string","null"],"format":"date-time"},"deletionTimestamp":{"type":"string","format":"date-time"},"deletionGracePeriodSeconds":{"type":"integer","format":"int64"},"ownerReferences":{"type":"array","items":{"type":"object","required":["apiVersion","kind","name","uid"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"uid":{"type":"string"},"controller":{"type":"boolean"},"blockOwnerDeletion":{"type":"boolean"}},"additionalProperties":false}},"managedFields":{"type":"array","items":{"type":"object","properties":{"apiVersion":{"type":"string"},"fieldsType":{"type":"string"},"fieldsV1":{"type":"object"},"manager":{"type":"string"},"operation":{"type":"string"},"subresource":{"type":"string"},"time":{"type":"string","format":"date-time"}},"additionalProperties":false}}},"additionalProperties":false},"operation":{"properties":{"info":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"initiatedBy":{"properties":{"automated":{"type":"boolean"},"username":{"type":"string"}},"type":"object","additionalProperties":false},"retry":{"properties":{"backoff":{"properties":{"duration":{"type":"string"},"factor":{"format":"int64","type":"integer"},"maxDuration":{"type":"string"}},"type":"object","additionalProperties":false},"limit":{"format":"int64","type":"integer"},"refresh":{"type":"boolean"}},"type":"object","additionalProperties":false},"sync":{"properties":{"autoHealAttemptsCount":{"format":"int64","type":"integer"},"dryRun":{"type":"boolean"},"manifests":{"items":{"type":"string"},"type":"array"},"prune":{"type":"boolean"},"resources":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"type":"array"},"revision":{"type":"string"},"revisions":{"items":{"type":"string"},"type":"array"},"source":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"sources":{"items":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"type":"array"},"syncOptions":{"items":{"type":"string"},"type":"array"},"syncStrategy":{"properties":{"apply":{"properties":{"force":{"type":"boolean"}},"type":"object","additionalProperties":false},"hook":{"properties":{"force":{"type":"boolean"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"spec":{"properties":{"destination":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"server":{"type":"string"}},"type":"object","additionalProperties":false},"ignoreDifferences":{"items":{"properties":{"group":{"type":"string"},"jqPathExpressions":{"items":{"type":"string"},"type":"array"},"jsonPointers":{"items":{"type":"string"},"type":"array"},"kind":{"type":"string"},"managedFieldsManagers":{"items":{"type":"string"},"type":"array"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind"],"type":"object","additionalProperties":false},"type":"array"},"info":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"project":{"type":"string"},"revisionHistoryLimit":{"format":"int64","type":"integer"},"source":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"sourceHydrator":{"properties":{"drySource":{"properties":{"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"repoURL":{"type":"string"},"targetRevision":{"type":"string"}},"required":["path","repoURL","targetRevision"],"type":"object","additionalProperties":false},"hydrateTo":{"properties":{"targetBranch":{"type":"string"}},"required":["targetBranch"],"type":"object","additionalProperties":false},"syncSource":{"properties":{"path":{"minLength":1,"pattern":"^.{2,}|[^./]$","type":"string"},"repoURL":{"type":"string"},"targetBranch":{"type":"string"}},"required":["path","targetBranch"],"type":"object","additionalProperties":false}},"required":["drySource","syncSource"],"type":"object","additionalProperties":false},"sources":{"items":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"type":"array"},"syncPolicy":{"properties":{"automated":{"properties":{"allowEmpty":{"type":"boolean"},"enabled":{"type":"boolean"},"prune":{"type":"boolean"},"selfHeal":{"type":"boolean"}},"type":"object","additionalProperties":false},"managedNamespaceMetadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"retry":{"properties":{"backoff":{"properties":{"duration":{"type":"string"},"factor":{"format":"int64","type":"integer"},"maxDuration":{"type":"string"}},"type":"object","additionalProperties":false},"limit":{"format":"int64","type":"integer"},"refresh":{"type":"boolean"}},"type":"object","additionalProperties":false},"syncOptions":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}},"required":["destination","project"],"type":"object","additionalProperties":false},"status":{"type":"object"}},"required":["apiVersion","kind","metadata","spec"],"type":"object","additionalProperties":false};const argocd_application_validate_func0 = Object.prototype.hasOwnProperty;const func1 = argocd_application_validate_ucs2length;const formats0 = fullFormats.int64;const formats2 = fullFormats["date-time"];const argocd_application_validate_pattern0 = new RegExp("^.{2,}|[^./]$", "u");function argocd_application_validate_validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://gitops-promotion.dev/schemas/argocd-application.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.apiVersion === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.kind === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.metadata === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.spec === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "operation")) || (key0 === "spec")) || (key0 === "status"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.apiVersion !== undefined){let data0 = data.apiVersion;if(typeof data0 !== "string"){const err5 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if("argoproj.io/v1alpha1" !== data0){const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "argoproj.io/v1alpha1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.kind !== undefined){let data1 = data.kind;if(typeof data1 !== "string"){const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if("Application" !== data1){const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Application"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.metadata !== undefined){let data2 = data.metadata;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.name === undefined){const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key1 in data2){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.metadata.properties, key1))){const err10 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2.name !== undefined){let data3 = data2.name;if(typeof data3 === "string"){if(func1(data3) < 1){const err11 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.generateName !== undefined){if(typeof data2.generateName !== "string"){const err13 = {instancePath:instancePath+"/metadata/generateName",schemaPath:"#/properties/metadata/properties/generateName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data2.namespace !== undefined){if(typeof data2.namespace !== "string"){const err14 = {instancePath:instancePath+"/metadata/namespace",schemaPath:"#/properties/metadata/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data2.labels !== undefined){let data6 = data2.labels;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(typeof data6[key2] !== "string"){const err15 = {instancePath:instancePath+"/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/metadata/labels",schemaPath:"#/properties/metadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data2.annotations !== undefined){let data8 = data2.annotations;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key3 in data8){if(typeof data8[key3] !== "string"){const err17 = {instancePath:instancePath+"/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"#/properties/metadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data2.finalizers !== undefined){let data10 = data2.finalizers;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){if(typeof data10[i0] !== "string"){const err19 = {instancePath:instancePath+"/metadata/finalizers/" + i0,schemaPath:"#/properties/metadata/properties/finalizers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/metadata/finalizers",schemaPath:"#/properties/metadata/properties/finalizers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data2.uid !== undefined){if(typeof data2.uid !== "string"){const err21 = {instancePath:instancePath+"/metadata/uid",schemaPath:"#/properties/metadata/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data2.resourceVersion !== undefined){if(typeof data2.resourceVersion !== "string"){const err22 = {instancePath:instancePath+"/metadata/resourceVersion",schemaPath:"#/properties/metadata/properties/resourceVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data2.generation !== undefined){let data14 = data2.generation;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){const err23 = {instancePath:instancePath+"/metadata/generation",schemaPath:"#/properties/metadata/properties/generation/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(typeof data14 == "number"){if(!(formats0.validate(data14))){const err24 = {instancePath:instancePath+"/metadata/generation",schemaPath:"#/properties/metadata/properties/generation/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}if(data2.creationTimestamp !== undefined){let data15 = data2.creationTimestamp;if((typeof data15 !== "string") && (data15 !== null)){const err25 = {instancePath:instancePath+"/metadata/creationTimestamp",schemaPath:"#/properties/metadata/properties/creationTimestamp/type",keyword:"type",params:{type: argocd_application_validate_schema0.properties.metadata.properties.creationTimestamp.type},message:"must be string,null"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(typeof data15 === "string"){if(!(formats2.validate(data15))){const err26 = {instancePath:instancePath+"/metadata/creationTimestamp",schemaPath:"#/properties/metadata/properties/creationTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data2.deletionTimestamp !== undefined){let data16 = data2.deletionTimestamp;if(typeof data16 === "string"){if(!(formats2.validate(data16))){const err27 = {instancePath:instancePath+"/metadata/deletionTimestamp",schemaPath:"#/properties/metadata/properties/deletionTimestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/metadata/deletionTimestamp",schemaPath:"#/properties/metadata/properties/deletionTimestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data2.deletionGracePeriodSeconds !== undefined){let data17 = data2.deletionGracePeriodSeconds;if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){const err29 = {instancePath:instancePath+"/metadata/deletionGracePeriodSeconds",schemaPath:"#/properties/metadata/properties/deletionGracePeriodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(typeof data17 == "number"){if(!(formats0.validate(data17))){const err30 = {instancePath:instancePath+"/metadata/deletionGracePeriodSeconds",schemaPath:"#/properties/metadata/properties/deletionGracePeriodSeconds/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data2.ownerReferences !== undefined){let data18 = data2.ownerReferences;if(Array.isArray(data18)){const len1 = data18.length;for(let i1=0; i1<len1; i1++){let data19 = data18[i1];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.apiVersion === undefined){const err31 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1,schemaPath:"#/properties/metadata/properties/ownerReferences/items/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data19.kind === undefined){const err32 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1,schemaPath:"#/properties/metadata/properties/ownerReferences/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data19.name === undefined){const err33 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1,schemaPath:"#/properties/metadata/properties/ownerReferences/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data19.uid === undefined){const err34 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1,schemaPath:"#/properties/metadata/properties/ownerReferences/items/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}for(const key4 in data19){if(!((((((key4 === "apiVersion") || (key4 === "kind")) || (key4 === "name")) || (key4 === "uid")) || (key4 === "controller")) || (key4 === "blockOwnerDeletion"))){const err35 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1,schemaPath:"#/properties/metadata/properties/ownerReferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data19.apiVersion !== undefined){if(typeof data19.apiVersion !== "string"){const err36 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1+"/apiVersion",schemaPath:"#/properties/metadata/properties/ownerReferences/items/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data19.kind !== undefined){if(typeof data19.kind !== "string"){const err37 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1+"/kind",schemaPath:"#/properties/metadata/properties/ownerReferences/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data19.name !== undefined){if(typeof data19.name !== "string"){const err38 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1+"/name",schemaPath:"#/properties/metadata/properties/ownerReferences/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data19.uid !== undefined){if(typeof data19.uid !== "string"){const err39 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1+"/uid",schemaPath:"#/properties/metadata/properties/ownerReferences/items/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data19.controller !== undefined){if(typeof data19.controller !== "boolean"){const err40 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1+"/controller",schemaPath:"#/properties/metadata/properties/ownerReferences/items/properties/controller/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data19.blockOwnerDeletion !== undefined){if(typeof data19.blockOwnerDeletion !== "boolean"){const err41 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1+"/blockOwnerDeletion",schemaPath:"#/properties/metadata/properties/ownerReferences/items/properties/blockOwnerDeletion/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/metadata/ownerReferences/" + i1,schemaPath:"#/properties/metadata/properties/ownerReferences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/metadata/ownerReferences",schemaPath:"#/properties/metadata/properties/ownerReferences/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data2.managedFields !== undefined){let data26 = data2.managedFields;if(Array.isArray(data26)){const len2 = data26.length;for(let i2=0; i2<len2; i2++){let data27 = data26[i2];if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key5 in data27){if(!(((((((key5 === "apiVersion") || (key5 === "fieldsType")) || (key5 === "fieldsV1")) || (key5 === "manager")) || (key5 === "operation")) || (key5 === "subresource")) || (key5 === "time"))){const err44 = {instancePath:instancePath+"/metadata/managedFields/" + i2,schemaPath:"#/properties/metadata/properties/managedFields/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data27.apiVersion !== undefined){if(typeof data27.apiVersion !== "string"){const err45 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/apiVersion",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data27.fieldsType !== undefined){if(typeof data27.fieldsType !== "string"){const err46 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/fieldsType",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/fieldsType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data27.fieldsV1 !== undefined){let data30 = data27.fieldsV1;if(!(data30 && typeof data30 == "object" && !Array.isArray(data30))){const err47 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/fieldsV1",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/fieldsV1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data27.manager !== undefined){if(typeof data27.manager !== "string"){const err48 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/manager",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/manager/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data27.operation !== undefined){if(typeof data27.operation !== "string"){const err49 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/operation",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data27.subresource !== undefined){if(typeof data27.subresource !== "string"){const err50 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/subresource",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/subresource/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data27.time !== undefined){let data34 = data27.time;if(typeof data34 === "string"){if(!(formats2.validate(data34))){const err51 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/time",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/metadata/managedFields/" + i2+"/time",schemaPath:"#/properties/metadata/properties/managedFields/items/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/metadata/managedFields/" + i2,schemaPath:"#/properties/metadata/properties/managedFields/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/metadata/managedFields",schemaPath:"#/properties/metadata/properties/managedFields/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.operation !== undefined){let data35 = data.operation;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key6 in data35){if(!((((key6 === "info") || (key6 === "initiatedBy")) || (key6 === "retry")) || (key6 === "sync"))){const err56 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data35.info !== undefined){let data36 = data35.info;if(Array.isArray(data36)){const len3 = data36.length;for(let i3=0; i3<len3; i3++){let data37 = data36[i3];if(data37 && typeof data37 == "object" && !Array.isArray(data37)){if(data37.name === undefined){const err57 = {instancePath:instancePath+"/operation/info/" + i3,schemaPath:"#/properties/operation/properties/info/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}if(data37.value === undefined){const err58 = {instancePath:instancePath+"/operation/info/" + i3,schemaPath:"#/properties/operation/properties/info/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}for(const key7 in data37){if(!((key7 === "name") || (key7 === "value"))){const err59 = {instancePath:instancePath+"/operation/info/" + i3,schemaPath:"#/properties/operation/properties/info/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data37.name !== undefined){if(typeof data37.name !== "string"){const err60 = {instancePath:instancePath+"/operation/info/" + i3+"/name",schemaPath:"#/properties/operation/properties/info/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data37.value !== undefined){if(typeof data37.value !== "string"){const err61 = {instancePath:instancePath+"/operation/info/" + i3+"/value",schemaPath:"#/properties/operation/properties/info/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/operation/info/" + i3,schemaPath:"#/properties/operation/properties/info/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/operation/info",schemaPath:"#/properties/operation/properties/info/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data35.initiatedBy !== undefined){let data40 = data35.initiatedBy;if(data40 && typeof data40 == "object" && !Array.isArray(data40)){for(const key8 in data40){if(!((key8 === "automated") || (key8 === "username"))){const err64 = {instancePath:instancePath+"/operation/initiatedBy",schemaPath:"#/properties/operation/properties/initiatedBy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data40.automated !== undefined){if(typeof data40.automated !== "boolean"){const err65 = {instancePath:instancePath+"/operation/initiatedBy/automated",schemaPath:"#/properties/operation/properties/initiatedBy/properties/automated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data40.username !== undefined){if(typeof data40.username !== "string"){const err66 = {instancePath:instancePath+"/operation/initiatedBy/username",schemaPath:"#/properties/operation/properties/initiatedBy/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/operation/initiatedBy",schemaPath:"#/properties/operation/properties/initiatedBy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data35.retry !== undefined){let data43 = data35.retry;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){for(const key9 in data43){if(!(((key9 === "backoff") || (key9 === "limit")) || (key9 === "refresh"))){const err68 = {instancePath:instancePath+"/operation/retry",schemaPath:"#/properties/operation/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data43.backoff !== undefined){let data44 = data43.backoff;if(data44 && typeof data44 == "object" && !Array.isArray(data44)){for(const key10 in data44){if(!(((key10 === "duration") || (key10 === "factor")) || (key10 === "maxDuration"))){const err69 = {instancePath:instancePath+"/operation/retry/backoff",schemaPath:"#/properties/operation/properties/retry/properties/backoff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data44.duration !== undefined){if(typeof data44.duration !== "string"){const err70 = {instancePath:instancePath+"/operation/retry/backoff/duration",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data44.factor !== undefined){let data46 = data44.factor;if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){const err71 = {instancePath:instancePath+"/operation/retry/backoff/factor",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/factor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(typeof data46 == "number"){if(!(formats0.validate(data46))){const err72 = {instancePath:instancePath+"/operation/retry/backoff/factor",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/factor/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}if(data44.maxDuration !== undefined){if(typeof data44.maxDuration !== "string"){const err73 = {instancePath:instancePath+"/operation/retry/backoff/maxDuration",schemaPath:"#/properties/operation/properties/retry/properties/backoff/properties/maxDuration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/operation/retry/backoff",schemaPath:"#/properties/operation/properties/retry/properties/backoff/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data43.limit !== undefined){let data48 = data43.limit;if(!((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48)))){const err75 = {instancePath:instancePath+"/operation/retry/limit",schemaPath:"#/properties/operation/properties/retry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(typeof data48 == "number"){if(!(formats0.validate(data48))){const err76 = {instancePath:instancePath+"/operation/retry/limit",schemaPath:"#/properties/operation/properties/retry/properties/limit/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}if(data43.refresh !== undefined){if(typeof data43.refresh !== "boolean"){const err77 = {instancePath:instancePath+"/operation/retry/refresh",schemaPath:"#/properties/operation/properties/retry/properties/refresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/operation/retry",schemaPath:"#/properties/operation/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data35.sync !== undefined){let data50 = data35.sync;if(data50 && typeof data50 == "object" && !Array.isArray(data50)){for(const key11 in data50){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties, key11))){const err79 = {instancePath:instancePath+"/operation/sync",schemaPath:"#/properties/operation/properties/sync/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data50.autoHealAttemptsCount !== undefined){let data51 = data50.autoHealAttemptsCount;if(!((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51)))){const err80 = {instancePath:instancePath+"/operation/sync/autoHealAttemptsCount",schemaPath:"#/properties/operation/properties/sync/properties/autoHealAttemptsCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(typeof data51 == "number"){if(!(formats0.validate(data51))){const err81 = {instancePath:instancePath+"/operation/sync/autoHealAttemptsCount",schemaPath:"#/properties/operation/properties/sync/properties/autoHealAttemptsCount/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}if(data50.dryRun !== undefined){if(typeof data50.dryRun !== "boolean"){const err82 = {instancePath:instancePath+"/operation/sync/dryRun",schemaPath:"#/properties/operation/properties/sync/properties/dryRun/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data50.manifests !== undefined){let data53 = data50.manifests;if(Array.isArray(data53)){const len4 = data53.length;for(let i4=0; i4<len4; i4++){if(typeof data53[i4] !== "string"){const err83 = {instancePath:instancePath+"/operation/sync/manifests/" + i4,schemaPath:"#/properties/operation/properties/sync/properties/manifests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/operation/sync/manifests",schemaPath:"#/properties/operation/properties/sync/properties/manifests/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data50.prune !== undefined){if(typeof data50.prune !== "boolean"){const err85 = {instancePath:instancePath+"/operation/sync/prune",schemaPath:"#/properties/operation/properties/sync/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data50.resources !== undefined){let data56 = data50.resources;if(Array.isArray(data56)){const len5 = data56.length;for(let i5=0; i5<len5; i5++){let data57 = data56[i5];if(data57 && typeof data57 == "object" && !Array.isArray(data57)){if(data57.kind === undefined){const err86 = {instancePath:instancePath+"/operation/sync/resources/" + i5,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if(data57.name === undefined){const err87 = {instancePath:instancePath+"/operation/sync/resources/" + i5,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}for(const key12 in data57){if(!((((key12 === "group") || (key12 === "kind")) || (key12 === "name")) || (key12 === "namespace"))){const err88 = {instancePath:instancePath+"/operation/sync/resources/" + i5,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data57.group !== undefined){if(typeof data57.group !== "string"){const err89 = {instancePath:instancePath+"/operation/sync/resources/" + i5+"/group",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data57.kind !== undefined){if(typeof data57.kind !== "string"){const err90 = {instancePath:instancePath+"/operation/sync/resources/" + i5+"/kind",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data57.name !== undefined){if(typeof data57.name !== "string"){const err91 = {instancePath:instancePath+"/operation/sync/resources/" + i5+"/name",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(data57.namespace !== undefined){if(typeof data57.namespace !== "string"){const err92 = {instancePath:instancePath+"/operation/sync/resources/" + i5+"/namespace",schemaPath:"#/properties/operation/properties/sync/properties/resources/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}}else {const err93 = {instancePath:instancePath+"/operation/sync/resources/" + i5,schemaPath:"#/properties/operation/properties/sync/properties/resources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath:instancePath+"/operation/sync/resources",schemaPath:"#/properties/operation/properties/sync/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data50.revision !== undefined){if(typeof data50.revision !== "string"){const err95 = {instancePath:instancePath+"/operation/sync/revision",schemaPath:"#/properties/operation/properties/sync/properties/revision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data50.revisions !== undefined){let data63 = data50.revisions;if(Array.isArray(data63)){const len6 = data63.length;for(let i6=0; i6<len6; i6++){if(typeof data63[i6] !== "string"){const err96 = {instancePath:instancePath+"/operation/sync/revisions/" + i6,schemaPath:"#/properties/operation/properties/sync/properties/revisions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/operation/sync/revisions",schemaPath:"#/properties/operation/properties/sync/properties/revisions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data50.source !== undefined){let data65 = data50.source;if(data65 && typeof data65 == "object" && !Array.isArray(data65)){if(data65.repoURL === undefined){const err98 = {instancePath:instancePath+"/operation/sync/source",schemaPath:"#/properties/operation/properties/sync/properties/source/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}for(const key13 in data65){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties.source.properties, key13))){const err99 = {instancePath:instancePath+"/operation/sync/source",schemaPath:"#/properties/operation/properties/sync/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data65.chart !== undefined){if(typeof data65.chart !== "string"){const err100 = {instancePath:instancePath+"/operation/sync/source/chart",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data65.directory !== undefined){let data67 = data65.directory;if(data67 && typeof data67 == "object" && !Array.isArray(data67)){for(const key14 in data67){if(!(((((key14 === "disableExtensionFilter") || (key14 === "exclude")) || (key14 === "include")) || (key14 === "jsonnet")) || (key14 === "recurse"))){const err101 = {instancePath:instancePath+"/operation/sync/source/directory",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data67.disableExtensionFilter !== undefined){if(typeof data67.disableExtensionFilter !== "boolean"){const err102 = {instancePath:instancePath+"/operation/sync/source/directory/disableExtensionFilter",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data67.exclude !== undefined){if(typeof data67.exclude !== "string"){const err103 = {instancePath:instancePath+"/operation/sync/source/directory/exclude",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data67.include !== undefined){if(typeof data67.include !== "string"){const err104 = {instancePath:instancePath+"/operation/sync/source/directory/include",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data67.jsonnet !== undefined){let data71 = data67.jsonnet;if(data71 && typeof data71 == "object" && !Array.isArray(data71)){for(const key15 in data71){if(!(((key15 === "extVars") || (key15 === "libs")) || (key15 === "tlas"))){const err105 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data71.extVars !== undefined){let data72 = data71.extVars;if(Array.isArray(data72)){const len7 = data72.length;for(let i7=0; i7<len7; i7++){let data73 = data72[i7];if(data73 && typeof data73 == "object" && !Array.isArray(data73)){if(data73.name === undefined){const err106 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}if(data73.value === undefined){const err107 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}for(const key16 in data73){if(!(((key16 === "code") || (key16 === "name")) || (key16 === "value"))){const err108 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data73.code !== undefined){if(typeof data73.code !== "boolean"){const err109 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7+"/code",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data73.name !== undefined){if(typeof data73.name !== "string"){const err110 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data73.value !== undefined){if(typeof data73.value !== "string"){const err111 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}}else {const err112 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars/" + i7,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}else {const err113 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/extVars",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data71.libs !== undefined){let data77 = data71.libs;if(Array.isArray(data77)){const len8 = data77.length;for(let i8=0; i8<len8; i8++){if(typeof data77[i8] !== "string"){const err114 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/libs/" + i8,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}else {const err115 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/libs",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data71.tlas !== undefined){let data79 = data71.tlas;if(Array.isArray(data79)){const len9 = data79.length;for(let i9=0; i9<len9; i9++){let data80 = data79[i9];if(data80 && typeof data80 == "object" && !Array.isArray(data80)){if(data80.name === undefined){const err116 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}if(data80.value === undefined){const err117 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}for(const key17 in data80){if(!(((key17 === "code") || (key17 === "name")) || (key17 === "value"))){const err118 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data80.code !== undefined){if(typeof data80.code !== "boolean"){const err119 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9+"/code",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data80.name !== undefined){if(typeof data80.name !== "string"){const err120 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data80.value !== undefined){if(typeof data80.value !== "string"){const err121 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}}else {const err122 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas/" + i9,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}}else {const err123 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet/tlas",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath:instancePath+"/operation/sync/source/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}if(data67.recurse !== undefined){if(typeof data67.recurse !== "boolean"){const err125 = {instancePath:instancePath+"/operation/sync/source/directory/recurse",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}}else {const err126 = {instancePath:instancePath+"/operation/sync/source/directory",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data65.helm !== undefined){let data85 = data65.helm;if(data85 && typeof data85 == "object" && !Array.isArray(data85)){for(const key18 in data85){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties.source.properties.helm.properties, key18))){const err127 = {instancePath:instancePath+"/operation/sync/source/helm",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data85.apiVersions !== undefined){let data86 = data85.apiVersions;if(Array.isArray(data86)){const len10 = data86.length;for(let i10=0; i10<len10; i10++){if(typeof data86[i10] !== "string"){const err128 = {instancePath:instancePath+"/operation/sync/source/helm/apiVersions/" + i10,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}else {const err129 = {instancePath:instancePath+"/operation/sync/source/helm/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data85.fileParameters !== undefined){let data88 = data85.fileParameters;if(Array.isArray(data88)){const len11 = data88.length;for(let i11=0; i11<len11; i11++){let data89 = data88[i11];if(data89 && typeof data89 == "object" && !Array.isArray(data89)){for(const key19 in data89){if(!((key19 === "name") || (key19 === "path"))){const err130 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i11,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data89.name !== undefined){if(typeof data89.name !== "string"){const err131 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i11+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data89.path !== undefined){if(typeof data89.path !== "string"){const err132 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i11+"/path",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}else {const err133 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters/" + i11,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}}else {const err134 = {instancePath:instancePath+"/operation/sync/source/helm/fileParameters",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data85.ignoreMissingValueFiles !== undefined){if(typeof data85.ignoreMissingValueFiles !== "boolean"){const err135 = {instancePath:instancePath+"/operation/sync/source/helm/ignoreMissingValueFiles",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(data85.kubeVersion !== undefined){if(typeof data85.kubeVersion !== "string"){const err136 = {instancePath:instancePath+"/operation/sync/source/helm/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data85.namespace !== undefined){if(typeof data85.namespace !== "string"){const err137 = {instancePath:instancePath+"/operation/sync/source/helm/namespace",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data85.parameters !== undefined){let data95 = data85.parameters;if(Array.isArray(data95)){const len12 = data95.length;for(let i12=0; i12<len12; i12++){let data96 = data95[i12];if(data96 && typeof data96 == "object" && !Array.isArray(data96)){for(const key20 in data96){if(!(((key20 === "forceString") || (key20 === "name")) || (key20 === "value"))){const err138 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i12,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data96.forceString !== undefined){if(typeof data96.forceString !== "boolean"){const err139 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i12+"/forceString",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}if(data96.name !== undefined){if(typeof data96.name !== "string"){const err140 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i12+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data96.value !== undefined){if(typeof data96.value !== "string"){const err141 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i12+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}}else {const err142 = {instancePath:instancePath+"/operation/sync/source/helm/parameters/" + i12,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}}else {const err143 = {instancePath:instancePath+"/operation/sync/source/helm/parameters",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data85.passCredentials !== undefined){if(typeof data85.passCredentials !== "boolean"){const err144 = {instancePath:instancePath+"/operation/sync/source/helm/passCredentials",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data85.releaseName !== undefined){if(typeof data85.releaseName !== "string"){const err145 = {instancePath:instancePath+"/operation/sync/source/helm/releaseName",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data85.skipCrds !== undefined){if(typeof data85.skipCrds !== "boolean"){const err146 = {instancePath:instancePath+"/operation/sync/source/helm/skipCrds",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data85.skipSchemaValidation !== undefined){if(typeof data85.skipSchemaValidation !== "boolean"){const err147 = {instancePath:instancePath+"/operation/sync/source/helm/skipSchemaValidation",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data85.skipTests !== undefined){if(typeof data85.skipTests !== "boolean"){const err148 = {instancePath:instancePath+"/operation/sync/source/helm/skipTests",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}if(data85.valueFiles !== undefined){let data105 = data85.valueFiles;if(Array.isArray(data105)){const len13 = data105.length;for(let i13=0; i13<len13; i13++){if(typeof data105[i13] !== "string"){const err149 = {instancePath:instancePath+"/operation/sync/source/helm/valueFiles/" + i13,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}}else {const err150 = {instancePath:instancePath+"/operation/sync/source/helm/valueFiles",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data85.values !== undefined){if(typeof data85.values !== "string"){const err151 = {instancePath:instancePath+"/operation/sync/source/helm/values",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data85.valuesObject !== undefined){let data108 = data85.valuesObject;if(!(data108 && typeof data108 == "object" && !Array.isArray(data108))){const err152 = {instancePath:instancePath+"/operation/sync/source/helm/valuesObject",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}if(data85.version !== undefined){if(typeof data85.version !== "string"){const err153 = {instancePath:instancePath+"/operation/sync/source/helm/version",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}}else {const err154 = {instancePath:instancePath+"/operation/sync/source/helm",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data65.kustomize !== undefined){let data110 = data65.kustomize;if(data110 && typeof data110 == "object" && !Array.isArray(data110)){for(const key21 in data110){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties.source.properties.kustomize.properties, key21))){const err155 = {instancePath:instancePath+"/operation/sync/source/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data110.apiVersions !== undefined){let data111 = data110.apiVersions;if(Array.isArray(data111)){const len14 = data111.length;for(let i14=0; i14<len14; i14++){if(typeof data111[i14] !== "string"){const err156 = {instancePath:instancePath+"/operation/sync/source/kustomize/apiVersions/" + i14,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}}else {const err157 = {instancePath:instancePath+"/operation/sync/source/kustomize/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}if(data110.commonAnnotations !== undefined){let data113 = data110.commonAnnotations;if(data113 && typeof data113 == "object" && !Array.isArray(data113)){for(const key22 in data113){if(typeof data113[key22] !== "string"){const err158 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonAnnotations/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}}else {const err159 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data110.commonAnnotationsEnvsubst !== undefined){if(typeof data110.commonAnnotationsEnvsubst !== "boolean"){const err160 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}}if(data110.commonLabels !== undefined){let data116 = data110.commonLabels;if(data116 && typeof data116 == "object" && !Array.isArray(data116)){for(const key23 in data116){if(typeof data116[key23] !== "string"){const err161 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonLabels/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}}}else {const err162 = {instancePath:instancePath+"/operation/sync/source/kustomize/commonLabels",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data110.components !== undefined){let data118 = data110.components;if(Array.isArray(data118)){const len15 = data118.length;for(let i15=0; i15<len15; i15++){if(typeof data118[i15] !== "string"){const err163 = {instancePath:instancePath+"/operation/sync/source/kustomize/components/" + i15,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}}else {const err164 = {instancePath:instancePath+"/operation/sync/source/kustomize/components",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data110.forceCommonAnnotations !== undefined){if(typeof data110.forceCommonAnnotations !== "boolean"){const err165 = {instancePath:instancePath+"/operation/sync/source/kustomize/forceCommonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}if(data110.forceCommonLabels !== undefined){if(typeof data110.forceCommonLabels !== "boolean"){const err166 = {instancePath:instancePath+"/operation/sync/source/kustomize/forceCommonLabels",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}if(data110.ignoreMissingComponents !== undefined){if(typeof data110.ignoreMissingComponents !== "boolean"){const err167 = {instancePath:instancePath+"/operation/sync/source/kustomize/ignoreMissingComponents",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data110.images !== undefined){let data123 = data110.images;if(Array.isArray(data123)){const len16 = data123.length;for(let i16=0; i16<len16; i16++){if(typeof data123[i16] !== "string"){const err168 = {instancePath:instancePath+"/operation/sync/source/kustomize/images/" + i16,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}}else {const err169 = {instancePath:instancePath+"/operation/sync/source/kustomize/images",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}if(data110.kubeVersion !== undefined){if(typeof data110.kubeVersion !== "string"){const err170 = {instancePath:instancePath+"/operation/sync/source/kustomize/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data110.labelIncludeTemplates !== undefined){if(typeof data110.labelIncludeTemplates !== "boolean"){const err171 = {instancePath:instancePath+"/operation/sync/source/kustomize/labelIncludeTemplates",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data110.labelWithoutSelector !== undefined){if(typeof data110.labelWithoutSelector !== "boolean"){const err172 = {instancePath:instancePath+"/operation/sync/source/kustomize/labelWithoutSelector",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}if(data110.namePrefix !== undefined){if(typeof data110.namePrefix !== "string"){const err173 = {instancePath:instancePath+"/operation/sync/source/kustomize/namePrefix",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}if(data110.nameSuffix !== undefined){if(typeof data110.nameSuffix !== "string"){const err174 = {instancePath:instancePath+"/operation/sync/source/kustomize/nameSuffix",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data110.namespace !== undefined){if(typeof data110.namespace !== "string"){const err175 = {instancePath:instancePath+"/operation/sync/source/kustomize/namespace",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}if(data110.patches !== undefined){let data131 = data110.patches;if(Array.isArray(data131)){const len17 = data131.length;for(let i17=0; i17<len17; i17++){let data132 = data131[i17];if(data132 && typeof data132 == "object" && !Array.isArray(data132)){for(const key24 in data132){if(!((((key24 === "options") || (key24 === "patch")) || (key24 === "path")) || (key24 === "target"))){const err176 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data132.options !== undefined){let data133 = data132.options;if(data133 && typeof data133 == "object" && !Array.isArray(data133)){for(const key25 in data133){if(typeof data133[key25] !== "boolean"){const err177 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/options/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}}else {const err178 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/options",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data132.patch !== undefined){if(typeof data132.patch !== "string"){const err179 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/patch",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data132.path !== undefined){if(typeof data132.path !== "string"){const err180 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/path",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}if(data132.target !== undefined){let data137 = data132.target;if(data137 && typeof data137 == "object" && !Array.isArray(data137)){for(const key26 in data137){if(!(((((((key26 === "annotationSelector") || (key26 === "group")) || (key26 === "kind")) || (key26 === "labelSelector")) || (key26 === "name")) || (key26 === "namespace")) || (key26 === "version"))){const err181 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data137.annotationSelector !== undefined){if(typeof data137.annotationSelector !== "string"){const err182 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/annotationSelector",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}if(data137.group !== undefined){if(typeof data137.group !== "string"){const err183 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/group",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}if(data137.kind !== undefined){if(typeof data137.kind !== "string"){const err184 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/kind",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}if(data137.labelSelector !== undefined){if(typeof data137.labelSelector !== "string"){const err185 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/labelSelector",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data137.name !== undefined){if(typeof data137.name !== "string"){const err186 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data137.namespace !== undefined){if(typeof data137.namespace !== "string"){const err187 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/namespace",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data137.version !== undefined){if(typeof data137.version !== "string"){const err188 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target/version",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}}else {const err189 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17+"/target",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}}else {const err190 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches/" + i17,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}}else {const err191 = {instancePath:instancePath+"/operation/sync/source/kustomize/patches",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}if(data110.replicas !== undefined){let data145 = data110.replicas;if(Array.isArray(data145)){const len18 = data145.length;for(let i18=0; i18<len18; i18++){let data146 = data145[i18];if(data146 && typeof data146 == "object" && !Array.isArray(data146)){if(data146.count === undefined){const err192 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}if(data146.name === undefined){const err193 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}for(const key27 in data146){if(!((key27 === "count") || (key27 === "name"))){const err194 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data146.count !== undefined){let data147 = data146.count;const _errs325 = errors;let valid66 = false;const _errs326 = errors;if(!((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147)))){const err195 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18+"/count",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}var _valid0 = _errs326 === errors;valid66 = valid66 || _valid0;if(!valid66){const _errs328 = errors;if(typeof data147 !== "string"){const err196 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18+"/count",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}var _valid0 = _errs328 === errors;valid66 = valid66 || _valid0;}if(!valid66){const err197 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18+"/count",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}else {errors = _errs325;if(vErrors !== null){if(_errs325){vErrors.length = _errs325;}else {vErrors = null;}}}}if(data146.name !== undefined){if(typeof data146.name !== "string"){const err198 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}}else {const err199 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas/" + i18,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}}else {const err200 = {instancePath:instancePath+"/operation/sync/source/kustomize/replicas",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data110.version !== undefined){if(typeof data110.version !== "string"){const err201 = {instancePath:instancePath+"/operation/sync/source/kustomize/version",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}}else {const err202 = {instancePath:instancePath+"/operation/sync/source/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data65.name !== undefined){if(typeof data65.name !== "string"){const err203 = {instancePath:instancePath+"/operation/sync/source/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}if(data65.path !== undefined){if(typeof data65.path !== "string"){const err204 = {instancePath:instancePath+"/operation/sync/source/path",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data65.plugin !== undefined){let data152 = data65.plugin;if(data152 && typeof data152 == "object" && !Array.isArray(data152)){for(const key28 in data152){if(!(((key28 === "env") || (key28 === "name")) || (key28 === "parameters"))){const err205 = {instancePath:instancePath+"/operation/sync/source/plugin",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data152.env !== undefined){let data153 = data152.env;if(Array.isArray(data153)){const len19 = data153.length;for(let i19=0; i19<len19; i19++){let data154 = data153[i19];if(data154 && typeof data154 == "object" && !Array.isArray(data154)){if(data154.name === undefined){const err206 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}if(data154.value === undefined){const err207 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}for(const key29 in data154){if(!((key29 === "name") || (key29 === "value"))){const err208 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}if(data154.name !== undefined){if(typeof data154.name !== "string"){const err209 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i19+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}if(data154.value !== undefined){if(typeof data154.value !== "string"){const err210 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i19+"/value",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}}else {const err211 = {instancePath:instancePath+"/operation/sync/source/plugin/env/" + i19,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}}else {const err212 = {instancePath:instancePath+"/operation/sync/source/plugin/env",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}if(data152.name !== undefined){if(typeof data152.name !== "string"){const err213 = {instancePath:instancePath+"/operation/sync/source/plugin/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}if(data152.parameters !== undefined){let data158 = data152.parameters;if(Array.isArray(data158)){const len20 = data158.length;for(let i20=0; i20<len20; i20++){let data159 = data158[i20];if(data159 && typeof data159 == "object" && !Array.isArray(data159)){for(const key30 in data159){if(!((((key30 === "array") || (key30 === "map")) || (key30 === "name")) || (key30 === "string"))){const err214 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data159.array !== undefined){let data160 = data159.array;if(Array.isArray(data160)){const len21 = data160.length;for(let i21=0; i21<len21; i21++){if(typeof data160[i21] !== "string"){const err215 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20+"/array/" + i21,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}}else {const err216 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20+"/array",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}if(data159.map !== undefined){let data162 = data159.map;if(data162 && typeof data162 == "object" && !Array.isArray(data162)){for(const key31 in data162){if(typeof data162[key31] !== "string"){const err217 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20+"/map/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}}else {const err218 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20+"/map",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}if(data159.name !== undefined){if(typeof data159.name !== "string"){const err219 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20+"/name",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}if(data159.string !== undefined){if(typeof data159.string !== "string"){const err220 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20+"/string",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}}else {const err221 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters/" + i20,schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}}else {const err222 = {instancePath:instancePath+"/operation/sync/source/plugin/parameters",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}}else {const err223 = {instancePath:instancePath+"/operation/sync/source/plugin",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}if(data65.ref !== undefined){if(typeof data65.ref !== "string"){const err224 = {instancePath:instancePath+"/operation/sync/source/ref",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}if(data65.repoURL !== undefined){if(typeof data65.repoURL !== "string"){const err225 = {instancePath:instancePath+"/operation/sync/source/repoURL",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data65.tagPrefix !== undefined){if(typeof data65.tagPrefix !== "string"){const err226 = {instancePath:instancePath+"/operation/sync/source/tagPrefix",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}if(data65.targetRevision !== undefined){if(typeof data65.targetRevision !== "string"){const err227 = {instancePath:instancePath+"/operation/sync/source/targetRevision",schemaPath:"#/properties/operation/properties/sync/properties/source/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}}else {const err228 = {instancePath:instancePath+"/operation/sync/source",schemaPath:"#/properties/operation/properties/sync/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}if(data50.sources !== undefined){let data170 = data50.sources;if(Array.isArray(data170)){const len22 = data170.length;for(let i22=0; i22<len22; i22++){let data171 = data170[i22];if(data171 && typeof data171 == "object" && !Array.isArray(data171)){if(data171.repoURL === undefined){const err229 = {instancePath:instancePath+"/operation/sync/sources/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}for(const key32 in data171){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties.sources.items.properties, key32))){const err230 = {instancePath:instancePath+"/operation/sync/sources/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}if(data171.chart !== undefined){if(typeof data171.chart !== "string"){const err231 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/chart",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}if(data171.directory !== undefined){let data173 = data171.directory;if(data173 && typeof data173 == "object" && !Array.isArray(data173)){for(const key33 in data173){if(!(((((key33 === "disableExtensionFilter") || (key33 === "exclude")) || (key33 === "include")) || (key33 === "jsonnet")) || (key33 === "recurse"))){const err232 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}if(data173.disableExtensionFilter !== undefined){if(typeof data173.disableExtensionFilter !== "boolean"){const err233 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/disableExtensionFilter",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}if(data173.exclude !== undefined){if(typeof data173.exclude !== "string"){const err234 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/exclude",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}if(data173.include !== undefined){if(typeof data173.include !== "string"){const err235 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/include",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}if(data173.jsonnet !== undefined){let data177 = data173.jsonnet;if(data177 && typeof data177 == "object" && !Array.isArray(data177)){for(const key34 in data177){if(!(((key34 === "extVars") || (key34 === "libs")) || (key34 === "tlas"))){const err236 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}if(data177.extVars !== undefined){let data178 = data177.extVars;if(Array.isArray(data178)){const len23 = data178.length;for(let i23=0; i23<len23; i23++){let data179 = data178[i23];if(data179 && typeof data179 == "object" && !Array.isArray(data179)){if(data179.name === undefined){const err237 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;}if(data179.value === undefined){const err238 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}for(const key35 in data179){if(!(((key35 === "code") || (key35 === "name")) || (key35 === "value"))){const err239 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}}if(data179.code !== undefined){if(typeof data179.code !== "boolean"){const err240 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23+"/code",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;}}if(data179.name !== undefined){if(typeof data179.name !== "string"){const err241 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}if(data179.value !== undefined){if(typeof data179.value !== "string"){const err242 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}}else {const err243 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars/" + i23,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;}}}else {const err244 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/extVars",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}}if(data177.libs !== undefined){let data183 = data177.libs;if(Array.isArray(data183)){const len24 = data183.length;for(let i24=0; i24<len24; i24++){if(typeof data183[i24] !== "string"){const err245 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/libs/" + i24,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}}}else {const err246 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/libs",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;}}if(data177.tlas !== undefined){let data185 = data177.tlas;if(Array.isArray(data185)){const len25 = data185.length;for(let i25=0; i25<len25; i25++){let data186 = data185[i25];if(data186 && typeof data186 == "object" && !Array.isArray(data186)){if(data186.name === undefined){const err247 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}if(data186.value === undefined){const err248 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}for(const key36 in data186){if(!(((key36 === "code") || (key36 === "name")) || (key36 === "value"))){const err249 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;}}if(data186.code !== undefined){if(typeof data186.code !== "boolean"){const err250 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25+"/code",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}}if(data186.name !== undefined){if(typeof data186.name !== "string"){const err251 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;}}if(data186.value !== undefined){if(typeof data186.value !== "string"){const err252 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}}else {const err253 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas/" + i25,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}}else {const err254 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet/tlas",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}}else {const err255 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/jsonnet",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}}if(data173.recurse !== undefined){if(typeof data173.recurse !== "boolean"){const err256 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory/recurse",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}}else {const err257 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/directory",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}}if(data171.helm !== undefined){let data191 = data171.helm;if(data191 && typeof data191 == "object" && !Array.isArray(data191)){for(const key37 in data191){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties.sources.items.properties.helm.properties, key37))){const err258 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;}}if(data191.apiVersions !== undefined){let data192 = data191.apiVersions;if(Array.isArray(data192)){const len26 = data192.length;for(let i26=0; i26<len26; i26++){if(typeof data192[i26] !== "string"){const err259 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/apiVersions/" + i26,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}}}else {const err260 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}}if(data191.fileParameters !== undefined){let data194 = data191.fileParameters;if(Array.isArray(data194)){const len27 = data194.length;for(let i27=0; i27<len27; i27++){let data195 = data194[i27];if(data195 && typeof data195 == "object" && !Array.isArray(data195)){for(const key38 in data195){if(!((key38 === "name") || (key38 === "path"))){const err261 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/fileParameters/" + i27,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;}}if(data195.name !== undefined){if(typeof data195.name !== "string"){const err262 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/fileParameters/" + i27+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}}if(data195.path !== undefined){if(typeof data195.path !== "string"){const err263 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/fileParameters/" + i27+"/path",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}}else {const err264 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/fileParameters/" + i27,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;}}}else {const err265 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/fileParameters",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}}if(data191.ignoreMissingValueFiles !== undefined){if(typeof data191.ignoreMissingValueFiles !== "boolean"){const err266 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/ignoreMissingValueFiles",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}}if(data191.kubeVersion !== undefined){if(typeof data191.kubeVersion !== "string"){const err267 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;}}if(data191.namespace !== undefined){if(typeof data191.namespace !== "string"){const err268 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/namespace",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}if(data191.parameters !== undefined){let data201 = data191.parameters;if(Array.isArray(data201)){const len28 = data201.length;for(let i28=0; i28<len28; i28++){let data202 = data201[i28];if(data202 && typeof data202 == "object" && !Array.isArray(data202)){for(const key39 in data202){if(!(((key39 === "forceString") || (key39 === "name")) || (key39 === "value"))){const err269 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/parameters/" + i28,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}if(data202.forceString !== undefined){if(typeof data202.forceString !== "boolean"){const err270 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/parameters/" + i28+"/forceString",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;}}if(data202.name !== undefined){if(typeof data202.name !== "string"){const err271 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/parameters/" + i28+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err271];}else {vErrors.push(err271);}errors++;}}if(data202.value !== undefined){if(typeof data202.value !== "string"){const err272 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/parameters/" + i28+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err272];}else {vErrors.push(err272);}errors++;}}}else {const err273 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/parameters/" + i28,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err273];}else {vErrors.push(err273);}errors++;}}}else {const err274 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/parameters",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err274];}else {vErrors.push(err274);}errors++;}}if(data191.passCredentials !== undefined){if(typeof data191.passCredentials !== "boolean"){const err275 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/passCredentials",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err275];}else {vErrors.push(err275);}errors++;}}if(data191.releaseName !== undefined){if(typeof data191.releaseName !== "string"){const err276 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/releaseName",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err276];}else {vErrors.push(err276);}errors++;}}if(data191.skipCrds !== undefined){if(typeof data191.skipCrds !== "boolean"){const err277 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/skipCrds",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err277];}else {vErrors.push(err277);}errors++;}}if(data191.skipSchemaValidation !== undefined){if(typeof data191.skipSchemaValidation !== "boolean"){const err278 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/skipSchemaValidation",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err278];}else {vErrors.push(err278);}errors++;}}if(data191.skipTests !== undefined){if(typeof data191.skipTests !== "boolean"){const err279 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/skipTests",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err279];}else {vErrors.push(err279);}errors++;}}if(data191.valueFiles !== undefined){let data211 = data191.valueFiles;if(Array.isArray(data211)){const len29 = data211.length;for(let i29=0; i29<len29; i29++){if(typeof data211[i29] !== "string"){const err280 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/valueFiles/" + i29,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err280];}else {vErrors.push(err280);}errors++;}}}else {const err281 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/valueFiles",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err281];}else {vErrors.push(err281);}errors++;}}if(data191.values !== undefined){if(typeof data191.values !== "string"){const err282 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/values",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err282];}else {vErrors.push(err282);}errors++;}}if(data191.valuesObject !== undefined){let data214 = data191.valuesObject;if(!(data214 && typeof data214 == "object" && !Array.isArray(data214))){const err283 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/valuesObject",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err283];}else {vErrors.push(err283);}errors++;}}if(data191.version !== undefined){if(typeof data191.version !== "string"){const err284 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm/version",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err284];}else {vErrors.push(err284);}errors++;}}}else {const err285 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/helm",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err285];}else {vErrors.push(err285);}errors++;}}if(data171.kustomize !== undefined){let data216 = data171.kustomize;if(data216 && typeof data216 == "object" && !Array.isArray(data216)){for(const key40 in data216){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.operation.properties.sync.properties.sources.items.properties.kustomize.properties, key40))){const err286 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err286];}else {vErrors.push(err286);}errors++;}}if(data216.apiVersions !== undefined){let data217 = data216.apiVersions;if(Array.isArray(data217)){const len30 = data217.length;for(let i30=0; i30<len30; i30++){if(typeof data217[i30] !== "string"){const err287 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/apiVersions/" + i30,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err287];}else {vErrors.push(err287);}errors++;}}}else {const err288 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/apiVersions",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err288];}else {vErrors.push(err288);}errors++;}}if(data216.commonAnnotations !== undefined){let data219 = data216.commonAnnotations;if(data219 && typeof data219 == "object" && !Array.isArray(data219)){for(const key41 in data219){if(typeof data219[key41] !== "string"){const err289 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/commonAnnotations/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err289];}else {vErrors.push(err289);}errors++;}}}else {const err290 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/commonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err290];}else {vErrors.push(err290);}errors++;}}if(data216.commonAnnotationsEnvsubst !== undefined){if(typeof data216.commonAnnotationsEnvsubst !== "boolean"){const err291 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err291];}else {vErrors.push(err291);}errors++;}}if(data216.commonLabels !== undefined){let data222 = data216.commonLabels;if(data222 && typeof data222 == "object" && !Array.isArray(data222)){for(const key42 in data222){if(typeof data222[key42] !== "string"){const err292 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/commonLabels/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err292];}else {vErrors.push(err292);}errors++;}}}else {const err293 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/commonLabels",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err293];}else {vErrors.push(err293);}errors++;}}if(data216.components !== undefined){let data224 = data216.components;if(Array.isArray(data224)){const len31 = data224.length;for(let i31=0; i31<len31; i31++){if(typeof data224[i31] !== "string"){const err294 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/components/" + i31,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err294];}else {vErrors.push(err294);}errors++;}}}else {const err295 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/components",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err295];}else {vErrors.push(err295);}errors++;}}if(data216.forceCommonAnnotations !== undefined){if(typeof data216.forceCommonAnnotations !== "boolean"){const err296 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/forceCommonAnnotations",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err296];}else {vErrors.push(err296);}errors++;}}if(data216.forceCommonLabels !== undefined){if(typeof data216.forceCommonLabels !== "boolean"){const err297 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/forceCommonLabels",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err297];}else {vErrors.push(err297);}errors++;}}if(data216.ignoreMissingComponents !== undefined){if(typeof data216.ignoreMissingComponents !== "boolean"){const err298 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/ignoreMissingComponents",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err298];}else {vErrors.push(err298);}errors++;}}if(data216.images !== undefined){let data229 = data216.images;if(Array.isArray(data229)){const len32 = data229.length;for(let i32=0; i32<len32; i32++){if(typeof data229[i32] !== "string"){const err299 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/images/" + i32,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err299];}else {vErrors.push(err299);}errors++;}}}else {const err300 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/images",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err300];}else {vErrors.push(err300);}errors++;}}if(data216.kubeVersion !== undefined){if(typeof data216.kubeVersion !== "string"){const err301 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/kubeVersion",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err301];}else {vErrors.push(err301);}errors++;}}if(data216.labelIncludeTemplates !== undefined){if(typeof data216.labelIncludeTemplates !== "boolean"){const err302 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/labelIncludeTemplates",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err302];}else {vErrors.push(err302);}errors++;}}if(data216.labelWithoutSelector !== undefined){if(typeof data216.labelWithoutSelector !== "boolean"){const err303 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/labelWithoutSelector",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err303];}else {vErrors.push(err303);}errors++;}}if(data216.namePrefix !== undefined){if(typeof data216.namePrefix !== "string"){const err304 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/namePrefix",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err304];}else {vErrors.push(err304);}errors++;}}if(data216.nameSuffix !== undefined){if(typeof data216.nameSuffix !== "string"){const err305 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/nameSuffix",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err305];}else {vErrors.push(err305);}errors++;}}if(data216.namespace !== undefined){if(typeof data216.namespace !== "string"){const err306 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/namespace",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err306];}else {vErrors.push(err306);}errors++;}}if(data216.patches !== undefined){let data237 = data216.patches;if(Array.isArray(data237)){const len33 = data237.length;for(let i33=0; i33<len33; i33++){let data238 = data237[i33];if(data238 && typeof data238 == "object" && !Array.isArray(data238)){for(const key43 in data238){if(!((((key43 === "options") || (key43 === "patch")) || (key43 === "path")) || (key43 === "target"))){const err307 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err307];}else {vErrors.push(err307);}errors++;}}if(data238.options !== undefined){let data239 = data238.options;if(data239 && typeof data239 == "object" && !Array.isArray(data239)){for(const key44 in data239){if(typeof data239[key44] !== "boolean"){const err308 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/options/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err308];}else {vErrors.push(err308);}errors++;}}}else {const err309 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/options",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err309];}else {vErrors.push(err309);}errors++;}}if(data238.patch !== undefined){if(typeof data238.patch !== "string"){const err310 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/patch",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err310];}else {vErrors.push(err310);}errors++;}}if(data238.path !== undefined){if(typeof data238.path !== "string"){const err311 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/path",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err311];}else {vErrors.push(err311);}errors++;}}if(data238.target !== undefined){let data243 = data238.target;if(data243 && typeof data243 == "object" && !Array.isArray(data243)){for(const key45 in data243){if(!(((((((key45 === "annotationSelector") || (key45 === "group")) || (key45 === "kind")) || (key45 === "labelSelector")) || (key45 === "name")) || (key45 === "namespace")) || (key45 === "version"))){const err312 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err312];}else {vErrors.push(err312);}errors++;}}if(data243.annotationSelector !== undefined){if(typeof data243.annotationSelector !== "string"){const err313 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/annotationSelector",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err313];}else {vErrors.push(err313);}errors++;}}if(data243.group !== undefined){if(typeof data243.group !== "string"){const err314 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/group",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err314];}else {vErrors.push(err314);}errors++;}}if(data243.kind !== undefined){if(typeof data243.kind !== "string"){const err315 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/kind",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err315];}else {vErrors.push(err315);}errors++;}}if(data243.labelSelector !== undefined){if(typeof data243.labelSelector !== "string"){const err316 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/labelSelector",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err316];}else {vErrors.push(err316);}errors++;}}if(data243.name !== undefined){if(typeof data243.name !== "string"){const err317 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err317];}else {vErrors.push(err317);}errors++;}}if(data243.namespace !== undefined){if(typeof data243.namespace !== "string"){const err318 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/namespace",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err318];}else {vErrors.push(err318);}errors++;}}if(data243.version !== undefined){if(typeof data243.version !== "string"){const err319 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target/version",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err319];}else {vErrors.push(err319);}errors++;}}}else {const err320 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33+"/target",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err320];}else {vErrors.push(err320);}errors++;}}}else {const err321 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches/" + i33,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err321];}else {vErrors.push(err321);}errors++;}}}else {const err322 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/patches",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err322];}else {vErrors.push(err322);}errors++;}}if(data216.replicas !== undefined){let data251 = data216.replicas;if(Array.isArray(data251)){const len34 = data251.length;for(let i34=0; i34<len34; i34++){let data252 = data251[i34];if(data252 && typeof data252 == "object" && !Array.isArray(data252)){if(data252.count === undefined){const err323 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err323];}else {vErrors.push(err323);}errors++;}if(data252.name === undefined){const err324 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err324];}else {vErrors.push(err324);}errors++;}for(const key46 in data252){if(!((key46 === "count") || (key46 === "name"))){const err325 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err325];}else {vErrors.push(err325);}errors++;}}if(data252.count !== undefined){let data253 = data252.count;const _errs560 = errors;let valid118 = false;const _errs561 = errors;if(!((typeof data253 == "number") && (!(data253 % 1) && !isNaN(data253)))){const err326 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34+"/count",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err326];}else {vErrors.push(err326);}errors++;}var _valid1 = _errs561 === errors;valid118 = valid118 || _valid1;if(!valid118){const _errs563 = errors;if(typeof data253 !== "string"){const err327 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34+"/count",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err327];}else {vErrors.push(err327);}errors++;}var _valid1 = _errs563 === errors;valid118 = valid118 || _valid1;}if(!valid118){const err328 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34+"/count",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err328];}else {vErrors.push(err328);}errors++;}else {errors = _errs560;if(vErrors !== null){if(_errs560){vErrors.length = _errs560;}else {vErrors = null;}}}}if(data252.name !== undefined){if(typeof data252.name !== "string"){const err329 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err329];}else {vErrors.push(err329);}errors++;}}}else {const err330 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas/" + i34,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err330];}else {vErrors.push(err330);}errors++;}}}else {const err331 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/replicas",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err331];}else {vErrors.push(err331);}errors++;}}if(data216.version !== undefined){if(typeof data216.version !== "string"){const err332 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize/version",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err332];}else {vErrors.push(err332);}errors++;}}}else {const err333 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/kustomize",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err333];}else {vErrors.push(err333);}errors++;}}if(data171.name !== undefined){if(typeof data171.name !== "string"){const err334 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err334];}else {vErrors.push(err334);}errors++;}}if(data171.path !== undefined){if(typeof data171.path !== "string"){const err335 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/path",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err335];}else {vErrors.push(err335);}errors++;}}if(data171.plugin !== undefined){let data258 = data171.plugin;if(data258 && typeof data258 == "object" && !Array.isArray(data258)){for(const key47 in data258){if(!(((key47 === "env") || (key47 === "name")) || (key47 === "parameters"))){const err336 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err336];}else {vErrors.push(err336);}errors++;}}if(data258.env !== undefined){let data259 = data258.env;if(Array.isArray(data259)){const len35 = data259.length;for(let i35=0; i35<len35; i35++){let data260 = data259[i35];if(data260 && typeof data260 == "object" && !Array.isArray(data260)){if(data260.name === undefined){const err337 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env/" + i35,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err337];}else {vErrors.push(err337);}errors++;}if(data260.value === undefined){const err338 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env/" + i35,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err338];}else {vErrors.push(err338);}errors++;}for(const key48 in data260){if(!((key48 === "name") || (key48 === "value"))){const err339 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env/" + i35,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err339];}else {vErrors.push(err339);}errors++;}}if(data260.name !== undefined){if(typeof data260.name !== "string"){const err340 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env/" + i35+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err340];}else {vErrors.push(err340);}errors++;}}if(data260.value !== undefined){if(typeof data260.value !== "string"){const err341 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env/" + i35+"/value",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err341];}else {vErrors.push(err341);}errors++;}}}else {const err342 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env/" + i35,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err342];}else {vErrors.push(err342);}errors++;}}}else {const err343 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/env",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err343];}else {vErrors.push(err343);}errors++;}}if(data258.name !== undefined){if(typeof data258.name !== "string"){const err344 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err344];}else {vErrors.push(err344);}errors++;}}if(data258.parameters !== undefined){let data264 = data258.parameters;if(Array.isArray(data264)){const len36 = data264.length;for(let i36=0; i36<len36; i36++){let data265 = data264[i36];if(data265 && typeof data265 == "object" && !Array.isArray(data265)){for(const key49 in data265){if(!((((key49 === "array") || (key49 === "map")) || (key49 === "name")) || (key49 === "string"))){const err345 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err345];}else {vErrors.push(err345);}errors++;}}if(data265.array !== undefined){let data266 = data265.array;if(Array.isArray(data266)){const len37 = data266.length;for(let i37=0; i37<len37; i37++){if(typeof data266[i37] !== "string"){const err346 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36+"/array/" + i37,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err346];}else {vErrors.push(err346);}errors++;}}}else {const err347 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36+"/array",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err347];}else {vErrors.push(err347);}errors++;}}if(data265.map !== undefined){let data268 = data265.map;if(data268 && typeof data268 == "object" && !Array.isArray(data268)){for(const key50 in data268){if(typeof data268[key50] !== "string"){const err348 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36+"/map/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err348];}else {vErrors.push(err348);}errors++;}}}else {const err349 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36+"/map",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err349];}else {vErrors.push(err349);}errors++;}}if(data265.name !== undefined){if(typeof data265.name !== "string"){const err350 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36+"/name",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err350];}else {vErrors.push(err350);}errors++;}}if(data265.string !== undefined){if(typeof data265.string !== "string"){const err351 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36+"/string",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err351];}else {vErrors.push(err351);}errors++;}}}else {const err352 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters/" + i36,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err352];}else {vErrors.push(err352);}errors++;}}}else {const err353 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin/parameters",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err353];}else {vErrors.push(err353);}errors++;}}}else {const err354 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/plugin",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err354];}else {vErrors.push(err354);}errors++;}}if(data171.ref !== undefined){if(typeof data171.ref !== "string"){const err355 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/ref",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err355];}else {vErrors.push(err355);}errors++;}}if(data171.repoURL !== undefined){if(typeof data171.repoURL !== "string"){const err356 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/repoURL",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err356];}else {vErrors.push(err356);}errors++;}}if(data171.tagPrefix !== undefined){if(typeof data171.tagPrefix !== "string"){const err357 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/tagPrefix",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err357];}else {vErrors.push(err357);}errors++;}}if(data171.targetRevision !== undefined){if(typeof data171.targetRevision !== "string"){const err358 = {instancePath:instancePath+"/operation/sync/sources/" + i22+"/targetRevision",schemaPath:"#/properties/operation/properties/sync/properties/sources/items/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err358];}else {vErrors.push(err358);}errors++;}}}else {const err359 = {instancePath:instancePath+"/operation/sync/sources/" + i22,schemaPath:"#/properties/operation/properties/sync/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err359];}else {vErrors.push(err359);}errors++;}}}else {const err360 = {instancePath:instancePath+"/operation/sync/sources",schemaPath:"#/properties/operation/properties/sync/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err360];}else {vErrors.push(err360);}errors++;}}if(data50.syncOptions !== undefined){let data276 = data50.syncOptions;if(Array.isArray(data276)){const len38 = data276.length;for(let i38=0; i38<len38; i38++){if(typeof data276[i38] !== "string"){const err361 = {instancePath:instancePath+"/operation/sync/syncOptions/" + i38,schemaPath:"#/properties/operation/properties/sync/properties/syncOptions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err361];}else {vErrors.push(err361);}errors++;}}}else {const err362 = {instancePath:instancePath+"/operation/sync/syncOptions",schemaPath:"#/properties/operation/properties/sync/properties/syncOptions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err362];}else {vErrors.push(err362);}errors++;}}if(data50.syncStrategy !== undefined){let data278 = data50.syncStrategy;if(data278 && typeof data278 == "object" && !Array.isArray(data278)){for(const key51 in data278){if(!((key51 === "apply") || (key51 === "hook"))){const err363 = {instancePath:instancePath+"/operation/sync/syncStrategy",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err363];}else {vErrors.push(err363);}errors++;}}if(data278.apply !== undefined){let data279 = data278.apply;if(data279 && typeof data279 == "object" && !Array.isArray(data279)){for(const key52 in data279){if(!(key52 === "force")){const err364 = {instancePath:instancePath+"/operation/sync/syncStrategy/apply",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/apply/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err364];}else {vErrors.push(err364);}errors++;}}if(data279.force !== undefined){if(typeof data279.force !== "boolean"){const err365 = {instancePath:instancePath+"/operation/sync/syncStrategy/apply/force",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/apply/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err365];}else {vErrors.push(err365);}errors++;}}}else {const err366 = {instancePath:instancePath+"/operation/sync/syncStrategy/apply",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/apply/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err366];}else {vErrors.push(err366);}errors++;}}if(data278.hook !== undefined){let data281 = data278.hook;if(data281 && typeof data281 == "object" && !Array.isArray(data281)){for(const key53 in data281){if(!(key53 === "force")){const err367 = {instancePath:instancePath+"/operation/sync/syncStrategy/hook",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/hook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err367];}else {vErrors.push(err367);}errors++;}}if(data281.force !== undefined){if(typeof data281.force !== "boolean"){const err368 = {instancePath:instancePath+"/operation/sync/syncStrategy/hook/force",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/hook/properties/force/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err368];}else {vErrors.push(err368);}errors++;}}}else {const err369 = {instancePath:instancePath+"/operation/sync/syncStrategy/hook",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/properties/hook/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err369];}else {vErrors.push(err369);}errors++;}}}else {const err370 = {instancePath:instancePath+"/operation/sync/syncStrategy",schemaPath:"#/properties/operation/properties/sync/properties/syncStrategy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err370];}else {vErrors.push(err370);}errors++;}}}else {const err371 = {instancePath:instancePath+"/operation/sync",schemaPath:"#/properties/operation/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err371];}else {vErrors.push(err371);}errors++;}}}else {const err372 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err372];}else {vErrors.push(err372);}errors++;}}if(data.spec !== undefined){let data283 = data.spec;if(data283 && typeof data283 == "object" && !Array.isArray(data283)){if(data283.destination === undefined){const err373 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'"};if(vErrors === null){vErrors = [err373];}else {vErrors.push(err373);}errors++;}if(data283.project === undefined){const err374 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err374];}else {vErrors.push(err374);}errors++;}for(const key54 in data283){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties, key54))){const err375 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err375];}else {vErrors.push(err375);}errors++;}}if(data283.destination !== undefined){let data284 = data283.destination;if(data284 && typeof data284 == "object" && !Array.isArray(data284)){for(const key55 in data284){if(!(((key55 === "name") || (key55 === "namespace")) || (key55 === "server"))){const err376 = {instancePath:instancePath+"/spec/destination",schemaPath:"#/properties/spec/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err376];}else {vErrors.push(err376);}errors++;}}if(data284.name !== undefined){if(typeof data284.name !== "string"){const err377 = {instancePath:instancePath+"/spec/destination/name",schemaPath:"#/properties/spec/properties/destination/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err377];}else {vErrors.push(err377);}errors++;}}if(data284.namespace !== undefined){if(typeof data284.namespace !== "string"){const err378 = {instancePath:instancePath+"/spec/destination/namespace",schemaPath:"#/properties/spec/properties/destination/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err378];}else {vErrors.push(err378);}errors++;}}if(data284.server !== undefined){if(typeof data284.server !== "string"){const err379 = {instancePath:instancePath+"/spec/destination/server",schemaPath:"#/properties/spec/properties/destination/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err379];}else {vErrors.push(err379);}errors++;}}}else {const err380 = {instancePath:instancePath+"/spec/destination",schemaPath:"#/properties/spec/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err380];}else {vErrors.push(err380);}errors++;}}if(data283.ignoreDifferences !== undefined){let data288 = data283.ignoreDifferences;if(Array.isArray(data288)){const len39 = data288.length;for(let i39=0; i39<len39; i39++){let data289 = data288[i39];if(data289 && typeof data289 == "object" && !Array.isArray(data289)){if(data289.kind === undefined){const err381 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err381];}else {vErrors.push(err381);}errors++;}for(const key56 in data289){if(!(((((((key56 === "group") || (key56 === "jqPathExpressions")) || (key56 === "jsonPointers")) || (key56 === "kind")) || (key56 === "managedFieldsManagers")) || (key56 === "name")) || (key56 === "namespace"))){const err382 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err382];}else {vErrors.push(err382);}errors++;}}if(data289.group !== undefined){if(typeof data289.group !== "string"){const err383 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/group",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err383];}else {vErrors.push(err383);}errors++;}}if(data289.jqPathExpressions !== undefined){let data291 = data289.jqPathExpressions;if(Array.isArray(data291)){const len40 = data291.length;for(let i40=0; i40<len40; i40++){if(typeof data291[i40] !== "string"){const err384 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/jqPathExpressions/" + i40,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jqPathExpressions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err384];}else {vErrors.push(err384);}errors++;}}}else {const err385 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/jqPathExpressions",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jqPathExpressions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err385];}else {vErrors.push(err385);}errors++;}}if(data289.jsonPointers !== undefined){let data293 = data289.jsonPointers;if(Array.isArray(data293)){const len41 = data293.length;for(let i41=0; i41<len41; i41++){if(typeof data293[i41] !== "string"){const err386 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/jsonPointers/" + i41,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jsonPointers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err386];}else {vErrors.push(err386);}errors++;}}}else {const err387 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/jsonPointers",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/jsonPointers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err387];}else {vErrors.push(err387);}errors++;}}if(data289.kind !== undefined){if(typeof data289.kind !== "string"){const err388 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/kind",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err388];}else {vErrors.push(err388);}errors++;}}if(data289.managedFieldsManagers !== undefined){let data296 = data289.managedFieldsManagers;if(Array.isArray(data296)){const len42 = data296.length;for(let i42=0; i42<len42; i42++){if(typeof data296[i42] !== "string"){const err389 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/managedFieldsManagers/" + i42,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/managedFieldsManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err389];}else {vErrors.push(err389);}errors++;}}}else {const err390 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/managedFieldsManagers",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/managedFieldsManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err390];}else {vErrors.push(err390);}errors++;}}if(data289.name !== undefined){if(typeof data289.name !== "string"){const err391 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/name",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err391];}else {vErrors.push(err391);}errors++;}}if(data289.namespace !== undefined){if(typeof data289.namespace !== "string"){const err392 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39+"/namespace",schemaPath:"#/properties/spec/properties/ignoreDifferences/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err392];}else {vErrors.push(err392);}errors++;}}}else {const err393 = {instancePath:instancePath+"/spec/ignoreDifferences/" + i39,schemaPath:"#/properties/spec/properties/ignoreDifferences/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err393];}else {vErrors.push(err393);}errors++;}}}else {const err394 = {instancePath:instancePath+"/spec/ignoreDifferences",schemaPath:"#/properties/spec/properties/ignoreDifferences/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err394];}else {vErrors.push(err394);}errors++;}}if(data283.info !== undefined){let data300 = data283.info;if(Array.isArray(data300)){const len43 = data300.length;for(let i43=0; i43<len43; i43++){let data301 = data300[i43];if(data301 && typeof data301 == "object" && !Array.isArray(data301)){if(data301.name === undefined){const err395 = {instancePath:instancePath+"/spec/info/" + i43,schemaPath:"#/properties/spec/properties/info/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err395];}else {vErrors.push(err395);}errors++;}if(data301.value === undefined){const err396 = {instancePath:instancePath+"/spec/info/" + i43,schemaPath:"#/properties/spec/properties/info/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err396];}else {vErrors.push(err396);}errors++;}for(const key57 in data301){if(!((key57 === "name") || (key57 === "value"))){const err397 = {instancePath:instancePath+"/spec/info/" + i43,schemaPath:"#/properties/spec/properties/info/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err397];}else {vErrors.push(err397);}errors++;}}if(data301.name !== undefined){if(typeof data301.name !== "string"){const err398 = {instancePath:instancePath+"/spec/info/" + i43+"/name",schemaPath:"#/properties/spec/properties/info/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err398];}else {vErrors.push(err398);}errors++;}}if(data301.value !== undefined){if(typeof data301.value !== "string"){const err399 = {instancePath:instancePath+"/spec/info/" + i43+"/value",schemaPath:"#/properties/spec/properties/info/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err399];}else {vErrors.push(err399);}errors++;}}}else {const err400 = {instancePath:instancePath+"/spec/info/" + i43,schemaPath:"#/properties/spec/properties/info/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err400];}else {vErrors.push(err400);}errors++;}}}else {const err401 = {instancePath:instancePath+"/spec/info",schemaPath:"#/properties/spec/properties/info/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err401];}else {vErrors.push(err401);}errors++;}}if(data283.project !== undefined){if(typeof data283.project !== "string"){const err402 = {instancePath:instancePath+"/spec/project",schemaPath:"#/properties/spec/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err402];}else {vErrors.push(err402);}errors++;}}if(data283.revisionHistoryLimit !== undefined){let data305 = data283.revisionHistoryLimit;if(!((typeof data305 == "number") && (!(data305 % 1) && !isNaN(data305)))){const err403 = {instancePath:instancePath+"/spec/revisionHistoryLimit",schemaPath:"#/properties/spec/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err403];}else {vErrors.push(err403);}errors++;}if(typeof data305 == "number"){if(!(formats0.validate(data305))){const err404 = {instancePath:instancePath+"/spec/revisionHistoryLimit",schemaPath:"#/properties/spec/properties/revisionHistoryLimit/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err404];}else {vErrors.push(err404);}errors++;}}}if(data283.source !== undefined){let data306 = data283.source;if(data306 && typeof data306 == "object" && !Array.isArray(data306)){if(data306.repoURL === undefined){const err405 = {instancePath:instancePath+"/spec/source",schemaPath:"#/properties/spec/properties/source/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};if(vErrors === null){vErrors = [err405];}else {vErrors.push(err405);}errors++;}for(const key58 in data306){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.source.properties, key58))){const err406 = {instancePath:instancePath+"/spec/source",schemaPath:"#/properties/spec/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err406];}else {vErrors.push(err406);}errors++;}}if(data306.chart !== undefined){if(typeof data306.chart !== "string"){const err407 = {instancePath:instancePath+"/spec/source/chart",schemaPath:"#/properties/spec/properties/source/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err407];}else {vErrors.push(err407);}errors++;}}if(data306.directory !== undefined){let data308 = data306.directory;if(data308 && typeof data308 == "object" && !Array.isArray(data308)){for(const key59 in data308){if(!(((((key59 === "disableExtensionFilter") || (key59 === "exclude")) || (key59 === "include")) || (key59 === "jsonnet")) || (key59 === "recurse"))){const err408 = {instancePath:instancePath+"/spec/source/directory",schemaPath:"#/properties/spec/properties/source/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err408];}else {vErrors.push(err408);}errors++;}}if(data308.disableExtensionFilter !== undefined){if(typeof data308.disableExtensionFilter !== "boolean"){const err409 = {instancePath:instancePath+"/spec/source/directory/disableExtensionFilter",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err409];}else {vErrors.push(err409);}errors++;}}if(data308.exclude !== undefined){if(typeof data308.exclude !== "string"){const err410 = {instancePath:instancePath+"/spec/source/directory/exclude",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err410];}else {vErrors.push(err410);}errors++;}}if(data308.include !== undefined){if(typeof data308.include !== "string"){const err411 = {instancePath:instancePath+"/spec/source/directory/include",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err411];}else {vErrors.push(err411);}errors++;}}if(data308.jsonnet !== undefined){let data312 = data308.jsonnet;if(data312 && typeof data312 == "object" && !Array.isArray(data312)){for(const key60 in data312){if(!(((key60 === "extVars") || (key60 === "libs")) || (key60 === "tlas"))){const err412 = {instancePath:instancePath+"/spec/source/directory/jsonnet",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err412];}else {vErrors.push(err412);}errors++;}}if(data312.extVars !== undefined){let data313 = data312.extVars;if(Array.isArray(data313)){const len44 = data313.length;for(let i44=0; i44<len44; i44++){let data314 = data313[i44];if(data314 && typeof data314 == "object" && !Array.isArray(data314)){if(data314.name === undefined){const err413 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err413];}else {vErrors.push(err413);}errors++;}if(data314.value === undefined){const err414 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err414];}else {vErrors.push(err414);}errors++;}for(const key61 in data314){if(!(((key61 === "code") || (key61 === "name")) || (key61 === "value"))){const err415 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err415];}else {vErrors.push(err415);}errors++;}}if(data314.code !== undefined){if(typeof data314.code !== "boolean"){const err416 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44+"/code",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err416];}else {vErrors.push(err416);}errors++;}}if(data314.name !== undefined){if(typeof data314.name !== "string"){const err417 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44+"/name",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err417];}else {vErrors.push(err417);}errors++;}}if(data314.value !== undefined){if(typeof data314.value !== "string"){const err418 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44+"/value",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err418];}else {vErrors.push(err418);}errors++;}}}else {const err419 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars/" + i44,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err419];}else {vErrors.push(err419);}errors++;}}}else {const err420 = {instancePath:instancePath+"/spec/source/directory/jsonnet/extVars",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err420];}else {vErrors.push(err420);}errors++;}}if(data312.libs !== undefined){let data318 = data312.libs;if(Array.isArray(data318)){const len45 = data318.length;for(let i45=0; i45<len45; i45++){if(typeof data318[i45] !== "string"){const err421 = {instancePath:instancePath+"/spec/source/directory/jsonnet/libs/" + i45,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err421];}else {vErrors.push(err421);}errors++;}}}else {const err422 = {instancePath:instancePath+"/spec/source/directory/jsonnet/libs",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err422];}else {vErrors.push(err422);}errors++;}}if(data312.tlas !== undefined){let data320 = data312.tlas;if(Array.isArray(data320)){const len46 = data320.length;for(let i46=0; i46<len46; i46++){let data321 = data320[i46];if(data321 && typeof data321 == "object" && !Array.isArray(data321)){if(data321.name === undefined){const err423 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err423];}else {vErrors.push(err423);}errors++;}if(data321.value === undefined){const err424 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err424];}else {vErrors.push(err424);}errors++;}for(const key62 in data321){if(!(((key62 === "code") || (key62 === "name")) || (key62 === "value"))){const err425 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err425];}else {vErrors.push(err425);}errors++;}}if(data321.code !== undefined){if(typeof data321.code !== "boolean"){const err426 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46+"/code",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err426];}else {vErrors.push(err426);}errors++;}}if(data321.name !== undefined){if(typeof data321.name !== "string"){const err427 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46+"/name",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err427];}else {vErrors.push(err427);}errors++;}}if(data321.value !== undefined){if(typeof data321.value !== "string"){const err428 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46+"/value",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err428];}else {vErrors.push(err428);}errors++;}}}else {const err429 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas/" + i46,schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err429];}else {vErrors.push(err429);}errors++;}}}else {const err430 = {instancePath:instancePath+"/spec/source/directory/jsonnet/tlas",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err430];}else {vErrors.push(err430);}errors++;}}}else {const err431 = {instancePath:instancePath+"/spec/source/directory/jsonnet",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err431];}else {vErrors.push(err431);}errors++;}}if(data308.recurse !== undefined){if(typeof data308.recurse !== "boolean"){const err432 = {instancePath:instancePath+"/spec/source/directory/recurse",schemaPath:"#/properties/spec/properties/source/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err432];}else {vErrors.push(err432);}errors++;}}}else {const err433 = {instancePath:instancePath+"/spec/source/directory",schemaPath:"#/properties/spec/properties/source/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err433];}else {vErrors.push(err433);}errors++;}}if(data306.helm !== undefined){let data326 = data306.helm;if(data326 && typeof data326 == "object" && !Array.isArray(data326)){for(const key63 in data326){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.source.properties.helm.properties, key63))){const err434 = {instancePath:instancePath+"/spec/source/helm",schemaPath:"#/properties/spec/properties/source/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err434];}else {vErrors.push(err434);}errors++;}}if(data326.apiVersions !== undefined){let data327 = data326.apiVersions;if(Array.isArray(data327)){const len47 = data327.length;for(let i47=0; i47<len47; i47++){if(typeof data327[i47] !== "string"){const err435 = {instancePath:instancePath+"/spec/source/helm/apiVersions/" + i47,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err435];}else {vErrors.push(err435);}errors++;}}}else {const err436 = {instancePath:instancePath+"/spec/source/helm/apiVersions",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err436];}else {vErrors.push(err436);}errors++;}}if(data326.fileParameters !== undefined){let data329 = data326.fileParameters;if(Array.isArray(data329)){const len48 = data329.length;for(let i48=0; i48<len48; i48++){let data330 = data329[i48];if(data330 && typeof data330 == "object" && !Array.isArray(data330)){for(const key64 in data330){if(!((key64 === "name") || (key64 === "path"))){const err437 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i48,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err437];}else {vErrors.push(err437);}errors++;}}if(data330.name !== undefined){if(typeof data330.name !== "string"){const err438 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i48+"/name",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err438];}else {vErrors.push(err438);}errors++;}}if(data330.path !== undefined){if(typeof data330.path !== "string"){const err439 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i48+"/path",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err439];}else {vErrors.push(err439);}errors++;}}}else {const err440 = {instancePath:instancePath+"/spec/source/helm/fileParameters/" + i48,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err440];}else {vErrors.push(err440);}errors++;}}}else {const err441 = {instancePath:instancePath+"/spec/source/helm/fileParameters",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err441];}else {vErrors.push(err441);}errors++;}}if(data326.ignoreMissingValueFiles !== undefined){if(typeof data326.ignoreMissingValueFiles !== "boolean"){const err442 = {instancePath:instancePath+"/spec/source/helm/ignoreMissingValueFiles",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err442];}else {vErrors.push(err442);}errors++;}}if(data326.kubeVersion !== undefined){if(typeof data326.kubeVersion !== "string"){const err443 = {instancePath:instancePath+"/spec/source/helm/kubeVersion",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err443];}else {vErrors.push(err443);}errors++;}}if(data326.namespace !== undefined){if(typeof data326.namespace !== "string"){const err444 = {instancePath:instancePath+"/spec/source/helm/namespace",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err444];}else {vErrors.push(err444);}errors++;}}if(data326.parameters !== undefined){let data336 = data326.parameters;if(Array.isArray(data336)){const len49 = data336.length;for(let i49=0; i49<len49; i49++){let data337 = data336[i49];if(data337 && typeof data337 == "object" && !Array.isArray(data337)){for(const key65 in data337){if(!(((key65 === "forceString") || (key65 === "name")) || (key65 === "value"))){const err445 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i49,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err445];}else {vErrors.push(err445);}errors++;}}if(data337.forceString !== undefined){if(typeof data337.forceString !== "boolean"){const err446 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i49+"/forceString",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err446];}else {vErrors.push(err446);}errors++;}}if(data337.name !== undefined){if(typeof data337.name !== "string"){const err447 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i49+"/name",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err447];}else {vErrors.push(err447);}errors++;}}if(data337.value !== undefined){if(typeof data337.value !== "string"){const err448 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i49+"/value",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err448];}else {vErrors.push(err448);}errors++;}}}else {const err449 = {instancePath:instancePath+"/spec/source/helm/parameters/" + i49,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err449];}else {vErrors.push(err449);}errors++;}}}else {const err450 = {instancePath:instancePath+"/spec/source/helm/parameters",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err450];}else {vErrors.push(err450);}errors++;}}if(data326.passCredentials !== undefined){if(typeof data326.passCredentials !== "boolean"){const err451 = {instancePath:instancePath+"/spec/source/helm/passCredentials",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err451];}else {vErrors.push(err451);}errors++;}}if(data326.releaseName !== undefined){if(typeof data326.releaseName !== "string"){const err452 = {instancePath:instancePath+"/spec/source/helm/releaseName",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err452];}else {vErrors.push(err452);}errors++;}}if(data326.skipCrds !== undefined){if(typeof data326.skipCrds !== "boolean"){const err453 = {instancePath:instancePath+"/spec/source/helm/skipCrds",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err453];}else {vErrors.push(err453);}errors++;}}if(data326.skipSchemaValidation !== undefined){if(typeof data326.skipSchemaValidation !== "boolean"){const err454 = {instancePath:instancePath+"/spec/source/helm/skipSchemaValidation",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err454];}else {vErrors.push(err454);}errors++;}}if(data326.skipTests !== undefined){if(typeof data326.skipTests !== "boolean"){const err455 = {instancePath:instancePath+"/spec/source/helm/skipTests",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err455];}else {vErrors.push(err455);}errors++;}}if(data326.valueFiles !== undefined){let data346 = data326.valueFiles;if(Array.isArray(data346)){const len50 = data346.length;for(let i50=0; i50<len50; i50++){if(typeof data346[i50] !== "string"){const err456 = {instancePath:instancePath+"/spec/source/helm/valueFiles/" + i50,schemaPath:"#/properties/spec/properties/source/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err456];}else {vErrors.push(err456);}errors++;}}}else {const err457 = {instancePath:instancePath+"/spec/source/helm/valueFiles",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err457];}else {vErrors.push(err457);}errors++;}}if(data326.values !== undefined){if(typeof data326.values !== "string"){const err458 = {instancePath:instancePath+"/spec/source/helm/values",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err458];}else {vErrors.push(err458);}errors++;}}if(data326.valuesObject !== undefined){let data349 = data326.valuesObject;if(!(data349 && typeof data349 == "object" && !Array.isArray(data349))){const err459 = {instancePath:instancePath+"/spec/source/helm/valuesObject",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err459];}else {vErrors.push(err459);}errors++;}}if(data326.version !== undefined){if(typeof data326.version !== "string"){const err460 = {instancePath:instancePath+"/spec/source/helm/version",schemaPath:"#/properties/spec/properties/source/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err460];}else {vErrors.push(err460);}errors++;}}}else {const err461 = {instancePath:instancePath+"/spec/source/helm",schemaPath:"#/properties/spec/properties/source/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err461];}else {vErrors.push(err461);}errors++;}}if(data306.kustomize !== undefined){let data351 = data306.kustomize;if(data351 && typeof data351 == "object" && !Array.isArray(data351)){for(const key66 in data351){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.source.properties.kustomize.properties, key66))){const err462 = {instancePath:instancePath+"/spec/source/kustomize",schemaPath:"#/properties/spec/properties/source/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err462];}else {vErrors.push(err462);}errors++;}}if(data351.apiVersions !== undefined){let data352 = data351.apiVersions;if(Array.isArray(data352)){const len51 = data352.length;for(let i51=0; i51<len51; i51++){if(typeof data352[i51] !== "string"){const err463 = {instancePath:instancePath+"/spec/source/kustomize/apiVersions/" + i51,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err463];}else {vErrors.push(err463);}errors++;}}}else {const err464 = {instancePath:instancePath+"/spec/source/kustomize/apiVersions",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err464];}else {vErrors.push(err464);}errors++;}}if(data351.commonAnnotations !== undefined){let data354 = data351.commonAnnotations;if(data354 && typeof data354 == "object" && !Array.isArray(data354)){for(const key67 in data354){if(typeof data354[key67] !== "string"){const err465 = {instancePath:instancePath+"/spec/source/kustomize/commonAnnotations/" + key67.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err465];}else {vErrors.push(err465);}errors++;}}}else {const err466 = {instancePath:instancePath+"/spec/source/kustomize/commonAnnotations",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err466];}else {vErrors.push(err466);}errors++;}}if(data351.commonAnnotationsEnvsubst !== undefined){if(typeof data351.commonAnnotationsEnvsubst !== "boolean"){const err467 = {instancePath:instancePath+"/spec/source/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err467];}else {vErrors.push(err467);}errors++;}}if(data351.commonLabels !== undefined){let data357 = data351.commonLabels;if(data357 && typeof data357 == "object" && !Array.isArray(data357)){for(const key68 in data357){if(typeof data357[key68] !== "string"){const err468 = {instancePath:instancePath+"/spec/source/kustomize/commonLabels/" + key68.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err468];}else {vErrors.push(err468);}errors++;}}}else {const err469 = {instancePath:instancePath+"/spec/source/kustomize/commonLabels",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err469];}else {vErrors.push(err469);}errors++;}}if(data351.components !== undefined){let data359 = data351.components;if(Array.isArray(data359)){const len52 = data359.length;for(let i52=0; i52<len52; i52++){if(typeof data359[i52] !== "string"){const err470 = {instancePath:instancePath+"/spec/source/kustomize/components/" + i52,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err470];}else {vErrors.push(err470);}errors++;}}}else {const err471 = {instancePath:instancePath+"/spec/source/kustomize/components",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err471];}else {vErrors.push(err471);}errors++;}}if(data351.forceCommonAnnotations !== undefined){if(typeof data351.forceCommonAnnotations !== "boolean"){const err472 = {instancePath:instancePath+"/spec/source/kustomize/forceCommonAnnotations",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err472];}else {vErrors.push(err472);}errors++;}}if(data351.forceCommonLabels !== undefined){if(typeof data351.forceCommonLabels !== "boolean"){const err473 = {instancePath:instancePath+"/spec/source/kustomize/forceCommonLabels",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err473];}else {vErrors.push(err473);}errors++;}}if(data351.ignoreMissingComponents !== undefined){if(typeof data351.ignoreMissingComponents !== "boolean"){const err474 = {instancePath:instancePath+"/spec/source/kustomize/ignoreMissingComponents",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err474];}else {vErrors.push(err474);}errors++;}}if(data351.images !== undefined){let data364 = data351.images;if(Array.isArray(data364)){const len53 = data364.length;for(let i53=0; i53<len53; i53++){if(typeof data364[i53] !== "string"){const err475 = {instancePath:instancePath+"/spec/source/kustomize/images/" + i53,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err475];}else {vErrors.push(err475);}errors++;}}}else {const err476 = {instancePath:instancePath+"/spec/source/kustomize/images",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err476];}else {vErrors.push(err476);}errors++;}}if(data351.kubeVersion !== undefined){if(typeof data351.kubeVersion !== "string"){const err477 = {instancePath:instancePath+"/spec/source/kustomize/kubeVersion",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err477];}else {vErrors.push(err477);}errors++;}}if(data351.labelIncludeTemplates !== undefined){if(typeof data351.labelIncludeTemplates !== "boolean"){const err478 = {instancePath:instancePath+"/spec/source/kustomize/labelIncludeTemplates",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err478];}else {vErrors.push(err478);}errors++;}}if(data351.labelWithoutSelector !== undefined){if(typeof data351.labelWithoutSelector !== "boolean"){const err479 = {instancePath:instancePath+"/spec/source/kustomize/labelWithoutSelector",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err479];}else {vErrors.push(err479);}errors++;}}if(data351.namePrefix !== undefined){if(typeof data351.namePrefix !== "string"){const err480 = {instancePath:instancePath+"/spec/source/kustomize/namePrefix",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err480];}else {vErrors.push(err480);}errors++;}}if(data351.nameSuffix !== undefined){if(typeof data351.nameSuffix !== "string"){const err481 = {instancePath:instancePath+"/spec/source/kustomize/nameSuffix",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err481];}else {vErrors.push(err481);}errors++;}}if(data351.namespace !== undefined){if(typeof data351.namespace !== "string"){const err482 = {instancePath:instancePath+"/spec/source/kustomize/namespace",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err482];}else {vErrors.push(err482);}errors++;}}if(data351.patches !== undefined){let data372 = data351.patches;if(Array.isArray(data372)){const len54 = data372.length;for(let i54=0; i54<len54; i54++){let data373 = data372[i54];if(data373 && typeof data373 == "object" && !Array.isArray(data373)){for(const key69 in data373){if(!((((key69 === "options") || (key69 === "patch")) || (key69 === "path")) || (key69 === "target"))){const err483 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err483];}else {vErrors.push(err483);}errors++;}}if(data373.options !== undefined){let data374 = data373.options;if(data374 && typeof data374 == "object" && !Array.isArray(data374)){for(const key70 in data374){if(typeof data374[key70] !== "boolean"){const err484 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/options/" + key70.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err484];}else {vErrors.push(err484);}errors++;}}}else {const err485 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/options",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err485];}else {vErrors.push(err485);}errors++;}}if(data373.patch !== undefined){if(typeof data373.patch !== "string"){const err486 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/patch",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err486];}else {vErrors.push(err486);}errors++;}}if(data373.path !== undefined){if(typeof data373.path !== "string"){const err487 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/path",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err487];}else {vErrors.push(err487);}errors++;}}if(data373.target !== undefined){let data378 = data373.target;if(data378 && typeof data378 == "object" && !Array.isArray(data378)){for(const key71 in data378){if(!(((((((key71 === "annotationSelector") || (key71 === "group")) || (key71 === "kind")) || (key71 === "labelSelector")) || (key71 === "name")) || (key71 === "namespace")) || (key71 === "version"))){const err488 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err488];}else {vErrors.push(err488);}errors++;}}if(data378.annotationSelector !== undefined){if(typeof data378.annotationSelector !== "string"){const err489 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/annotationSelector",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err489];}else {vErrors.push(err489);}errors++;}}if(data378.group !== undefined){if(typeof data378.group !== "string"){const err490 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/group",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err490];}else {vErrors.push(err490);}errors++;}}if(data378.kind !== undefined){if(typeof data378.kind !== "string"){const err491 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/kind",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err491];}else {vErrors.push(err491);}errors++;}}if(data378.labelSelector !== undefined){if(typeof data378.labelSelector !== "string"){const err492 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/labelSelector",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err492];}else {vErrors.push(err492);}errors++;}}if(data378.name !== undefined){if(typeof data378.name !== "string"){const err493 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/name",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err493];}else {vErrors.push(err493);}errors++;}}if(data378.namespace !== undefined){if(typeof data378.namespace !== "string"){const err494 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/namespace",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err494];}else {vErrors.push(err494);}errors++;}}if(data378.version !== undefined){if(typeof data378.version !== "string"){const err495 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target/version",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err495];}else {vErrors.push(err495);}errors++;}}}else {const err496 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54+"/target",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err496];}else {vErrors.push(err496);}errors++;}}}else {const err497 = {instancePath:instancePath+"/spec/source/kustomize/patches/" + i54,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err497];}else {vErrors.push(err497);}errors++;}}}else {const err498 = {instancePath:instancePath+"/spec/source/kustomize/patches",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err498];}else {vErrors.push(err498);}errors++;}}if(data351.replicas !== undefined){let data386 = data351.replicas;if(Array.isArray(data386)){const len55 = data386.length;for(let i55=0; i55<len55; i55++){let data387 = data386[i55];if(data387 && typeof data387 == "object" && !Array.isArray(data387)){if(data387.count === undefined){const err499 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err499];}else {vErrors.push(err499);}errors++;}if(data387.name === undefined){const err500 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err500];}else {vErrors.push(err500);}errors++;}for(const key72 in data387){if(!((key72 === "count") || (key72 === "name"))){const err501 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err501];}else {vErrors.push(err501);}errors++;}}if(data387.count !== undefined){let data388 = data387.count;const _errs860 = errors;let valid187 = false;const _errs861 = errors;if(!((typeof data388 == "number") && (!(data388 % 1) && !isNaN(data388)))){const err502 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55+"/count",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err502];}else {vErrors.push(err502);}errors++;}var _valid2 = _errs861 === errors;valid187 = valid187 || _valid2;if(!valid187){const _errs863 = errors;if(typeof data388 !== "string"){const err503 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55+"/count",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err503];}else {vErrors.push(err503);}errors++;}var _valid2 = _errs863 === errors;valid187 = valid187 || _valid2;}if(!valid187){const err504 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55+"/count",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err504];}else {vErrors.push(err504);}errors++;}else {errors = _errs860;if(vErrors !== null){if(_errs860){vErrors.length = _errs860;}else {vErrors = null;}}}}if(data387.name !== undefined){if(typeof data387.name !== "string"){const err505 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55+"/name",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err505];}else {vErrors.push(err505);}errors++;}}}else {const err506 = {instancePath:instancePath+"/spec/source/kustomize/replicas/" + i55,schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err506];}else {vErrors.push(err506);}errors++;}}}else {const err507 = {instancePath:instancePath+"/spec/source/kustomize/replicas",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err507];}else {vErrors.push(err507);}errors++;}}if(data351.version !== undefined){if(typeof data351.version !== "string"){const err508 = {instancePath:instancePath+"/spec/source/kustomize/version",schemaPath:"#/properties/spec/properties/source/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err508];}else {vErrors.push(err508);}errors++;}}}else {const err509 = {instancePath:instancePath+"/spec/source/kustomize",schemaPath:"#/properties/spec/properties/source/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err509];}else {vErrors.push(err509);}errors++;}}if(data306.name !== undefined){if(typeof data306.name !== "string"){const err510 = {instancePath:instancePath+"/spec/source/name",schemaPath:"#/properties/spec/properties/source/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err510];}else {vErrors.push(err510);}errors++;}}if(data306.path !== undefined){if(typeof data306.path !== "string"){const err511 = {instancePath:instancePath+"/spec/source/path",schemaPath:"#/properties/spec/properties/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err511];}else {vErrors.push(err511);}errors++;}}if(data306.plugin !== undefined){let data393 = data306.plugin;if(data393 && typeof data393 == "object" && !Array.isArray(data393)){for(const key73 in data393){if(!(((key73 === "env") || (key73 === "name")) || (key73 === "parameters"))){const err512 = {instancePath:instancePath+"/spec/source/plugin",schemaPath:"#/properties/spec/properties/source/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err512];}else {vErrors.push(err512);}errors++;}}if(data393.env !== undefined){let data394 = data393.env;if(Array.isArray(data394)){const len56 = data394.length;for(let i56=0; i56<len56; i56++){let data395 = data394[i56];if(data395 && typeof data395 == "object" && !Array.isArray(data395)){if(data395.name === undefined){const err513 = {instancePath:instancePath+"/spec/source/plugin/env/" + i56,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err513];}else {vErrors.push(err513);}errors++;}if(data395.value === undefined){const err514 = {instancePath:instancePath+"/spec/source/plugin/env/" + i56,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err514];}else {vErrors.push(err514);}errors++;}for(const key74 in data395){if(!((key74 === "name") || (key74 === "value"))){const err515 = {instancePath:instancePath+"/spec/source/plugin/env/" + i56,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err515];}else {vErrors.push(err515);}errors++;}}if(data395.name !== undefined){if(typeof data395.name !== "string"){const err516 = {instancePath:instancePath+"/spec/source/plugin/env/" + i56+"/name",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err516];}else {vErrors.push(err516);}errors++;}}if(data395.value !== undefined){if(typeof data395.value !== "string"){const err517 = {instancePath:instancePath+"/spec/source/plugin/env/" + i56+"/value",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err517];}else {vErrors.push(err517);}errors++;}}}else {const err518 = {instancePath:instancePath+"/spec/source/plugin/env/" + i56,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err518];}else {vErrors.push(err518);}errors++;}}}else {const err519 = {instancePath:instancePath+"/spec/source/plugin/env",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err519];}else {vErrors.push(err519);}errors++;}}if(data393.name !== undefined){if(typeof data393.name !== "string"){const err520 = {instancePath:instancePath+"/spec/source/plugin/name",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err520];}else {vErrors.push(err520);}errors++;}}if(data393.parameters !== undefined){let data399 = data393.parameters;if(Array.isArray(data399)){const len57 = data399.length;for(let i57=0; i57<len57; i57++){let data400 = data399[i57];if(data400 && typeof data400 == "object" && !Array.isArray(data400)){for(const key75 in data400){if(!((((key75 === "array") || (key75 === "map")) || (key75 === "name")) || (key75 === "string"))){const err521 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err521];}else {vErrors.push(err521);}errors++;}}if(data400.array !== undefined){let data401 = data400.array;if(Array.isArray(data401)){const len58 = data401.length;for(let i58=0; i58<len58; i58++){if(typeof data401[i58] !== "string"){const err522 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57+"/array/" + i58,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err522];}else {vErrors.push(err522);}errors++;}}}else {const err523 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57+"/array",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err523];}else {vErrors.push(err523);}errors++;}}if(data400.map !== undefined){let data403 = data400.map;if(data403 && typeof data403 == "object" && !Array.isArray(data403)){for(const key76 in data403){if(typeof data403[key76] !== "string"){const err524 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57+"/map/" + key76.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err524];}else {vErrors.push(err524);}errors++;}}}else {const err525 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57+"/map",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err525];}else {vErrors.push(err525);}errors++;}}if(data400.name !== undefined){if(typeof data400.name !== "string"){const err526 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57+"/name",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err526];}else {vErrors.push(err526);}errors++;}}if(data400.string !== undefined){if(typeof data400.string !== "string"){const err527 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57+"/string",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err527];}else {vErrors.push(err527);}errors++;}}}else {const err528 = {instancePath:instancePath+"/spec/source/plugin/parameters/" + i57,schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err528];}else {vErrors.push(err528);}errors++;}}}else {const err529 = {instancePath:instancePath+"/spec/source/plugin/parameters",schemaPath:"#/properties/spec/properties/source/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err529];}else {vErrors.push(err529);}errors++;}}}else {const err530 = {instancePath:instancePath+"/spec/source/plugin",schemaPath:"#/properties/spec/properties/source/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err530];}else {vErrors.push(err530);}errors++;}}if(data306.ref !== undefined){if(typeof data306.ref !== "string"){const err531 = {instancePath:instancePath+"/spec/source/ref",schemaPath:"#/properties/spec/properties/source/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err531];}else {vErrors.push(err531);}errors++;}}if(data306.repoURL !== undefined){if(typeof data306.repoURL !== "string"){const err532 = {instancePath:instancePath+"/spec/source/repoURL",schemaPath:"#/properties/spec/properties/source/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err532];}else {vErrors.push(err532);}errors++;}}if(data306.tagPrefix !== undefined){if(typeof data306.tagPrefix !== "string"){const err533 = {instancePath:instancePath+"/spec/source/tagPrefix",schemaPath:"#/properties/spec/properties/source/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err533];}else {vErrors.push(err533);}errors++;}}if(data306.targetRevision !== undefined){if(typeof data306.targetRevision !== "string"){const err534 = {instancePath:instancePath+"/spec/source/targetRevision",schemaPath:"#/properties/spec/properties/source/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err534];}else {vErrors.push(err534);}errors++;}}}else {const err535 = {instancePath:instancePath+"/spec/source",schemaPath:"#/properties/spec/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err535];}else {vErrors.push(err535);}errors++;}}if(data283.sourceHydrator !== undefined){let data411 = data283.sourceHydrator;if(data411 && typeof data411 == "object" && !Array.isArray(data411)){if(data411.drySource === undefined){const err536 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/required",keyword:"required",params:{missingProperty: "drySource"},message:"must have required property '"+"drySource"+"'"};if(vErrors === null){vErrors = [err536];}else {vErrors.push(err536);}errors++;}if(data411.syncSource === undefined){const err537 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/required",keyword:"required",params:{missingProperty: "syncSource"},message:"must have required property '"+"syncSource"+"'"};if(vErrors === null){vErrors = [err537];}else {vErrors.push(err537);}errors++;}for(const key77 in data411){if(!(((key77 === "drySource") || (key77 === "hydrateTo")) || (key77 === "syncSource"))){const err538 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err538];}else {vErrors.push(err538);}errors++;}}if(data411.drySource !== undefined){let data412 = data411.drySource;if(data412 && typeof data412 == "object" && !Array.isArray(data412)){if(data412.path === undefined){const err539 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err539];}else {vErrors.push(err539);}errors++;}if(data412.repoURL === undefined){const err540 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};if(vErrors === null){vErrors = [err540];}else {vErrors.push(err540);}errors++;}if(data412.targetRevision === undefined){const err541 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/required",keyword:"required",params:{missingProperty: "targetRevision"},message:"must have required property '"+"targetRevision"+"'"};if(vErrors === null){vErrors = [err541];}else {vErrors.push(err541);}errors++;}for(const key78 in data412){if(!(((((((key78 === "directory") || (key78 === "helm")) || (key78 === "kustomize")) || (key78 === "path")) || (key78 === "plugin")) || (key78 === "repoURL")) || (key78 === "targetRevision"))){const err542 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err542];}else {vErrors.push(err542);}errors++;}}if(data412.directory !== undefined){let data413 = data412.directory;if(data413 && typeof data413 == "object" && !Array.isArray(data413)){for(const key79 in data413){if(!(((((key79 === "disableExtensionFilter") || (key79 === "exclude")) || (key79 === "include")) || (key79 === "jsonnet")) || (key79 === "recurse"))){const err543 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err543];}else {vErrors.push(err543);}errors++;}}if(data413.disableExtensionFilter !== undefined){if(typeof data413.disableExtensionFilter !== "boolean"){const err544 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/disableExtensionFilter",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err544];}else {vErrors.push(err544);}errors++;}}if(data413.exclude !== undefined){if(typeof data413.exclude !== "string"){const err545 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/exclude",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err545];}else {vErrors.push(err545);}errors++;}}if(data413.include !== undefined){if(typeof data413.include !== "string"){const err546 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/include",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err546];}else {vErrors.push(err546);}errors++;}}if(data413.jsonnet !== undefined){let data417 = data413.jsonnet;if(data417 && typeof data417 == "object" && !Array.isArray(data417)){for(const key80 in data417){if(!(((key80 === "extVars") || (key80 === "libs")) || (key80 === "tlas"))){const err547 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err547];}else {vErrors.push(err547);}errors++;}}if(data417.extVars !== undefined){let data418 = data417.extVars;if(Array.isArray(data418)){const len59 = data418.length;for(let i59=0; i59<len59; i59++){let data419 = data418[i59];if(data419 && typeof data419 == "object" && !Array.isArray(data419)){if(data419.name === undefined){const err548 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err548];}else {vErrors.push(err548);}errors++;}if(data419.value === undefined){const err549 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err549];}else {vErrors.push(err549);}errors++;}for(const key81 in data419){if(!(((key81 === "code") || (key81 === "name")) || (key81 === "value"))){const err550 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err550];}else {vErrors.push(err550);}errors++;}}if(data419.code !== undefined){if(typeof data419.code !== "boolean"){const err551 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59+"/code",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err551];}else {vErrors.push(err551);}errors++;}}if(data419.name !== undefined){if(typeof data419.name !== "string"){const err552 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err552];}else {vErrors.push(err552);}errors++;}}if(data419.value !== undefined){if(typeof data419.value !== "string"){const err553 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err553];}else {vErrors.push(err553);}errors++;}}}else {const err554 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars/" + i59,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err554];}else {vErrors.push(err554);}errors++;}}}else {const err555 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/extVars",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err555];}else {vErrors.push(err555);}errors++;}}if(data417.libs !== undefined){let data423 = data417.libs;if(Array.isArray(data423)){const len60 = data423.length;for(let i60=0; i60<len60; i60++){if(typeof data423[i60] !== "string"){const err556 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/libs/" + i60,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err556];}else {vErrors.push(err556);}errors++;}}}else {const err557 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/libs",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err557];}else {vErrors.push(err557);}errors++;}}if(data417.tlas !== undefined){let data425 = data417.tlas;if(Array.isArray(data425)){const len61 = data425.length;for(let i61=0; i61<len61; i61++){let data426 = data425[i61];if(data426 && typeof data426 == "object" && !Array.isArray(data426)){if(data426.name === undefined){const err558 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err558];}else {vErrors.push(err558);}errors++;}if(data426.value === undefined){const err559 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err559];}else {vErrors.push(err559);}errors++;}for(const key82 in data426){if(!(((key82 === "code") || (key82 === "name")) || (key82 === "value"))){const err560 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err560];}else {vErrors.push(err560);}errors++;}}if(data426.code !== undefined){if(typeof data426.code !== "boolean"){const err561 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61+"/code",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err561];}else {vErrors.push(err561);}errors++;}}if(data426.name !== undefined){if(typeof data426.name !== "string"){const err562 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err562];}else {vErrors.push(err562);}errors++;}}if(data426.value !== undefined){if(typeof data426.value !== "string"){const err563 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err563];}else {vErrors.push(err563);}errors++;}}}else {const err564 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas/" + i61,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err564];}else {vErrors.push(err564);}errors++;}}}else {const err565 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet/tlas",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err565];}else {vErrors.push(err565);}errors++;}}}else {const err566 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/jsonnet",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err566];}else {vErrors.push(err566);}errors++;}}if(data413.recurse !== undefined){if(typeof data413.recurse !== "boolean"){const err567 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory/recurse",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err567];}else {vErrors.push(err567);}errors++;}}}else {const err568 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/directory",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err568];}else {vErrors.push(err568);}errors++;}}if(data412.helm !== undefined){let data431 = data412.helm;if(data431 && typeof data431 == "object" && !Array.isArray(data431)){for(const key83 in data431){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.sourceHydrator.properties.drySource.properties.helm.properties, key83))){const err569 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err569];}else {vErrors.push(err569);}errors++;}}if(data431.apiVersions !== undefined){let data432 = data431.apiVersions;if(Array.isArray(data432)){const len62 = data432.length;for(let i62=0; i62<len62; i62++){if(typeof data432[i62] !== "string"){const err570 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/apiVersions/" + i62,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err570];}else {vErrors.push(err570);}errors++;}}}else {const err571 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/apiVersions",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err571];}else {vErrors.push(err571);}errors++;}}if(data431.fileParameters !== undefined){let data434 = data431.fileParameters;if(Array.isArray(data434)){const len63 = data434.length;for(let i63=0; i63<len63; i63++){let data435 = data434[i63];if(data435 && typeof data435 == "object" && !Array.isArray(data435)){for(const key84 in data435){if(!((key84 === "name") || (key84 === "path"))){const err572 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i63,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err572];}else {vErrors.push(err572);}errors++;}}if(data435.name !== undefined){if(typeof data435.name !== "string"){const err573 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i63+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err573];}else {vErrors.push(err573);}errors++;}}if(data435.path !== undefined){if(typeof data435.path !== "string"){const err574 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i63+"/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err574];}else {vErrors.push(err574);}errors++;}}}else {const err575 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters/" + i63,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err575];}else {vErrors.push(err575);}errors++;}}}else {const err576 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/fileParameters",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err576];}else {vErrors.push(err576);}errors++;}}if(data431.ignoreMissingValueFiles !== undefined){if(typeof data431.ignoreMissingValueFiles !== "boolean"){const err577 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/ignoreMissingValueFiles",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err577];}else {vErrors.push(err577);}errors++;}}if(data431.kubeVersion !== undefined){if(typeof data431.kubeVersion !== "string"){const err578 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/kubeVersion",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err578];}else {vErrors.push(err578);}errors++;}}if(data431.namespace !== undefined){if(typeof data431.namespace !== "string"){const err579 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/namespace",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err579];}else {vErrors.push(err579);}errors++;}}if(data431.parameters !== undefined){let data441 = data431.parameters;if(Array.isArray(data441)){const len64 = data441.length;for(let i64=0; i64<len64; i64++){let data442 = data441[i64];if(data442 && typeof data442 == "object" && !Array.isArray(data442)){for(const key85 in data442){if(!(((key85 === "forceString") || (key85 === "name")) || (key85 === "value"))){const err580 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i64,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err580];}else {vErrors.push(err580);}errors++;}}if(data442.forceString !== undefined){if(typeof data442.forceString !== "boolean"){const err581 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i64+"/forceString",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err581];}else {vErrors.push(err581);}errors++;}}if(data442.name !== undefined){if(typeof data442.name !== "string"){const err582 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i64+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err582];}else {vErrors.push(err582);}errors++;}}if(data442.value !== undefined){if(typeof data442.value !== "string"){const err583 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i64+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err583];}else {vErrors.push(err583);}errors++;}}}else {const err584 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters/" + i64,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err584];}else {vErrors.push(err584);}errors++;}}}else {const err585 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/parameters",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err585];}else {vErrors.push(err585);}errors++;}}if(data431.passCredentials !== undefined){if(typeof data431.passCredentials !== "boolean"){const err586 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/passCredentials",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err586];}else {vErrors.push(err586);}errors++;}}if(data431.releaseName !== undefined){if(typeof data431.releaseName !== "string"){const err587 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/releaseName",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err587];}else {vErrors.push(err587);}errors++;}}if(data431.skipCrds !== undefined){if(typeof data431.skipCrds !== "boolean"){const err588 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/skipCrds",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err588];}else {vErrors.push(err588);}errors++;}}if(data431.skipSchemaValidation !== undefined){if(typeof data431.skipSchemaValidation !== "boolean"){const err589 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/skipSchemaValidation",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err589];}else {vErrors.push(err589);}errors++;}}if(data431.skipTests !== undefined){if(typeof data431.skipTests !== "boolean"){const err590 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/skipTests",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err590];}else {vErrors.push(err590);}errors++;}}if(data431.valueFiles !== undefined){let data451 = data431.valueFiles;if(Array.isArray(data451)){const len65 = data451.length;for(let i65=0; i65<len65; i65++){if(typeof data451[i65] !== "string"){const err591 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/valueFiles/" + i65,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err591];}else {vErrors.push(err591);}errors++;}}}else {const err592 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/valueFiles",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err592];}else {vErrors.push(err592);}errors++;}}if(data431.values !== undefined){if(typeof data431.values !== "string"){const err593 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/values",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err593];}else {vErrors.push(err593);}errors++;}}if(data431.valuesObject !== undefined){let data454 = data431.valuesObject;if(!(data454 && typeof data454 == "object" && !Array.isArray(data454))){const err594 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/valuesObject",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err594];}else {vErrors.push(err594);}errors++;}}if(data431.version !== undefined){if(typeof data431.version !== "string"){const err595 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm/version",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err595];}else {vErrors.push(err595);}errors++;}}}else {const err596 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/helm",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err596];}else {vErrors.push(err596);}errors++;}}if(data412.kustomize !== undefined){let data456 = data412.kustomize;if(data456 && typeof data456 == "object" && !Array.isArray(data456)){for(const key86 in data456){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.sourceHydrator.properties.drySource.properties.kustomize.properties, key86))){const err597 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err597];}else {vErrors.push(err597);}errors++;}}if(data456.apiVersions !== undefined){let data457 = data456.apiVersions;if(Array.isArray(data457)){const len66 = data457.length;for(let i66=0; i66<len66; i66++){if(typeof data457[i66] !== "string"){const err598 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/apiVersions/" + i66,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err598];}else {vErrors.push(err598);}errors++;}}}else {const err599 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/apiVersions",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err599];}else {vErrors.push(err599);}errors++;}}if(data456.commonAnnotations !== undefined){let data459 = data456.commonAnnotations;if(data459 && typeof data459 == "object" && !Array.isArray(data459)){for(const key87 in data459){if(typeof data459[key87] !== "string"){const err600 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonAnnotations/" + key87.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err600];}else {vErrors.push(err600);}errors++;}}}else {const err601 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonAnnotations",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err601];}else {vErrors.push(err601);}errors++;}}if(data456.commonAnnotationsEnvsubst !== undefined){if(typeof data456.commonAnnotationsEnvsubst !== "boolean"){const err602 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err602];}else {vErrors.push(err602);}errors++;}}if(data456.commonLabels !== undefined){let data462 = data456.commonLabels;if(data462 && typeof data462 == "object" && !Array.isArray(data462)){for(const key88 in data462){if(typeof data462[key88] !== "string"){const err603 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonLabels/" + key88.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err603];}else {vErrors.push(err603);}errors++;}}}else {const err604 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/commonLabels",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err604];}else {vErrors.push(err604);}errors++;}}if(data456.components !== undefined){let data464 = data456.components;if(Array.isArray(data464)){const len67 = data464.length;for(let i67=0; i67<len67; i67++){if(typeof data464[i67] !== "string"){const err605 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/components/" + i67,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err605];}else {vErrors.push(err605);}errors++;}}}else {const err606 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/components",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err606];}else {vErrors.push(err606);}errors++;}}if(data456.forceCommonAnnotations !== undefined){if(typeof data456.forceCommonAnnotations !== "boolean"){const err607 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/forceCommonAnnotations",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err607];}else {vErrors.push(err607);}errors++;}}if(data456.forceCommonLabels !== undefined){if(typeof data456.forceCommonLabels !== "boolean"){const err608 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/forceCommonLabels",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err608];}else {vErrors.push(err608);}errors++;}}if(data456.ignoreMissingComponents !== undefined){if(typeof data456.ignoreMissingComponents !== "boolean"){const err609 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/ignoreMissingComponents",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err609];}else {vErrors.push(err609);}errors++;}}if(data456.images !== undefined){let data469 = data456.images;if(Array.isArray(data469)){const len68 = data469.length;for(let i68=0; i68<len68; i68++){if(typeof data469[i68] !== "string"){const err610 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/images/" + i68,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err610];}else {vErrors.push(err610);}errors++;}}}else {const err611 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/images",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err611];}else {vErrors.push(err611);}errors++;}}if(data456.kubeVersion !== undefined){if(typeof data456.kubeVersion !== "string"){const err612 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/kubeVersion",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err612];}else {vErrors.push(err612);}errors++;}}if(data456.labelIncludeTemplates !== undefined){if(typeof data456.labelIncludeTemplates !== "boolean"){const err613 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/labelIncludeTemplates",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err613];}else {vErrors.push(err613);}errors++;}}if(data456.labelWithoutSelector !== undefined){if(typeof data456.labelWithoutSelector !== "boolean"){const err614 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/labelWithoutSelector",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err614];}else {vErrors.push(err614);}errors++;}}if(data456.namePrefix !== undefined){if(typeof data456.namePrefix !== "string"){const err615 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/namePrefix",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err615];}else {vErrors.push(err615);}errors++;}}if(data456.nameSuffix !== undefined){if(typeof data456.nameSuffix !== "string"){const err616 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/nameSuffix",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err616];}else {vErrors.push(err616);}errors++;}}if(data456.namespace !== undefined){if(typeof data456.namespace !== "string"){const err617 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/namespace",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err617];}else {vErrors.push(err617);}errors++;}}if(data456.patches !== undefined){let data477 = data456.patches;if(Array.isArray(data477)){const len69 = data477.length;for(let i69=0; i69<len69; i69++){let data478 = data477[i69];if(data478 && typeof data478 == "object" && !Array.isArray(data478)){for(const key89 in data478){if(!((((key89 === "options") || (key89 === "patch")) || (key89 === "path")) || (key89 === "target"))){const err618 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err618];}else {vErrors.push(err618);}errors++;}}if(data478.options !== undefined){let data479 = data478.options;if(data479 && typeof data479 == "object" && !Array.isArray(data479)){for(const key90 in data479){if(typeof data479[key90] !== "boolean"){const err619 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/options/" + key90.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err619];}else {vErrors.push(err619);}errors++;}}}else {const err620 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/options",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err620];}else {vErrors.push(err620);}errors++;}}if(data478.patch !== undefined){if(typeof data478.patch !== "string"){const err621 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/patch",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err621];}else {vErrors.push(err621);}errors++;}}if(data478.path !== undefined){if(typeof data478.path !== "string"){const err622 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err622];}else {vErrors.push(err622);}errors++;}}if(data478.target !== undefined){let data483 = data478.target;if(data483 && typeof data483 == "object" && !Array.isArray(data483)){for(const key91 in data483){if(!(((((((key91 === "annotationSelector") || (key91 === "group")) || (key91 === "kind")) || (key91 === "labelSelector")) || (key91 === "name")) || (key91 === "namespace")) || (key91 === "version"))){const err623 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err623];}else {vErrors.push(err623);}errors++;}}if(data483.annotationSelector !== undefined){if(typeof data483.annotationSelector !== "string"){const err624 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/annotationSelector",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err624];}else {vErrors.push(err624);}errors++;}}if(data483.group !== undefined){if(typeof data483.group !== "string"){const err625 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/group",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err625];}else {vErrors.push(err625);}errors++;}}if(data483.kind !== undefined){if(typeof data483.kind !== "string"){const err626 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/kind",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err626];}else {vErrors.push(err626);}errors++;}}if(data483.labelSelector !== undefined){if(typeof data483.labelSelector !== "string"){const err627 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/labelSelector",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err627];}else {vErrors.push(err627);}errors++;}}if(data483.name !== undefined){if(typeof data483.name !== "string"){const err628 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err628];}else {vErrors.push(err628);}errors++;}}if(data483.namespace !== undefined){if(typeof data483.namespace !== "string"){const err629 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/namespace",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err629];}else {vErrors.push(err629);}errors++;}}if(data483.version !== undefined){if(typeof data483.version !== "string"){const err630 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target/version",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err630];}else {vErrors.push(err630);}errors++;}}}else {const err631 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69+"/target",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err631];}else {vErrors.push(err631);}errors++;}}}else {const err632 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches/" + i69,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err632];}else {vErrors.push(err632);}errors++;}}}else {const err633 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/patches",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err633];}else {vErrors.push(err633);}errors++;}}if(data456.replicas !== undefined){let data491 = data456.replicas;if(Array.isArray(data491)){const len70 = data491.length;for(let i70=0; i70<len70; i70++){let data492 = data491[i70];if(data492 && typeof data492 == "object" && !Array.isArray(data492)){if(data492.count === undefined){const err634 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err634];}else {vErrors.push(err634);}errors++;}if(data492.name === undefined){const err635 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err635];}else {vErrors.push(err635);}errors++;}for(const key92 in data492){if(!((key92 === "count") || (key92 === "name"))){const err636 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err636];}else {vErrors.push(err636);}errors++;}}if(data492.count !== undefined){let data493 = data492.count;const _errs1094 = errors;let valid238 = false;const _errs1095 = errors;if(!((typeof data493 == "number") && (!(data493 % 1) && !isNaN(data493)))){const err637 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70+"/count",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err637];}else {vErrors.push(err637);}errors++;}var _valid3 = _errs1095 === errors;valid238 = valid238 || _valid3;if(!valid238){const _errs1097 = errors;if(typeof data493 !== "string"){const err638 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70+"/count",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err638];}else {vErrors.push(err638);}errors++;}var _valid3 = _errs1097 === errors;valid238 = valid238 || _valid3;}if(!valid238){const err639 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70+"/count",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err639];}else {vErrors.push(err639);}errors++;}else {errors = _errs1094;if(vErrors !== null){if(_errs1094){vErrors.length = _errs1094;}else {vErrors = null;}}}}if(data492.name !== undefined){if(typeof data492.name !== "string"){const err640 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err640];}else {vErrors.push(err640);}errors++;}}}else {const err641 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas/" + i70,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err641];}else {vErrors.push(err641);}errors++;}}}else {const err642 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/replicas",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err642];}else {vErrors.push(err642);}errors++;}}if(data456.version !== undefined){if(typeof data456.version !== "string"){const err643 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize/version",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err643];}else {vErrors.push(err643);}errors++;}}}else {const err644 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/kustomize",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err644];}else {vErrors.push(err644);}errors++;}}if(data412.path !== undefined){if(typeof data412.path !== "string"){const err645 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err645];}else {vErrors.push(err645);}errors++;}}if(data412.plugin !== undefined){let data497 = data412.plugin;if(data497 && typeof data497 == "object" && !Array.isArray(data497)){for(const key93 in data497){if(!(((key93 === "env") || (key93 === "name")) || (key93 === "parameters"))){const err646 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err646];}else {vErrors.push(err646);}errors++;}}if(data497.env !== undefined){let data498 = data497.env;if(Array.isArray(data498)){const len71 = data498.length;for(let i71=0; i71<len71; i71++){let data499 = data498[i71];if(data499 && typeof data499 == "object" && !Array.isArray(data499)){if(data499.name === undefined){const err647 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i71,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err647];}else {vErrors.push(err647);}errors++;}if(data499.value === undefined){const err648 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i71,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err648];}else {vErrors.push(err648);}errors++;}for(const key94 in data499){if(!((key94 === "name") || (key94 === "value"))){const err649 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i71,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err649];}else {vErrors.push(err649);}errors++;}}if(data499.name !== undefined){if(typeof data499.name !== "string"){const err650 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i71+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err650];}else {vErrors.push(err650);}errors++;}}if(data499.value !== undefined){if(typeof data499.value !== "string"){const err651 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i71+"/value",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err651];}else {vErrors.push(err651);}errors++;}}}else {const err652 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env/" + i71,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err652];}else {vErrors.push(err652);}errors++;}}}else {const err653 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/env",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err653];}else {vErrors.push(err653);}errors++;}}if(data497.name !== undefined){if(typeof data497.name !== "string"){const err654 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err654];}else {vErrors.push(err654);}errors++;}}if(data497.parameters !== undefined){let data503 = data497.parameters;if(Array.isArray(data503)){const len72 = data503.length;for(let i72=0; i72<len72; i72++){let data504 = data503[i72];if(data504 && typeof data504 == "object" && !Array.isArray(data504)){for(const key95 in data504){if(!((((key95 === "array") || (key95 === "map")) || (key95 === "name")) || (key95 === "string"))){const err655 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err655];}else {vErrors.push(err655);}errors++;}}if(data504.array !== undefined){let data505 = data504.array;if(Array.isArray(data505)){const len73 = data505.length;for(let i73=0; i73<len73; i73++){if(typeof data505[i73] !== "string"){const err656 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72+"/array/" + i73,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err656];}else {vErrors.push(err656);}errors++;}}}else {const err657 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72+"/array",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err657];}else {vErrors.push(err657);}errors++;}}if(data504.map !== undefined){let data507 = data504.map;if(data507 && typeof data507 == "object" && !Array.isArray(data507)){for(const key96 in data507){if(typeof data507[key96] !== "string"){const err658 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72+"/map/" + key96.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err658];}else {vErrors.push(err658);}errors++;}}}else {const err659 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72+"/map",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err659];}else {vErrors.push(err659);}errors++;}}if(data504.name !== undefined){if(typeof data504.name !== "string"){const err660 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72+"/name",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err660];}else {vErrors.push(err660);}errors++;}}if(data504.string !== undefined){if(typeof data504.string !== "string"){const err661 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72+"/string",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err661];}else {vErrors.push(err661);}errors++;}}}else {const err662 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters/" + i72,schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err662];}else {vErrors.push(err662);}errors++;}}}else {const err663 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin/parameters",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err663];}else {vErrors.push(err663);}errors++;}}}else {const err664 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/plugin",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err664];}else {vErrors.push(err664);}errors++;}}if(data412.repoURL !== undefined){if(typeof data412.repoURL !== "string"){const err665 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/repoURL",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err665];}else {vErrors.push(err665);}errors++;}}if(data412.targetRevision !== undefined){if(typeof data412.targetRevision !== "string"){const err666 = {instancePath:instancePath+"/spec/sourceHydrator/drySource/targetRevision",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err666];}else {vErrors.push(err666);}errors++;}}}else {const err667 = {instancePath:instancePath+"/spec/sourceHydrator/drySource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/drySource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err667];}else {vErrors.push(err667);}errors++;}}if(data411.hydrateTo !== undefined){let data513 = data411.hydrateTo;if(data513 && typeof data513 == "object" && !Array.isArray(data513)){if(data513.targetBranch === undefined){const err668 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/required",keyword:"required",params:{missingProperty: "targetBranch"},message:"must have required property '"+"targetBranch"+"'"};if(vErrors === null){vErrors = [err668];}else {vErrors.push(err668);}errors++;}for(const key97 in data513){if(!(key97 === "targetBranch")){const err669 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err669];}else {vErrors.push(err669);}errors++;}}if(data513.targetBranch !== undefined){if(typeof data513.targetBranch !== "string"){const err670 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo/targetBranch",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/properties/targetBranch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err670];}else {vErrors.push(err670);}errors++;}}}else {const err671 = {instancePath:instancePath+"/spec/sourceHydrator/hydrateTo",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/hydrateTo/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err671];}else {vErrors.push(err671);}errors++;}}if(data411.syncSource !== undefined){let data515 = data411.syncSource;if(data515 && typeof data515 == "object" && !Array.isArray(data515)){if(data515.path === undefined){const err672 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err672];}else {vErrors.push(err672);}errors++;}if(data515.targetBranch === undefined){const err673 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/required",keyword:"required",params:{missingProperty: "targetBranch"},message:"must have required property '"+"targetBranch"+"'"};if(vErrors === null){vErrors = [err673];}else {vErrors.push(err673);}errors++;}for(const key98 in data515){if(!(((key98 === "path") || (key98 === "repoURL")) || (key98 === "targetBranch"))){const err674 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err674];}else {vErrors.push(err674);}errors++;}}if(data515.path !== undefined){let data516 = data515.path;if(typeof data516 === "string"){if(func1(data516) < 1){const err675 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err675];}else {vErrors.push(err675);}errors++;}if(!argocd_application_validate_pattern0.test(data516)){const err676 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/pattern",keyword:"pattern",params:{pattern: "^.{2,}|[^./]$"},message:"must match pattern \""+"^.{2,}|[^./]$"+"\""};if(vErrors === null){vErrors = [err676];}else {vErrors.push(err676);}errors++;}}else {const err677 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/path",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err677];}else {vErrors.push(err677);}errors++;}}if(data515.repoURL !== undefined){if(typeof data515.repoURL !== "string"){const err678 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/repoURL",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err678];}else {vErrors.push(err678);}errors++;}}if(data515.targetBranch !== undefined){if(typeof data515.targetBranch !== "string"){const err679 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource/targetBranch",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/properties/targetBranch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err679];}else {vErrors.push(err679);}errors++;}}}else {const err680 = {instancePath:instancePath+"/spec/sourceHydrator/syncSource",schemaPath:"#/properties/spec/properties/sourceHydrator/properties/syncSource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err680];}else {vErrors.push(err680);}errors++;}}}else {const err681 = {instancePath:instancePath+"/spec/sourceHydrator",schemaPath:"#/properties/spec/properties/sourceHydrator/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err681];}else {vErrors.push(err681);}errors++;}}if(data283.sources !== undefined){let data519 = data283.sources;if(Array.isArray(data519)){const len74 = data519.length;for(let i74=0; i74<len74; i74++){let data520 = data519[i74];if(data520 && typeof data520 == "object" && !Array.isArray(data520)){if(data520.repoURL === undefined){const err682 = {instancePath:instancePath+"/spec/sources/" + i74,schemaPath:"#/properties/spec/properties/sources/items/required",keyword:"required",params:{missingProperty: "repoURL"},message:"must have required property '"+"repoURL"+"'"};if(vErrors === null){vErrors = [err682];}else {vErrors.push(err682);}errors++;}for(const key99 in data520){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.sources.items.properties, key99))){const err683 = {instancePath:instancePath+"/spec/sources/" + i74,schemaPath:"#/properties/spec/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err683];}else {vErrors.push(err683);}errors++;}}if(data520.chart !== undefined){if(typeof data520.chart !== "string"){const err684 = {instancePath:instancePath+"/spec/sources/" + i74+"/chart",schemaPath:"#/properties/spec/properties/sources/items/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err684];}else {vErrors.push(err684);}errors++;}}if(data520.directory !== undefined){let data522 = data520.directory;if(data522 && typeof data522 == "object" && !Array.isArray(data522)){for(const key100 in data522){if(!(((((key100 === "disableExtensionFilter") || (key100 === "exclude")) || (key100 === "include")) || (key100 === "jsonnet")) || (key100 === "recurse"))){const err685 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err685];}else {vErrors.push(err685);}errors++;}}if(data522.disableExtensionFilter !== undefined){if(typeof data522.disableExtensionFilter !== "boolean"){const err686 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/disableExtensionFilter",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/disableExtensionFilter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err686];}else {vErrors.push(err686);}errors++;}}if(data522.exclude !== undefined){if(typeof data522.exclude !== "string"){const err687 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/exclude",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/exclude/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err687];}else {vErrors.push(err687);}errors++;}}if(data522.include !== undefined){if(typeof data522.include !== "string"){const err688 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/include",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/include/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err688];}else {vErrors.push(err688);}errors++;}}if(data522.jsonnet !== undefined){let data526 = data522.jsonnet;if(data526 && typeof data526 == "object" && !Array.isArray(data526)){for(const key101 in data526){if(!(((key101 === "extVars") || (key101 === "libs")) || (key101 === "tlas"))){const err689 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err689];}else {vErrors.push(err689);}errors++;}}if(data526.extVars !== undefined){let data527 = data526.extVars;if(Array.isArray(data527)){const len75 = data527.length;for(let i75=0; i75<len75; i75++){let data528 = data527[i75];if(data528 && typeof data528 == "object" && !Array.isArray(data528)){if(data528.name === undefined){const err690 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err690];}else {vErrors.push(err690);}errors++;}if(data528.value === undefined){const err691 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err691];}else {vErrors.push(err691);}errors++;}for(const key102 in data528){if(!(((key102 === "code") || (key102 === "name")) || (key102 === "value"))){const err692 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err692];}else {vErrors.push(err692);}errors++;}}if(data528.code !== undefined){if(typeof data528.code !== "boolean"){const err693 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75+"/code",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err693];}else {vErrors.push(err693);}errors++;}}if(data528.name !== undefined){if(typeof data528.name !== "string"){const err694 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err694];}else {vErrors.push(err694);}errors++;}}if(data528.value !== undefined){if(typeof data528.value !== "string"){const err695 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err695];}else {vErrors.push(err695);}errors++;}}}else {const err696 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars/" + i75,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err696];}else {vErrors.push(err696);}errors++;}}}else {const err697 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/extVars",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/extVars/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err697];}else {vErrors.push(err697);}errors++;}}if(data526.libs !== undefined){let data532 = data526.libs;if(Array.isArray(data532)){const len76 = data532.length;for(let i76=0; i76<len76; i76++){if(typeof data532[i76] !== "string"){const err698 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/libs/" + i76,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err698];}else {vErrors.push(err698);}errors++;}}}else {const err699 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/libs",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/libs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err699];}else {vErrors.push(err699);}errors++;}}if(data526.tlas !== undefined){let data534 = data526.tlas;if(Array.isArray(data534)){const len77 = data534.length;for(let i77=0; i77<len77; i77++){let data535 = data534[i77];if(data535 && typeof data535 == "object" && !Array.isArray(data535)){if(data535.name === undefined){const err700 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err700];}else {vErrors.push(err700);}errors++;}if(data535.value === undefined){const err701 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err701];}else {vErrors.push(err701);}errors++;}for(const key103 in data535){if(!(((key103 === "code") || (key103 === "name")) || (key103 === "value"))){const err702 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key103},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err702];}else {vErrors.push(err702);}errors++;}}if(data535.code !== undefined){if(typeof data535.code !== "boolean"){const err703 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77+"/code",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/code/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err703];}else {vErrors.push(err703);}errors++;}}if(data535.name !== undefined){if(typeof data535.name !== "string"){const err704 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err704];}else {vErrors.push(err704);}errors++;}}if(data535.value !== undefined){if(typeof data535.value !== "string"){const err705 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err705];}else {vErrors.push(err705);}errors++;}}}else {const err706 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas/" + i77,schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err706];}else {vErrors.push(err706);}errors++;}}}else {const err707 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet/tlas",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/properties/tlas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err707];}else {vErrors.push(err707);}errors++;}}}else {const err708 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/jsonnet",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/jsonnet/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err708];}else {vErrors.push(err708);}errors++;}}if(data522.recurse !== undefined){if(typeof data522.recurse !== "boolean"){const err709 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory/recurse",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/properties/recurse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err709];}else {vErrors.push(err709);}errors++;}}}else {const err710 = {instancePath:instancePath+"/spec/sources/" + i74+"/directory",schemaPath:"#/properties/spec/properties/sources/items/properties/directory/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err710];}else {vErrors.push(err710);}errors++;}}if(data520.helm !== undefined){let data540 = data520.helm;if(data540 && typeof data540 == "object" && !Array.isArray(data540)){for(const key104 in data540){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.sources.items.properties.helm.properties, key104))){const err711 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key104},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err711];}else {vErrors.push(err711);}errors++;}}if(data540.apiVersions !== undefined){let data541 = data540.apiVersions;if(Array.isArray(data541)){const len78 = data541.length;for(let i78=0; i78<len78; i78++){if(typeof data541[i78] !== "string"){const err712 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/apiVersions/" + i78,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err712];}else {vErrors.push(err712);}errors++;}}}else {const err713 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/apiVersions",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err713];}else {vErrors.push(err713);}errors++;}}if(data540.fileParameters !== undefined){let data543 = data540.fileParameters;if(Array.isArray(data543)){const len79 = data543.length;for(let i79=0; i79<len79; i79++){let data544 = data543[i79];if(data544 && typeof data544 == "object" && !Array.isArray(data544)){for(const key105 in data544){if(!((key105 === "name") || (key105 === "path"))){const err714 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/fileParameters/" + i79,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err714];}else {vErrors.push(err714);}errors++;}}if(data544.name !== undefined){if(typeof data544.name !== "string"){const err715 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/fileParameters/" + i79+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err715];}else {vErrors.push(err715);}errors++;}}if(data544.path !== undefined){if(typeof data544.path !== "string"){const err716 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/fileParameters/" + i79+"/path",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err716];}else {vErrors.push(err716);}errors++;}}}else {const err717 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/fileParameters/" + i79,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err717];}else {vErrors.push(err717);}errors++;}}}else {const err718 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/fileParameters",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/fileParameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err718];}else {vErrors.push(err718);}errors++;}}if(data540.ignoreMissingValueFiles !== undefined){if(typeof data540.ignoreMissingValueFiles !== "boolean"){const err719 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/ignoreMissingValueFiles",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err719];}else {vErrors.push(err719);}errors++;}}if(data540.kubeVersion !== undefined){if(typeof data540.kubeVersion !== "string"){const err720 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/kubeVersion",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err720];}else {vErrors.push(err720);}errors++;}}if(data540.namespace !== undefined){if(typeof data540.namespace !== "string"){const err721 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/namespace",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err721];}else {vErrors.push(err721);}errors++;}}if(data540.parameters !== undefined){let data550 = data540.parameters;if(Array.isArray(data550)){const len80 = data550.length;for(let i80=0; i80<len80; i80++){let data551 = data550[i80];if(data551 && typeof data551 == "object" && !Array.isArray(data551)){for(const key106 in data551){if(!(((key106 === "forceString") || (key106 === "name")) || (key106 === "value"))){const err722 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/parameters/" + i80,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key106},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err722];}else {vErrors.push(err722);}errors++;}}if(data551.forceString !== undefined){if(typeof data551.forceString !== "boolean"){const err723 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/parameters/" + i80+"/forceString",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err723];}else {vErrors.push(err723);}errors++;}}if(data551.name !== undefined){if(typeof data551.name !== "string"){const err724 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/parameters/" + i80+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err724];}else {vErrors.push(err724);}errors++;}}if(data551.value !== undefined){if(typeof data551.value !== "string"){const err725 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/parameters/" + i80+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err725];}else {vErrors.push(err725);}errors++;}}}else {const err726 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/parameters/" + i80,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err726];}else {vErrors.push(err726);}errors++;}}}else {const err727 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/parameters",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err727];}else {vErrors.push(err727);}errors++;}}if(data540.passCredentials !== undefined){if(typeof data540.passCredentials !== "boolean"){const err728 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/passCredentials",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/passCredentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err728];}else {vErrors.push(err728);}errors++;}}if(data540.releaseName !== undefined){if(typeof data540.releaseName !== "string"){const err729 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/releaseName",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err729];}else {vErrors.push(err729);}errors++;}}if(data540.skipCrds !== undefined){if(typeof data540.skipCrds !== "boolean"){const err730 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/skipCrds",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/skipCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err730];}else {vErrors.push(err730);}errors++;}}if(data540.skipSchemaValidation !== undefined){if(typeof data540.skipSchemaValidation !== "boolean"){const err731 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/skipSchemaValidation",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err731];}else {vErrors.push(err731);}errors++;}}if(data540.skipTests !== undefined){if(typeof data540.skipTests !== "boolean"){const err732 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/skipTests",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/skipTests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err732];}else {vErrors.push(err732);}errors++;}}if(data540.valueFiles !== undefined){let data560 = data540.valueFiles;if(Array.isArray(data560)){const len81 = data560.length;for(let i81=0; i81<len81; i81++){if(typeof data560[i81] !== "string"){const err733 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/valueFiles/" + i81,schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err733];}else {vErrors.push(err733);}errors++;}}}else {const err734 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/valueFiles",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err734];}else {vErrors.push(err734);}errors++;}}if(data540.values !== undefined){if(typeof data540.values !== "string"){const err735 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/values",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err735];}else {vErrors.push(err735);}errors++;}}if(data540.valuesObject !== undefined){let data563 = data540.valuesObject;if(!(data563 && typeof data563 == "object" && !Array.isArray(data563))){const err736 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/valuesObject",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err736];}else {vErrors.push(err736);}errors++;}}if(data540.version !== undefined){if(typeof data540.version !== "string"){const err737 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm/version",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err737];}else {vErrors.push(err737);}errors++;}}}else {const err738 = {instancePath:instancePath+"/spec/sources/" + i74+"/helm",schemaPath:"#/properties/spec/properties/sources/items/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err738];}else {vErrors.push(err738);}errors++;}}if(data520.kustomize !== undefined){let data565 = data520.kustomize;if(data565 && typeof data565 == "object" && !Array.isArray(data565)){for(const key107 in data565){if(!(argocd_application_validate_func0.call(argocd_application_validate_schema0.properties.spec.properties.sources.items.properties.kustomize.properties, key107))){const err739 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err739];}else {vErrors.push(err739);}errors++;}}if(data565.apiVersions !== undefined){let data566 = data565.apiVersions;if(Array.isArray(data566)){const len82 = data566.length;for(let i82=0; i82<len82; i82++){if(typeof data566[i82] !== "string"){const err740 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/apiVersions/" + i82,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err740];}else {vErrors.push(err740);}errors++;}}}else {const err741 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/apiVersions",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err741];}else {vErrors.push(err741);}errors++;}}if(data565.commonAnnotations !== undefined){let data568 = data565.commonAnnotations;if(data568 && typeof data568 == "object" && !Array.isArray(data568)){for(const key108 in data568){if(typeof data568[key108] !== "string"){const err742 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/commonAnnotations/" + key108.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err742];}else {vErrors.push(err742);}errors++;}}}else {const err743 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/commonAnnotations",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err743];}else {vErrors.push(err743);}errors++;}}if(data565.commonAnnotationsEnvsubst !== undefined){if(typeof data565.commonAnnotationsEnvsubst !== "boolean"){const err744 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/commonAnnotationsEnvsubst",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err744];}else {vErrors.push(err744);}errors++;}}if(data565.commonLabels !== undefined){let data571 = data565.commonLabels;if(data571 && typeof data571 == "object" && !Array.isArray(data571)){for(const key109 in data571){if(typeof data571[key109] !== "string"){const err745 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/commonLabels/" + key109.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err745];}else {vErrors.push(err745);}errors++;}}}else {const err746 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/commonLabels",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/commonLabels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err746];}else {vErrors.push(err746);}errors++;}}if(data565.components !== undefined){let data573 = data565.components;if(Array.isArray(data573)){const len83 = data573.length;for(let i83=0; i83<len83; i83++){if(typeof data573[i83] !== "string"){const err747 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/components/" + i83,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err747];}else {vErrors.push(err747);}errors++;}}}else {const err748 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/components",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err748];}else {vErrors.push(err748);}errors++;}}if(data565.forceCommonAnnotations !== undefined){if(typeof data565.forceCommonAnnotations !== "boolean"){const err749 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/forceCommonAnnotations",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err749];}else {vErrors.push(err749);}errors++;}}if(data565.forceCommonLabels !== undefined){if(typeof data565.forceCommonLabels !== "boolean"){const err750 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/forceCommonLabels",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err750];}else {vErrors.push(err750);}errors++;}}if(data565.ignoreMissingComponents !== undefined){if(typeof data565.ignoreMissingComponents !== "boolean"){const err751 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/ignoreMissingComponents",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/ignoreMissingComponents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err751];}else {vErrors.push(err751);}errors++;}}if(data565.images !== undefined){let data578 = data565.images;if(Array.isArray(data578)){const len84 = data578.length;for(let i84=0; i84<len84; i84++){if(typeof data578[i84] !== "string"){const err752 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/images/" + i84,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err752];}else {vErrors.push(err752);}errors++;}}}else {const err753 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/images",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err753];}else {vErrors.push(err753);}errors++;}}if(data565.kubeVersion !== undefined){if(typeof data565.kubeVersion !== "string"){const err754 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/kubeVersion",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err754];}else {vErrors.push(err754);}errors++;}}if(data565.labelIncludeTemplates !== undefined){if(typeof data565.labelIncludeTemplates !== "boolean"){const err755 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/labelIncludeTemplates",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/labelIncludeTemplates/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err755];}else {vErrors.push(err755);}errors++;}}if(data565.labelWithoutSelector !== undefined){if(typeof data565.labelWithoutSelector !== "boolean"){const err756 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/labelWithoutSelector",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err756];}else {vErrors.push(err756);}errors++;}}if(data565.namePrefix !== undefined){if(typeof data565.namePrefix !== "string"){const err757 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/namePrefix",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/namePrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err757];}else {vErrors.push(err757);}errors++;}}if(data565.nameSuffix !== undefined){if(typeof data565.nameSuffix !== "string"){const err758 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/nameSuffix",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/nameSuffix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err758];}else {vErrors.push(err758);}errors++;}}if(data565.namespace !== undefined){if(typeof data565.namespace !== "string"){const err759 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/namespace",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err759];}else {vErrors.push(err759);}errors++;}}if(data565.patches !== undefined){let data586 = data565.patches;if(Array.isArray(data586)){const len85 = data586.length;for(let i85=0; i85<len85; i85++){let data587 = data586[i85];if(data587 && typeof data587 == "object" && !Array.isArray(data587)){for(const key110 in data587){if(!((((key110 === "options") || (key110 === "patch")) || (key110 === "path")) || (key110 === "target"))){const err760 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err760];}else {vErrors.push(err760);}errors++;}}if(data587.options !== undefined){let data588 = data587.options;if(data588 && typeof data588 == "object" && !Array.isArray(data588)){for(const key111 in data588){if(typeof data588[key111] !== "boolean"){const err761 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/options/" + key111.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err761];}else {vErrors.push(err761);}errors++;}}}else {const err762 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/options",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err762];}else {vErrors.push(err762);}errors++;}}if(data587.patch !== undefined){if(typeof data587.patch !== "string"){const err763 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/patch",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err763];}else {vErrors.push(err763);}errors++;}}if(data587.path !== undefined){if(typeof data587.path !== "string"){const err764 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/path",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err764];}else {vErrors.push(err764);}errors++;}}if(data587.target !== undefined){let data592 = data587.target;if(data592 && typeof data592 == "object" && !Array.isArray(data592)){for(const key112 in data592){if(!(((((((key112 === "annotationSelector") || (key112 === "group")) || (key112 === "kind")) || (key112 === "labelSelector")) || (key112 === "name")) || (key112 === "namespace")) || (key112 === "version"))){const err765 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key112},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err765];}else {vErrors.push(err765);}errors++;}}if(data592.annotationSelector !== undefined){if(typeof data592.annotationSelector !== "string"){const err766 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/annotationSelector",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/annotationSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err766];}else {vErrors.push(err766);}errors++;}}if(data592.group !== undefined){if(typeof data592.group !== "string"){const err767 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/group",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err767];}else {vErrors.push(err767);}errors++;}}if(data592.kind !== undefined){if(typeof data592.kind !== "string"){const err768 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/kind",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err768];}else {vErrors.push(err768);}errors++;}}if(data592.labelSelector !== undefined){if(typeof data592.labelSelector !== "string"){const err769 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/labelSelector",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/labelSelector/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err769];}else {vErrors.push(err769);}errors++;}}if(data592.name !== undefined){if(typeof data592.name !== "string"){const err770 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/name",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err770];}else {vErrors.push(err770);}errors++;}}if(data592.namespace !== undefined){if(typeof data592.namespace !== "string"){const err771 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/namespace",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err771];}else {vErrors.push(err771);}errors++;}}if(data592.version !== undefined){if(typeof data592.version !== "string"){const err772 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target/version",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err772];}else {vErrors.push(err772);}errors++;}}}else {const err773 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85+"/target",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err773];}else {vErrors.push(err773);}errors++;}}}else {const err774 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches/" + i85,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err774];}else {vErrors.push(err774);}errors++;}}}else {const err775 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/patches",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err775];}else {vErrors.push(err775);}errors++;}}if(data565.replicas !== undefined){let data600 = data565.replicas;if(Array.isArray(data600)){const len86 = data600.length;for(let i86=0; i86<len86; i86++){let data601 = data600[i86];if(data601 && typeof data601 == "object" && !Array.isArray(data601)){if(data601.count === undefined){const err776 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err776];}else {vErrors.push(err776);}errors++;}if(data601.name === undefined){const err777 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err777];}else {vErrors.push(err777);}errors++;}for(const key113 in data601){if(!((key113 === "count") || (key113 === "name"))){const err778 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err778];}else {vErrors.push(err778);}errors++;}}if(data601.count !== undefined){let data602 = data601.count;const _errs1337 = errors;let valid292 = false;const _errs1338 = errors;if(!((typeof data602 == "number") && (!(data602 % 1) && !isNaN(data602)))){const err779 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86+"/count",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err779];}else {vErrors.push(err779);}errors++;}var _valid4 = _errs1338 === errors;valid292 = valid292 || _valid4;if(!valid292){const _errs1340 = errors;if(typeof data602 !== "string"){const err780 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86+"/count",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err780];}else {vErrors.push(err780);}errors++;}var _valid4 = _errs1340 === errors;valid292 = valid292 || _valid4;}if(!valid292){const err781 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86+"/count",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/count/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};if(vErrors === null){vErrors = [err781];}else {vErrors.push(err781);}errors++;}else {errors = _errs1337;if(vErrors !== null){if(_errs1337){vErrors.length = _errs1337;}else {vErrors = null;}}}}if(data601.name !== undefined){if(typeof data601.name !== "string"){const err782 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err782];}else {vErrors.push(err782);}errors++;}}}else {const err783 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas/" + i86,schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err783];}else {vErrors.push(err783);}errors++;}}}else {const err784 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/replicas",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/replicas/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err784];}else {vErrors.push(err784);}errors++;}}if(data565.version !== undefined){if(typeof data565.version !== "string"){const err785 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize/version",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err785];}else {vErrors.push(err785);}errors++;}}}else {const err786 = {instancePath:instancePath+"/spec/sources/" + i74+"/kustomize",schemaPath:"#/properties/spec/properties/sources/items/properties/kustomize/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err786];}else {vErrors.push(err786);}errors++;}}if(data520.name !== undefined){if(typeof data520.name !== "string"){const err787 = {instancePath:instancePath+"/spec/sources/" + i74+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err787];}else {vErrors.push(err787);}errors++;}}if(data520.path !== undefined){if(typeof data520.path !== "string"){const err788 = {instancePath:instancePath+"/spec/sources/" + i74+"/path",schemaPath:"#/properties/spec/properties/sources/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err788];}else {vErrors.push(err788);}errors++;}}if(data520.plugin !== undefined){let data607 = data520.plugin;if(data607 && typeof data607 == "object" && !Array.isArray(data607)){for(const key114 in data607){if(!(((key114 === "env") || (key114 === "name")) || (key114 === "parameters"))){const err789 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err789];}else {vErrors.push(err789);}errors++;}}if(data607.env !== undefined){let data608 = data607.env;if(Array.isArray(data608)){const len87 = data608.length;for(let i87=0; i87<len87; i87++){let data609 = data608[i87];if(data609 && typeof data609 == "object" && !Array.isArray(data609)){if(data609.name === undefined){const err790 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env/" + i87,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err790];}else {vErrors.push(err790);}errors++;}if(data609.value === undefined){const err791 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env/" + i87,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err791];}else {vErrors.push(err791);}errors++;}for(const key115 in data609){if(!((key115 === "name") || (key115 === "value"))){const err792 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env/" + i87,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err792];}else {vErrors.push(err792);}errors++;}}if(data609.name !== undefined){if(typeof data609.name !== "string"){const err793 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env/" + i87+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err793];}else {vErrors.push(err793);}errors++;}}if(data609.value !== undefined){if(typeof data609.value !== "string"){const err794 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env/" + i87+"/value",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err794];}else {vErrors.push(err794);}errors++;}}}else {const err795 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env/" + i87,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err795];}else {vErrors.push(err795);}errors++;}}}else {const err796 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/env",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err796];}else {vErrors.push(err796);}errors++;}}if(data607.name !== undefined){if(typeof data607.name !== "string"){const err797 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/name",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err797];}else {vErrors.push(err797);}errors++;}}if(data607.parameters !== undefined){let data613 = data607.parameters;if(Array.isArray(data613)){const len88 = data613.length;for(let i88=0; i88<len88; i88++){let data614 = data613[i88];if(data614 && typeof data614 == "object" && !Array.isArray(data614)){for(const key116 in data614){if(!((((key116 === "array") || (key116 === "map")) || (key116 === "name")) || (key116 === "string"))){const err798 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key116},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err798];}else {vErrors.push(err798);}errors++;}}if(data614.array !== undefined){let data615 = data614.array;if(Array.isArray(data615)){const len89 = data615.length;for(let i89=0; i89<len89; i89++){if(typeof data615[i89] !== "string"){const err799 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88+"/array/" + i89,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err799];}else {vErrors.push(err799);}errors++;}}}else {const err800 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88+"/array",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/array/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err800];}else {vErrors.push(err800);}errors++;}}if(data614.map !== undefined){let data617 = data614.map;if(data617 && typeof data617 == "object" && !Array.isArray(data617)){for(const key117 in data617){if(typeof data617[key117] !== "string"){const err801 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88+"/map/" + key117.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err801];}else {vErrors.push(err801);}errors++;}}}else {const err802 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88+"/map",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/map/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err802];}else {vErrors.push(err802);}errors++;}}if(data614.name !== undefined){if(typeof data614.name !== "string"){const err803 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88+"/name",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err803];}else {vErrors.push(err803);}errors++;}}if(data614.string !== undefined){if(typeof data614.string !== "string"){const err804 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88+"/string",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/properties/string/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err804];}else {vErrors.push(err804);}errors++;}}}else {const err805 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters/" + i88,schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err805];}else {vErrors.push(err805);}errors++;}}}else {const err806 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin/parameters",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err806];}else {vErrors.push(err806);}errors++;}}}else {const err807 = {instancePath:instancePath+"/spec/sources/" + i74+"/plugin",schemaPath:"#/properties/spec/properties/sources/items/properties/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err807];}else {vErrors.push(err807);}errors++;}}if(data520.ref !== undefined){if(typeof data520.ref !== "string"){const err808 = {instancePath:instancePath+"/spec/sources/" + i74+"/ref",schemaPath:"#/properties/spec/properties/sources/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err808];}else {vErrors.push(err808);}errors++;}}if(data520.repoURL !== undefined){if(typeof data520.repoURL !== "string"){const err809 = {instancePath:instancePath+"/spec/sources/" + i74+"/repoURL",schemaPath:"#/properties/spec/properties/sources/items/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err809];}else {vErrors.push(err809);}errors++;}}if(data520.tagPrefix !== undefined){if(typeof data520.tagPrefix !== "string"){const err810 = {instancePath:instancePath+"/spec/sources/" + i74+"/tagPrefix",schemaPath:"#/properties/spec/properties/sources/items/properties/tagPrefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err810];}else {vErrors.push(err810);}errors++;}}if(data520.targetRevision !== undefined){if(typeof data520.targetRevision !== "string"){const err811 = {instancePath:instancePath+"/spec/sources/" + i74+"/targetRevision",schemaPath:"#/properties/spec/properties/sources/items/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err811];}else {vErrors.push(err811);}errors++;}}}else {const err812 = {instancePath:instancePath+"/spec/sources/" + i74,schemaPath:"#/properties/spec/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err812];}else {vErrors.push(err812);}errors++;}}}else {const err813 = {instancePath:instancePath+"/spec/sources",schemaPath:"#/properties/spec/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err813];}else {vErrors.push(err813);}errors++;}}if(data283.syncPolicy !== undefined){let data625 = data283.syncPolicy;if(data625 && typeof data625 == "object" && !Array.isArray(data625)){for(const key118 in data625){if(!((((key118 === "automated") || (key118 === "managedNamespaceMetadata")) || (key118 === "retry")) || (key118 === "syncOptions"))){const err814 = {instancePath:instancePath+"/spec/syncPolicy",schemaPath:"#/properties/spec/properties/syncPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err814];}else {vErrors.push(err814);}errors++;}}if(data625.automated !== undefined){let data626 = data625.automated;if(data626 && typeof data626 == "object" && !Array.isArray(data626)){for(const key119 in data626){if(!((((key119 === "allowEmpty") || (key119 === "enabled")) || (key119 === "prune")) || (key119 === "selfHeal"))){const err815 = {instancePath:instancePath+"/spec/syncPolicy/automated",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err815];}else {vErrors.push(err815);}errors++;}}if(data626.allowEmpty !== undefined){if(typeof data626.allowEmpty !== "boolean"){const err816 = {instancePath:instancePath+"/spec/syncPolicy/automated/allowEmpty",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/allowEmpty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err816];}else {vErrors.push(err816);}errors++;}}if(data626.enabled !== undefined){if(typeof data626.enabled !== "boolean"){const err817 = {instancePath:instancePath+"/spec/syncPolicy/automated/enabled",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err817];}else {vErrors.push(err817);}errors++;}}if(data626.prune !== undefined){if(typeof data626.prune !== "boolean"){const err818 = {instancePath:instancePath+"/spec/syncPolicy/automated/prune",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err818];}else {vErrors.push(err818);}errors++;}}if(data626.selfHeal !== undefined){if(typeof data626.selfHeal !== "boolean"){const err819 = {instancePath:instancePath+"/spec/syncPolicy/automated/selfHeal",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/properties/selfHeal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err819];}else {vErrors.push(err819);}errors++;}}}else {const err820 = {instancePath:instancePath+"/spec/syncPolicy/automated",schemaPath:"#/properties/spec/properties/syncPolicy/properties/automated/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err820];}else {vErrors.push(err820);}errors++;}}if(data625.managedNamespaceMetadata !== undefined){let data631 = data625.managedNamespaceMetadata;if(data631 && typeof data631 == "object" && !Array.isArray(data631)){for(const key120 in data631){if(!((key120 === "annotations") || (key120 === "labels"))){const err821 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key120},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err821];}else {vErrors.push(err821);}errors++;}}if(data631.annotations !== undefined){let data632 = data631.annotations;if(data632 && typeof data632 == "object" && !Array.isArray(data632)){for(const key121 in data632){if(typeof data632[key121] !== "string"){const err822 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/annotations/" + key121.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err822];}else {vErrors.push(err822);}errors++;}}}else {const err823 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/annotations",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err823];}else {vErrors.push(err823);}errors++;}}if(data631.labels !== undefined){let data634 = data631.labels;if(data634 && typeof data634 == "object" && !Array.isArray(data634)){for(const key122 in data634){if(typeof data634[key122] !== "string"){const err824 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/labels/" + key122.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err824];}else {vErrors.push(err824);}errors++;}}}else {const err825 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata/labels",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err825];}else {vErrors.push(err825);}errors++;}}}else {const err826 = {instancePath:instancePath+"/spec/syncPolicy/managedNamespaceMetadata",schemaPath:"#/properties/spec/properties/syncPolicy/properties/managedNamespaceMetadata/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err826];}else {vErrors.push(err826);}errors++;}}if(data625.retry !== undefined){let data636 = data625.retry;if(data636 && typeof data636 == "object" && !Array.isArray(data636)){for(const key123 in data636){if(!(((key123 === "backoff") || (key123 === "limit")) || (key123 === "refresh"))){const err827 = {instancePath:instancePath+"/spec/syncPolicy/retry",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key123},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err827];}else {vErrors.push(err827);}errors++;}}if(data636.backoff !== undefined){let data637 = data636.backoff;if(data637 && typeof data637 == "object" && !Array.isArray(data637)){for(const key124 in data637){if(!(((key124 === "duration") || (key124 === "factor")) || (key124 === "maxDuration"))){const err828 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key124},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err828];}else {vErrors.push(err828);}errors++;}}if(data637.duration !== undefined){if(typeof data637.duration !== "string"){const err829 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/duration",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err829];}else {vErrors.push(err829);}errors++;}}if(data637.factor !== undefined){let data639 = data637.factor;if(!((typeof data639 == "number") && (!(data639 % 1) && !isNaN(data639)))){const err830 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/factor",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/factor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err830];}else {vErrors.push(err830);}errors++;}if(typeof data639 == "number"){if(!(formats0.validate(data639))){const err831 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/factor",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/factor/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err831];}else {vErrors.push(err831);}errors++;}}}if(data637.maxDuration !== undefined){if(typeof data637.maxDuration !== "string"){const err832 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff/maxDuration",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/properties/maxDuration/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err832];}else {vErrors.push(err832);}errors++;}}}else {const err833 = {instancePath:instancePath+"/spec/syncPolicy/retry/backoff",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/backoff/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err833];}else {vErrors.push(err833);}errors++;}}if(data636.limit !== undefined){let data641 = data636.limit;if(!((typeof data641 == "number") && (!(data641 % 1) && !isNaN(data641)))){const err834 = {instancePath:instancePath+"/spec/syncPolicy/retry/limit",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err834];}else {vErrors.push(err834);}errors++;}if(typeof data641 == "number"){if(!(formats0.validate(data641))){const err835 = {instancePath:instancePath+"/spec/syncPolicy/retry/limit",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/limit/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};if(vErrors === null){vErrors = [err835];}else {vErrors.push(err835);}errors++;}}}if(data636.refresh !== undefined){if(typeof data636.refresh !== "boolean"){const err836 = {instancePath:instancePath+"/spec/syncPolicy/retry/refresh",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/properties/refresh/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err836];}else {vErrors.push(err836);}errors++;}}}else {const err837 = {instancePath:instancePath+"/spec/syncPolicy/retry",schemaPath:"#/properties/spec/properties/syncPolicy/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err837];}else {vErrors.push(err837);}errors++;}}if(data625.syncOptions !== undefined){let data643 = data625.syncOptions;if(Array.isArray(data643)){const len90 = data643.length;for(let i90=0; i90<len90; i90++){if(typeof data643[i90] !== "string"){const err838 = {instancePath:instancePath+"/spec/syncPolicy/syncOptions/" + i90,schemaPath:"#/properties/spec/properties/syncPolicy/properties/syncOptions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err838];}else {vErrors.push(err838);}errors++;}}}else {const err839 = {instancePath:instancePath+"/spec/syncPolicy/syncOptions",schemaPath:"#/properties/spec/properties/syncPolicy/properties/syncOptions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err839];}else {vErrors.push(err839);}errors++;}}}else {const err840 = {instancePath:instancePath+"/spec/syncPolicy",schemaPath:"#/properties/spec/properties/syncPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err840];}else {vErrors.push(err840);}errors++;}}}else {const err841 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err841];}else {vErrors.push(err841);}errors++;}}if(data.status !== undefined){let data645 = data.status;if(!(data645 && typeof data645 == "object" && !Array.isArray(data645))){const err842 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err842];}else {vErrors.push(err842);}errors++;}}}else {const err843 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err843];}else {vErrors.push(err843);}errors++;}argocd_application_validate_validate0.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/gitops/generated/config.validate.js
// Generated by scripts/gen-validators.mjs from schemas/config.schema.json. Do not edit.
/* eslint-disable */

const config_validate_ucs2length = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"];

const config_validate_fullFormats = (formats.fullFormats ? formats : formats.default).fullFormats;
const config_validate_validate = config_validate_validate0;/* harmony default export */ const config_validate = ((/* unused pure expression or super */ null && (config_validate_validate0)));const config_validate_schema0 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gitops-promotion.dev/schemas/config.schema.json","title":"gitops-promotion configuration (.github/gitops-promotion.yaml)","type":"object","additionalProperties":false,"properties":{"repoURL":{"type":"string","minLength":1,"description":"URL of this repository as Argo CD sees it; sources with this repoURL (compared normalized: ssh or https, .git, trailing slash, case of the host) are in-repo sources. Default: the URL of the git remote origin, else the repoURL of the bootstrap Applications; each of these counts as this repository."},"defaultBranch":{"type":"string","minLength":1,"description":"The branch a targetRevision of HEAD means. Default: the branch refs/remotes/origin/HEAD names, else (in an action) the event's repository.default_branch, else main or master when exactly one of them exists; otherwise it is unknown and clusters tracking HEAD have no ref."},"root":{"type":"string","minLength":1,"description":"Directory of the GitOps tree inside the repository, relative to its top (default '.'). The bootstrap glob is relative to it, and diff considers only changes under it or in a chart directory. Chart and valueFiles paths stay relative to the repository top, as Argo CD resolves them."},"controlPlane":{"enum":["auto","single","per-cluster"],"description":"single: one Argo CD manages every cluster, so Application names are unique across clusters, match applicationName and carry clusterLabel; per-cluster: each cluster runs its own Argo CD and those rules do not apply. Default auto: per-cluster when two bootstrap Applications share a name or every rendered Application deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc, in-cluster); single otherwise."},"controlPlaneNamespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63,"description":"The namespace Argo CD runs in (its controller namespace): an Application there is known by its bare name, one in another namespace as <namespace>_<name> ($ARGOCD_APP_NAME, .argocd-source-<app>.yaml). Default: the metadata.namespace of the bootstrap Applications (a cluster's own, else the one most of them state), else argocd."},"bootstrap":{"type":"object","additionalProperties":false,"properties":{"glob":{"type":"string","description":"Where the bootstrap Applications are (one per cluster), relative to root. Default: argocd-bootstrap-apps/*.yaml"}}},"environments":{"type":"object","description":"Environment name to the git ref its clusters track. Default: dev → dev, staging → staging, prod → stable.","additionalProperties":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"type":"string","minLength":1,"description":"Branch or tag the environment's clusters track."}}}},"clusters":{"type":"array","description":"Clusters declared here override what the bootstrap Applications say (matched by name) or add clusters for repos without bootstrap files.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"env":{"type":"string","minLength":1},"chart":{"type":"string","minLength":1,"description":"Path of the app-of-apps chart, relative to the repository top like an Argo CD source path, not to root ('.' for the top)."},"valueFiles":{"type":"array","items":{"type":"string","minLength":1},"description":"Values files relative to the chart, applied in order after the chart's values.yaml."},"parameters":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","minLength":1},"value":{"type":"string"},"forceString":{"type":"boolean"}}}},"values":{"type":"string","description":"Inline values as a YAML string (Argo CD helm.values)."},"valuesObject":{"type":"object","description":"Inline values as an object (Argo CD helm.valuesObject)."},"releaseName":{"type":"string","minLength":1},"namespace":{"type":"string","minLength":1},"targetRevision":{"type":"string","minLength":1},"destination":{"type":"object","additionalProperties":false,"description":"Where this cluster's Applications must deploy.","properties":{"server":{"type":"string"},"name":{"type":"string"}}}}}},"valuesSchema":{"type":"string","minLength":1,"description":"'auto' (the chart's own values.schema.json, as helm enforces it; else each values file is compared with the shape of the chart's values.yaml, as warnings), 'builtin' (the built-in app-of-apps component-block schema), 'none', or a repo path to a JSON schema."},"applicationName":{"type":"string","minLength":1,"description":"Regular expression Application names must match; {cluster} stands for the cluster name. Checked with a single control plane only. Default: ^{cluster}-[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"clusterLabel":{"type":"string","minLength":1,"description":"Label every Application carries with its cluster name. Checked with a single control plane only. Default: cluster"},"dependsOn":{"type":"object","description":"Component to the components it needs deployed in strictly earlier sync waves.","additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}},"rules":{"type":"object","description":"Rule id to 'off', 'error', 'warning' or 'notice'.","additionalProperties":{"enum":["off","error","warning","notice"]}},"limits":{"type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1},"maxAliasCount":{"type":"integer","minimum":0},"maxExpandedNodes":{"type":"integer","minimum":0,"maximum":5000000,"description":"How many nodes alias expansion may produce in one YAML document (default 200000); a document over it (an alias bomb) is refused. Replaces the deprecated maxAliasCount, which is read as maxAliasCount x 2000 nodes when this is not set."}}},"helm":{"type":"object","additionalProperties":false,"properties":{"kubeVersion":{"type":"string","description":"Passed to helm template --kube-version."},"apiVersions":{"type":"array","items":{"type":"string"},"description":"Passed to helm template --api-versions."}}},"diff":{"type":"object","additionalProperties":false,"description":"Settings of the diff command.","properties":{"ignore":{"type":"object","additionalProperties":false,"description":"Changes that never count (the report says how many it ignored).","properties":{"paths":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"JSON pointers into Applications and rendered resources; '*' matches any key, e.g. /metadata/annotations/checksum~1config."},"labels":{"type":"array","items":{"type":"string","minLength":1},"description":"Label keys, e.g. helm.sh/chart (metadata and pod template)."},"annotations":{"type":"array","items":{"type":"string","minLength":1},"description":"Annotation keys (metadata and pod template)."}}},"deep":{"type":"boolean","description":"Also render in-repo component charts and diff their resources (default true)."},"productionEnvironments":{"type":"array","items":{"type":"string","minLength":1},"description":"Environments whose changes are flagged as a risk (default: prod, production)."}}},"promotion":{"type":"object","additionalProperties":false,"description":"Gates and edges of promote (and, later, release and hotfix).","properties":{"edges":{"type":"array","description":"The edges of the promotion path (promote between branches; release and hotfix to the stable tag), each optionally with its own gates and settings, which override the ones below for that edge. Default: dev → staging.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1},"to":{"type":"string","minLength":1},"gates":{"type":"array","items":{"enum":["validation","checks","soak","argocd","labels","freeze"]},"description":"The gates this edge applies. Default: all of them."},"soak":{"type":"string","pattern":"^(\\d+[wdhms])+$","description":"This edge's soak time (overrides promotion.soak)."},"requiredChecks":{"type":"array","items":{"type":"string","minLength":1},"description":"This edge's required checks (overrides promotion.requiredChecks)."},"blockingLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"This edge's blocking labels (overrides promotion.blockingLabels)."},"freeze":{"$ref":"#/properties/promotion/properties/freeze","description":"This edge's freeze windows (overrides promotion.freeze)."}}}},"soak":{"type":"string","pattern":"^(\\d+[wdhms])+$","description":"How long the candidate must have been the head of `from` (or deployed there), e.g. 2h."},"requiredChecks":{"type":"array","items":{"type":"string","minLength":1},"description":"Check runs and commit statuses that must have succeeded on the candidate. Default: every one present, and at least one."},"blockingLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"No open issue or pull request may carry one of these labels. Default: promotion-blocker."},"freeze":{"type":"array","description":"Windows in which nothing is promoted.","items":{"oneOf":[{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"name":{"type":"string"},"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},{"type":"object","additionalProperties":false,"required":["days","start","end"],"properties":{"name":{"type":"string"},"days":{"type":"array","minItems":1,"items":{"enum":["mon","tue","wed","thu","fri","sat","sun"]}},"start":{"type":"string","pattern":"^([01]?\\d|2[0-4]):[0-5]\\d$"},"end":{"type":"string","pattern":"^([01]?\\d|2[0-4]):[0-5]\\d$"},"timezone":{"type":"string"}}}]}}}},"release":{"type":"object","additionalProperties":false,"description":"Settings of the release command: cut the moving production tag(s) from a branch, with immutable version tags.","properties":{"from":{"type":"string","minLength":1,"description":"The branch releases are cut from. Default: staging."},"versionTag":{"type":"string","minLength":1,"description":"Pattern of the immutable version tags: {major}, {minor} and {patch} once each, in that order, e.g. stable-v{major}.{minor}.{patch} (the default). A version tag is never moved or deleted."},"firstVersion":{"type":"string","pattern":"^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$","description":"The version of the first release. Default: 1.0.0."},"waves":{"type":"array","minItems":1,"description":"The moving tags production clusters follow, in the order a release moves them (one wave each). Default: one wave, the ref of environment prod (stable).","items":{"type":"object","additionalProperties":false,"required":["tag"],"properties":{"tag":{"type":"string","minLength":1,"description":"The tag this wave's clusters follow (their Applications' targetRevision), e.g. stable or ops-stable."},"clusters":{"type":"array","items":{"type":"string","minLength":1},"description":"The clusters of this wave. Default: the clusters whose Applications track the tag."}}}},"verify":{"type":"object","additionalProperties":false,"description":"Wait after each wave until Argo CD reports every Application of its clusters Synced at the release and Healthy (needs argocd-server and a token).","properties":{"enabled":{"type":"boolean","description":"Verify every release (the verify input and --verify also turn it on). Default: false."},"timeout":{"type":"string","pattern":"^(\\d+[wdhms])+$","description":"How long to wait per wave. Default: 10m."},"interval":{"type":"string","pattern":"^(\\d+[wdhms])+$","description":"How often to ask Argo CD. Default: 15s."},"rollbackOnFailure":{"type":"boolean","description":"When a wave fails verification, move its tag back to where it was (with a lease) and say so in the release notes. Default: false."}}}}},"hotfix":{"type":"object","additionalProperties":false,"description":"Settings of the hotfix command: an emergency fix off the first release wave's tag (stable), released at once, then merged forward.","properties":{"branches":{"type":"string","minLength":1,"description":"Glob of the hotfix branches (* matches within one path segment). Default: hotfix/*."},"gates":{"type":"array","items":{"enum":["validation","checks","soak","argocd","labels","freeze"]},"description":"The gates a hotfix applies (soak and freeze are skipped for emergencies unless listed). Default: validation and checks. The settings (required checks, soak, …) are those of promotion."},"forwardMerge":{"type":"array","items":{"type":"string","minLength":1},"description":"The branches the hotfix is merged into after its release, in order. Default: staging, then dev (the release's from, then the branches before it)."},"mode":{"enum":["push","pull-request"],"description":"push (default): a merge commit pushed with a lease; pull-request: a pull request merged through the API, so branch protection applies."},"conflictLabel":{"type":"string","minLength":1,"description":"The label of a forward-merge conflict's pull request. Default: forward-merge-conflict."}}},"drift":{"type":"object","additionalProperties":false,"description":"Settings of the drift command: the scheduled dashboard of pending promotions, environment divergence and live Argo CD state, kept in one GitHub issue.","properties":{"maxAge":{"type":"string","minLength":2,"description":"Commits pending on an edge longer than this make it a warning, e.g. 7d, 36h, 1w. Default: 7d."},"allowValues":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"JSON pointers into an Application (a * segment matches any one) whose values may differ from the environment it is promoted from, e.g. /spec/source/helm/valuesObject/replicas."},"downstreamOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Components that may run downstream only (e.g. a production-only backup), which are then no drift."},"environments":{"type":"boolean","description":"Render each environment at its ref and compare its Applications with those of the environment it is promoted from. Default: true."},"issue":{"type":"object","additionalProperties":false,"properties":{"label":{"type":"string","minLength":1,"description":"The dashboard issue's label. Default: gitops-drift."},"title":{"type":"string","minLength":1,"description":"Its title. Default: GitOps drift dashboard."},"authors":{"type":"array","items":{"type":"string","minLength":1},"description":"Logins whose issues may be the dashboard besides GitHub Apps (github-actions[bot], your App): the user of a personal access token that runs the drift workflow."},"closeWhenClean":{"type":"boolean","description":"Close the issue with a comment when a complete report finds no drift (reopened when drift returns). Default: true."}}}}}}};const config_validate_schema1 = {"type":"array","description":"Windows in which nothing is promoted.","items":{"oneOf":[{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"name":{"type":"string"},"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},{"type":"object","additionalProperties":false,"required":["days","start","end"],"properties":{"name":{"type":"string"},"days":{"type":"array","minItems":1,"items":{"enum":["mon","tue","wed","thu","fri","sat","sun"]}},"start":{"type":"string","pattern":"^([01]?\\d|2[0-4]):[0-5]\\d$"},"end":{"type":"string","pattern":"^([01]?\\d|2[0-4]):[0-5]\\d$"},"timezone":{"type":"string"}}}]}};const config_validate_func0 = Object.prototype.hasOwnProperty;const config_validate_func1 = config_validate_ucs2length;const config_validate_pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");const pattern2 = new RegExp("^/", "u");const pattern3 = new RegExp("^(\\d+[wdhms])+$", "u");const pattern4 = new RegExp("^([01]?\\d|2[0-4]):[0-5]\\d$", "u");const pattern9 = new RegExp("^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$", "u");const config_validate_formats0 = config_validate_fullFormats["date-time"];function config_validate_validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://gitops-promotion.dev/schemas/config.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(config_validate_func0.call(config_validate_schema0.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.repoURL !== undefined){let data0 = data.repoURL;if(typeof data0 === "string"){if(config_validate_func1(data0) < 1){const err1 = {instancePath:instancePath+"/repoURL",schemaPath:"#/properties/repoURL/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/repoURL",schemaPath:"#/properties/repoURL/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.defaultBranch !== undefined){let data1 = data.defaultBranch;if(typeof data1 === "string"){if(config_validate_func1(data1) < 1){const err3 = {instancePath:instancePath+"/defaultBranch",schemaPath:"#/properties/defaultBranch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/defaultBranch",schemaPath:"#/properties/defaultBranch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.root !== undefined){let data2 = data.root;if(typeof data2 === "string"){if(config_validate_func1(data2) < 1){const err5 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/root",schemaPath:"#/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.controlPlane !== undefined){let data3 = data.controlPlane;if(!(((data3 === "auto") || (data3 === "single")) || (data3 === "per-cluster"))){const err7 = {instancePath:instancePath+"/controlPlane",schemaPath:"#/properties/controlPlane/enum",keyword:"enum",params:{allowedValues: config_validate_schema0.properties.controlPlane.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.controlPlaneNamespace !== undefined){let data4 = data.controlPlaneNamespace;if(typeof data4 === "string"){if(config_validate_func1(data4) > 63){const err8 = {instancePath:instancePath+"/controlPlaneNamespace",schemaPath:"#/properties/controlPlaneNamespace/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!config_validate_pattern0.test(data4)){const err9 = {instancePath:instancePath+"/controlPlaneNamespace",schemaPath:"#/properties/controlPlaneNamespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/controlPlaneNamespace",schemaPath:"#/properties/controlPlaneNamespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.bootstrap !== undefined){let data5 = data.bootstrap;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!(key1 === "glob")){const err11 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.glob !== undefined){if(typeof data5.glob !== "string"){const err12 = {instancePath:instancePath+"/bootstrap/glob",schemaPath:"#/properties/bootstrap/properties/glob/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.environments !== undefined){let data7 = data.environments;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){let data8 = data7[key2];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.ref === undefined){const err14 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key3 in data8){if(!(key3 === "ref")){const err15 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data8.ref !== undefined){let data9 = data8.ref;if(typeof data9 === "string"){if(config_validate_func1(data9) < 1){const err16 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ref",schemaPath:"#/properties/environments/additionalProperties/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ref",schemaPath:"#/properties/environments/additionalProperties/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.clusters !== undefined){let data10 = data.clusters;if(Array.isArray(data10)){const len0 = data10.length;for(let i0=0; i0<len0; i0++){let data11 = data10[i0];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.name === undefined){const err20 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/properties/clusters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key4 in data11){if(!(config_validate_func0.call(config_validate_schema0.properties.clusters.items.properties, key4))){const err21 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/properties/clusters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data11.name !== undefined){let data12 = data11.name;if(typeof data12 === "string"){if(!config_validate_pattern0.test(data12)){const err22 = {instancePath:instancePath+"/clusters/" + i0+"/name",schemaPath:"#/properties/clusters/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/clusters/" + i0+"/name",schemaPath:"#/properties/clusters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data11.env !== undefined){let data13 = data11.env;if(typeof data13 === "string"){if(config_validate_func1(data13) < 1){const err24 = {instancePath:instancePath+"/clusters/" + i0+"/env",schemaPath:"#/properties/clusters/items/properties/env/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/clusters/" + i0+"/env",schemaPath:"#/properties/clusters/items/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data11.chart !== undefined){let data14 = data11.chart;if(typeof data14 === "string"){if(config_validate_func1(data14) < 1){const err26 = {instancePath:instancePath+"/clusters/" + i0+"/chart",schemaPath:"#/properties/clusters/items/properties/chart/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/clusters/" + i0+"/chart",schemaPath:"#/properties/clusters/items/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data11.valueFiles !== undefined){let data15 = data11.valueFiles;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(typeof data16 === "string"){if(config_validate_func1(data16) < 1){const err28 = {instancePath:instancePath+"/clusters/" + i0+"/valueFiles/" + i1,schemaPath:"#/properties/clusters/items/properties/valueFiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/clusters/" + i0+"/valueFiles/" + i1,schemaPath:"#/properties/clusters/items/properties/valueFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/clusters/" + i0+"/valueFiles",schemaPath:"#/properties/clusters/items/properties/valueFiles/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data11.parameters !== undefined){let data17 = data11.parameters;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){let data18 = data17[i2];if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.name === undefined){const err31 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2,schemaPath:"#/properties/clusters/items/properties/parameters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data18.value === undefined){const err32 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2,schemaPath:"#/properties/clusters/items/properties/parameters/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key5 in data18){if(!(((key5 === "name") || (key5 === "value")) || (key5 === "forceString"))){const err33 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2,schemaPath:"#/properties/clusters/items/properties/parameters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data18.name !== undefined){let data19 = data18.name;if(typeof data19 === "string"){if(config_validate_func1(data19) < 1){const err34 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2+"/name",schemaPath:"#/properties/clusters/items/properties/parameters/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2+"/name",schemaPath:"#/properties/clusters/items/properties/parameters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data18.value !== undefined){if(typeof data18.value !== "string"){const err36 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2+"/value",schemaPath:"#/properties/clusters/items/properties/parameters/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data18.forceString !== undefined){if(typeof data18.forceString !== "boolean"){const err37 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2+"/forceString",schemaPath:"#/properties/clusters/items/properties/parameters/items/properties/forceString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/clusters/" + i0+"/parameters/" + i2,schemaPath:"#/properties/clusters/items/properties/parameters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/clusters/" + i0+"/parameters",schemaPath:"#/properties/clusters/items/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data11.values !== undefined){if(typeof data11.values !== "string"){const err40 = {instancePath:instancePath+"/clusters/" + i0+"/values",schemaPath:"#/properties/clusters/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data11.valuesObject !== undefined){let data23 = data11.valuesObject;if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){const err41 = {instancePath:instancePath+"/clusters/" + i0+"/valuesObject",schemaPath:"#/properties/clusters/items/properties/valuesObject/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data11.releaseName !== undefined){let data24 = data11.releaseName;if(typeof data24 === "string"){if(config_validate_func1(data24) < 1){const err42 = {instancePath:instancePath+"/clusters/" + i0+"/releaseName",schemaPath:"#/properties/clusters/items/properties/releaseName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/clusters/" + i0+"/releaseName",schemaPath:"#/properties/clusters/items/properties/releaseName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data11.namespace !== undefined){let data25 = data11.namespace;if(typeof data25 === "string"){if(config_validate_func1(data25) < 1){const err44 = {instancePath:instancePath+"/clusters/" + i0+"/namespace",schemaPath:"#/properties/clusters/items/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/clusters/" + i0+"/namespace",schemaPath:"#/properties/clusters/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data11.targetRevision !== undefined){let data26 = data11.targetRevision;if(typeof data26 === "string"){if(config_validate_func1(data26) < 1){const err46 = {instancePath:instancePath+"/clusters/" + i0+"/targetRevision",schemaPath:"#/properties/clusters/items/properties/targetRevision/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/clusters/" + i0+"/targetRevision",schemaPath:"#/properties/clusters/items/properties/targetRevision/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data11.destination !== undefined){let data27 = data11.destination;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key6 in data27){if(!((key6 === "server") || (key6 === "name"))){const err48 = {instancePath:instancePath+"/clusters/" + i0+"/destination",schemaPath:"#/properties/clusters/items/properties/destination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data27.server !== undefined){if(typeof data27.server !== "string"){const err49 = {instancePath:instancePath+"/clusters/" + i0+"/destination/server",schemaPath:"#/properties/clusters/items/properties/destination/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data27.name !== undefined){if(typeof data27.name !== "string"){const err50 = {instancePath:instancePath+"/clusters/" + i0+"/destination/name",schemaPath:"#/properties/clusters/items/properties/destination/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/clusters/" + i0+"/destination",schemaPath:"#/properties/clusters/items/properties/destination/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/properties/clusters/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.valuesSchema !== undefined){let data30 = data.valuesSchema;if(typeof data30 === "string"){if(config_validate_func1(data30) < 1){const err54 = {instancePath:instancePath+"/valuesSchema",schemaPath:"#/properties/valuesSchema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/valuesSchema",schemaPath:"#/properties/valuesSchema/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.applicationName !== undefined){let data31 = data.applicationName;if(typeof data31 === "string"){if(config_validate_func1(data31) < 1){const err56 = {instancePath:instancePath+"/applicationName",schemaPath:"#/properties/applicationName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/applicationName",schemaPath:"#/properties/applicationName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.clusterLabel !== undefined){let data32 = data.clusterLabel;if(typeof data32 === "string"){if(config_validate_func1(data32) < 1){const err58 = {instancePath:instancePath+"/clusterLabel",schemaPath:"#/properties/clusterLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/clusterLabel",schemaPath:"#/properties/clusterLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.dependsOn !== undefined){let data33 = data.dependsOn;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key7 in data33){let data34 = data33[key7];if(Array.isArray(data34)){const len3 = data34.length;for(let i3=0; i3<len3; i3++){let data35 = data34[i3];if(typeof data35 === "string"){if(config_validate_func1(data35) < 1){const err60 = {instancePath:instancePath+"/dependsOn/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/dependsOn/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/dependsOn/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/dependsOn/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}let i4 = data34.length;let j0;if(i4 > 1){const indices0 = {};for(;i4--;){let item0 = data34[i4];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err62 = {instancePath:instancePath+"/dependsOn/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dependsOn/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;break;}indices0[item0] = i4;}}}else {const err63 = {instancePath:instancePath+"/dependsOn/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dependsOn/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath:instancePath+"/dependsOn",schemaPath:"#/properties/dependsOn/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data.rules !== undefined){let data36 = data.rules;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key8 in data36){let data37 = data36[key8];if(!((((data37 === "off") || (data37 === "error")) || (data37 === "warning")) || (data37 === "notice"))){const err65 = {instancePath:instancePath+"/rules/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: config_validate_schema0.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.limits !== undefined){let data38 = data.limits;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){for(const key9 in data38){if(!(((key9 === "maxFileBytes") || (key9 === "maxAliasCount")) || (key9 === "maxExpandedNodes"))){const err67 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data38.maxFileBytes !== undefined){let data39 = data38.maxFileBytes;if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){const err68 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(typeof data39 == "number"){if(data39 < 1 || isNaN(data39)){const err69 = {instancePath:instancePath+"/limits/maxFileBytes",schemaPath:"#/properties/limits/properties/maxFileBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}if(data38.maxAliasCount !== undefined){let data40 = data38.maxAliasCount;if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){const err70 = {instancePath:instancePath+"/limits/maxAliasCount",schemaPath:"#/properties/limits/properties/maxAliasCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}if(typeof data40 == "number"){if(data40 < 0 || isNaN(data40)){const err71 = {instancePath:instancePath+"/limits/maxAliasCount",schemaPath:"#/properties/limits/properties/maxAliasCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data38.maxExpandedNodes !== undefined){let data41 = data38.maxExpandedNodes;if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){const err72 = {instancePath:instancePath+"/limits/maxExpandedNodes",schemaPath:"#/properties/limits/properties/maxExpandedNodes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if(typeof data41 == "number"){if(data41 > 5000000 || isNaN(data41)){const err73 = {instancePath:instancePath+"/limits/maxExpandedNodes",schemaPath:"#/properties/limits/properties/maxExpandedNodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000000},message:"must be <= 5000000"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data41 < 0 || isNaN(data41)){const err74 = {instancePath:instancePath+"/limits/maxExpandedNodes",schemaPath:"#/properties/limits/properties/maxExpandedNodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}}else {const err75 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.helm !== undefined){let data42 = data.helm;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){for(const key10 in data42){if(!((key10 === "kubeVersion") || (key10 === "apiVersions"))){const err76 = {instancePath:instancePath+"/helm",schemaPath:"#/properties/helm/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data42.kubeVersion !== undefined){if(typeof data42.kubeVersion !== "string"){const err77 = {instancePath:instancePath+"/helm/kubeVersion",schemaPath:"#/properties/helm/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data42.apiVersions !== undefined){let data44 = data42.apiVersions;if(Array.isArray(data44)){const len4 = data44.length;for(let i5=0; i5<len4; i5++){if(typeof data44[i5] !== "string"){const err78 = {instancePath:instancePath+"/helm/apiVersions/" + i5,schemaPath:"#/properties/helm/properties/apiVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}else {const err79 = {instancePath:instancePath+"/helm/apiVersions",schemaPath:"#/properties/helm/properties/apiVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}else {const err80 = {instancePath:instancePath+"/helm",schemaPath:"#/properties/helm/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.diff !== undefined){let data46 = data.diff;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key11 in data46){if(!(((key11 === "ignore") || (key11 === "deep")) || (key11 === "productionEnvironments"))){const err81 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data46.ignore !== undefined){let data47 = data46.ignore;if(data47 && typeof data47 == "object" && !Array.isArray(data47)){for(const key12 in data47){if(!(((key12 === "paths") || (key12 === "labels")) || (key12 === "annotations"))){const err82 = {instancePath:instancePath+"/diff/ignore",schemaPath:"#/properties/diff/properties/ignore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data47.paths !== undefined){let data48 = data47.paths;if(Array.isArray(data48)){const len5 = data48.length;for(let i6=0; i6<len5; i6++){let data49 = data48[i6];if(typeof data49 === "string"){if(!pattern2.test(data49)){const err83 = {instancePath:instancePath+"/diff/ignore/paths/" + i6,schemaPath:"#/properties/diff/properties/ignore/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}else {const err84 = {instancePath:instancePath+"/diff/ignore/paths/" + i6,schemaPath:"#/properties/diff/properties/ignore/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/diff/ignore/paths",schemaPath:"#/properties/diff/properties/ignore/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data47.labels !== undefined){let data50 = data47.labels;if(Array.isArray(data50)){const len6 = data50.length;for(let i7=0; i7<len6; i7++){let data51 = data50[i7];if(typeof data51 === "string"){if(config_validate_func1(data51) < 1){const err86 = {instancePath:instancePath+"/diff/ignore/labels/" + i7,schemaPath:"#/properties/diff/properties/ignore/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}else {const err87 = {instancePath:instancePath+"/diff/ignore/labels/" + i7,schemaPath:"#/properties/diff/properties/ignore/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/diff/ignore/labels",schemaPath:"#/properties/diff/properties/ignore/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data47.annotations !== undefined){let data52 = data47.annotations;if(Array.isArray(data52)){const len7 = data52.length;for(let i8=0; i8<len7; i8++){let data53 = data52[i8];if(typeof data53 === "string"){if(config_validate_func1(data53) < 1){const err89 = {instancePath:instancePath+"/diff/ignore/annotations/" + i8,schemaPath:"#/properties/diff/properties/ignore/properties/annotations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}else {const err90 = {instancePath:instancePath+"/diff/ignore/annotations/" + i8,schemaPath:"#/properties/diff/properties/ignore/properties/annotations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/diff/ignore/annotations",schemaPath:"#/properties/diff/properties/ignore/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/diff/ignore",schemaPath:"#/properties/diff/properties/ignore/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data46.deep !== undefined){if(typeof data46.deep !== "boolean"){const err93 = {instancePath:instancePath+"/diff/deep",schemaPath:"#/properties/diff/properties/deep/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data46.productionEnvironments !== undefined){let data55 = data46.productionEnvironments;if(Array.isArray(data55)){const len8 = data55.length;for(let i9=0; i9<len8; i9++){let data56 = data55[i9];if(typeof data56 === "string"){if(config_validate_func1(data56) < 1){const err94 = {instancePath:instancePath+"/diff/productionEnvironments/" + i9,schemaPath:"#/properties/diff/properties/productionEnvironments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}else {const err95 = {instancePath:instancePath+"/diff/productionEnvironments/" + i9,schemaPath:"#/properties/diff/properties/productionEnvironments/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}}else {const err96 = {instancePath:instancePath+"/diff/productionEnvironments",schemaPath:"#/properties/diff/properties/productionEnvironments/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}}else {const err97 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data.promotion !== undefined){let data57 = data.promotion;if(data57 && typeof data57 == "object" && !Array.isArray(data57)){for(const key13 in data57){if(!(((((key13 === "edges") || (key13 === "soak")) || (key13 === "requiredChecks")) || (key13 === "blockingLabels")) || (key13 === "freeze"))){const err98 = {instancePath:instancePath+"/promotion",schemaPath:"#/properties/promotion/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data57.edges !== undefined){let data58 = data57.edges;if(Array.isArray(data58)){const len9 = data58.length;for(let i10=0; i10<len9; i10++){let data59 = data58[i10];if(data59 && typeof data59 == "object" && !Array.isArray(data59)){if(data59.from === undefined){const err99 = {instancePath:instancePath+"/promotion/edges/" + i10,schemaPath:"#/properties/promotion/properties/edges/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if(data59.to === undefined){const err100 = {instancePath:instancePath+"/promotion/edges/" + i10,schemaPath:"#/properties/promotion/properties/edges/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}for(const key14 in data59){if(!(((((((key14 === "from") || (key14 === "to")) || (key14 === "gates")) || (key14 === "soak")) || (key14 === "requiredChecks")) || (key14 === "blockingLabels")) || (key14 === "freeze"))){const err101 = {instancePath:instancePath+"/promotion/edges/" + i10,schemaPath:"#/properties/promotion/properties/edges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data59.from !== undefined){let data60 = data59.from;if(typeof data60 === "string"){if(config_validate_func1(data60) < 1){const err102 = {instancePath:instancePath+"/promotion/edges/" + i10+"/from",schemaPath:"#/properties/promotion/properties/edges/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}else {const err103 = {instancePath:instancePath+"/promotion/edges/" + i10+"/from",schemaPath:"#/properties/promotion/properties/edges/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data59.to !== undefined){let data61 = data59.to;if(typeof data61 === "string"){if(config_validate_func1(data61) < 1){const err104 = {instancePath:instancePath+"/promotion/edges/" + i10+"/to",schemaPath:"#/properties/promotion/properties/edges/items/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}else {const err105 = {instancePath:instancePath+"/promotion/edges/" + i10+"/to",schemaPath:"#/properties/promotion/properties/edges/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data59.gates !== undefined){let data62 = data59.gates;if(Array.isArray(data62)){const len10 = data62.length;for(let i11=0; i11<len10; i11++){let data63 = data62[i11];if(!((((((data63 === "validation") || (data63 === "checks")) || (data63 === "soak")) || (data63 === "argocd")) || (data63 === "labels")) || (data63 === "freeze"))){const err106 = {instancePath:instancePath+"/promotion/edges/" + i10+"/gates/" + i11,schemaPath:"#/properties/promotion/properties/edges/items/properties/gates/items/enum",keyword:"enum",params:{allowedValues: config_validate_schema0.properties.promotion.properties.edges.items.properties.gates.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}else {const err107 = {instancePath:instancePath+"/promotion/edges/" + i10+"/gates",schemaPath:"#/properties/promotion/properties/edges/items/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data59.soak !== undefined){let data64 = data59.soak;if(typeof data64 === "string"){if(!pattern3.test(data64)){const err108 = {instancePath:instancePath+"/promotion/edges/" + i10+"/soak",schemaPath:"#/properties/promotion/properties/edges/items/properties/soak/pattern",keyword:"pattern",params:{pattern: "^(\\d+[wdhms])+$"},message:"must match pattern \""+"^(\\d+[wdhms])+$"+"\""};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}else {const err109 = {instancePath:instancePath+"/promotion/edges/" + i10+"/soak",schemaPath:"#/properties/promotion/properties/edges/items/properties/soak/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data59.requiredChecks !== undefined){let data65 = data59.requiredChecks;if(Array.isArray(data65)){const len11 = data65.length;for(let i12=0; i12<len11; i12++){let data66 = data65[i12];if(typeof data66 === "string"){if(config_validate_func1(data66) < 1){const err110 = {instancePath:instancePath+"/promotion/edges/" + i10+"/requiredChecks/" + i12,schemaPath:"#/properties/promotion/properties/edges/items/properties/requiredChecks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}else {const err111 = {instancePath:instancePath+"/promotion/edges/" + i10+"/requiredChecks/" + i12,schemaPath:"#/properties/promotion/properties/edges/items/properties/requiredChecks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}}else {const err112 = {instancePath:instancePath+"/promotion/edges/" + i10+"/requiredChecks",schemaPath:"#/properties/promotion/properties/edges/items/properties/requiredChecks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}if(data59.blockingLabels !== undefined){let data67 = data59.blockingLabels;if(Array.isArray(data67)){const len12 = data67.length;for(let i13=0; i13<len12; i13++){let data68 = data67[i13];if(typeof data68 === "string"){if(config_validate_func1(data68) < 1){const err113 = {instancePath:instancePath+"/promotion/edges/" + i10+"/blockingLabels/" + i13,schemaPath:"#/properties/promotion/properties/edges/items/properties/blockingLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}else {const err114 = {instancePath:instancePath+"/promotion/edges/" + i10+"/blockingLabels/" + i13,schemaPath:"#/properties/promotion/properties/edges/items/properties/blockingLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}else {const err115 = {instancePath:instancePath+"/promotion/edges/" + i10+"/blockingLabels",schemaPath:"#/properties/promotion/properties/edges/items/properties/blockingLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(data59.freeze !== undefined){let data69 = data59.freeze;if(Array.isArray(data69)){const len13 = data69.length;for(let i14=0; i14<len13; i14++){let data70 = data69[i14];const _errs155 = errors;let valid45 = false;let passing0 = null;const _errs156 = errors;if(data70 && typeof data70 == "object" && !Array.isArray(data70)){if(data70.from === undefined){const err116 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}if(data70.to === undefined){const err117 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}for(const key15 in data70){if(!(((key15 === "name") || (key15 === "from")) || (key15 === "to"))){const err118 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(data70.name !== undefined){if(typeof data70.name !== "string"){const err119 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/name",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data70.from !== undefined){let data72 = data70.from;if(typeof data72 === "string"){if(!(config_validate_formats0.validate(data72))){const err120 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/from",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}else {const err121 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/from",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data70.to !== undefined){let data73 = data70.to;if(typeof data73 === "string"){if(!(config_validate_formats0.validate(data73))){const err122 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/to",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}else {const err123 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/to",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}else {const err124 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}var _valid0 = _errs156 === errors;if(_valid0){valid45 = true;passing0 = 0;}const _errs165 = errors;if(data70 && typeof data70 == "object" && !Array.isArray(data70)){if(data70.days === undefined){const err125 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}if(data70.start === undefined){const err126 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}if(data70.end === undefined){const err127 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}for(const key16 in data70){if(!(((((key16 === "name") || (key16 === "days")) || (key16 === "start")) || (key16 === "end")) || (key16 === "timezone"))){const err128 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(data70.name !== undefined){if(typeof data70.name !== "string"){const err129 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/name",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data70.days !== undefined){let data75 = data70.days;if(Array.isArray(data75)){if(data75.length < 1){const err130 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/days",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}const len14 = data75.length;for(let i15=0; i15<len14; i15++){let data76 = data75[i15];if(!(((((((data76 === "mon") || (data76 === "tue")) || (data76 === "wed")) || (data76 === "thu")) || (data76 === "fri")) || (data76 === "sat")) || (data76 === "sun"))){const err131 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/days/" + i15,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/days/items/enum",keyword:"enum",params:{allowedValues: config_validate_schema1.items.oneOf[1].properties.days.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}}else {const err132 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/days",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data70.start !== undefined){let data77 = data70.start;if(typeof data77 === "string"){if(!pattern4.test(data77)){const err133 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/start",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01]?\\d|2[0-4]):[0-5]\\d$"},message:"must match pattern \""+"^([01]?\\d|2[0-4]):[0-5]\\d$"+"\""};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}else {const err134 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/start",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data70.end !== undefined){let data78 = data70.end;if(typeof data78 === "string"){if(!pattern4.test(data78)){const err135 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/end",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01]?\\d|2[0-4]):[0-5]\\d$"},message:"must match pattern \""+"^([01]?\\d|2[0-4]):[0-5]\\d$"+"\""};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}else {const err136 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/end",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data70.timezone !== undefined){if(typeof data70.timezone !== "string"){const err137 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14+"/timezone",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}}else {const err138 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}var _valid0 = _errs165 === errors;if(_valid0 && valid45){valid45 = false;passing0 = [passing0, 1];}else {if(_valid0){valid45 = true;passing0 = 1;}}if(!valid45){const err139 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze/" + i14,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}else {errors = _errs155;if(vErrors !== null){if(_errs155){vErrors.length = _errs155;}else {vErrors = null;}}}}}else {const err140 = {instancePath:instancePath+"/promotion/edges/" + i10+"/freeze",schemaPath:"#/properties/promotion/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}}else {const err141 = {instancePath:instancePath+"/promotion/edges/" + i10,schemaPath:"#/properties/promotion/properties/edges/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}}else {const err142 = {instancePath:instancePath+"/promotion/edges",schemaPath:"#/properties/promotion/properties/edges/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}if(data57.soak !== undefined){let data80 = data57.soak;if(typeof data80 === "string"){if(!pattern3.test(data80)){const err143 = {instancePath:instancePath+"/promotion/soak",schemaPath:"#/properties/promotion/properties/soak/pattern",keyword:"pattern",params:{pattern: "^(\\d+[wdhms])+$"},message:"must match pattern \""+"^(\\d+[wdhms])+$"+"\""};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}else {const err144 = {instancePath:instancePath+"/promotion/soak",schemaPath:"#/properties/promotion/properties/soak/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data57.requiredChecks !== undefined){let data81 = data57.requiredChecks;if(Array.isArray(data81)){const len15 = data81.length;for(let i16=0; i16<len15; i16++){let data82 = data81[i16];if(typeof data82 === "string"){if(config_validate_func1(data82) < 1){const err145 = {instancePath:instancePath+"/promotion/requiredChecks/" + i16,schemaPath:"#/properties/promotion/properties/requiredChecks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}else {const err146 = {instancePath:instancePath+"/promotion/requiredChecks/" + i16,schemaPath:"#/properties/promotion/properties/requiredChecks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}}else {const err147 = {instancePath:instancePath+"/promotion/requiredChecks",schemaPath:"#/properties/promotion/properties/requiredChecks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data57.blockingLabels !== undefined){let data83 = data57.blockingLabels;if(Array.isArray(data83)){const len16 = data83.length;for(let i17=0; i17<len16; i17++){let data84 = data83[i17];if(typeof data84 === "string"){if(config_validate_func1(data84) < 1){const err148 = {instancePath:instancePath+"/promotion/blockingLabels/" + i17,schemaPath:"#/properties/promotion/properties/blockingLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}else {const err149 = {instancePath:instancePath+"/promotion/blockingLabels/" + i17,schemaPath:"#/properties/promotion/properties/blockingLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}}else {const err150 = {instancePath:instancePath+"/promotion/blockingLabels",schemaPath:"#/properties/promotion/properties/blockingLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data57.freeze !== undefined){let data85 = data57.freeze;if(Array.isArray(data85)){const len17 = data85.length;for(let i18=0; i18<len17; i18++){let data86 = data85[i18];const _errs192 = errors;let valid56 = false;let passing1 = null;const _errs193 = errors;if(data86 && typeof data86 == "object" && !Array.isArray(data86)){if(data86.from === undefined){const err151 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}if(data86.to === undefined){const err152 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}for(const key17 in data86){if(!(((key17 === "name") || (key17 === "from")) || (key17 === "to"))){const err153 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data86.name !== undefined){if(typeof data86.name !== "string"){const err154 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/name",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data86.from !== undefined){let data88 = data86.from;if(typeof data88 === "string"){if(!(config_validate_formats0.validate(data88))){const err155 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/from",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}else {const err156 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/from",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data86.to !== undefined){let data89 = data86.to;if(typeof data89 === "string"){if(!(config_validate_formats0.validate(data89))){const err157 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/to",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}else {const err158 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/to",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}}else {const err159 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}var _valid1 = _errs193 === errors;if(_valid1){valid56 = true;passing1 = 0;}const _errs202 = errors;if(data86 && typeof data86 == "object" && !Array.isArray(data86)){if(data86.days === undefined){const err160 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(data86.start === undefined){const err161 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}if(data86.end === undefined){const err162 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}for(const key18 in data86){if(!(((((key18 === "name") || (key18 === "days")) || (key18 === "start")) || (key18 === "end")) || (key18 === "timezone"))){const err163 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}if(data86.name !== undefined){if(typeof data86.name !== "string"){const err164 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/name",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data86.days !== undefined){let data91 = data86.days;if(Array.isArray(data91)){if(data91.length < 1){const err165 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/days",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}const len18 = data91.length;for(let i19=0; i19<len18; i19++){let data92 = data91[i19];if(!(((((((data92 === "mon") || (data92 === "tue")) || (data92 === "wed")) || (data92 === "thu")) || (data92 === "fri")) || (data92 === "sat")) || (data92 === "sun"))){const err166 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/days/" + i19,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/days/items/enum",keyword:"enum",params:{allowedValues: config_validate_schema0.properties.promotion.properties.freeze.items.oneOf[1].properties.days.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}else {const err167 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/days",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}if(data86.start !== undefined){let data93 = data86.start;if(typeof data93 === "string"){if(!pattern4.test(data93)){const err168 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/start",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01]?\\d|2[0-4]):[0-5]\\d$"},message:"must match pattern \""+"^([01]?\\d|2[0-4]):[0-5]\\d$"+"\""};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}else {const err169 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/start",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}if(data86.end !== undefined){let data94 = data86.end;if(typeof data94 === "string"){if(!pattern4.test(data94)){const err170 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/end",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01]?\\d|2[0-4]):[0-5]\\d$"},message:"must match pattern \""+"^([01]?\\d|2[0-4]):[0-5]\\d$"+"\""};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}else {const err171 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/end",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}if(data86.timezone !== undefined){if(typeof data86.timezone !== "string"){const err172 = {instancePath:instancePath+"/promotion/freeze/" + i18+"/timezone",schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}}else {const err173 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}var _valid1 = _errs202 === errors;if(_valid1 && valid56){valid56 = false;passing1 = [passing1, 1];}else {if(_valid1){valid56 = true;passing1 = 1;}}if(!valid56){const err174 = {instancePath:instancePath+"/promotion/freeze/" + i18,schemaPath:"#/properties/promotion/properties/freeze/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}else {errors = _errs192;if(vErrors !== null){if(_errs192){vErrors.length = _errs192;}else {vErrors = null;}}}}}else {const err175 = {instancePath:instancePath+"/promotion/freeze",schemaPath:"#/properties/promotion/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}}}else {const err176 = {instancePath:instancePath+"/promotion",schemaPath:"#/properties/promotion/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}if(data.release !== undefined){let data96 = data.release;if(data96 && typeof data96 == "object" && !Array.isArray(data96)){for(const key19 in data96){if(!(((((key19 === "from") || (key19 === "versionTag")) || (key19 === "firstVersion")) || (key19 === "waves")) || (key19 === "verify"))){const err177 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data96.from !== undefined){let data97 = data96.from;if(typeof data97 === "string"){if(config_validate_func1(data97) < 1){const err178 = {instancePath:instancePath+"/release/from",schemaPath:"#/properties/release/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}else {const err179 = {instancePath:instancePath+"/release/from",schemaPath:"#/properties/release/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}}if(data96.versionTag !== undefined){let data98 = data96.versionTag;if(typeof data98 === "string"){if(config_validate_func1(data98) < 1){const err180 = {instancePath:instancePath+"/release/versionTag",schemaPath:"#/properties/release/properties/versionTag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}else {const err181 = {instancePath:instancePath+"/release/versionTag",schemaPath:"#/properties/release/properties/versionTag/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data96.firstVersion !== undefined){let data99 = data96.firstVersion;if(typeof data99 === "string"){if(!pattern9.test(data99)){const err182 = {instancePath:instancePath+"/release/firstVersion",schemaPath:"#/properties/release/properties/firstVersion/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$"},message:"must match pattern \""+"^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$"+"\""};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}else {const err183 = {instancePath:instancePath+"/release/firstVersion",schemaPath:"#/properties/release/properties/firstVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}if(data96.waves !== undefined){let data100 = data96.waves;if(Array.isArray(data100)){if(data100.length < 1){const err184 = {instancePath:instancePath+"/release/waves",schemaPath:"#/properties/release/properties/waves/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}const len19 = data100.length;for(let i20=0; i20<len19; i20++){let data101 = data100[i20];if(data101 && typeof data101 == "object" && !Array.isArray(data101)){if(data101.tag === undefined){const err185 = {instancePath:instancePath+"/release/waves/" + i20,schemaPath:"#/properties/release/properties/waves/items/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}for(const key20 in data101){if(!((key20 === "tag") || (key20 === "clusters"))){const err186 = {instancePath:instancePath+"/release/waves/" + i20,schemaPath:"#/properties/release/properties/waves/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}if(data101.tag !== undefined){let data102 = data101.tag;if(typeof data102 === "string"){if(config_validate_func1(data102) < 1){const err187 = {instancePath:instancePath+"/release/waves/" + i20+"/tag",schemaPath:"#/properties/release/properties/waves/items/properties/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}else {const err188 = {instancePath:instancePath+"/release/waves/" + i20+"/tag",schemaPath:"#/properties/release/properties/waves/items/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}if(data101.clusters !== undefined){let data103 = data101.clusters;if(Array.isArray(data103)){const len20 = data103.length;for(let i21=0; i21<len20; i21++){let data104 = data103[i21];if(typeof data104 === "string"){if(config_validate_func1(data104) < 1){const err189 = {instancePath:instancePath+"/release/waves/" + i20+"/clusters/" + i21,schemaPath:"#/properties/release/properties/waves/items/properties/clusters/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}else {const err190 = {instancePath:instancePath+"/release/waves/" + i20+"/clusters/" + i21,schemaPath:"#/properties/release/properties/waves/items/properties/clusters/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}}else {const err191 = {instancePath:instancePath+"/release/waves/" + i20+"/clusters",schemaPath:"#/properties/release/properties/waves/items/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}}else {const err192 = {instancePath:instancePath+"/release/waves/" + i20,schemaPath:"#/properties/release/properties/waves/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}}else {const err193 = {instancePath:instancePath+"/release/waves",schemaPath:"#/properties/release/properties/waves/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data96.verify !== undefined){let data105 = data96.verify;if(data105 && typeof data105 == "object" && !Array.isArray(data105)){for(const key21 in data105){if(!((((key21 === "enabled") || (key21 === "timeout")) || (key21 === "interval")) || (key21 === "rollbackOnFailure"))){const err194 = {instancePath:instancePath+"/release/verify",schemaPath:"#/properties/release/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data105.enabled !== undefined){if(typeof data105.enabled !== "boolean"){const err195 = {instancePath:instancePath+"/release/verify/enabled",schemaPath:"#/properties/release/properties/verify/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}if(data105.timeout !== undefined){let data107 = data105.timeout;if(typeof data107 === "string"){if(!pattern3.test(data107)){const err196 = {instancePath:instancePath+"/release/verify/timeout",schemaPath:"#/properties/release/properties/verify/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^(\\d+[wdhms])+$"},message:"must match pattern \""+"^(\\d+[wdhms])+$"+"\""};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}else {const err197 = {instancePath:instancePath+"/release/verify/timeout",schemaPath:"#/properties/release/properties/verify/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data105.interval !== undefined){let data108 = data105.interval;if(typeof data108 === "string"){if(!pattern3.test(data108)){const err198 = {instancePath:instancePath+"/release/verify/interval",schemaPath:"#/properties/release/properties/verify/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(\\d+[wdhms])+$"},message:"must match pattern \""+"^(\\d+[wdhms])+$"+"\""};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}else {const err199 = {instancePath:instancePath+"/release/verify/interval",schemaPath:"#/properties/release/properties/verify/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}if(data105.rollbackOnFailure !== undefined){if(typeof data105.rollbackOnFailure !== "boolean"){const err200 = {instancePath:instancePath+"/release/verify/rollbackOnFailure",schemaPath:"#/properties/release/properties/verify/properties/rollbackOnFailure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}}else {const err201 = {instancePath:instancePath+"/release/verify",schemaPath:"#/properties/release/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}}else {const err202 = {instancePath:instancePath+"/release",schemaPath:"#/properties/release/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data.hotfix !== undefined){let data110 = data.hotfix;if(data110 && typeof data110 == "object" && !Array.isArray(data110)){for(const key22 in data110){if(!(((((key22 === "branches") || (key22 === "gates")) || (key22 === "forwardMerge")) || (key22 === "mode")) || (key22 === "conflictLabel"))){const err203 = {instancePath:instancePath+"/hotfix",schemaPath:"#/properties/hotfix/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}if(data110.branches !== undefined){let data111 = data110.branches;if(typeof data111 === "string"){if(config_validate_func1(data111) < 1){const err204 = {instancePath:instancePath+"/hotfix/branches",schemaPath:"#/properties/hotfix/properties/branches/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}else {const err205 = {instancePath:instancePath+"/hotfix/branches",schemaPath:"#/properties/hotfix/properties/branches/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}if(data110.gates !== undefined){let data112 = data110.gates;if(Array.isArray(data112)){const len21 = data112.length;for(let i22=0; i22<len21; i22++){let data113 = data112[i22];if(!((((((data113 === "validation") || (data113 === "checks")) || (data113 === "soak")) || (data113 === "argocd")) || (data113 === "labels")) || (data113 === "freeze"))){const err206 = {instancePath:instancePath+"/hotfix/gates/" + i22,schemaPath:"#/properties/hotfix/properties/gates/items/enum",keyword:"enum",params:{allowedValues: config_validate_schema0.properties.hotfix.properties.gates.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}}else {const err207 = {instancePath:instancePath+"/hotfix/gates",schemaPath:"#/properties/hotfix/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}if(data110.forwardMerge !== undefined){let data114 = data110.forwardMerge;if(Array.isArray(data114)){const len22 = data114.length;for(let i23=0; i23<len22; i23++){let data115 = data114[i23];if(typeof data115 === "string"){if(config_validate_func1(data115) < 1){const err208 = {instancePath:instancePath+"/hotfix/forwardMerge/" + i23,schemaPath:"#/properties/hotfix/properties/forwardMerge/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}else {const err209 = {instancePath:instancePath+"/hotfix/forwardMerge/" + i23,schemaPath:"#/properties/hotfix/properties/forwardMerge/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}}else {const err210 = {instancePath:instancePath+"/hotfix/forwardMerge",schemaPath:"#/properties/hotfix/properties/forwardMerge/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;}}if(data110.mode !== undefined){let data116 = data110.mode;if(!((data116 === "push") || (data116 === "pull-request"))){const err211 = {instancePath:instancePath+"/hotfix/mode",schemaPath:"#/properties/hotfix/properties/mode/enum",keyword:"enum",params:{allowedValues: config_validate_schema0.properties.hotfix.properties.mode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}}if(data110.conflictLabel !== undefined){let data117 = data110.conflictLabel;if(typeof data117 === "string"){if(config_validate_func1(data117) < 1){const err212 = {instancePath:instancePath+"/hotfix/conflictLabel",schemaPath:"#/properties/hotfix/properties/conflictLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}}else {const err213 = {instancePath:instancePath+"/hotfix/conflictLabel",schemaPath:"#/properties/hotfix/properties/conflictLabel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;}}}else {const err214 = {instancePath:instancePath+"/hotfix",schemaPath:"#/properties/hotfix/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}if(data.drift !== undefined){let data118 = data.drift;if(data118 && typeof data118 == "object" && !Array.isArray(data118)){for(const key23 in data118){if(!(((((key23 === "maxAge") || (key23 === "allowValues")) || (key23 === "downstreamOnly")) || (key23 === "environments")) || (key23 === "issue"))){const err215 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}if(data118.maxAge !== undefined){let data119 = data118.maxAge;if(typeof data119 === "string"){if(config_validate_func1(data119) < 2){const err216 = {instancePath:instancePath+"/drift/maxAge",schemaPath:"#/properties/drift/properties/maxAge/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;}}else {const err217 = {instancePath:instancePath+"/drift/maxAge",schemaPath:"#/properties/drift/properties/maxAge/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}}if(data118.allowValues !== undefined){let data120 = data118.allowValues;if(Array.isArray(data120)){const len23 = data120.length;for(let i24=0; i24<len23; i24++){let data121 = data120[i24];if(typeof data121 === "string"){if(!pattern2.test(data121)){const err218 = {instancePath:instancePath+"/drift/allowValues/" + i24,schemaPath:"#/properties/drift/properties/allowValues/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;}}else {const err219 = {instancePath:instancePath+"/drift/allowValues/" + i24,schemaPath:"#/properties/drift/properties/allowValues/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}}else {const err220 = {instancePath:instancePath+"/drift/allowValues",schemaPath:"#/properties/drift/properties/allowValues/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}if(data118.downstreamOnly !== undefined){let data122 = data118.downstreamOnly;if(Array.isArray(data122)){const len24 = data122.length;for(let i25=0; i25<len24; i25++){let data123 = data122[i25];if(typeof data123 === "string"){if(config_validate_func1(data123) < 1){const err221 = {instancePath:instancePath+"/drift/downstreamOnly/" + i25,schemaPath:"#/properties/drift/properties/downstreamOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}else {const err222 = {instancePath:instancePath+"/drift/downstreamOnly/" + i25,schemaPath:"#/properties/drift/properties/downstreamOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}}else {const err223 = {instancePath:instancePath+"/drift/downstreamOnly",schemaPath:"#/properties/drift/properties/downstreamOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}if(data118.environments !== undefined){if(typeof data118.environments !== "boolean"){const err224 = {instancePath:instancePath+"/drift/environments",schemaPath:"#/properties/drift/properties/environments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}}if(data118.issue !== undefined){let data125 = data118.issue;if(data125 && typeof data125 == "object" && !Array.isArray(data125)){for(const key24 in data125){if(!((((key24 === "label") || (key24 === "title")) || (key24 === "authors")) || (key24 === "closeWhenClean"))){const err225 = {instancePath:instancePath+"/drift/issue",schemaPath:"#/properties/drift/properties/issue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;}}if(data125.label !== undefined){let data126 = data125.label;if(typeof data126 === "string"){if(config_validate_func1(data126) < 1){const err226 = {instancePath:instancePath+"/drift/issue/label",schemaPath:"#/properties/drift/properties/issue/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}}else {const err227 = {instancePath:instancePath+"/drift/issue/label",schemaPath:"#/properties/drift/properties/issue/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}}if(data125.title !== undefined){let data127 = data125.title;if(typeof data127 === "string"){if(config_validate_func1(data127) < 1){const err228 = {instancePath:instancePath+"/drift/issue/title",schemaPath:"#/properties/drift/properties/issue/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;}}else {const err229 = {instancePath:instancePath+"/drift/issue/title",schemaPath:"#/properties/drift/properties/issue/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}if(data125.authors !== undefined){let data128 = data125.authors;if(Array.isArray(data128)){const len25 = data128.length;for(let i26=0; i26<len25; i26++){let data129 = data128[i26];if(typeof data129 === "string"){if(config_validate_func1(data129) < 1){const err230 = {instancePath:instancePath+"/drift/issue/authors/" + i26,schemaPath:"#/properties/drift/properties/issue/properties/authors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}else {const err231 = {instancePath:instancePath+"/drift/issue/authors/" + i26,schemaPath:"#/properties/drift/properties/issue/properties/authors/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;}}}else {const err232 = {instancePath:instancePath+"/drift/issue/authors",schemaPath:"#/properties/drift/properties/issue/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}}if(data125.closeWhenClean !== undefined){if(typeof data125.closeWhenClean !== "boolean"){const err233 = {instancePath:instancePath+"/drift/issue/closeWhenClean",schemaPath:"#/properties/drift/properties/issue/properties/closeWhenClean/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}}}else {const err234 = {instancePath:instancePath+"/drift/issue",schemaPath:"#/properties/drift/properties/issue/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;}}}else {const err235 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}}else {const err236 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}config_validate_validate0.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/gitops/json-schema.ts










/**
 * Compiled validators by schema object. The project's own schemas come precompiled
 * (scripts/gen-validators.mjs), so a run that meets no other schema never loads ajv's compiler;
 * others (a chart's values.schema.json) compile once per process.
 */
const compiled = new WeakMap([
    [argocd_application_schema, argocd_application_validate_validate],
    [config_schema, config_validate_validate],
    [app_of_apps_values_schema, validate],
]);
let shared;
/** The validator of one of the project's own schemas (always precompiled). */
function precompiled(schema) {
    const fn = compiled.get(schema);
    if (!fn)
        throw new Error('schema is not precompiled: run node scripts/gen-validators.mjs');
    return fn;
}
/** The validator of any schema: precompiled if it is ours, else compiled with ajv (loaded on first use). */
async function compileSchema(schema) {
    let fn = compiled.get(schema);
    if (!fn) {
        shared ??= loadAjv();
        fn = (await shared).compile(schema);
        compiled.set(schema, fn);
    }
    return fn;
}
async function loadAjv() {
    const [ajvModule, formatsModule] = await Promise.all([__webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)), Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(815)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23))]);
    const loose = ajvModule;
    const AjvConstructor = loose.Ajv ?? loose.default?.Ajv ?? loose.default;
    const formats = formatsModule;
    const addFormats = formats.default.default ?? formats.default;
    if (typeof AjvConstructor !== 'function' || typeof addFormats !== 'function') {
        throw new Error('ajv could not be loaded from the bundle');
    }
    return addFormats(new AjvConstructor({
        strict: false,
        allErrors: true,
        validateSchema: false,
        code: { optimize: false, regExp: linearRegExp },
    }));
}
/**
 * Validates a located tree and maps each ajv error back to the line of the offending value
 * (for an unknown key: the key itself; for a missing key: the map that lacks it).
 */
function validateNode(validate, root, fallback) {
    if (validate((0,vnode/* toJson */.aB)(root)))
        return [];
    return explain(validate.errors ?? [], root, fallback);
}
function explain(errors, root, fallback) {
    const out = [];
    const seen = new Set();
    for (const e of pruneAlternatives(errors)) {
        const path = (0,json_pointer/* decodePointer */.A)(e.instancePath);
        let pos = ((0,vnode/* nodeAt */.oB)(root, path) ?? (0,vnode/* deepestNodeAt */.MT)(root, path)).pos ?? fallback;
        let shownPath = path;
        let message = e.message ?? 'is invalid';
        if (e.keyword === 'additionalProperties') {
            const extra = String(e.params.additionalProperty);
            const node = (0,vnode/* nodeAt */.oB)(root, [...path, extra]);
            pos = node?.keyPos ?? node?.pos ?? pos;
            shownPath = [...path, extra];
            message = 'is not allowed here (unknown field)';
        }
        else if (e.keyword === 'enum') {
            message = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        }
        else if (e.keyword === 'type') {
            const actual = (0,vnode/* nodeAt */.oB)(root, path);
            // Messages reach PR annotations and comments: a secret-looking field's value is never quoted.
            const secret = path.length > 0 && (0,secret_keys/* looksSecret */.n)(path.at(-1));
            const got = actual ? describeValue((0,vnode/* toJson */.aB)(actual), !secret) : 'nothing';
            message = `must be ${e.params.type}, got ${got}`;
        }
        else if (e.keyword === 'const') {
            message = `must be ${JSON.stringify(e.params.allowedValue)}`;
        }
        const where = (0,vnode/* pathToString */.uj)(shownPath) || '(root)';
        const text = e.keyword === 'required'
            ? `${where === '(root)' ? '' : `${where}: `}missing required field "${e.params.missingProperty}"`
            : `${where} ${message}`;
        const key = `${pos.file}:${pos.line}:${pos.column}:${text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ path: where, segments: shownPath, message: text, keyword: e.keyword, pos });
    }
    return out;
}
/** `string "abc"`, `number 3`, `an object`…; with `showValue` false, the type alone (`a string`). */
function describeValue(v, showValue = true) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    if (!showValue)
        return `a ${typeof v}`;
    if (typeof v === 'string')
        return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    return `${typeof v} ${String(v)}`;
}
/**
 * anyOf/oneOf failures report every branch; when one branch got further (deeper path) only
 * that branch's errors help the user. Drops the summary error and the shallow branch errors.
 */
function pruneAlternatives(errors) {
    const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    if (combinators.length === 0)
        return [...errors];
    return errors.filter((e) => {
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
            return !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword !== e.keyword);
        }
        return true;
    });
}


/***/ }),

/***/ 3256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hO: () => (/* binding */ Locator)
/* harmony export */ });
/* unused harmony exports componentBlock, findKeyLine */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(917);
/* harmony import */ var _template_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7189);
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1754);
/* harmony import */ var _util_regexp_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7539);





/**
 * Rendered Applications have no lines of their own: a problem in one is a problem in the values
 * line that produced the value, or in the template line that wrote the field. The locator finds it.
 */
class Locator {
    files;
    mergedValues;
    constructor(files, mergedValues) {
        this.files = files;
        this.mergedValues = mergedValues;
    }
    /**
     * Where a field's value came from: the values line that set this value (inside the component's
     * block, or a key of the same name), else the template line that writes the field.
     */
    field(app, fieldPath, value) {
        return this.valueOrigin(app, fieldPath, value) ?? this.template(app, fieldPath);
    }
    /** For a key the schema does not allow: the values key that produced it, else the template line. */
    key(app, fieldPath) {
        const merged = this.valuesOf(app);
        const block = merged ? this.block(merged, app) : undefined;
        if (merged && block) {
            for (let i = 0; i < fieldPath.length; i++) {
                const node = (0,_vnode_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAt */ .oB)(merged, [...block, ...fieldPath.slice(i)]);
                if (node && fieldPath.length - i >= 2)
                    return node.keyPos ?? node.pos;
            }
        }
        return this.template(app, fieldPath);
    }
    /** The values that rendered an Application: its nested level's, else its cluster's. */
    valuesOf(app) {
        return app.level ? app.level.values : this.mergedValues.get(app.cluster.name);
    }
    valueOrigin(app, fieldPath, value) {
        if (value === null || typeof value === 'object' || value === undefined)
            return null;
        const merged = this.valuesOf(app);
        if (!merged)
            return null;
        const wanted = String(value);
        const read = this.readOrigin(app, merged, fieldPath, wanted);
        // What the line reads holds another value (the template changed it): no guess by value then.
        if (read)
            return read === 'another-value' ? null : read;
        const block = this.block(merged, app);
        const lastKey = [...fieldPath].reverse().find((k) => !/^\d+$/.test(k));
        let best = null;
        for (const leaf of (0,_vnode_js__WEBPACK_IMPORTED_MODULE_2__/* .leaves */ .FQ)(merged)) {
            if (leaf.node.value === null || String(leaf.node.value) !== wanted)
                continue;
            const inBlock = block !== undefined && block.every((k, i) => leaf.path[i] === k);
            const leafKey = [...leaf.path].reverse().find((k) => !/^\d+$/.test(k));
            const sameKey = leafKey === lastKey;
            if (!inBlock && !sameKey)
                continue;
            const score = (inBlock ? 2 : 0) + (sameKey ? 1 : 0);
            if (!best || score > best.score)
                best = { score, pos: leaf.node.pos };
        }
        return best?.pos ?? null;
    }
    /**
     * The values line a field's value came from, by the path the template line that writes the field
     * reads (`.Values.a.b`, or `$app.wave` of `range $name, $app := .Values.apps`: the component's
     * element of that map), when the merged values hold that very value there.
     */
    readOrigin(app, merged, fieldPath, wanted) {
        const at = this.template(app, fieldPath);
        const text = at.file === app.template ? this.files.text(at.file) : null;
        if (!text || !at.line)
            return null;
        const ranges = (0,_template_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .valuesRanges */ .Xx)(text);
        let found = null;
        for (const read of (0,_template_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .lineReads */ .sH)(text.split('\n')[at.line - 1] ?? '', ranges)) {
            const element = read.within && componentIn(merged, read.within, app.component);
            if (read.within && !element)
                continue;
            const node = (0,_vnode_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAt */ .oB)(merged, [...(read.within ?? []), ...(element ? [element] : []), ...read.path]);
            if (node?.kind !== 'scalar' || node.value === null)
                continue;
            if (String(node.value) === wanted)
                return node.pos;
            found = 'another-value';
        }
        return found;
    }
    /**
     * The values path of an Application's component block: a top-level key named for the component,
     * else its element of a map the rendering template ranges over (`apps.worker`).
     */
    block(merged, app) {
        const top = componentBlock(merged, app.component);
        if (top !== undefined)
            return [top];
        const text = app.template ? this.files.text(app.template) : null;
        for (const range of text ? (0,_template_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .valuesRanges */ .Xx)(text) : []) {
            const element = componentIn(merged, range.path, app.component);
            if (element)
                return [...range.path, element];
        }
        return undefined;
    }
    /** The template line that writes a field: the rendering template first, then the chart's helpers. */
    template(app, fieldPath) {
        const keys = fieldPath.filter((k) => !/^\d+$/.test(k));
        const candidates = app.template ? [app.template, ...this.helpers(app.template)] : [];
        for (const file of candidates) {
            const line = findKeyLine(this.files.text(file) ?? '', keys);
            if (line)
                return { file, line, column: 1 };
        }
        if (app.template)
            return { file: app.template, line: 1, column: 1 };
        return app.cluster.definedAt;
    }
    /**
     * The line of the rendering template that mentions a text (e.g. `"cert-manager"` in a one-line
     * template that includes a shared helper), else the template line that writes the field.
     */
    templateMention(app, text, fieldPath) {
        const lines = app.template ? (this.files.text(app.template) ?? '').split('\n') : [];
        const i = lines.findIndex((l) => l.includes(text));
        if (app.template && i >= 0)
            return { file: app.template, line: i + 1, column: lines[i].indexOf(text) + 1 };
        return this.template(app, fieldPath);
    }
    helpers(template) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(template);
        const text = this.files.text(template);
        if (text === null)
            return [];
        const names = [];
        for (const file of this.listTemplates(dir))
            if (file !== template && /\/_[^/]*$/.test(file))
                names.push(file);
        return names;
    }
    listed = new Map();
    listTemplates(dir) {
        let list = this.listed.get(dir);
        if (!list) {
            list = this.files.list(dir).map((n) => `${dir}/${n}`);
            this.listed.set(dir, list);
        }
        return list;
    }
}
/** The key of a component's element in the map at `path` of the values, if that map has one. */
function componentIn(merged, path, component) {
    const map = path.length === 0 ? merged : (0,_vnode_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeAt */ .oB)(merged, path);
    return map?.kind === 'map' ? componentBlock(map, component) : undefined;
}
/** The top-level values key of a component's block (`envoyGateway` for `envoy-gateway`), if any. */
function componentBlock(merged, component) {
    const wanted = (0,_applications_js__WEBPACK_IMPORTED_MODULE_3__/* .componentKey */ .bA)(component);
    for (const key of merged.entries.keys())
        if ((0,_applications_js__WEBPACK_IMPORTED_MODULE_3__/* .componentKey */ .bA)(key) === wanted)
            return key;
    return undefined;
}
/**
 * The line of a nested key in a YAML-ish template: each key must appear after, and indented deeper
 * than, the one before it. Falls back to the first line with the last key alone.
 */
function findKeyLine(text, keys) {
    if (keys.length === 0)
        return null;
    const lines = text.split('\n');
    const keyRe = (k) => new RegExp(`^(\\s*)(?:-\\s+)?["']?${(0,_util_regexp_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeRegExp */ .N)(k)}["']?\\s*:`);
    let from = 0;
    let indent = -1;
    let found = null;
    for (const key of keys) {
        const re = keyRe(key);
        let hit = null;
        for (let i = from; i < lines.length; i++) {
            const m = re.exec(lines[i]);
            if (m && m[1].length > indent) {
                hit = i;
                indent = m[1].length;
                break;
            }
        }
        if (hit === null) {
            found = null;
            break;
        }
        found = hit;
        from = hit + 1;
    }
    if (found !== null)
        return found + 1;
    const re = keyRe(keys[keys.length - 1]);
    const i = lines.findIndex((l) => re.test(l));
    return i >= 0 ? i + 1 : null;
}


/***/ }),

/***/ 2762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ readManifests),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   lZ: () => (/* binding */ splitManifests)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _util_is_map_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6801);


/**
 * The YAML core schema, reading a value with a tag it does not know (`!Ref x`, `!<tag:…>`) as the
 * untagged value, as Go's YAML reader (helm's and Argo CD's) does, instead of refusing the document.
 */
const RENDERED_SCHEMA = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend(['!', 'tag:'].flatMap((prefix) => ['scalar', 'sequence', 'mapping'].map((kind) => new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU(prefix, { kind, multi: true, construct: (data) => data }))));
/**
 * Helm rendered YAML that Argo CD would refuse (a document that does not parse, or is not an object):
 * thrown by splitManifests for a render that must be read whole.
 */
class ManifestError extends Error {
    source;
    reason;
    constructor(
    /** The template it came from (`app-of-apps/templates/x.yaml`), when helm said. */
    source, reason) {
        super(`helm rendered YAML that cannot be read${source ? ` from ${source}` : ''}: ${reason}`);
        this.source = source;
        this.reason = reason;
        this.name = 'ManifestError';
    }
}
/**
 * Splits `helm template` output into objects, keeping each one's `# Source:` template; a list's
 * items are objects of their own, as Argo CD deploys them (see listItems). A bad document is a problem
 * of its own: the other documents are still read. Empty and `null` documents are dropped, as Argo CD does.
 * Rendered output needs no positions, so it is read with js-yaml (core schema: no dates, no
 * YAML 1.1 booleans; unknown tags ignored), several times faster than the position-keeping reader used for values.
 */
function readManifests(output) {
    const manifests = [];
    const problems = [];
    const counts = new Map();
    for (const chunk of output.split(/^---[ \t]*$/m)) {
        if (chunk.trim() === '')
            continue;
        const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim() ?? null;
        const index = (counts.get(source) ?? 0) + 1;
        counts.set(source, index);
        const problem = (kind, reason) => problems.push({ kind, source, index, reason });
        const read = readDocuments(chunk);
        if ('error' in read) {
            problem('unreadable', read.error);
            continue;
        }
        if (read.duplicate)
            problem('duplicate-key', read.duplicate);
        for (const doc of read.docs) {
            if (doc === null || doc === undefined)
                continue;
            if (!(0,_util_is_map_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .j)(doc)) {
                problem('unreadable', `the document is ${describe(doc)}, not an object`);
                continue;
            }
            const items = listItems(doc);
            if (typeof items === 'string')
                problem('unreadable', items);
            else
                for (const object of items)
                    manifests.push({ source, object });
        }
    }
    return { manifests, problems };
}
/**
 * The objects of a render that must be read whole (a component chart's, in deep diff): its first
 * unreadable document is a ManifestError. A duplicate key is read as Argo CD reads it, the last value winning.
 */
function splitManifests(output) {
    const { manifests, problems } = readManifests(output);
    const bad = problems.find((p) => p.kind === 'unreadable');
    if (bad)
        throw new ManifestError(bad.source, bad.reason);
    return manifests;
}
/** One chunk's documents; a duplicate key read last-wins (as Argo CD's non-strict reader does) and said. */
function readDocuments(chunk) {
    try {
        return { docs: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh)(chunk, undefined, { schema: RENDERED_SCHEMA }), duplicate: null };
    }
    catch (e) {
        const err = e;
        if (err.reason !== 'duplicated mapping key')
            return { error: firstLine(err) };
        try {
            const docs = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .loadAll */ .gh)(chunk, undefined, { schema: RENDERED_SCHEMA, json: true });
            const line = chunk.split('\n')[err.mark.line]?.slice(err.mark.column) ?? '';
            const key = /^["']?([^"':]*)/.exec(line)?.[1]?.trim();
            return {
                docs,
                duplicate: `${key ? `key "${key}"` : 'a key'} is written twice in one mapping (Argo CD keeps the last value)`,
            };
        }
        catch (again) {
            return { error: firstLine(again) };
        }
    }
}
function firstLine(e) {
    return e.message.split('\n')[0];
}
function describe(v) {
    return Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}
/**
 * The objects Argo CD deploys for one rendered document. Like its repo-server (GenerateManifests:
 * `obj.IsList()` / `EachListItem`), any object with an `items` array is a list, whatever its kind
 * (`List`, `SecretList`, a custom one): each item is an object of its own, one level deep (an item
 * with `items` of its own is not flattened again), and an item that is not an object makes Argo CD
 * refuse the document: the reason is returned instead. An object with `items: null` and no
 * `spec` or `status` is an empty list (Argo CD's isNullList) and deploys nothing.
 */
function listItems(doc) {
    const items = doc.items;
    if (Array.isArray(items)) {
        const bad = items.findIndex((item) => !(0,_util_is_map_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .j)(item));
        if (bad >= 0) {
            const item = items[bad];
            const got = item === null ? 'null' : describe(item);
            return `items[${bad}] of a list must be an object, got ${got}`;
        }
        return items;
    }
    const nullList = 'items' in doc && items === null && !('spec' in doc) && !('status' in doc);
    return nullList ? [] : [doc];
}


/***/ }),

/***/ 1516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   XC: () => (/* binding */ identifyObjects),
/* harmony export */   Xg: () => (/* binding */ collectObjects),
/* harmony export */   v8: () => (/* binding */ describeObject)
/* harmony export */ });
/* unused harmony export apiGroup */
/* harmony import */ var _util_is_map_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6801);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(917);


/**
 * Cluster-scoped kinds of Kubernetes itself and of widely used CRDs, by `group/kind`. Argo CD asks the
 * cluster; offline a kind is cluster-scoped when it is one of these or a CRD of the same render says
 * `scope: Cluster`. Any other kind counts as namespaced, as Argo CD counts a kind it does not know.
 */
const CLUSTER_SCOPED = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'certificates.k8s.io/CertificateSigningRequest',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/IPAddress',
    'networking.k8s.io/ServiceCIDR',
    'node.k8s.io/RuntimeClass',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'resource.k8s.io/DeviceClass',
    'resource.k8s.io/ResourceSlice',
    'scheduling.k8s.io/PriorityClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
    'cert-manager.io/ClusterIssuer',
    'external-secrets.io/ClusterSecretStore',
    'external-secrets.io/ClusterExternalSecret',
    'gateway.networking.k8s.io/GatewayClass',
    'kyverno.io/ClusterPolicy',
    'snapshot.storage.k8s.io/VolumeSnapshotClass',
    'snapshot.storage.k8s.io/VolumeSnapshotContent',
]);
/** `argoproj.io/v1alpha1` → `argoproj.io`; `v1` → '' (the core group). */
function apiGroup(apiVersion) {
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/**
 * The identity of every object of one render (an app-of-apps chart's or a component chart's):
 * a namespaced object that names no namespace lands in `defaultNamespace` (the Application's
 * release/destination namespace), a cluster-scoped one in none.
 */
function identifyObjects(objects, defaultNamespace) {
    const clusterScoped = new Set([...CLUSTER_SCOPED, ...crdScopes(objects)]);
    const prefixes = new Map();
    return objects.map((o) => {
        const meta = (0,_util_is_map_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .j)(o.metadata) ? o.metadata : {};
        const apiVersion = typeof o.apiVersion === 'string' ? o.apiVersion : '';
        const kind = typeof o.kind === 'string' ? o.kind : '';
        const group = apiGroup(apiVersion);
        const namespace = clusterScoped.has(`${group}/${kind}`)
            ? ''
            : typeof meta.namespace === 'string' && meta.namespace !== ''
                ? meta.namespace
                : defaultNamespace;
        const name = objectName(meta, `${group}/${kind}/${namespace}`, prefixes);
        return { apiVersion, kind, group, namespace, name };
    });
}
/** Every object of a cluster's render (or of one of its nested levels), with the identity Argo CD gives it. */
function collectObjects(cluster, manifests, origin = { chart: cluster.chart, namespace: (0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .landingNamespace */ .Jr)(cluster) }) {
    const ids = identifyObjects(manifests.map((m) => m.object), origin.namespace);
    return manifests.map((m, i) => ({
        cluster,
        ...ids[i],
        template: (0,_applications_js__WEBPACK_IMPORTED_MODULE_1__/* .templatePath */ .Y7)(origin.chart, m.source),
        object: m.object,
        ...(origin.level ? { parent: origin.level.parent, ancestors: origin.level.ancestors } : {}),
    }));
}
/**
 * `metadata.name`, else (a hook Argo CD creates under a fresh name each time) `generateName` and `*`,
 * numbered from the second object with the same prefix on: two hooks are two objects.
 */
function objectName(meta, scope, prefixes) {
    if (typeof meta.name === 'string' && meta.name !== '')
        return meta.name;
    if (typeof meta.generateName !== 'string' || meta.generateName === '')
        return '';
    const key = `${scope}/${meta.generateName}`;
    const n = (prefixes.get(key) ?? 0) + 1;
    prefixes.set(key, n);
    return `${meta.generateName}*${n > 1 ? n : ''}`;
}
/** `group/kind` of every CustomResourceDefinition in the render that says `scope: Cluster`. */
function crdScopes(objects) {
    const out = [];
    for (const object of objects) {
        if (object.kind !== 'CustomResourceDefinition' || !(0,_util_is_map_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .j)(object.spec))
            continue;
        const { scope, group, names } = object.spec;
        if (scope === 'Cluster' && typeof group === 'string' && (0,_util_is_map_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .j)(names) && typeof names.kind === 'string')
            out.push(`${group}/${names.kind}`);
    }
    return out;
}
/** The identity Argo CD keys an object by: two objects with one identity are one live resource. */
function objectKey(o) {
    return JSON.stringify([o.group, o.kind, o.namespace, o.name]);
}
/** `Kind namespace/name`, or `Kind name` for a cluster-scoped object: how reports name an object. */
function describeObject(o) {
    return `${o.kind || '(no kind)'} ${o.namespace ? `${o.namespace}/` : ''}${o.name || '(no name)'}`;
}


/***/ }),

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eh: () => (/* binding */ externalValueFiles),
  fu: () => (/* binding */ problemPosition),
  e$: () => (/* binding */ recipeInputs),
  Ku: () => (/* binding */ renderVersions),
  pS: () => (/* binding */ resolveRecipe)
});

// EXTERNAL MODULE: ./src/gitops/build-variables.ts
var build_variables = __webpack_require__(2912);
// EXTERNAL MODULE: ./src/gitops/helm-recipe.ts
var helm_recipe = __webpack_require__(4921);
// EXTERNAL MODULE: ./src/gitops/source-overrides.ts
var source_overrides = __webpack_require__(8155);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/util/regexp-escape.ts
var regexp_escape = __webpack_require__(7539);
;// CONCATENATED MODULE: ./src/gitops/value-file-glob.ts

/**
 * valueFiles globs as Argo CD 3.5+ expands them (reposerver `getResolvedValueFiles`, doublestar v4
 * `FilepathGlob`): `*`, `?`, `[class]` (`[^…]`/`[!…]` negated, ranges), `{alt,…}` (nested), `**` as a
 * whole segment for any number of directories, `\` escaping the next character. `*` matches dot files
 * too. Matches come in directory-walk order (each directory's names sorted), which is the lexical
 * order of their path segments.
 */
/** Argo CD expands an entry only when it holds one of `*`, `?`, `[` (braces alone are a plain name). */
function isGlob(path) {
    return /[*?[]/.test(path);
}
/**
 * The repository files a repo-relative pattern matches, or null for a malformed pattern (an
 * unclosed `[` or `{`: Argo CD fails the render). Nothing under a `.git` directory ever matches:
 * a checkout's credentials live there.
 */
function expandGlob(files, pattern) {
    const alternatives = expandBraces(pattern);
    if (!alternatives)
        return null;
    const found = new Set();
    for (const alt of alternatives) {
        const segments = alt.split('/').filter((s) => s !== '' && s !== '.');
        const matchers = segments.map((s) => (s === '**' ? '**' : segmentMatcher(s)));
        if (matchers.some((m) => m === null))
            return null;
        walk(files, '', matchers, found);
    }
    return [...found].sort(bySegments);
}
function walk(files, dir, rest, out) {
    const child = (name) => (dir ? `${dir}/${name}` : name);
    if (rest.length === 0) {
        if (dir && files.isFile(dir))
            out.add(dir);
        return;
    }
    const [head, ...tail] = rest;
    if (head === '**') {
        walk(files, dir, tail, out);
        for (const name of files.list(dir || '.'))
            if (name !== '.git' && files.isDirectory(child(name)))
                walk(files, child(name), rest, out);
        return;
    }
    for (const name of files.list(dir || '.')) {
        if (name === '.git' || !head.test(name))
            continue;
        if (tail.length > 0 && !files.isDirectory(child(name)))
            continue;
        walk(files, child(name), tail, out);
    }
}
/** Path segments compared one by one: the order a walk of sorted directories meets them. */
function bySegments(a, b) {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
}
/** `{a,b{c,d}}` alternatives written out (escapes kept for the segment matcher), or null when unbalanced. */
function expandBraces(pattern) {
    let open = -1;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\')
            i++;
        else if (ch === '{' && depth++ === 0)
            open = i;
        else if (ch === '}' && depth > 0 && --depth === 0) {
            const head = pattern.slice(0, open);
            const tail = pattern.slice(i + 1);
            const out = [];
            for (const alt of splitAlternatives(pattern.slice(open + 1, i))) {
                const expanded = expandBraces(head + alt + tail);
                if (!expanded)
                    return null;
                out.push(...expanded);
            }
            return out;
        }
    }
    return depth === 0 ? [pattern] : null;
}
function splitAlternatives(body) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch === '\\')
            i++;
        else if (ch === '{')
            depth++;
        else if (ch === '}')
            depth--;
        else if (ch === ',' && depth === 0) {
            parts.push(body.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(body.slice(start));
    return parts;
}
/** One path segment as a regular expression (`**` inside a segment is `*`), or null if malformed. */
function segmentMatcher(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '\\' && i + 1 < segment.length)
            re += (0,regexp_escape/* escapeRegExp */.N)(segment[++i]);
        else if (ch === '*') {
            while (segment[i + 1] === '*')
                i++;
            re += '[^/]*';
        }
        else if (ch === '?')
            re += '[^/]';
        else if (ch === '[') {
            const end = classEnd(segment, i);
            if (end < 0)
                return null;
            re += characterClass(segment.slice(i + 1, end));
            i = end;
        }
        else
            re += (0,regexp_escape/* escapeRegExp */.N)(ch);
    }
    return new RegExp(`^${re}$`, 's');
}
function classEnd(segment, open) {
    for (let i = open + 1; i < segment.length; i++) {
        if (segment[i] === '\\')
            i++;
        else if (segment[i] === ']' && i > open + 1)
            return i;
    }
    return -1;
}
function characterClass(body) {
    const negated = body[0] === '^' || body[0] === '!';
    let out = '';
    for (let i = negated ? 1 : 0; i < body.length; i++) {
        if (body[i] === '\\' && i + 1 < body.length)
            i++;
        const ch = body[i];
        out += ch === '-' && out !== '' && i + 1 < body.length ? '-' : (0,regexp_escape/* escapeRegExp */.N)(ch);
    }
    return `[${negated ? '^' : ''}${out}]`;
}

;// CONCATENATED MODULE: ./src/gitops/value-files.ts




/** Schemes argocd-cm `helm.valuesFileSchemes` allows by default: helm fetches these itself. */
const REMOTE_SCHEMES = ['http', 'https'];
/**
 * A valueFiles entry or fileParameters path (`raw`) resolved like reposerver's
 * `ResolveValueFilePathOrUrl`: build variables substituted first (for `$ref/…`, after the ref is
 * taken off), `/x` from the repository root, anything else from the chart directory, an allowed URL
 * left to helm; outside the repository (by `..` or a symlink) refused. `$ref/…` of another
 * repository is external. A `.git` directory is never read (the checkout's credentials are there).
 */
function resolveSourcePath(files, chart, raw, refs, vars) {
    const segments = raw.split('/');
    const ref = raw.startsWith('$') ? refs[segments[0].slice(1)] : undefined;
    let local;
    if (ref === 'other-repo')
        return { kind: 'external', entry: raw };
    if (ref === 'this-repo')
        local = (0,build_variables/* expandBuildVariables */.I1)(`/${segments.slice(1).join('/')}`, vars);
    else {
        local = (0,build_variables/* expandBuildVariables */.I1)(raw, vars);
        const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(local)?.[1];
        if (scheme)
            return REMOTE_SCHEMES.includes(scheme.toLowerCase())
                ? { kind: 'external', entry: local }
                : { kind: 'refused', reason: `the URL scheme '${scheme}' is not allowed` };
    }
    const joined = local.startsWith('/')
        ? external_node_path_default().posix.normalize(`.${local}`)
        : external_node_path_default().posix.normalize(external_node_path_default().posix.join(chart === '.' ? '' : chart, local));
    const file = joined.replace(/\/$/, '') || '.';
    if ((0,repo_files/* escapesRepo */.jk)(file) || files.linksOut(file))
        return { kind: 'refused', reason: `'${raw}' resolved to outside repository root` };
    if (file === '.')
        return { kind: 'refused', reason: `'${raw}' resolved to the repository root` };
    if (file.split('/').includes('.git'))
        return { kind: 'refused', reason: `'${raw}' is inside .git` };
    return { kind: 'local', file: (0,repo_files/* repoJoin */.pg)('.', file) };
}
/**
 * The valueFiles as reposerver's `getResolvedValueFiles` passes them to helm: each entry resolved
 * (see resolveSourcePath), a glob expanded to its matches without the files also listed explicitly
 * (those keep their own place), every path once (its first place), and missing files (or globs
 * matching nothing) dropped with ignoreMissingValueFiles. Empty entries are left out: Argo CD's
 * schema check reports them.
 */
function resolveValueFiles(files, chart, entries, options) {
    const resolved = entries.map((e) => e === '' ? null : resolveSourcePath(files, chart, e, options.refs, options.vars));
    const explicit = new Set(resolved.flatMap((r) => (r?.kind === 'local' && !isGlob(r.file) ? [r.file] : [])));
    const out = [];
    const seen = new Set();
    const add = (key, v) => {
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(v);
    };
    resolved.forEach((r, index) => {
        if (!r)
            return;
        if (r.kind === 'refused')
            out.push({ kind: 'refused', index, reason: r.reason });
        else if (r.kind === 'external')
            add(r.entry, { kind: 'external', index, entry: r.entry });
        else if (isGlob(r.file)) {
            const matches = expandGlob(files, r.file);
            if (!matches)
                out.push({ kind: 'refused', index, reason: `'${entries[index]}' is not a valid glob` });
            else if (matches.length === 0 && !options.ignoreMissing)
                add(r.file, { kind: 'missing', index, file: r.file });
            for (const file of matches ?? [])
                if (!explicit.has(file))
                    add(file, { kind: 'file', index, file });
        }
        else if (files.isFile(r.file))
            add(r.file, { kind: 'file', index, file: r.file });
        else if (!options.ignoreMissing)
            add(r.file, { kind: 'missing', index, file: r.file });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/gitops/render-recipe.ts




/**
 * The recipe of a source at one commit (`revision`, '' when unknown): `.argocd-source*.yaml`
 * merged in, build variables substituted into parameter values, valueFiles and fileParameters
 * paths, every path resolved, every value that becomes an argument checked for its kind.
 */
function resolveRecipe(files, source, revision) {
    const overrideFiles = (0,source_overrides/* sourceOverrideFiles */.Nn)(source.chart, source.app.name);
    const overridden = (0,source_overrides/* applySourceOverrides */.bM)(files, source.chart, source.app.name, source.helm);
    const problems = [];
    if ('problem' in overridden)
        problems.push({ field: 'source', at: overridden.problem.at, message: overridden.problem.message });
    const helm = 'helm' in overridden ? overridden.helm : source.helm;
    const vars = (0,build_variables/* buildVariables */.q6)(source.app, revision);
    const valueFiles = resolveValueFiles(files, source.chart, helm.valueFiles, {
        refs: source.refs,
        vars,
        ignoreMissing: helm.ignoreMissingValueFiles,
    });
    for (const v of valueFiles)
        if (v.kind === 'refused')
            problems.push({ field: 'valueFile', index: v.index, message: `values file ${v.reason}` });
    const fileParameters = resolveFileParameters(files, source, helm, vars, problems);
    const recipe = {
        chart: source.chart,
        releaseName: helm.releaseName ?? source.app.name.replace(/^[^_]*_/, ''),
        namespace: helm.namespace ?? source.app.namespace,
        destinationNamespace: source.app.namespace,
        valueFiles,
        inline: inlineValues(helm),
        parameters: setParameters(helm.parameters).map((p) => ({
            ...p,
            value: (0,build_variables/* expandBuildVariables */.I1)(p.value, vars),
        })),
        fileParameters,
        skipCrds: helm.skipCrds,
        skipSchemaValidation: helm.skipSchemaValidation,
        skipTests: helm.skipTests,
        kubeVersion: helm.kubeVersion,
        apiVersions: helm.apiVersions,
        overrideFiles,
        overriddenBy: 'applied' in overridden ? (overridden.applied.at(-1) ?? null) : null,
        problems,
    };
    // Names as written (their index is where they are written); paths were resolved inside above.
    problems.push(...(0,helm_recipe/* recipeProblems */.T)({
        ...recipe,
        valueFiles: [],
        parameters: helm.parameters,
        fileParameters: helm.fileParameters,
    }));
    return recipe;
}
/** Argo CD keeps parameters in two maps by kind: each name once with its last value, `--set` first. */
function setParameters(parameters) {
    const set = new Map();
    const setString = new Map();
    for (const p of parameters)
        (p.forceString ? setString : set).set(p.name, p);
    return [...set.values(), ...setString.values()];
}
function resolveFileParameters(files, source, helm, vars, problems) {
    const byName = new Map();
    helm.fileParameters.forEach((p, index) => {
        const where = { field: 'fileParameter', index };
        const r = resolveSourcePath(files, source.chart, p.path, source.refs, vars);
        if (r.kind === 'refused')
            problems.push({ ...where, message: `file parameter ${p.name}: ${r.reason}` });
        else if (r.kind === 'external')
            problems.push({ ...where, message: `file parameter ${p.name}: ${r.entry} is not in this repository` });
        else if (!files.isFile(r.file))
            problems.push({ ...where, message: `file parameter ${p.name}: ${r.file} does not exist` });
        else
            byName.set(p.name, { name: p.name, file: r.file, index });
    });
    return [...byName.values()];
}
/** What Argo CD writes to the temp values file: valuesObject when set, else values ('' writes none). */
function inlineValues(helm) {
    if (helm.valuesObject)
        return { text: JSON.stringify(helm.valuesObject), object: helm.valuesObject };
    return helm.values ? { text: helm.values, object: null } : null;
}
/** The value files of a recipe that are outside this repository (a URL, `$ref/…` of another one): not read offline. */
function externalValueFiles(recipe) {
    return recipe.valueFiles.flatMap((v) => v.kind === 'external' ? [{ index: v.index, entry: v.entry }] : []);
}
/** The recipe's repository paths other than the chart's own files: its inputs for a fingerprint. */
function recipeInputs(recipe) {
    const paths = recipe.valueFiles.flatMap((v) => (v.kind === 'file' || v.kind === 'missing' ? [v.file] : []));
    return [...paths, ...recipe.fileParameters.map((p) => p.file), ...recipe.overrideFiles];
}
/** `--kube-version` and `--api-versions`: the helm block's, else the cluster's (Argo CD's `…OrDefault`). */
function renderVersions(recipe, cluster) {
    return {
        kubeVersion: recipe.kubeVersion ?? cluster.kubeVersion,
        apiVersions: recipe.apiVersions.length > 0 ? recipe.apiVersions : [...cluster.apiVersions],
    };
}
/** Where a problem is written: an override file, or the caller's mapping of its field. */
function problemPosition(recipe, p, fieldAt) {
    if (p.field === 'source')
        return p.at;
    const listed = p.field === 'valueFile' || p.field === 'parameter' || p.field === 'fileParameter';
    return listed && recipe.overriddenBy ? { file: recipe.overriddenBy, line: 1, column: 1 } : fieldAt(p);
}


/***/ }),

/***/ 7531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ renderClusterSet)
/* harmony export */ });
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3731);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1842);


/**
 * renderCluster of every cluster of one tree, their helm requests submitted at once (helm renders
 * several of one chart in one process where that is exact), in the clusters' order. `onRendered`
 * hears of each cluster as its render is known (refused ones at once).
 */
async function renderClusterSet(helm, files, inputs, options, concurrency, onRendered) {
    const plans = inputs.map((c) => (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .planClusterRender */ .qA)(files, c.cluster, c.values, options));
    const asked = [];
    plans.forEach((p, at) => {
        if (p.kind === 'refused')
            onRendered?.();
        else
            asked.push({ input: inputs[at], request: p.request, at });
    });
    const results = await helm.templateMany(asked.map((a) => a.request), concurrency, () => onRendered?.());
    const out = plans.map((p) => (p.kind === 'refused' ? p.render : null));
    const rendered = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .mapLimit */ .s)(asked, concurrency, ({ input, request }, i) => (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .clusterRendered */ ._G)(helm, files, input.cluster, input.values, request, results[i]));
    asked.forEach((a, i) => (out[a.at] = rendered[i]));
    return out;
}


/***/ }),

/***/ 1842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _G: () => (/* binding */ clusterRendered),
/* harmony export */   qA: () => (/* binding */ planClusterRender),
/* harmony export */   sx: () => (/* binding */ templateRequest)
/* harmony export */ });
/* unused harmony exports renderCluster, explainHelmError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _helm_error_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6272);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2762);
/* harmony import */ var _applications_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(917);
/* harmony import */ var _helm_recipe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4921);
/* harmony import */ var _render_recipe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(140);
/* harmony import */ var _topology_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8154);
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1754);









/** Renders the app-of-apps chart of one cluster exactly as Argo CD would. */
async function renderCluster(helm, files, cluster, values, options) {
    const plan = planClusterRender(files, cluster, values, options);
    if (plan.kind === 'refused')
        return plan.render;
    return clusterRendered(helm, files, cluster, values, plan.request, await helm.template(plan.request));
}
/** The helm request of a cluster's render, or its refusal (a value helm must not get) as its findings. */
function planClusterRender(files, cluster, values, options) {
    const { recipe } = values;
    const refused = recipe.problems.map((p) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('error', 'helm-argument', p.message, (0,_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__/* .problemPosition */ .fu)(recipe, p, (q) => problemAt(cluster, q)), cluster.name));
    const schemaRef = (0,_helm_recipe_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaReferenceProblem */ .A)(files, cluster.chart);
    if (schemaRef)
        refused.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('error', 'helm-argument', schemaRef.message, schemaRef, cluster.name));
    if (refused.length > 0)
        return {
            kind: 'refused',
            render: { cluster: cluster.name, ok: false, manifests: [], findings: refused },
        };
    return { kind: 'render', request: templateRequest(files, recipe, options) };
}
/** What a cluster renders to, from helm's result of its request (planClusterRender). */
async function clusterRendered(helm, files, cluster, { recipe }, request, result) {
    const failed = (message, at) => ({
        cluster: cluster.name,
        ok: false,
        manifests: [],
        findings: [(0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('error', 'helm-template', message, at, cluster.name)],
    });
    if (!result.ok) {
        const { message, at } = explainHelmError(result.stderr, cluster, files);
        return failed(message, (await inlineValuesAt(helm, request, cluster, recipe)) ?? at);
    }
    const { manifests, problems } = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifests */ .PX)(result.stdout);
    // A document that reads without the inline values is theirs to fix: said at their line.
    const unreadable = problems.filter((p) => p.kind === 'unreadable');
    const inlineAt = unreadable.length > 0 ? await inlineValuesAt(helm, request, cluster, recipe) : null;
    return {
        cluster: cluster.name,
        ok: true,
        manifests,
        findings: problems.map((p) => manifestFinding(p, cluster, files, p.kind === 'unreadable' ? inlineAt : null)),
        unreadable: unreadable.map((p) => documentName(p, cluster)),
    };
}
/**
 * A bad document of the rendered output, at the template that wrote it (helm does not say which line).
 * The cluster's other objects are still checked and diffed.
 */
function manifestFinding(p, cluster, files, inlineAt) {
    const template = (0,_applications_js__WEBPACK_IMPORTED_MODULE_6__/* .templatePath */ .Y7)(cluster.chart, p.source);
    const at = inlineAt ?? { file: template && files.isFile(template) ? template : cluster.chart };
    const what = p.kind === 'unreadable'
        ? `helm rendered a document Argo CD cannot read (${documentName(p, cluster)}): ${p.reason}`
        : `helm rendered a key twice (${documentName(p, cluster)}): ${p.reason}`;
    const rule = p.kind === 'unreadable' ? 'manifest-invalid' : 'manifest-duplicate-key';
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('error', rule, what, at, cluster.name);
}
/** `charts/app-of-apps/templates/x.yaml, document 2`: which document of which template. */
function documentName(p, cluster) {
    const template = (0,_applications_js__WEBPACK_IMPORTED_MODULE_6__/* .templatePath */ .Y7)(cluster.chart, p.source);
    return template ? `${template}, document ${p.index}` : `document ${p.index} of the output`;
}
/** The helm invocation of a resolved recipe: absolute paths in this tree, the cluster's versions by default. */
function templateRequest(files, recipe, options) {
    return {
        releaseName: recipe.releaseName,
        chartDir: files.abs(recipe.chart),
        namespace: recipe.namespace,
        valueFiles: recipe.valueFiles.flatMap((v) => (v.kind === 'file' ? [files.abs(v.file)] : [])),
        inlineValues: recipe.inline?.text ?? null,
        parameters: recipe.parameters,
        fileParameters: recipe.fileParameters.map((p) => ({ name: p.name, path: files.abs(p.file) })),
        skipCrds: recipe.skipCrds,
        skipSchemaValidation: recipe.skipSchemaValidation,
        skipTests: recipe.skipTests,
        ...(0,_render_recipe_js__WEBPACK_IMPORTED_MODULE_4__/* .renderVersions */ .Ku)(recipe, options),
    };
}
/**
 * When a render with inline helm values fails (the chart's templates cannot take them: an
 * indentation they break) and renders without them, the failure is the inline values': it is
 * reported where they are written, the bootstrap's helm.values line. Null otherwise.
 */
async function inlineValuesAt(helm, request, cluster, recipe) {
    if (!recipe.inline)
        return null;
    const without = await helm.template({ ...request, inlineValues: null });
    if (!without.ok)
        return null;
    try {
        (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .splitManifests */ .lZ)(without.stdout);
    }
    catch (e) {
        if (e instanceof _manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh)
            return null;
        throw e;
    }
    if (recipe.overriddenBy)
        return { file: recipe.overriddenBy, line: 1, column: 1 };
    const field = recipe.inline.object ? 'valuesObject' : 'values';
    return (0,_topology_js__WEBPACK_IMPORTED_MODULE_5__/* .bootstrapFieldPos */ .fw)(cluster, ['helm', field]) ?? cluster.definedAt;
}
/** Where the field a recipe problem is about is written: the bootstrap's line, else where the cluster is defined. */
function problemAt(cluster, p) {
    if (p.field === 'source')
        return p.at;
    if (!cluster.bootstrap)
        return cluster.definedAt;
    const { node, sourcePath } = cluster.bootstrap;
    const helm = (...rest) => [...sourcePath, 'helm', ...rest];
    const index = 'index' in p ? String(p.index) : '';
    const places = {
        releaseName: [helm('releaseName'), ['metadata', 'name']],
        namespace: [helm('namespace'), ['spec', 'destination', 'namespace']],
        chart: [[...sourcePath, 'path']],
        kubeVersion: [helm('kubeVersion')],
        parameter: [helm('parameters', index, 'name')],
        fileParameter: [helm('fileParameters', index)],
        valueFile: [helm('valueFiles', index), helm('valueFiles')],
        apiVersion: [helm('apiVersions', index)],
    };
    for (const place of places[p.field]) {
        const at = (0,_vnode_js__WEBPACK_IMPORTED_MODULE_7__/* .nodeAt */ .oB)(node, place)?.pos;
        if (at)
            return at;
    }
    return cluster.definedAt;
}
/**
 * Helm's message, and the template line it names when it names one
 * (`template: app-of-apps/templates/x.yaml:12:3: executing …`, `parse error at (app-of-apps/templates/x.yaml:4)`).
 */
function explainHelmError(stderr, cluster, files) {
    // The inline values reach helm as a temp file: name where they are written instead.
    const inline = `${cluster.definedAt.file} (inline helm values)`;
    const message = `helm template failed: ${(0,_helm_error_text_js__WEBPACK_IMPORTED_MODULE_8__/* .helmErrorText */ .e)(stderr)}`.replace(/\S*gp-values-[^/\s]+\/inline-values\.yaml/g, inline);
    // Helm names templates after Chart.yaml's `name`, which need not be the directory's.
    const chartYaml = files.text(cluster.chart === '.' ? 'Chart.yaml' : `${cluster.chart}/Chart.yaml`) ?? '';
    const declared = /^name:\s*["']?([\w.-]+)/m.exec(chartYaml)?.[1];
    const names = new Set([node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(cluster.chart === '.' ? files.root : cluster.chart), declared]);
    const re = /([\w.-]+)\/((?:charts\/[\w.-]+\/)*templates\/[^\s:()]+):(\d+)(?::(\d+))?/g;
    for (const m of stderr.matchAll(re)) {
        if (!names.has(m[1]) && !m[2].startsWith('charts/'))
            continue;
        const file = cluster.chart === '.' ? m[2] : `${cluster.chart}/${m[2]}`;
        if (files.isFile(file))
            return { message, at: { file, line: Number(m[3]), column: Number(m[4] ?? 1) } };
    }
    const yamlIn = /(?:YAML parse error on|error converting YAML to JSON.*?) ([\w.-]+\/templates\/[^\s:]+)/.exec(stderr);
    if (yamlIn) {
        const file = cluster.chart === '.'
            ? yamlIn[1].replace(/^[^/]+\//, '')
            : `${cluster.chart}/${yamlIn[1].replace(/^[^/]+\//, '')}`;
        if (files.isFile(file))
            return { message, at: { file, line: 1, column: 1 } };
    }
    return { message, at: cluster.definedAt };
}


/***/ }),

/***/ 5096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ NO_FACTS),
/* harmony export */   u0: () => (/* binding */ repoContext)
/* harmony export */ });
/* unused harmony export resolveDefaultBranch */
const NO_FACTS = {
    originHead: null,
    eventDefaultBranch: null,
    mainOrMaster: [],
    originURL: null,
};
/**
 * The default branch, first found of: the config's `defaultBranch`, `origin/HEAD`, the GitHub event's
 * `repository.default_branch`, the only one of `main`/`master` there is. Never assumed.
 */
function resolveDefaultBranch(config, facts) {
    if (config.defaultBranch)
        return { name: config.defaultBranch, source: 'config' };
    if (facts.originHead)
        return { name: facts.originHead, source: 'origin-head' };
    if (facts.eventDefaultBranch)
        return { name: facts.eventDefaultBranch, source: 'event' };
    if (facts.mainOrMaster.length === 1)
        return { name: facts.mainOrMaster[0], source: 'main-or-master' };
    return { name: null, source: 'unknown' };
}
function repoContext(config, facts) {
    return { defaultBranch: resolveDefaultBranch(config, facts), originURL: facts.originURL };
}


/***/ }),

/***/ 1056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ valueFilePath),
/* harmony export */   CY: () => (/* binding */ gitDirVisibleToCharts),
/* harmony export */   T: () => (/* binding */ requireDirectory),
/* harmony export */   Z: () => (/* binding */ pathInRepo),
/* harmony export */   jk: () => (/* binding */ escapesRepo),
/* harmony export */   op: () => (/* binding */ RepoFiles),
/* harmony export */   pg: () => (/* binding */ repoJoin),
/* harmony export */   ve: () => (/* binding */ refuseSymlinksOut)
/* harmony export */ });
/* unused harmony export symlinksOutOfRepo */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _util_safe_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5251);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9680);





/**
 * Read access to one checked-out tree of the GitOps repo. Paths are repo-relative with forward
 * slashes; YAML files are parsed once and their findings collected once, however many clusters use them.
 */
class RepoFiles {
    root;
    limits;
    blobs;
    shared;
    revision;
    yaml = new Map();
    texts = new Map();
    /** What `stat` found for each path asked (like `texts`: the tree does not change while it is read). */
    stats = new Map();
    /**
     * `blobs` (path → git blob id) and `shared` let two trees of one repo (diff's base and head)
     * parse a file that is the same at both refs once. `revision` is the commit the tree is (Argo CD's
     * `$ARGOCD_APP_REVISION`), '' when it is not a commit.
     */
    constructor(root, limits, blobs, shared, revision = '') {
        this.root = root;
        this.limits = limits;
        this.blobs = blobs;
        this.shared = shared;
        this.revision = revision;
    }
    abs(rel) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, rel);
    }
    exists(rel) {
        return this.stat(rel) !== null;
    }
    isFile(rel) {
        return this.stat(rel)?.isFile() ?? false;
    }
    isDirectory(rel) {
        return this.stat(rel)?.isDirectory() ?? false;
    }
    /** Names in a directory, sorted; empty when it does not exist. */
    list(rel) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.abs(rel)).sort();
        }
        catch {
            return [];
        }
    }
    text(rel) {
        if (!this.texts.has(rel)) {
            let t = null;
            try {
                if (this.isFile(rel))
                    t = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(this.abs(rel), 'utf8');
            }
            catch {
                t = null;
            }
            this.texts.set(rel, t);
        }
        return this.texts.get(rel) ?? null;
    }
    /** Parsed YAML, or null when the file does not exist. */
    readYaml(rel) {
        const cached = this.yaml.get(rel);
        if (cached)
            return cached;
        const blob = this.blobs?.get(rel);
        const sharedKey = blob && `${rel}\0${blob}\0${this.limits.maxFileBytes}\0${this.limits.maxExpandedNodes}`;
        const fromOtherTree = sharedKey ? this.shared?.get(sharedKey) : undefined;
        if (fromOtherTree) {
            this.yaml.set(rel, fromOtherTree);
            return fromOtherTree;
        }
        const size = this.stat(rel)?.size;
        if (size === undefined)
            return null;
        let loaded;
        if (size > this.limits.maxFileBytes) {
            loaded = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__/* .tooLarge */ .g$)(rel, size, this.limits);
        }
        else {
            const text = this.text(rel);
            if (text === null)
                return null;
            loaded = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(rel, text, this.limits);
        }
        this.yaml.set(rel, loaded);
        if (sharedKey)
            this.shared?.set(sharedKey, loaded);
        return loaded;
    }
    /** The findings of every YAML file read so far. */
    yamlFindings() {
        return [...this.yaml.values()].flatMap((y) => y.findings);
    }
    /**
     * True when `rel` is a symlink (or under one) whose target is outside the repository: Argo CD
     * refuses such a values file ("resolved to outside repository root") rather than calling it missing.
     */
    linksOut(rel) {
        if (escapesRepo(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(rel)))
            return false;
        try {
            return !isInside(this.realRoot(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(this.abs(rel)));
        }
        catch {
            return false;
        }
    }
    /** Null for what does not exist and for anything outside the repository (`../`, a symlink out). */
    stat(rel) {
        let st = this.stats.get(rel);
        if (st === undefined)
            this.stats.set(rel, (st = this.statUncached(rel)));
        return st;
    }
    statUncached(rel) {
        if (escapesRepo(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(rel)))
            return null;
        try {
            const abs = this.abs(rel);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).isSymbolicLink() && !isInside(this.realRoot(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs)))
                return null;
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
        }
        catch {
            return null;
        }
    }
    resolvedRoot;
    realRoot() {
        this.resolvedRoot ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(this.root);
        return this.resolvedRoot;
    }
}
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** The GitOps repo given (`--repo`, the action's `path`) must be a directory. */
function requireDirectory(dir) {
    let ok;
    try {
        ok = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${dir} is not a directory (give the GitOps repo with --repo)`);
}
/** Argo CD refuses a repository with symlinks pointing out of it; so do we, before helm follows them. */
function refuseSymlinksOut(dir) {
    const out = symlinksOutOfRepo(dir);
    if (out.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`symlinks point outside the repository or into .git (Argo CD refuses to render it): ${out.slice(0, 5).join(', ')}${out.length > 5 ? ` and ${out.length - 5} more` : ''}`);
    }
}
/**
 * Symlinks in a checked-out tree that point outside it or into its `.git` (`.git` itself aside). Argo CD refuses to render such a
 * repository, and helm would follow them: a chart could print any file of the machine into a diff.
 */
function symlinksOutOfRepo(root) {
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    const out = [];
    const walk = (dir) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir), { withFileTypes: true })) {
            const rel = dir ? `${dir}/${entry.name}` : entry.name;
            if (rel === '.git')
                continue;
            if (entry.isSymbolicLink()) {
                let target;
                try {
                    target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, rel));
                }
                catch {
                    target = null; // dangling: nothing to read
                }
                // Into .git is out too: the checkout's credentials are in .git/config.
                const intoGit = target !== null && node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, target).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))[0] === '.git';
                if (target !== null && (!isInside(realRoot, target) || intoGit))
                    out.push(rel);
            }
            else if (entry.isDirectory()) {
                walk(rel);
            }
        }
    };
    walk('');
    return out.sort();
}
/**
 * Whether helm could show a chart a `.git` directory of this tree: the tree's root is itself a chart
 * (helm gives a chart every file under its directory), or a `.git` sits deeper (a nested clone).
 */
function gitDirVisibleToCharts(root) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, 'Chart.yaml')))
        return true;
    const walk = (dir) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, dir), { withFileTypes: true }).some((e) => {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.name === '.git')
            return dir !== '';
        return e.isDirectory() && !e.isSymbolicLink() && walk(rel);
    });
    return walk('');
}
/**
 * Resolves `given` (relative to the repository root, or absolute) and says whether the file system
 * reaches a path strictly inside the root through it, every symlink followed: `..`, an absolute path
 * elsewhere and a symlink out are outside. `rel` is repo-relative with forward slashes.
 */
function pathInRepo(root, given) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, given);
    const realRoot = (0,_util_safe_path_js__WEBPACK_IMPORTED_MODULE_3__/* .realPathNearest */ .m6)(root);
    const real = (0,_util_safe_path_js__WEBPACK_IMPORTED_MODULE_3__/* .realPathNearest */ .m6)(abs);
    if (!(0,_util_safe_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(realRoot, real))
        return { kind: 'outside' };
    // An absolute path may spell the root another way (a symlinked /tmp): then the real path names it.
    const rel = (0,_util_safe_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), abs)
        ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), abs)
        : node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, real);
    return { kind: 'inside', rel: rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, rel) };
}
/** Joins repo-relative paths the way Argo CD resolves a valueFile against the source path. */
function repoJoin(base, rel) {
    const joined = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(base === '.' ? '' : base, rel));
    return joined === '' ? '.' : joined.replace(/\/$/, '');
}
/**
 * The repo path of a `valueFiles` entry, as Argo CD resolves it: relative to the chart's directory, or,
 * when it starts with `/`, to the repository root.
 */
function valueFilePath(chart, entry) {
    return entry.startsWith('/') ? repoJoin('.', entry.replace(/^\/+/, '')) : repoJoin(chart, entry);
}
/** True when a repo-relative path climbs out of the repository. */
function escapesRepo(rel) {
    return rel === '..' || rel.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(rel);
}


/***/ }),

/***/ 8734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isOwnRepoURL),
/* harmony export */   l: () => (/* binding */ normalizeRepoURL)
/* harmony export */ });
/** Whether `url` is one of this repository's URLs (compared normalized); false when none is known. */
function isOwnRepoURL(url, own) {
    if (typeof url !== 'string' || own === null)
        return false;
    const n = normalizeRepoURL(url);
    return typeof own === 'string' ? n === own : own.includes(n);
}
/**
 * One spelling for one repository: `git@host:org/x`, `ssh://git@host/org/x`, `https://host/org/x.git`
 * and `https://Host/org/x/` are all `https://host/org/x`. Lowercase (GitHub's paths are case
 * insensitive, and Argo CD compares lowercased), no credentials, no `.git` or trailing slash, no
 * port of ssh or the scheme's default port.
 */
function normalizeRepoURL(url) {
    let u = url.trim().toLowerCase();
    const scp = /^(?:[^@/:]+@)?([\w.-]+):(?!\/\/)\/*(.+)$/.exec(u);
    if (scp)
        u = `ssh://${scp[1]}/${scp[2]}`;
    const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:@]+)(?::(\d+))?(\/.*)?$/.exec(u);
    if (m) {
        const [, scheme, host, port, rest = ''] = m;
        // An ssh port says nothing about the repository; a default port neither.
        const dropPort = port === undefined ||
            /ssh|git/.test(scheme) ||
            (scheme === 'https' && port === '443') ||
            (scheme === 'http' && port === '80');
        u = `https://${host}${dropPort ? '' : `:${port}`}${rest}`;
    }
    return u
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
}


/***/ }),

/***/ 2803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ looksSecret)
/* harmony export */ });
/**
 * Whether the value under a key is treated as secret wherever it appears (`AWS_SECRET_ACCESS_KEY`,
 * `dbPass`, `client_secret`, `apiToken`, `tls.key`, `.dockerconfigjson`…).
 *
 * A key is split into words (camelCase, snake_case, kebab-case, dots; case aside) and judged by
 * its LAST word, so references to a secret stay readable: `secretName`, `secretRef`,
 * `passwordSecretRef`, `keyRef`, `passwordFile`, `tokenTTL`, `adminPasswordKey` (the name of a key
 * inside a Secret) end in a word that is not secret. `existing…` keys (`existingSecret`) name a
 * Secret that already exists and are never secret. Certificates (`tls.crt`, `ca.crt`) are public.
 */
function looksSecret(key) {
    if (SECRET_FILE.test(key))
        return true;
    const words = splitWords(key);
    if (words.length === 0 || words.some((w) => w.startsWith('existing')))
        return false;
    if (endsSecret(words))
        return true;
    // A value-like suffix after a secret word: `passwordHash`, `privateKeyPem`, `tokenValue`.
    while (words.length > 1 && VALUE_SUFFIX.has(words.at(-1))) {
        words.pop();
        if (endsSecret(words))
            return true;
    }
    return false;
}
function endsSecret(words) {
    const last = words.at(-1);
    // `adminpassword`, `githubtoken`: one lower-case word still ends in the secret one.
    if (SECRET_WORD.has(last) || SECRET_END.test(last))
        return true;
    if (last === 'key')
        return KEY_KIND.has(words.at(-2) ?? '');
    return SECRET_PAIR.has(`${words.at(-2) ?? ''} ${last}`);
}
/** `dbPASSWORD2` → db, password; `APIKey` → api, key; `tls.key` → tls, key. Digits alone are dropped. */
function splitWords(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/)
        .filter((w) => w !== '' && !/^[0-9]+$/.test(w));
}
/** File names of key material: `tls.key`, `server.key`, `tls-key.pem`, `privkey.pem`, `id_rsa`, keystores. */
const SECRET_FILE = /(\.key|key\.pem|\.p12|\.pfx|\.jks|\.keystore|^\.?(id_(rsa|dsa|ecdsa|ed25519)|htpasswd|pgpass|netrc|git-credentials|dockercfg|dockerconfigjson))$/i;
/** The end of a run-together word that is secret (`rootpassword`; not `pass`: `bypass`, `compass`). */
const SECRET_END = /(password|passwd|passphrase|pwd|secret|token|credentials?|(api|access|secret|private)key)$/;
/** Words that are secret as the last word of a key. */
const SECRET_WORD = new Set([
    'pass',
    'passwd',
    'password',
    'passwords',
    'passphrase',
    'pwd',
    'secret',
    'secrets',
    'token',
    'credential',
    'credentials',
    'creds',
    'bearer',
    'auth',
    'authorization',
    'apikey',
    'accesskey',
    'secretkey',
    'privatekey',
    'htpasswd',
    'dsn',
    'dockerconfigjson',
    'dockercfg',
    'kubeconfig',
]);
/** What kind of `…Key` is a secret one: `apiKey`, `AWS_SECRET_ACCESS_KEY`, `sshKey`, `tlsKey`… (not `publicKey`, `cacheKey`). */
const KEY_KIND = new Set([
    'api',
    'access',
    'secret',
    'private',
    'signing',
    'sign',
    'encryption',
    'encrypt',
    'master',
    'client',
    'shared',
    'ssh',
    'gpg',
    'pgp',
    'hmac',
    'jwt',
    'session',
    'license',
    'tls',
    'server',
]);
/** Two-word forms whose words alone are not secret. */
const SECRET_PAIR = new Set(['connection string', 'conn string', 'conn str', 'connection str']);
/** Words after a secret word that still name its value (`secretKeyBase` is Rails' secret). */
const VALUE_SUFFIX = new Set([
    'value',
    'data',
    'pem',
    'b64',
    'base64',
    'encoded',
    'raw',
    'plain',
    'plaintext',
    'text',
    'content',
    'contents',
    'hash',
    'hashed',
    'base',
    'str',
    'string',
]);


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ parseName),
/* harmony export */   H8: () => (/* binding */ applyParameters)
/* harmony export */ });
/* unused harmony exports argoEscapedValue, helmSetValue */
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1754);

/**
 * Applies Argo CD `helm.parameters` and `helm.fileParameters` to a values tree as helm does: every
 * `--set` (typed: `true`/`false`, `null`, integers), then every `--set-string` (strings), then every
 * `--set-file` (the file's text, a string), whatever their order in the Application. Names follow
 * helm's strvals paths (`a.b`, `\.` for a dot, `a[0].b`); values are read as strvals reads the
 * argument Argo CD builds (its comma escaping, `\x` for x, `{a,b}` a list).
 */
function applyParameters(base, params, pos, fileValues = []) {
    const ordered = [...params.filter((p) => !p.forceString), ...params.filter((p) => p.forceString)];
    let root = base;
    for (const p of ordered) {
        const at = p.at ?? pos;
        root = setPath(root, parseName(p.name), (0,_vnode_js__WEBPACK_IMPORTED_MODULE_0__/* .fromJson */ .Rf)(helmSetValue(p.value, !!p.forceString), at), at);
    }
    for (const f of fileValues)
        root = setPath(root, parseName(f.name), { kind: 'scalar', pos, value: f.text }, pos);
    return root;
}
/** Argo CD's escaping of a parameter value: a `,` not after `\` becomes `\,`, unless the value is `{…}`. */
function argoEscapedValue(value) {
    return value.startsWith('{') && value.endsWith('}') ? value : value.replace(/(?<!\\),/g, '\\,');
}
/** What helm's strvals makes of the value Argo CD passes for `value` (`asString`: `--set-string`). */
function helmSetValue(value, asString) {
    const arg = argoEscapedValue(value);
    if (!arg.startsWith('{'))
        return typedValue(readUntil(arg, 0, ',').text, asString);
    const items = [];
    let i = 1;
    for (;;) {
        const item = readUntil(arg, i, ',}');
        items.push(typedValue(item.text, asString));
        if (item.end >= arg.length || arg[item.end] === '}')
            return items;
        i = item.end + 1;
    }
}
/** Characters from `i` up to the first unescaped one of `stops`, each `\x` read as `x`. */
function readUntil(s, i, stops) {
    let text = '';
    for (; i < s.length && !stops.includes(s[i]); i++) {
        if (s[i] === '\\')
            i++;
        if (i < s.length)
            text += s[i];
    }
    return { text, end: i };
}
/** strvals `typedVal`: true/false/null in any case, 0, and int64 integers not written with a leading 0. */
function typedValue(v, asString) {
    if (asString)
        return v;
    const lower = v.toLowerCase();
    if (lower === 'true' || lower === 'false')
        return lower === 'true';
    if (lower === 'null')
        return null;
    if (v === '0')
        return 0;
    if (/^[+-]?\d+$/.test(v) && v[0] !== '0') {
        const n = BigInt(v);
        if (n >= -(2n ** 63n) && n < 2n ** 63n)
            return Number(n);
    }
    return v;
}
function parseName(name) {
    const segments = [];
    let current = '';
    let pending = false;
    for (let i = 0; i < name.length; i++) {
        const ch = name[i];
        if (ch === '\\' && i + 1 < name.length) {
            current += name[++i];
            pending = true;
        }
        else if (ch === '.') {
            if (pending || current)
                segments.push({ key: current });
            current = '';
            pending = false;
        }
        else if (ch === '[') {
            const end = name.indexOf(']', i);
            if (end < 0)
                throw new Error(`unclosed "[" in parameter name "${name}"`);
            if (pending || current)
                segments.push({ key: current });
            const index = Number(name.slice(i + 1, end));
            if (!Number.isInteger(index) || index < 0)
                throw new Error(`bad list index in parameter name "${name}"`);
            segments.push({ index });
            current = '';
            pending = false;
            i = end;
        }
        else {
            current += ch;
            pending = true;
        }
    }
    if (pending || current)
        segments.push({ key: current });
    if (segments.length === 0)
        throw new Error('empty parameter name');
    return segments;
}
function setPath(node, path, value, pos) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if ('key' in head) {
        const map = node?.kind === 'map' ? node : { kind: 'map', pos, entries: new Map() };
        const entries = new Map(map.entries);
        if (rest.length === 0 && value.kind === 'scalar' && value.value === null)
            entries.delete(head.key);
        else
            entries.set(head.key, { ...setPath(entries.get(head.key), rest, value, pos), keyPos: pos });
        return { ...map, entries };
    }
    const items = node?.kind === 'seq' ? [...node.items] : [];
    while (items.length <= head.index)
        items.push({ kind: 'scalar', pos, value: null });
    items[head.index] = setPath(items[head.index], rest, value, pos);
    return { kind: 'seq', pos: node?.pos ?? pos, items };
}


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ sourceOverrideFiles),
/* harmony export */   bM: () => (/* binding */ applySourceOverrides)
/* harmony export */ });
/* unused harmony export mergePatch */
/* harmony import */ var _helm_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4110);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1056);
/* harmony import */ var _vnode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1754);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9680);




/**
 * Argo CD's parameter overrides (reposerver `mergeSourceParameters`): `.argocd-source.yaml`, then
 * `.argocd-source-<app>.yaml`, in the source's directory, each a JSON merge patch (RFC 7386, not a
 * strategic merge) of the source; Argo CD Image Updater's git write-back writes the second.
 */
/** The override files of a source directory, in the order Argo CD applies them (the last wins). */
function sourceOverrideFiles(dir, appName) {
    return [
        (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .repoJoin */ .pg)(dir, '.argocd-source.yaml'),
        ...(appName ? [(0,_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .repoJoin */ .pg)(dir, `.argocd-source-${appName}.yaml`)] : []),
    ];
}
/**
 * The helm block after the override files that exist. Like Argo CD: a file that is not a YAML
 * mapping (an empty one included) or that gives a field the wrong type fails the render; only the
 * helm block is taken (the source's repoURL, path, chart and targetRevision are never overridden).
 */
function applySourceOverrides(files, dir, appName, helm) {
    let current = (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .helmSourceJson */ .Ae)(helm);
    const applied = [];
    for (const file of sourceOverrideFiles(dir, appName)) {
        if (!files.isFile(file))
            continue;
        const at = { file, line: 1, column: 1 };
        const loaded = files.readYaml(file);
        const root = loaded?.documents[0]?.root;
        if (!loaded || loaded.findings.some(_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .stopsHelm */ .ah) || !root || root.kind !== 'map')
            return {
                problem: { message: `${file} is not a YAML mapping: Argo CD cannot merge it into the source`, at },
            };
        const patch = canonicalKeys((0,_vnode_js__WEBPACK_IMPORTED_MODULE_3__/* .toJson */ .aB)(root), SOURCE_FIELDS);
        const merged = (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(patch) ? mergePatch({ helm: current }, patch) : {};
        const next = (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(merged) && 'helm' in merged ? merged.helm : {};
        const wrong = helmTypeProblem(next);
        if (wrong)
            return { problem: { message: `${file}: helm.${wrong} (Argo CD cannot read the source)`, at } };
        current = decodeOver(current, next);
        applied.push(file);
    }
    // Without an override the block is the one given, as it was (its parameters keep where they are written).
    return applied.length === 0 ? { helm, applied } : { helm: (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .readHelmSource */ .ET)(current), applied };
}
/** RFC 7386 as evanphx/json-patch does it: objects merge, `null` deletes, anything else replaces. */
function mergePatch(doc, patch) {
    if (!(0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(patch))
        return patch;
    if (!(0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc))
        return pruneNulls(patch);
    const out = { ...doc };
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = k in out && out[k] !== null ? mergePatch(out[k], v) : pruneNulls(v);
    }
    return out;
}
function pruneNulls(v) {
    if (Array.isArray(v))
        return v.map((x) => (x === null ? x : pruneNulls(x)));
    if (!(0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
        return v;
    return Object.fromEntries(Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, pruneNulls(x)]));
}
/**
 * Go's json.Unmarshal of the merged block into the source it was made from: a field the merge
 * removed keeps its old value (a `null` in an override cannot unset one), and an element of
 * `parameters` / `fileParameters` is decoded over the old element at its index, keeping the fields
 * it does not give. Everything else is replaced.
 */
function decodeOver(old, next) {
    const out = { ...old };
    for (const [k, v] of Object.entries(next)) {
        const before = old[k];
        if ((k === 'parameters' || k === 'fileParameters') && Array.isArray(v) && Array.isArray(before))
            out[k] = v.map((item, i) => ((0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(item) && (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(before[i]) ? { ...before[i], ...item } : item));
        else
            out[k] = v;
    }
    return out;
}
const TYPES = {
    valueFiles: 'strings',
    parameters: 'parameters',
    releaseName: 'string',
    values: 'string',
    fileParameters: 'files',
    version: 'string',
    passCredentials: 'boolean',
    ignoreMissingValueFiles: 'boolean',
    skipCrds: 'boolean',
    valuesObject: 'object',
    namespace: 'string',
    kubeVersion: 'string',
    apiVersions: 'strings',
    skipTests: 'boolean',
    skipSchemaValidation: 'boolean',
};
/** The first field of a merged helm block Go could not decode into Argo CD's types, or null. */
function helmTypeProblem(helm) {
    if (!(0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(helm))
        return 'is not a mapping';
    for (const [k, v] of Object.entries(helm)) {
        const type = TYPES[k];
        if (!type || v === null)
            continue;
        const ok = type === 'strings'
            ? Array.isArray(v) && v.every((x) => x === null || typeof x === 'string')
            : type === 'parameters' || type === 'files'
                ? Array.isArray(v) && v.every((x) => x === null || itemTypesOk(x, type))
                : type === 'object'
                    ? (0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v)
                    : typeof v === type;
        if (!ok)
            return `${k} has the wrong type`;
    }
    return null;
}
function itemTypesOk(item, type) {
    if (!(0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(item))
        return false;
    const fields = type === 'parameters'
        ? { name: 'string', value: 'string', forceString: 'boolean' }
        : { name: 'string', path: 'string' };
    return Object.entries(fields).every(([f, t]) => item[f] === undefined || item[f] === null || typeof item[f] === t);
}
/** Argo CD's field names of a source, its helm block and their list items. */
const SOURCE_FIELDS = {
    names: [
        'repoURL',
        'path',
        'targetRevision',
        'helm',
        'kustomize',
        'directory',
        'plugin',
        'chart',
        'ref',
        'name',
    ],
    nested: {
        helm: {
            names: Object.keys(TYPES),
            nested: {
                parameters: { names: ['name', 'value', 'forceString'], items: true },
                fileParameters: { names: ['name', 'path'], items: true },
            },
        },
    },
};
/**
 * Keys spelled as Argo CD's fields: Go matches JSON keys to struct fields ignoring case (Image
 * Updater writes `forcestring`). Only field names are touched, never the keys of valuesObject.
 */
function canonicalKeys(v, fields) {
    if (fields.items && Array.isArray(v))
        return v.map((x) => canonicalKeys(x, { ...fields, items: false }));
    if (!(0,_helm_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        const name = fields.names.find((n) => n === k) ?? fields.names.find((n) => n.toLowerCase() === k.toLowerCase()) ?? k;
        const sub = fields.nested?.[name];
        out[name] = sub ? canonicalKeys(x, sub) : x;
    }
    return out;
}


/***/ }),

/***/ 7189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xx: () => (/* binding */ valuesRanges),
/* harmony export */   o1: () => (/* binding */ actions),
/* harmony export */   sH: () => (/* binding */ lineReads)
/* harmony export */ });
/**
 * Which values a template line reads, as far as its text shows it: `.Values.a.b` (or `$.Values…`)
 * directly, or a field of the element a `range` over a `.Values` map gives a variable
 * (`range $name, $app := .Values.apps` … `{{ $app.wave }}`: `apps.<element>.wave`). A hint for
 * pointing at the values line that produced a value, not a template parser.
 */
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const VAR = '\\$[A-Za-z0-9_]*';
// Anchored on a single action's text; no two parts can match the same characters (linear time).
const RANGE = new RegExp(`^-?\\s*range\\s+(?:(${VAR})\\s*,\\s*)?(?:(${VAR})\\s*:=\\s*)?\\$?\\.Values((?:\\.${NAME})*)\\s*-?$`);
const VALUES_READ = new RegExp(`(?<![A-Za-z0-9_)\\]])\\$?\\.Values((?:\\.${NAME})+)`, 'g');
const VAR_READ = new RegExp(`(${VAR})((?:\\.${NAME})+)`, 'g');
const DOT_READ = new RegExp(`(?<![A-Za-z0-9_$)\\]])\\.(${NAME}(?:\\.${NAME})*)`, 'g');
/** The text of every `{{ … }}` action of a template, in order. */
function actions(text) {
    const out = [];
    let at = text.indexOf('{{');
    while (at >= 0) {
        const end = text.indexOf('}}', at + 2);
        if (end < 0)
            break;
        out.push(text.slice(at + 2, end));
        at = text.indexOf('{{', end + 2);
    }
    return out;
}
/** Every `range` of a template over a `.Values` map (`range .Values.apps` included). */
function valuesRanges(text) {
    const out = [];
    for (const action of actions(text)) {
        const m = RANGE.exec(action.trim());
        if (!m)
            continue;
        out.push({ path: m[3].split('.').filter(Boolean), element: m[2] ?? null });
    }
    return out;
}
/** What the actions of one line read of the values, given the template's ranges. */
function lineReads(line, ranges) {
    const out = [];
    const split = (p) => p.split('.').filter(Boolean);
    for (const action of actions(line)) {
        for (const m of action.matchAll(VALUES_READ))
            out.push({ within: null, path: split(m[1]) });
        for (const m of action.matchAll(VAR_READ)) {
            const range = ranges.find((r) => r.element === m[1]);
            if (range)
                out.push({ within: range.path, path: split(m[2]) });
        }
        const dotted = ranges.filter((r) => r.element === null);
        if (dotted.length !== 1)
            continue;
        for (const m of action.replace(VALUES_READ, '').matchAll(DOT_READ))
            out.push({ within: dotted[0].path, path: split(m[1]) });
    }
    return out;
}


/***/ }),

/***/ 8154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fw: () => (/* binding */ bootstrapFieldPos),
  HC: () => (/* binding */ discoverTopology),
  Nl: () => (/* binding */ isHead),
  Ed: () => (/* reexport */ repo_url/* isOwnRepoURL */.E),
  li: () => (/* reexport */ repo_url/* normalizeRepoURL */.l),
  qE: () => (/* binding */ resolveRef)
});

// UNUSED EXPORTS: clusterName

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/glob.ts
var glob = __webpack_require__(3376);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/build-variables.ts
var build_variables = __webpack_require__(2912);
// EXTERNAL MODULE: ./src/gitops/helm-source.ts
var helm_source = __webpack_require__(4110);
// EXTERNAL MODULE: ./schemas/argocd-application.schema.json
var argocd_application_schema = __webpack_require__(603);
// EXTERNAL MODULE: ./src/gitops/json-schema.ts + 4 modules
var json_schema = __webpack_require__(7577);
// EXTERNAL MODULE: ./src/gitops/vnode.ts
var vnode = __webpack_require__(1754);
// EXTERNAL MODULE: ./src/gitops/repo-context.ts
var repo_context = __webpack_require__(5096);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/gitops/bootstrap-names.ts

const BOOTSTRAP_SUFFIX = '-bootstrap-apps';
/** `labels.cluster`, else `metadata.name` without `-bootstrap-apps`. */
function clusterName(app) {
    const label = clusterLabelOf(app);
    if (label)
        return label;
    const name = metadataName(app);
    if (!name)
        return null;
    return name.endsWith(BOOTSTRAP_SUFFIX) ? name.slice(0, -BOOTSTRAP_SUFFIX.length) : name;
}
function clusterLabelOf(app) {
    const labels = app.metadata?.labels;
    const label = labels?.cluster;
    return typeof label === 'string' && label ? label : null;
}
function metadataName(app) {
    const name = app.metadata?.name;
    return typeof name === 'string' && name ? name : null;
}
const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Other names for a bootstrap Application without a cluster label, tried in order: file, destination, directory. */
const DISAMBIGUATORS = [
    (b) => external_node_path_default().posix.basename(b.file).replace(/\.ya?ml$/i, ''),
    (b) => {
        const name = b.app.spec?.destination?.name;
        return typeof name === 'string' && name !== 'in-cluster' ? name : null;
    },
    (b) => external_node_path_default().posix.basename(external_node_path_default().posix.dirname(b.file)),
];
/**
 * Each bootstrap Application's cluster name (`clusterName`). Bootstrap Applications in different
 * files that share a `metadata.name` (one Argo CD per cluster, each with its own `root`) are
 * different clusters: those without a cluster label are named by the first of file name,
 * destination name or directory that tells them all apart. A clash left is reported by the caller.
 */
function bootstrapClusterNames(bootstraps) {
    const names = bootstraps.map((b) => clusterName(b.app));
    const groups = new Map();
    bootstraps.forEach((b, i) => {
        const name = metadataName(b.app);
        if (name)
            groups.set(name, [...(groups.get(name) ?? []), i]);
    });
    for (const members of groups.values()) {
        if (new Set(members.map((i) => bootstraps[i].file)).size < 2)
            continue;
        const unlabelled = members.filter((i) => !clusterLabelOf(bootstraps[i].app));
        const labels = members.flatMap((i) => clusterLabelOf(bootstraps[i].app) ?? []);
        for (const pick of DISAMBIGUATORS) {
            const candidates = unlabelled.map((i) => pick(bootstraps[i]));
            const all = [...labels, ...candidates];
            if (!candidates.every((c) => c !== null && CLUSTER_NAME.test(c)))
                continue;
            if (new Set(all).size !== all.length)
                continue;
            unlabelled.forEach((i, k) => (names[i] = candidates[k]));
            break;
        }
    }
    return names;
}

// EXTERNAL MODULE: ./src/gitops/repo-url.ts
var repo_url = __webpack_require__(8734);
// EXTERNAL MODULE: ./src/gitops/control-plane-namespace.ts
var control_plane_namespace = __webpack_require__(6260);
// EXTERNAL MODULE: ./src/gitops/env-for-ref.ts
var env_for_ref = __webpack_require__(5529);
;// CONCATENATED MODULE: ./src/gitops/topology.ts
















/**
 * Finds every cluster: bootstrap Applications first, then the config's cluster entries on top.
 * `repo` is what the repository says of itself (its default branch, its origin URL); without it,
 * only the config does.
 */
function discoverTopology(files, config, repo = (0,repo_context/* repoContext */.u0)(config, repo_context/* NO_FACTS */.Kj)) {
    const findings = [];
    const defaultBranch = repo.defaultBranch;
    const byName = new Map();
    const knownNames = new Set(config.clusters.map((c) => c.name));
    const bootstraps = readBootstraps(files, config, findings, knownNames);
    const names = bootstrapClusterNames(bootstraps);
    const namespace = (0,control_plane_namespace/* controlPlaneNamespace */.ld)(config.controlPlaneNamespace, bootstraps.map((b) => b.app));
    bootstraps.forEach((b, i) => {
        if (names[i])
            knownNames.add(names[i]);
        const at = { config, defaultBranch: defaultBranch.name, namespace };
        const cluster = fromBootstrap(b.file, b.root, b.app, names[i], at, findings);
        if (!cluster)
            return;
        const previous = byName.get(cluster.name);
        if (previous) {
            findings.push((0,src_findings/* finding */.gk)('error', 'bootstrap-invalid', `cluster "${cluster.name}" is already defined by ${previous.definedAt.file}:${previous.definedAt.line} (give each bootstrap Application its own cluster label)`, cluster.definedAt, cluster.name));
            return;
        }
        byName.set(cluster.name, cluster);
    });
    for (const override of config.clusters) {
        const existing = byName.get(override.name);
        byName.set(override.name, applyOverride(existing, override, config, defaultBranch.name, namespace));
    }
    const envOrder = Object.keys(config.environments);
    const rank = (c) => c.env && envOrder.includes(c.env) ? envOrder.indexOf(c.env) : envOrder.length;
    const clusters = [...byName.values()].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const c of clusters)
        knownNames.add(c.name);
    return {
        clusters,
        ...repoIdentity(config, repo, clusters),
        defaultBranch: defaultBranch.name,
        defaultBranchSource: defaultBranch.source,
        controlPlaneNamespace: namespace,
        knownNames: [...knownNames].sort(),
        findings,
    };
}
/** This repository's URLs: the config's, the origin remote's, the bootstrap Applications', in that order. */
function repoIdentity(config, repo, clusters) {
    const bootstrap = clusters.flatMap((c) => (c.bootstrap && c.repoURL ? [c.repoURL] : []));
    const found = [
        ['config', config.repoURL],
        ['origin', repo.originURL],
        ...bootstrap.map((u) => ['bootstrap', u]),
    ];
    const known = found.filter((f) => !!f[1]);
    const first = known[0];
    return {
        repoURL: first ? (0,repo_url/* normalizeRepoURL */.l)(first[1]) : null,
        repoURLSource: first ? first[0] : null,
        repoURLs: [...new Set(known.map(([, u]) => (0,repo_url/* normalizeRepoURL */.l)(u)))],
    };
}
/** The Applications of the bootstrap files that Argo CD would take; the others are findings. */
function readBootstraps(files, config, findings, knownNames) {
    const out = [];
    for (const file of (0,glob/* globFiles */.C)(files.root, config.bootstrapGlob)) {
        const loaded = files.readYaml(file);
        if (!loaded)
            continue;
        for (const doc of loaded.documents) {
            if (!doc.root || doc.root.kind !== 'map')
                continue;
            const app = (0,vnode/* toJson */.aB)(doc.root);
            if (app.kind !== 'Application')
                continue;
            // Argo CD would refuse it; reading its fields would only guess.
            const invalid = bootstrapSchemaFindings(doc.root, app);
            if (invalid.length > 0) {
                const named = clusterName(app);
                if (named)
                    knownNames.add(named);
                findings.push(...invalid);
                continue;
            }
            out.push({ file, root: doc.root, app });
        }
    }
    return out;
}
/** Each `ref` of a multi-source bootstrap: the chart's own repository or another one. */
function refsOf(sources, chartRepo) {
    const refs = {};
    if (!Array.isArray(sources))
        return refs;
    const own = typeof chartRepo === 'string' ? (0,repo_url/* normalizeRepoURL */.l)(chartRepo) : null;
    for (const s of sources) {
        if (typeof s.ref !== 'string')
            continue;
        const same = own !== null && typeof s.repoURL === 'string' && (0,repo_url/* normalizeRepoURL */.l)(s.repoURL) === own;
        refs[s.ref] = same ? 'this-repo' : 'other-repo';
    }
    return refs;
}
/** A bootstrap Application against Argo CD's Application schema, each problem where it is written. */
function bootstrapSchemaFindings(root, app) {
    const validate = (0,json_schema/* precompiled */.t8)(argocd_application_schema);
    if (validate(app))
        return [];
    return (0,json_schema/* explain */.WE)(validate.errors ?? [], root, root.pos).map((v) => (0,src_findings/* finding */.gk)('error', 'bootstrap-invalid', `bootstrap Application: ${v.message}`, v.pos));
}
/**
 * The bootstrap's app-of-apps source and where it is: `spec.source`, or the one of `spec.sources` with a
 * path; a message when there is none to pick.
 */
function chartSource(spec) {
    if (spec.source)
        return { source: spec.source, sourcePath: ['spec', 'source'] };
    if (Array.isArray(spec.sources)) {
        const withPath = spec.sources.map((s, i) => [s, i]).filter(([s]) => typeof s.path === 'string');
        if (withPath.length !== 1)
            return 'bootstrap Application with several sources must have exactly one source with a path';
        return { source: withPath[0][0], sourcePath: ['spec', 'sources', String(withPath[0][1])] };
    }
    return { source: {}, sourcePath: ['spec', 'source'] };
}
/** An empty entry of the bootstrap's helm.valueFiles, at its line. */
function emptyValueFiles(root, sourcePath, cluster) {
    const at = (0,vnode/* nodeAt */.oB)(root, [...sourcePath, 'helm', 'valueFiles']);
    if (at?.kind !== 'seq')
        return [];
    return at.items
        .filter((item) => item.kind === 'scalar' && (item.value === null || item.value === ''))
        .map((item) => (0,src_findings/* finding */.gk)('error', 'value-files-empty', 'empty entry in the bootstrap helm.valueFiles', item.pos, cluster));
}
function fromBootstrap(file, root, app, named, { config, defaultBranch, namespace }, findings) {
    const metadata = (app.metadata ?? {});
    const spec = (app.spec ?? {});
    const definedAt = root.pos;
    const bad = (message, at = definedAt) => {
        findings.push((0,src_findings/* finding */.gk)('error', 'bootstrap-invalid', message, at));
        return null;
    };
    if (typeof metadata.name !== 'string' || metadata.name === '')
        return bad('bootstrap Application has no metadata.name');
    const chosen = chartSource(spec);
    if (typeof chosen === 'string')
        return bad(chosen);
    const { source, sourcePath } = chosen;
    if (typeof source.path !== 'string') {
        return bad(`bootstrap Application ${metadata.name} has no spec.source.path (the app-of-apps chart)`);
    }
    const helm = (0,helm_source/* readHelmSource */.ET)(source.helm);
    const name = named ?? metadata.name;
    const controlPlane = (0,control_plane_namespace/* clusterControlPlaneNamespace */.hv)(config.controlPlaneNamespace, app, namespace);
    findings.push(...emptyValueFiles(root, sourcePath, name));
    const targetRevision = typeof source.targetRevision === 'string' && source.targetRevision ? source.targetRevision : 'HEAD';
    const ref = resolveRef(targetRevision, defaultBranch);
    const env = metadata.labels?.env ?? envOfClusterRef(config, ref, defaultBranch);
    return {
        name,
        env,
        envRef: envRefOf(config, env, ref, defaultBranch),
        chart: (0,repo_files/* repoJoin */.pg)('.', source.path),
        valueFiles: helm.valueFiles,
        // Each parameter knows its line (readHelmSource keeps the entries in order: a non-object entry
        // makes the bootstrap fail Argo CD's schema before this).
        parameters: helm.parameters.map((p, i) => {
            const at = (0,vnode/* nodeAt */.oB)(root, [...sourcePath, 'helm', 'parameters', String(i)])?.pos;
            return at ? { ...p, at } : p;
        }),
        values: helm.values,
        valuesObject: helm.valuesObject,
        ignoreMissingValueFiles: helm.ignoreMissingValueFiles,
        releaseName: helm.releaseName ?? metadata.name,
        namespace: helm.namespace ?? spec.destination?.namespace ?? '',
        helmOptions: (0,helm_source/* helmOptions */.XR)(helm),
        application: {
            name: (0,build_variables/* instanceName */.zl)(metadata.name, metadata.namespace, controlPlane),
            namespace: spec.destination?.namespace ?? '',
            project: spec.project ?? '',
            repoURL: typeof source.repoURL === 'string' ? source.repoURL : '',
            path: source.path,
            targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : '',
        },
        controlPlaneNamespace: controlPlane,
        repoURL: typeof source.repoURL === 'string' ? source.repoURL : null,
        targetRevision,
        ref,
        destination: null,
        definedAt,
        bootstrap: { file, node: root, sourcePath },
        valueRefs: refsOf(spec.sources, source.repoURL),
    };
}
function applyOverride(base, o, config, defaultBranch, controlPlane) {
    const definedAt = { file: config.file ?? '.github/gitops-promotion.yaml', line: 1, column: 1 };
    if (!base && !o.chart) {
        throw new errors/* ConfigurationError */.j1(`cluster "${o.name}" has no bootstrap Application, so the config must give its chart`, {
            file: definedAt.file,
        });
    }
    const targetRevision = o.targetRevision ?? base?.targetRevision ?? 'HEAD';
    const ref = resolveRef(targetRevision, defaultBranch);
    const env = o.env ?? base?.env ?? envOfClusterRef(config, ref, defaultBranch);
    return {
        name: o.name,
        env,
        envRef: envRefOf(config, env, ref, defaultBranch),
        chart: o.chart ? (0,repo_files/* repoJoin */.pg)('.', o.chart) : base.chart,
        valueFiles: o.valueFiles ?? base?.valueFiles ?? [],
        parameters: o.parameters ?? base?.parameters ?? [],
        values: o.values ?? base?.values ?? null,
        valuesObject: o.valuesObject ?? base?.valuesObject ?? null,
        ignoreMissingValueFiles: base?.ignoreMissingValueFiles ?? false,
        releaseName: o.releaseName ?? base?.releaseName ?? `${o.name}${BOOTSTRAP_SUFFIX}`,
        namespace: o.namespace ?? base?.namespace ?? controlPlane,
        helmOptions: base?.helmOptions ?? helm_source/* NO_HELM_OPTIONS */.wi,
        application: base?.application ?? {
            name: `${o.name}${BOOTSTRAP_SUFFIX}`,
            namespace: o.namespace ?? '',
            project: '',
            repoURL: config.repoURL ?? '',
            path: o.chart ?? '',
            targetRevision,
        },
        controlPlaneNamespace: base?.controlPlaneNamespace ?? controlPlane,
        repoURL: base?.repoURL ?? config.repoURL,
        targetRevision,
        ref,
        destination: o.destination ?? base?.destination ?? null,
        definedAt: base?.definedAt ?? definedAt,
        bootstrap: base?.bootstrap ?? null,
        valueRefs: base?.valueRefs ?? {},
    };
}
/**
 * `HEAD` (and an empty revision) track the default branch (null when it is unknown); `refs/heads/x`
 * is `x`.
 */
function resolveRef(targetRevision, defaultBranch) {
    if (isHead(targetRevision))
        return defaultBranch;
    return targetRevision.replace(/^refs\/(heads|tags)\//, '');
}
/** A revision that means "the default branch". */
function isHead(targetRevision) {
    return targetRevision === '' || targetRevision === 'HEAD';
}
/** The environment a ref's clusters belong to: the configured one, else the default dev on the default branch. */
function envOfClusterRef(config, ref, defaultBranch) {
    if (ref === null)
        return null;
    return (0,env_for_ref/* envForRef */.C)(config, ref) ?? (tracksDefaultDev(config, 'dev', ref, defaultBranch) ? 'dev' : null);
}
/** The ref an environment's clusters track (the configured one, or the default branch for the default dev). */
function envRefOf(config, env, ref, defaultBranch) {
    if (env === null)
        return null;
    if (tracksDefaultDev(config, env, ref, defaultBranch))
        return defaultBranch;
    return config.environments[env]?.ref ?? null;
}
/**
 * Without configured environments, the dev environment tracks branch `dev` or the default branch
 * (DESIGN: bootstrap HEAD means it): a `main` repository's dev clusters on HEAD are where they belong.
 */
function tracksDefaultDev(config, env, ref, defaultBranch) {
    return (!config.environmentsConfigured &&
        env === 'dev' &&
        ref !== null &&
        ref === defaultBranch &&
        'dev' in config.environments);
}
/** Position of a field of the bootstrap Application's source (e.g. `targetRevision`), if written there. */
function bootstrapFieldPos(cluster, field) {
    if (!cluster.bootstrap)
        return null;
    const node = (0,vnode/* nodeAt */.oB)(cluster.bootstrap.node, [...cluster.bootstrap.sourcePath, ...field]);
    return node?.pos ?? null;
}


/***/ }),

/***/ 3453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ mergeValues)
/* harmony export */ });
/**
 * Helm's merge of values sources, in order (chart values.yaml, then each values file, inline
 * values, then --set): maps merge deeply, lists and scalars replace, and a `null` removes the key.
 * Positions travel with the values, so every merged value still knows the file that last set it.
 * Inputs are never modified.
 */
function mergeValues(sources) {
    let result = null;
    for (const source of sources) {
        if (!source || source.kind !== 'map')
            continue;
        result = result ? mergeMaps(result, source) : stripNulls(source);
    }
    return result;
}
function mergeMaps(base, overlay) {
    const entries = new Map(base.entries);
    for (const [key, value] of overlay.entries) {
        if (value.kind === 'scalar' && value.value === null) {
            entries.delete(key);
            continue;
        }
        const current = entries.get(key);
        if (current?.kind === 'map' && value.kind === 'map')
            entries.set(key, mergeMaps(current, value));
        else
            entries.set(key, value.kind === 'map' ? stripNulls(value) : value);
    }
    return { ...base, entries };
}
function stripNulls(map) {
    const entries = new Map();
    for (const [key, value] of map.entries) {
        if (value.kind === 'scalar' && value.value === null)
            continue;
        entries.set(key, value.kind === 'map' ? stripNulls(value) : value);
    }
    return { ...map, entries };
}


/***/ }),

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ leaves),
/* harmony export */   MT: () => (/* binding */ deepestNodeAt),
/* harmony export */   Rf: () => (/* binding */ fromJson),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   uj: () => (/* binding */ pathToString)
/* harmony export */ });
function toJson(node) {
    switch (node.kind) {
        case 'map': {
            const out = {};
            for (const [k, v] of node.entries)
                out[k] = toJson(v);
            return out;
        }
        case 'seq':
            return node.items.map(toJson);
        case 'scalar':
            return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    }
}
/** Builds a VNode from plain data (values that came from the command line or config), all at one position. */
function fromJson(value, pos) {
    if (Array.isArray(value))
        return { kind: 'seq', pos, items: value.map((v) => fromJson(v, pos)) };
    if (value !== null && typeof value === 'object') {
        const entries = new Map();
        for (const [k, v] of Object.entries(value))
            entries.set(k, { ...fromJson(v, pos), keyPos: pos });
        return { kind: 'map', pos, entries };
    }
    if (value === undefined)
        return { kind: 'scalar', pos, value: null };
    return { kind: 'scalar', pos, value: value };
}
/** The node at a JSON pointer-like path of segments, or undefined. */
function nodeAt(root, path) {
    let node = root;
    for (const seg of path) {
        if (!node)
            return undefined;
        if (node.kind === 'map')
            node = node.entries.get(seg);
        else if (node.kind === 'seq')
            node = node.items[Number(seg)];
        else
            return undefined;
    }
    return node;
}
/** The deepest existing node along a path: where to point when the path itself does not exist. */
function deepestNodeAt(root, path) {
    let node = root;
    for (const seg of path) {
        const next = node.kind === 'map' ? node.entries.get(seg) : node.kind === 'seq' ? node.items[Number(seg)] : undefined;
        if (!next)
            break;
        node = next;
    }
    return node;
}
/** Every scalar leaf with its path, depth first in document order. */
function* leaves(node, path = []) {
    if (node.kind === 'scalar') {
        yield { path, node };
    }
    else if (node.kind === 'map') {
        for (const [k, v] of node.entries)
            yield* leaves(v, [...path, k]);
    }
    else {
        for (let i = 0; i < node.items.length; i++)
            yield* leaves(node.items[i], [...path, String(i)]);
    }
}
function pathToString(path) {
    return path
        .map((p) => (/^[A-Za-z_][\w-]*$/.test(p) ? `.${p}` : /^\d+$/.test(p) ? `[${p}]` : `["${p}"]`))
        .join('')
        .replace(/^\./, '');
}


/***/ }),

/***/ 9680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DF: () => (/* binding */ defaultYamlLimits),
  hN: () => (/* binding */ parseYaml),
  ah: () => (/* binding */ stopsHelm),
  g$: () => (/* binding */ tooLarge)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
;// CONCATENATED MODULE: ./src/gitops/yaml-convert.ts

/** A document that cannot be converted within its budget, or whose alias is inside its own anchor. */
class AliasLimitError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
    }
}
/**
 * Converts a parsed YAML document into located values, expanding aliases as Helm's reader does, within
 * a budget of `maxExpandedNodes` nodes produced by expansion. Each anchored value is converted once and
 * shared by its aliases (values are never modified in place), and each alias adds the full expanded
 * size of its anchor to the count: a billion-laughs document is refused after converting its own few
 * nodes, while hundreds of ordinary aliases cost what they expand to.
 */
function convertDocument(doc, at, maxExpandedNodes) {
    if (!doc.contents)
        return null;
    return new Converter(doc, at, maxExpandedNodes).convert(doc.contents).node;
}
class Converter {
    at;
    budget;
    targets;
    anchored = new Map();
    converting = new Set();
    expanded = 0;
    constructor(doc, at, budget) {
        this.at = at;
        this.budget = budget;
        this.targets = aliasTargets(doc);
    }
    convert(node, posOverride) {
        const pos = posOverride ?? this.at(node.range?.[0] ?? 0);
        if ((0,dist/* isAlias */.Vj)(node))
            return this.expand(node, pos);
        const anchor = node.anchor;
        if (!anchor)
            return this.convertValue(node, pos);
        this.converting.add(node);
        const converted = this.convertValue(node, pos);
        this.converting.delete(node);
        this.anchored.set(node, converted);
        return converted;
    }
    expand(alias, pos) {
        const target = this.targets.get(alias) ?? null;
        if (!target)
            return { node: { kind: 'scalar', pos, value: null }, size: 1 };
        if (this.converting.has(target)) {
            throw new AliasLimitError(`alias *${alias.source} is inside the value it refers to`, pos);
        }
        const shared = this.anchored.get(target) ?? this.convert(target);
        this.expanded += shared.size;
        if (this.expanded > this.budget) {
            throw new AliasLimitError(`aliases expand to more than ${this.budget} nodes (limits.maxExpandedNodes): an alias bomb?`, pos);
        }
        return { node: { ...shared.node, pos }, size: shared.size };
    }
    convertValue(node, pos) {
        if ((0,dist/* isScalar */.jn)(node))
            return { node: { kind: 'scalar', pos, value: scalarValue(node) }, size: 1 };
        if ((0,dist/* isSeq */.oP)(node)) {
            let size = 1;
            const items = node.items.map((item) => {
                if (!item)
                    return { kind: 'scalar', pos, value: null };
                const c = this.convert(item);
                size += c.size;
                return c.node;
            });
            return { node: { kind: 'seq', pos, items }, size };
        }
        if ((0,dist/* isMap */.jh)(node))
            return this.convertMap(node, pos);
        return { node: { kind: 'scalar', pos, value: null }, size: 1 };
    }
    convertMap(node, pos) {
        const entries = new Map();
        const merged = [];
        let size = 1;
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = pair.key;
            const keyPos = this.at(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
            const key = keyNode && (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const value = pair.value ? this.convert(pair.value) : null;
            if (value)
                size += value.size;
            if (keyNode && (0,dist/* isScalar */.jn)(keyNode) && (keyNode.value === '<<' || typeof keyNode.value === 'symbol')) {
                if (value?.node.kind === 'map')
                    merged.push(value.node);
                else if (value?.node.kind === 'seq')
                    merged.push(...value.node.items.filter((i) => i.kind === 'map'));
                continue;
            }
            entries.set(key, { ...(value?.node ?? { kind: 'scalar', pos: keyPos, value: null }), keyPos });
        }
        // YAML merge keys: explicit keys win, earlier merged maps win over later ones.
        for (const m of merged) {
            if (m.kind !== 'map')
                continue;
            for (const [k, v] of m.entries)
                if (!entries.has(k))
                    entries.set(k, v);
        }
        return { node: { kind: 'map', pos, entries }, size };
    }
}
/**
 * What each alias refers to: the last node with its anchor before it, in document order (as the
 * `yaml` package resolves one, but for all aliases in one pass instead of one pass per alias).
 */
function aliasTargets(doc) {
    const out = new Map();
    const anchors = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node: (_key, node) => {
            if ((0,dist/* isAlias */.Vj)(node))
                out.set(node, anchors.get(node.source) ?? null);
            else if (node.anchor)
                anchors.set(node.anchor, node);
        },
    });
    return out;
}
function scalarValue(node) {
    const v = node.value;
    // yaml's 1.1 schema reads a lone `.` (or `1.2.3`-like text) as NaN; Go's YAML reads a string.
    const source = node.source;
    if (typeof v === 'number' &&
        Number.isNaN(v) &&
        typeof source === 'string' &&
        !/^[-+]?\.nan$/i.test(source)) {
        return source;
    }
    const value = v instanceof Date ? v.toISOString() : v;
    return value ?? null;
}

;// CONCATENATED MODULE: ./src/gitops/yaml-source.ts



const defaultYamlLimits = {
    maxFileBytes: 1024 * 1024,
    maxExpandedNodes: 200_000,
};
/**
 * A duplicate key is an error we report, but helm (Go's YAML, Helm 3 and 4) and so Argo CD read the
 * document anyway, the last value winning: the document is kept, built that way.
 */
const READ_ANYWAY = new Set(['DUPLICATE_KEY']);
/** True for a finding that means helm could not read the file either (all but a duplicate key). */
function stopsHelm(f) {
    return f.rule !== 'yaml-duplicate-key';
}
const ruleForCode = {
    DUPLICATE_KEY: 'yaml-duplicate-key',
    TAB_AS_INDENT: 'yaml-tab',
};
/**
 * Parses YAML the way Helm's YAML 1.1 reader sees it, keeping the line and column of every value.
 * Never throws for bad input: syntax errors, duplicate keys, tabs, alias bombs and oversized
 * files come back as findings and the documents that could be read.
 */
function parseYaml(file, text, limits = defaultYamlLimits, 
/** '1.1' reads values as Helm's Go YAML does (`yes` is true); '1.2' is for our own config (`off` is a string). */
version = '1.1') {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxFileBytes)
        return tooLarge(file, bytes, limits);
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        lineCounter,
        version,
        merge: true,
        uniqueKeys: true,
        prettyErrors: false,
    });
    const findings = [];
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const list = Array.isArray(docs) ? docs : [docs];
    const documents = [];
    for (const doc of list) {
        for (const err of doc.errors) {
            const pos = at(err.pos[0]);
            findings.push((0,src_findings/* finding */.gk)('error', ruleForCode[err.code] ?? 'yaml-syntax', cleanMessage(err.message), pos));
        }
        if (doc.errors.some((e) => !READ_ANYWAY.has(e.code)))
            continue;
        try {
            const root = convertDocument(doc, at, limits.maxExpandedNodes);
            const comment = doc.commentBefore ?? doc.contents?.commentBefore ?? null;
            documents.push({ root, commentBefore: comment, line: at(doc.range[0]).line });
        }
        catch (e) {
            if (!(e instanceof AliasLimitError))
                throw e;
            findings.push((0,src_findings/* finding */.gk)('error', 'yaml-alias-limit', e.message, e.pos));
        }
    }
    return { file, documents, findings };
}
/** The result for a file over the size limit: one finding, nothing parsed. */
function tooLarge(file, bytes, limits) {
    const message = `file is ${bytes} bytes, over the limit of ${limits.maxFileBytes} bytes`;
    return {
        file,
        documents: [],
        findings: [(0,src_findings/* finding */.gk)('error', 'yaml-file-too-large', message, { file, line: 1, column: 1 })],
    };
}
function cleanMessage(message) {
    return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}


/***/ }),

/***/ 3600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ releaseNameProblem),
/* harmony export */   Mt: () => (/* binding */ apiVersionProblem),
/* harmony export */   bw: () => (/* binding */ namespaceProblem),
/* harmony export */   c2: () => (/* binding */ parameterNameProblem),
/* harmony export */   rS: () => (/* binding */ kubeVersionProblem)
/* harmony export */ });
/* harmony import */ var _util_clip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5940);
/**
 * What each repository-controlled value that becomes a helm argument may look like. A value is
 * checked for its kind before it is used: a bad one is a finding at its file and line (the domain
 * calls these), and the helm wrapper refuses to run with one (a last line of defence).
 * Each check returns why the value is refused, or null when it is fine.
 */

/** Helm's own release-name rule (a lowercase RFC 1123 subdomain), at most 53 characters. */
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A Kubernetes namespace: an RFC 1123 label, at most 63 characters. */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * A `--set` name in Helm's strvals path grammar: keys of letters, digits, `_`, `-`, `/`, `@`, `:`,
 * `\.`-escaped dots, dots between keys and `[N]` list indexes. No `,` or `=` (they would start
 * another assignment), no space or control character, never a leading `-`.
 */
const PARAMETER_NAME = /^(?![-.])(?!.*\.$)(?:[A-Za-z0-9_/@:-]|\\[.\\,=[\]]|\.(?!\.)|\[\d+\])+$/;
/** `1.29`, `v1.29.3`, `1.29.3-gke.1200`: what `--kube-version` accepts. */
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.+-]+)?$/;
/** `v1`, `apps/v1`, `monitoring.coreos.com/v1/ServiceMonitor`. */
const API_VERSION = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9][0-9a-z]*(\/[A-Za-z][A-Za-z0-9]*)?$/;
function releaseNameProblem(name) {
    if (name.length > 53)
        return `release name "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" is longer than 53 characters (helm's limit)`;
    if (!RELEASE_NAME.test(name))
        return `release name "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" is not a valid helm release name (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit)`;
    return null;
}
function namespaceProblem(namespace) {
    if (namespace.length > 63 || !NAMESPACE.test(namespace))
        return `namespace "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(namespace)}" is not a valid Kubernetes namespace (an RFC 1123 label: lowercase letters, digits and "-", at most 63 characters)`;
    return null;
}
function parameterNameProblem(name) {
    if (!PARAMETER_NAME.test(name))
        return `parameter name "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(name)}" is not a helm --set path (keys of letters, digits, "_", "-", "/", dots between keys, [N] indexes; no "=", ",", spaces or a leading "-")`;
    return null;
}
function kubeVersionProblem(version) {
    if (!KUBE_VERSION.test(version))
        return `kubeVersion "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(version)}" is not a Kubernetes version (e.g. 1.30 or v1.30.2)`;
    return null;
}
function apiVersionProblem(version) {
    if (!API_VERSION.test(version))
        return `API version "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(version)}" is not a Kubernetes API version (e.g. v1, apps/v1 or monitoring.coreos.com/v1/ServiceMonitor)`;
    return null;
}


/***/ }),

/***/ 6272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ helmErrorText),
/* harmony export */   q: () => (/* binding */ helmErrorLines)
/* harmony export */ });
/**
 * The error in what helm wrote to stderr, without the log lines around it.
 *
 * Helm 4 logs through `slog`: warnings and notes come as `level=WARN msg="this chart is deprecated"`,
 * `level=INFO msg="warning: skipped value for …"` (and `level=DEBUG …` with `--debug`) before the error. Helm 3
 * writes the same notes as `WARNING: …`, `coalesce.go:237: warning: …`, `walk.go:…`. Both end with the error
 * itself (`Error: …`) and often the hint `Use --debug flag to render out invalid YAML`. A `level=ERROR` line is
 * kept: it is an error.
 */
const LOG_LINE = /^level=(?:DEBUG|INFO|WARN) /;
const HELM3_NOTE = /^(?:WARNING\b|walk\.go|coalesce\.go)/i;
const DEBUG_HINT = /^Use --debug flag/;
/** The lines of helm's stderr that are the error, trimmed, each without helm's `Error: ` prefix. */
function helmErrorLines(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !LOG_LINE.test(l) && !HELM3_NOTE.test(l) && !DEBUG_HINT.test(l))
        .map((l) => l.replace(/^Error: /, ''));
}
/** Helm's error as one line (`no message` when it wrote nothing but notes). */
function helmErrorText(stderr) {
    return helmErrorLines(stderr).join(' ') || 'no message';
}


/***/ }),

/***/ 5098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tl: () => (/* binding */ HELM_ENV),
  xs: () => (/* binding */ createHelm),
  ux: () => (/* binding */ resolveHelmBinary),
  Jr: () => (/* binding */ tryResolveHelmBinary)
});

// UNUSED EXPORTS: Helm

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(2017);
// EXTERNAL MODULE: ./src/helm/arguments.ts
var helm_arguments = __webpack_require__(3600);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/helm/template-flow.ts
const SAFE = { safe: true };
const NOTHING = {};
/** Fields of the root context whose value is the wrapper's, not the chart's, in a batch. */
const DIFFERING = new Set(['Chart', 'Release', 'Template', 'Files', 'Subcharts']);
const MAX_RECORD_DEPTH = 4;
const MAX_ROUNDS = 40;
class Refused extends Error {
}
/** Null when every template is proven to render the same in a batch; else why not. */
function batchRefusal(files, options) {
    const flow = new Flow(options.valuesExact);
    try {
        for (const f of files)
            for (const d of f.template.defines)
                if (d.name.includes('/'))
                    throw new Refused(`${f.path}: define "${d.name}" may shadow a file's template`);
        for (let round = 0; round < MAX_ROUNDS; round++) {
            flow.changed = false;
            files.forEach((f, i) => flow.walkFile(f, i));
            if (!flow.changed)
                return null;
        }
        return 'the templates did not settle (too deep)';
    }
    catch (e) {
        if (e instanceof Refused)
            return e.message;
        throw e;
    }
}
class Flow {
    valuesExact;
    changed = false;
    calls = new Map();
    scopes = new Map();
    constructor(valuesExact) {
        this.valuesExact = valuesExact;
    }
    walkFile(f, index) {
        this.walk(f.template.top, {
            file: f.path,
            dot: { root: true },
            dollar: { root: true },
            vars: this.scope(`${index}`),
        });
        f.template.defines.forEach((d, j) => {
            const data = this.calls.get(d.name) ?? NOTHING;
            this.walk(d.body, { file: f.path, dot: data, dollar: data, vars: this.scope(`${index}:${j}`) });
        });
    }
    scope(id) {
        let vars = this.scopes.get(id);
        if (!vars)
            this.scopes.set(id, (vars = new Map()));
        return vars;
    }
    walk(nodes, ctx) {
        for (const n of nodes) {
            const at = `${ctx.file}:${n.line}`;
            if (n.k === 'print') {
                const t = this.pipe(n.pipe, ctx, at);
                if (n.pipe.vars.length === 0)
                    this.requireSafe(t, at, 'printed');
            }
            else if (n.k === 'call') {
                this.call(n.name, n.pipe ? this.pipe(n.pipe, ctx, at) : SAFE, at);
            }
            else if (n.k === 'range') {
                this.requireSafe(this.commands(n.pipe, ctx, at), at, 'ranged over');
                for (const v of n.pipe.vars)
                    this.assign(ctx, v, SAFE);
                this.walk(n.body, { ...ctx, dot: SAFE });
                this.walk(n.alt, ctx);
            }
            else {
                const t = this.pipe(n.pipe, ctx, at);
                this.requireSafe(t, at, `tested by ${n.k}`);
                this.walk(n.body, n.k === 'with' ? { ...ctx, dot: t } : ctx);
                this.walk(n.alt, ctx);
            }
        }
    }
    pipe(pipe, ctx, at) {
        const t = this.commands(pipe, ctx, at);
        for (const v of pipe.vars)
            this.assign(ctx, v, t);
        return t;
    }
    commands(pipe, ctx, at) {
        let piped = null;
        for (const cmd of pipe.cmds)
            piped = this.command(cmd, ctx, at, piped);
        return piped ?? NOTHING;
    }
    command(cmd, ctx, at, piped) {
        const [first, ...rest] = cmd;
        const args = rest.map((o) => this.arg(o, ctx, at));
        if (piped)
            args.push({ ty: piped, constant: null });
        if (first.term.k === 'func' && first.chain.length === 0)
            return this.func(first.term.name, args, at);
        const t = this.operand(first, ctx, at);
        if (args.length === 0)
            return t;
        // A method called with arguments (`.Capabilities.APIVersions.Has "x"`): on plain data only.
        this.requireSafe(t, at, 'called');
        for (const a of args)
            this.requireSafe(a.ty, at, 'given to a method');
        return SAFE;
    }
    arg(o, ctx, at) {
        const constant = o.term.k === 'string' && o.chain.length === 0 ? o.term.value : null;
        return { ty: this.operand(o, ctx, at), constant };
    }
    operand(o, ctx, at) {
        let t = this.term(o.term, ctx, at);
        for (const name of o.chain)
            t = this.field(t, name, at);
        return t;
    }
    term(term, ctx, at) {
        switch (term.k) {
            case 'dot':
                return ctx.dot;
            case 'var':
                // Not assigned yet in this round: the next round sees what the variable gets.
                return term.name === '$' ? ctx.dollar : (ctx.vars.get(term.name) ?? NOTHING);
            case 'func':
                return this.func(term.name, [], at);
            case 'paren':
                return this.commands(term.pipe, ctx, at);
            default:
                return SAFE;
        }
    }
    field(t, name, at) {
        if (isNothing(t))
            return NOTHING;
        if (DIFFERING.has(name))
            throw new Refused(`${at}: .${name} is the batch wrapper's`);
        const parts = [];
        if (t.safe)
            parts.push(SAFE);
        if (t.root)
            parts.push(this.rootField(name));
        if (t.values) {
            if (name === 'global')
                throw new Refused(`${at}: .Values.global is {} in a batch (no global in values.yaml)`);
            parts.push(SAFE);
        }
        if (t.caps)
            parts.push(name === 'APIVersions' ? { apis: true } : SAFE);
        if (t.apis) {
            if (name !== 'Has')
                throw new Refused(`${at}: .Capabilities.APIVersions is shared in a batch`);
            parts.push(SAFE);
        }
        if (t.rec)
            parts.push(t.rec.get(name) ?? SAFE);
        return parts.reduce(join, NOTHING);
    }
    rootField(name) {
        if (name === 'Values')
            return this.valuesExact ? SAFE : { values: true };
        if (name === 'Capabilities')
            return { caps: true };
        return SAFE;
    }
    func(name, args, at) {
        if (name === 'tpl' || name === 'lookup')
            throw new Refused(`${at}: ${name} is not followed`);
        if (name === 'include') {
            if (args.length !== 2)
                throw new Refused(`${at}: include takes a name and data`);
            this.call(args[0].constant, args[1].ty, at);
            return SAFE;
        }
        if (name === 'dict' && args.some((a) => !isSafe(a.ty)))
            return this.record(args, at);
        for (const a of args)
            this.requireSafe(a.ty, at, `given to ${name}`);
        return SAFE;
    }
    /** `dict "root" $ "key" "x"`: a record of what each constant key holds. */
    record(args, at) {
        const rec = new Map();
        for (let i = 0; i < args.length; i += 2) {
            const key = args[i].constant;
            if (key === null)
                throw new Refused(`${at}: a dict holding the root context has a computed key`);
            rec.set(key, args[i + 1]?.ty ?? SAFE);
        }
        const t = { rec };
        if (depth(t) > MAX_RECORD_DEPTH)
            throw new Refused(`${at}: dicts nested too deep to follow`);
        return t;
    }
    /**
     * A template called with `data`. Its name must be a constant naming no file: in a batch the files'
     * templates are `gp-batch/charts/<alias>/…`, so a computed name could name one that only exists there.
     */
    call(name, data, at) {
        if (name === null)
            throw new Refused(`${at}: an include of a computed template name`);
        if (name.includes('/'))
            throw new Refused(`${at}: an include of "${name}", which may name a file's template`);
        const before = this.calls.get(name) ?? NOTHING;
        const after = join(before, data);
        if (!same(before, after)) {
            this.calls.set(name, after);
            this.changed = true;
        }
    }
    grown(before, more) {
        const after = join(before, more);
        if (!same(before, after))
            this.changed = true;
        return after;
    }
    assign(ctx, name, t) {
        ctx.vars.set(name, this.grown(ctx.vars.get(name) ?? NOTHING, t));
    }
    requireSafe(t, at, what) {
        if (isSafe(t))
            return;
        const which = t.root
            ? 'the root context'
            : t.values
                ? 'the whole .Values'
                : t.caps || t.apis
                    ? '.Capabilities'
                    : 'a dict holding the root context';
        throw new Refused(`${at}: ${which} may be ${what}`);
    }
}
function isNothing(t) {
    return !t.safe && isSafe(t);
}
function isSafe(t) {
    return !t.root && !t.values && !t.caps && !t.apis && !t.rec;
}
function join(a, b) {
    const out = {};
    for (const k of ['safe', 'root', 'values', 'caps', 'apis'])
        if (a[k] || b[k])
            out[k] = true;
    if (a.rec || b.rec) {
        const rec = new Map();
        for (const key of new Set([...(a.rec?.keys() ?? []), ...(b.rec?.keys() ?? [])])) {
            // A key one side lacks reads as nil there.
            const side = (r) => (r ? (r.get(key) ?? SAFE) : NOTHING);
            rec.set(key, join(side(a.rec), side(b.rec)));
        }
        out.rec = rec;
    }
    return out;
}
function same(a, b) {
    for (const k of ['safe', 'root', 'values', 'caps', 'apis'])
        if (!a[k] !== !b[k])
            return false;
    if (!a.rec || !b.rec)
        return !a.rec === !b.rec;
    if (a.rec.size !== b.rec.size)
        return false;
    for (const [key, t] of a.rec) {
        const other = b.rec.get(key);
        if (!other || !same(t, other))
            return false;
    }
    return true;
}
function depth(t) {
    if (!t.rec)
        return 0;
    return 1 + Math.max(0, ...[...t.rec.values()].map(depth));
}

;// CONCATENATED MODULE: ./src/helm/template-lex.ts
/**
 * The actions of a Go text/template file (what helm parses every file under templates/ as), lexed the
 * way text/template/parse/lex.go does: `{{` … `}}` with the trim markers `{{- ` and ` -}}`, comments
 * `{{/* … *\/}}`, quoted, raw and character constants (a `}}` inside one does not end the action).
 * Text between actions is not kept. Whatever this lexer does not know for sure it refuses: the file
 * is then not proven batchable, and renders alone (src/helm/batch-chart.ts).
 */
const KEYWORDS = new Set([
    'block',
    'break',
    'continue',
    'define',
    'else',
    'end',
    'if',
    'range',
    'nil',
    'template',
    'with',
]);
const SPACE = /[ \t\r\n]/;
const ALNUM = /[\p{L}\p{Nd}_]/u;
class template_lex_Refused extends Error {
}
/** Every action of `text`, comments dropped. */
function lexTemplate(text) {
    const actions = [];
    let pos = 0;
    try {
        for (;;) {
            const start = text.indexOf('{{', pos);
            if (start < 0)
                return { ok: true, actions };
            const line = lineAt(text, start);
            let at = start + 2;
            if (text[at] === '-' && SPACE.test(text[at + 1] ?? ''))
                at += 2;
            if (text.startsWith('/*', at)) {
                pos = skipComment(text, at, line);
                continue;
            }
            const lexed = lexAction(text, at, line);
            actions.push({ tokens: lexed.tokens, line });
            pos = lexed.end;
        }
    }
    catch (e) {
        if (e instanceof template_lex_Refused)
            return { ok: false, reason: e.message };
        throw e;
    }
}
function lineAt(text, index) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** The length of the right delimiter at `at` (`}}` or ` -}}`), or 0. */
function rightDelim(text, at) {
    if (SPACE.test(text[at] ?? '') && text.startsWith('-}}', at + 1))
        return 4;
    return text.startsWith('}}', at) ? 2 : 0;
}
function skipComment(text, at, line) {
    const close = text.indexOf('*/', at + 2);
    if (close < 0)
        throw new template_lex_Refused(`line ${line}: unclosed comment`);
    const delim = rightDelim(text, close + 2);
    if (!delim)
        throw new template_lex_Refused(`line ${line}: comment ends before the closing delimiter`);
    return close + 2 + delim;
}
/** The tokens of one action, from after its left delimiter to past its right one. */
function lexAction(text, from, line) {
    const tokens = [];
    let at = from;
    let depth = 0;
    for (;;) {
        const delim = rightDelim(text, at);
        if (delim) {
            if (depth !== 0)
                throw new template_lex_Refused(`line ${line}: unclosed left parenthesis`);
            return { tokens, end: at + delim };
        }
        if (at >= text.length)
            throw new template_lex_Refused(`line ${line}: unclosed action`);
        const next = lexToken(text, at, line);
        if (next.token.t === 'lparen')
            depth++;
        if (next.token.t === 'rparen' && --depth < 0)
            throw new template_lex_Refused(`line ${line}: unexpected )`);
        tokens.push(next.token);
        at = next.end;
    }
}
function lexToken(text, at, line) {
    const c = text[at];
    const simple = {
        '|': { t: 'pipe' },
        '=': { t: 'assign' },
        ',': { t: 'comma' },
        '(': { t: 'lparen' },
        ')': { t: 'rparen' },
    };
    if (SPACE.test(c)) {
        let end = at;
        while (SPACE.test(text[end] ?? '') && !rightDelim(text, end))
            end++;
        return { token: { t: 'space' }, end: Math.max(end, at + 1) };
    }
    if (simple[c])
        return { token: simple[c], end: at + 1 };
    if (c === ':') {
        if (text[at + 1] !== '=')
            throw new template_lex_Refused(`line ${line}: expected :=`);
        return { token: { t: 'declare' }, end: at + 2 };
    }
    if (c === '"')
        return quoted(text, at, line);
    if (c === '`')
        return raw(text, at, line);
    if (c === "'")
        return charConstant(text, at, line);
    if (c === '$' || (c === '.' && !/[0-9]/.test(text[at + 1] ?? '')))
        return fieldOrVariable(text, at, line);
    if (/[0-9+\-.]/.test(c))
        return numberConstant(text, at, line);
    if (ALNUM.test(c))
        return identifier(text, at, line);
    throw new template_lex_Refused(`line ${line}: unexpected character ${JSON.stringify(c)} in an action`);
}
/** lex.go's atTerminator: what may follow a word. */
function atTerminator(text, at) {
    const c = text[at];
    return c === undefined || SPACE.test(c) || '.,|:()'.includes(c) || rightDelim(text, at) > 0;
}
function word(text, at) {
    let end = at;
    while (end < text.length && ALNUM.test(text[end]))
        end++;
    return end;
}
function fieldOrVariable(text, at, line) {
    const end = word(text, at + 1);
    if (!atTerminator(text, end))
        throw new template_lex_Refused(`line ${line}: bad character after ${text.slice(at, end)}`);
    const name = text.slice(at + 1, end);
    if (text[at] === '$')
        return { token: { t: 'var', name: `$${name}` }, end };
    return { token: name ? { t: 'field', name } : { t: 'dot' }, end };
}
function identifier(text, at, line) {
    const end = word(text, at);
    if (!atTerminator(text, end))
        throw new template_lex_Refused(`line ${line}: bad character after ${text.slice(at, end)}`);
    const name = text.slice(at, end);
    if (name === 'true' || name === 'false')
        return { token: { t: 'literal' }, end };
    return { token: KEYWORDS.has(name) ? { t: 'keyword', name } : { t: 'ident', name }, end };
}
/** A number constant, refused unless it is a plain one followed by a terminator. */
function numberConstant(text, at, line) {
    const m = /^[+-]?(?:0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+)/.exec(text.slice(at, at + 64));
    const end = at + (m?.[0].length ?? 0);
    if (!m || (text[end] !== undefined && !SPACE.test(text[end]) && !'|)}'.includes(text[end])))
        throw new template_lex_Refused(`line ${line}: a number this check does not read`);
    return { token: { t: 'literal' }, end };
}
function quoted(text, at, line) {
    let escaped = false;
    for (let i = at + 1; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            break;
        if (c === '\\') {
            escaped = true;
            i++;
            if (text[i] === '\n' || text[i] === undefined)
                break;
            continue;
        }
        if (c === '"') {
            const value = escaped ? null : text.slice(at + 1, i);
            return { token: { t: 'string', value }, end: i + 1 };
        }
    }
    throw new template_lex_Refused(`line ${line}: unterminated quoted string`);
}
function raw(text, at, line) {
    const close = text.indexOf('`', at + 1);
    if (close < 0)
        throw new template_lex_Refused(`line ${line}: unterminated raw string`);
    return { token: { t: 'string', value: text.slice(at + 1, close) }, end: close + 1 };
}
function charConstant(text, at, line) {
    for (let i = at + 1; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            break;
        if (c === '\\') {
            i++;
            if (text[i] === '\n' || text[i] === undefined)
                break;
            continue;
        }
        if (c === "'")
            return { token: { t: 'literal' }, end: i + 1 };
    }
    throw new template_lex_Refused(`line ${line}: unterminated character constant`);
}

;// CONCATENATED MODULE: ./src/helm/template-parse.ts
class template_parse_Refused extends Error {
}
function parseTemplate(actions) {
    const out = { top: [], defines: [] };
    const stack = [];
    const list = () => {
        const open = stack.at(-1);
        if (!open)
            return out.top;
        return open.inAlt && open.node.k !== 'define' ? open.node.alt : open.node.body;
    };
    try {
        for (const a of actions)
            parseAction(a, stack, list, out);
        if (stack.length > 0)
            throw new template_parse_Refused('a block is not closed');
        return { ok: true, template: out };
    }
    catch (e) {
        if (e instanceof template_parse_Refused)
            return { ok: false, reason: e.message };
        throw e;
    }
}
function parseAction(a, stack, list, out) {
    const tokens = a.tokens;
    const first = skipSpace(tokens, 0);
    const head = tokens[first];
    const fail = (what) => {
        throw new template_parse_Refused(`line ${a.line}: ${what}`);
    };
    if (!head)
        return fail('empty action');
    if (head.t !== 'keyword' || head.name === 'nil')
        return void list().push({ k: 'print', pipe: pipeline(tokens, first, a.line), line: a.line });
    const rest = skipSpace(tokens, first + 1);
    switch (head.name) {
        case 'if':
        case 'with':
        case 'range': {
            const node = {
                k: head.name,
                pipe: pipeline(tokens, rest, a.line),
                body: [],
                alt: [],
                line: a.line,
            };
            list().push(node);
            return void stack.push({ node, inAlt: false, chained: false });
        }
        case 'else':
            return elseBranch(tokens, rest, a.line, stack, list);
        case 'end':
            if (rest < tokens.length)
                fail('end takes nothing');
            while (stack.at(-1)?.chained)
                stack.pop();
            if (!stack.pop())
                fail('end without a block');
            return;
        case 'define':
        case 'block':
            return defineBlock(head.name, tokens, rest, a.line, stack, list, out);
        case 'template':
            return void list().push(templateCall(tokens, rest, a.line));
        case 'break':
        case 'continue':
            if (rest < tokens.length)
                fail(`${head.name} takes nothing`);
            return;
    }
    fail(`unexpected ${head.name}`);
}
function elseBranch(tokens, at, line, stack, list) {
    const open = stack.at(-1);
    if (!open || open.node.k === 'define' || open.inAlt)
        throw new template_parse_Refused(`line ${line}: else out of place`);
    open.inAlt = true;
    const next = tokens[at];
    if (!next)
        return;
    if (next.t !== 'keyword' || (next.name !== 'if' && next.name !== 'with'))
        throw new template_parse_Refused(`line ${line}: else takes nothing but if or with`);
    const pipe = pipeline(tokens, skipSpace(tokens, at + 1), line);
    const node = { k: next.name, pipe, body: [], alt: [], line };
    list().push(node);
    stack.push({ node, inAlt: false, chained: true });
}
function defineBlock(kind, tokens, at, line, stack, list, out) {
    const name = tokens[at];
    if (name?.t !== 'string' || name.value === null)
        throw new template_parse_Refused(`line ${line}: ${kind} needs a name`);
    if (kind === 'define' && stack.length > 0)
        throw new template_parse_Refused(`line ${line}: define inside a block`);
    const body = [];
    out.defines.push({ name: name.value, body });
    if (kind === 'block') {
        const pipe = pipeline(tokens, skipSpace(tokens, at + 1), line);
        list().push({ k: 'call', name: name.value, pipe, line });
    }
    else if (skipSpace(tokens, at + 1) < tokens.length)
        throw new template_parse_Refused(`line ${line}: define takes a name`);
    stack.push({ node: { k: 'define', body }, inAlt: false, chained: false });
}
function templateCall(tokens, at, line) {
    const name = tokens[at];
    if (name?.t !== 'string' || name.value === null)
        throw new template_parse_Refused(`line ${line}: template needs a name`);
    const rest = skipSpace(tokens, at + 1);
    return {
        k: 'call',
        name: name.value,
        pipe: rest < tokens.length ? pipeline(tokens, rest, line) : null,
        line,
    };
}
function skipSpace(tokens, at) {
    while (tokens[at]?.t === 'space')
        at++;
    return at;
}
/** `[$a[, $b] (:= | =)] command ( | command )*` from `at` to the end of the tokens. */
function pipeline(tokens, at, line) {
    const r = new Reader(tokens, at, line);
    const pipe = r.pipe(false);
    if (!r.done())
        r.fail('unexpected tokens after the pipeline');
    return pipe;
}
class Reader {
    tokens;
    at;
    line;
    constructor(tokens, at, line) {
        this.tokens = tokens;
        this.at = at;
        this.line = line;
    }
    fail(what) {
        throw new template_parse_Refused(`line ${this.line}: ${what}`);
    }
    done() {
        this.at = skipSpace(this.tokens, this.at);
        return this.at >= this.tokens.length;
    }
    peek() {
        return this.tokens[this.at];
    }
    /** A pipeline up to the end, or up to its `)` when `inParens`. */
    pipe(inParens) {
        const vars = inParens ? [] : this.declarations();
        const cmds = [];
        for (;;) {
            cmds.push(this.command());
            this.at = skipSpace(this.tokens, this.at);
            if (this.peek()?.t !== 'pipe')
                break;
            this.at++;
        }
        if (inParens ? this.peek()?.t !== 'rparen' : !this.done())
            this.fail('a pipeline ends out of place');
        return { vars, cmds };
    }
    declarations() {
        const start = this.at;
        const vars = [];
        for (;;) {
            this.at = skipSpace(this.tokens, this.at);
            const v = this.peek();
            if (v?.t !== 'var')
                break;
            vars.push(v.name);
            this.at = skipSpace(this.tokens, this.at + 1);
            const sep = this.peek();
            if (sep?.t === 'declare' || sep?.t === 'assign') {
                this.at++;
                return vars;
            }
            if (sep?.t !== 'comma' || vars.length > 1)
                break;
            this.at++;
        }
        this.at = start;
        return [];
    }
    command() {
        const operands = [];
        for (;;) {
            this.at = skipSpace(this.tokens, this.at);
            const t = this.peek();
            if (!t || t.t === 'pipe' || t.t === 'rparen')
                break;
            operands.push(this.operand());
        }
        if (operands.length === 0)
            this.fail('missing value for command');
        return operands;
    }
    operand() {
        const term = this.term();
        const chain = [];
        for (let t = this.peek(); t?.t === 'field'; t = this.peek()) {
            chain.push(t.name);
            this.at++;
        }
        if (chain.length > 0 && (term.k === 'string' || term.k === 'literal'))
            this.fail('a field of a constant');
        return { term, chain };
    }
    term() {
        const t = this.tokens[this.at++];
        switch (t?.t) {
            case 'dot':
                return { k: 'dot' };
            case 'field':
                this.at--;
                return { k: 'dot' };
            case 'var':
                return { k: 'var', name: t.name };
            case 'ident':
                return { k: 'func', name: t.name };
            case 'string':
                return { k: 'string', value: t.value };
            case 'literal':
                return { k: 'literal' };
            case 'keyword':
                if (t.name === 'nil')
                    return { k: 'literal' };
                break;
            case 'lparen': {
                const pipe = this.pipe(true);
                this.at++;
                return { k: 'paren', pipe };
            }
        }
        return this.fail('unexpected token in a command');
    }
}

;// CONCATENATED MODULE: ./src/helm/batch-chart.ts
/**
 * Whether a chart directory renders the same as one alias of a batch wrapper chart
 * (src/helm/batch.ts) as it does alone, read from every file helm would load: a conservative scan.
 * Refused: a chart helm would treat differently as a dependency (its own dependencies or charts/,
 * crds/, a .helmignore, dot-files under templates/ that helm ignores only at the top, a kubeVersion
 * constraint helm checks only at the top, a library chart, apiVersion v3), a values.yaml holding a
 * null (a batch drops null defaults), symlinks, and templates not proven by template-flow.ts.
 */






const MAX_FILES = 2000;
const MAX_BYTES = 8 * 1024 * 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const VERSION = /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const REFUSED_PATHS = [
    'charts',
    'crds',
    'requirements.yaml',
    'requirements.lock',
    'Chart.lock',
    '.helmignore',
];
class batch_chart_Refused extends Error {
}
function scanChart(dir) {
    try {
        const files = listFiles(dir);
        for (const p of REFUSED_PATHS)
            if (files.some((f) => f === p || f.startsWith(`${p}/`)))
                throw new batch_chart_Refused(`the chart has ${p}`);
        const dotted = files.find((f) => f.startsWith('templates/') && f.split('/').some((s) => s.startsWith('.')));
        if (dotted)
            throw new batch_chart_Refused(`${dotted}: helm ignores it only in the top chart`);
        const meta = chartMetadata(readText(dir, 'Chart.yaml'));
        const valuesExact = files.includes('values.yaml') ? valuesAreExact(readText(dir, 'values.yaml')) : false;
        const templates = files.filter((f) => f.startsWith('templates/')).map((f) => templateFile(dir, f));
        const refusal = batchRefusal(templates, { valuesExact });
        if (refusal)
            throw new batch_chart_Refused(refusal);
        return { kind: 'batchable', ...meta, schema: files.includes('values.schema.json') };
    }
    catch (e) {
        if (e instanceof batch_chart_Refused)
            return { kind: 'single', reason: e.message };
        throw e;
    }
}
/**
 * What the scan of `dir` depends on, cheaply: every entry's path, kind, size and change times. A scan
 * is reused only while this is the same (a tree rewritten in place is scanned again).
 */
function chartSignature(dir) {
    const parts = [];
    const walk = (rel) => {
        for (const name of (0,external_node_fs_.readdirSync)(external_node_path_default().join(dir, rel)).sort()) {
            const r = rel ? `${rel}/${name}` : name;
            const st = (0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, r));
            parts.push(`${r}\0${st.mode}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}`);
            if (st.isDirectory() && parts.length <= MAX_FILES)
                walk(r);
        }
    };
    walk('');
    return parts.join('\n');
}
/** Every file under `dir`, relative with `/`; refused: symlinks, special files, too many or too large. */
function listFiles(dir) {
    const out = [];
    let bytes = 0;
    const walk = (rel) => {
        for (const name of (0,external_node_fs_.readdirSync)(external_node_path_default().join(dir, rel)).sort()) {
            const r = rel ? `${rel}/${name}` : name;
            if (/[\p{Cc}\\]/u.test(name))
                throw new batch_chart_Refused(`a file name with a control character or backslash`);
            const st = (0,external_node_fs_.lstatSync)(external_node_path_default().join(dir, r));
            if (st.isSymbolicLink())
                throw new batch_chart_Refused(`${r} is a symlink`);
            if (st.isDirectory())
                walk(r);
            else if (!st.isFile())
                throw new batch_chart_Refused(`${r} is not a regular file`);
            else {
                out.push(r);
                bytes += st.size;
            }
            if (out.length > MAX_FILES || bytes > MAX_BYTES)
                throw new batch_chart_Refused('the chart is too large to scan');
        }
    };
    walk('');
    return out;
}
function readText(dir, rel) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, rel), 'utf8');
    }
    catch {
        throw new batch_chart_Refused(`${rel} cannot be read`);
    }
    if (text.includes('\uFFFD') || text.includes('\0'))
        throw new batch_chart_Refused(`${rel} is not UTF-8 text`);
    return text.replace(/^\uFEFF/, '');
}
/**
 * Chart.yaml's name and version, refusing what helm checks only of the top chart or treats otherwise
 * as a dependency. Keys are matched ignoring case, as helm reads them (JSON into a struct).
 */
function chartMetadata(text) {
    const data = yamlData(text, 'Chart.yaml');
    const keys = (want) => Object.keys(data).filter((k) => k.toLowerCase() === want);
    const one = (want) => {
        const found = keys(want);
        if (found.length !== 1)
            throw new batch_chart_Refused(`Chart.yaml: ${want} is not written once`);
        return data[found[0]];
    };
    const apiVersion = one('apiversion');
    if (apiVersion !== 'v1' && apiVersion !== 'v2')
        throw new batch_chart_Refused(`Chart.yaml: apiVersion ${String(apiVersion)}`);
    const name = one('name');
    const version = one('version');
    if (typeof name !== 'string' || !NAME.test(name))
        throw new batch_chart_Refused('Chart.yaml: a name this check does not take');
    if (typeof version !== 'string' || !VERSION.test(version))
        throw new batch_chart_Refused('Chart.yaml: a version this check does not take');
    for (const k of ['dependencies', 'kubeversion'])
        if (keys(k).length > 0)
            throw new batch_chart_Refused(`Chart.yaml: ${k} (helm treats it otherwise in a dependency)`);
    for (const k of keys('type'))
        if (data[k] !== 'application')
            throw new batch_chart_Refused('Chart.yaml: a type other than application');
    return { name, version };
}
/**
 * Whether `.Values` as a whole is the same in a batch: values.yaml sets `global` to a mapping (else a
 * batch adds `global: {}`). A null anywhere refuses the chart: a batch drops null defaults (Helm 3
 * nested ones too).
 */
function valuesAreExact(text) {
    const versions = ['1.1', '1.2'].map((version) => yamlData(text, 'values.yaml', version));
    for (const data of versions)
        if (hasNull(data))
            throw new batch_chart_Refused('values.yaml holds a null');
    return versions.every((d) => isObject(d.global));
}
/** A YAML document as data, in one YAML version; refused unless it is one clean mapping (or empty). */
function yamlData(text, file, version = '1.2') {
    let data;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, { version, merge: version === '1.1', uniqueKeys: true });
        if (doc.errors.length > 0)
            throw new batch_chart_Refused(`${file} does not parse`);
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        if (e instanceof batch_chart_Refused)
            throw e;
        throw new batch_chart_Refused(`${file} does not parse`);
    }
    if (data === null || data === undefined)
        return {};
    if (!isObject(data))
        throw new batch_chart_Refused(`${file} is not a mapping`);
    return data;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function hasNull(v) {
    if (v === null || v === undefined)
        return true;
    if (Array.isArray(v))
        return v.some(hasNull);
    if (isObject(v))
        return Object.values(v).some(hasNull);
    return false;
}
function templateFile(dir, rel) {
    const lexed = lexTemplate(readText(dir, rel));
    if (!lexed.ok)
        throw new batch_chart_Refused(`${rel}: ${lexed.reason}`);
    const parsed = parseTemplate(lexed.actions);
    if (!parsed.ok)
        throw new batch_chart_Refused(`${rel}: ${parsed.reason}`);
    return { path: rel, template: parsed.template };
}

;// CONCATENATED MODULE: ./src/helm/batch-output.ts
/**
 * A batch wrapper chart's `helm template` output, split back per alias into what a single render of
 * the chart prints. Helm prints each document as `---\n# Source: <template>\n<document>\n` (the
 * document trimmed, and never holding a line starting `---`: helm splits there), every alias's
 * documents in the order a single render would print them (sorted by file path then by kind, stable,
 * over the whole release: restricted to one alias, the order of its own render), then the hooks of
 * every alias. Output with a hook is not split (the hooks would have to be told apart), nor output
 * with any document not under one of the batch's aliases: the caller renders alone instead.
 */
/** The wrapper chart's name: its aliases' templates are `gp-batch/charts/<alias>/…`. */
const WRAPPER_NAME = 'gp-batch';
/** Each alias's stdout, or null when the output cannot be attributed document by document. */
function splitOutput(stdout, aliases, chartName) {
    const out = new Map(aliases.map((a) => [a, '']));
    if (stdout.includes('helm.sh/hook'))
        return null;
    if (stdout !== '\n') {
        if (!stdout.startsWith('---\n') || !stdout.endsWith('\n'))
            return null;
        for (const piece of stdout.slice(4, -1).split('\n---\n')) {
            const m = /^# Source: ([^\n]*)\n([\s\S]+)$/.exec(piece);
            const source = m && new RegExp(`^${WRAPPER_NAME}/charts/(c\\d+)/(.+)$`).exec(m[1]);
            const alias = source?.[1];
            if (!m || !source || alias === undefined || !out.has(alias) || `\n${m[2]}`.includes('\n---'))
                return null;
            out.set(alias, `${out.get(alias)}---\n# Source: ${chartName}/${source[2]}\n${m[2]}\n`);
        }
    }
    for (const [alias, text] of out)
        if (!text)
            out.set(alias, '\n');
    return out;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/helm/batch-values.ts
/**
 * A values file as one alias's values in a batch wrapper chart: its text, unchanged but indented two
 * spaces under `<alias>:`. Helm still reads every file itself, in the same order, so its merge of
 * `--values` files (maps merged key by key, the later file winning) means under the alias exactly
 * what it meant at the top: nothing of helm's merge is redone here. Only a mapping
 * document is nested; anything whose meaning could change with the indentation (a second document, a
 * directive, a line break other than `\n`: YAML also breaks lines at `\r`, NEL, LS and PS, which could
 * start a key outside the alias) is refused, and so is a file whose nested reading (YAML 1.1 and 1.2)
 * is not exactly its own.
 */


const batch_values_MAX_BYTES = 1024 * 1024;
/** Beyond the C0 controls but tab and `\n`: DEL, the other YAML line breaks (NEL, LS, PS), a byte-order mark. */
const REFUSED_CODES = new Set([0x7f, 0x85, 0x2028, 0x2029, 0xfeff]);
const DOCUMENT_START = /^---[ \t]*(#.*)?$/;
const MARKER = /^(---|\.\.\.)([ \t]|$)|^%/;
/** The alias the nested reading is checked under: which one does not change it. */
const PROBE = 'c0';
function nestValues(text) {
    if (text.length > batch_values_MAX_BYTES)
        return refused('too large to nest');
    if (hasRefusedChar(text))
        return refused('a control character or a line break other than \\n');
    const lines = text.split('\n');
    const first = lines.findIndex((l) => !/^[ \t]*(#.*)?$/.test(l));
    if (first >= 0 && DOCUMENT_START.test(lines[first]))
        lines[first] = '';
    if (lines.some((l) => MARKER.test(l)))
        return refused('more than one document, or a directive');
    const own = readings(lines.join('\n'));
    if (!own)
        return refused('not one YAML mapping');
    if (own.every((d) => d === null))
        return { kind: 'empty' };
    if (!own.every(isMapping))
        return refused('not one YAML mapping');
    const body = lines.map((l) => (l === '' ? '' : `  ${l}`)).join('\n');
    const read = readings(`${PROBE}:\n${body}`);
    const same = read?.every((d, i) => isMapping(d) && Object.keys(d).length === 1 && (0,external_node_util_.isDeepStrictEqual)(d[PROBE], own[i]));
    return same ? { kind: 'nested', body } : refused('its nested reading differs');
}
function hasRefusedChar(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || REFUSED_CODES.has(c))
            return true;
    }
    return false;
}
function refused(reason) {
    return { kind: 'refused', reason };
}
/** The document as data in YAML 1.1 (helm's go-yaml) and 1.2, or null when either does not parse. */
function readings(text) {
    try {
        return ['1.1', '1.2'].map((version) => {
            const doc = (0,dist/* parseDocument */.Tp)(text, { version, merge: version === '1.1', uniqueKeys: false });
            if (doc.errors.length > 0)
                throw new Error('does not parse');
            return doc.toJS({ maxAliasCount: 1000 }) ?? null;
        });
    }
    catch {
        return null;
    }
}
function isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/helm/template-args.ts
var template_args = __webpack_require__(7299);
;// CONCATENATED MODULE: ./src/helm/batch.ts
/**
 * Many `helm template` renders, several of one chart in one helm process where that is proven exact:
 * most of a render is helm's start-up. Requests of one chart directory with the same kube version,
 * API versions and skip flags, no `--set` parameters, whose chart the scan proves batchable
 * (batch-chart.ts) and whose values files nest exactly (batch-values.ts), render as aliases `c0`,
 * `c1`, … of a generated wrapper chart (the chart linked once under its charts/, declared once per
 * alias), each alias's values its files nested under it, in order. The output is split back per
 * alias (batch-output.ts). A batch that fails, or whose output cannot be attributed, renders its
 * requests one by one, so every error is the request's own, exactly as a single render says it.
 */






/** At most this many aliases in one wrapper: a failing batch renders this many alone. */
const MAX_BATCH = 64;
/** `template` of each request, in their order; `onResult` as each one is known. */
async function templateBatched(host, reqs, concurrency, onResult) {
    const results = new Array(reqs.length);
    const done = (index, r) => {
        results[index] = r;
        onResult?.(index, r);
    };
    const alone = (m) => async () => done(m.index, await host.template(m.req));
    const { single, groups } = await plan(host, reqs);
    const jobs = [];
    for (const g of groups)
        for (const members of chunks(g.members, concurrency))
            jobs.push(members.length === 1
                ? alone(members[0])
                : async (enqueue) => {
                    const rendered = await renderBatch(host, g.scan, members);
                    if (!rendered)
                        return enqueue(members.map(alone));
                    members.forEach((m, k) => {
                        host.served(m.req);
                        done(m.index, rendered[k]);
                    });
                });
    jobs.push(...single.map((index) => alone({ index, req: reqs[index] })));
    await runJobs(jobs, concurrency);
    return results;
}
/** Which requests render alone, and the groups that may share a process. */
async function plan(host, reqs) {
    const texts = new Map();
    const read = (file) => {
        let t = texts.get(file);
        if (!t)
            texts.set(file, (t = (0,promises_.readFile)(file).then(utf8, () => null)));
        return t;
    };
    const scans = new Map();
    const scan = (dir) => {
        let s = scans.get(dir);
        if (!s)
            scans.set(dir, (s = host.chartScan(dir)));
        return s;
    };
    const placed = await Promise.all(reqs.map((req) => place(req, scan, read)));
    const single = [];
    const groups = new Map();
    placed.forEach((p, index) => {
        if (!p)
            return void single.push(index);
        const key = groupKey(reqs[index]);
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { scan: p.scan, members: [] }));
        g.members.push({ index, req: reqs[index], values: p.values });
    });
    return { single, groups: [...groups.values()] };
}
/** The request's chart scan and nested values, or null when it renders alone. */
async function place(req, chartScan, read) {
    if (req.parameters.length > 0 || (req.fileParameters?.length ?? 0) > 0)
        return null;
    const scan = chartScan(req.chartDir);
    if (scan.kind !== 'batchable' || (scan.schema && !req.skipSchemaValidation))
        return null;
    const texts = await Promise.all(req.valueFiles.map(read));
    if (req.inlineValues != null)
        texts.push(req.inlineValues);
    const values = [];
    for (const text of texts) {
        if (text === null)
            return null;
        const nested = nestValues(text);
        if (nested.kind === 'refused')
            return null;
        if (nested.kind === 'nested')
            values.push(nested.body);
    }
    return { scan, values };
}
/** A file's text, or null when it is not UTF-8 (helm reads its bytes: a replacement character would not be them). */
function utf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return null;
    }
}
/** What must be equal for requests to share a process: the chart and every flag of the render. */
function groupKey(req) {
    return JSON.stringify([
        req.chartDir,
        req.kubeVersion ?? null,
        req.apiVersions ?? [],
        req.skipCrds === true,
        req.skipSchemaValidation === true,
        req.skipTests === true,
    ]);
}
/** A group in batches of at most MAX_BATCH, as many as the processes allowed at once when it is large enough. */
function chunks(items, concurrency) {
    const count = Math.max(Math.min(concurrency, Math.floor(items.length / 2)), Math.ceil(items.length / MAX_BATCH), 1);
    const out = [];
    for (let i = 0; i < count; i++)
        out.push(items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)));
    return out.filter((c) => c.length > 0);
}
/** One wrapper chart's render, each member's result; null when it failed or cannot be split. */
async function renderBatch(host, scan, members) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gp-batch-'));
    try {
        const valueFiles = await writeWrapper(dir, scan, members);
        const first = members[0].req;
        const args = (0,template_args/* templateArgs */.g)({
            releaseName: WRAPPER_NAME,
            chartDir: dir,
            namespace: '',
            valueFiles,
            parameters: [],
            kubeVersion: first.kubeVersion,
            apiVersions: first.apiVersions,
            skipCrds: first.skipCrds,
            skipSchemaValidation: first.skipSchemaValidation,
            skipTests: first.skipTests,
        }, valueFiles);
        const r = await host.runWrapper(dir, args);
        const aliases = members.map((_, k) => `c${k}`);
        const split = r.ok ? splitOutput(r.stdout, aliases, scan.name) : null;
        return split && aliases.map((a) => ({ ok: true, stdout: split.get(a), stderr: '', args }));
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** The wrapper chart in `dir`: Chart.yaml, the chart linked under charts/, the values files (their paths). */
async function writeWrapper(dir, scan, members) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'charts'));
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'values'));
    await (0,promises_.symlink)(members[0].req.chartDir, external_node_path_default().join(dir, 'charts', 'chart'), 'dir');
    const dependencies = members.map((_, k) => ({ name: scan.name, version: scan.version, alias: `c${k}` }));
    // JSON is YAML: every string quoted, nothing of the chart's read as YAML syntax.
    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'Chart.yaml'), JSON.stringify({ apiVersion: 'v2', name: WRAPPER_NAME, version: '0.0.0', dependencies }));
    const files = [];
    for (const [k, m] of members.entries())
        for (const [j, body] of m.values.entries()) {
            const file = external_node_path_default().join(dir, 'values', `c${k}-${j}.yaml`);
            await (0,promises_.writeFile)(file, `c${k}:\n${body}`);
            files.push(file);
        }
    return files;
}
/**
 * Runs the jobs, at most `concurrency` at once; a job may add more. The first failure is thrown once
 * every job started has settled (no helm is left running in a tree the caller may remove).
 */
function runJobs(jobs, concurrency) {
    const queue = [...jobs];
    let active = 0;
    let failure = null;
    return new Promise((resolve, reject) => {
        const pump = () => {
            while (!failure && active < Math.max(1, concurrency) && queue.length > 0) {
                const job = queue.shift();
                active++;
                job((more) => queue.push(...more))
                    .catch((error) => {
                    failure ??= { error };
                })
                    .finally(() => {
                    active--;
                    pump();
                });
            }
            if (active === 0) {
                if (failure)
                    reject(failure.error);
                else if (queue.length === 0)
                    resolve();
            }
        };
        pump();
    });
}

;// CONCATENATED MODULE: ./src/helm/helm.ts










/** The only variables of ours helm ever sees; everything else it gets is a temp dir of its own. */
const HELM_ENV = ['PATH', 'TZ', 'LANG', 'LC_ALL'];
/** The discard port on loopback: nothing listens, so a connection is refused at once. */
const OFFLINE_PROXY = 'http://127.0.0.1:9';
/**
 * Runs the real helm binary, sandboxed: argument arrays with every flag as one `--flag=value`
 * argument (a value can never be read as a flag), the chart as `.` from its directory, and an
 * environment built from an allow-list (PATH, a temp HOME and HELM_* homes, no plugins; proxies only
 * for dependency builds). Nothing else of the caller's environment (tokens, INPUT_*) reaches helm.
 */
class Helm {
    binary;
    callerEnv;
    /** Every helm argument array run (a batch's wrapper render is one), in call order: counts processes. */
    invocations = [];
    /** Every render served, alone or in a batch, in the order each was done: counts renders. */
    renders = [];
    sandbox = null;
    /** Each chart directory's batch scan, once per Helm (a run) while its files are the same. */
    scans = new Map();
    constructor(binary, callerEnv = process.env) {
        this.binary = binary;
        this.callerEnv = callerEnv;
    }
    async version() {
        const r = await this.run(['version', '--short'], external_node_os_default().tmpdir(), false);
        return r.stdout.trim();
    }
    /**
     * `helm dependency build` for a chart whose dependencies are not vendored: each https
     * repository is added first under a generated name (as Argo CD does); oci:// needs no add.
     */
    async dependencyBuild(chartDir, repositories = []) {
        for (const repo of repositories) {
            if (!/^https:\/\/[^\s]+$/.test(repo.url) || !/^[a-z0-9-]+$/.test(repo.name))
                throw new Error(`refusing helm repo add for ${JSON.stringify(repo)}: not checked before`);
            const args = ['repo', 'add', '--force-update', '--', repo.name, repo.url];
            this.invocations.push(args);
            const added = await this.run(args, chartDir, true);
            if (added.exitCode !== 0)
                return { ok: false, stderr: added.stderr };
        }
        const args = ['dependency', 'build', '--skip-refresh', '--', '.'];
        this.invocations.push(args);
        const r = await this.run(args, chartDir, true);
        return { ok: r.exitCode === 0, stderr: r.stderr };
    }
    async template(req) {
        refuseUnchecked(req);
        if (!isDirectory(req.chartDir)) {
            // What helm says of a chart path that is not there (it runs in that directory, so it cannot).
            return { ok: false, stdout: '', stderr: `Error: path "${req.chartDir}" not found`, args: [] };
        }
        const tmp = req.inlineValues != null ? await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gp-values-')) : null;
        try {
            const valueFiles = [...req.valueFiles];
            if (tmp) {
                valueFiles.push(external_node_path_default().join(tmp, 'inline-values.yaml'));
                await (0,promises_.writeFile)(valueFiles[valueFiles.length - 1], req.inlineValues);
            }
            const args = (0,template_args/* templateArgs */.g)(req, valueFiles);
            this.invocations.push(args);
            this.renders.push(req);
            const r = await this.run(args, req.chartDir, false);
            return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr, args };
        }
        finally {
            if (tmp)
                await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
    /**
     * Every request's `template` result, in their order; requests of one chart that can share a helm
     * process exactly render together (src/helm/batch.ts), the others (and a batch that fails) alone.
     */
    templateMany(reqs, concurrency, onResult) {
        for (const req of reqs)
            refuseUnchecked(req);
        return templateBatched(this.batchHost(), reqs, concurrency, onResult);
    }
    batchHost() {
        return {
            template: (req) => this.template(req),
            runWrapper: async (dir, args) => {
                this.invocations.push(args);
                const r = await this.run(args, dir, false);
                return { ok: r.exitCode === 0, stdout: r.stdout };
            },
            served: (req) => this.renders.push(req),
            chartScan: (chartDir) => {
                const signature = signatureOf(chartDir);
                const known = this.scans.get(chartDir);
                if (signature !== null && known?.signature === signature)
                    return known.scan;
                const scan = scanOrSingle(chartDir);
                if (signature !== null)
                    this.scans.set(chartDir, { signature, scan });
                return scan;
            },
        };
    }
    /** The environment helm runs with: exactly the allow-list, plus homes in this run's sandbox dir. */
    environment(network) {
        const home = this.sandboxDir();
        return {
            ...(0,util_process/* allowEnv */.dQ)(this.callerEnv, network ? [...HELM_ENV, ...util_process/* PROXY_ENV */.ju] : HELM_ENV),
            // A render needs no network: whatever a chart makes helm fetch (a values.schema.json `$ref`)
            // goes to a proxy that is not there, and fails at once.
            ...(network ? {} : { HTTP_PROXY: OFFLINE_PROXY, HTTPS_PROXY: OFFLINE_PROXY, NO_PROXY: '' }),
            HOME: home,
            HELM_CACHE_HOME: external_node_path_default().join(home, 'cache'),
            HELM_CONFIG_HOME: external_node_path_default().join(home, 'config'),
            HELM_DATA_HOME: external_node_path_default().join(home, 'data'),
            HELM_PLUGINS: external_node_path_default().join(home, 'plugins'),
            HELM_NO_PLUGINS: '1',
            KUBECONFIG: external_node_path_default().join(home, 'no-kubeconfig'),
        };
    }
    run(args, cwd, network) {
        return (0,util_process/* runProcess */.R3)(this.binary, args, {
            cwd,
            env: this.environment(network),
            missing: `helm binary not found: ${this.binary}`,
        });
    }
    /** One temp dir per Helm, made on first use and removed when the process exits. */
    sandboxDir() {
        if (!this.sandbox) {
            const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gp-helm-'));
            (0,external_node_fs_.mkdirSync)(external_node_path_default().join(dir, 'plugins'));
            removeOnExit(dir);
            this.sandbox = dir;
        }
        return this.sandbox;
    }
}
const sandboxes = new Set();
/** One exit listener for every sandbox dir of the process (one per Helm would pile up listeners). */
function removeOnExit(dir) {
    if (sandboxes.size === 0)
        process.once('exit', () => {
            for (const d of sandboxes)
                (0,external_node_fs_.rmSync)(d, { recursive: true, force: true });
        });
    sandboxes.add(dir);
}
/**
 * The last line of defence: the domain checks every value for its kind and reports a bad one as a
 * finding; reaching here with one is a bug, so helm is not run.
 */
function refuseUnchecked(req) {
    const problems = [
        (0,helm_arguments/* releaseNameProblem */.AR)(req.releaseName),
        req.namespace ? (0,helm_arguments/* namespaceProblem */.bw)(req.namespace) : null,
        req.kubeVersion ? (0,helm_arguments/* kubeVersionProblem */.rS)(req.kubeVersion) : null,
        ...(req.apiVersions ?? []).map(helm_arguments/* apiVersionProblem */.Mt),
        ...[...req.parameters, ...(req.fileParameters ?? [])].map((p) => (0,helm_arguments/* parameterNameProblem */.c2)(p.name)),
        ...[req.chartDir, ...req.valueFiles, ...(req.fileParameters ?? []).map((p) => p.path)].map((f) => external_node_path_default().isAbsolute(f) ? null : `"${f}" is not an absolute path`),
    ].filter(Boolean);
    if (problems.length > 0)
        throw new Error(`refusing to run helm template: ${problems.join('; ')}`);
}
/** The helm port for a resolved binary (resolveHelmBinary): the one factory of HelmPort. */
function createHelm(binary, env = process.env) {
    return new Helm(binary, env);
}
/**
 * Which helm to run: the `helm` input / --helm flag, then $HELM, then `helm` on PATH.
 * Absent → a ConfigurationError that says how to get one.
 */
function resolveHelmBinary(explicit, env = process.env) {
    const candidates = [];
    if (explicit)
        candidates.push([explicit, 'the helm input']);
    else if (env.HELM)
        candidates.push([env.HELM, '$HELM']);
    if (explicit || env.HELM) {
        const [bin, from] = candidates[0];
        if (isExecutable(bin))
            return external_node_path_default().resolve(bin);
        throw new errors/* ConfigurationError */.j1(`helm binary from ${from} is not an executable file: ${bin}`);
    }
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        // Absolute: helm runs in the chart directory, where a relative PATH entry would name the repo's files.
        const bin = external_node_path_default().resolve(dir, 'helm');
        if (external_node_path_default().isAbsolute(dir) && isExecutable(bin))
            return bin;
    }
    throw new errors/* ConfigurationError */.j1('helm was not found: set the `helm` input or $HELM to a helm binary, or install it on PATH ' +
        '(in a workflow: a step `uses: azure/setup-helm@<sha>` before this action)');
}
/**
 * As resolveHelmBinary, but null when none was named and none is on PATH (a release whose gates are
 * skipped needs helm only for its production diff, which is then reported as unknown).
 */
function tryResolveHelmBinary(explicit, env = process.env) {
    if (explicit || env.HELM)
        return resolveHelmBinary(explicit, env);
    try {
        return resolveHelmBinary(undefined, env);
    }
    catch {
        return null;
    }
}
function signatureOf(chartDir) {
    try {
        return chartSignature(chartDir);
    }
    catch {
        return null;
    }
}
/** The chart's scan; a directory that cannot be read renders alone (helm says what is wrong with it). */
function scanOrSingle(chartDir) {
    if (!isDirectory(chartDir))
        return { kind: 'single', reason: 'not a directory' };
    try {
        return scanChart(chartDir);
    }
    catch (e) {
        return { kind: 'single', reason: e instanceof Error ? e.message : String(e) };
    }
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}
function isExecutable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSchema),
/* harmony export */   _: () => (/* binding */ foreignReference)
/* harmony export */ });
/** Metaschemas helm knows without fetching them. */
const KNOWN_METASCHEMA = /^https?:\/\/json-schema\.org\/(schema|draft-0[3-7]\/schema|draft\/20(19-09|20-12)\/schema)#?$/;
/** Keys whose value helm resolves (and, unless it is `#…`, reads or fetches) while validating values. */
const REFERENCE_KEYS = new Set(['$ref', '$dynamicRef', '$recursiveRef']);
/**
 * A `values.schema.json` as helm reads it: helm's chart loader strips one leading UTF-8 byte order
 * mark from every file, then Go's JSON decoder takes the same whitespace as JSON.parse (space, tab,
 * CR, LF; helm 4.1.4 measured: a second mark, or a space before the mark, fails). Undefined when it
 * does not parse (helm fails on it too).
 */
function parseSchema(text) {
    try {
        return { schema: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
    }
    catch {
        return undefined;
    }
}
/**
 * The first value of a parsed schema that makes helm read or fetch anything but the schema itself:
 * a `$ref`, `$dynamicRef` or `$recursiveRef` (keys as decoded, `"\u0024ref"` included) that does not
 * start with `#`, or a `$schema` that is not a known metaschema; null when there is none.
 */
function foreignReference(node) {
    if (Array.isArray(node)) {
        for (const v of node) {
            const r = foreignReference(v);
            if (r)
                return r;
        }
        return null;
    }
    if (node === null || typeof node !== 'object')
        return null;
    for (const [k, v] of Object.entries(node)) {
        if (REFERENCE_KEYS.has(k) && typeof v === 'string' && !v.startsWith('#'))
            return { key: k, value: v };
        if (k === '$schema' && typeof v === 'string' && !KNOWN_METASCHEMA.test(v))
            return { key: k, value: v };
        const r = foreignReference(v);
        if (r)
            return r;
    }
    return null;
}


/***/ }),

/***/ 7299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ templateArgs)
/* harmony export */ });
/**
 * `helm template . --name-template=NAME …`: Argo CD's argv (util/helm/cmd.go) in its order, each flag
 * one `--flag=value` argument so that no value can be read as a flag.
 */
function templateArgs(req, valueFiles) {
    const args = ['template', '.', `--name-template=${req.releaseName}`];
    if (req.namespace)
        args.push(`--namespace=${req.namespace}`);
    if (req.kubeVersion)
        args.push(`--kube-version=${req.kubeVersion}`);
    for (const p of req.parameters.filter((x) => !x.forceString))
        args.push(`--set=${p.name}=${setValue(p.value)}`);
    for (const p of req.parameters.filter((x) => x.forceString))
        args.push(`--set-string=${p.name}=${setValue(p.value)}`);
    for (const p of req.fileParameters ?? [])
        args.push(`--set-file=${p.name}=${setValue(p.path)}`);
    for (const f of valueFiles)
        args.push(`--values=${f}`);
    for (const v of req.apiVersions ?? [])
        args.push(`--api-versions=${v}`);
    if (!req.skipCrds)
        args.push('--include-crds');
    if (req.skipSchemaValidation)
        args.push('--skip-schema-validation');
    if (req.skipTests)
        args.push('--skip-tests');
    return args;
}
/** Like Argo CD: commas escaped so helm does not split the value, unless it is a `{a,b}` list. */
function setValue(value) {
    return value.startsWith('{') && value.endsWith('}') ? value : value.replace(/(?<!\\),/g, '\\,');
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger)
/* harmony export */ });
/* harmony import */ var _report_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9816);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5365);


/** Erases the line the cursor is on (a progress line written without its newline). */
const CLEAR_LINE = '\r\x1b[K';
/**
 * The CLI's Logger. The CLI may run in a workflow step, whose runner reads workflow commands from
 * stderr too, and messages carry repository text: each line goes through logSafe. Progress goes to
 * stderr only: on a terminal one line rewritten in place, elsewhere (a log, a pipe) one line each.
 */
function stderrLogger(verbose = false, out = process.stderr, clock) {
    const throttle = new _util_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .ProgressThrottle */ .wK(clock);
    let pending = false; // a progress line is on the terminal without its newline
    const write = (line) => {
        if (pending)
            out.write(CLEAR_LINE);
        pending = false;
        out.write(`${(0,_report_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(line)}\n`);
    };
    return {
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m) => write(`warning: ${m}`),
        progress: (done, total, what) => {
            const line = throttle.next(done, total, what);
            if (!line)
                return;
            const text = (0,_util_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .progressText */ .l_)(line);
            if (!out.isTTY || (0,_report_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .logSafe */ .sN)(text) !== text)
                return write(text);
            out.write(`${CLEAR_LINE}${text}${line.final ? '\n' : ''}`);
            pending = !line.final;
        },
    };
}


/***/ }),

/***/ 6824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ versionPattern),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony exports MAX_VERSION_PART, bumpVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8568);
/* harmony import */ var _util_clip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5940);
/* harmony import */ var _util_regexp_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7539);




/** The largest number of a version part (9 digits). */
const MAX_VERSION_PART = 999_999_999;
const PARTS = ['major', 'minor', 'patch'];
const NUMBER = '(0|[1-9][0-9]{0,8})';
const LARGEST = { major: MAX_VERSION_PART, minor: MAX_VERSION_PART, patch: MAX_VERSION_PART };
/**
 * The tag names of `pattern`: `{major}`, `{minor}` and `{patch}` each exactly once and in that
 * order, with literal text holding a non-digit between them (so a name reads back one way), no
 * other `{`/`}`, and names git accepts as tags. Throws a ConfigurationError naming the pattern and
 * what is wrong with it (at `where` when given).
 */
function versionPattern(pattern, where) {
    const [prefix, first, second, suffix] = literalsOf(pattern, where);
    const format = (v) => `${prefix}${v.major}${first}${v.minor}${second}${v.patch}${suffix}`;
    for (const example of [{ major: 0, minor: 0, patch: 0 }, LARGEST]) {
        const problem = (0,_git_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH)(format(example));
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version pattern "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(pattern)}" does not make tag names git accepts: ${problem}`, where);
    }
    const literal = [prefix, first, second, suffix].map(_util_regexp_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeRegExp */ .N);
    const re = new RegExp(`^${literal[0]}${NUMBER}${literal[1]}${NUMBER}${literal[2]}${NUMBER}${literal[3]}$`);
    return {
        source: pattern,
        format,
        parse(tagName) {
            const m = re.exec(tagName);
            return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : null;
        },
    };
}
/** The four literal parts of a pattern: before {major}, between the placeholders, after {patch}. */
function literalsOf(pattern, where) {
    const refuse = (what) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`version pattern "${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(pattern)}" ${what}`, where);
    };
    const seen = [];
    const literals = [];
    let last = 0;
    for (const m of pattern.matchAll(/\{([^{}]*)\}/g)) {
        const name = m[1];
        if (!PARTS.includes(name))
            refuse(`has {${(0,_util_clip_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$)(name, 40)}}: the placeholders are {major}, {minor} and {patch}`);
        if (seen.includes(name))
            refuse(`has {${name}} more than once: each placeholder appears exactly once`);
        seen.push(name);
        literals.push(pattern.slice(last, m.index));
        last = m.index + m[0].length;
    }
    literals.push(pattern.slice(last));
    if (literals.some((l) => /[{}]/.test(l)))
        refuse('has a "{" or "}" that is not part of {major}, {minor} or {patch}');
    const absent = PARTS.filter((p) => !seen.includes(p));
    if (absent.length > 0)
        refuse(`lacks ${absent.map((p) => `{${p}}`).join(', ')}: it needs all three`);
    if (seen.join() !== PARTS.join())
        refuse('must have {major}, {minor} and {patch} in that order');
    for (const [i, between] of [literals[1], literals[2]].entries()) {
        if (!/[^0-9]/.test(between))
            refuse(`needs literal text with a non-digit between {${PARTS[i]}} and {${PARTS[i + 1]}} (such as "."), or its tag names read back more than one way`);
    }
    return literals;
}
const PLAIN = versionPattern('{major}.{minor}.{patch}');
/** `1.2.3` (no leading `v`, no leading zeros), as config's first version is written; else null. */
function parseVersion(text) {
    return PLAIN.parse(text);
}
/** `1.2.3`. */
function formatVersion(v) {
    return PLAIN.format(v);
}
/** Negative when `a` is older than `b`, 0 when equal, positive when newer (1.10.0 > 1.9.0). */
function compareVersions(a, b) {
    return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch);
}
/** 1.2.3 patch → 1.2.4, minor → 1.3.0, major → 2.0.0. A part past 9 digits is a ConfigurationError. */
function bumpVersion(v, bump) {
    const next = bump === 'major'
        ? { major: v.major + 1, minor: 0, patch: 0 }
        : bump === 'minor'
            ? { major: v.major, minor: v.minor + 1, patch: 0 }
            : { major: v.major, minor: v.minor, patch: v.patch + 1 };
    if (next[bump] > MAX_VERSION_PART)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot bump ${formatVersion(v)} (${bump}): a version number has at most 9 digits`);
    return next;
}
/** The next version: `first` when none exists, else the highest existing bumped. */
function nextVersion(existing, bump, first) {
    const highest = existing.reduce((max, v) => (max === null || compareVersions(v, max) > 0 ? v : max), null);
    return highest ? bumpVersion(highest, bump) : first;
}


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ buildMatrix)
/* harmony export */ });
/* harmony import */ var _gitops_applications_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(917);

/** The matrix of the rendered clusters: each component's revision per cluster. */
function buildMatrix(clusters, apps, rendered) {
    const names = clusters.map((c) => c.name).filter((n) => rendered.includes(n));
    const cells = {};
    for (const app of apps) {
        const revisions = (0,_gitops_applications_js__WEBPACK_IMPORTED_MODULE_0__/* .appSources */ .QG)(app.object).map(({ source }) => source.targetRevision ?? 'HEAD');
        const row = (cells[app.component] ??= {});
        row[app.cluster.name] = [...new Set(revisions)].join(', ') || '—';
    }
    const components = Object.keys(cells).sort();
    for (const component of components)
        for (const c of names)
            cells[component][c] ??= null;
    return { clusters: names, components, cells };
}


/***/ }),

/***/ 1989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/** JSON with every object's keys sorted: equal for equal values whatever order their keys were written in. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object')
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v ?? null);
}


/***/ }),

/***/ 5940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   l: () => (/* binding */ clipPair)
/* harmony export */ });
/** A value as shown in a message: control characters visible (JSON escapes), long values cut. */
function clip(value, max = 80) {
    const visible = JSON.stringify(value).slice(1, -1);
    return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}
/**
 * Two values shown side by side (before → after), each cut to `max` characters: when both would
 * be cut to the same text although they differ, the window moves to where they first differ
 * (`…tail-that-differs…`), so two different values never look the same.
 */
function clipPair(a, b, max = 80) {
    const cut = (s, from) => `${from > 0 ? '…' : ''}${s.slice(from, from + max)}${from + max < s.length ? '…' : ''}`;
    if (a === b || (a.length <= max && b.length <= max))
        return [cut(a, 0), cut(b, 0)];
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    const from = i < max ? 0 : i - Math.floor(max / 4);
    const shown = [cut(a, from), cut(b, from)];
    // Literal '…' in a value could still make both look alike: then nothing is cut.
    return shown[0] === shown[1] ? [a, b] : shown;
}


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Maps with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 6801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ isMap)
/* harmony export */ });
/** A YAML/JSON mapping: an object that is not an array (nor null). */
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 7148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ decodePointer)
/* harmony export */ });
/** The segments of an RFC 6901 JSON pointer (`/a/b~1c/0` → `a`, `b/c`, `0`); `''` is the whole document. */
function decodePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}


/***/ }),

/***/ 1976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `1 error`, `2 errors`: a count and its noun (nouns that take an `s`). */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 2017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   dQ: () => (/* binding */ allowEnv),
/* harmony export */   ju: () => (/* binding */ PROXY_ENV)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * The one process runner (on @actions/exec): an argument array, never a shell string; silent (no
 * command line echoed to the log); an explicit environment. A missing program is the user's to fix.
 */
async function runProcess(program, args, options) {
    const out = [];
    const err = [];
    let exitCode;
    try {
        exitCode = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)(program, [...args], {
            cwd: options.cwd,
            env: { ...options.env },
            silent: true,
            ignoreReturnCode: true,
            // A child that leaves a grandchild holding its pipes must not keep us 10 s.
            delay: 1000,
            // Only git cat-file --batch is given input: it reads it all before it exits, so the write
            // never meets a closed pipe (@actions/exec has no handler for that).
            ...(options.input ? { input: options.input } : {}),
            listeners: { stdout: (d) => out.push(d), stderr: (d) => err.push(d) },
        });
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (/Unable to locate executable file|ENOENT/.test(message))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(options.missing);
        throw e;
    }
    const stdoutBytes = Buffer.concat(out);
    return {
        exitCode,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
    };
}
/**
 * The environment variables of `from` whose names are in `names` or match one of `patterns`:
 * the only way a child process sees anything of ours.
 */
function allowEnv(from, names, patterns = []) {
    const env = {};
    for (const [k, v] of Object.entries(from)) {
        if (v === undefined)
            continue;
        if (names.includes(k) || patterns.some((p) => p.test(k)))
            env[k] = v;
    }
    return env;
}
/** Proxy settings, for the children that may reach the network (git fetch/push, helm dependency build). */
const PROXY_ENV = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];


/***/ }),

/***/ 5365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ ProgressSteps),
/* harmony export */   l_: () => (/* binding */ progressText),
/* harmony export */   wK: () => (/* binding */ ProgressThrottle)
/* harmony export */ });
/* unused harmony exports PROGRESS_DELAY_MS, PROGRESS_INTERVAL_MS */
const PROGRESS_DELAY_MS = 3000;
const PROGRESS_INTERVAL_MS = 2000;
/**
 * Which progress steps to show, one sequence at a time: a step of another `what`, or a step 0 (its
 * start), starts a new one; its total may grow while it runs.
 */
class ProgressThrottle {
    clock;
    delayMs;
    intervalMs;
    current = null;
    constructor(clock = () => performance.now(), delayMs = PROGRESS_DELAY_MS, intervalMs = PROGRESS_INTERVAL_MS) {
        this.clock = clock;
        this.delayMs = delayMs;
        this.intervalMs = intervalMs;
    }
    /** The line to show for this step, or null. */
    next(done, total, what) {
        const now = this.clock();
        let seq = this.current;
        if (!seq || done === 0 || seq.what !== what) {
            seq = { what, startedAt: now, shownAt: null };
            this.current = seq;
        }
        const final = done >= total;
        const show = final
            ? seq.shownAt !== null
            : now - seq.startedAt >= this.delayMs && (seq.shownAt === null || now - seq.shownAt >= this.intervalMs);
        if (final)
            this.current = null;
        if (!show)
            return null;
        const first = seq.shownAt === null;
        seq.shownAt = now;
        return { done, total, what, elapsedMs: now - seq.startedAt, first, final };
    }
}
/** `120/200 clusters rendered (14 s)` */
function progressText(line) {
    return `${line.done}/${line.total} ${line.what} (${Math.round(line.elapsedMs / 1000)} s)`;
}
/**
 * The steps of one sequence, reported to a logger. Its total grows as its parts start (diff renders
 * head and base at once): `add` when a part starts, `step` when one of its steps is done.
 */
class ProgressSteps {
    logger;
    what;
    done = 0;
    total = 0;
    constructor(logger, what) {
        this.logger = logger;
        this.what = what;
    }
    /** `n` more steps to do. */
    add(n) {
        this.total += n;
        this.logger.progress?.(this.done, this.total, this.what);
    }
    /** One more step done. */
    step() {
        this.done++;
        this.logger.progress?.(this.done, this.total, this.what);
    }
}


/***/ }),

/***/ 7539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
/** `text` as a regular expression that matches it literally (also inside a character class). */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 5251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Mt: () => (/* binding */ writeInside),
/* harmony export */   Tx: () => (/* binding */ safeFileName),
/* harmony export */   m0: () => (/* binding */ insideDir),
/* harmony export */   m6: () => (/* binding */ realPathNearest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





/** A name used as-is: lower case, digits, `.` and `-`, not starting with `.`, at most 100 characters. */
const PLAIN = /^[a-z0-9][a-z0-9.-]{0,99}$/;
const KEPT = /[^A-Za-z0-9._-]/g;
const PREFIX_MAX = 60;
/**
 * A file name (no extension) for a name from the repository (a cluster, an Application): the name
 * itself when it is plain (see PLAIN), otherwise its characters outside `[A-Za-z0-9._-]` replaced by
 * `_`, leading dots replaced, cut to 60 characters, plus `_` and 16 hex digits of its SHA-256.
 *
 * Distinct names give distinct files, also on a case-insensitive file system: plain names are lower
 * case and have no `_`, every changed name has one and ends with the hash of the whole original name.
 * Never empty, `.` or `..`, never a path separator, at most 100 characters.
 */
function safeFileName(name) {
    if (PLAIN.test(name))
        return name;
    const prefix = name.replace(KEPT, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name, 'utf8').digest('hex').slice(0, 16);
    return `${prefix.slice(0, PREFIX_MAX)}_${hash}`;
}
/** Whether `target` is strictly inside `dir` (not `dir` itself), comparing the paths as given. */
function isInside(dir, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(dir, target);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel);
}
/**
 * The real path of `p`, every symlink resolved, also when `p` does not exist (yet): its nearest
 * existing ancestor is resolved and the rest appended. What the file system would reach through `p`.
 */
function realPathNearest(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(p);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(abs);
    }
    catch {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs);
        return parent === abs ? abs : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(realPathNearest(parent), node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(abs));
    }
}
/**
 * `rel` joined to `dir`, refused when the result would not be strictly inside `dir`. A bug when it
 * happens: every name that reaches a path went through safeFileName first.
 */
function insideDir(dir, rel) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dir, rel);
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel) || !isInside(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dir), abs))
        throw new Error(`bug: ${JSON.stringify(rel)} would be written outside ${dir}`);
    return abs;
}
/**
 * Writes `data` to `rel` inside `dir` without following a symlink: the output directory may sit in a
 * checkout whose content the pull request chose, so `clusters` or `diff.json` could be a link to any
 * file of the runner. The parent must really be inside `dir`; an existing file (or link) is replaced.
 */
async function writeInside(dir, rel, data) {
    const abs = insideDir(dir, rel);
    const realDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(dir);
    const realParent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs));
    if (realParent !== realDir && !isInside(realDir, realParent)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(abs)} is a symlink out of ${dir}: refusing to write ${rel} through it`);
    }
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(abs).catch(() => null);
    if (existing?.isSymbolicLink() || existing?.isFile())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(abs, { force: true });
    // `wx`: create only, never open an existing path (a link planted after the check is not followed).
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(abs, data, { flag: 'wx' });
    return abs;
}


/***/ }),

/***/ 9826:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gitops-promotion.dev/schemas/app-of-apps.values.schema.json","title":"app-of-apps values","description":"Values of an Argo CD app-of-apps Helm chart: cluster identity, global source defaults, and one block per component (camelCase key) rendered into one Argo CD Application.","type":"object","properties":{"cluster":{"description":"Identity of the target cluster; usually set in values.<cluster>.yaml.","type":"object","properties":{"name":{"description":"Cluster name, used as the Application name prefix and as values.<name>.yaml of each component.","type":"string"},"env":{"description":"Environment the cluster belongs to (for example dev, staging, prod).","type":"string"},"server":{"description":"Kubernetes API server URL used as spec.destination.server of every Application.","type":"string"}},"additionalProperties":false},"global":{"description":"Defaults shared by all component blocks.","type":"object","properties":{"repoURL":{"description":"Default Git repository URL of component sources.","type":"string"},"targetRevision":{"description":"Default Git revision (branch, tag or commit) of component sources.","type":"string"}},"additionalProperties":true}},"additionalProperties":{"$ref":"#/definitions/component"},"definitions":{"component":{"description":"One component, rendered as an Argo CD Application named <cluster.name>-<component-name> when enabled.","type":"object","properties":{"enable":{"description":"Whether the Application is rendered for this cluster.","type":"boolean"},"project":{"description":"Argo CD project of the Application (default: default).","type":"string"},"namespace":{"description":"Destination namespace of the component (an RFC 1123 label).","type":"string","maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"annotations":{"description":"Annotations of the Application, for example argocd.argoproj.io/sync-wave.","type":"object","additionalProperties":{"type":"string"}},"labels":{"description":"Extra labels of the Application; cluster, env and component are always set by the chart.","type":"object","additionalProperties":{"type":"string"}},"source":{"description":"Where the component\'s manifests come from (spec.source of the Application).","type":"object","properties":{"repoURL":{"description":"Git or Helm repository URL (default: global.repoURL).","type":"string"},"path":{"description":"Path of the chart inside a Git repository, for example charts/cert-manager.","type":"string"},"chart":{"description":"Chart name when repoURL is a Helm repository (used instead of path).","type":"string"},"targetRevision":{"description":"Git revision or chart version (default: global.targetRevision).","type":"string"},"helm":{"description":"Helm options of the source (spec.source.helm).","type":"object","properties":{"releaseName":{"description":"Helm release name (default: the component name).","type":"string"},"valueFiles":{"description":"Extra value files, relative to the chart, applied after values.yaml and values.<cluster>.yaml.","type":"array","items":{"type":"string","minLength":1}},"values":{"description":"Inline values, applied after all value files.","type":"object"},"parameters":{"description":"Individual Helm parameter overrides (like --set).","type":"array","items":{"type":"object","properties":{"name":{"description":"Parameter name, for example controller.replicas.","type":"string"},"value":{"description":"Parameter value.","type":"string"},"forceString":{"description":"Pass the value as a string (like --set-string).","type":"boolean"}},"required":["name"],"additionalProperties":false}}},"additionalProperties":false}},"additionalProperties":false},"syncPolicy":{"description":"Replaces the default syncPolicy (automated prune and selfHeal, CreateNamespace=true).","type":"object"}},"additionalProperties":false}}}');

/***/ }),

/***/ 603:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gitops-promotion.dev/schemas/argocd-application.schema.json","$comment":"Generated by scripts/gen-argocd-schema.mjs from argoproj/argo-cd manifests/crds/application-crd.yaml at commit 37ee0097cf851bc2dd7665fc081bbce61a7e836e (Copyright The Argo Authors, Apache License 2.0, see third_party/argo-cd/LICENSE and NOTICE.md). Modified: descriptions removed, additionalProperties:false added to closed objects, root apiVersion/kind/metadata constrained, status reduced to an object. Do not edit by hand; run node scripts/gen-argocd-schema.mjs.","properties":{"apiVersion":{"type":"string","const":"argoproj.io/v1alpha1"},"kind":{"type":"string","const":"Application"},"metadata":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"generateName":{"type":"string"},"namespace":{"type":"string"},"labels":{"type":"object","additionalProperties":{"type":"string"}},"annotations":{"type":"object","additionalProperties":{"type":"string"}},"finalizers":{"type":"array","items":{"type":"string"}},"uid":{"type":"string"},"resourceVersion":{"type":"string"},"generation":{"type":"integer","format":"int64"},"creationTimestamp":{"type":["string","null"],"format":"date-time"},"deletionTimestamp":{"type":"string","format":"date-time"},"deletionGracePeriodSeconds":{"type":"integer","format":"int64"},"ownerReferences":{"type":"array","items":{"type":"object","required":["apiVersion","kind","name","uid"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"uid":{"type":"string"},"controller":{"type":"boolean"},"blockOwnerDeletion":{"type":"boolean"}},"additionalProperties":false}},"managedFields":{"type":"array","items":{"type":"object","properties":{"apiVersion":{"type":"string"},"fieldsType":{"type":"string"},"fieldsV1":{"type":"object"},"manager":{"type":"string"},"operation":{"type":"string"},"subresource":{"type":"string"},"time":{"type":"string","format":"date-time"}},"additionalProperties":false}}},"additionalProperties":false},"operation":{"properties":{"info":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"initiatedBy":{"properties":{"automated":{"type":"boolean"},"username":{"type":"string"}},"type":"object","additionalProperties":false},"retry":{"properties":{"backoff":{"properties":{"duration":{"type":"string"},"factor":{"format":"int64","type":"integer"},"maxDuration":{"type":"string"}},"type":"object","additionalProperties":false},"limit":{"format":"int64","type":"integer"},"refresh":{"type":"boolean"}},"type":"object","additionalProperties":false},"sync":{"properties":{"autoHealAttemptsCount":{"format":"int64","type":"integer"},"dryRun":{"type":"boolean"},"manifests":{"items":{"type":"string"},"type":"array"},"prune":{"type":"boolean"},"resources":{"items":{"properties":{"group":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name"],"type":"object","additionalProperties":false},"type":"array"},"revision":{"type":"string"},"revisions":{"items":{"type":"string"},"type":"array"},"source":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"sources":{"items":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"type":"array"},"syncOptions":{"items":{"type":"string"},"type":"array"},"syncStrategy":{"properties":{"apply":{"properties":{"force":{"type":"boolean"}},"type":"object","additionalProperties":false},"hook":{"properties":{"force":{"type":"boolean"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"spec":{"properties":{"destination":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"server":{"type":"string"}},"type":"object","additionalProperties":false},"ignoreDifferences":{"items":{"properties":{"group":{"type":"string"},"jqPathExpressions":{"items":{"type":"string"},"type":"array"},"jsonPointers":{"items":{"type":"string"},"type":"array"},"kind":{"type":"string"},"managedFieldsManagers":{"items":{"type":"string"},"type":"array"},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind"],"type":"object","additionalProperties":false},"type":"array"},"info":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"project":{"type":"string"},"revisionHistoryLimit":{"format":"int64","type":"integer"},"source":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"sourceHydrator":{"properties":{"drySource":{"properties":{"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"repoURL":{"type":"string"},"targetRevision":{"type":"string"}},"required":["path","repoURL","targetRevision"],"type":"object","additionalProperties":false},"hydrateTo":{"properties":{"targetBranch":{"type":"string"}},"required":["targetBranch"],"type":"object","additionalProperties":false},"syncSource":{"properties":{"path":{"minLength":1,"pattern":"^.{2,}|[^./]$","type":"string"},"repoURL":{"type":"string"},"targetBranch":{"type":"string"}},"required":["path","targetBranch"],"type":"object","additionalProperties":false}},"required":["drySource","syncSource"],"type":"object","additionalProperties":false},"sources":{"items":{"properties":{"chart":{"type":"string"},"directory":{"properties":{"disableExtensionFilter":{"type":"boolean"},"exclude":{"type":"string"},"include":{"type":"string"},"jsonnet":{"properties":{"extVars":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"libs":{"items":{"type":"string"},"type":"array"},"tlas":{"items":{"properties":{"code":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"recurse":{"type":"boolean"}},"type":"object","additionalProperties":false},"helm":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"fileParameters":{"items":{"properties":{"name":{"type":"string"},"path":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"ignoreMissingValueFiles":{"type":"boolean"},"kubeVersion":{"type":"string"},"namespace":{"type":"string"},"parameters":{"items":{"properties":{"forceString":{"type":"boolean"},"name":{"type":"string"},"value":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"},"passCredentials":{"type":"boolean"},"releaseName":{"type":"string"},"skipCrds":{"type":"boolean"},"skipSchemaValidation":{"type":"boolean"},"skipTests":{"type":"boolean"},"valueFiles":{"items":{"type":"string"},"type":"array"},"values":{"type":"string"},"valuesObject":{"type":"object","x-kubernetes-preserve-unknown-fields":true},"version":{"type":"string"}},"type":"object","additionalProperties":false},"kustomize":{"properties":{"apiVersions":{"items":{"type":"string"},"type":"array"},"commonAnnotations":{"additionalProperties":{"type":"string"},"type":"object"},"commonAnnotationsEnvsubst":{"type":"boolean"},"commonLabels":{"additionalProperties":{"type":"string"},"type":"object"},"components":{"items":{"type":"string"},"type":"array"},"forceCommonAnnotations":{"type":"boolean"},"forceCommonLabels":{"type":"boolean"},"ignoreMissingComponents":{"type":"boolean"},"images":{"items":{"type":"string"},"type":"array"},"kubeVersion":{"type":"string"},"labelIncludeTemplates":{"type":"boolean"},"labelWithoutSelector":{"type":"boolean"},"namePrefix":{"type":"string"},"nameSuffix":{"type":"string"},"namespace":{"type":"string"},"patches":{"items":{"properties":{"options":{"additionalProperties":{"type":"boolean"},"type":"object"},"patch":{"type":"string"},"path":{"type":"string"},"target":{"properties":{"annotationSelector":{"type":"string"},"group":{"type":"string"},"kind":{"type":"string"},"labelSelector":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"version":{"type":"string"}},"type":"object","additionalProperties":false}},"type":"object","additionalProperties":false},"type":"array"},"replicas":{"items":{"properties":{"count":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true},"name":{"type":"string"}},"required":["count","name"],"type":"object","additionalProperties":false},"type":"array"},"version":{"type":"string"}},"type":"object","additionalProperties":false},"name":{"type":"string"},"path":{"type":"string"},"plugin":{"properties":{"env":{"items":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object","additionalProperties":false},"type":"array"},"name":{"type":"string"},"parameters":{"items":{"properties":{"array":{"items":{"type":"string"},"type":"array"},"map":{"additionalProperties":{"type":"string"},"type":"object"},"name":{"type":"string"},"string":{"type":"string"}},"type":"object","additionalProperties":false},"type":"array"}},"type":"object","additionalProperties":false},"ref":{"type":"string"},"repoURL":{"type":"string"},"tagPrefix":{"type":"string"},"targetRevision":{"type":"string"}},"required":["repoURL"],"type":"object","additionalProperties":false},"type":"array"},"syncPolicy":{"properties":{"automated":{"properties":{"allowEmpty":{"type":"boolean"},"enabled":{"type":"boolean"},"prune":{"type":"boolean"},"selfHeal":{"type":"boolean"}},"type":"object","additionalProperties":false},"managedNamespaceMetadata":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"type":"object"},"labels":{"additionalProperties":{"type":"string"},"type":"object"}},"type":"object","additionalProperties":false},"retry":{"properties":{"backoff":{"properties":{"duration":{"type":"string"},"factor":{"format":"int64","type":"integer"},"maxDuration":{"type":"string"}},"type":"object","additionalProperties":false},"limit":{"format":"int64","type":"integer"},"refresh":{"type":"boolean"}},"type":"object","additionalProperties":false},"syncOptions":{"items":{"type":"string"},"type":"array"}},"type":"object","additionalProperties":false}},"required":["destination","project"],"type":"object","additionalProperties":false},"status":{"type":"object"}},"required":["apiVersion","kind","metadata","spec"],"type":"object","additionalProperties":false}');

/***/ }),

/***/ 6538:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gitops-promotion.dev/schemas/config.schema.json","title":"gitops-promotion configuration (.github/gitops-promotion.yaml)","type":"object","additionalProperties":false,"properties":{"repoURL":{"type":"string","minLength":1,"description":"URL of this repository as Argo CD sees it; sources with this repoURL (compared normalized: ssh or https, .git, trailing slash, case of the host) are in-repo sources. Default: the URL of the git remote origin, else the repoURL of the bootstrap Applications; each of these counts as this repository."},"defaultBranch":{"type":"string","minLength":1,"description":"The branch a targetRevision of HEAD means. Default: the branch refs/remotes/origin/HEAD names, else (in an action) the event\'s repository.default_branch, else main or master when exactly one of them exists; otherwise it is unknown and clusters tracking HEAD have no ref."},"root":{"type":"string","minLength":1,"description":"Directory of the GitOps tree inside the repository, relative to its top (default \'.\'). The bootstrap glob is relative to it, and diff considers only changes under it or in a chart directory. Chart and valueFiles paths stay relative to the repository top, as Argo CD resolves them."},"controlPlane":{"enum":["auto","single","per-cluster"],"description":"single: one Argo CD manages every cluster, so Application names are unique across clusters, match applicationName and carry clusterLabel; per-cluster: each cluster runs its own Argo CD and those rules do not apply. Default auto: per-cluster when two bootstrap Applications share a name or every rendered Application deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc, in-cluster); single otherwise."},"controlPlaneNamespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63,"description":"The namespace Argo CD runs in (its controller namespace): an Application there is known by its bare name, one in another namespace as <namespace>_<name> ($ARGOCD_APP_NAME, .argocd-source-<app>.yaml). Default: the metadata.namespace of the bootstrap Applications (a cluster\'s own, else the one most of them state), else argocd."},"bootstrap":{"type":"object","additionalProperties":false,"properties":{"glob":{"type":"string","description":"Where the bootstrap Applications are (one per cluster), relative to root. Default: argocd-bootstrap-apps/*.yaml"}}},"environments":{"type":"object","description":"Environment name to the git ref its clusters track. Default: dev → dev, staging → staging, prod → stable.","additionalProperties":{"type":"object","additionalProperties":false,"required":["ref"],"properties":{"ref":{"type":"string","minLength":1,"description":"Branch or tag the environment\'s clusters track."}}}},"clusters":{"type":"array","description":"Clusters declared here override what the bootstrap Applications say (matched by name) or add clusters for repos without bootstrap files.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"env":{"type":"string","minLength":1},"chart":{"type":"string","minLength":1,"description":"Path of the app-of-apps chart, relative to the repository top like an Argo CD source path, not to root (\'.\' for the top)."},"valueFiles":{"type":"array","items":{"type":"string","minLength":1},"description":"Values files relative to the chart, applied in order after the chart\'s values.yaml."},"parameters":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","minLength":1},"value":{"type":"string"},"forceString":{"type":"boolean"}}}},"values":{"type":"string","description":"Inline values as a YAML string (Argo CD helm.values)."},"valuesObject":{"type":"object","description":"Inline values as an object (Argo CD helm.valuesObject)."},"releaseName":{"type":"string","minLength":1},"namespace":{"type":"string","minLength":1},"targetRevision":{"type":"string","minLength":1},"destination":{"type":"object","additionalProperties":false,"description":"Where this cluster\'s Applications must deploy.","properties":{"server":{"type":"string"},"name":{"type":"string"}}}}}},"valuesSchema":{"type":"string","minLength":1,"description":"\'auto\' (the chart\'s own values.schema.json, as helm enforces it; else each values file is compared with the shape of the chart\'s values.yaml, as warnings), \'builtin\' (the built-in app-of-apps component-block schema), \'none\', or a repo path to a JSON schema."},"applicationName":{"type":"string","minLength":1,"description":"Regular expression Application names must match; {cluster} stands for the cluster name. Checked with a single control plane only. Default: ^{cluster}-[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"clusterLabel":{"type":"string","minLength":1,"description":"Label every Application carries with its cluster name. Checked with a single control plane only. Default: cluster"},"dependsOn":{"type":"object","description":"Component to the components it needs deployed in strictly earlier sync waves.","additionalProperties":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true}},"rules":{"type":"object","description":"Rule id to \'off\', \'error\', \'warning\' or \'notice\'.","additionalProperties":{"enum":["off","error","warning","notice"]}},"limits":{"type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"type":"integer","minimum":1},"maxAliasCount":{"type":"integer","minimum":0},"maxExpandedNodes":{"type":"integer","minimum":0,"maximum":5000000,"description":"How many nodes alias expansion may produce in one YAML document (default 200000); a document over it (an alias bomb) is refused. Replaces the deprecated maxAliasCount, which is read as maxAliasCount x 2000 nodes when this is not set."}}},"helm":{"type":"object","additionalProperties":false,"properties":{"kubeVersion":{"type":"string","description":"Passed to helm template --kube-version."},"apiVersions":{"type":"array","items":{"type":"string"},"description":"Passed to helm template --api-versions."}}},"diff":{"type":"object","additionalProperties":false,"description":"Settings of the diff command.","properties":{"ignore":{"type":"object","additionalProperties":false,"description":"Changes that never count (the report says how many it ignored).","properties":{"paths":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"JSON pointers into Applications and rendered resources; \'*\' matches any key, e.g. /metadata/annotations/checksum~1config."},"labels":{"type":"array","items":{"type":"string","minLength":1},"description":"Label keys, e.g. helm.sh/chart (metadata and pod template)."},"annotations":{"type":"array","items":{"type":"string","minLength":1},"description":"Annotation keys (metadata and pod template)."}}},"deep":{"type":"boolean","description":"Also render in-repo component charts and diff their resources (default true)."},"productionEnvironments":{"type":"array","items":{"type":"string","minLength":1},"description":"Environments whose changes are flagged as a risk (default: prod, production)."}}},"promotion":{"type":"object","additionalProperties":false,"description":"Gates and edges of promote (and, later, release and hotfix).","properties":{"edges":{"type":"array","description":"The edges of the promotion path (promote between branches; release and hotfix to the stable tag), each optionally with its own gates and settings, which override the ones below for that edge. Default: dev → staging.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1},"to":{"type":"string","minLength":1},"gates":{"type":"array","items":{"enum":["validation","checks","soak","argocd","labels","freeze"]},"description":"The gates this edge applies. Default: all of them."},"soak":{"type":"string","pattern":"^(\\\\d+[wdhms])+$","description":"This edge\'s soak time (overrides promotion.soak)."},"requiredChecks":{"type":"array","items":{"type":"string","minLength":1},"description":"This edge\'s required checks (overrides promotion.requiredChecks)."},"blockingLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"This edge\'s blocking labels (overrides promotion.blockingLabels)."},"freeze":{"$ref":"#/properties/promotion/properties/freeze","description":"This edge\'s freeze windows (overrides promotion.freeze)."}}}},"soak":{"type":"string","pattern":"^(\\\\d+[wdhms])+$","description":"How long the candidate must have been the head of `from` (or deployed there), e.g. 2h."},"requiredChecks":{"type":"array","items":{"type":"string","minLength":1},"description":"Check runs and commit statuses that must have succeeded on the candidate. Default: every one present, and at least one."},"blockingLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"No open issue or pull request may carry one of these labels. Default: promotion-blocker."},"freeze":{"type":"array","description":"Windows in which nothing is promoted.","items":{"oneOf":[{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"name":{"type":"string"},"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},{"type":"object","additionalProperties":false,"required":["days","start","end"],"properties":{"name":{"type":"string"},"days":{"type":"array","minItems":1,"items":{"enum":["mon","tue","wed","thu","fri","sat","sun"]}},"start":{"type":"string","pattern":"^([01]?\\\\d|2[0-4]):[0-5]\\\\d$"},"end":{"type":"string","pattern":"^([01]?\\\\d|2[0-4]):[0-5]\\\\d$"},"timezone":{"type":"string"}}}]}}}},"release":{"type":"object","additionalProperties":false,"description":"Settings of the release command: cut the moving production tag(s) from a branch, with immutable version tags.","properties":{"from":{"type":"string","minLength":1,"description":"The branch releases are cut from. Default: staging."},"versionTag":{"type":"string","minLength":1,"description":"Pattern of the immutable version tags: {major}, {minor} and {patch} once each, in that order, e.g. stable-v{major}.{minor}.{patch} (the default). A version tag is never moved or deleted."},"firstVersion":{"type":"string","pattern":"^(0|[1-9]\\\\d{0,8})\\\\.(0|[1-9]\\\\d{0,8})\\\\.(0|[1-9]\\\\d{0,8})$","description":"The version of the first release. Default: 1.0.0."},"waves":{"type":"array","minItems":1,"description":"The moving tags production clusters follow, in the order a release moves them (one wave each). Default: one wave, the ref of environment prod (stable).","items":{"type":"object","additionalProperties":false,"required":["tag"],"properties":{"tag":{"type":"string","minLength":1,"description":"The tag this wave\'s clusters follow (their Applications\' targetRevision), e.g. stable or ops-stable."},"clusters":{"type":"array","items":{"type":"string","minLength":1},"description":"The clusters of this wave. Default: the clusters whose Applications track the tag."}}}},"verify":{"type":"object","additionalProperties":false,"description":"Wait after each wave until Argo CD reports every Application of its clusters Synced at the release and Healthy (needs argocd-server and a token).","properties":{"enabled":{"type":"boolean","description":"Verify every release (the verify input and --verify also turn it on). Default: false."},"timeout":{"type":"string","pattern":"^(\\\\d+[wdhms])+$","description":"How long to wait per wave. Default: 10m."},"interval":{"type":"string","pattern":"^(\\\\d+[wdhms])+$","description":"How often to ask Argo CD. Default: 15s."},"rollbackOnFailure":{"type":"boolean","description":"When a wave fails verification, move its tag back to where it was (with a lease) and say so in the release notes. Default: false."}}}}},"hotfix":{"type":"object","additionalProperties":false,"description":"Settings of the hotfix command: an emergency fix off the first release wave\'s tag (stable), released at once, then merged forward.","properties":{"branches":{"type":"string","minLength":1,"description":"Glob of the hotfix branches (* matches within one path segment). Default: hotfix/*."},"gates":{"type":"array","items":{"enum":["validation","checks","soak","argocd","labels","freeze"]},"description":"The gates a hotfix applies (soak and freeze are skipped for emergencies unless listed). Default: validation and checks. The settings (required checks, soak, …) are those of promotion."},"forwardMerge":{"type":"array","items":{"type":"string","minLength":1},"description":"The branches the hotfix is merged into after its release, in order. Default: staging, then dev (the release\'s from, then the branches before it)."},"mode":{"enum":["push","pull-request"],"description":"push (default): a merge commit pushed with a lease; pull-request: a pull request merged through the API, so branch protection applies."},"conflictLabel":{"type":"string","minLength":1,"description":"The label of a forward-merge conflict\'s pull request. Default: forward-merge-conflict."}}},"drift":{"type":"object","additionalProperties":false,"description":"Settings of the drift command: the scheduled dashboard of pending promotions, environment divergence and live Argo CD state, kept in one GitHub issue.","properties":{"maxAge":{"type":"string","minLength":2,"description":"Commits pending on an edge longer than this make it a warning, e.g. 7d, 36h, 1w. Default: 7d."},"allowValues":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"JSON pointers into an Application (a * segment matches any one) whose values may differ from the environment it is promoted from, e.g. /spec/source/helm/valuesObject/replicas."},"downstreamOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Components that may run downstream only (e.g. a production-only backup), which are then no drift."},"environments":{"type":"boolean","description":"Render each environment at its ref and compare its Applications with those of the environment it is promoted from. Default: true."},"issue":{"type":"object","additionalProperties":false,"properties":{"label":{"type":"string","minLength":1,"description":"The dashboard issue\'s label. Default: gitops-drift."},"title":{"type":"string","minLength":1,"description":"Its title. Default: GitOps drift dashboard."},"authors":{"type":"array","items":{"type":"string","minLength":1},"description":"Logins whose issues may be the dashboard besides GitHub Apps (github-actions[bot], your App): the user of a personal access token that runs the drift workflow."},"closeWhenClean":{"type":"boolean","description":"Close the issue with a comment when a complete report finds no drift (reopened when drift returns). Default: true."}}}}}}}');

/***/ })

};
