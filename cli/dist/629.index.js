export const id = 629;
export const ids = [629];
export const modules = {

/***/ 3629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOPOLOGY_HELP: () => (/* binding */ TOPOLOGY_HELP),
  topologyCommand: () => (/* binding */ topologyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/gitops/topology-view.ts
/** The view of a validated tree. */
function topologyView(result) {
    const summaries = new Map(result.clusters.map((c) => [c.name, c]));
    const clusters = result.topology.clusters.map((c) => clusterView(c, result.apps, result.controlPlane, summaries.get(c.name)));
    const unrendered = clusters.filter((c) => !c.rendered).map((c) => c.name);
    return {
        version: 1,
        clusters,
        environments: environments(result, result.topology.clusters),
        controlPlane: result.controlPlane,
        defaultBranch: result.topology.defaultBranch,
        matrix: result.matrix,
        unrendered,
        complete: unrendered.length === 0,
    };
}
function clusterView(c, apps, controlPlane, summary) {
    const rendered = summary?.rendered ?? false;
    return {
        name: c.name,
        env: c.env,
        targetRevision: c.targetRevision,
        ref: c.ref,
        chart: c.chart,
        valueFiles: [...c.valueFiles],
        destinations: c.destination
            ? [destinationText(c.destination)]
            : rendered
                ? destinationsOf(apps.filter((a) => a.cluster.name === c.name))
                : null,
        controlPlane: { kind: controlPlane.kind, namespace: c.controlPlaneNamespace },
        definedIn: c.definedAt.file,
        rendered,
        applications: summary?.applications ?? 0,
    };
}
function destinationText(d) {
    return d.server ? d.server : `name:${d.name ?? ''}`;
}
function destinationsOf(apps) {
    const out = new Set();
    for (const a of apps) {
        const d = a.object.spec?.destination;
        if (d && (typeof d.server === 'string' || typeof d.name === 'string'))
            out.add(destinationText({
                ...(typeof d.server === 'string' ? { server: d.server } : {}),
                ...(typeof d.name === 'string' ? { name: d.name } : {}),
            }));
    }
    return [...out].sort();
}
/**
 * The configured environments in their order, then any other environment a cluster names; each with
 * the ref its clusters track (the configured one, or the default branch for the default dev).
 */
function environments(result, clusters) {
    const names = [...Object.keys(result.config.environments)];
    for (const c of clusters)
        if (c.env && !names.includes(c.env))
            names.push(c.env);
    return names.map((name) => {
        const members = clusters.filter((c) => c.env === name);
        const ref = members.find((c) => c.envRef !== null)?.envRef ?? result.config.environments[name]?.ref ?? null;
        return { name, ref, clusters: members.map((c) => c.name) };
    });
}

// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/topology.ts


/**
 * What runs where in the tree of `repoDir`: validate's pipeline (every cluster rendered as Argo CD
 * renders it), seen as clusters, environments, control plane and the component × cluster matrix.
 * validate's findings are not part of it: a cluster that does not render is `unrendered`, and the
 * view incomplete.
 */
async function topology(options) {
    return topologyView(await (0,validate/* validate */.t)(options));
}

// EXTERNAL MODULE: ./src/commands/with-tree.ts
var with_tree = __webpack_require__(5253);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git_git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/report/topology-json.ts
/** gitops-promotion topology --format json: the view as it is (`version: 1`). */
function renderTopologyJson(view) {
    return `${JSON.stringify(view, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/util/one-line.ts
var one_line = __webpack_require__(1431);
// EXTERNAL MODULE: ./src/report/matrix-text.ts
var matrix_text = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/report/topology-text.ts


/** gitops-promotion topology's text: environments, clusters, the control plane, what runs where. */
function renderTopologyText(view) {
    const t = (s) => (0,one_line/* oneLine */.T)(s);
    const environments = (0,matrix_text/* alignedTable */.n)(['environment', 'ref', 'clusters'], view.environments.map((e) => [t(e.name), t(e.ref ?? 'unknown'), t(e.clusters.join(', ') || '-')]));
    const clusters = (0,matrix_text/* alignedTable */.n)([
        'cluster',
        'env',
        'targetRevision',
        'ref',
        'chart',
        'value files',
        'destination',
        'control plane',
        'defined in',
    ], view.clusters.map((c) => [
        c.name,
        c.env ?? '-',
        c.targetRevision,
        c.ref ?? 'unknown',
        c.chart,
        c.valueFiles.join(', ') || '-',
        destinations(c),
        controlPlane(c),
        c.definedIn,
    ].map(t)));
    return [
        environments,
        clusters,
        `${controlPlaneSentence(view)}\n${headSentence(view)}\n`,
        view.matrix.clusters.length > 0 ? (0,matrix_text/* renderMatrixText */.b)(view.matrix) : 'No cluster rendered.\n',
        ...(view.complete ? [] : [`${unrenderedSentence(view)}\n`]),
    ].join('\n');
}
function destinations(c) {
    return c.destinations === null ? 'unknown (not rendered)' : c.destinations.join(', ') || '-';
}
function controlPlane(c) {
    return `${c.controlPlane.kind === 'single' ? 'shared' : 'own'} (${c.controlPlane.namespace})`;
}
function controlPlaneSentence(view) {
    const cp = view.controlPlane;
    const what = cp.kind === 'single' ? 'one Argo CD for every cluster' : 'one Argo CD per cluster';
    return `Control plane: ${what} (${cp.source === 'config' ? 'configured' : `detected: ${cp.reason}`}).`;
}
function headSentence(view) {
    return view.defaultBranch === null
        ? 'HEAD: the default branch is unknown (set defaultBranch in the config).'
        : `HEAD: the default branch, ${view.defaultBranch}.`;
}
function unrenderedSentence(view) {
    return `Incomplete: ${view.unrendered.join(', ')} did not render (see gitops-promotion validate); what runs there is unknown.`;
}

// EXTERNAL MODULE: ./src/report/validate-report.ts
var validate_report = __webpack_require__(5753);
;// CONCATENATED MODULE: ./src/report/topology-markdown.ts




/** The first line of every document topology writes: what made it, and how to make it again. */
const TOPOLOGY_HEADER = '<!-- Generated by gitops-promotion topology: do not edit. Regenerate it with `gitops-promotion topology --write <this file>`; `--check <this file>` fails while it is stale. -->';
/**
 * The what-runs-where document: stable and deterministic (no time, no commit, everything sorted as
 * the repository sorts it), so it changes only when the repository does. Repository text is escaped.
 */
function renderTopologyMarkdown(view) {
    const codes = (xs) => (xs.length ? xs.map(markdown_escape/* cellCode */.GA).join(', ') : '—');
    const environments = (0,markdown/* table */.tp)(['environment', 'ref', 'clusters'], view.environments.map((e) => [
        (0,markdown_escape/* cell */.Hn)(e.name),
        e.ref === null ? 'unknown' : (0,markdown_escape/* cellCode */.GA)(e.ref),
        codes(e.clusters),
    ]));
    const clusters = (0,markdown/* table */.tp)([
        'cluster',
        'environment',
        'targetRevision',
        'ref',
        'chart',
        'value files',
        'destination',
        'control plane',
        'defined in',
    ], view.clusters.map((c) => [
        (0,markdown_escape/* cellCode */.GA)(c.name),
        c.env === null ? '—' : (0,markdown_escape/* cell */.Hn)(c.env),
        (0,markdown_escape/* cellCode */.GA)(c.targetRevision),
        c.ref === null ? 'unknown' : (0,markdown_escape/* cellCode */.GA)(c.ref),
        (0,markdown_escape/* cellCode */.GA)(c.chart),
        codes(c.valueFiles),
        c.destinations === null ? (0,markdown_escape/* cell */.Hn)(destinations(c)) : codes(c.destinations),
        (0,markdown_escape/* cell */.Hn)(controlPlane(c)),
        (0,markdown_escape/* cellCode */.GA)(c.definedIn),
    ]));
    return ([
        TOPOLOGY_HEADER,
        '# What runs where',
        '## Environments',
        environments,
        '## Clusters',
        clusters,
        `${(0,markdown_escape/* cell */.Hn)(controlPlaneSentence(view))}\n${(0,markdown_escape/* cell */.Hn)(headSentence(view))}`,
        '## Components',
        'Component × cluster: the targetRevision each Application tracks; ❌ where the component is not deployed.',
        (0,validate_report/* renderMatrix */.CW)(view.matrix),
        ...(view.complete ? [] : [`**${(0,markdown_escape/* cell */.Hn)(unrenderedSentence(view))}**`]),
    ].join('\n\n') + '\n');
}

// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/topology-command.ts
















const TOPOLOGY_HELP = `Usage: gitops-promotion topology [options]

What runs where: every cluster (environment, targetRevision and ref, chart, value files, destination,
control plane), the environments and their refs, and the component × cluster matrix, from the
Applications every cluster renders (as validate renders them).

Options:
  --format FORMAT   text (default), json or markdown
  --write FILE      write the markdown document to FILE (relative to the repo, inside it)
  --check FILE      exit 1 when FILE is missing or not what --write would write
  --repo DIR        the GitOps repo (default: the current directory)
  --ref REF         read this git ref's tree instead of the working tree (no checkout)
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  -v, --verbose     debug logging on stderr
  -h, --help        this help

The document has no time and no commit in it: it changes only when the repository does.
Exit codes: 0 done (with --check: FILE is current); 1 with --check: FILE is stale; 2 usage or
configuration error, or a cluster did not render (what runs there is unknown: nothing is written
or checked).
`;
const FORMATS = ['text', 'json', 'markdown'];
async function topologyCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            format: { type: 'string', default: 'text' },
            write: { type: 'string' },
            check: { type: 'string' },
            repo: { type: 'string' },
            ref: { type: 'string' },
            config: { type: 'string' },
            helm: { type: 'string' },
            verbose: { type: 'boolean', short: 'v', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(TOPOLOGY_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const format = (0,cli_io/* formatOption */.Bx)(values.format, FORMATS);
    if (values.write !== undefined && values.check !== undefined)
        throw new cli_io/* UsageError */.eb('--write and --check go one at a time');
    const repo = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const given = values.write ?? values.check;
    const target = given === undefined ? null : documentPath(repo, given);
    const git = (0,git_git/* createGit */.lD)(repo, io.env);
    const configFile = values.config ? (0,config/* configInRepo */.uw)(repo, values.config) : undefined;
    const view = await (0,with_tree/* withTree */.H)(repo, values.ref, git, (dir) => topology({
        repoDir: dir,
        git,
        helm: (0,helm/* createHelm */.xs)((0,helm/* resolveHelmBinary */.ux)(values.helm, io.env)),
        logger: (0,logger/* stderrLogger */.D)(values.verbose),
        ...(configFile ? { configFile } : {}),
    }));
    if (!target)
        return print(view, format, io);
    if (!view.complete) {
        io.stderr(`gitops-promotion topology: ${unrenderedSentence(view)} ${target.rel} is not ${values.write !== undefined ? 'written' : 'checked'}\n`);
        return cli_io/* EXIT */.dc.error;
    }
    const doc = renderTopologyMarkdown(view);
    return values.write !== undefined ? write(repo, target, doc, io) : check(target, doc, io);
}
function print(view, format, io) {
    io.stdout(format === 'json'
        ? renderTopologyJson(view)
        : format === 'markdown'
            ? renderTopologyMarkdown(view)
            : renderTopologyText(view));
    if (view.complete)
        return cli_io/* EXIT */.dc.ok;
    io.stderr(`gitops-promotion topology: ${unrenderedSentence(view)}\n`);
    return cli_io/* EXIT */.dc.error;
}
/** FILE inside the repository (relative to it, or absolute under it), never through a symlink out. */
function documentPath(repo, given) {
    const p = (0,repo_files/* pathInRepo */.Z)(repo, given);
    if (p.kind === 'outside')
        throw new errors/* ConfigurationError */.j1(`${given} must be a file inside the repository ${repo}`);
    return { rel: p.rel, abs: p.abs };
}
async function write(repo, target, doc, io) {
    if ((await (0,promises_.readFile)(target.abs, 'utf8').catch(() => null)) === doc) {
        io.stdout(`${target.rel} is up to date\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    try {
        // The path is inside the repository (documentPath); its directories are made there.
        await (0,promises_.mkdir)(external_node_path_default().dirname(target.abs), { recursive: true });
        await (0,safe_path/* writeInside */.Mt)(repo, target.rel, doc);
    }
    catch (e) {
        if (!e.code)
            throw e;
        throw new errors/* ConfigurationError */.j1(`cannot write ${target.rel}: ${e.message}`);
    }
    io.stdout(`wrote ${target.rel}\n`);
    return cli_io/* EXIT */.dc.ok;
}
async function check(target, doc, io) {
    const current = await (0,promises_.readFile)(target.abs, 'utf8').catch(() => null);
    const fix = `run gitops-promotion topology --write ${target.rel}`;
    if (current === null) {
        io.stderr(`gitops-promotion topology: ${target.rel} does not exist: ${fix}\n`);
        return cli_io/* EXIT */.dc.findings;
    }
    if (current !== doc) {
        io.stderr(`gitops-promotion topology: ${target.rel} is stale (${firstDifference(current, doc)}): ${fix}\n`);
        return cli_io/* EXIT */.dc.findings;
    }
    io.stdout(`${target.rel} is up to date\n`);
    return cli_io/* EXIT */.dc.ok;
}
/** Where two texts first differ, as a line number of the file. */
function firstDifference(current, wanted) {
    const a = current.split('\n');
    const b = wanted.split('\n');
    const i = a.findIndex((line, n) => line !== b[n]);
    const line = i < 0 ? a.length + 1 : i + 1;
    return `it differs from line ${line}`;
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
