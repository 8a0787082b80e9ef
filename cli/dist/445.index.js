export const id = 445;
export const ids = [445];
export const modules = {

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hd: () => (/* binding */ fileDigest),
  sc: () => (/* binding */ sha256),
  fZ: () => (/* binding */ treeDigest)
});

// UNUSED EXPORTS: TREE_LIMITS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/helm/template-flow.ts
var template_flow = __webpack_require__(5389);
// EXTERNAL MODULE: ./src/helm/template-lex.ts
var template_lex = __webpack_require__(4596);
// EXTERNAL MODULE: ./src/helm/template-parse.ts
var template_parse = __webpack_require__(3226);
;// CONCATENATED MODULE: ./src/helm/chart-file-reads.ts
/**
 * Which files of a chart directory a render can read. Helm loads every file of the directory, but
 * gives a meaning of its own only to some (pkg/chart/v2/loader and internal/chart/v3/loader of Helm 4,
 * pkg/chart/loader of Helm 3): Chart.yaml, Chart.lock, values.yaml, values.schema.json,
 * requirements.yaml / .lock, templates/, charts/ (subcharts), crds/ (`--include-crds`), and the
 * directory loader reads .helmignore. Every other file is only in `.Files`, which a template reaches
 * through the root context alone. So where it is proven (template-flow.ts fileReadRefusal) that no
 * template can, a render depends on those files' names (`.Files` is not there to list them, but a
 * chart is keyed conservatively) and not on their content: editing another cluster's values file in
 * the chart directory changes no render of this one.
 *
 * Not proven, and the whole tree is the key (content-digest.ts): a symlink anywhere in the chart (what
 * it leads to is read as a file of the chart), a charts/ entry (subcharts' templates are not followed,
 * and a parent's template may hand them its root context), a template this check does not read, a
 * template that may read the root's `.Files`, and another file over 1 MiB (helm refuses any chart file
 * over 5 MiB, its loaders' MaxDecompressedFileSize, whatever reads it: one that could grow past that
 * makes the whole tree the key, content and so size included).
 */



/** Top-level files helm reads as itself, matched ignoring case (a case-insensitive file system finds them so). */
const MEANINGFUL_FILES = new Set([
    'chart.yaml',
    'chart.lock',
    'values.yaml',
    'values.schema.json',
    'requirements.yaml',
    'requirements.lock',
    '.helmignore',
]);
/** Top-level directories every file of which helm reads as itself (charts/: the key is then the whole tree anyway). */
const MEANINGFUL_DIRS = new Set(['templates', 'crds', 'charts']);
/** Another file may be this large at most for the narrow key: well under helm's 5 MiB limit of a chart file. */
const OTHER_FILE_LIMIT = 1024 * 1024;
/** The templates are read (lexed, parsed, followed) up to this many bytes in all. */
const TEMPLATE_BYTES = 8 * 1024 * 1024;
/** Whether helm gives this path of a chart directory (relative, with `/`) a meaning of its own. */
function meaningfulPath(rel) {
    const lower = rel.toLowerCase();
    const top = lower.split('/')[0];
    return MEANINGFUL_DIRS.has(top) || (top === lower && MEANINGFUL_FILES.has(lower));
}
/**
 * The narrow key's lines of a chart directory, told each entry of the walk in its order (`read` in
 * any order): a meaningful file as the whole tree has it (its digest), another file as its path and
 * mode only, a directory as its path and mode. `result` says whether the narrow key is proven.
 */
class NarrowWalk {
    lines = ['narrow tree: meaningful files, the names of the others'];
    refusal = null;
    templates = [];
    templateBytes = 0;
    /** A file's bytes, as the walk reads them: the templates are kept to be followed. */
    read(rel, content) {
        if (!rel.startsWith('templates/'))
            return;
        this.templateBytes += content.length;
        if (this.templateBytes > TEMPLATE_BYTES)
            this.refuse(`the templates are over ${TEMPLATE_BYTES} bytes`);
        else
            this.templates.push({ rel, content });
    }
    link(rel) {
        this.refuse(`${rel} is a symlink`);
    }
    dir(rel, mode) {
        this.charts(rel);
        this.lines.push(JSON.stringify(['dir', rel, mode]));
    }
    file(rel, mode, size, digest) {
        this.charts(rel);
        if (meaningfulPath(rel))
            this.lines.push(JSON.stringify(['file', rel, mode, digest]));
        else if (size > OTHER_FILE_LIMIT)
            this.refuse(`${rel} is over ${OTHER_FILE_LIMIT} bytes`);
        else
            this.lines.push(JSON.stringify(['name', rel, mode]));
    }
    result() {
        if (this.refusal)
            return { kind: 'whole', reason: this.refusal };
        const files = [];
        for (const t of this.templates.sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
            const parsed = templateFile(t.rel, t.content);
            if (typeof parsed === 'string')
                return { kind: 'whole', reason: parsed };
            files.push(parsed);
        }
        const refusal = (0,template_flow/* fileReadRefusal */.J)(files);
        return refusal ? { kind: 'whole', reason: refusal } : { kind: 'narrow', lines: this.lines };
    }
    charts(rel) {
        if (rel.toLowerCase().split('/')[0] === 'charts')
            this.refuse('the chart has charts/ (its subcharts are not followed)');
    }
    refuse(reason) {
        this.refusal ??= reason;
    }
}
/** A template as followed, or why it is not read: text helm parses as UTF-8, its byte order mark stripped. */
function templateFile(rel, content) {
    const text = content.toString('utf8');
    if (text.includes('\uFFFD') || text.includes('\0'))
        return `${rel} is not UTF-8 text`;
    const lexed = (0,template_lex/* lexTemplate */.e)(text.replace(/^\uFEFF/, ''));
    if (!lexed.ok)
        return `${rel}: ${lexed.reason}`;
    const parsed = (0,template_parse/* parseTemplate */.Q)(lexed.actions);
    if (!parsed.ok)
        return `${rel}: ${parsed.reason}`;
    return { path: rel, template: parsed.template };
}

// EXTERNAL MODULE: ./src/helm/volatile-calls.ts + 1 modules
var volatile_calls = __webpack_require__(8497);
;// CONCATENATED MODULE: ./src/helm/content-digest.ts






/** Beyond these a chart directory is not hashed (its renders are not cached): helm would read it all. */
const TREE_LIMITS = { entries: 100_000, bytes: 1024 * 1024 * 1024 };
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * A file helm reads (a values file, a `--set-file` file), symlinks followed as helm follows them: the
 * digest of its bytes; `missing` when there is nothing (helm then fails, and the render is not cached).
 */
async function fileDigest(file) {
    const st = await (0,promises_.stat)(file).catch((e) => {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
            return null;
        throw e;
    });
    if (!st)
        return { kind: 'digest', digest: 'missing', volatile: null };
    if (!st.isFile())
        return { kind: 'refused', reason: `${file} is not a regular file` };
    const content = await (0,promises_.readFile)(file);
    const volatile = (0,volatile_calls/* volatileCall */.j)(content);
    return { kind: 'digest', digest: sha256(content), volatile: volatile && `${file} ${volatile}` };
}
/**
 * A chart directory as helm loads it: every entry under it (helm reads them all, subcharts under
 * `charts/` and `.helmignore`d files included), each as its relative path, its kind, its mode and,
 * for a file, the digest of its bytes; a symlink as its target text and then what it leads to, files
 * and directories followed like helm follows them (also out of the directory: the digest is of what
 * helm would read). A symlink to nothing is recorded as such. Where no template can read the files
 * helm gives no meaning to, the digest is of the same walk with those files' paths and modes only
 * (chart-file-reads.ts); each file is still read once, and looked at for volatile calls.
 */
async function treeDigest(dir) {
    const walk = new TreeWalk();
    try {
        await walk.directory(dir, '', new Set([await (0,promises_.realpath)(dir)]));
    }
    catch (e) {
        if (e instanceof Refusal)
            return { digest: { kind: 'refused', reason: `${dir}: ${e.message}` }, whole: e.message, links: [] };
        throw e;
    }
    const volatile = walk.volatile && `${external_node_path_default().join(dir, walk.volatile.file)} ${walk.volatile.why}`;
    const narrow = walk.narrow.result();
    const lines = narrow.kind === 'narrow' ? narrow.lines : walk.lines;
    return {
        digest: { kind: 'digest', digest: sha256(lines.join('\n')), volatile },
        whole: narrow.kind === 'narrow' ? null : narrow.reason,
        links: walk.links,
    };
}
class Refusal extends Error {
}
class TreeWalk {
    lines = [];
    narrow = new NarrowWalk();
    links = [];
    volatile = null;
    bytes = 0;
    async directory(abs, rel, chain) {
        const names = (await (0,promises_.readdir)(abs)).sort();
        if (this.lines.length + names.length > TREE_LIMITS.entries)
            throw new Refusal(`more than ${TREE_LIMITS.entries} entries`);
        const entries = await (0,concurrency/* mapLimit */.sf)(names, 16, (name) => this.entry(abs, rel, name));
        const digests = await (0,concurrency/* mapLimit */.sf)(entries, 16, async (e) => (e.st?.isFile() ? this.file(e) : null));
        for (const [i, e] of entries.entries()) {
            if (e.link !== null) {
                this.lines.push(JSON.stringify(['link', e.rel, e.link, e.st ? 'to' : 'nothing']));
                this.narrow.link(e.rel);
            }
            if (!e.st)
                continue;
            if (e.link !== null)
                this.links.push(await (0,promises_.realpath)(e.abs));
            const mode = e.st.mode & 0o7777;
            if (e.st.isFile()) {
                this.lines.push(JSON.stringify(['file', e.rel, mode, digests[i]]));
                this.narrow.file(e.rel, mode, e.st.size, digests[i]);
            }
            else if (e.st.isDirectory()) {
                this.lines.push(JSON.stringify(['dir', e.rel, mode]));
                this.narrow.dir(e.rel, mode);
                const real = await (0,promises_.realpath)(e.abs);
                if (chain.has(real))
                    throw new Refusal(`${e.rel} leads back into itself (a symlink loop)`);
                await this.directory(e.abs, e.rel, new Set([...chain, real]));
            }
            else
                throw new Refusal(`${e.rel} is neither a file nor a directory`);
        }
    }
    async entry(dir, rel, name) {
        const abs = external_node_path_default().join(dir, name);
        const childRel = rel ? `${rel}/${name}` : name;
        const own = await (0,promises_.lstat)(abs);
        if (!own.isSymbolicLink())
            return { abs, rel: childRel, st: own, link: null };
        const target = await (0,promises_.stat)(abs).catch((e) => {
            if (e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'ELOOP')
                return null;
            throw e;
        });
        return { abs, rel: childRel, st: target, link: await (0,promises_.readlink)(abs) };
    }
    async file(e) {
        this.bytes += e.st.size;
        if (this.bytes > TREE_LIMITS.bytes)
            throw new Refusal(`more than ${TREE_LIMITS.bytes} bytes`);
        const content = await (0,promises_.readFile)(e.abs);
        this.narrow.read(e.rel, content);
        const why = this.volatile ? null : (0,volatile_calls/* volatileCall */.j)(content, { kind: 'chart-file', rel: e.rel });
        if (why)
            this.volatile = { file: e.rel, why };
        return sha256(content);
    }
}


/***/ }),

/***/ 7445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ createCachingHelm)
});

// UNUSED EXPORTS: CachingHelm

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/helm/content-digest.ts + 1 modules
var content_digest = __webpack_require__(2071);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm = __webpack_require__(5318);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
// EXTERNAL MODULE: ./src/helm/template-args.ts
var template_args = __webpack_require__(7299);
// EXTERNAL MODULE: ./src/helm/volatile-calls.ts + 1 modules
var volatile_calls = __webpack_require__(8497);
;// CONCATENATED MODULE: ./src/helm/render-key.ts





/**
 * Bumped whenever what a key covers or what an entry holds changes: entries written under another
 * format live in another directory and are never read.
 */
const RENDER_CACHE_FORMAT = 3;
/**
 * The cache key of a render: the SHA-256 of everything helm's output depends on. The argument list
 * the adapter gives helm (helm.ts templateArgs, so that any change to how it is built changes every
 * key) with each absolute path replaced by the digest of what is there (the chart directory's tree,
 * content-digest.ts treeDigest: its whole tree or, where that is proven enough, its meaningful files
 * and the names of the others; each values and `--set-file` file, wherever it is) and the inline
 * values by the digest of their text; the request itself in the same terms; the helm version, the
 * variables helm sees, the cache format.
 */
async function renderKey(req, ctx) {
    const fileParameters = req.fileParameters ?? [];
    const relative = [req.chartDir, ...req.valueFiles, ...fileParameters.map((p) => p.path)].find((p) => !external_node_path_default().isAbsolute(p));
    if (relative !== undefined)
        return { kind: 'uncacheable', reason: `"${relative}" is not an absolute path` };
    const [chart, values, files] = await Promise.all([
        ctx.tree(req.chartDir),
        Promise.all(req.valueFiles.map((f) => ctx.file(f))),
        Promise.all(fileParameters.map((p) => ctx.file(p.path))),
    ]);
    const ids = [];
    for (const d of [chart, ...values, ...files]) {
        if (d.kind === 'refused')
            return { kind: 'uncacheable', reason: d.reason };
        if (d.volatile)
            return render_key_volatile(d.volatile);
        ids.push(`sha256:${d.digest}`);
    }
    const inRequest = requestVolatile(req);
    if (inRequest)
        return render_key_volatile(inRequest);
    const [chartId, ...rest] = ids;
    const identified = {
        ...req,
        chartDir: chartId,
        valueFiles: rest.slice(0, values.length),
        fileParameters: fileParameters.map((p, i) => ({ name: p.name, path: rest[values.length + i] })),
    };
    const inline = req.inlineValues != null ? [`inline:sha256:${(0,content_digest/* sha256 */.sc)(req.inlineValues)}`] : [];
    const material = (0,canonical_json/* canonicalJson */.d)({
        format: RENDER_CACHE_FORMAT,
        helm: ctx.helmVersion,
        environment: ctx.environment,
        args: (0,template_args/* templateArgs */.g)(identified, [...identified.valueFiles, ...inline]),
        request: identified,
    });
    return { kind: 'key', key: (0,content_digest/* sha256 */.sc)(material) };
}
function render_key_volatile(why) {
    return { kind: 'uncacheable', reason: why };
}
/** Inline values and `--set` values are templates too where a chart passes them to `tpl`. */
function requestVolatile(req) {
    const inline = req.inlineValues != null ? (0,volatile_calls/* volatileCall */.j)(req.inlineValues) : null;
    if (inline)
        return `the inline values ${inline}`;
    for (const p of req.parameters) {
        const why = (0,volatile_calls/* volatileCall */.j)(p.value, { kind: 'parameter' });
        if (why)
            return `parameter ${p.name} ${why}`;
    }
    return null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/read-regular.ts
var read_regular = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/util/safe-path.ts
var safe_path = __webpack_require__(5251);
;// CONCATENATED MODULE: ./src/gitops/reading-sources.ts
/**
 * The digest of what decides the objects read from a helm output (src/gitops/manifests.ts,
 * manifests-json.ts, util/is-map.ts and js-yaml's version), recorded with every JSON form a render
 * cache entry keeps: objects read by other code are not used, the output is read again. A test
 * (test/unit/manifests-json.test.ts) fails until this is updated after a change there.
 */
const READING_SOURCES = '016b5a85366f90f8c9e39b975035db309ce4755264ab2042cc0c4a0bdad41bd1';

;// CONCATENATED MODULE: ./src/helm/render-store.ts










/** What the store holds at most, all entries together; the least recently used go first beyond it. */
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** One entry at most: a bigger render is not kept (nor read). */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** A hit on an entry last used longer ago than this marks it used again (its mtime). */
const TOUCH_AFTER_MS = 10 * 60 * 1000;
/** A temp file older than this is a write that never finished. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const ENTRY = /^[0-9a-f]{64}\.json$/;
const TEMP = /^\.[0-9a-f]{64}\.\d+\.[0-9a-f]+\.tmp$/;
const KEY = /^[0-9a-f]{64}$/;
const SHARD = /^[0-9a-f]{2}$/;
/**
 * Renders kept on disk, one file per key: `<dir>/helm-renders-v<format>/<key[0..2]>/<key>.json`,
 * holding its key, the render and a digest of both. The directory may have been restored from
 * actions/cache by another run: an entry is used only when it is a regular file (never a symlink,
 * never through one), parses, is of this format, names the key it is read for and matches its digest;
 * anything else is a miss. The cache directory itself may be anything the user chose (a symlink
 * included); the store root in it and its shard directories must be real directories, checked
 * (lstat) before anything is read, written or pruned through them: a restored cache may hold a
 * link out of it. Writes go to a temp file renamed into place, so a reader sees a whole entry or
 * none. Nothing here ever fails a run: an entry that cannot be written is said, not thrown.
 */
class RenderStore {
    dir;
    maxBytes;
    root;
    constructor(dir, maxBytes = DEFAULT_MAX_BYTES) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.root = external_node_path_default().join(dir, `helm-renders-v${RENDER_CACHE_FORMAT}`);
    }
    async read(key) {
        const file = this.entryPath(key);
        try {
            return await this.readEntry(key, file);
        }
        catch (e) {
            return { kind: 'rejected', reason: `${file}: ${e.message}` };
        }
    }
    async readEntry(key, file) {
        const dirs = await this.realDirs(key);
        if (dirs.kind === 'missing')
            return { kind: 'miss' };
        if (dirs.kind === 'refused')
            return { kind: 'rejected', reason: dirs.reason };
        const read = await (0,read_regular/* readRegularFile */.X)(file, MAX_ENTRY_BYTES, touch);
        if (read.kind === 'missing')
            return { kind: 'miss' };
        if (read.kind === 'refused')
            return { kind: 'rejected', reason: `${file} ${read.reason}` };
        const render = parseEntry(read.text, key);
        if (typeof render === 'string')
            return { kind: 'rejected', reason: `${file}: ${render}` };
        return { kind: 'hit', render };
    }
    /** Keeps a render under its key; the reason it could not, or null. */
    async write(key, render) {
        const body = entryText(key, render);
        if (Buffer.byteLength(body) > MAX_ENTRY_BYTES)
            return 'the render is too big to keep';
        const file = this.entryPath(key);
        const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${key}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        try {
            const dirs = await this.makeDirs(key);
            if (dirs)
                return dirs;
            // What is there and is not an entry (a directory, say) is ours to remove: the shard is a real directory.
            const there = await (0,promises_.lstat)(file).catch(missing);
            if (there && !there.isFile() && !there.isSymbolicLink())
                await (0,promises_.rm)(file, { recursive: true, force: true });
            // `wx`: a new file, never an existing path (nor a symlink planted there) opened.
            await (0,promises_.writeFile)(temp, body, { flag: 'wx', mode: 0o644 });
            await (0,promises_.rename)(temp, file);
            return null;
        }
        catch (e) {
            await (0,promises_.rm)(temp, { force: true }).catch(() => undefined);
            return e.message;
        }
    }
    /**
     * Bounds the store: entries kept from the most recently used down while they fit in maxBytes, the
     * rest removed, and unfinished temp files older than an hour. Only ever inside `root`, and never
     * through a link: a root that is a symlink is unlinked (the link, not what it leads to), as is any
     * symlink in it; only regular files named as entries (or temp files) in real two-hex-digit shard
     * directories are ever removed. Anything else found there is left as it is and never read.
     */
    async prune(now = Date.now()) {
        const found = { entries: [], removed: 0 };
        await this.collect(this.root, now, found);
        const { entries } = found;
        entries.sort((a, b) => b.st.mtimeMs - a.st.mtimeMs || a.file.localeCompare(b.file));
        let bytes = 0;
        let kept = 0;
        for (const e of entries) {
            if (bytes + e.st.size <= this.maxBytes) {
                bytes += e.st.size;
                kept++;
            }
            else
                found.removed += await unlinked(e.file);
        }
        return { kept, removed: found.removed + (await this.pruneOtherFormats(now)), bytes };
    }
    /** The entries of one store root (this format's or an older one's) collected, its links unlinked. */
    async collect(root, now, found) {
        const st = await (0,promises_.lstat)(root).catch(missing);
        if (st?.isSymbolicLink())
            found.removed += await unlinked(root);
        if (st?.isDirectory())
            for (const shard of await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => [])) {
                const dir = external_node_path_default().join(root, shard.name);
                if (shard.isSymbolicLink())
                    found.removed += await unlinked(dir);
                else if (shard.isDirectory() && SHARD.test(shard.name))
                    await this.pruneShard(dir, now, found);
            }
    }
    /**
     * A restored cache may still hold another format's store (never read again): its entries are
     * removed by the same rules, then its directories where they are empty (rmdir removes nothing else).
     */
    async pruneOtherFormats(now) {
        let removed = 0;
        for (const d of await (0,promises_.readdir)(this.dir, { withFileTypes: true }).catch(() => [])) {
            const m = /^helm-renders-v(\d+)$/.exec(d.name);
            if (!m || Number(m[1]) === RENDER_CACHE_FORMAT || !(d.isDirectory() || d.isSymbolicLink()))
                continue;
            const root = external_node_path_default().join(this.dir, d.name);
            const found = { entries: [], removed: 0 };
            await this.collect(root, now, found);
            for (const e of found.entries)
                found.removed += await unlinked(e.file);
            if (d.isDirectory()) {
                for (const shard of await (0,promises_.readdir)(root).catch(() => []))
                    if (SHARD.test(shard))
                        await (0,promises_.rmdir)(external_node_path_default().join(root, shard)).catch(() => undefined);
                await (0,promises_.rmdir)(root).catch(() => undefined);
            }
            removed += found.removed;
        }
        return removed;
    }
    /** One real shard directory: its entries collected, its symlinks and stale temp files unlinked. */
    async pruneShard(dir, now, found) {
        const shard = external_node_path_default().basename(dir);
        for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
            const file = external_node_path_default().join(dir, name);
            const st = await (0,promises_.lstat)(file).catch(missing);
            if (!st)
                continue;
            if (st.isSymbolicLink())
                found.removed += await unlinked(file);
            else if (st.isFile() && ENTRY.test(name) && name.startsWith(shard))
                found.entries.push({ file, st });
            else if (st.isFile() && TEMP.test(name) && now - st.mtimeMs >= STALE_TEMP_MS)
                found.removed += await unlinked(file);
        }
    }
    entryPath(key) {
        if (!KEY.test(key))
            throw new Error(`bug: ${JSON.stringify(key)} is not a render cache key`);
        return external_node_path_default().join(this.root, key.slice(0, 2), `${key}.json`);
    }
    /**
     * Whether the store root and the key's shard are real directories (never symlinks), or why not.
     * A directory found real is not looked at again by this store's reads (hundreds of entries share
     * the root and 256 shards); a write and prune check again.
     */
    async realDirs(key) {
        for (const dir of [this.root, external_node_path_default().join(this.root, key.slice(0, 2))]) {
            if (this.real.has(dir))
                continue;
            const st = await (0,promises_.lstat)(dir).catch(missing);
            if (!st)
                return { kind: 'missing' };
            if (st.isSymbolicLink())
                return { kind: 'refused', reason: `${dir} is a symlink` };
            if (!st.isDirectory())
                return { kind: 'refused', reason: `${dir} is not a directory` };
            this.real.add(dir);
        }
        return { kind: 'real' };
    }
    real = new Set();
    /**
     * The store root and the key's shard made where missing, one level at a time (never `recursive`
     * through them: an existing link is not followed, it makes the check below refuse); the cache
     * directory itself is the user's choice and made as given. Why they cannot be used, or null.
     */
    async makeDirs(key) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        for (const dir of [this.root, external_node_path_default().join(this.root, key.slice(0, 2))]) {
            await (0,promises_.mkdir)(dir).catch((e) => {
                if (e.code !== 'EEXIST')
                    throw e;
            });
            const st = await (0,promises_.lstat)(dir);
            if (st.isSymbolicLink())
                return `${dir} is a symlink`;
            if (!st.isDirectory())
                return `${dir} is not a directory`;
        }
        return null;
    }
}
/** Unlinks one path itself (a file, or a symlink: never what it leads to); 1 when it was removed. */
async function unlinked(file) {
    return (0,promises_.unlink)(file).then(() => 1, () => 0);
}
function missing(e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
        return null;
    throw e;
}
/**
 * Its use is its age: the least recently used entries are pruned first (a use within the last
 * minutes is not written again: the order it gives is the same). Through the handle: the file read.
 */
async function touch(handle, st) {
    const now = Date.now();
    if (now - st.mtimeMs > TOUCH_AFTER_MS)
        await handle.utimes(now / 1000, now / 1000).catch(() => undefined);
}
/**
 * The SHA-256 of what an entry holds, each part preceded by its length (the outputs are hashed as
 * they are: escaping megabytes of text into JSON first would cost more than the hash).
 */
function entryDigest(key, render) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const parts = [
        key,
        render.stdout,
        (0,canonical_json/* canonicalJson */.d)(render.stderr),
        render.reading ?? '\0null',
        render.readBy ?? '\0null',
    ];
    hash.update(`${RENDER_CACHE_FORMAT}`);
    for (const part of parts)
        hash.update(`\0${part.length}\0`).update(part);
    return hash.digest('hex');
}
function entryText(key, render) {
    const { stdout, stderr, reading, readBy } = render;
    const digest = entryDigest(key, render);
    return `${JSON.stringify({ format: RENDER_CACHE_FORMAT, key, stdout, stderr, reading, readBy, digest })}\n`;
}
/** The render an entry holds for `key`, or what is wrong with it. */
function parseEntry(text, key) {
    let entry;
    try {
        entry = JSON.parse(text);
    }
    catch {
        return 'not JSON (truncated or corrupted)';
    }
    if (!entry || typeof entry !== 'object' || Array.isArray(entry))
        return 'not an entry';
    const e = entry;
    if (e.format !== RENDER_CACHE_FORMAT)
        return `format ${JSON.stringify(e.format)}, not ${RENDER_CACHE_FORMAT}`;
    if (e.key !== key)
        return 'holds the render of another key';
    const parts = e.stderr;
    const part = (p) => typeof p === 'string' || (Number.isSafeInteger(p) && p >= 0);
    const { reading, readBy } = e;
    if (typeof e.stdout !== 'string' || !Array.isArray(parts) || !parts.every(part))
        return 'not an entry';
    if (!(reading === null || typeof reading === 'string') || !(readBy === null || typeof readBy === 'string'))
        return 'not an entry';
    const render = { stdout: e.stdout, stderr: parts, reading, readBy };
    if (e.digest !== entryDigest(key, render))
        return 'its digest does not match what it holds';
    // Objects another build read: the output is read again (the render itself is as good as ever).
    return readBy === READING_SOURCES ? render : { ...render, reading: null, readBy: null };
}
/**
 * The cache directory as given (absolute), refused when it is, or is inside, the repository (or the
 * repository is inside it), or is something other than a directory.
 */
function renderCacheDir(dir, repoDir) {
    const abs = external_node_path_default().resolve(dir);
    const real = (0,safe_path/* realPathNearest */.m6)(abs);
    const repo = (0,safe_path/* realPathNearest */.m6)(repoDir);
    if (real === repo || (0,safe_path/* isInside */.FK)(repo, real) || (0,safe_path/* isInside */.FK)(real, repo))
        throw new errors/* ConfigurationError */.j1(`the render cache directory ${abs} must be outside the repository ${repoDir}: its files would become part of what a chart reads`);
    const st = (0,external_node_fs_.lstatSync)(real, { throwIfNoEntry: false });
    if (st && !st.isDirectory())
        throw new errors/* ConfigurationError */.j1(`the render cache directory ${abs} is not a directory`);
    return abs;
}

;// CONCATENATED MODULE: ./src/helm/render-places.ts
/**
 * The paths of one render that helm may name in its messages and that another run's identical render
 * has elsewhere: the chart directory (real and as given), the values and `--set-file` files, each
 * symlink's target in the chart. Equal keys have as many places, in the same order.
 */
function renderPlaces(req, realChart, links) {
    return [
        realChart,
        req.chartDir,
        ...req.valueFiles,
        ...(req.fileParameters ?? []).map((p) => p.path),
        ...links,
    ];
}
/** Whether the text names a place (an output that does cannot be served for another run). */
function namesPlace(text, places) {
    return places.some((p) => text.includes(p));
}
/** The text with every place taken out, as its index: the longest place first where several match. */
function withoutPlaces(text, places) {
    const order = places.map((p, i) => [p, i]).sort((a, b) => b[0].length - a[0].length);
    const out = [];
    let at = 0;
    let plain = '';
    while (at < text.length) {
        const hit = order.find(([p]) => p.length > 0 && text.startsWith(p, at));
        if (hit) {
            if (plain)
                out.push(plain);
            plain = '';
            out.push(hit[1]);
            at += hit[0].length;
        }
        else
            plain += text[at++];
    }
    if (plain)
        out.push(plain);
    return out;
}
/** The text with each index replaced by this render's place; null when an index names no place. */
function withPlaces(parts, places) {
    let out = '';
    for (const p of parts) {
        if (typeof p === 'string')
            out += p;
        else if (p < places.length)
            out += places[p];
        else
            return null;
    }
    return out;
}

// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/helm/render-cache-stats.ts

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** `render cache (DIR): 196 hits, 4 misses (4 stored), …`: one log line. */
function cacheSummary(s, dir, pruned) {
    const parts = [
        (0,plural/* plural */.L)(s.hits, 'hit'),
        `${count(s.misses, 'miss', 'misses')}${s.misses > 0 ? ` (${s.stored} stored${s.failed ? `, ${s.failed} failed` : ''})` : ''}`,
        ...(s.repeated > 0 ? [`${s.repeated} repeated in this run`] : []),
        ...(s.uncacheable > 0 ? [`${s.uncacheable} not cacheable (${s.reasons[0] ?? ''})`] : []),
        ...(s.rejected > 0 ? [`${count(s.rejected, 'entry', 'entries')} ignored`] : []),
    ];
    const where = dir ? ` (${dir})` : ' (this run only)';
    const bound = pruned === null
        ? ''
        : typeof pruned === 'string'
            ? `; not pruned: ${pruned}`
            : `; ${count(pruned.kept, 'entry', 'entries')} kept (${Math.ceil(pruned.bytes / 1024)} KiB)${pruned.removed ? `, ${pruned.removed} pruned` : ''}`;
    return `render cache${where}: ${parts.join(', ')}${bound}`;
}

// EXTERNAL MODULE: ./src/gitops/manifests.ts
var manifests = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/util/is-map.ts
var is_map = __webpack_require__(6801);
;// CONCATENATED MODULE: ./src/gitops/manifests-json.ts


/**
 * A render's objects as JSON text, kept beside its output in the render cache: reading that text
 * back is about ten times faster than reading the YAML again (js-yaml), and gives the same objects.
 * JSON cannot hold every number YAML can (`.nan`, `.inf`, `-0`): such a render has no JSON form, and
 * its output is read as YAML each time.
 */
/** The JSON text of `read`, or null when JSON would not give the same values back. */
function readingJson(read) {
    try {
        return jsonExact(read) ? JSON.stringify(read) : null;
    }
    catch (e) {
        // Nested deeper than the stack takes: kept as its output only.
        if (e instanceof RangeError)
            return null;
        throw e;
    }
}
/**
 * What `readingJson` wrote, read back deep-frozen (as readManifests' objects are), or null when
 * the text is not of that shape (an entry of another build): its output is then read as YAML.
 */
function readingFromJson(text) {
    try {
        return readingOf(JSON.parse(text));
    }
    catch (e) {
        // Not JSON, or nested deeper than the stack takes (a hand-made entry): the output is read as YAML.
        if (e instanceof SyntaxError || e instanceof RangeError)
            return null;
        throw e;
    }
}
function readingOf(value) {
    if (!(0,is_map/* isMap */.j)(value) || !Array.isArray(value.manifests) || !Array.isArray(value.problems))
        return null;
    const sourced = (s) => s === null || typeof s === 'string';
    const manifest = (m) => (0,is_map/* isMap */.j)(m) && sourced(m.source) && (0,is_map/* isMap */.j)(m.object);
    if (!value.manifests.every(manifest) || !value.problems.every(problem))
        return null;
    (0,manifests/* deepFreeze */.ol)(value);
    return value;
}
function problem(p) {
    if (!(0,is_map/* isMap */.j)(p))
        return false;
    const kinds = ['unreadable', 'duplicate-key'];
    return (kinds.includes(p.kind) &&
        (p.source === null || typeof p.source === 'string') &&
        Number.isSafeInteger(p.index) &&
        typeof p.reason === 'string');
}
/** True when JSON.stringify then JSON.parse gives `v` back: no NaN, ±Infinity or -0 anywhere in it. */
function jsonExact(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) && !Object.is(v, -0);
    if (v === null || typeof v !== 'object')
        return typeof v !== 'undefined';
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const child of children)
        if (!jsonExact(child))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/helm/render-cache.ts











/**
 * A HelmPort that renders nothing twice: each request's key (render-key.ts: the content of every
 * file helm reads, the arguments, the helm version) is looked up in this run's renders, then in the
 * cache directory; only the misses go to the inner port (together, in order, so that it can batch
 * them), and only successful renders are kept. A render that is not a function of its key (it calls
 * a volatile template function, or its output names a path of this run) is never kept.
 *
 * One instance serves one run: the chart directories are hashed once (a tree exported from git does
 * not change during a run; a working tree edited during a run is not seen by that run, as it would
 * not be by helm halfway through), and a dependency build forgets every hash. A later run builds a
 * new instance and hashes again, so nothing it reads can be stale.
 */
class CachingHelm {
    inner;
    options;
    stats = {
        asked: 0,
        hits: 0,
        repeated: 0,
        misses: 0,
        failed: 0,
        uncacheable: 0,
        stored: 0,
        rejected: 0,
        reasons: [],
    };
    helmVersion = null;
    /** A write to the cache directory was refused in this run (finish prunes then). */
    refusedWrite = false;
    trees = new Map();
    files = new Map();
    shared = new Map();
    builds = new Set();
    environment;
    constructor(inner, options) {
        this.inner = inner;
        this.options = options;
        const env = options.env ?? process.env;
        this.environment = Object.fromEntries(helm/* HELM_ENV */.Tl.filter((v) => v !== 'PATH').map((v) => [v, env[v] ?? null]));
        // Asked now, while the trees are read, not before the first render.
        if (options.store)
            void this.version$();
    }
    /** What the inner port ran: a render served here ran nothing. */
    get invocations() {
        return this.inner.invocations;
    }
    /** Every render asked, served here or not (reports count these, the same with a cache or without). */
    renders = [];
    get store() {
        return this.options.store;
    }
    version() {
        return this.inner.version();
    }
    /**
     * A build writes into the chart (charts/*.tgz, a lock file): every hash taken before it is
     * forgotten, and none is taken while it runs (a tree may hold the chart: one at the repository root).
     */
    async dependencyBuild(chartDir, repositories) {
        const build = this.inner.dependencyBuild(chartDir, repositories);
        this.builds.add(build);
        this.forgetHashes();
        try {
            return await build;
        }
        finally {
            this.builds.delete(build);
            this.forgetHashes();
        }
    }
    template(req) {
        return this.renderAll([req], async ([r]) => [await this.inner.template(r)]).then((x) => x[0]);
    }
    /** The misses go to the inner port together, in order; `onResult` hears of each result once. */
    templateMany(reqs, concurrency, onResult) {
        return this.renderAll(reqs, (misses, indexes) => this.inner.templateMany(misses, concurrency, onResult && ((i, result) => onResult(indexes[i], result))), onResult);
    }
    /**
     * Prunes the cache directory to its bound and logs what the cache did in this run. A run that
     * only read entries that were whole leaves it as it is: only a write grows it, and only something
     * found wrong (an entry ignored, a write refused: a link, a stray file) needs tidying.
     */
    async finish() {
        const store = this.options.store;
        const tidy = store !== null && (this.stats.stored > 0 || this.stats.rejected > 0 || this.refusedWrite);
        const pruned = tidy ? await store.prune().catch((e) => e.message) : null;
        const line = cacheSummary(this.stats, store?.dir ?? null, pruned);
        if (store)
            this.options.logger.info(line);
        else
            this.options.logger.debug(line);
        return this.stats;
    }
    /** `render` gets the misses and their indexes in `reqs`; `onServed` hears of each result served here. */
    async renderAll(reqs, render, onServed) {
        this.stats.asked += reqs.length;
        this.renders.push(...reqs);
        const plans = await (0,concurrency/* mapLimit */.sf)(reqs, 16, (req) => this.plan(req));
        const indexes = reqs.flatMap((_, i) => (plans[i].kind === 'render' ? [i] : []));
        const misses = indexes.map((i) => reqs[i]);
        let rendered;
        try {
            rendered = misses.length > 0 ? await render(misses, indexes) : [];
        }
        catch (e) {
            for (const p of plans)
                if (p.kind === 'render' && p.key !== null) {
                    p.settle({ kind: 'thrown', error: e });
                    this.shared.delete(p.key);
                }
            throw e;
        }
        let next = 0;
        return Promise.all(plans.map(async (p, i) => {
            if (p.kind === 'served') {
                const result = served(await p.shared, p.places);
                onServed?.(i, result);
                return result;
            }
            const result = rendered[next++];
            if (p.key !== null)
                await this.keep(p, result);
            return result;
        }));
    }
    /** Served from this run or the cache directory, or to render (with the key to keep it under). */
    async plan(req) {
        const key = await this.keyOf(req);
        const places = key.kind === 'key' ? await this.places(req) : null;
        if (key.kind === 'uncacheable' || !places) {
            const reason = key.kind === 'uncacheable' ? key.reason : `${req.chartDir} has no real path`;
            this.stats.uncacheable++;
            if (this.stats.reasons.length < 5 && !this.stats.reasons.includes(reason))
                this.stats.reasons.push(reason);
            return { kind: 'render', key: null };
        }
        const known = this.shared.get(key.key);
        if (known) {
            this.stats.repeated++;
            return { kind: 'served', shared: known, places };
        }
        // Claimed before the cache directory is read: an identical request meanwhile waits for this one.
        let settle;
        this.shared.set(key.key, new Promise((resolve) => (settle = resolve)));
        const read = await this.read(key.key, places);
        if (read.kind === 'hit') {
            this.stats.hits++;
            settle({ kind: 'render', render: read.render });
            return { kind: 'served', shared: this.shared.get(key.key), places };
        }
        if (read.kind === 'rejected') {
            this.stats.rejected++;
            this.options.logger.debug(`render cache: entry ignored: ${read.reason}`);
        }
        this.stats.misses++;
        return { kind: 'render', key: key.key, settle, places };
    }
    /** The cache directory's entry for the key, if its messages can be given this request's paths. */
    async read(key, places) {
        const read = this.options.store ? await this.options.store.read(key) : { kind: 'miss' };
        if (read.kind !== 'hit' || withPlaces(read.render.stderr, places) !== null)
            return read;
        return { kind: 'rejected', reason: `the entry of ${key} names a path this render does not have` };
    }
    /**
     * A successful render kept (in this run, and in the cache directory), unless its output names a
     * path of this run, which a render elsewhere would not; a failure is only shared with its twins.
     */
    async keep({ key, settle, places }, result) {
        const store = this.options.store;
        const render = result.ok && !namesPlace(result.stdout, places)
            ? {
                stdout: result.stdout,
                stderr: withoutPlaces(result.stderr, places),
                // Only an entry kept for a later run needs its objects as JSON (this run reads them once).
                ...readingFor(store ? result.stdout : null),
            }
            : null;
        if (!render) {
            if (!result.ok)
                this.stats.failed++;
            settle({ kind: 'failed', result });
            this.shared.delete(key);
            return;
        }
        settle({ kind: 'render', render });
        if (!store)
            return;
        const refused = await store.write(key, render);
        if (!refused) {
            this.stats.stored++;
            return;
        }
        this.options.logger.debug(`render cache: not stored: ${refused}`);
        this.refusedWrite = true;
    }
    async places(req) {
        const tree = await this.tree(req.chartDir);
        return tree.real ? renderPlaces(req, tree.real, tree.links) : null;
    }
    async keyOf(req) {
        // Within one run helm is one binary: only keys that outlive the run (a store) name its version.
        const version = this.options.store ? await this.version$() : 'this run';
        if (version === null)
            return { kind: 'uncacheable', reason: 'the helm version is unknown' };
        const ctx = {
            helmVersion: version,
            environment: this.environment,
            tree: async (dir) => (await this.tree(dir)).digest,
            file: async (file) => {
                while (this.builds.size > 0)
                    await Promise.allSettled([...this.builds]);
                return memo(this.files, file, () => (0,content_digest/* fileDigest */.hd)(file).catch(refusedBy(file)));
            },
        };
        return renderKey(req, ctx);
    }
    version$() {
        this.helmVersion ??= this.inner.version().then((v) => v.trim() || null, () => null);
        return this.helmVersion;
    }
    forgetHashes() {
        this.trees.clear();
        this.files.clear();
    }
    async tree(dir) {
        while (this.builds.size > 0)
            await Promise.allSettled([...this.builds]);
        return memo(this.trees, dir, async () => {
            const tree = await (0,content_digest/* treeDigest */.fZ)(dir).catch((e) => ({
                digest: refusedBy(dir)(e),
                whole: e.message,
                links: [],
            }));
            if (tree.whole !== null && tree.digest.kind === 'digest')
                this.options.logger.debug(`render cache: ${dir} is keyed by its whole tree: ${tree.whole}`);
            return { ...tree, real: await (0,promises_.realpath)(dir).catch(() => null) };
        });
    }
}
/** A render served without helm for a request with these places: its messages name the request's paths. */
function served(shared, places) {
    if (shared.kind === 'thrown')
        throw shared.error;
    if (shared.kind === 'failed')
        return { ...shared.result, args: [...shared.result.args] };
    const stderr = withPlaces(shared.render.stderr, places);
    // Equal keys have as many places; an entry read from the directory was checked against them.
    if (stderr === null)
        throw new Error('bug: a render is served with fewer places than it names');
    // No helm process ran for it: no argument array.
    const read = render_cache_readingOf(shared.render);
    return { ok: true, stdout: shared.render.stdout, stderr, args: [], ...(read ? { read } : {}) };
}
/** An output's objects as JSON, and the code that read them; none without an output to keep. */
function readingFor(stdout) {
    const reading = stdout === null ? null : readingJson((0,manifests/* readManifests */.PX)(stdout));
    return { reading, readBy: reading === null ? null : READING_SOURCES };
}
const readings = new WeakMap();
/** The objects an entry keeps as JSON, read once per entry (null: its output is read as YAML). */
function render_cache_readingOf(render) {
    if (render.reading === null)
        return null;
    let read = readings.get(render);
    if (read === undefined)
        readings.set(render, (read = readingFromJson(render.reading)));
    return read;
}
function memo(map, key, make) {
    let p = map.get(key);
    if (!p)
        map.set(key, (p = make()));
    return p;
}
function refusedBy(what) {
    return (e) => ({ kind: 'refused', reason: `${what}: ${e.message}` });
}
/**
 * The helm of a command that renders: `inner` behind this run's render cache, kept in `cacheDir`
 * when one is given (trusted configuration: a flag or an action input, never a path from the
 * repository). Refused inside the repository: its entries would become files a chart at the root reads.
 */
function createCachingHelm(inner, options) {
    const store = options.cacheDir ? new RenderStore(renderCacheDir(options.cacheDir, options.repoDir)) : null;
    return new CachingHelm(inner, {
        store,
        logger: options.logger,
        ...(options.env ? { env: options.env } : {}),
    });
}


/***/ }),

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ volatileCall)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/helm/schema-references.ts
var schema_references = __webpack_require__(9664);
;// CONCATENATED MODULE: ./src/helm/tar-members.ts
const BLOCK = 512;
/**
 * The regular files of an (unpacked) tar archive, as Go's archive/tar writes them for `helm package`
 * (ustar names with their prefix, PAX `path` records, GNU long names); null when it is not a tar
 * archive this reads to its end (helm's loader fails on what it cannot read, too).
 */
function tarMembers(tar) {
    const members = [];
    let longName = null;
    let at = 0;
    while (at + BLOCK <= tar.length) {
        const header = tar.subarray(at, at + BLOCK);
        if (header.every((b) => b === 0))
            return members;
        const size = octal(header.subarray(124, 136));
        if (size === null || !checksumOk(header))
            return null;
        const data = tar.subarray(at + BLOCK, at + BLOCK + size);
        if (data.length < size)
            return null;
        at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        const type = String.fromCharCode(header[156]);
        if (type === 'x')
            longName = paxPath(data) ?? longName;
        else if (type === 'L')
            longName = tar_members_text(data);
        else if (type !== 'g') {
            // The prefix field is ustar's (POSIX magic); old GNU headers keep other fields there.
            const ustar = header.subarray(257, 263).toString('latin1') === 'ustar\0';
            const prefix = ustar ? tar_members_text(header.subarray(345, 500)) : '';
            const name = longName ?? (prefix ? `${prefix}/${tar_members_text(header.subarray(0, 100))}` : tar_members_text(header.subarray(0, 100)));
            longName = null;
            if (type === '0' || type === '\0' || type === '7')
                members.push({ name, data });
        }
    }
    // Go's reader takes an archive that ends at a header boundary without its two zero blocks.
    return at > 0 && at === tar.length ? members : null;
}
function tar_members_text(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
function octal(field) {
    const s = tar_members_text(field).trim();
    if (!/^[0-7]*$/.test(s))
        return null;
    return s === '' ? 0 : parseInt(s, 8);
}
function checksumOk(header) {
    const want = octal(header.subarray(148, 156));
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    return want === sum;
}
/** The `path` record of a PAX extended header ("<len> path=<value>\n" records, lengths in bytes). */
function paxPath(data) {
    let path = null;
    for (let at = 0; at < data.length;) {
        const space = data.indexOf(0x20, at);
        const len = space < 0 ? NaN : Number(data.subarray(at, space).toString('latin1'));
        if (!(Number.isSafeInteger(len) && len > space - at))
            break;
        const record = data.subarray(space + 1, at + len - 1).toString('utf8');
        if (record.startsWith('path='))
            path = record.slice(5);
        at += len;
    }
    return path;
}

;// CONCATENATED MODULE: ./src/helm/volatile-calls.ts





/**
 * Template functions whose result changes from one render to the next (the clock, randomness, fresh
 * keys and salts, DNS): a render that calls one is not a function of its inputs, so it is never
 * served from a cache (two renders of it are two different outputs, as Argo CD would see them). A
 * name after `.` or `$` is a field or a variable (`.Values.now`), not a call.
 */
const VOLATILE = /(?<![\w.$-])(now|ago|randAlpha|randAlphaNum|randAscii|randNumeric|randInt|randBytes|uuidv4|genPrivateKey|genCA|genCAWithKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|shuffle|bcrypt|htpasswd|encryptAES|getHostByName)\b/;
/** A backslash escape of Go, JSON or YAML strings (`\x6e`, `\u006e`, `\156`, a YAML escaped line break). */
const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r?\n[ \t]*|[\s\S])/g;
/** What YAML decodes differently from its text: an escape (double-quoted scalars), a tag (`!!binary`). */
const YAML_DECODES = /[\\!]/;
/** A packed subchart is looked into up to this size unpacked (helm itself would have to read it all). */
const MAX_UNPACKED = 256 * 1024 * 1024;
const MAX_NESTING = 10;
/**
 * Why this content may make a render differ from the last one with the same inputs (`calls
 * randAlphaNum, …`), or null. Conservative, at the cost of cache hits: a text that holds a template
 * action (`{{`) and names a volatile function as a word anywhere (not only inside an action: a `}}`
 * in a string does not end one, a comment may hide nothing) is volatile, and so is one that does
 * once its escapes are decoded (Go template strings, JSON, YAML: `"{{ \x6eow }}"` read by `tpl`) or,
 * where it is YAML, once it is parsed (its keys and string scalars, `!!binary` ones decoded). Any
 * file can hold templates (`tpl` renders values, `.Files.Get` reads any file), so every file is
 * looked at; a gzip (a packed subchart) is unpacked and each of its files looked at. Best effort: a
 * name assembled at render time (`tpl (printf "{{ %s }}" .Values.fn)`) is not seen. A chart's
 * values.schema.json is parsed: one that does not parse, or has a `$ref` (`$dynamicRef`,
 * `$recursiveRef`, `$schema`) to anything but itself, is said too: what helm reads through it is not
 * part of the key.
 */
function volatileCall(content, as = { kind: 'values' }) {
    return scan(content, as, 0);
}
function scan(content, as, depth) {
    if (typeof content !== 'string' && isGzip(content))
        return packed(content, depth);
    const text = typeof content === 'string' ? content : content.toString('utf8');
    if (as.kind === 'chart-file' && external_node_path_default().posix.basename(as.rel) === 'values.schema.json') {
        const why = schemaProblem(text);
        if (why)
            return why;
    }
    const variants = [text, ...unescaped(text)];
    if (as.kind === 'parameter')
        variants.push(text.replace(/\\([\s\S])/g, '$1'));
    if (YAML_DECODES.test(text))
        variants.push(yamlScalars(text));
    for (const t of variants) {
        const call = t.includes('{{') ? VOLATILE.exec(t) : null;
        if (call)
            return `calls ${call[1]}, whose result changes from one render to the next`;
    }
    return null;
}
function schemaProblem(text) {
    const parsed = (0,schema_references/* parseSchema */.D)(text);
    if (!parsed)
        return 'is a values schema that does not parse as JSON';
    const bad = (0,schema_references/* foreignReference */._)(parsed.schema);
    return bad && `refers to a schema outside itself (${bad.key}), which the key does not cover`;
}
/** A packed chart: each of its files looked at as a file of the chart (its first path part is the chart's name). */
function packed(content, depth) {
    if (depth >= MAX_NESTING)
        return 'is a gzip nested too deep to look into';
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(content, { maxOutputLength: MAX_UNPACKED });
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            return 'is a gzip too big to look into';
        return scan(content.toString('latin1'), { kind: 'values' }, depth); // not a gzip after all: helm cannot read it either
    }
    const members = tarMembers(tar);
    if (!members)
        return scan(tar.toString('latin1'), { kind: 'values' }, depth);
    for (const m of members) {
        const rel = m.name.split('/').slice(1).join('/');
        const why = scan(m.data, { kind: 'chart-file', rel }, depth + 1);
        if (why)
            return `(${m.name}) ${why}`;
    }
    return null;
}
function isGzip(content) {
    return content.length > 2 && content[0] === 0x1f && content[1] === 0x8b;
}
/** The text with its backslash escapes decoded, again while any are left (a string in a string), up to 4 times. */
function unescaped(text) {
    const out = [];
    let t = text;
    for (let i = 0; i < 4 && t.includes('\\'); i++) {
        const next = t.replace(ESCAPE, (_, e) => decodeEscape(e));
        if (next === t)
            break;
        out.push((t = next));
    }
    return out;
}
function decodeEscape(e) {
    const hex = /^[xuU]([0-9a-fA-F]+)$/.exec(e);
    const code = hex ? parseInt(hex[1], 16) : /^[0-7]+$/.test(e) ? parseInt(e, 8) : null;
    if (code !== null)
        return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return /^\r?\n/.test(e) ? '' : e;
}
/** Every key and string scalar of a YAML text as parsed (a tagged one also as base64 decoded), joined; '' when it does not parse. */
function yamlScalars(text) {
    const parts = [];
    try {
        for (const doc of (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false, strict: false, logLevel: 'silent' })) {
            if (!('contents' in doc))
                continue;
            (0,dist/* visit */.YR)(doc, {
                Scalar(_, node) {
                    const value = typeof node.value === 'string' ? node.value : String(node.value);
                    parts.push(value);
                    if (node.tag)
                        parts.push(Buffer.from(value, 'base64').toString('utf8'));
                },
            });
        }
    }
    catch {
        return '';
    }
    return parts.join('\n');
}


/***/ }),

/***/ 3387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile),
/* harmony export */   c: () => (/* binding */ readRegularFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** readRegularFile without waiting. Never throws for what is there: an error opening or reading is a refusal. */
function readRegularFileSync(file, max) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, FLAGS);
    }
    catch (e) {
        return notOpened(e) ?? refusedBy(e);
    }
    try {
        return checked((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), max) ?? { kind: 'text', text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8') };
    }
    catch (e) {
        return refusedBy(e);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The text of `file` (see RegularRead); `opened` is run on the handle of a file read, before it is
 * closed (the render store touches an entry through it). Throws what opening throws but a missing
 * file or a link.
 */
async function readRegularFile(file, max, opened) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, FLAGS);
    }
    catch (e) {
        const why = notOpened(e);
        if (why)
            return why;
        throw e;
    }
    try {
        const st = await handle.stat();
        const refused = checked(st, max);
        if (refused)
            return refused;
        const text = await handle.readFile('utf8');
        await opened?.(handle, st);
        return { kind: 'text', text };
    }
    finally {
        await handle.close();
    }
}
/** A missing file, or a link (ELOOP; EMLINK on some BSDs), from an open that failed; null for other errors. */
function notOpened(e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
        return { kind: 'missing' };
    if (e.code === 'ELOOP' || e.code === 'EMLINK')
        return { kind: 'refused', reason: 'is not a regular file' };
    return null;
}
function checked(st, max) {
    if (!st.isFile())
        return { kind: 'refused', reason: 'is not a regular file' };
    if (st.size > max)
        return { kind: 'refused', reason: 'is too big' };
    return null;
}
function refusedBy(e) {
    return { kind: 'refused', reason: e.message };
}


/***/ })

};
