import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8084:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6403);

await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6403:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __nccwpck_require__(5251);
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts





/**
 * Per user, never in the shared temp directory, under the working directory or in a git work tree (a
 * checkout, which a pull request may fill: node and V8 check a cache entry with hashes anyone can
 * compute, and V8 runs what it holds): `$XDG_CACHE_HOME` when absolute, else `~/.cache`, then
 * `gitops-promotion/node-compile-cache`.
 * Off in CI (CI set, as GitHub Actions, GitLab and most others set it, or GITHUB_ACTIONS): on a runner
 * that keeps its home the cache would be written by one job and run by the next, perhaps another
 * repository's, and an ephemeral runner starts with none anyway. NODE_COMPILE_CACHE (node enabled it
 * itself) and NODE_DISABLE_COMPILE_CACHE (node refuses it) are node's own.
 */
function compileCacheChoice(env, cwd, homedir = (external_node_os_default()).homedir, exists = external_node_fs_.existsSync) {
    if (env.GITHUB_ACTIONS === 'true' || !['', '0', 'false'].includes(env.CI ?? ''))
        return { kind: 'off', reason: 'in CI' };
    if (env.NODE_COMPILE_CACHE)
        return { kind: 'node' };
    const xdg = env.XDG_CACHE_HOME;
    let base;
    if (xdg && external_node_path_default().isAbsolute(xdg))
        base = xdg;
    else {
        const home = homedir();
        if (!external_node_path_default().isAbsolute(home))
            return { kind: 'off', reason: 'no home directory' };
        base = external_node_path_default().join(home, '.cache');
    }
    const dir = external_node_path_default().join(base, 'gitops-promotion', 'node-compile-cache');
    const here = external_node_path_default().resolve(cwd);
    if (dir === here || (0,safe_path/* isInside */.FK)(here, dir))
        return { kind: 'off', reason: `${dir} is under the working directory` };
    // A home that is a checkout (dotfiles, HOME set to a repository) would let its commits plant entries.
    const tree = workTreeOf(dir, exists);
    if (tree !== null)
        return { kind: 'off', reason: `${dir} is in the git work tree ${tree}` };
    return { kind: 'dir', dir };
}
/** The nearest directory at or above `dir` (absolute) holding a `.git`, or null. */
function workTreeOf(dir, exists) {
    for (let d = dir;; d = external_node_path_default().dirname(d)) {
        if (exists(external_node_path_default().join(d, '.git')))
            return d;
        if (external_node_path_default().dirname(d) === d)
            return null;
    }
}
/**
 * The compiled code of the CLI's modules kept between runs (node 22.1+; older nodes have no such
 * cache): compiling them is about a tenth of a small diff. Called by the CLI's entry before any
 * command's modules load; a cache that cannot be used is only slower, never an error.
 */
function enableCompileCache(env = process.env) {
    let choice;
    try {
        choice = compileCacheChoice(env, process.cwd());
    }
    catch (e) {
        return { kind: 'off', reason: e.message };
    }
    if (choice.kind !== 'dir')
        return choice;
    const enable = (external_node_module_default()).enableCompileCache;
    try {
        enable?.(choice.dir);
    }
    catch {
        return { kind: 'off', reason: 'node refused it' };
    }
    return choice;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/report/log-safe.ts
var log_safe = __nccwpck_require__(9816);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/main.ts



const HELP = `Usage: gitops-promotion <command> [options]

Commands:
  validate   check values, render every cluster, check the rendered Applications
  diff       what a change between two git refs does to every cluster
  promote    gated promotion of one branch into the next (dev → staging)
  release    cut stable from staging: an immutable version tag, the stable tag moved with a lease,
             a GitHub Release with the production diff, waves, verification, rollback
  hotfix     release a hotfix branch over stable at once, then merge it forward into staging
             and dev (a conflict opens a pull request); "hotfix start" creates the branch
  drift      what waits on each edge, hotfixes not merged forward, environments that diverge,
             and (with Argo CD) what the clusters run; --publish keeps it in one GitHub issue
  topology   clusters, environments and what runs where; --write FILE keeps a markdown document
             of it, --check FILE fails while that document is stale
  new-cluster  add a cluster like another: its bootstrap Application and values files copied,
             the name (env, server) replaced where they are its identity, then validated

Run "gitops-promotion <command> --help" for a command's options.
`;
/** Each command loads only its own modules: `diff` and `validate` never pay for the GitHub client. */
const COMMANDS = {
    validate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(445), __nccwpck_require__.e(886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5886))).validateCommand,
    diff: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(291), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(395), __nccwpck_require__.e(445), __nccwpck_require__.e(368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2194))).diffCommand,
    promote: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(413), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(859), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8070))).promoteCommand,
    release: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(413), __nccwpck_require__.e(291), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(859), __nccwpck_require__.e(395), __nccwpck_require__.e(184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2184))).releaseCommand,
    hotfix: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(413), __nccwpck_require__.e(291), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(859), __nccwpck_require__.e(395), __nccwpck_require__.e(184), __nccwpck_require__.e(358)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4358))).hotfixCommand,
    drift: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(413), __nccwpck_require__.e(260), __nccwpck_require__.e(859), __nccwpck_require__.e(445), __nccwpck_require__.e(671)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6671))).driftCommand,
    topology: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(629)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3629))).topologyCommand,
    'new-cluster': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(260), __nccwpck_require__.e(828), __nccwpck_require__.e(917)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2917))).newClusterCommand,
};
/**
 * Output that can start no workflow command when the CLI runs in a workflow step: a JSON document
 * keeps its meaning with `##[` written `#\u0023[` (no line of it starts with `::`); any other text
 * that may hold a command is printed between stop-commands markers.
 */
function commandSafe(text) {
    if (isJson(text)) {
        // Inside JSON strings only: every non-ASCII character as \uXXXX (no invisible character can hide
        // a `##[`), and `##[` itself with its `#` escaped. The document means the same.
        return text
            .replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
            .replaceAll('##[', '#\\u0023[');
    }
    return (0,log_safe/* logSafe */.sN)(text);
}
function isJson(text) {
    if (!/^\s*[{[]/.test(text))
        return false;
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}
/** Runs the CLI and returns the exit code; never exits the process and never prints a stack for a user mistake. */
async function runCli(argv, given) {
    const io = {
        ...given,
        stdout: (t) => given.stdout(commandSafe(t)),
        commands: given.stdout,
        stderr: (t) => given.stderr((0,log_safe/* logSafe */.sN)(t)),
    };
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(HELP);
        return name ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.usage;
    }
    const load = COMMANDS[name];
    if (!load) {
        io.stderr(`gitops-promotion: unknown command "${name}"\n\n${HELP}`);
        return cli_io/* EXIT */.dc.usage;
    }
    try {
        const command = await load();
        return await command(rest, io);
    }
    catch (e) {
        if (e instanceof cli_io/* UsageError */.eb || (0,errors/* isConfigurationError */.p0)(e) || isArgError(e)) {
            io.stderr(`gitops-promotion ${name}: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
            return cli_io/* EXIT */.dc.usage;
        }
        io.stderr(`gitops-promotion ${name}: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        return cli_io/* EXIT */.dc.usage;
    }
}
/** node:util parseArgs errors (unknown option, missing value) are usage errors. */
function isArgError(e) {
    const code = e?.code;
    return e instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/util/young-generation.ts


/** Node and V8 flags that size the young generation (or the whole heap): the user's choice, kept. */
const SIZING = /^--(?:(?:max|min)-semi-space-size|semi-space-growth-factor|max-heap-size)(?:=|$)/;
/** Where the young generation stops growing: two semi-spaces of 8 MiB, half of node 20's own bound. */
const YOUNG_GENERATION_BOUND = 16 * 1024 * 1024;
/**
 * Stops V8's young generation from growing once it holds YOUNG_GENERATION_BOUND, for the rest of the
 * process, unless the node options size it (`node --max-semi-space-size=…`, NODE_OPTIONS; V8 takes
 * `_` for `-`).
 *
 * Why: what a run keeps (every parsed render, frozen and shared by both refs) survives its first
 * scavenge, and a steady survival rate makes V8 double the semi-spaces up to their bound: 16 MiB
 * each on node 20, 64 MiB on node 24, whose young generation alone was 128 MiB of a 320 MiB peak on
 * a 200-cluster diff. Only the growth factor can change once V8 runs (the bound is fixed when the
 * heap is made), and it is changed from a 'gc' PerformanceObserver, which node calls between turns of
 * the event loop: the bound holds where work yields between scavenges (a run reads its renders a
 * batch at a time), and one long synchronous stretch may grow it past the bound before the stop.
 * Measured on that diff: 0.90x the wall time of the unbounded run, peak 220 MB instead of 324 MB.
 * Called once, first thing, by the CLI's and the actions' entry points.
 */
function boundYoungGeneration(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
    const flags = [...execArgv, ...nodeOptions.split(/\s+/)].map((a) => a.replaceAll('_', '-'));
    if (flags.some((a) => SIZING.test(a)))
        return false;
    if (watching)
        return true;
    watching = true;
    const stop = () => {
        if (youngGenerationBytes() < YOUNG_GENERATION_BOUND)
            return false;
        external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
        return true;
    };
    if (stop())
        return true;
    const watch = new external_node_perf_hooks_.PerformanceObserver(() => {
        if (stop())
            watch.disconnect();
    });
    watch.observe({ entryTypes: ['gc'] });
    return true;
}
/** Once per process: a second entry point in it (a test calling two actions) adds no observer. */
let watching = false;
function youngGenerationBytes() {
    return external_node_v8_default().getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

;// CONCATENATED MODULE: ./src/cli.ts




/** Entry of the `gitops-promotion` binary: sets the exit code, never calls process.exit. */
async function main() {
    boundYoungGeneration();
    enableCompileCache();
    process.exitCode = await runCli(process.argv.slice(2), (0,cli_io/* processIO */.Wb)());
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ formatOption),
/* harmony export */   Wb: () => (/* binding */ processIO),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
const processIO = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
});
class UsageError extends Error {
}
/** Exit codes: 0 ok, 1 findings or a failed gate, 2 usage or configuration error. */
const EXIT = { ok: 0, findings: 1, usage: 2, error: 2 };
/** `--format`'s value when it is one of `formats`; else a usage error naming them. */
function formatOption(given, formats) {
    const format = formats.find((f) => f === given);
    if (format === undefined)
        throw new UsageError(`--format must be one of ${formats.join(', ')}, got "${given ?? ''}"`);
    return format;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake the user can fix: bad config, bad arguments, a missing binary. Printed as one
 * clear line (file and line when known) with exit code 2, never with a stack trace.
 * Anything else that escapes is a bug in gitops-promotion.
 */
class ConfigurationError extends Error {
    file;
    line;
    constructor(message, location) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = location?.file;
        this.line = location?.line;
    }
    /** `file:line: message`, or the bare message when no file is known. */
    describe() {
        if (!this.file)
            return this.message;
        return this.line ? `${this.file}:${this.line}: ${this.message}` : `${this.file}: ${this.message}`;
    }
}
function isConfigurationError(e) {
    return e instanceof ConfigurationError;
}
function errorMessage(e) {
    if (isConfigurationError(e))
        return e.describe();
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 9816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony exports mayHoldWorkflowCommand, newStopToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Characters removed before looking for a command prefix: controls and line breaks (the runner
 * splits lines on `\r` and `\n`), format characters such as U+200B and U+00AD, and combining marks.
 * The runner matches `::` and `##[` with culture-sensitive .NET comparisons, which can skip such
 * characters, so `#\u200B#[error]x` must count as a command too. Removing more than the runner
 * skips only means wrapping a harmless message.
 */
const SKIPPABLE = /[\p{C}\p{M}\p{Zl}\p{Zp}]/gu;
/**
 * Whether the runner could read a workflow command anywhere in this text: `::` (a command when a
 * line starts with it after whitespace) or the legacy `##[` (a command anywhere in a line).
 */
function mayHoldWorkflowCommand(text) {
    const bare = text.replace(SKIPPABLE, '');
    return bare.includes('::') || bare.includes('##[');
}
/** A stop-commands token nobody can guess: the runner resumes only on `::<token>::`. */
function newStopToken() {
    return `gitops-promotion-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
}
/**
 * Text for the runner log that can start no workflow command: text that may hold one is printed
 * between `::stop-commands::<token>` and `::<token>::`, where the runner prints every line
 * literally, whatever it holds. Other text is returned as it is. One string, so that one write
 * keeps the three parts together.
 */
function logSafe(text, token = newStopToken) {
    if (!mayHoldWorkflowCommand(text))
        return text;
    const t = token();
    return `::stop-commands::${t}\n${text}\n::${t}::`;
}


/***/ }),

/***/ 5251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Mt: () => (/* binding */ writeInside),
/* harmony export */   Tx: () => (/* binding */ safeFileName),
/* harmony export */   m0: () => (/* binding */ insideDir),
/* harmony export */   m6: () => (/* binding */ realPathNearest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);





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
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(abs);
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8084);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
