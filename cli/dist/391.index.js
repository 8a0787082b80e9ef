export const id = 391;
export const ids = [391];
export const modules = {

/***/ 8391:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
;// CONCATENATED MODULE: ./src/commands/with-tree.ts






/**
 * Runs `fn` on the working tree, or on a temporary copy of it without any `.git` when a chart could
 * see one (a chart at the repository root would otherwise read `.git/config`, the checkout's
 * credentials, with `.Files.Get`), or on a temporary export of `ref`'s tree.
 */
async function withTree(repo, ref, git, fn) {
    if (!ref)
        return withWorkingTreeCopy(repo, fn);
    if (!(await git.isRepository()))
        throw new errors/* ConfigurationError */.j1(`--ref needs a git repository, and ${repo} is not one`);
    return git.withExportedTree(await git.revParse(ref), fn);
}
async function withWorkingTreeCopy(repo, fn) {
    (0,repo_files/* requireDirectory */.T)(repo);
    // Links into .git are refused by validate itself; only a chart that has a .git under it needs the copy.
    if (!(0,repo_files/* gitDirVisibleToCharts */.CY)(repo))
        return fn(repo);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gp-tree-'));
    try {
        // Symlinks stay as written: one that leads out of the repository is still refused in the copy.
        // The directory itself may be reached through a link; inside it, only files, directories and links.
        await (0,promises_.cp)(await (0,promises_.realpath)(repo), dir, {
            recursive: true,
            verbatimSymlinks: true,
            filter: (src) => {
                const st = (0,external_node_fs_.lstatSync)(src);
                return external_node_path_default().basename(src) !== '.git' && (st.isFile() || st.isDirectory() || st.isSymbolicLink());
            },
        });
        return await fn(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/git/git.ts + 14 modules
var git_git = __webpack_require__(190);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/helm/helm.ts
var helm_helm = __webpack_require__(4910);
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

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/report/validate-report.ts



const ICON = { error: '🔴', warning: '🟡', notice: '🔵' };
function countsText(c) {
    return `${(0,plural/* plural */.L)(c.error, 'error')}, ${(0,plural/* plural */.L)(c.warning, 'warning')}, ${(0,plural/* plural */.L)(c.notice, 'notice')}`;
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
    lines.push(topologyText(result), `${countsText(result.counts)} (${rendered}/${result.clusters.length} clusters rendered, ${(0,plural/* plural */.L)(apps, 'Application')} checked)`);
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
        (0,markdown_escape/* cellCode */.GA)(component),
        ...matrix.clusters.map((c) => {
            const rev = matrix.cells[component][c];
            return rev === null || rev === undefined ? '❌' : (0,markdown_escape/* cellCode */.GA)(rev);
        }),
    ]);
    return (0,markdown/* table */.tp)(['component', ...matrix.clusters.map(markdown_escape/* cell */.Hn)], rows);
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
        parts.push('', (0,markdown/* table */.tp)(['', 'rule', 'where', 'cluster', 'message'], result.findings.map((f) => [
            ICON[f.severity],
            (0,markdown_escape/* cellCode */.GA)(f.rule),
            (0,markdown_escape/* cell */.Hn)(locationText(f)),
            (0,markdown_escape/* cell */.Hn)(f.cluster ?? ''),
            (0,markdown_escape/* cell */.Hn)(f.message),
        ])));
    }
    parts.push('', '### Clusters', '', (0,markdown/* table */.tp)(['cluster', 'environment', 'tracks', 'Applications'], result.clusters.map((c) => [
        (0,markdown_escape/* cell */.Hn)(c.name),
        (0,markdown_escape/* cell */.Hn)(c.env ?? '—'),
        c.ref === null ? (0,markdown_escape/* cell */.Hn)('HEAD (default branch unknown)') : (0,markdown_escape/* cellCode */.GA)(c.ref),
        c.rendered ? String(c.applications) : '❌ not rendered',
    ])), '', (0,markdown/* details */.zH)('<b>What runs where</b> (component × cluster → targetRevision)', renderMatrix(result.matrix), true), '');
    return parts.join('\n');
}

// EXTERNAL MODULE: ./src/report/matrix-text.ts
var matrix_text = __webpack_require__(3189);
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
  --matrix          with text output: also print what runs where (component × cluster)
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
            matrix: { type: 'boolean', default: false },
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
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new cli_io/* UsageError */.eb(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
    const repo = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const helm = (0,helm_helm/* createHelm */.xs)((0,helm_helm/* resolveHelmBinary */.ux)(values.helm, io.env));
    const git = (0,git_git/* createGit */.lD)(repo, io.env);
    const logger = (0,src_logger/* stderrLogger */.D)(values.verbose);
    const configFile = values.config ? (0,config/* configInRepo */.uw)(repo, values.config) : undefined;
    const result = await withTree(repo, values.ref, git, (dir) => (0,validate/* validate */.t)({
        repoDir: dir,
        git,
        helm,
        logger,
        ...(configFile ? { configFile } : {}),
    }));
    (format === 'github' ? (io.commands ?? io.stdout) : io.stdout)(formatResult(result, format, values.matrix));
    return result.counts.error > 0 ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
function formatResult(result, format, matrix) {
    switch (format) {
        case 'json':
            return renderJson(result);
        case 'markdown':
            return renderMarkdown(result);
        case 'github':
            return result.findings.map((f) => `${annotation(f)}\n`).join('');
        case 'text':
            return renderText(result) + (matrix ? `\n${(0,matrix_text/* renderMatrixText */.b)(result.matrix)}` : '');
    }
}


/***/ }),

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _validate_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2467);
/* harmony import */ var _validate_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9028);
/* harmony import */ var _validate_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2677);



/**
 * The validate pipeline in its three phases: discover (config → topology), render (values, helm
 * template per cluster in parallel, values schemas meanwhile, nested app-of-apps levels), check
 * (Application and topology rules). Throws ConfigurationError only for a config the user must fix
 * first; everything about the repo's content comes back as findings.
 */
async function validate(options) {
    const discovery = await (0,_validate_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discover */ .k)(options);
    const renders = await (0,_validate_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderClusters */ .I)(discovery, options);
    return (0,_validate_check_js__WEBPACK_IMPORTED_MODULE_0__/* .check */ .z)(discovery, renders);
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
/* harmony export */   b: () => (/* binding */ renderMatrixText)
/* harmony export */ });
/** The what-runs-where matrix as an aligned text table (✗ where a component is not deployed). */
function renderMatrixText(matrix) {
    const header = ['component', ...matrix.clusters];
    const rows = matrix.components.map((component) => [
        component,
        ...matrix.clusters.map((c) => matrix.cells[component][c] ?? '✗'),
    ]);
    const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
    const line = (cells) => cells
        .map((c, i) => c + ' '.repeat(widths[i] - [...c].length))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}


/***/ })

};
