export const id = 692;
export const ids = [692];
export const modules = {

/***/ 1692:
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/git/git.ts + 2 modules
var git_git = __webpack_require__(1972);
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

// EXTERNAL MODULE: ./src/gitops/config.ts + 1 modules
var gitops_config = __webpack_require__(8961);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var gitops_topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./src/gitops/repo-context.ts
var repo_context = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/commands/repo-facts.ts
var repo_facts = __webpack_require__(4406);
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

;// CONCATENATED MODULE: ./src/promote/gates.ts





const pass = (why) => ({ status: 'pass', why });
const fail = (why) => ({ status: 'fail', why });
const skipped = (why) => ({ status: 'skipped', why });
const gates_short = (sha) => sha.slice(0, 7);
const SUCCEEDED = new Set(['success', 'neutral', 'skipped']);
const GATES = {
    async validation(ctx) {
        const r = await ctx.validateCandidate();
        return r.errors === 0
            ? pass('no validation errors')
            : fail(`${r.errors} validation error${r.errors === 1 ? '' : 's'}, first: ${r.first}`);
    },
    async checks(ctx) {
        if (!ctx.github)
            return skipped('no GitHub token');
        if (ctx.promotion.requiredChecks?.length === 0)
            return pass('no checks required (requiredChecks: [])');
        const { client, repo } = ctx.github;
        const [statuses, runs] = await Promise.all([
            client.paginate(client.rest.repos.listCommitStatusesForRef, {
                ...repo,
                ref: ctx.candidate,
                per_page: 100,
            }),
            client.paginate(client.rest.checks.listForRef, {
                ...repo,
                ref: ctx.candidate,
                filter: 'latest',
                per_page: 100,
            }),
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
            if (own && [r.html_url, r.details_url].some((u) => u?.includes(own)))
                continue;
            record(r.name, r.status !== 'completed' ? r.status : (r.conclusion ?? 'unknown'));
        }
        const required = ctx.promotion.requiredChecks ?? [...results.keys()];
        // Nothing reported yet most often means CI has not run: that is not a pass.
        if (required.length === 0)
            return fail(`no checks or statuses on ${gates_short(ctx.candidate)} yet`);
        const bad = required.filter((name) => !SUCCEEDED.has(results.get(name) ?? 'missing'));
        if (bad.length === 0)
            return pass(`${required.length} check${required.length === 1 ? '' : 's'} succeeded`);
        return fail(bad.map((n) => `${n}: ${results.get(n) ?? 'missing'}`).join(', '));
    },
    async soak(ctx) {
        if (!ctx.promotion.soak)
            return skipped('no soak time configured');
        const needed = parseDuration(ctx.promotion.soak, 'promotion.soak');
        let since = null;
        let source = 'commit date';
        if (ctx.github && ctx.fromEnv) {
            const { client, repo } = ctx.github;
            const deployments = await client.paginate(client.rest.repos.listDeployments, {
                ...repo,
                sha: ctx.candidate,
                environment: ctx.fromEnv,
                per_page: 100,
            });
            for (const d of deployments) {
                const statuses = await client.paginate(client.rest.repos.listDeploymentStatuses, {
                    ...repo,
                    deployment_id: d.id,
                    per_page: 100,
                });
                for (const s of statuses) {
                    if (s.state === 'success' && (!since || s.created_at < since))
                        since = s.created_at;
                }
            }
            if (since)
                source = `deployed to ${ctx.fromEnv}`;
        }
        if (!since && ctx.github) {
            since = await landedOn(ctx, ctx.github);
            if (since)
                source = `it landed on ${ctx.from}`;
        }
        since ??= await ctx.git.commitDate(ctx.candidate);
        const age = ctx.now.getTime() - Date.parse(since);
        return age >= needed
            ? pass(`${formatDuration(age)} since ${source} (needs ${ctx.promotion.soak})`)
            : fail(`${formatDuration(age)} since ${source}, needs ${ctx.promotion.soak}`);
    },
    async argocd(ctx) {
        if (!ctx.argocd)
            return skipped('no Argo CD server and token');
        if (ctx.fromClusters.length === 0)
            return skipped(`no clusters track ${ctx.from}`);
        const apps = (await Promise.all(ctx.fromClusters.map((c) => ctx.argocd.listApplications({ selector: `${ctx.clusterLabel}=${c}` })))).flat();
        if (apps.length === 0)
            return fail(`no Applications labelled ${ctx.clusterLabel}=${ctx.fromClusters.join('|')} in Argo CD`);
        const bad = [];
        for (const app of apps) {
            const summary = summarizeApplication(app);
            // Only this repo's sources must be at the candidate: a Helm repository chart's revision is its
            // version, another repo's is that repo's commit.
            const sources = app.spec.sources ?? (app.spec.source ? [app.spec.source] : []);
            const ours = sources.flatMap((src, i) => (isThisRepo(src, ctx.repoURL) ? [summary.revisions[i]] : []));
            if (summary.sync !== 'Synced')
                bad.push(`${summary.name} ${summary.sync}`);
            else if (ours.some((r) => r !== ctx.candidate))
                bad.push(`${summary.name} at ${ours.map((r) => (r ? gates_short(r) : 'no revision')).join(',')}`);
            else if (summary.health !== 'Healthy')
                bad.push(`${summary.name} ${summary.health}`);
        }
        return bad.length === 0
            ? pass(`${apps.length} Application${apps.length === 1 ? '' : 's'} Synced at ${gates_short(ctx.candidate)} and Healthy`)
            : fail(bad.slice(0, 5).join(', ') + (bad.length > 5 ? ` and ${bad.length - 5} more` : ''));
    },
    async labels(ctx) {
        const labels = ctx.promotion.blockingLabels;
        if (labels.length === 0)
            return skipped('no blocking labels configured');
        if (!ctx.github)
            return skipped('no GitHub token');
        const { client, repo } = ctx.github;
        const blocking = (await Promise.all(labels.map((label) => client.paginate(client.rest.issues.listForRepo, {
            ...repo,
            state: 'open',
            labels: label,
            per_page: 100,
        })))).flat();
        if (blocking.length === 0)
            return pass(`no open issue or pull request labelled ${labels.join(', ')}`);
        const numbers = [...new Set(blocking.map((i) => `#${i.number}`))];
        return fail(`blocked by ${numbers.join(', ')}`);
    },
    async freeze(ctx) {
        const w = activeFreeze(ctx.promotion.freeze, ctx.now);
        if (ctx.promotion.freeze.length === 0)
            return skipped('no freeze windows configured');
        return w ? fail(`freeze window ${describeWindow(w)}`) : pass('outside every freeze window');
    },
};
/** Pages of branch activity read at most: 1,000 pushes back is far beyond any soak time. */
const MAX_ACTIVITY_PAGES = 10;
/**
 * When the candidate landed on `from`: the oldest of the branch's recent pushes and merges (GitHub's
 * repository activity, newest first) whose new head contains the candidate. Null when GitHub has no
 * such record (e.g. the branch was only ever pushed before the activity log covers).
 */
async function landedOn(ctx, github) {
    const { client, repo } = github;
    let landed = null;
    let pages = 0;
    const activities = client.paginate.iterator(client.rest.repos.listActivities, {
        ...repo,
        ref: `refs/heads/${ctx.from}`,
        direction: 'desc',
        per_page: 100,
    });
    for await (const page of activities) {
        for (const a of page.data) {
            if (a.activity_type === 'branch_deletion')
                return landed;
            if (!(await ctx.git.tryIsAncestor(ctx.candidate, a.after)))
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
const GATE_ORDER = ['validation', 'checks', 'soak', 'argocd', 'labels', 'freeze'];
/** Evaluates every gate (none stops the others); an error inside a gate is that gate's failure. */
async function evaluateGates(ctx) {
    return Promise.all(GATE_ORDER.map(async (id) => {
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
    let next = 0;
    const worker = async () => {
        while (next < lookups.length) {
            const c = lookups[next++];
            try {
                c.pullRequest = await mergedPullRequest(github.client, github.repo, c.sha, from);
            }
            catch (e) {
                failed++;
                logger.debug(`pull request of ${c.sha}: ${e.message}`);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, lookups.length) }, worker));
    if (failed > 0) {
        logger.warning(`could not look up the pull request of ${failed} commit${failed === 1 ? '' : 's'}`);
    }
    return linked;
}
async function mergedPullRequest(client, repo, sha, from) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha,
        per_page: 100,
    });
    const merged = data.filter((p) => p.merged_at !== null && p.base.ref === from);
    merged.sort((a, b) => Date.parse(a.merged_at) - Date.parse(b.merged_at));
    return merged[0]?.number ?? null;
}

;// CONCATENATED MODULE: ./src/promote/pull-request.ts


const PULLS_PERMISSION = 'pull-requests: write and contents: write';
const asPromotion = (pr) => ({
    number: pr.number,
    url: pr.html_url,
    headSha: pr.head.sha,
});
/**
 * The open pull request from → to, reused when there is one (its title and body are brought up to
 * date), else created. Through it, branch protection and rulesets apply to the promotion. A create
 * that may have happened (5xx, timeout) is looked for before it fails: never two pull requests.
 * Failures are GitHubApiErrors.
 */
async function openPullRequest(gh, repo, args) {
    const existing = await findOpen(gh, repo, args);
    if (existing) {
        const updated = await gh.rest.pulls
            .update({ ...repo, pull_number: existing.number, title: args.title, body: args.body })
            .catch((e) => {
            throw gitHubError(e, `update PR #${existing.number} (${args.from} → ${args.to})`, PULLS_PERMISSION);
        });
        return asPromotion(updated.data);
    }
    try {
        const created = await gh.rest.pulls.create({
            ...repo,
            head: args.from,
            base: args.to,
            title: args.title,
            body: args.body,
        });
        return asPromotion(created.data);
    }
    catch (e) {
        const found = isAmbiguousFailure(e) ? await findOpen(gh, repo, args) : null;
        if (found)
            return asPromotion(found);
        throw gitHubError(e, `create the pull request ${args.from} → ${args.to}`, PULLS_PERMISSION);
    }
}
async function findOpen(gh, repo, args) {
    const open = await gh.rest.pulls
        .list({ ...repo, state: 'open', head: `${repo.owner}:${args.from}`, base: args.to, per_page: 10 })
        .catch((e) => {
        throw gitHubError(e, `list the open pull requests ${args.from} → ${args.to}`, PULLS_PERMISSION);
    });
    return open.data[0];
}
/**
 * Merges the pull request with a merge commit through the API, pinned to `candidate` (GitHub answers
 * 409 when the head moved, 405 when protection or a conflict forbids the merge). Returns the merge
 * commit's sha. A failed merge (a retried one included) is checked against the pull request: merged at
 * `candidate` is a success. Failures are GitHubApiErrors (with GitHub's status).
 */
async function mergePullRequest(gh, repo, pr, args) {
    try {
        const merged = await gh.rest.pulls.merge({
            ...repo,
            pull_number: pr.number,
            sha: args.candidate,
            merge_method: 'merge',
            commit_title: args.title,
            commit_message: args.body,
        });
        return merged.data.sha;
    }
    catch (e) {
        const now = await gh.rest.pulls.get({ ...repo, pull_number: pr.number }).catch(() => null);
        const data = now?.data;
        if (data?.merged && data.merge_commit_sha && data.head.sha === args.candidate)
            return data.merge_commit_sha;
        throw gitHubError(e, `merge PR #${pr.number}`, PULLS_PERMISSION);
    }
}

// EXTERNAL MODULE: ./src/commands/validate.ts + 15 modules
var validate = __webpack_require__(26);
;// CONCATENATED MODULE: ./src/commands/promote.ts

















/** Outcomes that are a failure of the run (exit 1, failed step). */
const FAILED_OUTCOMES = ['gates-failed', 'refused', 'moved'];
/**
 * Promotes `from` into `to`: the commits `to..candidate` are checked by every gate, then `to` is
 * fast-forwarded to the candidate (or gets a merge commit) and pushed with a lease on its old sha,
 * so a branch that moved meanwhile is never overwritten.
 */
async function promote(options) {
    const git = new git_git/* Git */.T(options.repoDir, options.env);
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    const { from, to, remote } = options;
    if (!config.promotion.edges.some((e) => e.from === from && e.to === to)) {
        const edges = config.promotion.edges.map((e) => `${e.from} → ${e.to}`).join(', ');
        throw new errors/* ConfigurationError */.j1(`${from} → ${to} is not a promotion edge (configured: ${edges})`);
    }
    await git.requireTopLevel();
    await git.requireFullHistory('promote');
    await git.fetch(remote, [from, to]);
    const fromHead = await git.revParse(`refs/remotes/${remote}/${from}`);
    const previous = await git.revParse(`refs/remotes/${remote}/${to}`);
    const candidate = options.sha ? await git.revParse(options.sha) : fromHead;
    if (!(await git.isAncestor(candidate, fromHead))) {
        throw new errors/* ConfigurationError */.j1(`${candidate.slice(0, 7)} is not on ${from} (${remote}/${from} is ${fromHead.slice(0, 7)})`);
    }
    if (options.mode === 'pull-request') {
        if (!options.github)
            throw new errors/* ConfigurationError */.j1('mode pull-request needs a GitHub token and repository');
        if (candidate !== fromHead) {
            throw new errors/* ConfigurationError */.j1(`mode pull-request promotes the head of ${from} (${fromHead.slice(0, 7)}), not ${candidate.slice(0, 7)}: promote an older commit with mode push`);
        }
    }
    const base = {
        from,
        to,
        candidate,
        previous,
        strategy: options.strategy,
        skipGatesReason: options.skipGatesReason ?? null,
    };
    const commits = await linkPullRequests(await git.log(`${previous}..${candidate}`), from, options.github, options.logger);
    /** A run that pushes nothing. */
    const halt = (outcome, gates, message) => ({
        ...base,
        outcome,
        promoted: false,
        sha: null,
        commits,
        gates,
        message,
    });
    if (commits.length === 0) {
        return halt('nothing-to-promote', [], `nothing to promote: ${to} already contains ${candidate.slice(0, 7)}`);
    }
    const fastForward = await git.isAncestor(previous, candidate);
    if (!fastForward && options.strategy === 'fast-forward') {
        const own = (await git.log(`${candidate}..${previous}`)).length;
        return halt('refused', [], `${to} has ${own} commit${own === 1 ? '' : 's'} that ${from} does not (a forward-merged hotfix?): a fast-forward is impossible; promote with strategy merge`);
    }
    const facts = await (0,repo_facts/* readRepoFacts */.I)(options.repoDir, options.env, options.eventDefaultBranch);
    const gates = options.skipGatesReason !== undefined
        ? []
        : await withCommitTree(git, candidate, (dir) => evaluateGates(gateContext(git, config, options, candidate, dir, facts)));
    if (gates.some((g) => g.status === 'fail')) {
        const failed = gates.filter((g) => g.status === 'fail').map((g) => g.id);
        return halt('gates-failed', gates, `gates failed: ${failed.join(', ')}; nothing was pushed`);
    }
    let pullRequest;
    if (options.mode === 'pull-request' && !options.dryRun) {
        const { client, repo } = options.github;
        const [title, , ...body] = mergeMessage(from, to, commits, options.skipGatesReason).split('\n');
        const text = { title: title, body: body.join('\n') };
        try {
            // The PR body is markdown: commit subjects and authors are escaped there (no mention, no HTML).
            const markdown = pullRequestBody(commits, options.skipGatesReason);
            pullRequest = await openPullRequest(client, repo, { from, to, title: text.title, body: markdown });
        }
        catch (e) {
            return halt('refused', gates, `GitHub refused the pull request ${from} → ${to}: ${apiError(e)}`);
        }
        if (pullRequest.headSha !== candidate) {
            return halt('moved', gates, `${from} moved to ${pullRequest.headSha.slice(0, 7)} while #${pullRequest.number} was opened; re-run`);
        }
        if (!fastForward) {
            try {
                const sha = await mergePullRequest(client, repo, pullRequest, { candidate, ...text });
                return promoted(sha, `through #${pullRequest.number}`);
            }
            catch (e) {
                const status = e.status;
                const why = `GitHub refused to merge #${pullRequest.number}: ${apiError(e)}`;
                return halt(status === 409 ? 'moved' : 'refused', gates, why);
            }
        }
        // A fast-forward: the push below moves `to` to the pull request's head, which GitHub accepts
        // under branch protection once the pull request satisfies it, and records as its merge.
    }
    let next = candidate;
    if (!fastForward) {
        const merged = await git.mergeCommit(previous, candidate, mergeMessage(from, to, commits, options.skipGatesReason));
        if ('conflicts' in merged) {
            return halt('refused', gates, `${from} does not merge cleanly into ${to}: ${merged.conflicts.join(', ')}`);
        }
        next = merged.sha;
    }
    const how = fastForward ? 'fast-forward' : `merge commit ${next.slice(0, 7)}`;
    if (options.dryRun) {
        return halt('dry-run', gates, `dry run: would move ${to} from ${previous.slice(0, 7)} to ${next.slice(0, 7)} (${how}, ${commits.length} commit${commits.length === 1 ? '' : 's'})`);
    }
    await options.beforePush?.();
    const push = await git.tryPushWithLease(remote, to, next, previous);
    if (!push.pushed && !push.leaseLost) {
        return halt('refused', gates, `${remote} refused the push to ${to}: ${push.reason}`);
    }
    if (!push.pushed) {
        const now = await git.remoteBranch(remote, to);
        return halt('moved', gates, `${to} moved from ${previous.slice(0, 7)} to ${now?.slice(0, 7) ?? '(deleted)'} during promotion; re-run`);
    }
    options.logger.info(`${to}: ${previous.slice(0, 7)} → ${next.slice(0, 7)} (${how})`);
    return promoted(next, pullRequest ? `${how} through #${pullRequest.number}` : how);
    function promoted(sha, how) {
        return {
            ...base,
            outcome: 'promoted',
            promoted: true,
            sha,
            commits,
            gates,
            ...(pullRequest ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } } : {}),
            message: `promoted ${commits.length} commit${commits.length === 1 ? '' : 's'} from ${from} to ${to} (${how})`,
        };
    }
}
/** An Octokit error's message: GitHub's own words, one line. */
function apiError(e) {
    if (e instanceof GitHubApiError)
        return e.message; // names the endpoint and the status already
    const status = e.status;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return status ? `${message} (HTTP ${status})` : message;
}
function mergeMessage(from, to, commits, skipReason) {
    const lines = [`Promote ${from} → ${to} (${commits.length} commit${commits.length === 1 ? '' : 's'})`, ''];
    for (const c of commits)
        lines.push(`- ${c.sha.slice(0, 7)} ${c.subject} (${c.author})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${skipReason}`);
    return `${lines.join('\n')}\n`;
}
/** The promotion PR's description: mergeMessage's list, with repository text escaped for markdown. */
function pullRequestBody(commits, skipReason) {
    const lines = commits.map((c) => `- ${(0,markdown_escape/* code */.aY)(c.sha.slice(0, 7))} ${(0,markdown_escape/* cell */.Hn)(c.subject)} (${(0,markdown_escape/* cell */.Hn)(c.author)})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${(0,markdown_escape/* cell */.Hn)(skipReason)}`);
    return `${lines.join('\n')}\n`;
}
/** What the gates look at; `dir` holds the candidate's tree. */
function gateContext(git, config, options, candidate, dir, facts) {
    const fromEnv = Object.entries(config.environments).find(([, e]) => e.ref === options.from)?.[0] ?? null;
    const candidateConfig = (0,gitops_config/* loadConfig */.Z9)(dir, options.configFile);
    const topology = (0,gitops_topology/* discoverTopology */.HC)(new repo_files/* RepoFiles */.op(dir, candidateConfig.limits), candidateConfig, (0,repo_context/* repoContext */.u0)(candidateConfig, facts));
    return {
        candidate,
        from: options.from,
        fromEnv,
        // The candidate's clusters that track `from`: their Applications must be healthy at the candidate.
        fromClusters: topology.clusters.filter((c) => c.ref === options.from).map((c) => c.name),
        clusterLabel: candidateConfig.clusterLabel,
        repoURL: topology.repoURL,
        ownRunId: options.ownRunId ?? null,
        now: options.now ?? new Date(),
        promotion: config.promotion,
        git,
        github: options.github,
        argocd: options.argocd,
        validateCandidate: async () => {
            if (!options.helm)
                throw new errors/* ConfigurationError */.j1('the validation gate needs helm');
            const r = await (0,validate/* validate */.t)({
                repoDir: dir,
                gitDir: options.repoDir,
                ...(options.env ? { env: options.env } : {}),
                ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
                helm: options.helm,
                logger: options.logger,
                ...(options.configFile ? { configFile: options.configFile } : {}),
            });
            const first = r.findings.find((f) => f.severity === 'error');
            return {
                errors: r.counts.error,
                first: first ? `${(0,findings/* fileLine */.RO)(first)} ${first.message}`.trim() : null,
            };
        },
    };
}
async function withCommitTree(git, sha, fn) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'gp-promote-'));
    try {
        await git.exportTree(sha, dir);
        return await fn(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

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
        lines.push(`  ${c.sha.slice(0, 7)} ${c.subject} (${c.author})`);
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
        const sha = (s) => repoUrl ? `[\`${s.slice(0, 7)}\`](${repoUrl}/commit/${s})` : `\`${s.slice(0, 7)}\``;
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
        github = {
            client: createGitHubClient(token, io.env.GITHUB_API_URL ?? 'https://api.github.com', logger),
            repo: parseRepository(values['github-repo']),
        };
    }
    else {
        logger.info('notice: no --github-repo and $GITHUB_TOKEN: the checks, soak (by deployment) and labels gates use git only or are skipped');
    }
    const argocdToken = io.env.ARGOCD_TOKEN;
    const argocd = values['argocd-server'] && argocdToken
        ? new ArgoCdClient({ server: values['argocd-server'], token: argocdToken })
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
        helm: values['skip-gates'] ? null : new helm/* Helm */.f((0,helm/* resolveHelmBinary */.u)(values.helm, io.env)),
        logger,
        env: io.env,
        github,
        argocd,
        ...(values.config ? { configFile: (0,gitops_config/* configInRepo */.uw)(repoDir, values.config) } : {}),
        ...(io.env.GITHUB_RUN_ID ? { ownRunId: io.env.GITHUB_RUN_ID } : {}),
    });
    io.stdout(values.format === 'json' ? renderPromoteJson(result) : renderPromoteText(result));
    return FAILED_OUTCOMES.includes(result.outcome) ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}


/***/ })

};
