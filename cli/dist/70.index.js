export const id = 70;
export const ids = [70];
export const modules = {

/***/ 8070:
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
// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var gitops_config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/promote/edge-settings.ts
var edge_settings = __webpack_require__(4237);
// EXTERNAL MODULE: ./src/promote/commit-links.ts
var commit_links = __webpack_require__(863);
// EXTERNAL MODULE: ./src/promote/messages.ts
var messages = __webpack_require__(3082);
// EXTERNAL MODULE: ./src/promote/pull-request.ts
var pull_request = __webpack_require__(6661);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
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
    const commits = await (0,commit_links/* linkPullRequests */.M1)(log, req.from, req.github, req.logger);
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
    const [title, , ...body] = (0,messages/* mergeMessage */.ws)(req.from, req.to, commits, req.skipGatesReason).split('\n');
    const text = { title: title, body: body.join('\n') };
    let pullRequest;
    try {
        // The PR body is markdown: commit subjects and authors are escaped there (no mention, no HTML).
        const markdown = (0,messages/* pullRequestBody */.NF)(commits, req.skipGatesReason);
        pullRequest = await (0,pull_request/* openPullRequest */.H)(github, {
            from: req.from,
            to: req.to,
            title: text.title,
            body: markdown,
        });
    }
    catch (e) {
        return run.halt('refused', `GitHub refused the pull request ${req.from} → ${req.to}: ${(0,messages/* apiError */.pb)(e)}`);
    }
    if (pullRequest.headSha !== heads.candidate) {
        return run.halt('moved', `${req.from} moved to ${(0,short_sha/* shortSha */.F)(pullRequest.headSha)} while #${pullRequest.number} was opened; re-run`);
    }
    if (run.fastForward)
        return pullRequest;
    try {
        const sha = await (0,pull_request/* mergePullRequest */.d)(github, pullRequest, { candidate: heads.candidate, ...text });
        return run.promoted(sha, `through #${pullRequest.number}`, pullRequest);
    }
    catch (e) {
        const status = e.status;
        const why = `GitHub refused to merge #${pullRequest.number}: ${(0,messages/* apiError */.pb)(e)}`;
        return run.halt(status === 409 ? 'moved' : 'refused', why);
    }
}
/** Makes the merge commit if one is needed, then pushes `to` with a lease on where it was. */
async function pushPromotion(run, pullRequest) {
    const { req, heads, commits } = run;
    let next = heads.candidate;
    if (!run.fastForward) {
        const message = (0,messages/* mergeMessage */.ws)(req.from, req.to, commits, req.skipGatesReason);
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

// EXTERNAL MODULE: ./src/commands/edge-gates.ts + 2 modules
var edge_gates = __webpack_require__(7736);
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
        if (options.skipGatesReason !== undefined)
            return [];
        return options.git.withExportedTree(candidate, async (dir) => {
            const read = await (0,edge_gates/* candidateTopology */.h)(options, dir);
            const gateEdge = {
                from: (0,refs/* branch */.tk)(options.from),
                to: (0,refs/* branch */.tk)(options.to),
                candidate,
                soakEnvironment: (0,env_for_ref/* envForRef */.C)(config, options.from),
                // The candidate's clusters that track `from`: their Applications must be healthy at the candidate.
                clusters: read.topology.clusters.filter((c) => c.ref === options.from).map((c) => c.name),
            };
            return (0,edge_gates/* evaluateEdgeGates */.b)(options, config, edge, gateEdge, dir, read);
        });
    });
}
function requireEdge(config, from, to) {
    const edge = (0,edge_settings/* findEdge */.Dk)(config.promotion, from, to);
    if (!edge) {
        throw new errors/* ConfigurationError */.j1(`${from} → ${to} is not a promotion edge (configured: ${(0,edge_settings/* describeEdges */.q9)(config.promotion)})`);
    }
    return edge;
}

// EXTERNAL MODULE: ./src/git/git.ts + 14 modules
var git = __webpack_require__(190);
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
        const rows = r.commits.map((c) => [
            commitLink(c.sha, repoUrl),
            pullLink(c.pullRequest, repoUrl),
            cell(c.author),
            cell(c.subject),
        ]);
        parts.push('', `### Commits (${r.commits.length})`, '', table(['commit', 'pull request', 'author', 'subject'], rows));
    }
    return `${parts.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/ports.ts + 4 modules
var ports = __webpack_require__(5162);
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
            'skip-gates': { type: 'boolean', default: false },
            reason: { type: 'string' },
            ...ports/* WRITE_OPTIONS */.n,
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
    const { github, argocd } = (0,ports/* cliPorts */.h)(values, io, logger, {
        github: 'the checks, soak (by deployment) and labels gates use git only or are skipped',
        argocd: 'the Argo CD health gate is skipped',
    });
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

/***/ 3082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ pullRequestBody),
/* harmony export */   pb: () => (/* binding */ apiError),
/* harmony export */   ws: () => (/* binding */ mergeMessage)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9717);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1976);
/* harmony import */ var _util_short_sha_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3489);




/** An Octokit error's message: GitHub's own words, one line. */
function apiError(e) {
    if (e instanceof _github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS)
        return e.message; // names the endpoint and the status already
    const status = e.status;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return status ? `${message} (HTTP ${status})` : message;
}
/** The merge commit's (and the promotion pull request's) message: the commits it promotes. */
function mergeMessage(from, to, commits, skipReason) {
    const lines = [`Promote ${from} → ${to} (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(commits.length, 'commit')})`, ''];
    for (const c of commits)
        lines.push(`- ${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .F)(c.sha)} ${c.subject} (${c.author})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${skipReason}`);
    return `${lines.join('\n')}\n`;
}
/** The promotion PR's description: mergeMessage's list, with repository text escaped for markdown. */
function pullRequestBody(commits, skipReason) {
    const lines = commits.map((c) => `- ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)((0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .F)(c.sha))} ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(c.subject)} (${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(c.author)})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(skipReason)}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openPullRequest),
/* harmony export */   d: () => (/* binding */ mergePullRequest)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _github_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);


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
            throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(e, `update PR #${existing.number} (${args.from} → ${args.to})`, PULLS_PERMISSION);
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
        const found = (0,_github_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isAmbiguousFailure */ .Jh)(e) ? await findOpen(gh, args) : null;
        if (found)
            return asPromotion(found);
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(e, `create the pull request ${args.from} → ${args.to}`, PULLS_PERMISSION);
    }
}
async function findOpen(gh, args) {
    return gh.findOpenPullRequest(args.from, args.to).catch((e) => {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(e, `list the open pull requests ${args.from} → ${args.to}`, PULLS_PERMISSION);
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
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubError */ .Mj)(e, `merge PR #${pr.number}`, PULLS_PERMISSION);
    }
}


/***/ })

};
