export const id = 859;
export const ids = [859];
export const modules = {

/***/ 6314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ WRITE_OPTIONS),
  h: () => (/* binding */ cliPorts)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/ports/argocd-shape.ts
var argocd_shape = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/util/one-line.ts
var one_line = __webpack_require__(1431);
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
        const list = await this.get('/api/v1/applications', query, listShapeError);
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
        return this.get(`/api/v1/applications/${encodeURIComponent(name)}`, query, argocd_shape/* applicationShapeError */.g);
    }
    /** `GET /api/v1/applications/{name}/resource-tree` (same 403/404 rule as getApplication). */
    async getResourceTree(name, appNamespace, project) {
        const query = new URLSearchParams();
        if (appNamespace)
            query.set('appNamespace', appNamespace);
        if (project)
            query.set('project', project);
        const path = `/api/v1/applications/${encodeURIComponent(name)}/resource-tree`;
        const tree = await this.get(path, query, (body) => nodesOk(body.nodes) && nodesOk(body.orphanedNodes) ? null : 'a resource tree with malformed nodes');
        return { ...tree, nodes: tree.nodes ?? [] };
    }
    /** `check` says what is wrong with a JSON object answered, or null: a bad answer is an error, never data. */
    async get(path, query, check) {
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
            return this.parse(`${what} answered ${response.status}`, text, check);
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
    /** The body as JSON: an object that passes `check`, else an ArgoCdError naming what came instead. */
    parse(answered, text, check) {
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new ArgoCdError(`Argo CD at ${this.baseUrl}: ${answered} with invalid JSON`);
        }
        const error = isJsonObject(body) ? check(body) : 'a payload that is not a JSON object';
        if (error)
            throw new ArgoCdError(this.redact((0,one_line/* oneLine */.T)(`Argo CD at ${this.baseUrl}: ${answered} with ${error}`)));
        return body;
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
const isJsonObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
/** `v1alpha1ApplicationList`: `items` absent, null (no Application), or Applications. */
function listShapeError(body) {
    if (body.items === undefined || body.items === null)
        return null;
    if (!Array.isArray(body.items))
        return 'an Application list whose items are not a list';
    for (const item of body.items) {
        const error = (0,argocd_shape/* applicationShapeError */.g)(item);
        if (error)
            return error;
    }
    return null;
}
/** `nodes` of a resource tree: absent, null, or a list of objects. */
const nodesOk = (nodes) => nodes === undefined || nodes === null || (Array.isArray(nodes) && nodes.every(isJsonObject));
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/github/transport.ts
var transport = __webpack_require__(5038);
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
    const { timeoutMs = transport/* DEFAULT_TIMEOUT_MS */.t1, ...policy } = options;
    const gh = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        request: { fetch: (0,transport/* timedFetch */.kn)(timeoutMs) },
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.warning(m), error: () => { } },
    });
    gh.hook.wrap('request', (0,retry/* retryingRequest */.sP)({ ...retry/* DEFAULT_RETRY_POLICY */.cO, ...policy }, logger));
    return gh;
}
/** `owner/name` → RepoRef; a clear error for anything else. */
function parseRepository(full) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(full.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`repository must be owner/name, got "${full}"`);
    return { owner: m[1], repo: m[2] };
}

;// CONCATENATED MODULE: ./src/github/dashboard.ts
const REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'];
const issue = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    stateReason: REASONS.find((r) => r === i.state_reason) ?? null,
    url: i.html_url,
    labels: i.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    author: i.user?.login ?? null,
});
const isStatus = (e, ...codes) => codes.includes(e?.status ?? 0);
const PERMISSIONS = ['admin', 'write', 'read', 'none'];
/** The dashboard part of the GitHub port: the drift issue and who may approve from it. */
function dashboardPort(gh, r) {
    return {
        async listLabelledIssues(label, state) {
            const all = await gh.paginate(gh.rest.issues.listForRepo, {
                ...r,
                state,
                labels: label,
                sort: 'created',
                direction: 'desc',
                per_page: 100,
            });
            return all.filter((i) => !i.pull_request).map(issue);
        },
        async getIssue(number) {
            try {
                const { data } = await gh.rest.issues.get({ ...r, issue_number: number });
                return data.pull_request ? null : issue(data);
            }
            catch (e) {
                // 410: the issue was deleted; 404: it never was (or the token cannot see it).
                if (isStatus(e, 404, 410))
                    return null;
                throw e;
            }
        },
        createIssue: async (a) => issue((await gh.rest.issues.create({ ...r, title: a.title, body: a.body, labels: a.labels })).data),
        async updateIssue(number, a) {
            const { data } = await gh.rest.issues.update({
                ...r,
                issue_number: number,
                ...(a.title !== undefined ? { title: a.title } : {}),
                ...(a.body !== undefined ? { body: a.body } : {}),
                ...(a.state ? { state: a.state } : {}),
                ...(a.stateReason ? { state_reason: a.stateReason } : {}),
            });
            return issue(data);
        },
        async permissionOf(user) {
            try {
                const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...r, username: user });
                return PERMISSIONS.find((p) => p === data.permission) ?? 'none';
            }
            catch (e) {
                // A user who is not a collaborator (or does not exist): no permission.
                if (isStatus(e, 404))
                    return 'none';
                throw e;
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/github/releases.ts
const asset = (a) => ({ id: a.id, name: a.name, url: a.browser_download_url });
/** `…/releases/1/assets{?name,label}` → `…/releases/1/assets`: the URL template's query part dropped. */
function uploadUrlOf(template) {
    return template.replace(/\{\?[^}]*\}$/, '');
}
const release = (r) => ({
    id: r.id,
    tagName: r.tag_name,
    name: r.name,
    body: r.body ?? '',
    url: r.html_url,
    uploadUrl: uploadUrlOf(r.upload_url),
    draft: r.draft,
    prerelease: r.prerelease,
    assets: r.assets.map(asset),
});
const latest = (makeLatest) => (makeLatest ? 'true' : 'false');
/**
 * The Releases part of the GitHub port. A release is only ever created for a tag that exists (pushed
 * with git first): `target_commitish` is never sent, so GitHub never creates a tag itself.
 */
function releasesPort(gh, r) {
    return {
        async getReleaseByTag(tag) {
            try {
                return release((await gh.rest.repos.getReleaseByTag({ ...r, tag })).data);
            }
            catch (e) {
                if (e?.status === 404)
                    return null;
                throw e;
            }
        },
        createRelease: async (a) => release((await gh.rest.repos.createRelease({
            ...r,
            tag_name: a.tag,
            name: a.name,
            body: a.body,
            draft: false,
            prerelease: a.prerelease,
            make_latest: latest(a.makeLatest),
        })).data),
        updateRelease: async (id, a) => release((await gh.rest.repos.updateRelease({
            ...r,
            release_id: id,
            body: a.body,
            ...(a.name !== undefined ? { name: a.name } : {}),
            ...(a.makeLatest !== undefined ? { make_latest: latest(a.makeLatest) } : {}),
        })).data),
        async uploadReleaseAsset(rel, file) {
            for (const old of rel.assets.filter((a) => a.name === file.name)) {
                await gh.rest.repos.deleteReleaseAsset({ ...r, asset_id: old.id }).catch((e) => {
                    // Already gone (another run replaced it): what matters is that it is not there.
                    if (e?.status !== 404)
                        throw e;
                });
            }
            const uploaded = await gh.request({
                method: 'POST',
                url: `${rel.uploadUrl}?name=${encodeURIComponent(file.name)}`,
                headers: { 'content-type': file.contentType },
                data: file.data,
            });
            return asset(uploaded.data);
        },
    };
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
 * pages), errors thrown as Octokit throws them. Releases are in releases.ts.
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
        async addLabels(n, labels) {
            await gh.rest.issues.addLabels({ ...r, issue_number: n, labels });
        },
        ...releasesPort(gh, r),
        ...dashboardPort(gh, r),
    };
}
/** The GitHub port for a token, an API URL and a repository: the one factory of GitHubPort. */
function createGitHubPort(token, apiUrl, repo, logger, options = {}) {
    return gitHubPort(createGitHubClient(token, apiUrl, logger, options), repo);
}

;// CONCATENATED MODULE: ./src/cli/ports.ts



/** The options every command that writes takes (promote, release, hotfix), for node:util parseArgs. */
const WRITE_OPTIONS = {
    'dry-run': { type: 'boolean', default: false },
    remote: { type: 'string', default: 'origin' },
    repo: { type: 'string' },
    format: { type: 'string', default: 'text' },
    config: { type: 'string' },
    helm: { type: 'string' },
    'github-repo': { type: 'string' },
    'argocd-server': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
};
/**
 * GitHub (`--github-repo` with `$GITHUB_TOKEN`) and Argo CD (`--argocd-server` with `$ARGOCD_TOKEN`)
 * for the commands that use them; each is null, with a notice naming what it costs, when its
 * option or token is absent. Tokens come from the environment only, never from arguments.
 */
function cliPorts(values, io, logger, without) {
    const token = io.env.GITHUB_TOKEN;
    let github = null;
    if (values['github-repo'] && token) {
        const repo = parseRepository(values['github-repo']);
        github = createGitHubPort(token, io.env.GITHUB_API_URL ?? 'https://api.github.com', repo, logger);
    }
    else {
        logger.info(`notice: no --github-repo and $GITHUB_TOKEN: ${without.github}`);
    }
    const argocdToken = io.env.ARGOCD_TOKEN;
    const argocd = values['argocd-server'] && argocdToken
        ? createArgoCd({ server: values['argocd-server'], token: argocdToken })
        : null;
    if (!argocd)
        logger.info(`notice: no --argocd-server and $ARGOCD_TOKEN: ${without.argocd}`);
    return { github, argocd };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ gitHubError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/* unused harmony exports COMMENT_PERMISSION, failedEndpoint */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5038);
/**
 * One translation of a failed GitHub request into a one-line message for the step log: what was being
 * done (`create the diff comment on PR #12`), the endpoint (`POST /repos/o/r/issues/12/comments`), what
 * GitHub answered, and what to check. Never a stack trace, never the token (it is in no URL or message).
 */



const COMMENT_PERMISSION = 'pull-requests: write (issues: write)';
/** A GitHub request that failed; its message is the whole story, on one line. */
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
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
    return request?.url ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointOf */ .X5)(request.method, request.url) : null;
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
    const transport = e.cause instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .wX ? e.cause : error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportError */ .wX ? error : null;
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
        ambiguous: (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isAmbiguousFailure */ .Jh)(error),
    });
}
function hintFor(error, status, transport, needs) {
    if (transport || (status !== undefined && status >= 500))
        return 'GitHub failed or did not answer in time: re-run the job, and check GITHUB_API_URL if it persists';
    const limited = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .rateLimit */ ["if"])(error);
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


/***/ }),

/***/ 8129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ isAmbiguousFailure),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   "if": () => (/* binding */ rateLimit),
/* harmony export */   sP: () => (/* binding */ retryingRequest)
/* harmony export */ });
/* unused harmony export decide */
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5038);

const DEFAULT_RETRY_POLICY = {
    retries: 2,
    retryDelayMs: 1000,
    maxRateLimitWaitSeconds: 60,
};
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** True for a 5xx or a TransportError: the request may or may not have been performed. */
function isAmbiguousFailure(error) {
    const e = error;
    if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX || e?.cause instanceof _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX)
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
    if (e.cause instanceof _transport_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX)
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


/***/ }),

/***/ 5038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ endpointOf),
/* harmony export */   kn: () => (/* binding */ timedFetch),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
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
const DEFAULT_TIMEOUT_MS = 30_000;
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


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ applicationShapeError),
/* harmony export */   y: () => (/* binding */ asApplications)
/* harmony export */ });
/**
 * Whether an item of Argo CD's answers has the shape this project reads: a name, a spec, and strings
 * where it reads strings. Anything else (a proxy's answer, a broken server) is a bad payload, which
 * proves nothing either way. The client (src/argocd/client.ts) checks every answer with it, and the use
 * cases check again what a port hands them.
 */
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalString = (x) => x === undefined || typeof x === 'string';
const optionalStrings = (x) => x === undefined || (Array.isArray(x) && x.every((s) => typeof s === 'string'));
const optionalObject = (x) => x === undefined || isObject(x);
/** `{revision, revisions}` of `status.sync`, a sync result or a sync operation. */
const revisionsOk = (x) => x === undefined || (isObject(x) && optionalString(x.revision) && optionalStrings(x.revisions));
function sourcesOk(spec) {
    const sources = spec.sources === undefined ? [spec.source ?? {}] : spec.sources;
    if (!Array.isArray(sources))
        return false;
    return sources.every((s) => isObject(s) && optionalString(s.repoURL) && optionalString(s.chart) && optionalString(s.path));
}
/** `status.history`: the successful syncs, each with its revision(s) and `deployedAt`. */
const historyOk = (x) => x === undefined ||
    x === null ||
    (Array.isArray(x) &&
        x.every((h) => revisionsOk(h) && optionalString(h.deployedAt)));
function operationOk(op) {
    if (op === undefined)
        return true;
    if (!isObject(op) || !optionalString(op.phase) || !optionalString(op.message))
        return false;
    if (!optionalString(op.finishedAt) || !optionalString(op.startedAt))
        return false;
    if (!optionalObject(op.operation) || !revisionsOk(op.syncResult))
        return false;
    return !isObject(op.operation) || revisionsOk(op.operation.sync);
}
function statusOk(status) {
    if (status === undefined)
        return true;
    if (!isObject(status))
        return false;
    const { sync, health } = status;
    if (!revisionsOk(sync) || (isObject(sync) && !optionalString(sync.status)))
        return false;
    if (!optionalObject(health) || (isObject(health) && !optionalString(health.status)))
        return false;
    if (!optionalString(status.reconciledAt) || !historyOk(status.history))
        return false;
    return operationOk(status.operationState);
}
function metadataError(metadata) {
    const name = metadata.name;
    if (typeof name !== 'string' || name === '')
        return 'an Application without metadata.name';
    if (!optionalObject(metadata.labels))
        return `Application ${name} with malformed labels`;
    return optionalString(metadata.namespace) ? null : `Application ${name} with a malformed namespace`;
}
/** Null when `item` is an Application as far as this project reads it, else what is wrong. */
function applicationShapeError(item) {
    if (!isObject(item) || !isObject(item.metadata))
        return 'an item that is not an Application';
    const error = metadataError(item.metadata);
    if (error)
        return error;
    const name = item.metadata.name;
    if (!isObject(item.spec) || !sourcesOk(item.spec))
        return `Application ${name} with a malformed spec`;
    return statusOk(item.status) ? null : `Application ${name} with a malformed status`;
}
/** The list as Applications, or throws saying what is wrong with it (the answer counts as unanswered). */
function asApplications(list) {
    if (!Array.isArray(list))
        throw new Error('Argo CD answered an Application list that is not a list');
    for (const item of list) {
        const error = applicationShapeError(item);
        if (error)
            throw new Error(`Argo CD answered ${error}`);
    }
    return list;
}


/***/ }),

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ summarizeApplication)
/* harmony export */ });
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


/***/ }),

/***/ 2804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ ourRevisions),
/* harmony export */   O0: () => (/* binding */ ourOperationRevisions),
/* harmony export */   b$: () => (/* binding */ isThisRepo),
/* harmony export */   i3: () => (/* binding */ ownSourceIndexes),
/* harmony export */   jp: () => (/* binding */ applicationSources)
/* harmony export */ });
/* harmony import */ var _gitops_repo_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8734);
/* harmony import */ var _ports_argocd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8776);


/**
 * Which revisions Argo CD reports for the sources of an Application that come from this GitOps repo:
 * those are the ones that must be at a promoted or released commit. A Helm repository chart's revision
 * is its version, another repo's is that repo's commit: neither says anything about this repo.
 */
/** A git source of the GitOps repo itself (any git source when the repo's URL is not known), not a Helm chart. */
function isThisRepo(source, repoURL) {
    if (source.chart !== undefined)
        return false;
    return repoURL === null || (source.repoURL !== undefined && (0,_gitops_repo_url_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRepoURL */ .l)(source.repoURL) === repoURL);
}
/** The sources of an Application: `spec.sources` (multi-source), else `[spec.source]`, else none. */
function applicationSources(app) {
    return app.spec.sources ?? (app.spec.source ? [app.spec.source] : []);
}
/** The indexes, in `applicationSources(app)`, of the sources from this repo. */
function ownSourceIndexes(app, repoURL) {
    return applicationSources(app).flatMap((src, i) => (isThisRepo(src, repoURL) ? [i] : []));
}
/**
 * The revision Argo CD's last comparison reports for each source of this repo (`status.sync.revisions[i]`,
 * or `status.sync.revision`), in source order; null where it reports none.
 */
function ourRevisions(app, repoURL) {
    const { revisions } = (0,_ports_argocd_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeApplication */ .q)(app);
    return ownSourceIndexes(app, repoURL).map((i) => revisions[i] || null);
}
/**
 * The revision each source of this repo was synced to by the last sync operation, in source order (null
 * where none is recorded): its result's `revision(s)`, else, when it failed before producing one, the
 * operation's own `sync.revision(s)`.
 */
function ourOperationRevisions(app, repoURL) {
    const state = app.status?.operationState;
    const fromResult = perSource(state?.syncResult);
    const revisions = fromResult.length > 0 ? fromResult : perSource(state?.operation?.sync);
    return ownSourceIndexes(app, repoURL).map((i) => revisions[i] || null);
}
function perSource(sync) {
    if (sync?.revisions && sync.revisions.length > 0)
        return sync.revisions;
    return sync?.revision ? [sync.revision] : [];
}


/***/ }),

/***/ 863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ linkPullRequests)
/* harmony export */ });
/* unused harmony exports MAX_PULL_REQUEST_LOOKUPS, pullRequestOf */
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3731);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1976);


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
    await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .sf)(lookups, CONCURRENCY, async (c) => {
        try {
            c.pullRequest = await mergedPullRequest(github, c.sha, from);
        }
        catch (e) {
            failed++;
            logger.debug(`pull request of ${c.sha}: ${e.message}`);
        }
    });
    if (failed > 0) {
        logger.warning(`could not look up the pull request of ${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(failed, 'commit')}`);
    }
    return linked;
}
async function mergedPullRequest(github, sha, from) {
    const pulls = await github.pullRequestsOfCommit(sha);
    const merged = pulls.filter((p) => p.mergedAt !== null && p.baseRef === from);
    merged.sort((a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt));
    return merged[0]?.number ?? null;
}


/***/ }),

/***/ 1574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const UNIT_MS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
/** `2h`, `1h30m`, `45m`, `1d` → milliseconds. */
function parseDuration(text, where = 'duration') {
    const t = text.trim();
    if (!/^(\d+[wdhms])+$/.test(t)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} must look like 2h, 1h30m or 1d, got "${text}"`);
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
