export const id = 671;
export const ids = [671];
export const modules = {

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRIFT_HELP: () => (/* binding */ DRIFT_HELP),
  driftCommand: () => (/* binding */ driftCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/util/one-line.ts
var one_line = __webpack_require__(1431);
;// CONCATENATED MODULE: ./src/drift/checkboxes.ts


const COMMENT_PREFIX = 'gitops-promotion:approve';
const KINDS = ['promote', 'release'];
const VERB = { promote: 'Promote', release: 'Release' };
const SHA = /^[0-9a-f]{40}$/;
/**
 * A ref name inside the hidden comment: percent-encoded down to letters, digits, `.`, `_` and `%`, so no
 * space, `>` or `-` of a hostile name can end the comment (`-->`, `--!>`), split its fields, or put the
 * `--` into it that makes CommonMark read it as text rather than a comment.
 */
function encodeRef(name) {
    return encodeURIComponent(name).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The name, or null when `encoded` is not exactly what encodeRef writes for a non-empty name. */
function decodeRef(encoded) {
    let name;
    try {
        name = decodeURIComponent(encoded);
    }
    catch {
        return null;
    }
    return name !== '' && encodeRef(name) === encoded ? name : null;
}
function hiddenComment(a) {
    return `<!-- ${COMMENT_PREFIX} ${a.kind} ${encodeRef(a.from)} ${encodeRef(a.to)} ${a.fromSha} ${a.toSha} -->`;
}
/**
 * `- [ ] Promote 4 commits dev → staging <!-- gitops-promotion:approve promote dev staging <from> <to> -->`.
 * Throws on an approval whose heads are not full shas: a box that could never be read back is a bug.
 */
function approvalLine(a) {
    if (!SHA.test(a.fromSha) || !SHA.test(a.toSha))
        throw new Error(`approval ${a.kind} ${a.from} → ${a.to}: its heads must be 40-hex shas`);
    const commits = `${a.pendingCount} commit${a.pendingCount === 1 ? '' : 's'}`;
    // On one line for every reader (U+0085, U+2028 and U+2029 end lines in some).
    const name = (n) => (0,markdown_escape/* cell */.Hn)((0,one_line/* oneLine */.T)(n).replace(/[\u0085\u2028\u2029]/g, ' '));
    return `- [ ] ${VERB[a.kind]} ${commits} ${name(a.from)} → ${name(a.to)} ${hiddenComment(a)}`;
}
/**
 * A checkbox line: a bullet, `[ ]` / `[x]` / `[X]`, any visible text, and the hidden comment last. The
 * fields are checked apart (kind, names, shas) so that a malformed one rejects the line.
 */
const LINE = new RegExp(`^ {0,3}[-*+][ \\t]+\\[([ xX])\\][ \\t]+.*<!-- ${COMMENT_PREFIX} (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) -->[ \\t]*$`, 's');
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
function parseLine(line) {
    const m = LINE.exec(line);
    if (!m)
        return null;
    const [, box, kind, from, to, fromSha, toSha] = m;
    const k = KINDS.find((x) => x === kind);
    const [f, t] = [decodeRef(from), decodeRef(to)];
    if (!k || f === null || t === null || !SHA.test(fromSha) || !SHA.test(toSha))
        return null;
    return { approval: { kind: k, from: f, to: t, fromSha: fromSha, toSha: toSha }, checked: box !== ' ' };
}
/**
 * Every well-formed approval box of an issue body, in order (duplicates included), outside fenced code
 * blocks. GitHub's task list flips only the `[ ]` of the ticked line and may turn line ends into CRLF.
 */
function parseApprovals(body) {
    const found = [];
    let fence = null;
    for (const line of body.split(/\r\n|\r|\n/)) {
        const f = FENCE.exec(line);
        if (fence !== null) {
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1])
                fence = null;
            continue;
        }
        if (f) {
            fence = f[1];
            continue;
        }
        const parsed = parseLine(line);
        if (parsed)
            found.push(parsed);
    }
    return found;
}
const key = (a) => [a.kind, encodeRef(a.from), encodeRef(a.to), a.fromSha, a.toSha].join(' ');
/**
 * The approvals a person ticked in an edit (`issues: edited`: `changes.body.from` → the new body): checked
 * in `after` (on any of its lines), offered unchecked in `before`, and checked on none of `before`'s
 * lines. A box moved or duplicated without a new tick approves nothing; a box that was never offered
 * (written into the body by hand) approves nothing either. Each approval once, in the order of `after`.
 */
function tickedApprovals(before, after) {
    const offered = new Set();
    const wasChecked = new Set();
    for (const p of parseApprovals(before))
        (p.checked ? wasChecked : offered).add(key(p.approval));
    const ticked = new Map();
    for (const p of parseApprovals(after)) {
        const k = key(p.approval);
        if (p.checked && offered.has(k) && !wasChecked.has(k) && !ticked.has(k))
            ticked.set(k, p.approval);
    }
    return [...ticked.values()];
}

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(8129);
;// CONCATENATED MODULE: ./src/drift/model.ts
/**
 * The drift report: what waits on each promotion edge, what diverges between environments as rendered,
 * and what Argo CD runs. Each section is computed, skipped (with why), or unknown (with why): "in sync"
 * and "clean" are only said of what was proven.
 */
/** How many pending commits an edge lists (the count is always whole). */
const PENDING_LISTED = 50;
/** The marker of the dashboard issue (DESIGN.md: with a label, found and updated in place). */
const DRIFT_MARKER = '<!-- gitops-promotion:drift -->';

;// CONCATENATED MODULE: ./src/drift/dashboard-calls.ts
/**
 * The GitHub calls of the drift dashboard issue (dashboard-issue.ts), each failure a GitHubApiError naming
 * what was being done and the permission it takes. An issue deleted (410) or gone out of reach (404)
 * since it was listed is an `IssueGone`, which the lifecycle answers by looking again.
 */



/** What the token needs for every step of the dashboard, listing included. */
const DASHBOARD_PERMISSION = 'issues: write';
/** An issue that was listed and is no more (deleted: 410; moved or hidden: 404). */
class IssueGone extends Error {
    number;
    error;
    constructor(number, error) {
        super(error.message);
        this.number = number;
        this.error = error;
        this.name = 'IssueGone';
    }
}
const isGone = (e) => [404, 410].includes(e?.status ?? 0);
function failed(e, action, issue) {
    const error = (0,errors/* gitHubError */.Mj)(e, action, DASHBOARD_PERMISSION);
    return isGone(e) ? new IssueGone(issue, error) : error;
}
/**
 * The dashboard issues in `state`: labelled `label` (GitHub's filter, checked again here) with the marker
 * in their body, none of `gone`; open ones oldest first (the lowest number is the dashboard), closed ones
 * newest first (the one to reopen).
 */
/**
 * Whether an issue's author can be the dashboard's: a GitHub App (`github-actions[bot]`, the App whose
 * token runs the workflow) or a login the config names (`drift.issue.authors`, for a person's token).
 * An issue anybody opened, with the marker and the label a triager added, is never the dashboard.
 */
function isDashboardAuthor(author, authors) {
    if (!author)
        return false;
    const login = author.toLowerCase();
    return login.endsWith('[bot]') || authors.some((a) => a.toLowerCase() === login);
}
async function dashboards(github, label, state, gone, authors = []) {
    const listed = await github.listLabelledIssues(label, state).catch((e) => {
        throw (0,errors/* gitHubError */.Mj)(e, `list the ${state} issues labelled ${label}`, DASHBOARD_PERMISSION);
    });
    const wanted = label.toLowerCase();
    return listed
        .filter((i) => i.state === state && !gone.has(i.number) && i.body.includes(DRIFT_MARKER))
        .filter((i) => i.labels.some((l) => l.toLowerCase() === wanted))
        .filter((i) => isDashboardAuthor(i.author, authors))
        .sort((a, b) => (state === 'open' ? a.number - b.number : b.number - a.number));
}
/** The issue now, or null when it is gone. */
async function currentIssue(github, number) {
    return github.getIssue(number).catch((e) => {
        throw (0,errors/* gitHubError */.Mj)(e, `read issue #${number}`, DASHBOARD_PERMISSION);
    });
}
async function editIssue(github, number, changes, action) {
    return github.updateIssue(number, changes).catch((e) => {
        throw failed(e, `${action} issue #${number}`, number);
    });
}
/** The new issue, or `unknown` when GitHub may have created it (5xx, timeout): the caller lists to find out. */
async function createIssue(github, args) {
    const action = `create the drift dashboard issue (label ${args.label})`;
    try {
        return await github.createIssue({ title: args.title, body: args.body, labels: [args.label] });
    }
    catch (e) {
        if ((0,retry/* isAmbiguousFailure */.Jh)(e))
            return { unknown: (0,errors/* gitHubError */.Mj)(e, action, DASHBOARD_PERMISSION) };
        throw (0,errors/* gitHubError */.Mj)(e, action, DASHBOARD_PERMISSION);
    }
}
/**
 * Posts a comment. After a failure that may have posted it (5xx, timeout), the issue's comments are
 * read: when the newest has this very body, it is taken as posted, so a retry never posts it twice.
 */
async function comment(github, number, body) {
    const action = `comment on issue #${number}`;
    try {
        return await github.createComment(number, body);
    }
    catch (e) {
        if (!(0,retry/* isAmbiguousFailure */.Jh)(e))
            throw failed(e, action, number);
        const comments = await github.listComments(number).catch((again) => {
            throw failed(again, `list the comments on issue #${number}`, number);
        });
        const newest = comments.at(-1);
        if (newest?.body === body)
            return newest;
        throw failed(e, action, number);
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(2585);
;// CONCATENATED MODULE: ./src/drift/dashboard-issue.ts
/**
 * The drift dashboard issue's lifecycle (DESIGN.md, issue #12): one issue, found by its label and
 * DRIFT_MARKER in its body, created when drift appears, edited in place on every run, closed with a
 * comment once a complete report proves there is no drift (when configured), reopened when drift returns.
 *
 * Never two open: runs at the same time may each create one, so after a create (or a reopen) the open
 * dashboard issues are listed again and all but the lowest-numbered are closed as duplicates of it; a run
 * that finds several open converges them the same way. An issue deleted since it was listed is looked for
 * again (a bounded number of times). Failures are GitHubApiErrors naming `issues: write`.
 */





/** Passes over the issues when one listed is gone by the time it is edited. */
const PASSES = 3;
/** Brings the dashboard issue in line with the report: see the module comment. */
async function publishDashboard(github, args) {
    checkArgs(args);
    const run = { github, args, gone: new Set(), duplicatesClosed: [] };
    for (let pass = 1;; pass++) {
        try {
            const outcome = await publishOnce(run);
            args.logger.info(describe(outcome));
            return outcome;
        }
        catch (e) {
            if (!(e instanceof IssueGone))
                throw e;
            if (pass === PASSES)
                throw e.error;
            run.gone.add(e.number);
            args.logger.warning(`drift dashboard: issue #${e.number} is gone since it was listed; looking again`);
        }
    }
}
function checkArgs(args) {
    if (!args.body.includes(DRIFT_MARKER))
        throw new Error('the drift dashboard body lacks DRIFT_MARKER');
    if (args.drifted && args.proven)
        throw new Error('a drifted report cannot prove clean');
    if (args.body.length > budget/* PULL_REQUEST_BODY_MAX_CHARS */.Ek)
        throw new Error(`the drift dashboard body is over GitHub's ${budget/* PULL_REQUEST_BODY_MAX_CHARS */.Ek} characters`);
    const label = args.label.trim();
    if (label === '' || label !== args.label || label.includes(','))
        throw new src_errors/* ConfigurationError */.j1(`the drift dashboard label must be one label name, without commas or surrounding spaces, got "${args.label}"`);
}
async function publishOnce(run) {
    const { github, args } = run;
    const open = await dashboards(github, args.label, 'open', run.gone, args.authors);
    const kept = open[0];
    if (!kept)
        return args.drifted ? raise(run) : none(run, noneReason(args));
    await closeDuplicates(run, kept, open.slice(1), () => true);
    if (args.proven && args.closeWhenClean)
        return closeClean(run, kept);
    return editInPlace(run, kept);
}
function noneReason(args) {
    return args.proven
        ? 'no drift, and no dashboard issue is open'
        : 'the report is incomplete (clean is not proven), and no dashboard issue is open to update';
}
/** No dashboard open and drift found: the newest closed one reopened (never a closed duplicate), else a new one. */
async function raise(run) {
    const { github, args } = run;
    const closed = await dashboards(github, args.label, 'closed', run.gone, args.authors);
    const last = closed.find((i) => i.stateReason !== 'duplicate');
    if (last) {
        const { title, body } = args;
        const changes = { title, body, state: 'open', stateReason: 'reopened' };
        const reopened = await editIssue(github, last.number, changes, 'reopen');
        return converge(run, reopened, 'reopened');
    }
    const created = await createIssue(github, args);
    return 'unknown' in created
        ? converge(run, null, 'created', created.unknown)
        : converge(run, created, 'created');
}
/**
 * After this run opened `ours` (null: a create that may have happened), the open dashboard issues again:
 * the lowest-numbered stays, the others are closed as its duplicates, and it gets the report if it is not
 * ours. A create that may have happened and is not found fails with `unknown`.
 */
async function converge(run, ours, action, unknown) {
    const listed = await dashboards(run.github, run.args.label, 'open', run.gone, run.args.authors);
    const open = ours && !listed.some((i) => i.number === ours.number) ? [...listed, ours] : listed;
    open.sort((a, b) => a.number - b.number);
    const kept = open[0];
    if (!kept)
        throw unknown ?? new Error('the drift dashboard issue opened is not open');
    // Each racing run closes the others' issues too (one may have died since), but comments only on its own.
    await closeDuplicates(run, kept, open.slice(1), (i) => i.number === ours?.number);
    if (ours && kept.number === ours.number)
        return shown(run, action, kept);
    const edited = await editInPlace(run, kept);
    // Not ours, or ours unknown: found after a create that may have happened, with the report already.
    return !ours && edited.action === 'unchanged' ? { ...edited, action: 'created' } : edited;
}
/**
 * Closes each of `duplicates` still open as a duplicate of `kept`, those `commentOn` picks with a comment
 * pointing at it. One another run closed or deleted meanwhile is left alone.
 */
async function closeDuplicates(run, kept, duplicates, commentOn) {
    for (const duplicate of duplicates) {
        try {
            const now = await currentIssue(run.github, duplicate.number);
            if (now?.state !== 'open')
                continue;
            const changes = { state: 'closed', stateReason: 'duplicate' };
            await editIssue(run.github, duplicate.number, changes, 'close as a duplicate');
            run.duplicatesClosed.push(duplicate.number);
            run.args.logger.info(`drift dashboard: closed #${duplicate.number} as a duplicate of #${kept.number}`);
            const note = `Closed as a duplicate of #${kept.number}: the drift dashboard is one issue, kept up to date there.`;
            if (commentOn(duplicate))
                await comment(run.github, duplicate.number, note);
        }
        catch (e) {
            if (!(e instanceof IssueGone))
                throw e;
        }
    }
}
/** Clean was proven: the report written, the close comment posted, the issue closed as completed. */
async function closeClean(run, kept) {
    const { github, args } = run;
    const posted = args.closeComment === '' ? null : await comment(github, kept.number, args.closeComment);
    const changes = { title: args.title, body: args.body, state: 'closed', stateReason: 'completed' };
    const closed = await editIssue(github, kept.number, changes, 'close');
    const duplicatesClosed = [...run.duplicatesClosed];
    return {
        action: 'closed',
        issue: closed.number,
        url: closed.url,
        commentUrl: posted?.url ?? null,
        duplicatesClosed,
    };
}
/** The open dashboard gets the report: no edit when its title and body are the report's already. */
async function editInPlace(run, kept) {
    const { title, body } = run.args;
    if (kept.title === title && kept.body === body)
        return shown(run, 'unchanged', kept);
    return shown(run, 'updated', await editIssue(run.github, kept.number, { title, body }, 'update'));
}
function shown(run, action, issue) {
    return { action, issue: issue.number, url: issue.url, duplicatesClosed: [...run.duplicatesClosed] };
}
function none(run, reason) {
    return { action: 'none', reason, duplicatesClosed: [...run.duplicatesClosed] };
}
function describe(outcome) {
    const duplicates = outcome.duplicatesClosed.length
        ? `; closed as duplicates: ${outcome.duplicatesClosed.map((n) => `#${n}`).join(', ')}`
        : '';
    if (outcome.action === 'none')
        return `drift dashboard: no issue (${outcome.reason})${duplicates}`;
    return `drift dashboard: ${outcome.action} issue #${outcome.issue} (${outcome.url})${duplicates}`;
}

// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var gitops_config = __webpack_require__(2189);
;// CONCATENATED MODULE: ./src/report/cut-sections.ts
/**
 * Sections of a budgeted markdown document that can be cut: each lists items (table rows, list lines) in
 * the order they matter, and a cut keeps the first ones and says how many it left out.
 */
const itemCount = (s) => s.groups.reduce((n, g) => n + g.items.length, 0);
/** How many items of each group `limit` items show: the first groups first, or (spread) in turns. */
function shownCounts(s, limit) {
    const sizes = s.groups.map((g) => g.items.length);
    const shown = sizes.map(() => 0);
    let left = Math.min(limit, sizes.reduce((a, b) => a + b, 0));
    if (!s.spread)
        return sizes.map((n) => {
            const k = Math.min(n, left);
            left -= k;
            return k;
        });
    while (left > 0)
        for (let i = 0; i < sizes.length && left > 0; i++)
            if (shown[i] < sizes[i]) {
                shown[i]++;
                left--;
            }
    return shown;
}
/** The section with `limit` of its items (see shownCounts) and a notice for the rest. */
function renderSection(s, limit) {
    const parts = s.head === '' ? [] : [s.head];
    const counts = shownCounts(s, limit);
    s.groups.forEach((g, i) => {
        const shown = g.items.slice(0, counts[i]);
        if (shown.length === 0)
            return;
        const body = (g.head === null ? '' : `${g.head}\n`) + shown.join('\n');
        parts.push(g.tail ? `${body}\n\n${g.tail}` : body);
    });
    const hidden = itemCount(s) - counts.reduce((a, b) => a + b, 0);
    if (hidden > 0)
        parts.push(s.more(hidden));
    return parts.filter((p) => p !== '').join('\n\n');
}
/** The document of these parts: the non-empty ones, a blank line between them, a line end last. */
function joinParts(parts) {
    return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
const partsLength = (parts) => joinParts(parts).length;
/** Items each section keeps in the first round of cuts, before any section is cut further. */
const SECTION_FLOOR = 10;
/**
 * The sections, each cut as little as lets `before + sections + after` fit in `budget` characters. Two
 * rounds, each in `cutRank` order (the lowest first): the first cuts a section down to SECTION_FLOOR
 * items at most, so that every section keeps a glimpse while one can; the second down to its head and
 * notice. Null when even every section cut to its head does not fit.
 */
function fitSections(before, sections, after, budget) {
    const limits = sections.map((s) => itemCount(s.section));
    const rendered = sections.map((s, i) => renderSection(s.section, limits[i]));
    const fits = () => partsLength([...before, ...rendered, ...after]) <= budget;
    if (fits())
        return joinParts([...before, ...rendered, ...after]);
    const order = sections.map((s, i) => ({ i, rank: s.cutRank })).sort((a, b) => a.rank - b.rank);
    for (const floor of [SECTION_FLOOR, 0])
        for (const { i } of order) {
            const s = sections[i].section;
            const at = (limit) => {
                rendered[i] = renderSection(s, limit);
                return fits();
            };
            let [lo, hi] = [Math.min(floor, limits[i]), limits[i]];
            if (!at(lo)) {
                limits[i] = lo;
                continue;
            }
            while (lo < hi) {
                const mid = Math.ceil((lo + hi) / 2);
                if (at(mid))
                    lo = mid;
                else
                    hi = mid - 1;
            }
            at(lo);
            return joinParts([...before, ...rendered, ...after]);
        }
    return null;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/mermaid.ts
/**
 * Mermaid pictures of the promotion chain. Names come from the repository's config: a label keeps only
 * characters that can neither end it nor the fence around it.
 */
/** A name as a mermaid label: letters, digits and `._/-`; anything else becomes `_`. */
function mermaidLabel(name) {
    return name.replace(/[^A-Za-z0-9._/-]/g, '_');
}
/** Labels longer than this are cut (with `…`): a picture, not a record. */
const LABEL_MAX = 60;
/**
 * `graph LR` of the edges, each node once whatever its name (nodes are `n0`, `n1`, … so that two names
 * that sanitize alike stay two nodes), labels quoted so that no shape syntax (`[/x/]`) is read in them.
 */
function mermaidGraph(edges) {
    const ids = new Map();
    const node = (name) => {
        if (!ids.has(name))
            ids.set(name, `n${ids.size}`);
        return `${ids.get(name)}["${clip(mermaidLabel(name))}"]`;
    };
    const lines = ['```mermaid', 'graph LR'];
    for (const e of edges) {
        const arrow = e.highlight ? '==>' : '-->';
        lines.push(`  ${node(e.from)} ${arrow}|${clip(e.label.replace(/[^A-Za-z0-9 ._/-]/g, '_'))}| ${node(e.to)}`);
    }
    lines.push('```');
    return lines.join('\n');
}
const clip = (s) => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);

;// CONCATENATED MODULE: ./src/report/drift-format.ts

/** Small formatting shared by the drift dashboard and its terminal text. */
const DAY_MS = 86_400_000;
/**
 * Whole days from `at` to `now` (both ISO 8601; `now` is the report's generatedAt, never the clock), or
 * null when either is not a date.
 */
function ageDays(at, now) {
    const [a, n] = [Date.parse(at), Date.parse(now)];
    if (Number.isNaN(a) || Number.isNaN(n))
        return null;
    return Math.max(0, Math.floor((n - a) / DAY_MS));
}
/** `12 days`, `1 day`, `less than a day`, `an unknown time`. */
function ageText(at, now) {
    const d = ageDays(at, now);
    if (d === null)
        return 'an unknown time';
    return d === 0 ? 'less than a day' : plural(d, 'day');
}
/** `1 commit`, `4 commits`. */
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Repository text on one line and at most `max` characters (`…` at the cut): a dashboard, not a record. */
function drift_format_clip(text, max) {
    const flat = (0,one_line/* oneLine */.T)(text);
    if (flat.length <= max)
        return flat;
    // Never split a surrogate pair.
    const cut = flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
    return `${cut}…`;
}
/** How long a reason, a subject or a value may be in the dashboard. */
const REASON_MAX = 300;
const SUBJECT_MAX = 120;
const VALUE_MAX = 120;

;// CONCATENATED MODULE: ./src/report/drift-core.ts





/** The parts of the drift dashboard that are never cut: verdict, summary, every approval box. */
/** Incomplete reasons the verdict lists at most (the rest counted). */
const REASONS_LISTED = 10;
const counted = (r) => `${plural(r.counts.errors, 'error')}, ${plural(r.counts.warnings, 'warning')}, ${plural(r.counts.pendingCommits, 'commit')} pending`;
/** What "no drift" covers: the edges, and the environments and clusters only when they were checked. */
function checked(r) {
    const parts = ['every edge in sync'];
    if (r.environment.state === 'computed')
        parts.push('every environment as the one it is promoted from');
    if (r.live.state === 'computed')
        parts.push('every cluster as promoted in Argo CD');
    const skipped = [
        r.environment.state === 'skipped' ? 'environments' : null,
        r.live.state === 'skipped' ? 'Argo CD' : null,
    ].filter(Boolean);
    const not = skipped.length > 0 ? ` (${skipped.join(' and ')} not checked)` : '';
    return `${parts.join(', ')}${not}`;
}
/**
 * Drift found, no drift (only when every section was computed and nothing drifted), or incomplete with
 * why: "no drift" is never said of what was not checked. `brief`: the reasons counted, not listed.
 */
function verdict(r, brief = false) {
    const lines = [];
    if (r.drifted)
        lines.push(`⚠️ **Drift found**: ${counted(r)}.`);
    else if (r.complete)
        lines.push(`✅ **No drift**: ${checked(r)}.`);
    if (!r.complete) {
        const shown = brief ? [] : r.incomplete.slice(0, REASONS_LISTED);
        const rest = r.incomplete.length - shown.length;
        const reasons = shown.map((x) => (0,markdown_escape/* cell */.Hn)(drift_format_clip(x, REASON_MAX)));
        if (rest > 0)
            reasons.push(`${shown.length > 0 ? 'and ' : ''}${plural(rest, 'more reason')} (see below)`);
        const what = r.drifted ? '' : ' (no drift found in what could be checked, which is not the same as none)';
        lines.push(`❓ **Incomplete**${what}: ${reasons.join('; ') || 'no reason given'}.`);
    }
    return lines.join('\n\n');
}
const edgeName = (e, c) => `${c(e.from)} → ${c(e.to)}`;
function edgeRow(e, now) {
    const name = edgeName(e, markdown_escape/* cellCode */.GA);
    if (e.state === 'unknown')
        return [name, e.kind, '—', '—', `❓ unknown: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(e.reason, REASON_MAX))}`];
    const oldest = e.oldestAt === null ? '—' : ageText(e.oldestAt, now);
    const state = e.state === 'in-sync'
        ? '✅ in sync'
        : e.state === 'diverged'
            ? `⚠️ diverged: ${(0,markdown_escape/* cellCode */.GA)(e.to)} has ${e.targetOnly} commits ${(0,markdown_escape/* cellCode */.GA)(e.from)} lacks`
            : e.overdue
                ? '⏰ overdue'
                : '🔜 pending';
    return [name, e.kind, String(e.pendingCount), oldest, state];
}
/** What each section covered: the promotion errors, the environment pairs, the Argo CD clusters. */
function coverage(r) {
    const p = r.promotion;
    const unknownEdges = p.edges.filter((e) => e.state === 'unknown').length;
    const promotion = [
        plural(p.edges.length, 'edge') + (unknownEdges > 0 ? ` (${unknownEdges} unknown)` : ''),
        ...(p.missedForwardMerges.length > 0
            ? [`❌ ${plural(p.missedForwardMerges.length, 'missed forward-merge')}`]
            : []),
        ...(p.missingRefs.length > 0 ? [`❌ ${plural(p.missingRefs.length, 'missing ref')}`] : []),
    ];
    const env = r.environment;
    const environments = env.state === 'skipped'
        ? `skipped: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(env.reason, REASON_MAX))}`
        : `${plural(env.pairs.length, 'pair')} compared` +
            unknownCount(env.pairs.filter((x) => x.state === 'unknown').length);
    const live = r.live;
    const argo = live.state === 'skipped'
        ? `skipped: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(live.reason, REASON_MAX))}`
        : live.state === 'unreachable'
            ? `❓ unreachable: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(live.reason, REASON_MAX))}`
            : `${plural(live.clusters.length, 'cluster')} checked` +
                unknownCount(live.clusters.filter((c) => c.state === 'unknown').length);
    return [
        `- Promotion: ${promotion.join(', ')}`,
        `- Environments: ${environments}`,
        `- Argo CD: ${argo}`,
    ].join('\n');
}
const unknownCount = (n) => (n > 0 ? ` (${n} unknown)` : '');
/** The summary: the chain, a row per edge and what each section covered. */
function summary(r) {
    const chain = r.chain.length > 0 ? `Chain: ${r.chain.map((c) => (0,markdown_escape/* code */.aY)(drift_format_clip(c, REASON_MAX))).join(' → ')}\n\n` : '';
    const rows = r.promotion.edges.map((e) => edgeRow(e, r.generatedAt));
    const edges = rows.length > 0
        ? (0,markdown/* table */.tp)(['edge', 'kind', 'pending', 'oldest', 'state'], rows)
        : '_No promotion edge configured._';
    return `${chain}${edges}\n\n${coverage(r)}`;
}
/** Every approval box, whole: the dashboard is cut elsewhere, never here. */
function approvals(r) {
    if (r.approvals.length === 0)
        return '### Approvals\n\nNothing waits for an approval.';
    return [
        '### Approvals',
        '',
        'Tick a box to run that promotion. A box whose edge moved since it was written does nothing; the next run offers a new one.',
        '',
        ...r.approvals.map(approvalLine),
    ].join('\n');
}
/** The chain as a picture: an arrow per edge with what waits on it. */
function picture(r) {
    if (r.promotion.edges.length === 0)
        return '';
    return mermaidGraph(r.promotion.edges.map((e) => ({
        from: e.from,
        to: e.to,
        label: e.state === 'unknown'
            ? 'unknown'
            : e.state === 'in-sync'
                ? 'in sync'
                : e.state === 'diverged'
                    ? 'diverged'
                    : `${e.pendingCount} pending${e.overdue ? ' overdue' : ''}`,
        highlight: e.state === 'pending' && e.overdue,
    })));
}
/** The line under everything: when, and where the full report is. */
function footer(r, links) {
    const full = links.reportUrl ? ` [The full report](${links.reportUrl}).` : '';
    return `<sub>Generated at ${(0,markdown_escape/* cell */.Hn)(r.generatedAt)} by gitops-promotion drift.${full}</sub>`;
}
/** The notice for `n` items (`what`: `pending commits`) a cut left out. */
function moreNotice(n, what, links) {
    return links.reportUrl
        ? `_… ${n} more ${what}, see [the full report](${links.reportUrl})._`
        : `_… ${n} more ${what}, not shown: the dashboard's length is limited._`;
}

;// CONCATENATED MODULE: ./src/report/drift-environment.ts


const pairName = (p) => `${(0,markdown_escape/* cellCode */.GA)(p.upstream)} → ${(0,markdown_escape/* cellCode */.GA)(p.downstream)}`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const value = (v) => (v === null ? '— (not set)' : (0,markdown_escape/* cellCode */.GA)(drift_format_clip(v, VALUE_MAX)));
function pairLine(p) {
    const name = `${(0,markdown_escape/* code */.aY)(p.upstream)} → ${(0,markdown_escape/* code */.aY)(p.downstream)}`;
    if (p.state === 'unknown')
        return `- ❓ ${name}: unknown: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(p.reason ?? 'no reason given', REASON_MAX))}`;
    const total = p.findings.length + (p.omitted ?? 0);
    const unlisted = p.omitted ? ` (${p.omitted} more than are listed)` : '';
    return total === 0
        ? `- ✅ ${name}: compared, no divergence (but for the allowed values)`
        : `- ${name}: compared, ${plural(total, 'finding')}${unlisted}`;
}
function errorRow(p, f) {
    if (f.kind === 'downstream-only')
        return row([
            '❌',
            pairName(p),
            'runs downstream only',
            `${(0,markdown_escape/* cellCode */.GA)(f.component)} on ${f.clusters.map(markdown_escape/* cellCode */.GA).join(', ') || '—'}`,
            `${(0,markdown_escape/* cellCode */.GA)(p.downstream)} runs it, ${(0,markdown_escape/* cellCode */.GA)(p.upstream)} never ran it`,
        ]);
    return row([
        '❌',
        pairName(p),
        'pinned revision',
        `${(0,markdown_escape/* cellCode */.GA)(f.application)} on ${(0,markdown_escape/* cellCode */.GA)(f.cluster)}`,
        `targetRevision ${(0,markdown_escape/* cellCode */.GA)(drift_format_clip(f.revision, VALUE_MAX))}, not ${(0,markdown_escape/* cellCode */.GA)(f.expected)}`,
    ]);
}
function valuesRow(p, f) {
    return row([
        '⚠️',
        pairName(p),
        (0,markdown_escape/* cellCode */.GA)(f.component),
        (0,markdown_escape/* cellCode */.GA)(f.cluster),
        (0,markdown_escape/* cellCode */.GA)(drift_format_clip(f.path, VALUE_MAX)),
        value(f.upstream),
        value(f.downstream),
    ]);
}
function groups(pairs) {
    const errors = [];
    const values = [];
    for (const p of pairs)
        for (const f of p.findings) {
            if (f.kind === 'values')
                values.push(valuesRow(p, f));
            else
                errors.push(errorRow(p, f));
        }
    return [
        { head: null, items: pairs.map(pairLine) },
        { head: '| | environments | finding | what | detail |\n| --- | --- | --- | --- | --- |', items: errors },
        {
            head: '**Values that differ downstream** (not in `drift.allowValues`)\n\n| | environments | component | cluster | path | upstream | downstream |\n| --- | --- | --- | --- | --- | --- | --- |',
            items: values,
        },
    ];
}
function environmentSection(r, more) {
    const env = r.environment;
    if (env.state === 'skipped')
        return { head: `### Environments\n\nSkipped: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(env.reason, REASON_MAX))}.`, groups: [], more };
    if (env.pairs.length === 0)
        return { head: '### Environments\n\nNo pair of environments to compare.', groups: [], more };
    return { head: '### Environments', groups: groups(env.pairs), more };
}

;// CONCATENATED MODULE: ./src/drift/severity.ts
/** Pending commits are info, past `drift.maxAge` a warning. */
function edgeSeverity(edge) {
    if (edge.state === 'unknown' || edge.state === 'diverged')
        return 'warning';
    return edge.overdue ? 'warning' : 'info';
}
/** Production running what upstream never ran, or a pinned revision: errors; a value set downstream only: warning. */
function environmentSeverity(f) {
    return f.kind === 'values' ? 'warning' : 'error';
}
/** Degraded or missing live: error; out of sync, unknown, on another revision: warning. */
function liveSeverity(app) {
    return app.problems.some((p) => p === 'degraded' || p === 'missing') ? 'error' : 'warning';
}
/** The counts of a report's sections (orphans and not-deployed Applications are warnings). */
function countDrift(promotion, environment, live) {
    const counts = { errors: 0, warnings: 0, pendingCommits: 0 };
    const add = (s) => {
        if (s === 'error')
            counts.errors++;
        else if (s === 'warning')
            counts.warnings++;
    };
    for (const edge of promotion.edges) {
        add(edgeSeverity(edge));
        if (edge.state !== 'unknown')
            counts.pendingCommits += edge.pendingCount;
    }
    counts.errors += promotion.missedForwardMerges.length + promotion.missingRefs.length;
    if (environment.state === 'computed')
        for (const pair of environment.pairs) {
            for (const f of pair.findings)
                add(environmentSeverity(f));
            // Past the listed ones, counted all the same.
            counts.errors += pair.omittedErrors ?? 0;
            counts.warnings += (pair.omitted ?? 0) - (pair.omittedErrors ?? 0);
        }
    if (live.state === 'computed')
        for (const c of live.clusters) {
            if (c.state === 'unknown')
                continue;
            for (const app of c.applications)
                add(liveSeverity(app));
            counts.warnings += c.orphans.length + c.notDeployed.length;
        }
    return counts;
}

;// CONCATENATED MODULE: ./src/report/drift-live.ts



/** The live details of the drift dashboard (what Argo CD runs) and the what-runs-where matrix. */
const drift_live_row = (cells) => `| ${cells.join(' | ')} |`;
function clusterRow(c, now) {
    if (c.state === 'unknown')
        return drift_live_row([
            (0,markdown_escape/* cellCode */.GA)(c.cluster),
            `❓ unknown: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(c.reason, REASON_MAX))}`,
            '—',
            '—',
            '—',
            '—',
            '—',
        ]);
    const bad = c.applications.length + c.orphans.length + c.notDeployed.length;
    return drift_live_row([
        (0,markdown_escape/* cellCode */.GA)(c.cluster),
        bad === 0 ? '✅ as rendered' : '⚠️ drifted',
        String(c.applicationCount),
        String(c.applications.length),
        String(c.orphans.length),
        String(c.notDeployed.length),
        c.lastSyncAt === null ? 'never' : `${ageText(c.lastSyncAt, now)} ago`,
    ]);
}
function appRow(cluster, a) {
    const revision = a.revision === null
        ? '—'
        : `${(0,markdown_escape/* cellCode */.GA)(drift_format_clip(a.revision, VALUE_MAX))}${a.expectedRevision ? ` (expected ${(0,markdown_escape/* cellCode */.GA)(a.expectedRevision)})` : ''}`;
    return drift_live_row([
        liveSeverity(a) === 'error' ? '❌' : '⚠️',
        (0,markdown_escape/* cellCode */.GA)(cluster),
        (0,markdown_escape/* cellCode */.GA)(a.name),
        (0,markdown_escape/* cell */.Hn)(a.sync),
        (0,markdown_escape/* cell */.Hn)(a.health),
        revision,
        (0,markdown_escape/* cell */.Hn)(a.problems.join(', ')),
    ]);
}
function strayRows(c) {
    return [
        ...c.orphans.map((n) => drift_live_row(['⚠️', (0,markdown_escape/* cellCode */.GA)(c.cluster), (0,markdown_escape/* cellCode */.GA)(n), 'orphan: Argo CD has it, the repo does not render it'])),
        ...c.notDeployed.map((n) => drift_live_row([
            '⚠️',
            (0,markdown_escape/* cellCode */.GA)(c.cluster),
            (0,markdown_escape/* cellCode */.GA)(n),
            'not deployed: the repo renders it, Argo CD does not have it',
        ])),
    ];
}
function head(r) {
    const live = r.live;
    if (live.state === 'skipped')
        return `### Argo CD\n\nSkipped: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(live.reason, REASON_MAX))}.`;
    if (live.state === 'unreachable')
        return `### Argo CD\n\n❓ Unreachable (${(0,markdown_escape/* cellCode */.GA)(drift_format_clip(live.server, REASON_MAX))}): ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(live.reason, REASON_MAX))}. What Argo CD runs is unknown.`;
    return null;
}
function liveSection(r, more) {
    const said = head(r);
    if (said !== null || r.live.state !== 'computed')
        return { head: said ?? '', groups: [], more };
    const { clusters, server } = r.live;
    const checked = clusters.filter((c) => c.state === 'checked');
    const apps = checked.flatMap((c) => c.applications.map((a) => ({ c, a })));
    // Errors (degraded, missing) before warnings; the model's order otherwise.
    apps.sort((x, y) => Number(liveSeverity(x.a) !== 'error') - Number(liveSeverity(y.a) !== 'error'));
    return {
        head: `### Argo CD\n\nLive state from ${(0,markdown_escape/* cellCode */.GA)(drift_format_clip(server, REASON_MAX))}.`,
        groups: [
            {
                head: '| cluster | state | Applications | problems | orphans | not deployed | last sync |\n| --- | --- | --- | --- | --- | --- | --- |',
                items: clusters.map((c) => clusterRow(c, r.generatedAt)),
            },
            {
                head: '**Applications not as they should be**\n\n| | cluster | Application | sync | health | revision | problems |\n| --- | --- | --- | --- | --- | --- | --- |',
                items: apps.map(({ c, a }) => appRow(c.cluster, a)),
            },
            {
                head: '**Orphans and Applications not deployed**\n\n| | cluster | Application | |\n| --- | --- | --- | --- |',
                items: checked.flatMap(strayRows),
            },
        ],
        more,
    };
}
/** The matrix: a row per component, `❌` where it is not deployed. */
function matrixSection(m, more) {
    if (m === null)
        return { head: '', groups: [], more };
    if (m.clusters.length === 0)
        return { head: '### What runs where\n\n_No cluster rendered._', groups: [], more };
    const header = `| component | ${m.clusters.map(markdown_escape/* cellCode */.GA).join(' | ')} |\n|${' --- |'.repeat(m.clusters.length + 1)}`;
    const items = m.components.map((component) => drift_live_row([
        (0,markdown_escape/* cellCode */.GA)(component),
        ...m.clusters.map((c) => {
            const rev = m.cells[component]?.[c];
            return rev === null || rev === undefined ? '❌' : (0,markdown_escape/* cellCode */.GA)(drift_format_clip(rev, VALUE_MAX));
        }),
    ]));
    return {
        head: '### What runs where\n\ncomponent × cluster → targetRevision',
        groups: [{ head: header, items }],
        more,
    };
}

// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
;// CONCATENATED MODULE: ./src/report/drift-promotion.ts




/** The promotion details of the drift dashboard: the errors first, then what waits on each edge. */
/** Commits of a missed forward-merge named in its line at most. */
const MISSED_LISTED = 10;
/** Authors named in an edge's heading at most. */
const AUTHORS_LISTED = 10;
function missedLine(m, link) {
    const from = m.hotfixes.length > 0
        ? `from ${m.hotfixes.map((h) => (0,markdown_escape/* code */.aY)(drift_format_clip(h, REASON_MAX))).join(', ')}`
        : 'from no hotfix branch or tag found';
    const shown = m.commits.slice(0, MISSED_LISTED).map((c) => link(c.sha));
    const rest = m.commitCount - shown.length;
    const list = shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
    return `- ❌ **Missed forward-merge**: ${(0,markdown_escape/* code */.aY)(m.target)} lacks ${plural(m.commitCount, 'commit')} of ${(0,markdown_escape/* code */.aY)(m.source)} ${from}: ${list}.`;
}
function errorsGroup(r, link) {
    const p = r.promotion;
    const items = [
        ...p.missedForwardMerges.map((m) => missedLine(m, link)),
        ...p.missingRefs.map((m) => `- ❌ **Missing ref** ${(0,markdown_escape/* code */.aY)(m.ref)} (${(0,markdown_escape/* cell */.Hn)(drift_format_clip(m.namedBy, REASON_MAX))}): the remote does not have it.`),
        ...p.edges.flatMap((e) => e.state === 'unknown'
            ? [`- ❓ ${(0,markdown_escape/* code */.aY)(e.from)} → ${(0,markdown_escape/* code */.aY)(e.to)}: unknown: ${(0,markdown_escape/* cell */.Hn)(drift_format_clip(e.reason, REASON_MAX))}`]
            : []),
    ];
    return { head: null, items };
}
function commitRow(c, link, repoUrl) {
    const pulls = c.pullRequests.map((n) => (0,markdown/* pullLink */._n)(n, repoUrl)).join(', ');
    const cells = [
        link(c.sha),
        pulls,
        (0,markdown_escape/* cell */.Hn)(drift_format_clip(c.author, REASON_MAX)),
        (0,markdown_escape/* cell */.Hn)(c.date.slice(0, 10)),
        (0,markdown_escape/* cell */.Hn)(drift_format_clip(c.subject, SUBJECT_MAX)),
    ];
    return `| ${cells.join(' | ')} |`;
}
function edgeGroup(e, r, link, repoUrl) {
    const authors = e.authors.slice(0, AUTHORS_LISTED).map((a) => (0,markdown_escape/* cell */.Hn)(drift_format_clip(a, REASON_MAX)));
    if (e.authors.length > AUTHORS_LISTED)
        authors.push(`${e.authors.length - AUTHORS_LISTED} more`);
    const age = e.oldestAt === null ? [] : [`the oldest ${ageText(e.oldestAt, r.generatedAt)} old`];
    const notes = [...age, ...(e.overdue ? ['⏰ overdue'] : [])];
    const oldest = notes.length > 0 ? ` (${notes.join(', ')})` : '';
    const by = authors.length > 0 ? `, by ${authors.join(', ')}` : '';
    const heading = `#### ${(0,markdown_escape/* code */.aY)(e.from)} → ${(0,markdown_escape/* code */.aY)(e.to)}: ${plural(e.pendingCount, 'commit')} pending${oldest}${by}`;
    const head = `${heading}\n\n| commit | pull request | author | date | subject |\n| --- | --- | --- | --- | --- |`;
    const unlisted = e.pendingCount - e.pending.length;
    const tail = unlisted > 0
        ? `_… and ${plural(unlisted, 'more commit')} not listed: \`git log ${(0,short_sha/* shortSha */.F)(e.toSha)}..${(0,short_sha/* shortSha */.F)(e.fromSha)}\`._`
        : null;
    return { head, items: e.pending.map((c) => commitRow(c, link, repoUrl)), tail };
}
/**
 * The promotion details as two sections: the errors (missed forward-merges, missing refs, unknown edges),
 * cut last, and what waits on each edge, cut in turns so that every edge keeps its oldest commits.
 */
function promotionSections(r, repoUrl, more) {
    const url = repoUrl ?? undefined;
    const link = (sha) => (0,markdown/* commitLink */.wn)(sha, url);
    const errors = errorsGroup(r, link);
    const pending = r.promotion.edges.flatMap((e) => e.state === 'pending' ? [edgeGroup(e, r, link, url)] : []);
    const head = errors.items.length === 0 && pending.length === 0
        ? '### Promotion\n\nEvery edge is in sync; no missed forward-merge, no missing ref.'
        : '### Promotion';
    return {
        errors: { head, groups: [errors], more: (n) => more(n, 'errors') },
        pending: { head: '', groups: pending, more: (n) => more(n, 'pending commits'), spread: true },
    };
}

// EXTERNAL MODULE: ./src/report/matrix-text.ts
var matrix_text = __webpack_require__(3189);
;// CONCATENATED MODULE: ./src/report/drift-text.ts





/** The drift report in a terminal: every line of repository text on one line (no escape sequence). */
const t = one_line/* oneLine */.T;
function verdictLine(r) {
    const counts = `${plural(r.counts.errors, 'error')}, ${plural(r.counts.warnings, 'warning')}, ${plural(r.counts.pendingCommits, 'commit')} pending`;
    const lines = [];
    if (r.drifted)
        lines.push(`drift: drift found (${counts})`);
    else if (r.complete)
        lines.push('drift: no drift');
    if (!r.complete)
        lines.push(`drift: incomplete: ${r.incomplete.map(t).join('; ') || 'no reason given'}`);
    return lines;
}
function edgeLines(e, now) {
    const name = `${t(e.from)} → ${t(e.to)} (${e.kind})`;
    if (e.state === 'unknown')
        return [`  ${name}: unknown: ${t(e.reason)}`];
    if (e.state === 'in-sync')
        return [`  ${name}: in sync`];
    if (e.state === 'diverged')
        return [
            `  ${name}: diverged: ${t(e.to)} has ${plural(e.targetOnly, 'commit')} ${t(e.from)} lacks (promote with strategy merge)`,
        ];
    const oldest = e.oldestAt === null ? '' : `, oldest ${ageText(e.oldestAt, now)} old`;
    const lines = [
        `  ${name}: ${plural(e.pendingCount, 'commit')} pending${oldest}${e.overdue ? ', OVERDUE' : ''}`,
    ];
    for (const c of e.pending)
        lines.push(`    ${(0,short_sha/* shortSha */.F)(c.sha)} ${t(c.subject)} (${t(c.author)}${c.pullRequests.map((n) => `, #${n}`).join('')})`);
    const unlisted = e.pendingCount - e.pending.length;
    if (unlisted > 0)
        lines.push(`    … and ${unlisted} more: git log ${(0,short_sha/* shortSha */.F)(e.toSha)}..${(0,short_sha/* shortSha */.F)(e.fromSha)}`);
    return lines;
}
function promotionLines(r) {
    const p = r.promotion;
    const lines = ['promotion:', ...p.edges.flatMap((e) => edgeLines(e, r.generatedAt))];
    for (const m of p.missedForwardMerges)
        lines.push(`  error: missed forward-merge: ${t(m.target)} lacks ${plural(m.commitCount, 'commit')} of ${t(m.source)}` +
            ` (${m.hotfixes.map(t).join(', ') || 'no hotfix branch or tag found'}): ${m.commits.map((c) => (0,short_sha/* shortSha */.F)(c.sha)).join(' ')}`);
    for (const m of p.missingRefs)
        lines.push(`  error: missing ref ${t(m.ref)} (${t(m.namedBy)})`);
    return lines;
}
function findingText(f) {
    if (f.kind === 'downstream-only')
        return `${t(f.component)} runs downstream only (${f.clusters.map(t).join(', ')})`;
    if (f.kind === 'revision')
        return `${t(f.application)} on ${t(f.cluster)}: targetRevision ${t(f.revision)}, not ${t(f.expected)}`;
    return `${t(f.component)} on ${t(f.cluster)}: ${t(f.path)}: ${f.upstream === null ? '(not set)' : t(f.upstream)} → ${f.downstream === null ? '(not set)' : t(f.downstream)}`;
}
function environmentLines(env) {
    if (env.state === 'skipped')
        return [`environments: skipped: ${t(env.reason)}`];
    const lines = ['environments:'];
    for (const p of env.pairs) {
        const name = `${t(p.upstream)} → ${t(p.downstream)}`;
        if (p.state === 'unknown')
            lines.push(`  ${name}: unknown: ${t(p.reason ?? 'no reason given')}`);
        else {
            const total = p.findings.length + (p.omitted ?? 0);
            lines.push(`  ${name}: compared, ${total === 0 ? 'no divergence' : plural(total, 'finding')}`);
        }
        for (const f of p.findings)
            lines.push(`    ${environmentSeverity(f).padEnd(7)} ${findingText(f)}`);
    }
    return lines;
}
function liveLines(live, now) {
    if (live.state === 'skipped')
        return [`argo cd: skipped: ${t(live.reason)}`];
    if (live.state === 'unreachable')
        return [`argo cd: unreachable (${t(live.server)}): ${t(live.reason)}`];
    const lines = [`argo cd (${t(live.server)}):`];
    for (const c of live.clusters) {
        if (c.state === 'unknown') {
            lines.push(`  ${t(c.cluster)}: unknown: ${t(c.reason)}`);
            continue;
        }
        const sync = c.lastSyncAt === null ? 'never synced' : `last sync ${ageText(c.lastSyncAt, now)} ago`;
        lines.push(`  ${t(c.cluster)}: ${plural(c.applicationCount, 'Application')}, ${plural(c.applications.length, 'problem')}, ${sync}`);
        for (const a of c.applications)
            lines.push(`    ${liveSeverity(a).padEnd(7)} ${t(a.name)}: ${t(a.sync)} ${t(a.health)} (${a.problems.join(', ')})`);
        for (const n of c.orphans)
            lines.push(`    warning orphan ${t(n)}`);
        for (const n of c.notDeployed)
            lines.push(`    warning not deployed ${t(n)}`);
    }
    return lines;
}
function renderDriftText(r) {
    const lines = [
        ...verdictLine(r),
        ...promotionLines(r),
        ...environmentLines(r.environment),
        ...liveLines(r.live, r.generatedAt),
    ];
    if (r.approvals.length > 0)
        lines.push('approvals (tick them in the dashboard issue):');
    for (const a of r.approvals)
        lines.push(`  ${a.kind} ${t(a.from)} → ${t(a.to)}: ${plural(a.pendingCount, 'commit')} (${(0,short_sha/* shortSha */.F)(a.toSha)}..${(0,short_sha/* shortSha */.F)(a.fromSha)})`);
    const matrix = r.matrix && r.matrix.clusters.length > 0 ? `\n${(0,matrix_text/* renderMatrixText */.b)(r.matrix)}` : '';
    return `${lines.join('\n')}\n${matrix}`;
}

;// CONCATENATED MODULE: ./src/report/drift-report.ts









/** The dashboard's default budget: under GitHub's 65,536 characters of an issue body, with room to spare. */
const DRIFT_MAX_CHARS = 60_000;
/** Below this no dashboard can say anything useful: a caller's mistake. */
const DRIFT_MIN_CHARS = 1_000;
const TITLE = '## gitops-promotion drift';
const NOTICE_MAX = 500;
const NOTICE_LINES = 20;
/**
 * The drift dashboard (the issue's body). The marker, the verdict, the summary and every approval box are
 * always there; the details (the picture, the matrix, promotion, environments, Argo CD) are cut to fit
 * `maxChars`, the live details first and the promotion details last, each cut saying how much it left
 * out and where the rest is. When even the kept part does not fit, the body says so (and, when even the
 * boxes do not fit, offers none rather than a cut one). Never longer than `maxChars`.
 */
function renderDriftMarkdown(report, options = {}) {
    const max = options.maxChars ?? DRIFT_MAX_CHARS;
    if (!(max >= DRIFT_MIN_CHARS))
        throw new RangeError(`maxChars must be at least ${DRIFT_MIN_CHARS}, not ${max}`);
    const links = { reportUrl: options.reportUrl ?? null, repoUrl: options.repoUrl ?? null };
    const notice = noticeQuote(options.notice ?? null);
    const top = [DRIFT_MARKER, notice, TITLE];
    const more = (what) => (n) => moreNotice(n, what, links);
    const promotion = promotionSections(report, links.repoUrl, (n, what) => moreNotice(n, what, links));
    const sections = [
        { section: pictureSection(report), cutRank: 5 },
        { section: matrixSection(report.matrix, more('components')), cutRank: 1 },
        { section: promotion.errors, cutRank: 4 },
        { section: promotion.pending, cutRank: 3 },
        { section: environmentSection(report, more('findings')), cutRank: 2 },
        { section: liveSection(report, more('rows')), cutRank: 0 },
    ];
    const kept = [...top, verdict(report), summary(report), approvals(report)];
    const fitted = fitSections(kept, sections, [footer(report, links)], max);
    if (fitted !== null)
        return fitted;
    const cut = (what) => `> ⚠️ ${what} in the dashboard's ${max} characters: ${seeFull(links)}.`;
    return firstFitting(max, [
        [...kept, cut('The details do not fit'), footer(report, links)],
        [
            ...top,
            verdict(report, true),
            cut('The summary and the details do not fit'),
            approvals(report),
            footer(report, links),
        ],
        [
            DRIFT_MARKER,
            TITLE,
            verdict(report, true),
            cut(`Not even the ${report.approvals.length} approval boxes fit (none is offered here, none is cut)`),
            footer(report, links),
        ],
    ]);
}
/** The notice as a quote, a paragraph per line (one per approval run), each line and their count bounded. */
function noticeQuote(notice) {
    if (!notice)
        return '';
    const lines = notice.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
    // Bounded after escaping too: escaping can make a line several times longer.
    const shown = lines
        .slice(0, NOTICE_LINES)
        .map((l) => `> ${drift_format_clip((0,markdown_escape/* cell */.Hn)(drift_format_clip(l, NOTICE_MAX)), NOTICE_MAX * 2)}`);
    if (lines.length > NOTICE_LINES)
        shown.push(`> … and ${lines.length - NOTICE_LINES} more.`);
    return shown.join('\n>\n');
}
/** The picture, all or nothing (no notice: the summary says the same). */
function pictureSection(r) {
    const block = picture(r);
    return { head: '', groups: block === '' ? [] : [{ head: null, items: [block] }], more: () => '' };
}
const seeFull = (links) => links.reportUrl ? `see [the full report](${links.reportUrl})` : 'the full report has them';
/** The first document that fits; the last one cut to the marker and its first lines when none does. */
function firstFitting(max, candidates) {
    for (const parts of candidates) {
        const doc = joinParts(parts);
        if (doc.length <= max)
            return doc;
    }
    return `${DRIFT_MARKER}\n${TITLE}\n\n> ⚠️ The dashboard does not fit in ${max} characters.\n`;
}

;// CONCATENATED MODULE: ./src/commands/drift-approve.ts

const APPROVING = ['admin', 'write'];
/**
 * The ticked boxes of a dashboard edit, each run or not: only a user (never a bot, such as this
 * action rewriting the issue) with write permission counts; a box whose edge has moved since it
 * was written, or has nothing pending now, is stale and does nothing. `report` is the drift now.
 */
async function runApprovals(args) {
    const { editor } = args;
    if (args.ticked.length === 0 || editor.type === 'Bot')
        return [];
    const permission = await args.github.permissionOf(editor.login);
    const outcomes = [];
    for (const box of args.ticked) {
        const what = `${box.kind} ${box.from} → ${box.to}`;
        if (!APPROVING.includes(permission)) {
            outcomes.push({
                state: 'refused',
                box,
                actor: editor.login,
                message: `${what} not run: ${editor.login} has ${permission} permission on the repository, and approving needs write`,
            });
            continue;
        }
        const current = args.report.approvals.find((a) => a.kind === box.kind && a.from === box.from && a.to === box.to);
        const stale = staleness(box, current);
        if (stale || !current) {
            outcomes.push({ state: 'stale', box, actor: editor.login, message: `${what} not run: ${stale}` });
            continue;
        }
        args.logger.info(`${what} approved by ${editor.login} from the drift dashboard`);
        const result = await args.run(current, editor.login);
        outcomes.push({ state: 'ran', box, actor: editor.login, ...result });
    }
    return outcomes;
}
/** Why a box no longer matches its edge, or null when it does. */
function staleness(box, current) {
    if (!current)
        return `nothing is pending on ${box.from} → ${box.to} now (the box was stale)`;
    if (current.fromSha !== box.fromSha)
        return `${box.from} moved since the box was written (${(0,short_sha/* shortSha */.F)(box.fromSha)} → ${(0,short_sha/* shortSha */.F)(current.fromSha)}): tick the new box to promote what it has now`;
    if (current.toSha !== box.toSha)
        return `${box.to} moved since the box was written (${(0,short_sha/* shortSha */.F)(box.toSha)} → ${(0,short_sha/* shortSha */.F)(current.toSha)}): tick the new box`;
    return null;
}
/** One line per outcome, for the dashboard's notice and the log. */
function approvalNotice(outcomes) {
    if (outcomes.length === 0)
        return null;
    const icon = (o) => o.state === 'ran' ? (o.ok ? '✅' : '❌') : o.state === 'stale' ? 'ℹ️' : '⛔';
    return outcomes.map((o) => `${icon(o)} ${o.message}`).join('\n');
}

// EXTERNAL MODULE: ./src/ports/argocd-shape.ts
var argocd_shape = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/clip.ts
var util_clip = __webpack_require__(5940);
;// CONCATENATED MODULE: ./src/drift/cluster-selector.ts

/**
 * The label selector that lists a cluster's Applications (`<clusterLabel>=<cluster>`, as the argocd gate
 * asks), or why there is none: the names come from the repository, and a name that is not a label value
 * (`a,b!=c`) would make the selector say something else.
 */
const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A Kubernetes label key: `[prefix/]name`, the name at most 63 characters, the prefix a DNS subdomain. */
function isLabelKey(key) {
    const slash = key.lastIndexOf('/');
    const name = slash < 0 ? key : key.slice(slash + 1);
    const prefix = slash < 0 ? null : key.slice(0, slash);
    if (prefix !== null && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
        return false;
    return name.length <= 63 && NAME.test(name);
}
/** A non-empty Kubernetes label value: at most 63 characters of `[A-Za-z0-9-_.]`, alphanumeric at both ends. */
function isLabelValue(value) {
    return value.length <= 63 && NAME.test(value);
}
function clusterSelector(clusterLabel, cluster) {
    if (!isLabelKey(clusterLabel))
        return { ok: false, reason: `clusterLabel "${(0,util_clip/* clip */.$)(clusterLabel)}" is not a Kubernetes label key` };
    if (!isLabelValue(cluster))
        return {
            ok: false,
            reason: `cluster name "${(0,util_clip/* clip */.$)(cluster)}" is not a label value: no ${(0,util_clip/* clip */.$)(clusterLabel)}=… selector lists its Applications`,
        };
    return { ok: true, selector: `${clusterLabel}=${cluster}` };
}

// EXTERNAL MODULE: ./src/promote/app-revisions.ts
var app_revisions = __webpack_require__(2804);
// EXTERNAL MODULE: ./src/ports/argocd.ts
var argocd = __webpack_require__(8776);
;// CONCATENATED MODULE: ./src/drift/live-application.ts


/** `status.sync.status` values (`Missing` is no sync status, but is reported as missing, not unknown). */
const KNOWN_SYNC = new Set(['Synced', 'OutOfSync', 'Missing']);
/** `status.health.status` values other than Unknown. */
const KNOWN_HEALTH = new Set(['Healthy', 'Progressing', 'Suspended', 'Degraded', 'Missing']);
/**
 * The Application's problems; `expectedSha` is the sha of its environment's ref (null: unknown, then
 * no revision is checked). Only this repo's git sources must be at it (app-revisions.ts): a Helm chart's
 * revision is a version, another repository's a commit of its own.
 */
function liveApplication(app, displayName, expectedSha, repoURLs) {
    // Every URL the repo goes by (config, origin, bootstraps): the one this Application's sources use.
    const repoURL = repoURLs.find((u) => (0,app_revisions/* applicationSources */.jp)(app).some((src) => (0,app_revisions/* isThisRepo */.b$)(src, u))) ?? repoURLs[0] ?? null;
    const s = (0,argocd/* summarizeApplication */.q)(app);
    const problems = [];
    if (s.sync === 'OutOfSync')
        problems.push('out-of-sync');
    if (s.health === 'Degraded')
        problems.push('degraded');
    if (s.health === 'Missing' || s.sync === 'Missing')
        problems.push('missing');
    if (!KNOWN_SYNC.has(s.sync) || !KNOWN_HEALTH.has(s.health))
        problems.push('unknown');
    let revision = null;
    if (s.sync === 'Synced' && expectedSha !== null) {
        const expected = expectedSha.toLowerCase();
        const off = (0,app_revisions/* ourRevisions */.LZ)(app, repoURL).find((r) => r?.toLowerCase() !== expected);
        // Synced, but to no revision Argo CD names: that is not proven to be the expected one.
        if (off === null && !problems.includes('unknown'))
            problems.push('unknown');
        if (off) {
            problems.push('wrong-revision');
            revision = off;
        }
    }
    return {
        name: displayName,
        sync: s.sync,
        health: s.health,
        revision,
        expectedRevision: expectedSha,
        problems,
    };
}
/**
 * When the Application last synced successfully: the newest of its last operation's `finishedAt` (when
 * that operation Succeeded) and its history's `deployedAt` (Argo CD records only successful syncs there).
 * Epoch milliseconds, or null when Argo CD reports none.
 */
function lastSuccessfulSync(app) {
    const op = app.status?.operationState;
    const times = (app.status?.history ?? []).map((h) => h.deployedAt);
    if (op?.phase === 'Succeeded')
        times.push(op.finishedAt);
    const parsed = times.flatMap((t) => {
        const ms = t ? Date.parse(t) : NaN;
        return Number.isNaN(ms) ? [] : [ms];
    });
    // A reduce, not Math.max(...): a history of 200,000 entries would overflow the stack.
    return parsed.reduce((max, ms) => (max === null || ms > max ? ms : max), null);
}

;// CONCATENATED MODULE: ./src/drift/reason.ts

/** The longest reason a drift section gives (they are rendered into the dashboard issue). */
const MAX_REASON = 300;
/**
 * A reason as the dashboard shows it: one line (control characters, C1 controls and Unicode line
 * separators become a space, runs of spaces one), at most MAX_REASON characters.
 */
function reasonLine(text) {
    const line = (0,one_line/* oneLine */.T)(text)
        .replace(/[\u0080-\u009f\u2028\u2029]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
    const chars = Array.from(line);
    return chars.length > MAX_REASON ? `${chars.slice(0, MAX_REASON - 1).join('')}…` : line;
}

;// CONCATENATED MODULE: ./src/drift/live.ts





/** Listings in flight at once after the first. */
const CONCURRENT_LISTINGS = 4;
async function liveDrift(argocd, input) {
    const { server, clusters, clusterLabel } = input;
    if (clusters.length === 0)
        return { state: 'skipped', reason: 'no clusters to look up in Argo CD' };
    const selectors = clusters.map((c) => clusterSelector(clusterLabel, c.name));
    const listings = selectors.map((s) => s.ok ? null : { kind: 'not-asked', reason: s.reason });
    const asked = selectors.flatMap((s, i) => (s.ok ? [i] : []));
    const ask = (i) => list(argocd, clusterLabel, clusters[i].name);
    if (asked.length > 0) {
        // One listing first: an Argo CD that cannot answer it is not asked once more per cluster.
        const [first, ...rest] = asked;
        const head = await ask(first);
        if (head.kind === 'failed')
            return { state: 'unreachable', server, reason: head.reason };
        listings[first] = head;
        await (0,concurrency/* mapLimit */.sf)(rest, CONCURRENT_LISTINGS, async (i) => void (listings[i] = await ask(i)));
    }
    const results = clusters.map((c, i) => {
        const l = listings[i];
        if (l.kind === 'listed')
            return clusterDrift(c, l.apps, input);
        const reason = l.kind === 'failed' ? `Argo CD did not list its Applications: ${l.reason}` : l.reason;
        return { cluster: c.name, state: 'unknown', reason: reasonLine(reason) };
    });
    return { state: 'computed', server, clusters: results };
}
/** A cluster's Applications as Argo CD lists them, or why it did not. */
async function list(argocd, clusterLabel, cluster) {
    try {
        const answer = await argocd.listApplications({ selector: `${clusterLabel}=${cluster}` });
        // The selector is Argo CD's to apply; an answer that ignored it must not lend a cluster Applications.
        const apps = (0,argocd_shape/* asApplications */.y)(answer).filter((a) => a.metadata.labels?.[clusterLabel] === cluster);
        return { kind: 'listed', apps };
    }
    catch (error) {
        return { kind: 'failed', reason: failureReason(error) };
    }
}
/** One line saying why Argo CD did not answer; a refused token is said so (the token itself never). */
function failureReason(error) {
    const status = error?.status;
    if (status === 401)
        return 'Argo CD refused the token (401): it is expired, revoked or not an Argo CD API token';
    if (status === 403)
        return 'Argo CD refused the token (403): its account or project role may not list Applications';
    const message = error instanceof Error ? error.message : String(error);
    return reasonLine(message) || 'Argo CD failed without a message';
}
/** A listed cluster: its Applications with a problem, orphans, the rendered ones Argo CD lacks, its last sync. */
function clusterDrift(cluster, apps, input) {
    const rendered = cluster.rendered;
    const matches = (a, r) => a.metadata.name === r.name &&
        (a.metadata.namespace === undefined || a.metadata.namespace === r.namespace);
    const label = displayNames([
        ...apps.map((a) => ({ name: a.metadata.name, namespace: a.metadata.namespace })),
        ...rendered,
    ]);
    const applications = apps
        .map((a) => liveApplication(a, label(a.metadata), cluster.expectedSha, input.repoURLs))
        .filter((a) => a.problems.length > 0);
    const orphans = apps.filter((a) => !rendered.some((r) => matches(a, r))).map((a) => label(a.metadata));
    const notDeployed = rendered.filter((r) => !apps.some((a) => matches(a, r))).map(label);
    const newest = apps.reduce((max, a) => {
        const ms = lastSuccessfulSync(a);
        return ms !== null && (max === null || ms > max) ? ms : max;
    }, null);
    return {
        cluster: cluster.name,
        state: 'checked',
        applications: applications.sort((a, b) => a.name.localeCompare(b.name)),
        orphans: orphans.sort(),
        notDeployed: notDeployed.sort(),
        lastSyncAt: newest === null ? null : new Date(newest).toISOString(),
        applicationCount: apps.length,
    };
}
/**
 * How an Application is named in the report: its name, or `namespace/name` when that name is in more
 * than one namespace among `all` (Applications in any namespace), so that two never read the same.
 */
function displayNames(all) {
    const namespaces = new Map();
    for (const a of all) {
        if (a.namespace === undefined)
            continue;
        namespaces.set(a.name, (namespaces.get(a.name) ?? new Set()).add(a.namespace));
    }
    return (a) => a.namespace !== undefined && (namespaces.get(a.name)?.size ?? 0) > 1
        ? `${a.namespace}/${a.name}`
        : a.name;
}

// EXTERNAL MODULE: ./src/promote/commit-links.ts
var commit_links = __webpack_require__(863);
// EXTERNAL MODULE: ./src/promote/duration.ts
var duration = __webpack_require__(1574);
// EXTERNAL MODULE: ./src/release/versions.ts
var release_versions = __webpack_require__(6824);
// EXTERNAL MODULE: ./src/release/state.ts
var state = __webpack_require__(5267);
// EXTERNAL MODULE: ./src/release/tag-message.ts
var tag_message = __webpack_require__(3859);
;// CONCATENATED MODULE: ./src/drift/hotfix-names.ts


/** At most this many missed commits are traced to the release that shipped them. */
const TRACED = 10;
/**
 * What shipped `commits` to production: for each (the first TRACED), the oldest version tag containing it
 * (of those with local commits), named with the hotfix branch its message records (`hotfix/fix-login (stable-v1.2.1)`), else the tag alone.
 */
async function hotfixesOf(git, tags, pattern, commits) {
    const versions = (0,state/* versionTags */.OP)(tags, pattern).reverse();
    const names = new Set();
    for (const c of commits.slice(0, TRACED)) {
        // Newest first: the oldest of the run of tags that contain it (releases are cut forward).
        let shipped;
        for (const v of versions) {
            if (!(await git.tryIsAncestor(c.sha, v.commit)))
                break;
            shipped = v;
        }
        if (!shipped)
            continue;
        const hotfix = (0,tag_message/* hotfixOf */.s_)((await git.tagMessage(shipped.tag)) ?? '');
        names.add(hotfix ? `${hotfix} (${shipped.tag})` : shipped.tag);
    }
    return [...names];
}

// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
;// CONCATENATED MODULE: ./src/drift/refs.ts


/** Every ref the config names, with what names it (`environment prod`, `release.waves[1]`, …), each once. */
function namedRefs(config) {
    const named = [];
    const add = (ref, namedBy) => {
        if (!named.some((n) => n.ref === ref))
            named.push({ ref, namedBy });
    };
    for (const [env, { ref }] of Object.entries(config.environments))
        add(ref, `environment ${env}`);
    config.promotion.edges.forEach((e, i) => {
        add(e.from, `promotion.edges[${i}].from`);
        add(e.to, `promotion.edges[${i}].to`);
    });
    add(config.release.from, 'release.from');
    config.release.waves.forEach((w, i) => add(w.tag, `release.waves[${i}].tag`));
    for (const target of config.hotfix.forwardMerge)
        add(target, 'hotfix.forwardMerge');
    return named;
}
/**
 * Resolves the config's refs on the remote (a branch first, else a tag) and fetches them, with the
 * newest version tags (`versionsKept`), so their commits are local. Nothing local is trusted.
 */
async function readDriftRefs(git, remote, config, pattern, versionsKept = 30) {
    const named = namedRefs(config);
    const listed = await git.listRemoteTags(remote);
    const branches = [];
    const missing = [];
    for (const n of named) {
        if (await git.remoteBranch(remote, n.ref))
            branches.push(n.ref);
        else if (!listed.some((t) => t.name === n.ref))
            missing.push(n);
    }
    if (branches.length > 0)
        await git.fetch(remote, branches);
    const wantedTags = new Set([
        ...named.filter((n) => !branches.includes(n.ref)).map((n) => n.ref),
        ...newestVersionTags(listed, pattern, versionsKept),
    ]);
    const tagRefs = listed.filter((t) => wantedTags.has(t.name)).map((t) => (0,refs/* tag */.Tc)(t.name));
    if (tagRefs.length > 0)
        await git.fetchRefs(remote, tagRefs);
    const tags = tagRefs.length > 0 ? await git.listRemoteTags(remote) : listed;
    const heads = new Map();
    for (const name of branches) {
        heads.set(name, { name, ref: (0,refs/* branch */.tk)(name), sha: await git.revParse(`refs/remotes/${remote}/${name}`) });
    }
    for (const t of tags) {
        if (!wantedTags.has(t.name) || heads.has(t.name))
            continue;
        if (t.commit)
            heads.set(t.name, { name: t.name, ref: (0,refs/* tag */.Tc)(t.name), sha: t.commit });
        else if (named.some((n) => n.ref === t.name))
            missing.push(namedBy(named, t.name, 'points at no commit'));
    }
    return { heads, missing, tags };
}
function namedBy(named, ref, why) {
    const n = named.find((x) => x.ref === ref);
    return { ref, namedBy: `${n.namedBy} (${why})` };
}
/** The names of the newest `kept` version tags, by version. */
function newestVersionTags(tags, pattern, kept) {
    const versions = tags.flatMap((t) => {
        const v = pattern.parse(t.name);
        return v ? [{ name: t.name, v }] : [];
    });
    versions.sort((a, b) => (0,release_versions/* compareVersions */.Zy)(b.v, a.v));
    return versions.slice(0, kept).map((x) => x.name);
}

;// CONCATENATED MODULE: ./src/drift/promotion.ts






/** An edge of the chain: promotion edges, release's, then wave to wave. */
function chainEdges(config) {
    const edges = config.promotion.edges.map((e) => ({
        kind: 'promote',
        from: e.from,
        to: e.to,
    }));
    const waves = config.release.waves.map((w) => w.tag);
    if (waves[0])
        edges.push({ kind: 'release', from: config.release.from, to: waves[0] });
    for (let i = 0; i + 1 < waves.length; i++)
        edges.push({ kind: 'wave', from: waves[i], to: waves[i + 1] });
    return edges;
}
/**
 * Promotion drift, from git alone: what waits on each edge (and since when), the production commits a
 * forward-merge target lacks (a hotfix not merged forward), and the refs the config names that do not exist.
 */
async function promotionDrift(input) {
    const pattern = (0,release_versions/* versionPattern */.D8)(input.config.release.versionTag);
    const refs = await readDriftRefs(input.git, input.remote, input.config, pattern);
    const maxAgeMs = (0,duration/* parseDuration */.E)(input.config.drift.maxAge, 'drift.maxAge');
    const edges = [];
    for (const e of chainEdges(input.config))
        edges.push(await edgeDrift(input, refs, e, maxAgeMs));
    const missedForwardMerges = await missedMerges(input, refs, pattern);
    return { section: { edges, missedForwardMerges, missingRefs: refs.missing }, refs };
}
async function edgeDrift(input, refs, e, maxAgeMs) {
    const from = refs.heads.get(e.from);
    const to = refs.heads.get(e.to);
    if (!from || !to) {
        const absent = [from ? null : e.from, to ? null : e.to].filter(Boolean).join(' and ');
        return { ...e, state: 'unknown', reason: `${absent} does not exist on ${input.remote}` };
    }
    const log = await input.git.log(`${to.sha}..${from.sha}`);
    const targetOnly = (await input.git.log(`${from.sha}..${to.sha}`)).length;
    const pending = await pendingCommits(input, log.slice(0, PENDING_LISTED), e.from);
    const oldest = oldestDate(log);
    return {
        ...e,
        state: log.length > 0 ? 'pending' : targetOnly > 0 ? 'diverged' : 'in-sync',
        fromSha: from.sha,
        toSha: to.sha,
        pending,
        pendingCount: log.length,
        oldestAt: oldest,
        authors: [...new Set(log.map((c) => c.author))].sort(),
        overdue: oldest !== null && input.now.getTime() - Date.parse(oldest) > maxAgeMs,
        targetOnly,
    };
}
/** The earliest committer date of `commits` (ISO), or null for none. */
function oldestDate(commits) {
    let oldest = null;
    for (const c of commits)
        if (oldest === null || Date.parse(c.date) < Date.parse(oldest))
            oldest = c.date;
    return oldest;
}
async function pendingCommits(input, commits, base) {
    const linked = await (0,commit_links/* linkPullRequests */.M1)(commits, base, input.github, input.logger);
    return linked.map((c) => ({
        sha: c.sha,
        subject: c.subject,
        author: c.author,
        date: c.date,
        pullRequests: c.pullRequest === null ? [] : [c.pullRequest],
    }));
}
/**
 * Whether merging `source` into `target` would change nothing: `target` has every change of it, however
 * they came (squash-merged, a conflict resolved in a pull request), even where no commit matches by patch.
 */
async function hasEveryChange(git, target, source) {
    const merged = await git.mergeTree(target, source);
    return 'tree' in merged && merged.tree === (await git.treeOf(target));
}
/** Production's changes (the first wave's tag) that a forward-merge target lacks. */
async function missedMerges(input, refs, pattern) {
    const sourceName = input.config.release.waves[0]?.tag;
    const source = sourceName ? refs.heads.get(sourceName) : undefined;
    if (!source)
        return [];
    const missed = [];
    for (const target of input.config.hotfix.forwardMerge) {
        const head = refs.heads.get(target);
        if (!head || head.sha === source.sha)
            continue;
        const changes = await input.git.unmergedChanges(head.sha, source.sha);
        if (changes.length === 0 || (await hasEveryChange(input.git, head.sha, source.sha)))
            continue;
        missed.push({
            target,
            source: source.name,
            commits: await pendingCommits(input, changes.slice(0, PENDING_LISTED), source.name),
            commitCount: changes.length,
            hotfixes: await hotfixesOf(input.git, refs.tags, pattern, changes),
        });
    }
    return missed;
}

// EXTERNAL MODULE: ./src/report/matrix.ts
var matrix = __webpack_require__(3677);
// EXTERNAL MODULE: ./src/gitops/env-for-ref.ts
var env_for_ref = __webpack_require__(5529);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/gitops/applications.ts
var applications = __webpack_require__(917);
// EXTERNAL MODULE: ./src/gitops/repo-url.ts
var repo_url = __webpack_require__(8734);
// EXTERNAL MODULE: ./src/util/is-map.ts
var is_map = __webpack_require__(6801);
// EXTERNAL MODULE: ./src/util/regexp-escape.ts
var regexp_escape = __webpack_require__(7539);
;// CONCATENATED MODULE: ./src/drift/environment-compare.ts





/** Findings per pair at most (the count of the rest is kept by the caller). */
const MAX_PAIR_FINDINGS = 200;
/**
 * Paths that always differ between environments, by design: names, destinations, and the revision of
 * this repo's sources (the revision finding covers it). `*` matches one segment.
 */
const ALWAYS_ALLOWED = [
    '/metadata/name',
    '/metadata/namespace',
    '/spec/destination/*',
    '/spec/source/targetRevision',
    '/spec/sources/*/targetRevision',
];
/**
 * How `downstream` diverges from `upstream`, the environment it is promoted from: components only it
 * runs and values set differently (wrongRevisions checks each environment's revisions) (after
 * putting each side's own cluster, environment and ref names back as `{cluster}`, `{env}`, `{ref}`).
 */
function compareEnvironments(upstream, downstream, options) {
    const allowedOnly = new Set((options.downstreamOnly ?? []).map(applications/* componentKey */.bA));
    const findings = downstreamOnly(upstream, downstream).filter((f) => f.kind !== 'downstream-only' || !allowedOnly.has((0,applications/* componentKey */.bA)(f.component)));
    const allowed = [...ALWAYS_ALLOWED, `/metadata/labels/${escapePointer(options.clusterLabel)}`];
    allowed.push(...options.allowValues);
    const byComponent = new Map();
    for (const app of upstream.apps)
        if (!byComponent.has((0,applications/* componentKey */.bA)(app.component)))
            byComponent.set((0,applications/* componentKey */.bA)(app.component), app);
    for (const app of downstream.apps) {
        const up = byComponent.get((0,applications/* componentKey */.bA)(app.component));
        if (up)
            findings.push(...valueDifferences(up, upstream, app, downstream, allowed));
    }
    return findings;
}
/** Components some downstream cluster runs that no upstream cluster does. */
function downstreamOnly(upstream, downstream) {
    const upstreamKeys = new Set(upstream.apps.map((a) => (0,applications/* componentKey */.bA)(a.component)));
    const only = new Map();
    for (const app of downstream.apps) {
        const key = (0,applications/* componentKey */.bA)(app.component);
        if (upstreamKeys.has(key))
            continue;
        const entry = only.get(key) ?? { component: app.component, clusters: new Set() };
        entry.clusters.add(app.cluster.name);
        only.set(key, entry);
    }
    return [...only.values()].map((o) => ({
        kind: 'downstream-only',
        component: o.component,
        clusters: [...o.clusters].sort(),
    }));
}
/**
 * Applications whose sources from this repository track another revision than the environment's ref (or,
 * for a cluster of a later release wave, its wave's tag: `waveTags`). `HEAD` is the default branch; when
 * that is not known, those Applications cannot be checked: they are in `unknown`, never findings.
 */
function wrongRevisions(env, repoURLs, waveTags = []) {
    const findings = [];
    const unknown = [];
    for (const app of env.apps) {
        const allowed = new Set([env.ref]);
        if (app.cluster.ref && waveTags.includes(app.cluster.ref))
            allowed.add(app.cluster.ref);
        for (const { source } of (0,applications/* appSources */.QG)(app.object)) {
            if (!(0,repo_url/* isOwnRepoURL */.E)(source.repoURL, repoURLs) || source.chart !== undefined)
                continue;
            const written = source.targetRevision?.trim() || 'HEAD';
            if (written === 'HEAD' && env.defaultBranch === null) {
                unknown.push(app.name);
                continue;
            }
            const revision = written === 'HEAD' ? env.defaultBranch : written.replace(/^refs\/(heads|tags)\//, '');
            if (allowed.has(revision))
                continue;
            findings.push({
                kind: 'revision',
                cluster: app.cluster.name,
                application: app.name,
                revision: written,
                expected: env.ref,
            });
        }
    }
    return { findings, unknown };
}
function valueDifferences(up, upEnv, down, downEnv, allowed) {
    const upRaw = leaves(parsed(up.object));
    const downRaw = leaves(parsed(down.object));
    const upNamed = named(upRaw, up.cluster.name, upEnv);
    const downNamed = named(downRaw, down.cluster.name, downEnv);
    const findings = [];
    // What downstream sets (or sets differently): a value only upstream sets tunes upstream, it is not drift.
    for (const path of downRaw.keys()) {
        const [before, after] = [upRaw.get(path), downRaw.get(path)];
        // Equal as set, or equal once each side's own names are placeholders (`stag-01` ~ `prod-01`).
        if (before === after || upNamed.get(path) === downNamed.get(path))
            continue;
        if (allowed.some((a) => pointerMatches(a, path)))
            continue;
        findings.push({
            kind: 'values',
            component: down.component,
            cluster: down.cluster.name,
            path,
            upstream: before ?? null,
            downstream: after ?? null,
        });
    }
    return findings;
}
/** The object with inline YAML `values` strings parsed, so their keys compare one by one. */
function parsed(object) {
    const walk = (v, key) => {
        if (typeof v === 'string' && key === 'values') {
            const values = parseValues(v);
            return values === undefined ? v : walk(values, null);
        }
        if (Array.isArray(v))
            return v.map((x) => walk(x, null));
        if ((0,is_map/* isMap */.j)(v))
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
        return v;
    };
    return walk(object, null);
}
/**
 * Each leaf with the side's own names as placeholders: the cluster, environment and ref names where they
 * stand as whole words (`stag-01.k8s`, `/staging/`), never inside another word (`product`, `stable-channel`
 * is `{ref}-channel` only for the ref `stable`).
 */
function named(leaves, cluster, env) {
    const names = [
        [cluster, '{cluster}'],
        [env.env, '{env}'],
        [env.ref, '{ref}'],
    ]
        .filter(([name]) => name.length > 0)
        .sort((a, b) => b[0].length - a[0].length)
        .map(([name, placeholder]) => [
        new RegExp(`(?<![A-Za-z0-9])${(0,regexp_escape/* escapeRegExp */.N)(name)}(?![A-Za-z0-9])`, 'g'),
        placeholder,
    ]);
    const out = new Map();
    for (const [path, value] of leaves)
        out.set(path, names.reduce((v, [re, p]) => v.replace(re, p), value));
    return out;
}
function parseValues(text) {
    try {
        const parsed = js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA, json: true });
        return (0,is_map/* isMap */.j)(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Leaf JSON pointer → JSON text of the value (arrays index by position). */
function leaves(v, prefix = '', out = new Map()) {
    if (Array.isArray(v))
        v.forEach((x, i) => leaves(x, `${prefix}/${i}`, out));
    else if ((0,is_map/* isMap */.j)(v) && Object.keys(v).length > 0)
        for (const [k, x] of Object.entries(v))
            leaves(x, `${prefix}/${escapePointer(k)}`, out);
    else
        out.set(prefix, JSON.stringify(v));
    return out;
}
const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
/** `/spec/*\/replicas` matches `/spec/x/replicas`; a pattern also matches everything under it. */
function pointerMatches(pattern, path) {
    const p = pattern.split('/');
    const s = path.split('/');
    if (s.length < p.length)
        return false;
    return p.every((segment, i) => segment === '*' || segment === s[i]);
}

// EXTERNAL MODULE: ./src/util/progress.ts
var util_progress = __webpack_require__(5365);
// EXTERNAL MODULE: ./src/commands/validate-discover.ts
var validate_discover = __webpack_require__(9028);
// EXTERNAL MODULE: ./src/commands/validate-render.ts + 5 modules
var validate_render = __webpack_require__(2677);
;// CONCATENATED MODULE: ./src/commands/drift-environments.ts






/** Each configured environment's clusters, rendered from its ref's tree as Argo CD would. */
async function renderEnvironments(options) {
    const renders = [];
    for (const [env, { ref }] of Object.entries(options.config.environments)) {
        const head = options.heads.get(ref);
        if (!head) {
            renders.push({ state: 'unknown', env, reason: `its ref ${ref} does not exist` });
            continue;
        }
        renders.push(await renderEnvironment(options, env, ref, head.sha));
    }
    return renders;
}
async function renderEnvironment(options, env, ref, sha) {
    // discover's "Found N clusters" twice per environment is noise here: one line per environment instead.
    const logger = {
        debug: (m) => options.logger.debug(m),
        info: (m) => options.logger.debug(m),
        warning: (m) => options.logger.warning(m),
    };
    return options.git.withExportedTree(sha, async (dir) => {
        const all = await (0,validate_discover/* discover */.k)({
            repoDir: dir,
            git: options.git,
            logger,
            revision: sha,
            ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
        });
        const clusters = all.topology.clusters.filter((c) => c.env === env || (c.env === null && c.ref === ref));
        const names = clusters.map((c) => c.name);
        if (clusters.length === 0)
            return { state: 'unknown', env, reason: `no cluster of environment ${env} is defined at ${ref}` };
        // The tree read once: its environment's clusters selected from it (no second config, facts and topology).
        const d = (0,validate_discover/* selectClusters */.o)(all, names, logger);
        const progress = new util_progress/* ProgressSteps */.Jc(options.logger, `clusters of environment ${env} rendered`);
        const renders = await (0,validate_render/* renderClusters */.I)(d, { helm: options.helm, progress });
        const failed = names.filter((c) => !renders.rendered.has(c));
        if (failed.length > 0)
            return { state: 'unknown', env, reason: `${failed.join(', ')} did not render at ${ref}` };
        const apps = renders.apps;
        options.logger.info(`environment ${env} rendered at ${ref} (${sha.slice(0, 7)}): ${names.join(', ')}`);
        return {
            state: 'rendered',
            env,
            sha,
            clusters,
            repoURLs: d.topology.repoURLs,
            rendered: { env, ref, defaultBranch: d.topology.defaultBranch, apps },
        };
    });
}
/** Each edge between two environments compared; an environment that did not render leaves its pairs unknown. */
function drift_environments_environmentSection(config, renders) {
    const byEnv = new Map(renders.map((r) => [r.env, r]));
    const pairs = [];
    const seen = new Set();
    for (const edge of chainEdges(config)) {
        const [up, down] = [(0,env_for_ref/* envForRef */.C)(config, edge.from), (0,env_for_ref/* envForRef */.C)(config, edge.to)];
        if (!up || !down || up === down || seen.has(`${up} ${down}`))
            continue;
        seen.add(`${up} ${down}`);
        pairs.push(comparePair(config, byEnv.get(up), byEnv.get(down), up, down, pairs.length === 0));
    }
    return { state: 'computed', pairs };
}
function comparePair(config, up, down, upstream, downstream, first) {
    const unknown = [up, down].find((r) => r?.state !== 'rendered');
    if (!up || !down || up.state !== 'rendered' || down.state !== 'rendered') {
        const reason = unknown?.state === 'unknown' ? `${unknown.env}: ${unknown.reason}` : 'not rendered';
        return { upstream, downstream, state: 'unknown', reason, findings: [] };
    }
    const repoURLs = [...new Set([...up.repoURLs, ...down.repoURLs])];
    const findings = compareEnvironments(up.rendered, down.rendered, {
        repoURLs,
        allowValues: config.drift.allowValues,
        downstreamOnly: config.drift.downstreamOnly,
        clusterLabel: config.clusterLabel,
    });
    // Each side's revisions; the first environment of the chain is nobody's downstream: checked with its first pair.
    const waves = config.release.waves.map((w) => w.tag);
    const sides = first ? [up.rendered, down.rendered] : [down.rendered];
    const unknowns = [];
    const revisions = sides.flatMap((side) => {
        const r = wrongRevisions(side, repoURLs, waves);
        if (r.unknown.length > 0)
            unknowns.push(`${side.env}: ${r.unknown.length} Applications track HEAD and the default branch is not known (set defaultBranch in the config): their revision was not checked`);
        return r.findings;
    });
    findings.unshift(...revisions);
    const pair = {
        upstream,
        downstream,
        state: 'compared',
        findings: findings.slice(0, MAX_PAIR_FINDINGS),
        ...(unknowns.length > 0 ? { unknowns } : {}),
    };
    const omitted = findings.slice(MAX_PAIR_FINDINGS);
    if (omitted.length > 0) {
        pair.omitted = omitted.length;
        pair.omittedErrors = omitted.filter((f) => f.kind !== 'values').length;
    }
    return pair;
}

;// CONCATENATED MODULE: ./src/commands/drift.ts






/** Argo CD for live drift; a server without its token is said, never skipped as if not asked for. */
function argocdOption(port, server, missing) {
    if (!server)
        return null;
    if (!port)
        return { problem: `Argo CD ${server} was given but ${missing}: live drift was not checked`, server };
    return { port, server };
}
/**
 * The drift report: promotion drift from git, environment drift from each environment rendered at its
 * ref, live drift from Argo CD. Nothing is written; publishing the dashboard is the adapter's.
 */
async function drift(options) {
    const now = options.now ?? new Date();
    await options.git.requireTopLevel();
    await options.git.requireFullHistory('drift');
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    const { section: promotion, refs } = await promotionDrift({ ...options, config, now });
    const renders = config.drift.environments || options.argocd
        ? await renderEnvironments({ ...options, config, heads: refs.heads })
        : [];
    const environment = config.drift.environments
        ? drift_environments_environmentSection(config, renders)
        : { state: 'skipped', reason: 'drift.environments is false' };
    const live = await drift_liveSection(options, config, renders, refs.heads, now);
    return assemble(config, options, now, { promotion, environment, live }, renders);
}
async function drift_liveSection(options, config, renders, heads, now) {
    const argocd = options.argocd;
    if (!argocd)
        return { state: 'skipped', reason: 'no Argo CD server and token were given' };
    if ('problem' in argocd)
        return { state: 'unreachable', server: argocd.server, reason: argocd.problem };
    const clusters = renders.flatMap((r) => {
        if (r.state !== 'rendered')
            return [];
        return r.clusters.map(({ name, ref: tracked }) => {
            const ref = clusterRef(config, r.env, tracked);
            return {
                name,
                env: r.env,
                ref,
                expectedSha: heads.get(ref)?.sha ?? null,
                rendered: r.rendered.apps
                    .filter((a) => a.cluster.name === name)
                    .map((a) => ({ name: a.name, namespace: a.namespace })),
            };
        });
    });
    const repoURLs = [...new Set(renders.flatMap((r) => (r.state === 'rendered' ? r.repoURLs : [])))];
    return liveDrift(argocd.port, {
        server: argocd.server,
        clusterLabel: config.clusterLabel,
        repoURLs,
        clusters,
        now,
    });
}
/**
 * The ref a cluster's Applications must be at: its environment's, or the tag of the later release wave
 * it follows (ops-01 tracking `ops-stable`).
 */
function clusterRef(config, env, tracked) {
    const waves = config.release.waves.map((w) => w.tag);
    return tracked !== null && waves.includes(tracked) ? tracked : config.environments[env].ref;
}
function assemble(config, options, now, sections, renders) {
    const { promotion, environment, live } = sections;
    const counts = countDrift(promotion, environment, live);
    const incomplete = incompleteReasons(sections, renders);
    return {
        generatedAt: now.toISOString(),
        repository: options.repository ?? null,
        chain: chainOf(config),
        promotion,
        environment,
        live,
        matrix: matrixOf(renders),
        approvals: approvalsOf(promotion.edges),
        counts,
        drifted: counts.errors + counts.warnings + counts.pendingCommits > 0,
        complete: incomplete.length === 0,
        incomplete,
    };
}
/** The environments' refs in promotion order, then the later waves. */
function chainOf(config) {
    const chain = Object.values(config.environments).map((e) => e.ref);
    for (const w of config.release.waves)
        if (!chain.includes(w.tag))
            chain.push(w.tag);
    return chain;
}
/** What could not be computed: each unknown edge, pair, cluster, or Argo CD unreachable. */
function incompleteReasons(sections, renders) {
    const reasons = [];
    for (const e of sections.promotion.edges)
        if (e.state === 'unknown')
            reasons.push(`${e.from} → ${e.to}: ${e.reason}`);
    if (sections.environment.state === 'computed')
        for (const p of sections.environment.pairs)
            if (p.state === 'unknown')
                reasons.push(`${p.upstream} → ${p.downstream} not compared: ${p.reason}`);
    if (sections.live.state === 'unreachable')
        reasons.push(`Argo CD unreachable: ${sections.live.reason}`);
    if (sections.live.state === 'computed')
        for (const c of sections.live.clusters)
            if (c.state === 'unknown')
                reasons.push(`cluster ${c.cluster} not checked live: ${c.reason}`);
    // An environment that did not render and is in no pair compared (on no edge, or environments skipped):
    // its clusters were neither compared nor checked live.
    const paired = new Set(sections.environment.state === 'computed'
        ? sections.environment.pairs.flatMap((p) => [p.upstream, p.downstream])
        : []);
    for (const r of renders)
        if (r.state === 'unknown' && !paired.has(r.env))
            reasons.push(`environment ${r.env}: ${r.reason}`);
    if (sections.environment.state === 'computed')
        for (const p of sections.environment.pairs)
            for (const u of p.unknowns ?? [])
                reasons.push(u);
    return reasons;
}
/** Pending promote and release edges, as checkboxes. */
function approvalsOf(edges) {
    return edges.flatMap((e) => e.state === 'pending' && e.kind !== 'wave'
        ? [
            {
                kind: e.kind,
                from: e.from,
                to: e.to,
                fromSha: e.fromSha,
                toSha: e.toSha,
                pendingCount: e.pendingCount,
            },
        ]
        : []);
}
/** What runs where: each component's revisions on each rendered cluster. */
function matrixOf(renders) {
    const rendered = renders.filter((r) => r.state === 'rendered');
    if (rendered.length === 0)
        return null;
    const clusters = rendered.flatMap((r) => r.clusters);
    return (0,matrix/* buildMatrix */.K)(clusters, rendered.flatMap((r) => r.rendered.apps), clusters.map((c) => c.name));
}

;// CONCATENATED MODULE: ./src/commands/drift-dashboard.ts








/** Whether an edit is of the dashboard: its label (in any case), the marker in the body it had, its author. */
function isDashboardEdit(edit, issue) {
    const label = issue.label.toLowerCase();
    return (edit.labels.some((l) => l.toLowerCase() === label) &&
        edit.before.includes(DRIFT_MARKER) &&
        isDashboardAuthor(edit.author, issue.authors));
}
/**
 * The scheduled (or approving) run of the dashboard: the drift now; the boxes ticked by the edit run as
 * approvals (then the drift is read again, since an edge moved); the issue rewritten with the result.
 */
async function driftDashboard(options) {
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    const edit = options.edit && isDashboardEdit(options.edit, config.drift.issue) ? options.edit : null;
    const ticked = edit ? tickedApprovals(edit.before, edit.after) : [];
    if (options.edit && ticked.length === 0)
        return untouched(options.edit, edit !== null);
    let report = await drift(options);
    let approvals = [];
    if (edit && options.github && options.runApproval) {
        approvals = await runApprovals({
            ticked,
            editor: edit.editor,
            github: options.github,
            report,
            run: options.dryRun ? dryRunApproval : options.runApproval,
            logger: options.logger,
        });
        if (approvals.some((a) => a.state === 'ran' && a.ok))
            report = await drift(options);
    }
    const body = renderDriftMarkdown(report, {
        repoUrl: options.links?.repoUrl ?? null,
        reportUrl: options.links?.reportUrl ?? null,
        notice: approvalNotice(approvals),
    });
    return {
        state: 'ran',
        report,
        body,
        approvals,
        publication: await publication(options, config.drift.issue, report, body),
    };
}
/**
 * An edit that ticked no box (or not of the dashboard) changes nothing: rewriting the issue would be
 * an edit again, a loop of runs when the token is a person's.
 */
function untouched(edit, ofDashboard) {
    return {
        state: 'nothing-to-do',
        reason: ofDashboard
            ? `the edit of issue #${edit.issue} ticked no box: the dashboard is left as it is`
            : `issue #${edit.issue} is not the drift dashboard (its label, marker and author): nothing to do`,
    };
}
const dryRunApproval = async (a, actor) => ({
    ok: true,
    message: `dry run: ${a.kind} ${a.from} → ${a.to} (${a.pendingCount} commits) would run, approved by ${actor}`,
});
async function publication(options, issue, report, body) {
    if (!options.publish)
        return { action: 'not-published', reason: 'publishing was not asked' };
    if (options.dryRun)
        return { action: 'not-published', reason: 'dry run: the issue was not written' };
    if (!options.github)
        return { action: 'not-published', reason: 'no GitHub token and repository' };
    return publishDashboard(options.github, {
        label: issue.label,
        title: issue.title,
        body,
        drifted: report.drifted,
        proven: report.complete && !report.drifted,
        closeWhenClean: issue.closeWhenClean,
        authors: issue.authors,
        closeComment: 'No drift: every edge is in sync and every check ran. Closed; a run that finds drift reopens it.',
        logger: options.logger,
    });
}

// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm_helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/helm/render-cache.ts + 6 modules
var render_cache = __webpack_require__(7445);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/report/drift-json.ts
/** `--format json` and drift-report.json: the report as is, versioned (the contract scripts read). */
function renderDriftJson(report) {
    return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/ports.ts + 5 modules
var ports = __webpack_require__(6314);
;// CONCATENATED MODULE: ./src/cli/drift-command.ts














const DRIFT_HELP = `Usage: gitops-promotion drift [options]

Report drift: the commits waiting on each promotion edge and since when, hotfixes in production that
were not merged forward, refs the config names that do not exist; each environment rendered at its
ref and compared with the one it is promoted from; and, with Argo CD, what the clusters run (OutOfSync,
Degraded, Missing, on another revision, orphans). Nothing is written unless --publish is given.

Options:
  --format FORMAT      text (default), markdown (the dashboard issue's body) or json
  --publish            create or edit the dashboard issue (needs --github-repo and $GITHUB_TOKEN);
                       closed when a complete report finds no drift, reopened when it returns
  --dry-run            with --publish: compute and render everything, write no issue
  --fail-on-drift      exit 1 when there is drift
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the environment renders
  --cache-dir DIR      keep helm renders in DIR and reuse them in later runs (outside the repo)
  --github-repo O/N    GitHub repository: pull-request links, and the issue (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for live drift (token: $ARGOCD_TOKEN)
  -h, --help           this help

Tokens are read from the environment only, never from arguments.
Exit codes: 0 the report was made (drift or not, unless --fail-on-drift); 1 drift with
--fail-on-drift; 2 usage or configuration error.
`;
async function driftCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            publish: { type: 'boolean', default: false },
            'fail-on-drift': { type: 'boolean', default: false },
            'cache-dir': { type: 'string' },
            ...ports/* WRITE_OPTIONS */.n,
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(DRIFT_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const format = (0,cli_io/* formatOption */.Bx)(values.format, ['text', 'markdown', 'json']);
    if (values.publish && !(values['github-repo'] && io.env.GITHUB_TOKEN))
        throw new cli_io/* UsageError */.eb('--publish needs --github-repo and $GITHUB_TOKEN');
    const logger = (0,src_logger/* stderrLogger */.D)(false);
    const { github, argocd } = (0,ports/* cliPorts */.h)(values, io, logger, {
        github: 'commits are linked to pull requests by their subjects only',
        argocd: 'live drift is not checked',
    });
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    (0,repo_files/* requireDirectory */.T)(repoDir);
    const helm = (0,render_cache/* createCachingHelm */.k)((0,helm_helm/* createHelm */.xs)((0,helm_helm/* resolveHelmBinary */.ux)(values.helm, io.env)), {
        cacheDir: values['cache-dir'] ? external_node_path_default().resolve(io.cwd, values['cache-dir']) : null,
        repoDir,
        logger,
    });
    const run = await driftDashboard({
        repoDir,
        remote: values.remote,
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        github,
        argocd: argocdOption(argocd, values['argocd-server'], '$ARGOCD_TOKEN is empty'),
        helm,
        logger,
        ...(values.config ? { configFile: (0,gitops_config/* configInRepo */.uw)(repoDir, values.config) } : {}),
        repository: values['github-repo'] ?? null,
        publish: values.publish,
        dryRun: values['dry-run'],
    }).finally(() => helm.finish());
    if (run.state === 'nothing-to-do')
        throw new Error('the CLI makes no edit');
    const p = run.publication;
    if (values.publish)
        logger.info('issue' in p ? `dashboard issue #${p.issue}: ${p.action}` : `dashboard: ${p.action} (${p.reason})`);
    if (format === 'json')
        io.stdout(renderDriftJson(run.report));
    else if (format === 'markdown')
        io.stdout(`${run.body}\n`);
    else
        io.stdout(renderDriftText(run.report));
    return values['fail-on-drift'] && run.report.drifted ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}


/***/ }),

/***/ 5267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ versionTags),
/* harmony export */   Tf: () => (/* binding */ describeWave),
/* harmony export */   lT: () => (/* binding */ readReleaseState),
/* harmony export */   m$: () => (/* binding */ versionAt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8568);
/* harmony import */ var _util_short_sha_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3489);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6824);




/**
 * Reads the remote: fetches `from`, lists its tags (ls-remote, peeled; the version and wave tags
 * this clone lacks the objects of are fetched first, so their commits are local for logs and diffs),
 * and fetches the wave tags. Nothing local is trusted: every value is the remote's now.
 */
async function readReleaseState(git, remote, from, waveTags, pattern) {
    await git.requireTopLevel();
    await git.requireFullHistory('release');
    await git.fetch(remote, [from]);
    const fromHead = await git.revParse(`refs/remotes/${remote}/${from}`);
    const tags = await remoteTags(git, remote, waveTags, pattern);
    const byName = new Map(tags.map((t) => [t.name, t]));
    const versions = versionTags(tags, pattern);
    const waves = waveTags.map((name) => {
        const t = byName.get(name);
        return { tag: name, object: t?.object ?? null, commit: t?.commit ?? null };
    });
    for (const w of waves) {
        if (w.object && !w.commit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`tag ${w.tag} on ${remote} points at no commit`);
    }
    // The wave tags as the remote has them now (the guard reads an annotated one's message); a version
    // tag's message is fetched where it is read (history.ts previousRelease).
    const wanted = waves.filter((w) => w.object).map((w) => (0,_git_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .tag */ .Tc)(w.tag));
    if (wanted.length > 0)
        await git.fetchRefs(remote, wanted);
    const taken = tags.flatMap((t) => pattern.parse(t.name) ?? []);
    return { from, fromHead, versions, taken, waves };
}
/** The tags of `pattern` that name a commit this clone has, ascending by version. */
function versionTags(tags, pattern) {
    const versions = [];
    for (const t of tags) {
        const version = pattern.parse(t.name);
        if (version && t.commit)
            versions.push({ tag: t.name, version, object: t.object, commit: t.commit });
    }
    return versions.sort((a, b) => (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(a.version, b.version));
}
/** The highest version tag at `commit`, or null. */
function versionAt(state, commit) {
    if (!commit)
        return null;
    return state.versions.filter((v) => v.commit === commit).at(-1) ?? null;
}
/** `stable at 1a2b3c4 (stable-v1.3.0)`, for messages. */
function describeWave(state, w) {
    if (!w.commit)
        return `${w.tag} (not yet created)`;
    const v = versionAt(state, w.commit);
    return `${w.tag} at ${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .F)(w.commit)}${v ? ` (${v.tag})` : ''}`;
}
/**
 * The remote's tags, with the version and wave tags fetched first when the clone lacks their
 * objects (a tag another run pushed after this checkout): only then do they peel to a commit.
 */
async function remoteTags(git, remote, waveTags, pattern) {
    const ours = (t) => waveTags.includes(t.name) || pattern.parse(t.name) !== null;
    const tags = await git.listRemoteTags(remote);
    const missing = tags.filter((t) => ours(t) && t.commit === null).map((t) => t.name);
    if (missing.length === 0)
        return tags;
    await git.fetchRefs(remote, missing.map((t) => (0,_git_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .tag */ .Tc)(t)));
    return git.listRemoteTags(remote);
}


/***/ }),

/***/ 3859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ reasonOf),
/* harmony export */   KW: () => (/* binding */ gatesSkippedOf),
/* harmony export */   am: () => (/* binding */ previousReleaseOf),
/* harmony export */   eq: () => (/* binding */ versionTagMessage),
/* harmony export */   jU: () => (/* binding */ wavesBeforeOf),
/* harmony export */   oy: () => (/* binding */ releasedByOf),
/* harmony export */   s_: () => (/* binding */ hotfixOf)
/* harmony export */ });
/* unused harmony exports TAG_MESSAGE_MAX_COMMITS, trailersOf */
/* harmony import */ var _util_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1431);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1976);
/* harmony import */ var _util_short_sha_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3489);



/**
 * The message of a version tag: its changelog (what `git show stable-v1.4.0` tells), and trailers
 * naming the release it follows and where each wave's tag was when it was cut, which a re-run reads
 * to render the same notes again (a wave moved by an earlier run is shown moved from there).
 */
const PREVIOUS = 'Previous-Release';
const HOTFIX = 'Hotfix';
const WAVE_BEFORE = 'Wave-Before';
const RELEASED_BY = 'Released-By';
const REASON = 'Reason';
const GATES_SKIPPED = 'Gates-Skipped';
/** Commits listed in a tag message at most; the GitHub Release lists them all. */
const TAG_MESSAGE_MAX_COMMITS = 200;
function versionTagMessage(args) {
    const { versionTag, previousVersionTag, commits } = args;
    const since = previousVersionTag ? ` since ${previousVersionTag}` : '';
    const count = args.firstRelease ? 'The first release.' : `${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(commits.length, 'commit')}${since}:`;
    const lines = [`${versionTag}`, '', count];
    for (const c of commits.slice(0, TAG_MESSAGE_MAX_COMMITS)) {
        lines.push(`- ${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .F)(c.sha)} ${line(c.subject)}${pullRequestSuffix(c)}`);
    }
    if (commits.length > TAG_MESSAGE_MAX_COMMITS) {
        lines.push(`- … and ${commits.length - TAG_MESSAGE_MAX_COMMITS} more (see the GitHub Release)`);
    }
    // The trailers (trailersOf): from here to the end, one `Key: value` line each.
    if (args.reason)
        lines.push('', `${REASON}: ${line(args.reason)}`);
    if (args.hotfix)
        lines.push(`${HOTFIX}: ${line(args.hotfix)}`);
    if (args.actor)
        lines.push(`${RELEASED_BY}: ${line(args.actor)}`);
    if (args.skipGatesReason)
        lines.push(`${GATES_SKIPPED}: ${line(args.skipGatesReason)}`);
    // Whole (a ref name is at most 255 characters, and config refuses one oneLine would change): read back as named.
    for (const w of args.waves ?? [])
        lines.push(`${WAVE_BEFORE}: ${(0,_util_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(w.tag)} ${w.commit ?? 'none'}`);
    lines.push(`${PREVIOUS}: ${previousVersionTag ?? 'none'}`);
    return `${lines.join('\n')}\n`;
}
/**
 * The trailers of a version tag's message: its final block of `Key: value` lines, read bottom-up
 * (lines split on `\n` only, a CRLF's `\r` dropped) up to the first line that is not one. Only the
 * writer above puts lines there: a commit subject is one `- <sha> …` line above them (oneLine maps
 * every line end JavaScript or a viewer knows), so none can add or shadow a trailer. In message
 * order; a key may repeat (Wave-Before).
 */
function trailersOf(message) {
    const lines = message.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    while (lines.length > 0 && lines.at(-1) === '')
        lines.pop();
    const trailers = [];
    for (let i = lines.length - 1; i >= 0; i--) {
        const m = TRAILER.exec(lines[i]);
        if (!m)
            break;
        trailers.unshift({ key: m[1], value: m[2] });
    }
    return trailers;
}
const TRAILER = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/;
/** The value of the first trailer `key`, or undefined. */
function trailer(message, key) {
    return trailersOf(message).find((t) => t.key === key)?.value;
}
/** The hotfix branch a version tag's message says it released, or null for a release of `release.from`. */
function hotfixOf(message) {
    return trailer(message, HOTFIX)?.trim() || null;
}
/** Who the version tag's message says released it (`Released-By`), or null when it does not say. */
function releasedByOf(message) {
    return trailer(message, RELEASED_BY)?.trim() || null;
}
/** The reason the version tag's message records (`Reason`), or null when it records none. */
function reasonOf(message) {
    return trailer(message, REASON)?.trim() || null;
}
/** Why the message says the gates of the run that cut it were skipped (`Gates-Skipped`), or null. */
function gatesSkippedOf(message) {
    return trailer(message, GATES_SKIPPED)?.trim() || null;
}
/** The release a version tag's message says it follows: a tag name, null for the first, undefined when unsaid. */
function previousReleaseOf(message) {
    const value = trailer(message, PREVIOUS);
    if (value === undefined || value === '' || /\s/.test(value))
        return undefined;
    return value === 'none' ? null : value;
}
/**
 * Where the message says each wave's tag was when the release was cut: tag → commit (null: it did
 * not exist); null when it says nothing (a tag cut before these trailers were written). A trailer is
 * `<tag> <commit|none>`: a ref name holds no ASCII space, so the last one ends the tag.
 */
function wavesBeforeOf(message) {
    const waves = new Map();
    for (const t of trailersOf(message)) {
        if (t.key !== WAVE_BEFORE)
            continue;
        const space = t.value.lastIndexOf(' ');
        const tag = t.value.slice(0, space);
        const commit = t.value.slice(space + 1);
        if (space <= 0 || !/^(?:[0-9a-f]{40}|[0-9a-f]{64}|none)$/.test(commit))
            continue;
        if (!waves.has(tag))
            waves.set(tag, commit === 'none' ? null : commit);
    }
    return waves.size > 0 ? waves : null;
}
/** ` (#12)`, unless the subject names the pull request already (`… (#12)`, `Merge pull request #12 …`). */
function pullRequestSuffix(c) {
    if (c.pullRequest === null)
        return '';
    return new RegExp(`#${c.pullRequest}(?!\\d)`).test(c.subject) ? '' : ` (#${c.pullRequest})`;
}
/** One line of the message, at most 200 characters. */
const line = (text) => (0,_util_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(text).slice(0, 200);


/***/ }),

/***/ 2585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ PULL_REQUEST_BODY_MAX_CHARS),
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   dq: () => (/* binding */ COMMENT_MAX_CHARS),
/* harmony export */   qw: () => (/* binding */ RELEASE_BODY_MAX_CHARS)
/* harmony export */ });
/* unused harmony export SUMMARY_MAX_BYTES */
/** GitHub's limits on what it shows (checked facts; see README). */
const SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const COMMENT_MAX_CHARS = 65_536;
/** A pull request's (an issue's) body: longer is refused with 422 `body is too long (maximum is 65536 characters)`. */
const PULL_REQUEST_BODY_MAX_CHARS = 65_536;
/**
 * A release body longer than this is refused (422 `body is too long (maximum is 125000 characters)`):
 * GitHub's answer, not in its documentation. GitHub counts code points; a JS length (UTF-16 units) is
 * never below that count, so a body whose `.length` fits fits.
 */
const RELEASE_BODY_MAX_CHARS = 125_000;
/** Cuts markdown to a byte budget at a line boundary, with a notice saying where the rest is. */
function truncateBytes(markdown, maxBytes, notice) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const tail = `\n\n> ⚠️ ${notice}\n`;
    const budget = maxBytes - Buffer.byteLength(tail, 'utf8');
    let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
    cut = cut.replace(/\uFFFD$/, '');
    const nl = cut.lastIndexOf('\n');
    return (nl > 0 ? cut.slice(0, nl) : cut) + tail;
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


/***/ })

};
