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
        ...(req.approvedBy ? { approvedBy: req.approvedBy } : {}),
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
    const [title, , ...body] = (0,messages/* mergeMessage */.ws)(req.from, req.to, commits, req.skipGatesReason, req.approvedBy).split('\n');
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
        const message = (0,messages/* mergeMessage */.ws)(req.from, req.to, commits, req.skipGatesReason, req.approvedBy);
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

// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
;// CONCATENATED MODULE: ./src/report/promote-report.ts



const GATE_ICON = { pass: '✅', fail: '❌', skipped: '⏭️' };
/** Terminal output: outcome, gates, commits. */
function renderPromoteText(r) {
    const lines = [`${r.from} → ${r.to}: ${r.message}`];
    if (r.skipGatesReason !== null)
        lines.push(`gates skipped: ${r.skipGatesReason}`);
    if (r.approvedBy)
        lines.push(`approved by ${r.approvedBy} from the drift dashboard`);
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
    if (r.approvedBy)
        parts.push('', `Approved by ${cell(r.approvedBy)} from the drift dashboard.`);
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
// EXTERNAL MODULE: ./src/cli/ports.ts + 5 modules
var ports = __webpack_require__(6314);
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

/***/ 7736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ candidateTopology),
  b: () => (/* binding */ evaluateEdgeGates)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var gitops_config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/gitops/repo-context.ts
var repo_context = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/gitops/repo-files.ts
var repo_files = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/gitops/topology.ts + 1 modules
var gitops_topology = __webpack_require__(8154);
// EXTERNAL MODULE: ./src/promote/edge-settings.ts
var edge_settings = __webpack_require__(4237);
// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/ports/argocd.ts
var argocd = __webpack_require__(8776);
// EXTERNAL MODULE: ./src/promote/app-revisions.ts
var app_revisions = __webpack_require__(2804);
// EXTERNAL MODULE: ./src/promote/duration.ts
var duration = __webpack_require__(1574);
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

// EXTERNAL MODULE: ./src/promote/gate-ids.ts
var gate_ids = __webpack_require__(9758);
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
        const needed = (0,duration/* parseDuration */.E)(soak, 'promotion.soak');
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
            ? pass(`${(0,duration/* formatDuration */.a)(age)} since ${source} (needs ${soak})`)
            : fail(`${(0,duration/* formatDuration */.a)(age)} since ${source}, needs ${soak}`);
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
            const summary = (0,argocd/* summarizeApplication */.q)(app);
            // Only this repo's sources must be at the candidate (app-revisions.ts).
            const ours = (0,app_revisions/* ourRevisions */.LZ)(app, ctx.repoURL);
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
/**
 * Evaluates the gates the edge declares (`settings.gates`, in GATE_ORDER; none stops the others); an
 * error inside a gate is that gate's failure, a ConfigurationError the user's to fix.
 */
async function evaluateGates(ctx) {
    const ids = gate_ids/* GATE_ORDER */.x.filter((id) => ctx.settings.gates.includes(id));
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

// EXTERNAL MODULE: ./src/commands/repo-facts.ts
var repo_facts = __webpack_require__(4406);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/edge-gates.ts










/** The candidate's topology, read from its exported tree `dir` with the config found there. */
async function candidateTopology(options, dir) {
    const facts = await (0,repo_facts/* readRepoFacts */.I)(options.git, options.eventDefaultBranch);
    const config = (0,gitops_config/* loadConfig */.Z9)(dir, options.configFile);
    const topology = (0,gitops_topology/* discoverTopology */.HC)(new repo_files/* RepoFiles */.op(dir, config.limits), config, (0,repo_context/* repoContext */.u0)(config, facts));
    return { config, topology };
}
/**
 * The gates `edge` (from the config in force, `config`) applies to the candidate whose tree is
 * `dir` (its config and topology: `candidate`); `gateEdge.clusters` are those whose Applications
 * must run the candidate Synced and Healthy.
 */
async function evaluateEdgeGates(options, config, edge, gateEdge, dir, candidate) {
    const { config: candidateConfig, topology } = candidate;
    return evaluateGates({
        edge: gateEdge,
        settings: (0,edge_settings/* edgeSettings */.TX)(config.promotion, edge),
        clusterLabel: candidateConfig.clusterLabel,
        repoURL: topology.repoURL,
        ownRunId: options.ownRunId ?? null,
        now: options.now ?? new Date(),
        git: options.git,
        github: options.github,
        argocd: options.argocd,
        validateCandidate: () => validateCandidate(options, dir),
    });
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

/***/ 4237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ findEdge),
/* harmony export */   TX: () => (/* binding */ edgeSettings),
/* harmony export */   q9: () => (/* binding */ describeEdges)
/* harmony export */ });
/* harmony import */ var _gate_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9758);

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
        gates: edge.gates ?? _gate_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_ORDER */ .x,
        soak: edge.soak ?? promotion.soak,
        requiredChecks: edge.requiredChecks ?? promotion.requiredChecks,
        blockingLabels: edge.blockingLabels ?? promotion.blockingLabels,
        freeze: edge.freeze ?? promotion.freeze,
    };
}


/***/ }),

/***/ 9758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ GATE_ORDER)
/* harmony export */ });
/** The gates, in the order they are evaluated and reported. */
const GATE_ORDER = ['validation', 'checks', 'soak', 'argocd', 'labels', 'freeze'];


/***/ }),

/***/ 3082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ pullRequestBody),
/* harmony export */   pb: () => (/* binding */ apiError),
/* harmony export */   ws: () => (/* binding */ mergeMessage)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9717);
/* harmony import */ var _util_plural_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1976);
/* harmony import */ var _util_one_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1431);
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
function mergeMessage(from, to, commits, skipReason, approvedBy) {
    const lines = [`Promote ${from} → ${to} (${(0,_util_plural_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(commits.length, 'commit')})`, ''];
    for (const c of commits)
        lines.push(`- ${(0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .F)(c.sha)} ${c.subject} (${c.author})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${skipReason}`);
    if (approvedBy)
        lines.push('', `Approved-By: ${(0,_util_one_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(approvedBy)}`);
    return `${lines.join('\n')}\n`;
}
/** The promotion PR's description: mergeMessage's list, with repository text escaped for markdown. */
function pullRequestBody(commits, skipReason) {
    const lines = commits.map((c) => `- ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)((0,_util_short_sha_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .F)(c.sha))} ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(c.subject)} (${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(c.author)})`);
    if (skipReason !== undefined)
        lines.push('', `Gates skipped: ${(0,_report_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(skipReason)}`);
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
