export const id = 10;
export const ids = [10];
export const modules = {

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROMOTE_HELP: () => (/* binding */ PROMOTE_HELP),
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/argocd/client.ts


/** A request to Argo CD that failed: an HTTP status (with Argo's gRPC code) or none for network errors. */
class ArgoCdError extends Error {
    status;
    /** The gRPC status code of Argo's error body (`{error, code, message}`), e.g. 16 unauthenticated. */
    code;
    constructor(message, status, code, options) {
        super(message, options);
        this.name = 'ArgoCdError';
        this.status = status;
        this.code = code;
    }
}
const DEFAULT_TIMEOUT_MS = 30_000;
class ArgoCdClient {
    baseUrl;
    token;
    timeoutMs;
    fetchImpl;
    constructor(options, fetchImpl = globalThis.fetch) {
        if (!options.server.trim())
            throw new Error('Argo CD server is empty');
        if (!options.token)
            throw new Error('Argo CD token is empty');
        this.baseUrl = normalizeServer(options.server);
        this.token = options.token;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.fetchImpl = fetchImpl;
    }
    /** The server as requests see it, e.g. `https://argocd.example.com` (never with credentials). */
    get server() {
        return this.baseUrl;
    }
    /** `GET /api/v1/applications`: whole items (`fields=` cannot select `reconciledAt` or `conditions`). */
    async listApplications(filter = {}) {
        const query = new URLSearchParams();
        if (filter.selector)
            query.set('selector', filter.selector);
        // collectionFormat "multi": one parameter per project (Argo CD does not split `a,b`).
        for (const project of filter.projects ?? [])
            query.append('projects', project);
        if (filter.appNamespace)
            query.set('appNamespace', filter.appNamespace);
        const list = await this.get('/api/v1/applications', query);
        return list.items ?? [];
    }
    /**
     * `GET /api/v1/applications/{name}`. Argo CD answers 403 for an Application that does not exist unless a
     * project is given (then 404), so as not to reveal which names exist.
     */
    async getApplication(name, options = {}) {
        const query = new URLSearchParams();
        if (options.appNamespace)
            query.set('appNamespace', options.appNamespace);
        if (options.project)
            query.set('projects', options.project);
        return this.get(`/api/v1/applications/${encodeURIComponent(name)}`, query);
    }
    /** `GET /api/v1/applications/{name}/resource-tree` (same 403/404 rule as getApplication). */
    async getResourceTree(name, appNamespace, project) {
        const query = new URLSearchParams();
        if (appNamespace)
            query.set('appNamespace', appNamespace);
        if (project)
            query.set('project', project);
        const path = `/api/v1/applications/${encodeURIComponent(name)}/resource-tree`;
        const tree = await this.get(path, query);
        return { ...tree, nodes: tree.nodes ?? [] };
    }
    async get(path, query) {
        const search = query.size > 0 ? `?${query.toString()}` : '';
        const url = `${this.baseUrl}${path}${search}`;
        const what = `GET ${path}`;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.timeoutMs);
        try {
            const init = {
                method: 'GET',
                headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
                signal: controller.signal,
                // A redirect (http → https, a login page) is reported, not followed with the token.
                redirect: 'manual',
            };
            const response = await this.fetchImpl(url, init);
            const text = await response.text();
            if (!response.ok)
                throw this.httpError(what, response.status, text, response.headers.get('location'));
            try {
                return JSON.parse(text);
            }
            catch {
                throw new ArgoCdError(`Argo CD at ${this.baseUrl}: ${what} answered ${response.status} with invalid JSON`);
            }
        }
        catch (error) {
            if (error instanceof ArgoCdError)
                throw error;
            if (controller.signal.aborted) {
                throw new ArgoCdError(`Argo CD at ${this.baseUrl} did not answer ${what} within ${this.timeoutMs} ms`, undefined, undefined, { cause: error });
            }
            throw new ArgoCdError(`Cannot reach Argo CD at ${this.baseUrl} (${what}): ${this.redact(networkReason(error))}`, undefined, undefined, { cause: error });
        }
        finally {
            clearTimeout(timer);
        }
    }
    httpError(what, status, text, location) {
        let code;
        let detail = text.trim().replace(/\s+/g, ' ').slice(0, 300);
        try {
            const body = JSON.parse(text);
            if (typeof body.code === 'number')
                code = body.code;
            const message = typeof body.message === 'string' && body.message ? body.message : body.error;
            if (typeof message === 'string' && message)
                detail = message;
        }
        catch {
            // not Argo's JSON error body (a proxy's HTML page, …): keep the start of the text
        }
        const prefix = `Argo CD at ${this.baseUrl}: ${what} failed with HTTP ${status}`;
        let message = detail ? `${prefix}: ${detail}` : prefix;
        if (status >= 300 && status < 400) {
            message += ` (redirect to ${location ?? 'an unknown location'}: set the server to the URL Argo CD answers on)`;
        }
        else if (status === 401) {
            message += ' (the token was rejected: expired, revoked or not an Argo CD API token)';
        }
        else if (status === 403) {
            message +=
                ' (the token was rejected for this request: its account or project role lacks the RBAC permission, ' +
                    'or the Application does not exist, which Argo CD reports as permission denied)';
        }
        return new ArgoCdError(this.redact(message), status, code);
    }
    /** The token never appears in an error, even if a server echoes it back. */
    redact(text) {
        // (A token this short is no real Argo CD token; masking it would mangle every word.)
        return this.token.length < 8 ? text : text.split(this.token).join('***');
    }
}
/** The Argo CD port for a server and token: the one factory of ArgoCdPort. */
function createArgoCd(options) {
    return new ArgoCdClient(options);
}
/** `argocd.example.com` → `https://argocd.example.com`; trailing slashes and `/api/v1` suffixes dropped. */
function normalizeServer(server) {
    const trimmed = server.trim();
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Argo CD server "${server}" is not a host name or URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1(`Argo CD server "${server}" must be an http(s) URL`);
    }
    if (url.username || url.password)
        throw new errors/* ConfigurationError */.j1('Argo CD server URL must not carry credentials');
    if (url.search || url.hash)
        throw new errors/* ConfigurationError */.j1(`Argo CD server "${server}" must not have a query or fragment`);
    const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
    return `${url.protocol}//${url.host}${path}`;
}
function networkReason(error) {
    // fetch throws `TypeError: fetch failed` with the socket error (ECONNREFUSED, ENOTFOUND, a TLS error) as cause.
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof Error) {
        const code = cause.code;
        return typeof code === 'string' && !cause.message.includes(code)
            ? `${code}: ${cause.message}`
            : cause.message;
    }
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var gitops_config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var gitops_topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./src/gitops/repo-context.ts
var repo_context = __webpack_require__(5096);
;// CONCATENATED MODULE: ./src/promote/gate-ids.ts
/** The gates, in the order they are evaluated and reported. */
const GATE_ORDER = ['validation', 'checks', 'soak', 'argocd', 'labels', 'freeze'];

;// CONCATENATED MODULE: ./src/promote/edge-settings.ts

/** The configured edge `from → to`, or null. */
function findEdge(promotion, from, to) {
    return promotion.edges.find((e) => e.from === from && e.to === to) ?? null;
}
/** `dev → staging, staging → stable`: the configured edges, for a message. */
function describeEdges(promotion) {
    return promotion.edges.map((e) => `${e.from} → ${e.to}`).join(', ');
}
/**
 * The gates of an edge and their settings: what the edge itself says, else the top-level
 * `promotion` settings; every gate unless the edge lists its own.
 */
function edgeSettings(promotion, edge) {
    return {
        gates: edge.gates ?? GATE_ORDER,
        soak: edge.soak ?? promotion.soak,
        requiredChecks: edge.requiredChecks ?? promotion.requiredChecks,
        blockingLabels: edge.blockingLabels ?? promotion.blockingLabels,
        freeze: edge.freeze ?? promotion.freeze,
    };
}

;// CONCATENATED MODULE: ./src/ports/argocd.ts
/**
 * What the use cases read from Argo CD: Applications (with their sync and health) and an
 * Application's live resource tree. Field names are those of Argo CD's API description; the adapter
 * (src/argocd/client.ts) speaks its REST API with a Bearer token.
 */
function summarizeApplication(app) {
    const status = app.status ?? {};
    const revision = status.sync?.revision || null;
    const multi = status.sync?.revisions;
    return {
        name: app.metadata.name,
        sync: status.sync?.status || 'Unknown',
        health: status.health?.status || 'Unknown',
        revision,
        revisions: multi && multi.length > 0 ? [...multi] : revision ? [revision] : [],
        operationPhase: status.operationState?.phase || null,
        reconciledAt: status.reconciledAt || null,
    };
}

;// CONCATENATED MODULE: ./src/promote/duration.ts

const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
/** `2h`, `1h30m`, `45m`, `1d` → milliseconds. */
function parseDuration(text, where = 'duration') {
    const t = text.trim();
    if (!/^(\d+[wdhms])+$/.test(t)) {
        throw new errors/* ConfigurationError */.j1(`${where} must look like 2h, 1h30m or 1d, got "${text}"`);
    }
    let ms = 0;
    for (const m of t.matchAll(/(\d+)([wdhms])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return ms;
}
/** 5400000 → `1h30m`. */
function formatDuration(ms) {
    if (ms < 60_000)
        return `${Math.max(0, Math.round(ms / 1000))}s`;
    const parts = [];
    let rest = Math.floor(ms / 60_000);
    for (const [unit, size] of [
        ['d', 1440],
        ['h', 60],
        ['m', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/promote/freeze.ts

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The window `now` falls in, or null. Date ranges are ISO 8601 instants; weekly windows use local time of `timezone` (default UTC). */
function activeFreeze(windows, now) {
    for (const w of windows)
        if (inWindow(w, now))
            return w;
    return null;
}
function describeWindow(w) {
    const name = w.name ? `${w.name}: ` : '';
    if ('from' in w)
        return `${name}${w.from} → ${w.to}`;
    return `${name}${w.days.join(',')} ${w.start}–${w.end} ${w.timezone ?? 'UTC'}`;
}
function inWindow(w, now) {
    if ('from' in w) {
        const from = Date.parse(w.from);
        const to = Date.parse(w.to);
        if (Number.isNaN(from) || Number.isNaN(to))
            throw new errors/* ConfigurationError */.j1(`freeze window ${describeWindow(w)}: from and to must be ISO 8601 dates`);
        return now.getTime() >= from && now.getTime() < to;
    }
    const { day, minutes } = localTime(now, w.timezone ?? 'UTC');
    const start = clock(w.start, w);
    const end = clock(w.end, w);
    const days = w.days.map((d) => {
        const i = DAYS.indexOf(d.toLowerCase().slice(0, 3));
        if (i < 0)
            throw new errors/* ConfigurationError */.j1(`freeze window ${describeWindow(w)}: unknown day "${d}"`);
        return i;
    });
    // A window that ends before it starts runs past midnight into the next day.
    if (start <= end)
        return days.includes(day) && minutes >= start && minutes < end;
    return (days.includes(day) && minutes >= start) || (days.includes((day + 6) % 7) && minutes < end);
}
function clock(hhmm, w) {
    const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
    if (!m)
        throw new errors/* ConfigurationError */.j1(`freeze window ${describeWindow(w)}: times must be HH:MM, got "${hhmm}"`);
    return Number(m[1]) * 60 + Number(m[2]);
}
function localTime(now, timeZone) {
    let parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone,
            weekday: 'short',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
        }).formatToParts(now);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`unknown time zone "${timeZone}" in a freeze window`);
    }
    const get = (t) => parts.find((p) => p.type === t)?.value ?? '';
    return {
        day: DAYS.indexOf(get('weekday').toLowerCase().slice(0, 3)),
        minutes: Number(get('hour')) * 60 + Number(get('minute')),
    };
}

// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
;// CONCATENATED MODULE: ./src/promote/gates.ts










const pass = (why) => ({ status: 'pass', why });
const fail = (why) => ({ status: 'fail', why });
const skipped = (why) => ({ status: 'skipped', why });
const SUCCEEDED = new Set(['success', 'neutral', 'skipped']);
const GATES = {
    async validation(ctx) {
        const r = await ctx.validateCandidate();
        return r.errors === 0
            ? pass('no validation errors')
            : fail(`${(0,plural/* plural */.L)(r.errors, 'validation error')}, first: ${r.first}`);
    },
    async checks(ctx) {
        if (!ctx.github)
            return skipped('no GitHub token');
        if (ctx.settings.requiredChecks?.length === 0)
            return pass('no checks required (requiredChecks: [])');
        const candidate = ctx.edge.candidate;
        const [statuses, runs] = await Promise.all([
            ctx.github.listCommitStatuses(candidate),
            ctx.github.listCheckRuns(candidate),
        ]);
        const results = new Map();
        // One name reported several times (check runs of several suites, a status and a check run): any
        // result that is not a success decides.
        const record = (name, state) => {
            const known = results.get(name);
            if (known === undefined || (SUCCEEDED.has(known) && !SUCCEEDED.has(state)))
                results.set(name, state);
        };
        // Statuses come newest first, and go in before the check runs: the first of a context is its state.
        for (const s of statuses)
            if (!results.has(s.context))
                record(s.context, s.state);
        const own = ctx.ownRunId ? `/actions/runs/${ctx.ownRunId}/` : null;
        for (const r of runs) {
            if (own && [r.htmlUrl, r.detailsUrl].some((u) => u?.includes(own)))
                continue;
            record(r.name, r.status !== 'completed' ? r.status : (r.conclusion ?? 'unknown'));
        }
        const required = ctx.settings.requiredChecks ?? [...results.keys()];
        // Nothing reported yet most often means CI has not run: that is not a pass.
        if (required.length === 0)
            return fail(`no checks or statuses on ${(0,short_sha/* shortSha */.F)(candidate)} yet`);
        const bad = required.filter((name) => !SUCCEEDED.has(results.get(name) ?? 'missing'));
        if (bad.length === 0)
            return pass(`${(0,plural/* plural */.L)(required.length, 'check')} succeeded`);
        return fail(bad.map((n) => `${n}: ${results.get(n) ?? 'missing'}`).join(', '));
    },
    async soak(ctx) {
        const soak = ctx.settings.soak;
        if (!soak)
            return skipped('no soak time configured');
        const needed = parseDuration(soak, 'promotion.soak');
        const { candidate, soakEnvironment, from } = ctx.edge;
        let since = null;
        let source = 'commit date';
        if (ctx.github && soakEnvironment) {
            since = await firstDeployed(ctx.github, candidate, soakEnvironment);
            if (since)
                source = `deployed to ${soakEnvironment}`;
        }
        if (!since && ctx.github) {
            since = await landedOn(ctx, ctx.github);
            if (since)
                source = `it landed on ${from.name}`;
        }
        since ??= await ctx.git.commitDate(candidate);
        const age = ctx.now.getTime() - Date.parse(since);
        return age >= needed
            ? pass(`${formatDuration(age)} since ${source} (needs ${soak})`)
            : fail(`${formatDuration(age)} since ${source}, needs ${soak}`);
    },
    async argocd(ctx) {
        if (!ctx.argocd)
            return skipped('no Argo CD server and token');
        const { clusters, candidate } = ctx.edge;
        if (clusters.length === 0)
            return skipped(`no clusters track ${ctx.edge.from.name}`);
        const apps = (await Promise.all(clusters.map((c) => ctx.argocd.listApplications({ selector: `${ctx.clusterLabel}=${c}` })))).flat();
        if (apps.length === 0)
            return fail(`no Applications labelled ${ctx.clusterLabel}=${clusters.join('|')} in Argo CD`);
        const bad = [];
        for (const app of apps) {
            const summary = summarizeApplication(app);
            // Only this repo's sources must be at the candidate: a Helm repository chart's revision is its
            // version, another repo's is that repo's commit.
            const sources = app.spec.sources ?? (app.spec.source ? [app.spec.source] : []);
            const ours = sources.flatMap((src, i) => (isThisRepo(src, ctx.repoURL) ? [summary.revisions[i]] : []));
            if (summary.sync !== 'Synced')
                bad.push(`${summary.name} ${summary.sync}`);
            else if (ours.some((r) => r !== candidate))
                bad.push(`${summary.name} at ${ours.map((r) => (r ? (0,short_sha/* shortSha */.F)(r) : 'no revision')).join(',')}`);
            else if (summary.health !== 'Healthy')
                bad.push(`${summary.name} ${summary.health}`);
        }
        return bad.length === 0
            ? pass(`${(0,plural/* plural */.L)(apps.length, 'Application')} Synced at ${(0,short_sha/* shortSha */.F)(candidate)} and Healthy`)
            : fail(bad.slice(0, 5).join(', ') + (bad.length > 5 ? ` and ${bad.length - 5} more` : ''));
    },
    async labels(ctx) {
        const labels = ctx.settings.blockingLabels;
        if (labels.length === 0)
            return skipped('no blocking labels configured');
        if (!ctx.github)
            return skipped('no GitHub token');
        const github = ctx.github;
        const blocking = (await Promise.all(labels.map((label) => github.listOpenLabelled(label)))).flat();
        if (blocking.length === 0)
            return pass(`no open issue or pull request labelled ${labels.join(', ')}`);
        const numbers = [...new Set(blocking.map((i) => `#${i.number}`))];
        return fail(`blocked by ${numbers.join(', ')}`);
    },
    async freeze(ctx) {
        const w = activeFreeze(ctx.settings.freeze, ctx.now);
        if (ctx.settings.freeze.length === 0)
            return skipped('no freeze windows configured');
        return w ? fail(`freeze window ${describeWindow(w)}`) : pass('outside every freeze window');
    },
};
/** Pages of branch activity read at most: 1,000 pushes back is far beyond any soak time. */
const MAX_ACTIVITY_PAGES = 10;
/** The oldest success status of a deployment of `sha` to `environment`, or null. */
async function firstDeployed(github, sha, environment) {
    let since = null;
    for (const d of await github.listDeployments({ sha, environment })) {
        for (const s of await github.listDeploymentStatuses(d.id)) {
            if (s.state === 'success' && (!since || s.createdAt < since))
                since = s.createdAt;
        }
    }
    return since;
}
/**
 * When the candidate landed on `from`: the oldest of the ref's recent pushes and merges (GitHub's
 * repository activity, newest first) whose new head contains the candidate. Null when GitHub has no
 * such record (e.g. the branch was only ever pushed before the activity log covers).
 */
async function landedOn(ctx, github) {
    let landed = null;
    let pages = 0;
    for await (const page of github.activities((0,refs/* fullRef */.vv)(ctx.edge.from))) {
        for (const a of page) {
            if (a.activityType === 'branch_deletion')
                return landed;
            if (!(await ctx.git.tryIsAncestor(ctx.edge.candidate, a.after)))
                return landed;
            landed = a.timestamp;
        }
        if (++pages >= MAX_ACTIVITY_PAGES)
            break;
    }
    return landed;
}
/** A git source of the GitOps repo itself (any source when the repo's URL is not known), not a Helm chart. */
function isThisRepo(source, repoURL) {
    if (source.chart !== undefined)
        return false;
    return repoURL === null || (source.repoURL !== undefined && (0,gitops_topology/* normalizeRepoURL */.li)(source.repoURL) === repoURL);
}
/**
 * Evaluates the gates the edge declares (`settings.gates`, in GATE_ORDER; none stops the others); an
 * error inside a gate is that gate's failure, a ConfigurationError the user's to fix.
 */
async function evaluateGates(ctx) {
    const ids = GATE_ORDER.filter((id) => ctx.settings.gates.includes(id));
    return Promise.all(ids.map(async (id) => {
        try {
            return { id, ...(await GATES[id](ctx)) };
        }
        catch (e) {
            if ((0,errors/* isConfigurationError */.p0)(e))
                throw e;
            return {
                id,
                status: 'fail',
                why: `could not be evaluated: ${e.message.split('\n')[0]}`,
            };
        }
    }));
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/promote/commit-links.ts


/** At most this many commits are looked up with the API per promotion; the rest keep what their subject says. */
const MAX_PULL_REQUEST_LOOKUPS = 50;
const CONCURRENCY = 4;
/** The pull request a commit came from, by GitHub's merge and squash subjects (`Merge pull request #12`, `… (#12)`). */
function pullRequestOf(subject) {
    const m = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return m ? Number(m[1]) : null;
}
/**
 * The pull request each commit landed on `from` through: the number in its subject (merge and squash
 * merges), else, with GitHub, the merged pull request into `from` that the API associates with the commit
 * (rebase merges, and the commits inside a merged pull request). Open pull requests, such as a promotion's
 * own `from → to` pull request, never count. A failed lookup leaves that commit unlinked with a warning:
 * links are a convenience, never a reason to fail a promotion.
 */
async function linkPullRequests(commits, from, github, logger) {
    const linked = commits.map((c) => ({ ...c, pullRequest: pullRequestOf(c.subject) }));
    if (!github)
        return linked;
    const unlinked = linked.filter((c) => c.pullRequest === null);
    const lookups = unlinked.slice(0, MAX_PULL_REQUEST_LOOKUPS);
    if (unlinked.length > lookups.length) {
        logger.info(`${unlinked.length} commits name no pull request; looking up the first ${lookups.length} with the API`);
    }
    let failed = 0;
    await (0,concurrency/* mapLimit */.s)(lookups, CONCURRENCY, async (c) => {
        try {
            c.pullRequest = await mergedPullRequest(github, c.sha, from);
        }
        catch (e) {
            failed++;
            logger.debug(`pull request of ${c.sha}: ${e.message}`);
        }
    });
    if (failed > 0) {
        logger.warning(`could not look up the pull request of ${(0,plural/* plural */.L)(failed, 'commit')}`);
    }
    return linked;
}
async function mergedPullRequest(github, sha, from) {
    const pulls = await github.pullRequestsOfCommit(sha);
    const merged = pulls.filter((p) => p.mergedAt !== null && p.baseRef === from);
    merged.sort((a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt));
    return merged[0]?.number ?? null;
}

;// CONCATENATED MODULE: ./src/github/transport.ts
/**
 * The fetch Octokit uses: every request (its body included) ends within a timeout, and a 2xx answer that
 * says it is JSON but does not parse is an error, not a string the caller reads `undefined` out of.
 * Failures are `TransportError`s, which Octokit wraps (as `cause`) in a RequestError with status 500.
 */
/** A request that got no usable answer: whether GitHub performed it is unknown. */
class TransportError extends Error {
    failure;
    constructor(failure, message, options) {
        super(message, options);
        this.name = 'TransportError';
        this.failure = failure;
    }
}
const transport_DEFAULT_TIMEOUT_MS = 30_000;
/** `POST /repos/o/r/issues/12/comments`: the method and path, never the query or the host. */
function endpointOf(method, url) {
    let path;
    try {
        path = new URL(url).pathname;
    }
    catch {
        path = url.split('?')[0];
    }
    return `${(method ?? 'GET').toUpperCase()} ${path}`;
}
function inputUrl(input) {
    if (typeof input === 'string')
        return input;
    return input instanceof URL ? input.href : input.url;
}
/** A fetch whose every request, body included, fails with a TransportError after `timeoutMs`. */
function timedFetch(timeoutMs, base = globalThis.fetch) {
    return async (input, init) => {
        const what = endpointOf(init?.method, inputUrl(input));
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            const response = await base(input, { ...init, signal });
            // Read the whole body under the same signal: a server that sends headers and then stalls times out too.
            const body = await response.arrayBuffer();
            checkJson(what, response, body);
            const empty = [101, 204, 205, 304].includes(response.status);
            const copy = new Response(empty ? null : body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
            Object.defineProperty(copy, 'url', { value: response.url });
            return copy;
        }
        catch (error) {
            if (error instanceof TransportError)
                throw error;
            if (timeout.aborted) {
                throw new TransportError('timeout', `GitHub did not answer ${what} within ${timeoutMs} ms`, {
                    cause: error,
                });
            }
            throw new TransportError('network', `the connection to GitHub failed during ${what}: ${reason(error)}`, {
                cause: error,
            });
        }
    };
}
function checkJson(what, response, body) {
    if (!response.ok || body.byteLength === 0)
        return;
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? ''))
        return;
    try {
        JSON.parse(new TextDecoder().decode(body));
    }
    catch {
        throw new TransportError('malformed', `GitHub answered ${what} with HTTP ${response.status} and a body that is not valid JSON`);
    }
}
/** fetch throws `TypeError: fetch failed` with the socket error (ECONNRESET, "other side closed") as cause. */
function reason(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const inner = cause instanceof Error ? cause : error instanceof Error ? error : null;
    if (!inner)
        return String(error);
    const code = inner.code;
    return typeof code === 'string' && !inner.message.includes(code)
        ? `${code}: ${inner.message}`
        : inner.message;
}

;// CONCATENATED MODULE: ./src/github/retry.ts

const DEFAULT_RETRY_POLICY = {
    retries: 2,
    retryDelayMs: 1000,
    maxRateLimitWaitSeconds: 60,
};
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** True for a 5xx or a TransportError: the request may or may not have been performed. */
function isAmbiguousFailure(error) {
    const e = error;
    if (error instanceof TransportError || e?.cause instanceof TransportError)
        return true;
    return typeof e?.status === 'number' && e.status >= 500;
}
/** Seconds until a 403/429 rate limit lifts, with whether GitHub's message says the request was limited. */
function rateLimit(error, now = Date.now()) {
    const e = error;
    if (e?.status !== 403 && e?.status !== 429)
        return null;
    const headers = e.response?.headers ?? {};
    const said = /rate limit/i.test(e.message ?? '');
    const after = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(after))
        return { seconds: Math.max(0, after), said };
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        return { seconds: Number.isFinite(reset) ? Math.max(0, reset - now / 1000) : null, said };
    }
    return said || e.status === 429 ? { seconds: null, said } : null;
}
function decide(method, error, attempts, policy) {
    const idempotent = IDEMPOTENT.has(method.toUpperCase());
    const limited = rateLimit(error);
    if (limited) {
        if (attempts.rateLimitWaited || limited.seconds === null)
            return { retry: false };
        if (limited.seconds > policy.maxRateLimitWaitSeconds)
            return { retry: false };
        if (!idempotent && !limited.said)
            return { retry: false };
        return { retry: true, waitMs: Math.ceil(limited.seconds * 1000), why: 'rate limit' };
    }
    if (!idempotent || attempts.retried >= policy.retries || !isAmbiguousFailure(error))
        return { retry: false };
    return { retry: true, waitMs: policy.retryDelayMs * 2 ** attempts.retried, why: describe(error) };
}
function describe(error) {
    const e = error;
    if (e.cause instanceof TransportError)
        return e.cause.failure;
    return `HTTP ${e.status}`;
}
/** An Octokit `request` wrap hook applying `policy`. */
function retryingRequest(policy, logger) {
    return async (request, options) => {
        const attempts = { retried: 0, rateLimitWaited: false };
        for (;;) {
            try {
                return await request(options);
            }
            catch (error) {
                const decision = decide(options.method, error, attempts, policy);
                if (!decision.retry)
                    throw error;
                if (decision.why === 'rate limit')
                    attempts.rateLimitWaited = true;
                else
                    attempts.retried++;
                logger.warning(`GitHub ${options.method} ${options.url}: ${decision.why}; retrying in ${Math.round(decision.waitMs / 100) / 10}s`);
                await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * One translation of a failed GitHub request into a one-line message for the step log: what was being
 * done (`create the diff comment on PR #12`), the endpoint (`POST /repos/o/r/issues/12/comments`), what
 * GitHub answered, and what to check. Never a stack trace, never the token (it is in no URL or message).
 */



const COMMENT_PERMISSION = 'pull-requests: write (issues: write)';
/** A GitHub request that failed; its message is the whole story, on one line. */
class GitHubApiError extends errors/* ConfigurationError */.j1 {
    status;
    endpoint;
    /** GitHub may have performed the request (5xx, timeout, dropped connection, malformed answer). */
    ambiguous;
    constructor(message, details) {
        super(message);
        this.name = 'GitHubApiError';
        this.status = details.status;
        this.endpoint = details.endpoint;
        this.ambiguous = details.ambiguous;
    }
}
/** The `METHOD /path` of an Octokit error, when it has one. */
function failedEndpoint(error) {
    const request = error?.request;
    return request?.url ? endpointOf(request.method, request.url) : null;
}
/**
 * `could not <action>: <endpoint> <what happened>; <what to check>`. `needs` is the permission the
 * token must have for the operation, named in the hint of a 403 or 404.
 */
function gitHubError(error, action, needs) {
    if (error instanceof GitHubApiError)
        return error;
    const e = (error ?? {});
    const endpoint = failedEndpoint(error);
    const transport = e.cause instanceof TransportError ? e.cause : error instanceof TransportError ? error : null;
    const status = transport ? undefined : e.status;
    const said = oneLine(transport?.message ?? e.message ?? String(error));
    const happened = transport
        ? said
        : status
            ? `${endpoint ?? 'the request'} answered HTTP ${status}${said ? ` (${said})` : ''}`
            : `${endpoint ?? 'the request'} failed: ${said}`;
    const hint = hintFor(error, status, transport !== null, needs);
    return new GitHubApiError(`could not ${action}: ${happened}${hint ? `; ${hint}` : ''}`, {
        ...(status !== undefined ? { status } : {}),
        endpoint,
        ambiguous: isAmbiguousFailure(error),
    });
}
function hintFor(error, status, transport, needs) {
    if (transport || (status !== undefined && status >= 500))
        return 'GitHub failed or did not answer in time: re-run the job, and check GITHUB_API_URL if it persists';
    const limited = rateLimit(error);
    if (limited) {
        const wait = limited.seconds === null ? '' : ` (it lifts in ${Math.ceil(limited.seconds)}s)`;
        return `GitHub's rate limit was hit${wait}: re-run the job later`;
    }
    const token = needs ? `the token needs ${needs}` : 'check the token’s permissions';
    if (status === 401)
        return 'the token was rejected (expired or revoked): check the token input';
    if (status === 403)
        return `the token is not allowed to: ${token}`;
    if (status === 404)
        return `not found, or not visible to the token: check the repository and number, and ${token}`;
    if (status === 422)
        return 'GitHub refused the request as invalid';
    return '';
}
/** GitHub's messages can span lines (`Invalid request.\n\n…`): one line, bounded, for the step log. */
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
;// CONCATENATED MODULE: ./src/promote/messages.ts




/** An Octokit error's message: GitHub's own words, one line. */
function apiError(e) {
    if (e instanceof GitHubApiError)
        return e.message; // names the endpoint and the status already
    const status = e.status;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return status ? `${message} (HTTP ${status})` : message;
}
/** The merge commit's (and the promotion pull request's) message: the commits it promotes. */
function mergeMessage(from, to, commits, skipReason) {
    const lines = [`Promote ${from} → ${to} (${(0,plural/* plural */.L)(commits.length, 'commit')})`, ''];
    for (const c of commits)
        lines.push(`- ${(0,short_sha/* shortSha */.F)(c.sha)} ${c.subject} (${c.author})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${skipReason}`);
    return `${lines.join('\n')}\n`;
}
/** The promotion PR's description: mergeMessage's list, with repository text escaped for markdown. */
function pullRequestBody(commits, skipReason) {
    const lines = commits.map((c) => `- ${(0,markdown_escape/* code */.aY)((0,short_sha/* shortSha */.F)(c.sha))} ${(0,markdown_escape/* cell */.Hn)(c.subject)} (${(0,markdown_escape/* cell */.Hn)(c.author)})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${(0,markdown_escape/* cell */.Hn)(skipReason)}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/promote/pull-request.ts


const PULLS_PERMISSION = 'pull-requests: write and contents: write';
const asPromotion = (pr) => ({
    number: pr.number,
    url: pr.url,
    headSha: pr.headSha,
});
/**
 * The open pull request from → to, reused when there is one (its title and body are brought up to
 * date), else created. Through it, branch protection and rulesets apply to the promotion. A create
 * that may have happened (5xx, timeout) is looked for before it fails: never two pull requests.
 * Failures are GitHubApiErrors.
 */
async function openPullRequest(gh, args) {
    const existing = await findOpen(gh, args);
    if (existing) {
        const updated = await gh
            .updatePullRequest(existing.number, { title: args.title, body: args.body })
            .catch((e) => {
            throw gitHubError(e, `update PR #${existing.number} (${args.from} → ${args.to})`, PULLS_PERMISSION);
        });
        return asPromotion(updated);
    }
    try {
        const created = await gh.createPullRequest({
            head: args.from,
            base: args.to,
            title: args.title,
            body: args.body,
        });
        return asPromotion(created);
    }
    catch (e) {
        const found = isAmbiguousFailure(e) ? await findOpen(gh, args) : null;
        if (found)
            return asPromotion(found);
        throw gitHubError(e, `create the pull request ${args.from} → ${args.to}`, PULLS_PERMISSION);
    }
}
async function findOpen(gh, args) {
    return gh.findOpenPullRequest(args.from, args.to).catch((e) => {
        throw gitHubError(e, `list the open pull requests ${args.from} → ${args.to}`, PULLS_PERMISSION);
    });
}
/**
 * Merges the pull request with a merge commit through the API, pinned to `candidate` (GitHub answers
 * 409 when the head moved, 405 when protection or a conflict forbids the merge). Returns the merge
 * commit's sha. A failed merge (a retried one included) is checked against the pull request: merged at
 * `candidate` is a success. Failures are GitHubApiErrors (with GitHub's status).
 */
async function mergePullRequest(gh, pr, args) {
    try {
        return await gh.mergePullRequest(pr.number, {
            sha: args.candidate,
            title: args.title,
            message: args.body,
        });
    }
    catch (e) {
        const now = await gh.getPullRequest(pr.number).catch(() => null);
        if (now?.merged && now.mergeCommitSha && now.headSha === args.candidate)
            return now.mergeCommitSha;
        throw gitHubError(e, `merge PR #${pr.number}`, PULLS_PERMISSION);
    }
}

;// CONCATENATED MODULE: ./src/promote/run.ts






/**
 * Promotes `from` into `to`: the commits `to..candidate` are checked by the gates, then `to` is
 * fast-forwarded to the candidate (or gets a merge commit) and pushed with a lease on its old sha,
 * so a branch that moved meanwhile is never overwritten.
 */
async function runPromotion(req, evaluate) {
    const heads = await readHeads(req);
    requireMode(req, heads);
    const log = await req.git.log(`${heads.previous}..${heads.candidate}`);
    const commits = await linkPullRequests(log, req.from, req.github, req.logger);
    const run = newRun(req, heads, commits);
    if (commits.length === 0)
        return run.halt('nothing-to-promote', `nothing to promote: ${req.to} already contains ${(0,short_sha/* shortSha */.F)(heads.candidate)}`);
    run.fastForward = await req.git.isAncestor(heads.previous, heads.candidate);
    if (!run.fastForward && req.strategy === 'fast-forward')
        return refuseFastForward(run);
    run.gates = await evaluate(heads.candidate);
    const failed = run.gates.filter((g) => g.status === 'fail').map((g) => g.id);
    if (failed.length > 0)
        return run.halt('gates-failed', `gates failed: ${failed.join(', ')}; nothing was pushed`);
    let pullRequest;
    if (req.mode === 'pull-request' && !req.dryRun) {
        const through = await throughPullRequest(run);
        if ('outcome' in through)
            return through;
        pullRequest = through;
    }
    return pushPromotion(run, pullRequest);
}
/** Fetches both branches: the head of `from`, `to` before the promotion, and the candidate (on `from`). */
async function readHeads(req) {
    const { git, remote, from, to } = req;
    await git.requireTopLevel();
    await git.requireFullHistory('promote');
    await git.fetch(remote, [from, to]);
    const fromHead = await git.revParse(`refs/remotes/${remote}/${from}`);
    const previous = await git.revParse(`refs/remotes/${remote}/${to}`);
    const candidate = req.sha ? await git.revParse(req.sha) : fromHead;
    if (!(await git.isAncestor(candidate, fromHead))) {
        throw new errors/* ConfigurationError */.j1(`${(0,short_sha/* shortSha */.F)(candidate)} is not on ${from} (${remote}/${from} is ${(0,short_sha/* shortSha */.F)(fromHead)})`);
    }
    return { fromHead, previous, candidate };
}
/** Mode pull-request needs GitHub, and promotes the head of `from` (the pull request's head). */
function requireMode(req, heads) {
    if (req.mode !== 'pull-request')
        return;
    if (!req.github)
        throw new errors/* ConfigurationError */.j1('mode pull-request needs a GitHub token and repository');
    if (heads.candidate !== heads.fromHead) {
        throw new errors/* ConfigurationError */.j1(`mode pull-request promotes the head of ${req.from} (${(0,short_sha/* shortSha */.F)(heads.fromHead)}), not ${(0,short_sha/* shortSha */.F)(heads.candidate)}: promote an older commit with mode push`);
    }
}
function newRun(req, heads, commits) {
    const base = {
        from: req.from,
        to: req.to,
        candidate: heads.candidate,
        previous: heads.previous,
        strategy: req.strategy,
        skipGatesReason: req.skipGatesReason ?? null,
    };
    const run = {
        req,
        heads,
        commits,
        gates: [],
        fastForward: false,
        halt: (outcome, message) => ({
            ...base,
            outcome,
            promoted: false,
            sha: null,
            commits,
            gates: run.gates,
            message,
        }),
        promoted: (sha, how, pullRequest) => ({
            ...base,
            outcome: 'promoted',
            promoted: true,
            sha,
            commits,
            gates: run.gates,
            ...(pullRequest ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } } : {}),
            message: `promoted ${(0,plural/* plural */.L)(commits.length, 'commit')} from ${req.from} to ${req.to} (${how})`,
        }),
    };
    return run;
}
async function refuseFastForward(run) {
    const { req, heads } = run;
    const own = (await req.git.log(`${heads.candidate}..${heads.previous}`)).length;
    return run.halt('refused', `${req.to} has ${(0,plural/* plural */.L)(own, 'commit')} that ${req.from} does not (a forward-merged hotfix?): a fast-forward is impossible; promote with strategy merge`);
}
/**
 * Mode pull-request: opens (or reuses) the pull request from → to. A merge is made by GitHub (the
 * result); a fast-forward goes on to the push, which GitHub accepts under branch protection once
 * the pull request satisfies it, and records as its merge.
 */
async function throughPullRequest(run) {
    const { req, heads, commits } = run;
    const github = req.github;
    const [title, , ...body] = mergeMessage(req.from, req.to, commits, req.skipGatesReason).split('\n');
    const text = { title: title, body: body.join('\n') };
    let pullRequest;
    try {
        // The PR body is markdown: commit subjects and authors are escaped there (no mention, no HTML).
        const markdown = pullRequestBody(commits, req.skipGatesReason);
        pullRequest = await openPullRequest(github, {
            from: req.from,
            to: req.to,
            title: text.title,
            body: markdown,
        });
    }
    catch (e) {
        return run.halt('refused', `GitHub refused the pull request ${req.from} → ${req.to}: ${apiError(e)}`);
    }
    if (pullRequest.headSha !== heads.candidate) {
        return run.halt('moved', `${req.from} moved to ${(0,short_sha/* shortSha */.F)(pullRequest.headSha)} while #${pullRequest.number} was opened; re-run`);
    }
    if (run.fastForward)
        return pullRequest;
    try {
        const sha = await mergePullRequest(github, pullRequest, { candidate: heads.candidate, ...text });
        return run.promoted(sha, `through #${pullRequest.number}`, pullRequest);
    }
    catch (e) {
        const status = e.status;
        const why = `GitHub refused to merge #${pullRequest.number}: ${apiError(e)}`;
        return run.halt(status === 409 ? 'moved' : 'refused', why);
    }
}
/** Makes the merge commit if one is needed, then pushes `to` with a lease on where it was. */
async function pushPromotion(run, pullRequest) {
    const { req, heads, commits } = run;
    let next = heads.candidate;
    if (!run.fastForward) {
        const message = mergeMessage(req.from, req.to, commits, req.skipGatesReason);
        const merged = await req.git.mergeCommit(heads.previous, heads.candidate, message);
        if ('conflicts' in merged) {
            return run.halt('refused', `${req.from} does not merge cleanly into ${req.to}: ${merged.conflicts.join(', ')}`);
        }
        next = merged.sha;
    }
    const how = run.fastForward ? 'fast-forward' : `merge commit ${(0,short_sha/* shortSha */.F)(next)}`;
    if (req.dryRun) {
        return run.halt('dry-run', `dry run: would move ${req.to} from ${(0,short_sha/* shortSha */.F)(heads.previous)} to ${(0,short_sha/* shortSha */.F)(next)} (${how}, ${(0,plural/* plural */.L)(commits.length, 'commit')})`);
    }
    await req.beforePush?.();
    const push = await req.git.tryPushWithLease(req.remote, req.to, next, heads.previous);
    if (!push.pushed && !push.leaseLost) {
        return run.halt('refused', `${req.remote} refused the push to ${req.to}: ${push.reason}`);
    }
    if (!push.pushed) {
        const now = await req.git.remoteBranch(req.remote, req.to);
        return run.halt('moved', `${req.to} moved from ${(0,short_sha/* shortSha */.F)(heads.previous)} to ${now !== null ? (0,short_sha/* shortSha */.F)(now) : '(deleted)'} during promotion; re-run`);
    }
    req.logger.info(`${req.to}: ${(0,short_sha/* shortSha */.F)(heads.previous)} → ${(0,short_sha/* shortSha */.F)(next)} (${how})`);
    return run.promoted(next, pullRequest ? `${how} through #${pullRequest.number}` : how, pullRequest);
}

// EXTERNAL MODULE: ./src/commands/repo-facts.ts
var repo_facts = __webpack_require__(4406);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
// EXTERNAL MODULE: ./src/gitops/env-for-ref.ts
var env_for_ref = __webpack_require__(5529);
;// CONCATENATED MODULE: ./src/promote/model.ts
/** Outcomes that are a failure of the run (exit 1, failed step). */
const FAILED_OUTCOMES = ['gates-failed', 'refused', 'moved'];

;// CONCATENATED MODULE: ./src/commands/promote.ts














/**
 * Promotes `from` into `to` (a configured edge): the candidate's gates, then a fast-forward or a merge
 * commit of `to`, pushed with a lease (src/promote/run.ts).
 */
async function promote(options) {
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    const edge = requireEdge(config, options.from, options.to);
    return runPromotion(options, async (candidate) => {
        const facts = await (0,repo_facts/* readRepoFacts */.I)(options.git, options.eventDefaultBranch);
        if (options.skipGatesReason !== undefined)
            return [];
        return options.git.withExportedTree(candidate, (dir) => evaluateGates(gateContext(options, config, edge, candidate, dir, facts)));
    });
}
function requireEdge(config, from, to) {
    const edge = findEdge(config.promotion, from, to);
    if (!edge) {
        throw new errors/* ConfigurationError */.j1(`${from} → ${to} is not a promotion edge (configured: ${describeEdges(config.promotion)})`);
    }
    return edge;
}
/** What the gates look at; `dir` holds the candidate's tree. */
function gateContext(options, config, edge, candidate, dir, facts) {
    const fromEnv = (0,env_for_ref/* envForRef */.C)(config, options.from);
    const candidateConfig = (0,gitops_config/* loadConfig */.Z9)(dir, options.configFile);
    const topology = (0,gitops_topology/* discoverTopology */.HC)(new repo_files/* RepoFiles */.op(dir, candidateConfig.limits), candidateConfig, (0,repo_context/* repoContext */.u0)(candidateConfig, facts));
    return {
        edge: {
            from: (0,refs/* branch */.tk)(options.from),
            to: (0,refs/* branch */.tk)(options.to),
            candidate,
            soakEnvironment: fromEnv,
            // The candidate's clusters that track `from`: their Applications must be healthy at the candidate.
            clusters: topology.clusters.filter((c) => c.ref === options.from).map((c) => c.name),
        },
        settings: edgeSettings(config.promotion, edge),
        clusterLabel: candidateConfig.clusterLabel,
        repoURL: topology.repoURL,
        ownRunId: options.ownRunId ?? null,
        now: options.now ?? new Date(),
        git: options.git,
        github: options.github,
        argocd: options.argocd,
        validateCandidate: () => validateCandidate(options, dir),
    };
}
async function validateCandidate(options, dir) {
    if (!options.helm)
        throw new errors/* ConfigurationError */.j1('the validation gate needs helm');
    const r = await (0,validate/* validate */.t)({
        repoDir: dir,
        git: options.git,
        ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
        helm: options.helm,
        logger: options.logger,
        ...(options.configFile ? { configFile: options.configFile } : {}),
    });
    const first = r.findings.find((f) => f.severity === 'error');
    return { errors: r.counts.error, first: first ? `${(0,findings/* fileLine */.RO)(first)} ${first.message}`.trim() : null };
}

// EXTERNAL MODULE: ./src/git/git.ts + 13 modules
var git = __webpack_require__(5430);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/client.ts




/** The environment variable an action reads its HTTP timeout from (milliseconds), for GitHub and Argo CD. */
const HTTP_TIMEOUT_ENV = 'GITOPS_PROMOTION_HTTP_TIMEOUT_MS';
/** The timeout set in GITOPS_PROMOTION_HTTP_TIMEOUT_MS, or undefined (the default) when unset. */
function httpTimeoutFromEnv(env) {
    const raw = env[HTTP_TIMEOUT_ENV]?.trim();
    if (!raw)
        return undefined;
    const ms = Number(raw);
    if (!Number.isInteger(ms) || ms <= 0)
        throw new ConfigurationError(`${HTTP_TIMEOUT_ENV} must be a positive number of milliseconds, got "${raw}"`);
    return ms;
}
/**
 * Octokit against `apiUrl` (GITHUB_API_URL on a runner, GHES included). Every request ends within the
 * timeout; idempotent ones are retried a bounded number of times, a POST never blindly (retry.ts). The
 * token goes in the Authorization header only, never in a URL or log.
 */
function createGitHubClient(token, apiUrl, logger, options = {}) {
    const { timeoutMs = transport_DEFAULT_TIMEOUT_MS, ...policy } = options;
    const gh = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        request: { fetch: timedFetch(timeoutMs) },
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.warning(m), error: () => { } },
    });
    gh.hook.wrap('request', retryingRequest({ ...DEFAULT_RETRY_POLICY, ...policy }, logger));
    return gh;
}
/** `owner/name` → RepoRef; a clear error for anything else. */
function parseRepository(full) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(full.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`repository must be owner/name, got "${full}"`);
    return { owner: m[1], repo: m[2] };
}

;// CONCATENATED MODULE: ./src/github/port.ts

const pull = (p) => ({
    number: p.number,
    url: p.html_url,
    headSha: p.head.sha,
    merged: p.merged ?? false,
    mergeCommitSha: p.merge_commit_sha ?? null,
});
const comment = (c) => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
    authorType: c.user?.type ?? null,
    authorAssociation: c.author_association ?? null,
});
/**
 * The GitHub port over an Octokit client and one repository: each method is one REST call (or its
 * pages), errors thrown as Octokit throws them.
 */
function gitHubPort(gh, repo) {
    const r = repo;
    return {
        repo,
        listCommitStatuses: async (ref) => (await gh.paginate(gh.rest.repos.listCommitStatusesForRef, { ...r, ref, per_page: 100 })).map((s) => ({
            context: s.context,
            state: s.state,
        })),
        listCheckRuns: async (ref) => (await gh.paginate(gh.rest.checks.listForRef, { ...r, ref, filter: 'latest', per_page: 100 })).map((c) => ({
            name: c.name,
            status: c.status,
            conclusion: c.conclusion ?? null,
            htmlUrl: c.html_url ?? null,
            detailsUrl: c.details_url ?? null,
        })),
        listDeployments: async ({ sha, environment }) => (await gh.paginate(gh.rest.repos.listDeployments, { ...r, sha, environment, per_page: 100 })).map((d) => ({
            id: d.id,
        })),
        listDeploymentStatuses: async (id) => (await gh.paginate(gh.rest.repos.listDeploymentStatuses, { ...r, deployment_id: id, per_page: 100 })).map((s) => ({ state: s.state, createdAt: s.created_at })),
        async createDeployment(d) {
            const created = await gh.rest.repos.createDeployment({
                ...r,
                ref: d.ref,
                environment: d.environment,
                auto_merge: false,
                required_contexts: [],
                description: d.description,
                payload: d.payload,
            });
            return 'id' in created.data ? { id: created.data.id } : { notCreated: JSON.stringify(created.data) };
        },
        async createDeploymentStatus(id, s) {
            await gh.rest.repos.createDeploymentStatus({
                ...r,
                deployment_id: id,
                state: s.state,
                description: s.description,
                ...(s.logUrl ? { log_url: s.logUrl } : {}),
            });
        },
        async *activities(ref) {
            const pages = gh.paginate.iterator(gh.rest.repos.listActivities, {
                ...r,
                ref,
                direction: 'desc',
                per_page: 100,
            });
            for await (const page of pages)
                yield page.data.map((a) => ({
                    activityType: a.activity_type,
                    after: a.after,
                    timestamp: a.timestamp,
                }));
        },
        listOpenLabelled: async (label) => (await gh.paginate(gh.rest.issues.listForRepo, { ...r, state: 'open', labels: label, per_page: 100 })).map((i) => ({ number: i.number })),
        async pullRequestsOfCommit(sha) {
            const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
                ...r,
                commit_sha: sha,
                per_page: 100,
            });
            return data.map((p) => ({ number: p.number, mergedAt: p.merged_at, baseRef: p.base.ref }));
        },
        async findOpenPullRequest(head, base) {
            const open = await gh.rest.pulls.list({
                ...r,
                state: 'open',
                head: `${r.owner}:${head}`,
                base,
                per_page: 10,
            });
            return open.data[0] ? pull(open.data[0]) : null;
        },
        createPullRequest: async (a) => pull((await gh.rest.pulls.create({ ...r, head: a.head, base: a.base, title: a.title, body: a.body })).data),
        updatePullRequest: async (n, a) => pull((await gh.rest.pulls.update({ ...r, pull_number: n, title: a.title, body: a.body })).data),
        getPullRequest: async (n) => pull((await gh.rest.pulls.get({ ...r, pull_number: n })).data),
        async mergePullRequest(n, a) {
            const merged = await gh.rest.pulls.merge({
                ...r,
                pull_number: n,
                sha: a.sha,
                merge_method: 'merge',
                commit_title: a.title,
                commit_message: a.message,
            });
            return merged.data.sha;
        },
        listComments: async (n) => (await gh.paginate(gh.rest.issues.listComments, { ...r, issue_number: n, per_page: 100 })).map(comment),
        createComment: async (n, body) => comment((await gh.rest.issues.createComment({ ...r, issue_number: n, body })).data),
        updateComment: async (id, body) => comment((await gh.rest.issues.updateComment({ ...r, comment_id: id, body })).data),
        async deleteComment(id) {
            await gh.rest.issues.deleteComment({ ...r, comment_id: id });
        },
    };
}
/** The GitHub port for a token, an API URL and a repository: the one factory of GitHubPort. */
function createGitHubPort(token, apiUrl, repo, logger, options = {}) {
    return gitHubPort(createGitHubClient(token, apiUrl, logger, options), repo);
}

// EXTERNAL MODULE: ./src/helm/helm.ts
var helm = __webpack_require__(4910);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/report/promote-report.ts



const GATE_ICON = { pass: '✅', fail: '❌', skipped: '⏭️' };
/** Terminal output: outcome, gates, commits. */
function renderPromoteText(r) {
    const lines = [`${r.from} → ${r.to}: ${r.message}`];
    if (r.skipGatesReason !== null)
        lines.push(`gates skipped: ${r.skipGatesReason}`);
    const width = Math.max(0, ...r.gates.map((g) => g.id.length)) + 1;
    for (const g of r.gates)
        lines.push(`  ${g.status.padEnd(7)} ${g.id.padEnd(width)} ${g.why}`);
    if (r.commits.length > 0)
        lines.push(`commits (${r.commits.length}):`);
    for (const c of r.commits)
        lines.push(`  ${(0,short_sha/* shortSha */.F)(c.sha)} ${c.subject} (${c.author})`);
    return `${lines.join('\n')}\n`;
}
function renderPromoteJson(r) {
    return `${JSON.stringify({ version: 1, ...r }, null, 2)}\n`;
}
/** Job summary: outcome, gates table, the commits promoted (linked to their commit and pull request). */
function renderPromoteMarkdown(r, repoUrl) {
    const icon = r.promoted
        ? '✅'
        : r.outcome === 'nothing-to-promote' || r.outcome === 'dry-run'
            ? 'ℹ️'
            : '❌';
    const parts = [
        `## gitops-promotion promote ${code(r.from)} → ${code(r.to)}`,
        '',
        `${icon} ${cell(r.message)}`,
    ];
    if (r.skipGatesReason !== null)
        parts.push('', `> ⚠️ Gates skipped: ${cell(r.skipGatesReason)}`);
    if (r.gates.length > 0) {
        parts.push('', '### Gates', '', table(['', 'gate', 'why'], r.gates.map((g) => [GATE_ICON[g.status], cell(g.id), cell(g.why)])));
    }
    if (r.commits.length > 0) {
        const sha = (s) => repoUrl ? `[\`${shortSha(s)}\`](${repoUrl}/commit/${s})` : `\`${shortSha(s)}\``;
        const pr = (n) => (n === null ? '' : repoUrl ? `[#${n}](${repoUrl}/pull/${n})` : `#${n}`);
        const rows = r.commits.map((c) => [sha(c.sha), pr(c.pullRequest), cell(c.author), cell(c.subject)]);
        parts.push('', `### Commits (${r.commits.length})`, '', table(['commit', 'pull request', 'author', 'subject'], rows));
    }
    return `${parts.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/promote-command.ts












const PROMOTE_HELP = `Usage: gitops-promotion promote [options]

Evaluate the gates on a commit of --from, then fast-forward --to to it (or merge it with
--strategy merge) and push with a lease on the old --to, so a branch that moved meanwhile is never
overwritten. Works against any git remote; gates that need GitHub or Argo CD are skipped with a
notice when their credentials are absent.

Options:
  --from BRANCH        branch to promote from (default: dev)
  --to BRANCH          branch to promote into (default: staging); must be a configured edge
  --sha SHA            promote this commit of --from (default: its head)
  --strategy S         fast-forward (default) or merge
  --mode M             push (default) or pull-request: open a pull request and merge it with the
                       GitHub API, so branch protection applies (needs --github-repo, $GITHUB_TOKEN)
  --dry-run            evaluate everything, push nothing
  --skip-gates         do not evaluate the gates (requires --reason)
  --reason TEXT        why the gates are skipped (goes into the output and the merge message)
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --format FORMAT      text (default) or json
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the validation gate
  --github-repo O/N    GitHub repository for the checks, soak and labels gates (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for the health gate (token: $ARGOCD_TOKEN)
  -h, --help           this help

Tokens are read from the environment only, never from arguments.
Exit codes: 0 promoted, nothing to promote, or dry run; 1 a gate failed, the promotion was refused,
or the branch moved during it; 2 usage or configuration error.
`;
async function promoteCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            from: { type: 'string', default: 'dev' },
            to: { type: 'string', default: 'staging' },
            sha: { type: 'string' },
            strategy: { type: 'string', default: 'fast-forward' },
            mode: { type: 'string', default: 'push' },
            'dry-run': { type: 'boolean', default: false },
            'skip-gates': { type: 'boolean', default: false },
            reason: { type: 'string' },
            remote: { type: 'string', default: 'origin' },
            repo: { type: 'string' },
            format: { type: 'string', default: 'text' },
            config: { type: 'string' },
            helm: { type: 'string' },
            'github-repo': { type: 'string' },
            'argocd-server': { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (values.help) {
        io.stdout(PROMOTE_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    if (values.strategy !== 'fast-forward' && values.strategy !== 'merge') {
        throw new cli_io/* UsageError */.eb(`--strategy must be fast-forward or merge, got "${values.strategy}"`);
    }
    if (values.mode !== 'push' && values.mode !== 'pull-request') {
        throw new cli_io/* UsageError */.eb(`--mode must be push or pull-request, got "${values.mode}"`);
    }
    if (values.mode === 'pull-request' && !(values['github-repo'] && io.env.GITHUB_TOKEN)) {
        throw new cli_io/* UsageError */.eb('--mode pull-request needs --github-repo and $GITHUB_TOKEN');
    }
    if (values.format !== 'text' && values.format !== 'json')
        throw new cli_io/* UsageError */.eb(`--format must be text or json, got "${values.format}"`);
    if (values['skip-gates'] && !values.reason?.trim())
        throw new cli_io/* UsageError */.eb('--skip-gates requires --reason');
    const logger = (0,src_logger/* stderrLogger */.D)(false);
    const token = io.env.GITHUB_TOKEN;
    let github = null;
    if (values['github-repo'] && token) {
        const repo = parseRepository(values['github-repo']);
        github = createGitHubPort(token, io.env.GITHUB_API_URL ?? 'https://api.github.com', repo, logger);
    }
    else {
        logger.info('notice: no --github-repo and $GITHUB_TOKEN: the checks, soak (by deployment) and labels gates use git only or are skipped');
    }
    const argocdToken = io.env.ARGOCD_TOKEN;
    const argocd = values['argocd-server'] && argocdToken
        ? createArgoCd({ server: values['argocd-server'], token: argocdToken })
        : null;
    if (!argocd)
        logger.info('notice: no --argocd-server and $ARGOCD_TOKEN: the Argo CD health gate is skipped');
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const result = await promote({
        repoDir,
        remote: values.remote,
        from: values.from,
        to: values.to,
        ...(values.sha ? { sha: values.sha } : {}),
        strategy: values.strategy,
        mode: values.mode,
        dryRun: values['dry-run'],
        ...(values['skip-gates'] ? { skipGatesReason: values.reason.trim() } : {}),
        // Only the validation gate runs helm: skipping the gates needs none.
        helm: values['skip-gates'] ? null : (0,helm/* createHelm */.xs)((0,helm/* resolveHelmBinary */.ux)(values.helm, io.env)),
        logger,
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        github,
        argocd,
        ...(values.config ? { configFile: (0,gitops_config/* configInRepo */.uw)(repoDir, values.config) } : {}),
        ...(io.env.GITHUB_RUN_ID ? { ownRunId: io.env.GITHUB_RUN_ID } : {}),
    });
    io.stdout(values.format === 'json' ? renderPromoteJson(result) : renderPromoteText(result));
    return FAILED_OUTCOMES.includes(result.outcome) ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
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
