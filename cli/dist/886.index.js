export const id = 886;
export const ids = [886];
export const modules = {

/***/ 5886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_HELP: () => (/* binding */ VALIDATE_HELP),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/locate.ts
var gitops_locate = __webpack_require__(3256);
// EXTERNAL MODULE: ./src/gitops/objects.ts
var gitops_objects = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/gitops/render-recipe.ts + 2 modules
var render_recipe = __webpack_require__(140);
// EXTERNAL MODULE: ./src/diff/chart-renders.ts
var chart_renders = __webpack_require__(4119);
// EXTERNAL MODULE: ./src/diff/deep.ts + 1 modules
var deep = __webpack_require__(6286);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/commands/validate-check.ts + 10 modules
var validate_check = __webpack_require__(6828);
;// CONCATENATED MODULE: ./src/commands/validate-objects.ts










/** Runs validate, then renders every Application's in-repo chart of every rendered cluster. */
async function validateObjects(options) {
    const charts = options.charts ?? new chart_renders/* ChartRenders */.w(options.helm);
    const run = await (0,validate/* validateRun */.S)({ ...options, charts });
    const concurrency = options.concurrency ?? external_node_os_default().availableParallelism();
    const ctx = { d: run.discovery, r: run.renders, charts, concurrency };
    const clusters = [];
    const failures = [];
    for (const cluster of run.discovery.topology.clusters) {
        clusters.push(await clusterOutput(ctx, cluster.name, failures));
    }
    return { result: withFindings(run.result, failures, run.discovery), clusters };
}
async function clusterOutput(ctx, cluster, failures) {
    if (!ctx.r.rendered.has(cluster))
        return { cluster, appOfApps: null, applications: [] };
    const objects = ctx.r.objects.filter((o) => o.cluster.name === cluster);
    const appOfApps = lastOfEach(objects
        .filter((o) => o.parent === undefined)
        .map((o) => ({ key: (0,gitops_objects/* objectKey */.T5)(o), template: o.template, object: o.object })));
    const byName = new Map();
    for (const app of ctx.r.apps)
        if (app.cluster.name === cluster)
            byName.set(app.name, app);
    const apps = [...byName.values()];
    const outputs = await (0,concurrency/* mapLimit */.sf)(apps, ctx.concurrency, (app) => applicationOutput(ctx, app));
    const locate = new gitops_locate/* Locator */.hO(ctx.d.files, new Map());
    const applications = apps.map((app, i) => {
        const o = outputs[i];
        if (o.failure)
            failures.push(componentFailure(locate, app, o.failure));
        return {
            application: app.name,
            component: app.component,
            parent: app.level?.parent ?? null,
            output: o.output,
        };
    });
    return { cluster, appOfApps, applications };
}
/** What one Application deploys; `failure` when its component chart fails as in Argo CD. */
async function applicationOutput(ctx, app) {
    if (app.nested) {
        if (app.nested.state === 'failed')
            return {
                output: { state: app.nested.failure === 'broken' ? 'broken' : 'unknown', reason: app.nested.reason },
            };
        const level = ctx.r.objects.filter((o) => o.cluster.name === app.cluster.name && o.parent === app.name);
        return {
            output: rendered(level.map((o) => ({ key: (0,gitops_objects/* objectKey */.T5)(o), template: o.template, object: o.object }))),
        };
    }
    const source = (0,deep/* componentSource */.dc)(app.object, ctx.d.files, ctx.d.topology.repoURLs, app.cluster.controlPlaneNamespace);
    if (!source)
        return { output: { state: 'unknown', reason: 'the Application has no source' } };
    if (source.kind === 'unrendered')
        return { output: { state: 'unknown', reason: source.reason } };
    const outside = (0,render_recipe/* externalValueFiles */.eh)(source.recipe)[0];
    if (outside)
        return { output: { state: 'unknown', reason: `value file ${outside.entry} is outside this repository` } };
    const helm = ctx.d.config.helm;
    const r = await ctx.charts.render(ctx.d.files, source.recipe, {
        dependencyBuild: false,
        kubeVersion: helm.kubeVersion,
        apiVersions: helm.apiVersions,
    });
    if (!r.ok) {
        if (r.failure === 'unavailable')
            return { output: { state: 'unknown', reason: r.reason } };
        return {
            output: { state: 'broken', reason: r.reason },
            failure: { rule: r.rule, chart: source.recipe.chart, reason: r.reason },
        };
    }
    const ids = (0,gitops_objects/* identifyObjects */.XC)(r.manifests.map((m) => m.object), source.recipe.destinationNamespace);
    return {
        output: rendered(r.manifests.map((m, i) => ({ key: (0,gitops_objects/* objectKey */.T5)(ids[i]), template: m.source, object: m.object }))),
    };
}
function rendered(objects) {
    return { state: 'rendered', objects: lastOfEach(objects) };
}
/** The objects in render order, of two with one identity the later one only: Argo CD applies that one. */
function lastOfEach(objects) {
    const last = new Map();
    objects.forEach((o, i) => last.set(o.key, i));
    return objects
        .filter((o, i) => last.get(o.key) === i)
        .map(({ template, object }) => ({ template, object }));
}
function componentFailure(locate, app, f) {
    return {
        ...(0,src_findings/* finding */.gk)('error', f.rule, `component chart ${f.chart} does not render: ${f.reason}`, locate.template(app, ['spec', 'source', 'path']), app.cluster.name),
        subject: app.name,
    };
}
/** validate's result with the component charts' failures among its findings. */
function withFindings(result, raw, d) {
    if (raw.length === 0)
        return result;
    const findings = (0,src_findings/* sortFindings */.Tc)([...result.findings, ...(0,validate_check/* applyRuleSettings */.m)((0,src_findings/* collapseFindings */.iQ)(raw), d.config)]);
    return { ...result, findings, counts: (0,src_findings/* countBySeverity */.Ot)(findings) };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/commands/with-tree.ts
var with_tree = __webpack_require__(5253);
// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git_git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm_helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/helm/render-cache.ts + 6 modules
var render_cache = __webpack_require__(7445);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/** GitHub shows at most this many annotations of each severity per step. */
const ANNOTATIONS_PER_SEVERITY = 10;
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command: `::error file=…,line=…,col=…,title=…::message`. */
function annotation(f) {
    const props = [];
    if (f.file)
        props.push(`file=${escapeProperty(f.file)}`);
    if (f.file && f.line)
        props.push(`line=${f.line}`);
    if (f.file && f.line && f.column)
        props.push(`col=${f.column}`);
    props.push(`title=${escapeProperty(`${f.rule}${f.cluster ? ` (${f.cluster})` : ''}`)}`);
    return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}
/** The annotations GitHub will show (the first 10 of each severity); the rest belong in the summary. */
function selectAnnotations(findings) {
    const used = { error: 0, warning: 0, notice: 0 };
    return findings.filter((f) => used[f.severity]++ < ANNOTATIONS_PER_SEVERITY);
}

// EXTERNAL MODULE: ./src/report/validate-report.ts
var validate_report = __webpack_require__(5753);
// EXTERNAL MODULE: ./src/report/matrix-text.ts
var matrix_text = __webpack_require__(3189);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/report/rendered-files.ts





/** The index of an output directory: which file holds what, and what could not be written. */
const INDEX_FILE = '_index.json';
/** Each cluster's app-of-apps objects: no component's file can have this name (safeFileName never starts with `_`). */
const APP_OF_APPS_FILE = '_app-of-apps.yaml';
/**
 * Writes what every cluster's Applications deploy: `<cluster>/_app-of-apps.yaml` (the objects its
 * app-of-apps chart renders), `<cluster>/<component>.yaml` per Application (the Application's name
 * when two components of a cluster would share a file), `_index.json`. Names are made safe
 * (safeFileName), nothing is written outside `dir` or through a symlink. `dir` must be new, empty,
 * or an earlier output (whose listed entries are replaced).
 */
async function writeRenderedFiles(clusters, dir) {
    await prepareDir(dir);
    const dirs = uniqueNames(clusters.map((c) => [c.cluster]));
    const entries = [];
    for (const [i, c] of clusters.entries())
        entries.push(await writeCluster(dir, dirs[i], c));
    const complete = entries.every((e) => e.rendered && e.applications.every((a) => a.state === 'rendered'));
    const index = { version: 1, complete, clusters: entries };
    await (0,safe_path/* writeInside */.Mt)(dir, INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
    return index;
}
async function writeCluster(dir, clusterDir, c) {
    await (0,promises_.mkdir)((0,safe_path/* insideDir */.m0)(dir, clusterDir), { recursive: true });
    const appOfApps = c.appOfApps ? `${clusterDir}/${APP_OF_APPS_FILE}` : null;
    if (appOfApps && c.appOfApps)
        await (0,safe_path/* writeInside */.Mt)(dir, appOfApps, objectsYaml(c.appOfApps));
    const names = uniqueNames(c.applications.map((a) => [a.component, a.application]));
    const applications = [];
    for (const [j, a] of c.applications.entries()) {
        const o = a.output;
        const file = o.state === 'rendered' ? `${clusterDir}/${names[j]}.yaml` : null;
        if (file && o.state === 'rendered')
            await (0,safe_path/* writeInside */.Mt)(dir, file, objectsYaml(o.objects));
        applications.push({
            application: a.application,
            component: a.component,
            parent: a.parent,
            state: o.state,
            file,
            objects: o.state === 'rendered' ? o.objects.length : 0,
            reason: o.state === 'rendered' ? null : o.reason,
        });
    }
    return { name: c.cluster, dir: clusterDir, rendered: c.appOfApps !== null, appOfApps, applications };
}
/**
 * A file name for each item: the safe form of its first name, or of its last name when two items (or
 * a case-folded pair) would share that one; a number is added to what still collides.
 */
function uniqueNames(candidates) {
    const key = (name) => (0,safe_path/* safeFileName */.Tx)(name).toLowerCase();
    const firsts = new Map();
    for (const c of candidates)
        firsts.set(key(c[0]), (firsts.get(key(c[0])) ?? 0) + 1);
    const taken = new Set();
    return candidates.map((c) => {
        const preferred = (0,safe_path/* safeFileName */.Tx)(firsts.get(key(c[0])) > 1 ? c[c.length - 1] : c[0]);
        let name = preferred;
        // `_<n>` is never the end of a safe name: plain names have no `_`, others end with a long hash.
        for (let n = 2; taken.has(name.toLowerCase()); n++)
            name = `${preferred}_${n}`;
        taken.add(name.toLowerCase());
        return name;
    });
}
/** Each object as one YAML document (YAML 1.1 quoting, as Kubernetes tools read it), with its template. */
function objectsYaml(objects) {
    return objects
        .map((o) => {
        const source = o.template ? `# Source: ${o.template.replace(/[^\x20-\x7e]/g, '?')}\n` : '';
        return `---\n${source}${(0,dist/* stringify */.As)(o.object, { version: '1.1', lineWidth: 0 })}`;
    })
        .join('');
}
/**
 * A new or empty directory, or an earlier output: its `_index.json` and the cluster directories it
 * lists are removed. Anything else in it is refused (never delete what this command did not write).
 */
async function prepareDir(dir) {
    const st = await (0,promises_.lstat)(dir).catch(() => null);
    if (!st)
        return void (await (0,promises_.mkdir)(dir, { recursive: true }));
    if (!st.isDirectory())
        throw new errors/* ConfigurationError */.j1(`output directory ${dir} is not a directory`);
    const entries = await (0,promises_.readdir)(dir);
    if (entries.length === 0)
        return;
    const listed = await earlierOutput(dir);
    const other = entries.filter((e) => !listed.has(e));
    if (listed.size === 0 || other.length > 0)
        throw new errors/* ConfigurationError */.j1(`output directory ${dir} is not empty (${other.slice(0, 3).join(', ')}${other.length > 3 ? ', …' : ''}): give a new or empty directory, or one this command wrote before`);
    for (const e of listed)
        await (0,promises_.rm)((0,safe_path/* insideDir */.m0)(dir, e), { recursive: true, force: true });
}
/** The entries an earlier output wrote (its index and cluster directories); empty when `dir` holds none. */
async function earlierOutput(dir) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(dir, INDEX_FILE), 'utf8').catch(() => null);
    if (text === null)
        return new Set();
    let index;
    try {
        index = JSON.parse(text);
    }
    catch {
        return new Set();
    }
    if (index.version !== 1 || !Array.isArray(index.clusters))
        return new Set();
    const dirs = index.clusters
        .map((c) => c?.dir)
        // Only names this command writes: one path segment, as safeFileName makes them.
        .filter((d) => typeof d === 'string' && /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(d));
    return new Set([INDEX_FILE, ...dirs]);
}
/** What --output-dir wrote, and each Application whose objects are not there (and why). */
function renderedNotice(index, outDir) {
    const apps = index.clusters.flatMap((c) => c.applications.map((a) => ({ cluster: c.name, ...a })));
    const written = apps.filter((a) => a.file !== null).length;
    const lines = [
        `rendered objects: ${written}/${apps.length} Applications written to ${outDir} (see _index.json)`,
    ];
    for (const c of index.clusters)
        if (!c.rendered)
            lines.push(`  not written: cluster ${c.name} (its app-of-apps did not render)`);
    for (const a of apps)
        if (a.file === null)
            lines.push(`  not written: ${a.cluster}/${a.application} (${a.state}: ${a.reason ?? ''})`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/validate-command.ts
















const VALIDATE_HELP = `Usage: gitops-promotion validate [options]

Validate a GitOps repo: values files against their schema (each file and merged per cluster),
every cluster rendered with helm template, rendered Applications against Argo CD's schema and rules.

Options:
  --repo DIR        the GitOps repo (default: the current directory)
  --ref REF         validate this git ref's tree instead of the working tree (read with git, no checkout)
  --format FORMAT   text (default), json, github (workflow annotations) or markdown
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  --cache-dir DIR   keep helm renders in DIR and reuse them in later runs (outside the repo; default:
                    this run's renders only)
  --matrix          with text output: also print what runs where (component × cluster)
  --output-dir DIR  also render every Application's chart and write what each cluster deploys there:
                    DIR/<cluster>/<component>.yaml, DIR/<cluster>/_app-of-apps.yaml, DIR/_index.json
  -v, --verbose     debug logging on stderr
  -h, --help        this help

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.
`;
const FORMATS = ['text', 'json', 'github', 'markdown'];
async function validateCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            repo: { type: 'string' },
            ref: { type: 'string' },
            format: { type: 'string', default: 'text' },
            config: { type: 'string' },
            helm: { type: 'string' },
            'cache-dir': { type: 'string' },
            matrix: { type: 'boolean', default: false },
            'output-dir': { type: 'string' },
            verbose: { type: 'boolean', short: 'v', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(VALIDATE_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const format = (0,cli_io/* formatOption */.Bx)(values.format, FORMATS);
    const repo = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const logger = (0,src_logger/* stderrLogger */.D)(values.verbose);
    const helm = (0,render_cache/* createCachingHelm */.k)((0,helm_helm/* createHelm */.xs)((0,helm_helm/* resolveHelmBinary */.ux)(values.helm, io.env)), {
        cacheDir: values['cache-dir'] ? external_node_path_default().resolve(io.cwd, values['cache-dir']) : null,
        repoDir: repo,
        logger,
    });
    const git = (0,git_git/* createGit */.lD)(repo, io.env);
    const configFile = values.config ? (0,config/* configInRepo */.uw)(repo, values.config) : undefined;
    const outDir = values['output-dir'] ? external_node_path_default().resolve(io.cwd, values['output-dir']) : null;
    const options = { git, helm, logger, ...(configFile ? { configFile } : {}) };
    const { result, clusters } = await (0,with_tree/* withTree */.H)(repo, values.ref, git, async (dir) => outDir
        ? validateObjects({ ...options, repoDir: dir })
        : { result: await (0,validate/* validate */.t)({ ...options, repoDir: dir }), clusters: null }).finally(() => helm.finish());
    if (outDir && clusters)
        io.stderr(renderedNotice(await writeOutput(clusters, outDir), outDir));
    (format === 'github' ? (io.commands ?? io.stdout) : io.stdout)(formatResult(result, format, values.matrix));
    return result.counts.error > 0 ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
function formatResult(result, format, matrix) {
    switch (format) {
        case 'json':
            return (0,validate_report/* renderJson */.hF)(result);
        case 'markdown':
            return (0,validate_report/* renderMarkdown */.Gc)(result);
        case 'github':
            return result.findings.map((f) => `${annotation(f)}\n`).join('');
        case 'text':
            return (0,validate_report/* renderText */.S5)(result) + (matrix ? `\n${(0,matrix_text/* renderMatrixText */.b)(result.matrix)}` : '');
    }
}
async function writeOutput(clusters, outDir) {
    try {
        return await writeRenderedFiles(clusters, outDir);
    }
    catch (e) {
        if (!e.code)
            throw e;
        throw new errors/* ConfigurationError */.j1(`cannot write the rendered objects to ${outDir}: ${e.message}`);
    }
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


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderMatrixText),
/* harmony export */   n: () => (/* binding */ alignedTable)
/* harmony export */ });
/** The what-runs-where matrix as an aligned text table (✗ where a component is not deployed). */
function renderMatrixText(matrix) {
    const header = ['component', ...matrix.clusters];
    const rows = matrix.components.map((component) => [
        component,
        ...matrix.clusters.map((c) => matrix.cells[component][c] ?? '✗'),
    ]);
    return alignedTable(header, rows);
}
// eslint-disable-next-line no-control-regex
const printable = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
/** Columns padded to their widest cell, separated by two spaces, a dashed line under the header. */
function alignedTable(given, givenRows) {
    // Names come from the repository: no control character (an escape sequence) reaches the terminal.
    const header = given.map(printable);
    const rows = givenRows.map((r) => r.map(printable));
    const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
    const line = (cells) => cells
        .map((c, i) => c + ' '.repeat(widths[i] - [...c].length))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}


/***/ }),

/***/ 5753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony export locationText */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9717);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);



const ICON = { error: '🔴', warning: '🟡', notice: '🔵' };
function countsText(c) {
    return `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.error, 'error')}, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.warning, 'warning')}, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.notice, 'notice')}`;
}
function locationText(f) {
    if (!f.file)
        return '';
    return f.line ? `${f.file}:${f.line}${f.column ? `:${f.column}` : ''}` : f.file;
}
/** Plain text, one finding a line, for terminals: `file:line:col: error [rule] (cluster) message`. */
function renderText(result) {
    const lines = result.findings.map((f) => {
        const where = locationText(f);
        const cluster = f.cluster ? ` (${f.cluster})` : '';
        return `${where ? `${where}: ` : ''}${f.severity} [${f.rule}]${cluster} ${f.message}`;
    });
    const rendered = result.clusters.filter((c) => c.rendered).length;
    const apps = result.clusters.reduce((n, c) => n + c.applications, 0);
    lines.push(topologyText(result), `${countsText(result.counts)} (${rendered}/${result.clusters.length} clusters rendered, ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(apps, 'Application')} checked)`);
    return `${lines.join('\n')}\n`;
}
const BRANCH_SOURCE = {
    config: 'from the config',
    'origin-head': 'from origin/HEAD',
    event: 'from the GitHub event',
    'main-or-master': 'the only one of main and master',
    unknown: 'unknown',
};
/** One line: the control plane the rules assumed, and the default branch HEAD means. */
function topologyText(result) {
    const cp = result.controlPlane;
    const plane = cp.kind === 'single' ? 'one Argo CD for every cluster' : 'one Argo CD per cluster';
    const t = result.topology;
    const branch = t.defaultBranch === null ? 'unknown' : `${t.defaultBranch} (${BRANCH_SOURCE[t.defaultBranchSource]})`;
    return `topology: ${plane} (${cp.source === 'config' ? 'configured' : `detected: ${cp.reason}`}); default branch ${branch}`;
}
/** The stable JSON report (documented in the README). */
function renderJson(result) {
    const report = {
        version: 1,
        counts: result.counts,
        topology: {
            controlPlane: result.controlPlane.kind,
            controlPlaneSource: result.controlPlane.source,
            controlPlaneReason: result.controlPlane.reason,
            defaultBranch: result.topology.defaultBranch,
            defaultBranchSource: result.topology.defaultBranchSource,
            repoURL: result.topology.repoURL,
            repoURLSource: result.topology.repoURLSource,
            root: result.config.root,
        },
        findings: result.findings,
        clusters: result.clusters,
        matrix: result.matrix,
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
function renderMatrix(matrix) {
    if (matrix.clusters.length === 0)
        return '_No cluster rendered._';
    const rows = matrix.components.map((component) => [
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(component),
        ...matrix.clusters.map((c) => {
            const rev = matrix.cells[component][c];
            return rev === null || rev === undefined ? '❌' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(rev);
        }),
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['component', ...matrix.clusters.map(_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)], rows);
}
/** The job summary / markdown report: verdict, findings table, clusters, what-runs-where. */
function renderMarkdown(result, options = {}) {
    const { error, warning, notice } = result.counts;
    const verdict = error > 0 ? '❌ **validation failed**' : '✅ **validation passed**';
    const parts = [
        `## gitops-promotion validate`,
        '',
        `${verdict}: ${error} errors, ${warning} warnings, ${notice} notices`,
    ];
    if (options.annotated !== undefined && options.annotated < result.findings.length) {
        parts.push('', `GitHub shows the first ${options.annotated} findings as annotations; all ${result.findings.length} are listed here.`);
    }
    if (result.findings.length > 0) {
        parts.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', 'rule', 'where', 'cluster', 'message'], result.findings.map((f) => [
            ICON[f.severity],
            (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(f.rule),
            (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(locationText(f)),
            (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.cluster ?? ''),
            (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.message),
        ])));
    }
    parts.push('', '### Clusters', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['cluster', 'environment', 'tracks', 'Applications'], result.clusters.map((c) => [
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.name),
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.env ?? '—'),
        c.ref === null ? (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)('HEAD (default branch unknown)') : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(c.ref),
        c.rendered ? String(c.applications) : '❌ not rendered',
    ])), '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)('<b>What runs where</b> (component × cluster → targetRevision)', renderMatrix(result.matrix), true), '');
    return parts.join('\n');
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
