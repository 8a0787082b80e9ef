export const id = 368;
export const ids = [368];
export const modules = {

/***/ 6090:
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
// EXTERNAL MODULE: ./src/commands/diff.ts + 25 modules
var diff = __webpack_require__(7893);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/git/git.ts + 14 modules
var git = __webpack_require__(190);
// EXTERNAL MODULE: ./src/helm/helm.ts
var helm = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/report/diff-markdown.ts
var diff_markdown = __webpack_require__(5421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
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
        `diff ${(0,short_sha/* shortSha */.F)(report.base.sha)}..${(0,short_sha/* shortSha */.F)(report.head.sha)}: ${changed} of ${(0,plural/* plural */.L)(report.clusters.length, 'cluster')} changed (validation at head: ${(0,plural/* plural */.L)(report.validation.errors, 'error')})`,
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

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/diff-command.ts












const DIFF_HELP = `Usage: gitops-promotion diff --base REF --head REF [options]

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
  -v, --verbose      debug logging on stderr
  -h, --help         this help

Exit codes: 0 done, and with --exit-code: complete and nothing changed; 1 changes found with
--exit-code, and everything was compared; 2 usage or configuration error, or an incomplete diff
(changed or not): something could not be compared (a cluster or a changed chart that did not render,
dependencies not vendored, a changed Application whose source is outside the repository, no cluster at
head). "No changes" is only ever said when it is proven.
`;
const FORMATS = ['text', 'markdown', 'json'];
async function diffCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
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
            verbose: { type: 'boolean', short: 'v', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(DIFF_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    if (!values.base || !values.head)
        throw new cli_io/* UsageError */.eb('--base and --head are required');
    const format = (0,cli_io/* formatOption */.Bx)(values.format, FORMATS);
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const report = await (0,diff/* diff */.U)({
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        base: values.base,
        head: values.head,
        helm: (0,helm/* createHelm */.xs)((0,helm/* resolveHelmBinary */.ux)(values.helm, io.env)),
        logger: (0,logger/* stderrLogger */.D)(values.verbose),
        ...(values.cluster ? { clusters: values.cluster } : {}),
        ...(values['no-deep'] ? { deep: false } : {}),
        dependencyBuild: values['dependency-build'],
        ...(values.config ? { configFile: (0,config/* configInRepo */.uw)(repoDir, values.config) } : {}),
    });
    if (values['output-dir']) {
        const outDir = external_node_path_default().resolve(io.cwd, values['output-dir']);
        try {
            await writeDiffFiles(report, outDir);
        }
        catch (e) {
            const code = e.code;
            if (!code)
                throw e;
            throw new errors/* ConfigurationError */.j1(`cannot write the diff files to ${outDir}: ${e.message}`);
        }
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
