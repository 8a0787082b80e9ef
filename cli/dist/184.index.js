export const id = 184;
export const ids = [184];
export const modules = {

/***/ 2184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELEASE_HELP: () => (/* binding */ RELEASE_HELP),
  cliActor: () => (/* binding */ cliActor),
  cliReleaseOptions: () => (/* binding */ cliReleaseOptions),
  optionalHelm: () => (/* binding */ optionalHelm),
  releaseCommand: () => (/* binding */ releaseCommand),
  verifySettings: () => (/* binding */ release_command_verifySettings)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/commands/release.ts + 15 modules
var release = __webpack_require__(5536);
// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/helm/helm.ts + 4 modules
var helm = __webpack_require__(5318);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/promote/duration.ts
var duration = __webpack_require__(1574);
;// CONCATENATED MODULE: ./src/release/verify-settings.ts

/**
 * Verification when asked (`--verify` / input `verify`) or configured (`release.verify.enabled`):
 * the timeout given (`timeoutFrom` names it in a message) or configured, the configured interval,
 * rollback-on-failure when either says so.
 */
function verifySettings(config, asked, timeoutFrom) {
    if (!asked.verify && !config.enabled)
        return null;
    const timeout = asked.timeout || config.timeout;
    return {
        timeoutMs: (0,duration/* parseDuration */.E)(timeout, asked.timeout ? timeoutFrom : 'release.verify.timeout'),
        intervalMs: (0,duration/* parseDuration */.E)(config.interval, 'release.verify.interval'),
        rollbackOnFailure: asked.rollbackOnFailure || config.rollbackOnFailure,
    };
}

// EXTERNAL MODULE: ./src/report/release-report.ts + 2 modules
var release_report = __webpack_require__(6972);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/ports.ts + 5 modules
var ports = __webpack_require__(6314);
;// CONCATENATED MODULE: ./src/cli/release-command.ts












const RELEASE_HELP = `Usage: gitops-promotion release [options]

Cut a release from staging (config release.from): evaluate the gates on the candidate, create the
next immutable version tag (config release.versionTag, default stable-v{major}.{minor}.{patch}) and
move the stable tag to the same commit in one atomic push, each with a lease (a version tag is never
moved). Waves (config release.waves) move one after the other, each verified in Argo CD when asked.
With --github-repo and $GITHUB_TOKEN, a GitHub Release holds the notes: the commits, the gates and
what changes on the production clusters.

Options:
  --bump B             patch (default), minor or major
  --sha SHA            release this commit of staging (default: its head)
  --wave N             move the waves up to N, then stop (a later run continues)
  --rollback-to TAG    move stable (or --wave N's tag) back to release TAG, or "previous"; needs --reason
  --reason TEXT        why (recorded in the notes); required with --skip-gates and --rollback-to
  --skip-gates         do not evaluate the gates (requires --reason)
  --verify             after each wave, wait until Argo CD reports its Applications Synced and Healthy
  --verify-timeout D   how long to wait per wave (default: config release.verify.timeout, 10m)
  --rollback-on-failure  move a wave that fails verification back (default: config)
  --dry-run            compute everything (version, notes, diff, gates), push nothing
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --format FORMAT      text (default) or json
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the validation gate and the production diff
  --github-repo O/N    GitHub repository: gates, the GitHub Release (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for the health gate and verification (token: $ARGOCD_TOKEN)
  -h, --help           this help

Tokens are read from the environment only, never from arguments.
Exit codes: 0 released, nothing to release, rolled back, or dry run; 1 a gate failed, a push was
refused, a tag moved meanwhile, verification failed, or the GitHub Release is missing; 2 usage or
configuration error.
`;
const OPTIONS = {
    bump: { type: 'string', default: 'patch' },
    sha: { type: 'string' },
    wave: { type: 'string' },
    'rollback-to': { type: 'string' },
    reason: { type: 'string' },
    'skip-gates': { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    'verify-timeout': { type: 'string' },
    'rollback-on-failure': { type: 'boolean', default: false },
    ...ports/* WRITE_OPTIONS */.n,
};
async function releaseCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    if (values.help) {
        io.stdout(RELEASE_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const bump = values.bump;
    if (bump !== 'patch' && bump !== 'minor' && bump !== 'major')
        throw new cli_io/* UsageError */.eb(`--bump must be patch, minor or major, got "${bump}"`);
    if (values.format !== 'text' && values.format !== 'json')
        throw new cli_io/* UsageError */.eb(`--format must be text or json, got "${values.format}"`);
    if (values['rollback-to'] !== undefined && !values.reason?.trim())
        throw new cli_io/* UsageError */.eb('--rollback-to requires --reason');
    const wave = values.wave === undefined ? undefined : waveNumber(values.wave);
    const out = await (0,release/* release */._r)({
        ...cliReleaseOptions(values, io, {
            github: 'no GitHub Release; the checks, soak (by deployment) and labels gates use git only or are skipped',
            argocd: 'the Argo CD health gate and verification are skipped',
        }),
        bump,
        ...(values.sha ? { sha: values.sha } : {}),
        ...(wave !== undefined ? { wave } : {}),
        ...(values['rollback-to'] !== undefined ? { rollbackTo: values['rollback-to'] } : {}),
    });
    io.stdout(values.format === 'json' ? (0,release_report/* renderReleaseJson */.MV)(out.result) : releaseText(out, values['dry-run']));
    return release/* FAILED_RELEASE_OUTCOMES */.g8.includes(out.result.outcome) ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
function releaseText(out, dryRun) {
    const text = (0,release_report/* renderReleaseText */.rL)(out.result);
    return dryRun && out.notes ? `${text}\n--- release notes ---\n${out.notes.body}` : text;
}
function waveNumber(text) {
    if (!/^[1-9]\d{0,2}$/.test(text))
        throw new cli_io/* UsageError */.eb(`--wave must be a wave number (1, 2, …), got "${text}"`);
    return Number(text);
}
/**
 * What release and hotfix pass the use case alike: the repo, the ports (GitHub and Argo CD from the
 * environment's tokens, git, helm when there is one), who runs it and why, verification.
 */
function cliReleaseOptions(values, io, without) {
    const reason = values.reason?.trim() || undefined;
    if (values['skip-gates'] && !reason)
        throw new cli_io/* UsageError */.eb('--skip-gates requires --reason');
    const logger = (0,src_logger/* stderrLogger */.D)(false);
    const { github, argocd } = (0,ports/* cliPorts */.h)(values, io, logger, without);
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const configFile = values.config ? (0,config/* configInRepo */.uw)(repoDir, values.config) : undefined;
    return {
        repoDir,
        remote: values.remote,
        ...(reason ? { reason } : {}),
        ...(values['skip-gates'] ? { skipGatesReason: reason } : {}),
        dryRun: values['dry-run'],
        actor: cliActor(io),
        verify: release_command_verifySettings(values, repoDir, configFile),
        helm: optionalHelm(values.helm, io.env, logger),
        logger,
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        github,
        argocd,
        ...(configFile ? { configFile } : {}),
        ...(io.env.GITHUB_RUN_ID ? { ownRunId: io.env.GITHUB_RUN_ID } : {}),
    };
}
/** Verification when `--verify` or config `release.verify.enabled` asks for it. */
function release_command_verifySettings(values, repoDir, configFile) {
    const asked = {
        verify: values.verify,
        timeout: values['verify-timeout'],
        rollbackOnFailure: values['rollback-on-failure'],
    };
    return verifySettings((0,config/* loadConfig */.Z9)(repoDir, configFile).release.verify, asked, '--verify-timeout');
}
/** Who runs the CLI: the workflow's actor, else the user's login name. */
function cliActor(io) {
    return io.env.GITHUB_ACTOR || safeUser();
}
function safeUser() {
    try {
        return (0,external_node_os_.userInfo)().username || null;
    }
    catch {
        return null;
    }
}
/** Helm when there is one; without, the validation gate cannot run and the production diff is unknown. */
function optionalHelm(explicit, env, logger) {
    const bin = (0,helm/* tryResolveHelmBinary */.Jr)(explicit || undefined, env);
    if (!bin)
        logger.info('notice: no helm found: the validation gate cannot run, and the production diff is unknown');
    return bin ? (0,helm/* createHelm */.xs)(bin) : null;
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

/***/ 5536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g8: () => (/* reexport */ model/* FAILED_RELEASE_OUTCOMES */.g),
  Cw: () => (/* binding */ cutRelease),
  VC: () => (/* binding */ diffClusters),
  _r: () => (/* binding */ release_release),
  mg: () => (/* binding */ waveGates)
});

// UNUSED EXPORTS: releaseSettings

// EXTERNAL MODULE: ./src/git/refs.ts
var refs = __webpack_require__(8568);
// EXTERNAL MODULE: ./src/gitops/config.ts + 2 modules
var gitops_config = __webpack_require__(2189);
// EXTERNAL MODULE: ./src/gitops/env-for-ref.ts
var env_for_ref = __webpack_require__(5529);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/release/state.ts
var release_state = __webpack_require__(5267);
// EXTERNAL MODULE: ./src/release/versions.ts
var versions = __webpack_require__(6824);
;// CONCATENATED MODULE: ./src/release/plan.ts



function planRelease(input) {
    const { state } = input;
    const limit = input.upTo ?? state.waves.length;
    const latest = state.versions.at(-1) ?? null;
    const first = state.waves[0];
    const behind = (candidate) => state.waves.slice(0, limit).flatMap((w, i) => (w.commit === candidate ? [] : [i]));
    // A release that stopped after some waves: finish it before anything new.
    if (latest && first.commit === latest.commit && behind(latest.commit).length > 0) {
        if (input.sha && input.sha !== latest.commit) {
            return {
                kind: 'refuse',
                message: `${latest.tag} has not reached every wave yet (${pendingWaves(state, latest.commit, limit)}): finish it first (release without --sha), or roll it back`,
            };
        }
        return {
            kind: 'release',
            candidate: latest.commit,
            create: null,
            existing: latest,
            move: behind(latest.commit),
            continuing: true,
            previous: previousOf(state, latest),
            previousSha: previousOf(state, latest)?.commit ?? null,
        };
    }
    const candidate = input.sha ?? state.fromHead;
    const existing = (0,release_state/* versionAt */.m$)(state, candidate);
    const move = behind(candidate);
    if (move.length === 0) {
        const at = existing ? ` (${existing.tag})` : '';
        return {
            kind: 'nothing',
            candidate,
            existing,
            message: `nothing to release: ${state.waves
                .slice(0, limit)
                .map((w) => w.tag)
                .join(', ')} already at ${(0,short_sha/* shortSha */.F)(candidate)}${at}`,
        };
    }
    if (move[0] !== 0)
        return atFirstWave(state, existing, move);
    const version = (0,versions/* nextVersion */.yU)(state.taken, input.bump, input.first);
    return {
        kind: 'release',
        candidate,
        create: existing ? null : { tag: input.pattern.format(version), version },
        existing,
        move,
        continuing: false,
        previous: (0,release_state/* versionAt */.m$)(state, first.commit),
        previousSha: first.commit,
    };
}
/**
 * Wave 1 is at the candidate, a later wave is not, and the candidate is not the latest release (that
 * one is continued above). Wave 1 at a commit that is no version was moved by hand: say so rather
 * than guess. Wave 1 at an older release (rolled back there): that release is continued like a held
 * one (its notes since the release before it, not since itself), but never by moving a later wave
 * back from a newer release: that is a rollback, with its reason.
 */
function atFirstWave(state, existing, move) {
    const first = state.waves[0];
    if (!existing)
        return { kind: 'refuse', message: `${(0,release_state/* describeWave */.Tf)(state, first)} is no release` };
    const newer = move
        .map((i) => state.waves[i])
        .filter((w) => {
        const at = (0,release_state/* versionAt */.m$)(state, w.commit);
        return at !== null && (0,versions/* compareVersions */.Zy)(at.version, existing.version) > 0;
    });
    if (newer.length > 0) {
        const waves = newer.map((w) => state.waves.indexOf(w) + 1);
        return {
            kind: 'refuse',
            message: `${(0,release_state/* describeWave */.Tf)(state, first)}, older than ${newer.map((w) => (0,release_state/* describeWave */.Tf)(state, w)).join(', ')}: a release never moves a wave back; roll ${waves.length === 1 ? 'it' : 'them'} back with --rollback-to ${existing.tag} --wave ${waves.join('/')} and --reason, or release a newer commit`,
        };
    }
    const previous = previousOf(state, existing);
    return {
        kind: 'release',
        candidate: existing.commit,
        create: null,
        existing,
        move,
        continuing: true,
        previous,
        previousSha: previous?.commit ?? null,
    };
}
/** The release before `v` by version (what its notes are "since", unless its tag message says), or null. */
function previousOf(state, v) {
    const i = state.versions.indexOf(v);
    for (let j = i - 1; j >= 0; j--)
        if (state.versions[j].commit !== v.commit)
            return state.versions[j];
    return null;
}
function pendingWaves(state, commit, limit) {
    return state.waves
        .slice(0, limit)
        .filter((w) => w.commit !== commit)
        .map((w) => (0,release_state/* describeWave */.Tf)(state, w))
        .join(', ');
}

// EXTERNAL MODULE: ./src/promote/commit-links.ts
var commit_links = __webpack_require__(863);
// EXTERNAL MODULE: ./src/release/tag-message.ts
var tag_message = __webpack_require__(3859);
;// CONCATENATED MODULE: ./src/release/history.ts




/** The fields of a result that name a release and the one it follows. */
function versionFields(v, previous) {
    return {
        releaseVersion: (0,versions/* formatVersion */.qh)(v.version),
        versionTag: v.tag,
        previousReleaseVersion: previous ? (0,versions/* formatVersion */.qh)(previous.version) : null,
        previousVersionTag: previous?.tag ?? null,
    };
}
/**
 * The release `v` follows: what its tag message records (the release production ran when it was
 * cut), else the one before it by version. The tag is fetched first: a local tag is not trusted.
 */
async function previousRelease(req, state, v) {
    return (await toldByTag(req, state, v)).previous;
}
/**
 * Where a wave's tag was when the release was cut: what its tag message records (`Wave-Before`);
 * for the first wave of a tag cut before that was recorded, the commit of the release its
 * `Previous-Release` names (the release that wave ran when it was cut). Else unknown, never guessed
 * (a later wave may have lagged behind the first).
 */
function waveBefore(told, wave) {
    if (told.wavesBefore?.has(wave))
        return { known: true, commit: told.wavesBefore.get(wave) };
    if (wave === told.firstWave.tag && told.firstWave.previousNamed && told.previous)
        return { known: true, commit: told.previous.commit };
    return {
        known: false,
        why: `${told.tag.tag} does not record where ${wave} was when it was cut (a tag cut by an older version)`,
    };
}
/** Reads `v`'s tag message (fetched first: a local tag is not trusted). */
async function toldByTag(req, state, v) {
    await req.git.fetchRefs(req.remote, [{ kind: 'tag', name: v.tag }]);
    const message = (await req.git.tagMessage(v.tag)) ?? '';
    const named = (0,tag_message/* previousReleaseOf */.am)(message);
    const recorded = named ? state.versions.find((x) => x.tag === named) : undefined;
    const previous = named === null ? null : (recorded ?? previousOf(state, v));
    const wavesBefore = (0,tag_message/* wavesBeforeOf */.jU)(message);
    const first = state.waves[0].tag;
    const hotfix = (0,tag_message/* hotfixOf */.s_)(message);
    return {
        tag: v,
        previous,
        since: wavesBefore?.has(first) ? wavesBefore.get(first) : (previous?.commit ?? null),
        wavesBefore,
        firstWave: { tag: first, previousNamed: recorded !== undefined },
        hotfix,
        from: hotfix ?? state.from,
        actor: (0,tag_message/* releasedByOf */.oy)(message),
        reason: (0,tag_message/* reasonOf */.A3)(message),
        skipGatesReason: (0,tag_message/* gatesSkippedOf */.KW)(message),
        firstRelease: !state.taken.some((t) => (0,versions/* compareVersions */.Zy)(t, v.version) < 0),
    };
}
/** The commits `since..until`, oldest first, each linked to the pull request it came through; none without `since`. */
async function changelog(req, state, since, until) {
    if (!since)
        return [];
    const log = await req.git.log(`${since}..${until}`);
    return (0,commit_links/* linkPullRequests */.M1)(log, state.from, req.github, req.logger);
}

// EXTERNAL MODULE: ./src/release/model.ts
var model = __webpack_require__(7435);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(2585);
;// CONCATENATED MODULE: ./src/release/release-body.ts
/**
 * Appending a section (a rollback record, …) to a release's notes within GitHub's limit. Appended
 * sections follow an invisible marker, so that a later append tells the original notes (which may be
 * cut) from the sections appended since (which never are).
 */

/** Precedes each appended section; an HTML comment, so GitHub does not render it. */
const NOTE_MARKER = '<!-- gitops-promotion: appended note -->';
/** Replaces the tail of original notes cut to make room. */
const CUT_NOTICE = '…cut to fit; see the asset';
/**
 * `body` with `section` appended. Over `max` characters, the tail of the original notes (before the
 * first appended section) is replaced with CUT_NOTICE; the sections appended before and the new one
 * are kept whole. Throws when they alone do not fit.
 */
function appendSection(body, section, max = budget/* RELEASE_BODY_MAX_CHARS */.qw) {
    const { original, sections } = splitNotes(body);
    const tail = [sections, `${NOTE_MARKER}\n${section.trim()}`].filter((p) => p !== '').join('\n\n');
    return fitWithin(original, tail, max, () => {
        return (`a release note of ${section.length} characters does not fit in ${max} with the ` +
            `${sections.length} characters of notes appended before it`);
    });
}
/**
 * New notes for a release whose current body is `current`: `notes`, then the sections appended to
 * `current` (everything from its first NOTE_MARKER on: rollback records, …), which a re-release must
 * not drop. Over `max` characters, the tail of `notes` is cut as appendSection cuts it, never a
 * section. Throws when the sections alone do not fit.
 */
function keepAppendedSections(notes, current, max = budget/* RELEASE_BODY_MAX_CHARS */.qw) {
    const { sections } = splitNotes(current);
    if (sections === '')
        return notes;
    return fitWithin(notes.trimEnd(), sections, max, () => {
        return `the ${sections.length} characters of notes appended to the release do not fit in ${max}`;
    });
}
/**
 * A body split at its first appended section: a NOTE_MARKER on a line of its own, where appendSection
 * puts it (a marker inside a line, e.g. quoted in a code span, does not count).
 */
function splitNotes(body) {
    const match = MARKER_LINE.exec(body);
    if (!match)
        return { original: body.trimEnd(), sections: '' };
    const at = match.index + match[1].length;
    return { original: body.slice(0, at).trimEnd(), sections: body.slice(at).trimEnd() };
}
const MARKER_LINE = new RegExp(`(^|\\n)${NOTE_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\n|$)`);
/**
 * `original`, then `tail` kept whole; over `max`, the tail of `original` is cut. Throws `tooLong()`
 * when `tail` alone does not fit.
 */
function fitWithin(original, tail, max, tooLong) {
    const whole = original === '' ? tail : `${original}\n\n${tail}`;
    if (whole.length <= max)
        return whole;
    const cut = cutToFit(original, max - tail.length - 2);
    if (cut === null)
        throw new Error(tooLong());
    return `${cut}\n\n${tail}`;
}
/** `text` cut at a line boundary to at most `room` characters, CUT_NOTICE included; null if it cannot be. */
function cutToFit(text, room) {
    const base = text.endsWith(CUT_NOTICE) ? text.slice(0, -CUT_NOTICE.length).trimEnd() : text;
    const budget = room - CUT_NOTICE.length - 2;
    if (budget < 0)
        return null;
    for (let limit = budget;;) {
        let kept = base.slice(0, limit);
        const wholeLines = limit >= base.length || base[limit] === '\n';
        const nl = wholeLines ? kept.length : kept.lastIndexOf('\n');
        kept = (nl > 0 ? kept.slice(0, nl) : kept.replace(/[\uD800-\uDBFF]$/, '')).trimEnd();
        // A cut inside a code block is closed, or the notice and the sections after it would be code too.
        const fence = openFence(kept);
        const closed = fence === null ? kept : `${kept}\n${fence}`;
        if (closed.length <= budget)
            return closed === '' ? CUT_NOTICE : `${closed}\n\n${CUT_NOTICE}`;
        limit = kept.length - 1;
    }
}
/** The fence that closes the code block `markdown` ends inside, or null when it ends outside one. */
function openFence(markdown) {
    let open = null;
    for (const line of markdown.split('\n')) {
        const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (!match)
            continue;
        const [, marker = '', rest = ''] = match;
        if (open === null)
            open = marker;
        else if (marker[0] === open[0] && marker.length >= open.length && rest.trim() === '')
            open = null;
    }
    return open;
}

;// CONCATENATED MODULE: ./src/release/github-release.ts
/**
 * The GitHub Release of a version tag, published idempotently: re-running a release brings the one
 * release of the tag up to date, never makes a second one. The tag itself is pushed with git first:
 * a release is never created for a missing tag (GitHub would create the tag).
 */




const RELEASES_PERMISSION = 'contents: write';
/**
 * The release of `args.tag`: an existing one gets its name and body updated when they differ
 * ('unchanged' when equal), else it is created. The body of an existing one keeps the sections
 * appended to it (appendReleaseNote: rollback records) after the new notes, whose tail is cut if
 * both do not fit (release-body.ts). A create that may have happened (5xx, timeout) or that GitHub
 * refused as already existing is looked up again before it fails. The asset, when given, is uploaded
 * after, replacing one of that name. Failures are GitHubApiErrors.
 */
async function publishRelease(gh, args) {
    if (args.body.length > budget/* RELEASE_BODY_MAX_CHARS */.qw) {
        throw new Error(`the notes of release ${args.tag} are ${args.body.length} characters, over GitHub's ` +
            `${budget/* RELEASE_BODY_MAX_CHARS */.qw}: cut them before publishing`);
    }
    const existing = await lookUp(gh, args.tag);
    const published = existing ? await bringUpToDate(gh, existing, args) : await create(gh, args);
    if (!args.asset)
        return published;
    return { release: await attach(gh, published.release, args.asset), state: published.state };
}
/**
 * Appends `section` (markdown, e.g. a rollback record) to the notes of the release of `tag`, keeping
 * them within GitHub's limit (release-body.ts: the original notes' tail may be cut, never a section).
 * Null when the tag has no release. Failures are GitHubApiErrors.
 */
async function appendReleaseNote(gh, tag, section) {
    const release = await lookUp(gh, tag);
    if (!release)
        return null;
    const body = appendSection(release.body, section);
    return gh.updateRelease(release.id, { body }).catch((e) => {
        throw (0,github_errors/* gitHubError */.Mj)(e, `add a note to the release of tag ${tag}`, RELEASES_PERMISSION);
    });
}
async function lookUp(gh, tag) {
    return gh.getReleaseByTag(tag).catch((e) => {
        throw (0,github_errors/* gitHubError */.Mj)(e, `read the release of tag ${tag}`, RELEASES_PERMISSION);
    });
}
/**
 * The existing release with `args`' name and notes, the sections appended to its notes kept.
 * `createdByUs`: found after a create that failed ambiguously, so GitHub did perform it.
 */
async function bringUpToDate(gh, release, args, createdByUs = false) {
    const body = keepAppendedSections(args.body, release.body);
    if (release.body === body && release.name === args.name)
        return { release, state: createdByUs ? 'created' : 'unchanged' };
    const updated = await gh.updateRelease(release.id, { body, name: args.name }).catch((e) => {
        throw (0,github_errors/* gitHubError */.Mj)(e, `update the release of tag ${args.tag}`, RELEASES_PERMISSION);
    });
    return { release: updated, state: createdByUs ? 'created' : 'updated' };
}
async function create(gh, args) {
    const { tag, name, body, prerelease, makeLatest } = args;
    try {
        return { release: await gh.createRelease({ tag, name, body, prerelease, makeLatest }), state: 'created' };
    }
    catch (e) {
        const ambiguous = (0,retry/* isAmbiguousFailure */.Jh)(e);
        const found = ambiguous || alreadyExists(e) ? await lookUp(gh, tag) : null;
        // Found after an ambiguous failure: GitHub did create it (ours); after 422, another run made it.
        if (found)
            return bringUpToDate(gh, found, args, ambiguous);
        throw (0,github_errors/* gitHubError */.Mj)(e, `create the release of tag ${tag}`, RELEASES_PERMISSION);
    }
}
/** GitHub's 422 `already_exists` (a release of that tag, or an asset of that name). */
function alreadyExists(error) {
    const e = error;
    return e?.status === 422 && (e.response?.data?.errors ?? []).some((x) => x?.code === 'already_exists');
}
/**
 * Uploads the asset, replacing one of that name. An upload that may have happened, or that found an
 * asset of that name the release read did not list, is done once more on a fresh read of the release
 * (the port deletes the named asset first): what is left is always this upload.
 */
async function attach(gh, release, file) {
    const what = `upload ${file.name} to the release of tag ${release.tagName}`;
    const upload = async (to) => {
        const asset = await gh.uploadReleaseAsset(to, file);
        return { ...to, assets: [...to.assets.filter((a) => a.name !== file.name), asset] };
    };
    try {
        return await upload(release);
    }
    catch (e) {
        if (!(0,retry/* isAmbiguousFailure */.Jh)(e) && !alreadyExists(e))
            throw (0,github_errors/* gitHubError */.Mj)(e, what, RELEASES_PERMISSION);
        const fresh = await lookUp(gh, release.tagName);
        if (!fresh)
            throw (0,github_errors/* gitHubError */.Mj)(e, what, RELEASES_PERMISSION);
        return upload(fresh).catch((again) => {
            throw (0,github_errors/* gitHubError */.Mj)(again, what, RELEASES_PERMISSION);
        });
    }
}

;// CONCATENATED MODULE: ./src/release/publish.ts

/**
 * Creates or updates the GitHub Release of the result's version tag with its notes (and the asset
 * holding the full production diff when the notes had to leave part of it out).
 */
async function publishNotes(req, hooks, r) {
    return publishRendered(req, r, await hooks.notes(r));
}
/** publishNotes with the notes rendered already. */
async function publishRendered(req, r, notes) {
    const { release, state } = await publishRelease(req.github, {
        tag: r.versionTag,
        name: notes.name,
        body: notes.body,
        prerelease: false,
        makeLatest: true,
        ...(notes.asset ? { asset: notes.asset } : {}),
    });
    return { url: release.url, state };
}
/** The GitHub Release; a failure is said (a warning) and returns false. */
async function tryPublish(req, hooks, r) {
    if (!req.github)
        return false;
    try {
        r.release = await publishNotes(req, hooks, r);
        return true;
    }
    catch (e) {
        req.logger.warning(`the GitHub Release of ${r.versionTag} could not be published: ${e.message}`);
        return false;
    }
}
/**
 * The notes brought up to date with what the waves did. A release never published (the first try
 * failed, and this one too) leaves the run incomplete: a re-run publishes it.
 */
async function finishNotes(req, hooks, r, published) {
    if (!req.github || !r.versionTag)
        return r;
    const first = r.release?.state;
    const ok = await tryPublish(req, hooks, r);
    // Created earlier in this run and brought up to date now: the run created it.
    if (ok && first === 'created')
        r.release.state = 'created';
    if (ok || published)
        return r;
    if (r.outcome === 'released')
        r.outcome = 'incomplete';
    r.message += `; the GitHub Release of ${r.versionTag} could not be published (re-run to complete it)`;
    return r;
}

// EXTERNAL MODULE: ./src/promote/app-revisions.ts
var app_revisions = __webpack_require__(2804);
// EXTERNAL MODULE: ./src/promote/duration.ts
var duration = __webpack_require__(1574);
// EXTERNAL MODULE: ./src/ports/argocd.ts
var argocd = __webpack_require__(8776);
// EXTERNAL MODULE: ./src/ports/argocd-shape.ts
var argocd_shape = __webpack_require__(7648);
;// CONCATENATED MODULE: ./src/release/verify.ts






const REAL_CLOCK = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
const FAILED_PHASES = new Set(['Failed', 'Error']);
const BUSY_PHASES = new Set(['Running', 'Terminating']);
/** Applications named in a `why`; the report's table has them all. */
const WHY_NAMES = 10;
async function verifyRelease(req) {
    if (!(req.intervalMs > 0) || !Number.isFinite(req.timeoutMs))
        throw new Error(`verifyRelease: bad interval ${req.intervalMs} ms or timeout ${req.timeoutMs} ms`);
    const clock = req.clock ?? REAL_CLOCK;
    const start = clock.now();
    if (req.clusters.length === 0)
        return { state: 'unknown', apps: [], waitedMs: 0, why: 'no clusters to verify' };
    const deadline = start + Math.max(0, req.timeoutMs);
    let answered = [];
    for (let n = 1;; n++) {
        const poll = await pollOnce(req);
        const waitedMs = clock.now() - start;
        const left = deadline - clock.now();
        req.logger.info(progressLine(n, poll, req.sha, left));
        if (poll.kind === 'answered') {
            answered = poll.apps;
            const settled = settledOutcome(poll, waitedMs);
            if (settled)
                return settled;
        }
        if (left <= 0)
            return atDeadline(poll, answered, waitedMs, req.clusterLabel);
        await clock.sleep(Math.min(req.intervalMs, left));
    }
}
/** One list per cluster; any error (thrown by the adapter, or a bad payload) makes the poll unanswered. */
async function pollOnce(req) {
    try {
        const lists = await Promise.all(req.clusters.map((c) => req.argocd.listApplications({ selector: `${req.clusterLabel}=${c}` })));
        const poll = { kind: 'answered', apps: [], empty: [], foreign: [] };
        req.clusters.forEach((cluster, i) => {
            // The selector is Argo CD's to apply; an answer that ignored it must not lend a cluster Applications.
            const labelled = (0,argocd_shape/* asApplications */.y)(lists[i]).filter((a) => a.metadata.labels?.[req.clusterLabel] === cluster);
            if (labelled.length === 0)
                poll.empty.push(cluster);
            else if (labelled.every((a) => (0,app_revisions/* ownSourceIndexes */.i3)(a, req.repoURL).length === 0))
                poll.foreign.push(cluster);
            poll.apps.push(...labelled.map((a) => checkApplication(a, cluster, req.sha, req.repoURL)));
        });
        return poll;
    }
    catch (error) {
        return { kind: 'error', error: firstLine(error instanceof Error ? error.message : String(error)) };
    }
}
/** Where one Application stands (the order of the checks is the order of the module's doc). */
function checkApplication(app, cluster, sha, repoURL) {
    const s = (0,argocd/* summarizeApplication */.q)(app);
    const ours = (0,app_revisions/* ourRevisions */.LZ)(app, repoURL);
    const base = { name: s.name, cluster, sync: s.sync, health: s.health };
    const check = (state, why) => ({
        ...base,
        revisions: ours.filter((r) => r !== null),
        state,
        why,
    });
    const at = ours.length === 0 ? '' : ` at ${ours.map((r) => (r ? (0,short_sha/* shortSha */.F)(r) : 'no revision')).join(',')}`;
    const op = app.status?.operationState;
    const phase = op?.phase ?? '';
    if (FAILED_PHASES.has(phase) && (0,app_revisions/* ourOperationRevisions */.O0)(app, repoURL).includes(sha)) {
        const message = op?.message ? `: ${firstLine(op.message)}` : '';
        return check('failed', `sync ${phase} at ${(0,short_sha/* shortSha */.F)(sha)}${message}`);
    }
    if (s.sync !== 'Synced')
        return check('waiting', `${s.sync}${at}`);
    if (ours.some((r) => r !== sha))
        return check('waiting', `Synced${at}, not ${(0,short_sha/* shortSha */.F)(sha)}`);
    if (s.health !== 'Healthy')
        return check('waiting', s.health);
    if (BUSY_PHASES.has(phase))
        return check('waiting', `sync operation ${phase}`);
    const what = ours.length === 0 ? 'Synced (no source from this repo)' : `Synced at ${(0,short_sha/* shortSha */.F)(sha)}`;
    return check('ok', `${what} and Healthy`);
}
/** Verified or failed before the deadline, or null to keep waiting. */
function settledOutcome(poll, waitedMs) {
    const { apps } = poll;
    const failed = apps.filter((a) => a.state === 'failed');
    if (failed.length > 0)
        return { state: 'failed', apps, waitedMs, why: listWhy(failed.map(named)) };
    if (poll.empty.length === 0 && poll.foreign.length === 0 && apps.every((a) => a.state === 'ok')) {
        return { state: 'verified', apps, waitedMs };
    }
    return null;
}
function atDeadline(poll, answered, waitedMs, clusterLabel) {
    if (poll.kind === 'error')
        return { state: 'unknown', apps: answered, waitedMs, why: poll.error };
    const notOk = poll.apps.filter((a) => a.state !== 'ok').map(named);
    const unproven = [
        ...poll.empty.map((c) => `no Applications labelled ${clusterLabel}=${c} visible to this token`),
        ...poll.foreign.map((c) => `no Application labelled ${clusterLabel}=${c} has a source from this repo`),
    ];
    // Only an Application Argo CD reports not ok proves a failure; a cluster without ours proves nothing.
    const state = notOk.length > 0 ? 'failed' : 'unknown';
    return { state, apps: poll.apps, waitedMs, why: listWhy([...notOk, ...unproven]) };
}
function progressLine(n, poll, sha, leftMs) {
    const left = leftMs > 0 ? `${(0,duration/* formatDuration */.a)(leftMs)} left` : 'deadline reached';
    if (poll.kind === 'error')
        return `Argo CD poll ${n} (${left}): no answer: ${poll.error}`;
    const ok = poll.apps.filter((a) => a.state === 'ok').length;
    const failed = poll.apps.filter((a) => a.state === 'failed').length;
    const parts = [`${ok} of ${(0,plural/* plural */.L)(poll.apps.length, 'Application')} at ${(0,short_sha/* shortSha */.F)(sha)} and Healthy`];
    if (failed > 0)
        parts.push(`${failed} failed`);
    if (poll.empty.length > 0)
        parts.push(`${(0,plural/* plural */.L)(poll.empty.length, 'cluster')} without Applications`);
    if (poll.foreign.length > 0) {
        parts.push(`${(0,plural/* plural */.L)(poll.foreign.length, 'cluster')} without Applications from this repo`);
    }
    return `Argo CD poll ${n} (${left}): ${parts.join(', ')}`;
}
const named = (a) => `${a.name} ${a.why}`;
function listWhy(reasons) {
    const shown = reasons.slice(0, WHY_NAMES).join(', ');
    return reasons.length > WHY_NAMES ? `${shown} and ${reasons.length - WHY_NAMES} more` : shown;
}
function firstLine(text) {
    return text.split(/\r\n|\r|\n/)[0] ?? '';
}

;// CONCATENATED MODULE: ./src/release/verify-wave.ts




/** Back to `commit`, or (null: the tag did not exist before) nowhere, said. */
function rollbackTo(wave, commit) {
    return commit ? { kind: 'to', commit } : { kind: 'none', why: `no release of ${wave.tag} before this one` };
}
/**
 * Waits for the wave's Applications at `candidate`. On a proven failure, with rollback-on-failure,
 * moves the tag back to `back` (a lease on the release's commit; none: said why not). Returns the
 * failed result, or null when the wave is verified.
 */
async function verifyWave(req, facts, state, r, wave, candidate, back) {
    const v = await verifyRelease({
        argocd: req.argocd,
        clusters: wave.clusters,
        clusterLabel: facts.clusterLabel,
        sha: candidate,
        repoURL: facts.repoURL,
        timeoutMs: req.verify.timeoutMs,
        intervalMs: req.verify.intervalMs,
        logger: req.logger,
    });
    wave.verification = v;
    if (v.state === 'verified')
        return null;
    r.outcome = 'verify-failed';
    r.message = `${wave.tag} did not become Synced and Healthy at ${(0,short_sha/* shortSha */.F)(candidate)}: ${v.why}`;
    if (!req.verify.rollbackOnFailure)
        return r;
    if (v.state === 'unknown') {
        r.message += '; not rolled back: Argo CD could not tell';
        return r;
    }
    if (back.kind === 'none') {
        r.message += `; not rolled back: ${back.why}`;
        return r;
    }
    return rollBack(req, state, r, wave, candidate, back.commit);
}
async function rollBack(req, state, r, wave, candidate, to) {
    const back = await req.git.tryPushRefs(req.remote, [{ ref: (0,refs/* tag */.Tc)(wave.tag), sha: to, expected: candidate }]);
    if (!back.pushed) {
        r.message += `; rolling ${wave.tag} back failed: ${back.reason}`;
        return r;
    }
    wave.state = 'rolled-back';
    wave.sha = to;
    if (wave.wave === 1)
        r.sha = to;
    r.rollback = {
        wave: wave.wave,
        tag: wave.tag,
        from: candidate,
        to,
        toVersionTag: (0,release_state/* versionAt */.m$)(state, to)?.tag ?? null,
    };
    r.message += `; ${wave.tag} rolled back to ${(0,short_sha/* shortSha */.F)(to)}`;
    return r;
}

;// CONCATENATED MODULE: ./src/release/waves.ts




/** What a tag-protection rule or ruleset refusal needs, said with the remote's reason. */
const TAG_PERMISSION = "the token needs contents: write and, where a tag protection rule or ruleset covers these tags, to be allowed to bypass it (a GitHub App or a role on the ruleset's bypass list)";
/**
 * Moves the planned waves in order: the first together with the new version tag (one atomic push),
 * then the GitHub Release, then each later wave with its own lease. A wave that fails verification
 * stops the run (and is moved back when asked); the notes are brought up to date at the end.
 */
async function moveWaves(req, state, plan, r, hooks, facts, tagObject) {
    let published = false;
    for (const [n, i] of plan.move.entries()) {
        const wave = r.waves[i];
        const updates = [
            { ref: (0,refs/* tag */.Tc)(wave.tag), sha: plan.candidate, expected: state.waves[i].object },
        ];
        if (n === 0 && tagObject)
            updates.unshift({ ref: (0,refs/* tag */.Tc)(r.versionTag), sha: tagObject, expected: null });
        if (n === 0)
            await req.beforePush?.();
        else if (req.skipGatesReason === undefined) {
            const failed = await laterWaveGates(hooks, plan, r, i);
            if (failed)
                return finishNotes(req, hooks, failed, published);
        }
        const push = await req.git.tryPushRefs(req.remote, updates);
        if (!push.pushed) {
            const failed = pushFailed(req, r, wave, n, push);
            return n === 0 ? failed : finishNotes(req, hooks, failed, published);
        }
        wave.state = 'moved';
        wave.sha = plan.candidate;
        if (i === 0)
            r.sha = plan.candidate;
        released(r, plan.candidate);
        req.logger.info(`${wave.tag}: ${wave.previous ? (0,short_sha/* shortSha */.F)(wave.previous) : '(new)'} → ${(0,short_sha/* shortSha */.F)(plan.candidate)}`);
        await req.afterStep?.(n === 0 ? 'tags-pushed' : 'wave-moved');
        if (n === 0) {
            published = await tryPublish(req, hooks, r);
            await req.afterStep?.('release-published');
        }
        if (req.verify) {
            const back = rollbackTo(wave, wave.previous);
            const failed = await verifyWave(req, facts, state, r, wave, plan.candidate, back);
            if (failed)
                return finishNotes(req, hooks, failed, published);
            await req.afterStep?.('wave-verified');
        }
    }
    return finishNotes(req, hooks, r, published);
}
/**
 * The gates of a later wave, evaluated before its own push (its edge's soak, and the Argo CD gate on
 * the waves before it); the failed result, or null when they pass.
 */
async function laterWaveGates(hooks, plan, r, i) {
    const wave = r.waves[i];
    wave.gates = await hooks.gates(plan.candidate, i, r.waves.map((w) => w.clusters));
    const failed = wave.gates.filter((g) => g.status === 'fail').map((g) => g.id);
    if (failed.length === 0)
        return null;
    r.outcome = 'gates-failed';
    r.message = `the gates of wave ${wave.wave} (${wave.tag}) failed: ${failed.join(', ')}; ${wave.tag} was not moved, the waves before it were`;
    return r;
}
/** The result once a wave moved (what the notes say even if the run stops right after). */
function released(r, candidate) {
    r.outcome = 'released';
    r.released = true;
    r.message = releasedMessage(r, candidate);
}
/** `released stable-v1.4.0 at 1a2b3c4: stable; not yet: ops-stable (a later run continues)`. */
function releasedMessage(r, candidate) {
    const moved = r.waves.filter((w) => w.state === 'moved').map((w) => w.tag);
    return `${r.newTag ? 'released' : 'moved to'} ${r.versionTag} at ${(0,short_sha/* shortSha */.F)(candidate)}: ${moved.join(', ')}${held(r)}`;
}
function held(r) {
    const rest = r.waves.filter((w) => w.state === 'held').map((w) => w.tag);
    return rest.length > 0 ? `; not yet: ${rest.join(', ')} (a later run continues)` : '';
}
function pushFailed(req, r, wave, n, push) {
    const earlier = n === 0 ? 'nothing was pushed' : `the waves before ${wave.tag} were moved`;
    const tags = n === 0 && r.newTag ? `${r.versionTag} and ${wave.tag}` : wave.tag;
    if (push.leaseLost) {
        r.outcome = 'moved';
        r.message = `${push.lost.join(', ') || wave.tag} moved on ${req.remote} during the release; ${earlier}; re-run`;
    }
    else {
        r.outcome = 'refused';
        r.message = `${req.remote} refused the push of ${tags}: ${push.reason}; ${earlier}. ${TAG_PERMISSION}`;
    }
    return r;
}

;// CONCATENATED MODULE: ./src/release/release-view.ts



/**
 * The release as its notes tell it when a later run renders them (a run that continues a release an
 * earlier one stopped, or finds it done): what one uninterrupted run would have published, from the
 * tags as they are and what the version tag records (who released it, why, whether a hotfix), never
 * this run's part alone. A wave at the release that this run did not move was moved by an earlier
 * run, from where the tag message says it was (not recorded: from where is unknown, said); the gates
 * of such a wave are that run's, not known here (`resumed`). A wave this run did not verify keeps
 * the verification the notes it replaces hold for it at that commit (`shown`, their stamp). Outcomes
 * that failed keep this run's message: the notes say what stopped it.
 *
 * `gatesOf`: the wave (0-based) whose push this run's gates (`r.gates`) were evaluated for, or null.
 */
function asReleased(r, told, gatesOf, shown = null) {
    const at = told.tag.commit;
    const waves = r.waves.map((w, i) => {
        const own = i === gatesOf && w.gates === null && r.gates.length > 0 ? { gates: r.gates } : {};
        return { ...waveAsReleased(w, told), ...own, ...earlierVerification(w, shown) };
    });
    const view = {
        ...r,
        ...versionFields(told.tag, told.previous),
        newTag: true,
        candidate: at,
        sha: waves[0].sha,
        previousSha: told.since,
        firstRelease: told.firstRelease,
        // The release's, as its tag records them, whichever run renders the notes.
        hotfix: told.hotfix,
        from: told.from,
        actor: told.actor,
        reason: told.reason,
        // Gates this run skipped for the wave it moves; else the release's, as its tag records (not this run's).
        skipGatesReason: gatesOf === null ? told.skipGatesReason : r.skipGatesReason,
        gates: gatesOf === null ? r.gates : [],
        resumed: true,
        waves,
    };
    if (model/* FAILED_RELEASE_OUTCOMES */.g.includes(r.outcome) || r.outcome === 'dry-run')
        return view;
    return { ...view, outcome: 'released', released: true, message: releasedMessage(view, at) };
}
/** A wave at the release this run found there: moved by the release from where its tag says, or there before. */
function waveAsReleased(w, told) {
    const at = told.tag.commit;
    if (w.sha !== at || w.state !== 'already')
        return w;
    const before = waveBefore(told, w.tag);
    if (!before.known)
        return { ...w, state: 'moved', previous: null, previousUnknown: before.why };
    if (before.commit === at)
        return w;
    return { ...w, state: 'moved', previous: before.commit };
}
/** The verification the stamp holds for the wave at its commit, when this run has none of its own. */
function earlierVerification(w, shown) {
    if (w.verification || !shown)
        return {};
    const stamped = shown.find((s) => s.tag === w.tag);
    if (!stamped?.verification || stamped.sha === null || stamped.sha !== w.sha)
        return {};
    return { earlierVerification: stamped.verification };
}

;// CONCATENATED MODULE: ./src/release/verify-again.ts



/**
 * A release found continued or done, with verification: the waves (up to `--wave`) at its commit,
 * but those this run moves itself (`skip`, 0-based: verified after their push), verified again (an
 * earlier run may have stopped before it verified them, or failed it without rolling back). The
 * failed result, rolled back when asked, or null.
 */
async function verifyWavesThere(req, facts, state, r, told, skip) {
    const limit = req.wave ?? r.waves.length;
    for (const [i, wave] of r.waves.slice(0, limit).entries()) {
        if (skip.includes(i))
            continue;
        const back = rollbackOf(told, wave);
        const failed = await verifyWave(req, facts, state, r, wave, told.tag.commit, back);
        if (failed)
            return failed;
    }
    return null;
}
/**
 * Where the release moved the wave from, as its tag records (waveBefore). A wave that was at the
 * release already when it was cut is not this release's to move back, and one whose place before is
 * not recorded is never moved back to a guess: said why not.
 */
function rollbackOf(told, wave) {
    const before = waveBefore(told, wave.tag);
    if (!before.known)
        return { kind: 'none', why: before.why };
    if (before.commit === told.tag.commit)
        return {
            kind: 'none',
            why: `${wave.tag} was at ${(0,short_sha/* shortSha */.F)(told.tag.commit)} before ${told.tag.tag} was cut: not this release's to move back`,
        };
    return rollbackTo(wave, before.commit);
}

;// CONCATENATED MODULE: ./src/release/result.ts


/** The result of a run before anything moved, and the small checks every run starts with. */
function requireWave(wave, waves) {
    if (wave !== undefined && (!Number.isInteger(wave) || wave < 1 || wave > waves)) {
        throw new errors/* ConfigurationError */.j1(`--wave ${wave}: the release has ${(0,plural/* plural */.L)(waves, 'wave')} (1..${waves})`);
    }
}
/** The result before anything moved: every wave where the remote has it. */
function baseResult(req, state, candidate) {
    const waves = state.waves.map((w, i) => ({
        wave: i + 1,
        tag: w.tag,
        clusters: [],
        previous: w.commit,
        sha: w.commit,
        state: w.commit === candidate ? 'already' : 'held',
        gates: null,
        verification: null,
    }));
    return {
        outcome: 'refused',
        released: false,
        releaseVersion: null,
        versionTag: null,
        newTag: false,
        previousReleaseVersion: null,
        previousVersionTag: null,
        from: state.from,
        candidate,
        sha: state.waves[0].commit,
        previousSha: state.waves[0].commit,
        waves,
        commits: [],
        gates: [],
        skipGatesReason: req.skipGatesReason ?? null,
        reason: req.reason ?? null,
        actor: req.actor,
        release: null,
        hotfix: req.hotfix ?? null,
        firstRelease: state.taken.length === 0,
        resumed: false,
        notesRefresh: null,
        rollback: null,
        message: '',
    };
}
function halted(req, state, message) {
    return { ...baseResult(req, state, state.fromHead), outcome: 'refused', message };
}
function withClusters(waves, facts) {
    return waves.map((w, i) => ({ ...w, clusters: facts.clusters[i] ?? [] }));
}

;// CONCATENATED MODULE: ./src/release/guard.ts


const DEFAULT_PATTERN = (0,versions/* versionPattern */.D8)('stable-v{major}.{minor}.{patch}');
/**
 * Why a wave tag must not move, or null. A wave tag moves; a version tag never does, whatever the
 * config says now: a wave named like a version tag (of this pattern or the default one), or one the
 * remote has as an annotated tag whose message records a release (a version tag cut under another
 * pattern), is refused before anything is pushed.
 */
async function versionTagAsWave(req, state) {
    for (const w of state.waves) {
        if (DEFAULT_PATTERN.parse(w.tag) || state.versions.some((v) => v.tag === w.tag)) {
            return `wave tag ${w.tag} is a version tag: version tags never move`;
        }
        if (!w.object || w.object === w.commit)
            continue;
        const message = await req.git.tagMessage(w.tag);
        if (message && (0,tag_message/* previousReleaseOf */.am)(message) !== undefined) {
            return `wave tag ${w.tag} is a version tag on ${req.remote} (its message records a release): version tags never move`;
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/release/notes-stamp.ts
var notes_stamp = __webpack_require__(4818);
;// CONCATENATED MODULE: ./src/release/resume.ts







/**
 * Every wave asked for is at the candidate already: nothing moves. What an earlier run may have left
 * undone is done now: the waves are verified when asked (a run stopped during its verification, or
 * one that failed it without rolling back, is not a success), a version tag without its GitHub
 * Release gets it, and an existing one whose notes an earlier run left behind the tags (it stopped
 * after a wave moved, before it wrote them) gets the notes one uninterrupted run would have written.
 * A dry run writes nothing and says what it would write.
 */
async function nothingToRelease(req, state, plan, hooks) {
    const r = { ...baseResult(req, state, plan.candidate), outcome: 'nothing-to-release' };
    r.message = plan.message;
    const v = plan.existing;
    if (!v)
        return r;
    const told = await toldByTag(req, state, v);
    Object.assign(r, versionFields(v, told.previous));
    r.previousSha = told.since;
    if (req.verify && !req.dryRun) {
        const failed = await verifyAgain(req, state, r, hooks, told);
        if (failed)
            return failed;
    }
    if (!req.github)
        return r;
    const existing = await req.github.getReleaseByTag(v.tag);
    if (!existing)
        return completeRelease(req, state, r, hooks, told);
    return refreshNotes(req, state, r, hooks, told, existing);
}
/** The waves at the candidate verified again (verifyWavesThere); the failed result, or null. */
async function verifyAgain(req, state, r, hooks, told) {
    const facts = await hooks.atCandidate(r.candidate);
    r.waves = withClusters(r.waves, facts);
    const failed = await verifyWavesThere(req, facts, state, r, told, []);
    if (failed)
        return failed;
    const limit = req.wave ?? r.waves.length;
    r.message += `; verified: ${r.waves
        .slice(0, limit)
        .map((w) => w.tag)
        .join(', ')}`;
    return null;
}
/**
 * The release as one uninterrupted run would have published it (asReleased): the commits since the
 * release before, each wave's clusters, with what this run cannot know said so (the gates of the run
 * that pushed the tags).
 */
async function asPublished(req, state, r, hooks, told, shown = null) {
    r.commits = await changelog(req, state, r.previousSha, told.tag.commit);
    if (r.waves.every((w) => w.clusters.length === 0))
        r.waves = withClusters(r.waves, await hooks.atCandidate(told.tag.commit));
    return asReleased(r, told, null, shown);
}
/**
 * The GitHub Release an earlier run could not make, made now. Its notes are the release's (not this
 * run's "nothing to release").
 */
async function completeRelease(req, state, r, hooks, told) {
    const view = await asPublished(req, state, r, hooks, told);
    const tag = told.tag.tag;
    if (req.dryRun) {
        await hooks.notes(view);
        r.message = `${r.message}; dry run: the GitHub Release of ${tag} is missing and would be created`;
        return r;
    }
    r.release = await publishNotes(req, hooks, view);
    r.resumed = true;
    r.message = `${r.message}; the GitHub Release of ${tag} was missing and is now created`;
    return r;
}
/** Times the notes are decided on again when another run changed them while this one rendered. */
const NOTES_LEASE_TRIES = 3;
/**
 * The notes of an existing release, checked against the tags by their stamp (notes-stamp.ts): behind
 * them (a wave shown held that is at the release now, a verification missing), they are rendered
 * again and the release updated if they differ; else, or without a stamp (said), left as they are.
 * A lease on the notes: they are written only if the release still holds the body they were decided
 * on (read again after the render); else the decision is made again on the new body, a few times,
 * then left to a re-run (said). GitHub has no conditional update: a write between that read and
 * this run's remains possible, in a window of one request.
 */
async function refreshNotes(req, state, r, hooks, told, existing) {
    r.release = { url: existing.url, state: 'unchanged' };
    let decidedOn = existing;
    for (let tries = 0; decidedOn && tries < NOTES_LEASE_TRIES; tries++) {
        // Each decision on a copy of the result: one made on an older body leaves nothing in it.
        const decided = await decideNotes(req, state, { ...r }, hooks, told, decidedOn);
        if (decided.kind === 'done')
            return decided.result;
        const now = await releaseOf(req, told.tag.tag);
        if (now?.body === decidedOn.body)
            return writeNotes(req, decided);
        decidedOn = now;
    }
    const why = decidedOn
        ? `the notes of the GitHub Release of ${told.tag.tag} changed while this run rendered them, ${NOTES_LEASE_TRIES} times (another run is writing them): left as they are`
        : `the GitHub Release of ${told.tag.tag} was deleted while this run rendered its notes: left to a re-run`;
    req.logger.warning(why);
    return { ...r, notesRefresh: 'unknown', message: `${r.message}; ${why}` };
}
async function decideNotes(req, state, r, hooks, told, existing) {
    const tag = told.tag.tag;
    r.release = { url: existing.url, state: 'unchanged' };
    const stamp = (0,notes_stamp/* readNotesStamp */.Zq)(existing.body);
    if (!stamp) {
        r.notesRefresh = 'unknown';
        const why = `the notes of the GitHub Release of ${tag} carry no stamp of the waves they show (written by an older version, or edited), so whether they are behind the tags is unknown: left as they are`;
        req.logger.warning(why);
        r.message += `; ${why}`;
        return { kind: 'done', result: r };
    }
    const behind = (0,notes_stamp/* staleWaves */.eq)(stamp, r.waves, told.tag.commit);
    if (behind.length === 0)
        return { kind: 'done', result: upToDate(req, r, stamp, told) };
    const what = `the notes of the GitHub Release of ${tag} were behind the tags (${behind.join('; ')}: an earlier run stopped before it brought them up to date)`;
    const view = await asPublished(req, state, r, hooks, told, stamp);
    const notes = await hooks.notes(view);
    if (!req.dryRun)
        return { kind: 'write', result: r, view, notes, what };
    r.notesRefresh = 'would-update';
    r.message += `; dry run: ${what} and would be updated`;
    return { kind: 'done', result: r };
}
/**
 * Notes that match the tags: up to date, unless this is a dry run that would verify waves whose
 * verification they do not hold (the run without --dry-run verifies them, and adds it when it passes).
 */
function upToDate(req, r, stamp, told) {
    const limit = req.wave ?? r.waves.length;
    const unverified = r.waves
        .slice(0, limit)
        .filter((w) => w.sha === told.tag.commit)
        .filter((w) => stamp.find((s) => s.tag === w.tag)?.verification !== 'verified');
    if (!req.dryRun || !req.verify || unverified.length === 0) {
        r.notesRefresh = 'up-to-date';
        return r;
    }
    const waves = unverified.map((w) => w.tag).join(', ');
    r.notesRefresh = 'would-update';
    r.message += `; dry run: the notes of the GitHub Release of ${told.tag.tag} do not hold a successful verification of ${waves}: the run without --dry-run verifies them, and would update the notes if it passes`;
    return r;
}
/** The notes decided on, written; a GitHub failure leaves the run incomplete (said), a bug throws. */
async function writeNotes(req, decided) {
    const { what, result: r } = decided;
    try {
        r.release = await publishRendered(req, decided.view, decided.notes);
    }
    catch (e) {
        if (!(e instanceof github_errors/* GitHubApiError */.OS))
            throw e;
        const why = `${what}, and could not be updated: ${e.message}`;
        req.logger.warning(why);
        return { ...r, outcome: 'incomplete', message: `${r.message}; ${why} (re-run to complete it)` };
    }
    r.notesRefresh = r.release.state === 'unchanged' ? 'up-to-date' : 'updated';
    const done = r.notesRefresh === 'updated' ? 'updated' : 'found equal to the tags when rendered';
    r.message += `; ${what} and are now ${done}`;
    req.logger.info(`${what}: ${done}`);
    return r;
}
/** The release of `tag` read again (GitHub's failure a GitHubApiError). */
async function releaseOf(req, tag) {
    return req.github.getReleaseByTag(tag).catch((e) => {
        throw (0,github_errors/* gitHubError */.Mj)(e, `read the release of tag ${tag}`, 'contents: write');
    });
}

;// CONCATENATED MODULE: ./src/release/run.ts















/**
 * Cuts a release: the candidate's gates, then its version tag and the first wave's tag pushed in one
 * atomic push (each with a lease: the version tag must not exist, the wave tag must be where it was),
 * the GitHub Release, and the later waves one by one, each verified when asked. Nothing is pushed
 * before the gates pass; a lease lost on any ref pushes nothing of that push.
 */
async function runRelease(req, settings, hooks) {
    if (req.verify && !req.argocd) {
        throw new errors/* ConfigurationError */.j1('verification needs argocd-server and an Argo CD token');
    }
    const pattern = (0,versions/* versionPattern */.D8)(settings.versionTag);
    const first = (0,versions/* parseVersion */.ot)(settings.firstVersion);
    if (!first)
        throw new errors/* ConfigurationError */.j1(`release.firstVersion ${settings.firstVersion} is not X.Y.Z`);
    requireWave(req.wave, settings.waves.length);
    const state = await (0,release_state/* readReleaseState */.lT)(req.git, req.remote, settings.from, settings.waves, pattern);
    const guard = await versionTagAsWave(req, state);
    if (guard)
        return halted(req, state, `${guard}; nothing was pushed`);
    const sha = req.sha ? await candidateOnFrom(req, state) : null;
    const inProduction = req.hotfix ? await hotfixInProduction(req, state, sha ?? state.fromHead) : null;
    if (inProduction)
        return {
            ...baseResult(req, state, sha ?? state.fromHead),
            outcome: 'nothing-to-release',
            message: inProduction,
        };
    const plan = planRelease({ state, sha, bump: req.bump, first, pattern, upTo: req.wave ?? null });
    if (plan.kind === 'refuse')
        return halted(req, state, plan.message);
    if (plan.kind === 'nothing')
        return nothingToRelease(req, state, plan, hooks);
    const drops = await dropsProduction(req, state, plan);
    if (drops)
        return halted(req, state, drops);
    return release(req, state, plan, hooks);
}
/** A hotfix whose head production runs already (a later release contains it): nothing to release, or null. */
async function hotfixInProduction(req, state, candidate) {
    const wave = state.waves[0];
    if (!wave.commit || wave.commit === candidate || !(await req.git.isAncestor(candidate, wave.commit)))
        return null;
    return `nothing to release: ${req.hotfix} (${(0,short_sha/* shortSha */.F)(candidate)}) is in ${wave.tag} (${(0,short_sha/* shortSha */.F)(wave.commit)}) already`;
}
/**
 * A release must contain what each wave it moves runs now, or it would take commits out of
 * production (a hotfix not merged forward yet, a commit released by hand, a later wave left at a
 * release the first wave was rolled back from): why not, naming both, or null. A hotfix is released
 * over the first wave and merged forward; a release of `from` waits for that merge.
 */
async function dropsProduction(req, state, plan) {
    for (const i of new Set([0, ...plan.move])) {
        const wave = state.waves[i];
        if (!wave.commit || (await req.git.isAncestor(wave.commit, plan.candidate)))
            continue;
        const both = `${(0,short_sha/* shortSha */.F)(plan.candidate)}) does not contain ${wave.tag} (${(0,short_sha/* shortSha */.F)(wave.commit)})`;
        if (i > 0) {
            const what = req.hotfix ?? state.from;
            return `${what} (${both}: moving ${wave.tag} there would take commits out of its clusters: merge ${wave.tag} into ${what}, or move ${wave.tag} back first with --rollback-to TAG --wave ${i + 1}; nothing was pushed`;
        }
        if (req.hotfix) {
            return `${req.hotfix} (${both}: branch hotfixes off ${wave.tag} (gitops-promotion hotfix start --name NAME), or merge ${wave.tag} into it; nothing was pushed`;
        }
        return `${state.from} (${both}: production runs commits ${state.from} does not have (a hotfix not merged forward yet?), and releasing would drop them: merge ${wave.tag} into ${state.from} first, or move ${wave.tag} with --rollback-to; nothing was pushed`;
    }
    return null;
}
/** `--sha`, which must be a commit of `from`. */
async function candidateOnFrom(req, state) {
    const sha = await req.git.revParse(req.sha);
    if (!(await req.git.isAncestor(sha, state.fromHead))) {
        throw new errors/* ConfigurationError */.j1(`${(0,short_sha/* shortSha */.F)(sha)} is not on ${state.from} (${req.remote}/${state.from} is ${(0,short_sha/* shortSha */.F)(state.fromHead)})`);
    }
    return sha;
}
/** Gates, the version tag, the waves. */
async function release(req, state, plan, hooks) {
    const r = baseResult(req, state, plan.candidate);
    // A release continued: its notes are the release's, rendered from what its tag tells.
    const told = plan.existing && plan.continuing ? await toldByTag(req, state, plan.existing) : null;
    const previous = told ? told.previous : plan.previous;
    const target = plan.create ?? { tag: plan.existing.tag, version: plan.existing.version };
    Object.assign(r, versionFields(target, previous), {
        newTag: plan.create !== null,
        previousSha: told ? told.since : plan.previousSha,
    });
    r.commits = await changelog(req, state, r.previousSha, plan.candidate);
    const facts = await hooks.atCandidate(plan.candidate);
    r.waves = withClusters(r.waves, facts);
    if (req.skipGatesReason === undefined) {
        r.gates = await hooks.gates(plan.candidate, plan.move[0], r.waves.map((w) => w.clusters));
        const failed = r.gates.filter((g) => g.status === 'fail').map((g) => g.id);
        if (failed.length > 0) {
            return {
                ...r,
                outcome: 'gates-failed',
                message: `gates failed: ${failed.join(', ')}; nothing was pushed`,
            };
        }
    }
    const notesHooks = told ? releaseNotesOf(hooks, told, plan.move[0]) : hooks;
    if (req.dryRun)
        return dryRun(r, plan, notesHooks);
    if (told && req.verify) {
        // The waves an earlier run moved, before a later one moves (waves this run moves: after their push).
        const failed = await verifyWavesThere(req, facts, state, r, told, plan.move);
        if (failed)
            return finishNotes(req, notesHooks, failed, false);
    }
    const tagObject = plan.create
        ? await req.git.createTag(plan.create.tag, plan.candidate, (0,tag_message/* versionTagMessage */.eq)({
            versionTag: plan.create.tag,
            previousVersionTag: r.previousVersionTag,
            commits: r.commits,
            reason: r.reason,
            actor: r.actor,
            firstRelease: r.firstRelease,
            hotfix: r.hotfix,
            skipGatesReason: r.skipGatesReason,
            waves: state.waves.map((w) => ({ tag: w.tag, commit: w.commit })),
        }))
        : null;
    return moveWaves(req, state, plan, r, notesHooks, facts, tagObject);
}
/** The hooks with the notes of the whole release (asReleased) in place of this run's part of it. */
function releaseNotesOf(hooks, told, gatesOf) {
    return { ...hooks, notes: (r) => hooks.notes(asReleased(r, told, gatesOf)) };
}
/** The dry run's result, and its notes rendered (as the command prints them). */
async function dryRun(r, plan, hooks) {
    for (const i of plan.move)
        r.waves[i].state = 'would-move';
    const tags = plan.move.map((i) => r.waves[i].tag).join(', ');
    const what = plan.create ? `create ${plan.create.tag} and move ${tags}` : `move ${tags} to ${r.versionTag}`;
    const result = {
        ...r,
        outcome: 'dry-run',
        message: `dry run: would ${what} at ${(0,short_sha/* shortSha */.F)(plan.candidate)} (${(0,plural/* plural */.L)(r.commits.length, 'commit')} since ${r.previousVersionTag ?? 'the start'})`,
    };
    await hooks.notes(result);
    return result;
}

// EXTERNAL MODULE: ./src/report/release-report.ts + 2 modules
var release_report = __webpack_require__(6972);
// EXTERNAL MODULE: ./src/util/clip.ts
var clip = __webpack_require__(5940);
;// CONCATENATED MODULE: ./src/release/rollback.ts












/**
 * `--rollback-to TAG|previous`: moves one wave's tag (wave 1 unless `--wave`) back to a release,
 * with a lease on where it is. Version tags are never touched; the target must be one of them, and
 * older than where the wave is. `previous` is the release the current one followed (its tag message
 * says), and a wave already below the latest release was rolled back already: a re-run of the same
 * rollback does nothing. The reason is recorded on the GitHub Release of the version rolled back from.
 */
async function runRollback(req, settings) {
    if (!req.reason)
        throw new errors/* ConfigurationError */.j1('--rollback-to needs --reason');
    requireWave(req.wave, settings.waves.length);
    const pattern = (0,versions/* versionPattern */.D8)(settings.versionTag);
    const state = await (0,release_state/* readReleaseState */.lT)(req.git, req.remote, settings.from, settings.waves, pattern);
    const guard = await versionTagAsWave(req, state);
    if (guard)
        return halted(req, state, `${guard}; nothing was pushed`);
    const index = (req.wave ?? 1) - 1;
    const wave = state.waves[index];
    if (!wave.commit)
        throw new errors/* ConfigurationError */.j1(`${wave.tag} does not exist on ${req.remote}: nothing to roll back`);
    const from = (0,release_state/* versionAt */.m$)(state, wave.commit);
    const target = await rollbackTarget(req, state, wave, from, pattern);
    if (target.kind === 'nothing') {
        return { ...baseResult(req, state, wave.commit), outcome: 'nothing-to-release', message: target.message };
    }
    return moveBack(req, state, index, from, target.version);
}
async function moveBack(req, state, index, from, target) {
    const wave = state.waves[index];
    const r = baseResult(req, state, target.commit);
    // The notes' "previous" of a rollback is the release it moves away from.
    Object.assign(r, versionFields(target, from), {
        previousSha: state.waves[0].commit,
        rollback: {
            wave: index + 1,
            tag: wave.tag,
            from: wave.commit,
            to: target.commit,
            toVersionTag: target.tag,
        },
    });
    const what = `${wave.tag} from ${(0,short_sha/* shortSha */.F)(wave.commit)}${from ? ` (${from.tag})` : ''} back to ${target.tag} (${(0,short_sha/* shortSha */.F)(target.commit)})`;
    if (req.dryRun)
        return { ...r, outcome: 'dry-run', message: `dry run: would move ${what}` };
    const push = await req.git.tryPushRefs(req.remote, [
        { ref: (0,refs/* tag */.Tc)(wave.tag), sha: target.commit, expected: wave.object },
    ]);
    if (!push.pushed) {
        const message = push.leaseLost
            ? `${wave.tag} moved on ${req.remote} during the rollback; nothing was pushed; re-run`
            : `${req.remote} refused the push of ${wave.tag}: ${push.reason}. ${TAG_PERMISSION}`;
        return { ...r, outcome: push.leaseLost ? 'moved' : 'refused', message };
    }
    const w = r.waves[index];
    w.state = 'rolled-back';
    w.sha = target.commit;
    if (index === 0)
        r.sha = target.commit;
    r.outcome = 'rolled-back';
    r.message = `rolled back ${what}`;
    if (from && req.github)
        await recordRollback(req, r, from);
    return r;
}
/** The release to go back to: a version tag by name, or `previous`. */
async function rollbackTarget(req, state, wave, current, pattern) {
    const given = req.rollbackTo;
    if (given !== 'previous')
        return namedTarget(state, wave, given, current, pattern);
    const latest = state.versions.at(-1);
    if (current &&
        latest &&
        (0,versions/* compareVersions */.Zy)(current.version, latest.version) < 0 &&
        latest.commit !== wave.commit) {
        return {
            kind: 'nothing',
            message: `${wave.tag} is at ${current.tag}, below the latest release ${latest.tag} (rolled back already, or not released to yet): previous does nothing; to go further back, name the release (--rollback-to TAG)`,
        };
    }
    // From a commit no release names (moved by hand) there is no "previous": going to the latest
    // release would leave the wave at it, and the same rollback run again would go one further back.
    if (!current) {
        throw new errors/* ConfigurationError */.j1(`--rollback-to previous: ${wave.tag} is at ${(0,short_sha/* shortSha */.F)(wave.commit)}, which no release tag names, so no release is before it (run again, previous would go one release further back each time): name the release to go back to (--rollback-to TAG)`);
    }
    const previous = await previousRelease(req, state, current);
    if (!previous || previous.commit === wave.commit) {
        throw new errors/* ConfigurationError */.j1(`--rollback-to previous: no release before ${current.tag}`);
    }
    return { kind: 'to', version: previous };
}
function namedTarget(state, wave, given, current, pattern) {
    const v = state.versions.find((x) => x.tag === given);
    if (!v) {
        const why = pattern.parse(given) ? 'no such tag on the remote' : `not a release tag (${pattern.source})`;
        throw new errors/* ConfigurationError */.j1(`--rollback-to ${(0,clip/* clip */.$)(given)}: ${why}`);
    }
    if (v.commit === wave.commit)
        return { kind: 'nothing', message: `${wave.tag} is at ${v.tag} already` };
    if (current && (0,versions/* compareVersions */.Zy)(v.version, current.version) > 0) {
        throw new errors/* ConfigurationError */.j1(`--rollback-to ${v.tag}: newer than ${current.tag}, where ${wave.tag} is; that is no rollback: release it`);
    }
    return { kind: 'to', version: v };
}
/** A section on the rolled-back release's notes: when, by whom, to what, and why. */
async function recordRollback(req, r, from) {
    const section = (0,release_report/* renderRollbackRecord */.Q$)(r.rollback, req.actor, req.reason, new Date());
    try {
        const updated = await appendReleaseNote(req.github, from.tag, section);
        if (updated)
            r.release = { url: updated.url, state: 'updated' };
    }
    catch (e) {
        req.logger.warning(`the rollback could not be recorded on the release of ${from.tag}: ${e.message}`);
    }
}

// EXTERNAL MODULE: ./src/commands/diff.ts + 1 modules
var diff = __webpack_require__(3791);
// EXTERNAL MODULE: ./src/commands/edge-gates.ts + 2 modules
var edge_gates = __webpack_require__(7736);
;// CONCATENATED MODULE: ./src/commands/release.ts









/**
 * Cuts a release from `release.from` (or rolls a wave back with `rollbackTo`): the use case is in
 * src/release; this wires it to the candidate's tree (its clusters, the gates, validation) and to
 * the diff engine for the production diff in the notes.
 */
async function release_release(options) {
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    if (options.rollbackTo !== undefined) {
        return {
            result: await runRollback({ ...options }, releaseSettings(config, config.release.from)),
            diffs: [],
            notes: null,
        };
    }
    const from = config.release.from;
    const edge = (to) => config.promotion.edges.find((e) => e.from === from && e.to === to) ?? { from, to };
    return cutRelease(options, config, from, (candidate, wave, clusters) => waveGates(options, config, { candidate, wave, clusters, from, edge }));
}
function releaseSettings(config, from) {
    return {
        from,
        versionTag: config.release.versionTag,
        firstVersion: config.release.firstVersion,
        waves: config.release.waves.map((w) => w.tag),
    };
}
/**
 * A release of the head of `from` (`release.from`, or a hotfix branch) through the use case, with
 * `gates` for each wave; the notes as published (or as a dry run would publish them).
 */
async function cutRelease(options, config, from, gates) {
    const req = { ...options };
    const hooks = releaseHooks(options, config, gates);
    const result = await runRelease(req, releaseSettings(config, from), hooks.hooks);
    // The notes as last published, or as a dry run would publish them (the use case renders both).
    return { result, diffs: hooks.last()?.diffs ?? [], notes: hooks.last()?.notes ?? null };
}
function releaseHooks(options, config, gates) {
    const facts = new Map();
    const diffs = new Map();
    let last = null;
    const groupDiff = (r, g) => {
        const key = JSON.stringify([g.base, r.candidate, g.clusters]);
        if (!diffs.has(key))
            diffs.set(key, diffGroup(options, r, g));
        return diffs.get(key);
    };
    const hooks = {
        atCandidate(candidate) {
            if (!facts.has(candidate))
                facts.set(candidate, readFacts(options, config, candidate));
            return facts.get(candidate);
        },
        gates,
        async notes(r) {
            const groups = waveGroups(r);
            const waveDiffs = await Promise.all(groups.map(async (g) => ({ tags: g.tags, base: g.base, diff: await groupDiff(r, g) })));
            const { body, asset } = (0,release_report/* renderReleaseNotes */.nA)(r, waveDiffs, options.links);
            last = { diffs: waveDiffs, notes: { body, asset } };
            return {
                name: r.hotfix ? `${r.versionTag} (hotfix)` : r.versionTag,
                body,
                asset: asset ? { name: release_report/* DIFF_ASSET */.xo, contentType: 'text/markdown', data: Buffer.from(asset) } : null,
            };
        },
    };
    return { hooks, last: () => last };
}
/** Each wave's clusters (the config's, else those whose Applications track its tag), read at the candidate. */
function readFacts(options, config, candidate) {
    return options.git.withExportedTree(candidate, async (dir) => {
        const { topology, config: at } = await (0,edge_gates/* candidateTopology */.h)(options, dir);
        const clusters = config.release.waves.map((w) => w.clusters ?? topology.clusters.filter((c) => c.ref === w.tag).map((c) => c.name));
        return { clusters, clusterLabel: at.clusterLabel, repoURL: topology.repoURL };
    });
}
function waveGroups(r) {
    const groups = new Map();
    for (const w of r.waves) {
        if (w.state === 'already' || w.state === 'held')
            continue;
        const g = groups.get(w.previous) ?? { base: w.previous, tags: [], clusters: [] };
        g.tags.push(w.tag);
        g.clusters.push(...w.clusters);
        groups.set(w.previous, g);
    }
    return [...groups.values()];
}
/**
 * The gates of moving wave `wave` to the candidate: those of `edge(<wave tag>)` (for a release, the
 * edge `from → <wave tag>` when the config has one, else the top-level promotion settings with every
 * gate). Its Argo CD gate looks at the clusters that already run the candidate: those of `from` for
 * the first wave, those of the waves before.
 */
async function waveGates(options, config, at) {
    const { candidate, wave, clusters, from } = at;
    const to = config.release.waves[wave].tag;
    return options.git.withExportedTree(candidate, async (dir) => {
        const read = await (0,edge_gates/* candidateTopology */.h)(options, dir);
        const gateEdge = {
            from: (0,refs/* branch */.tk)(from),
            to: (0,refs/* tag */.Tc)(to),
            candidate,
            soakEnvironment: (0,env_for_ref/* envForRef */.C)(config, from),
            clusters: wave === 0
                ? read.topology.clusters.filter((c) => c.ref === from).map((c) => c.name)
                : clusters.slice(0, wave).flat(),
        };
        return (0,edge_gates/* evaluateEdgeGates */.b)(options, config, at.edge(to), gateEdge, dir, read);
    });
}
/**
 * The diff engine over a group's clusters, from the commit its waves were at to the release. A wave
 * that did not exist before has nothing to compare with: the first release says so, otherwise what
 * its clusters ran is unknown (never "no changes").
 */
async function diffGroup(options, r, g) {
    if (!g.base) {
        if (r.firstRelease)
            return { state: 'first-release' };
        return {
            state: 'unknown',
            why: `${g.tags.join(', ')} did not exist before this release, so what ${g.clusters.join(', ') || 'its clusters'} ran is unknown`,
        };
    }
    return diffClusters(options, g.base, r.candidate, [...new Set(g.clusters)]);
}
/** What `base..head` changes on `clusters`, by the diff engine; unknown (never "unchanged") when it cannot tell. */
async function diffClusters(options, base, head, clusters) {
    if (clusters.length === 0)
        return { state: 'no-clusters' };
    if (!options.helm)
        return { state: 'unknown', why: 'no helm to render with' };
    try {
        const report = await (0,diff/* diff */.U)({
            git: options.git,
            base,
            head,
            helm: options.helm,
            logger: options.logger,
            clusters,
            ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
            ...(options.configFile ? { configFile: options.configFile } : {}),
        });
        return { state: 'diffed', report };
    }
    catch (e) {
        return { state: 'unknown', why: e.message.split('\n')[0] };
    }
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

/***/ 7435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ FAILED_RELEASE_OUTCOMES)
/* harmony export */ });
/** Outcomes that are a failure of the run (exit 1, failed step). */
const FAILED_RELEASE_OUTCOMES = [
    'gates-failed',
    'refused',
    'moved',
    'verify-failed',
    'incomplete',
];


/***/ }),

/***/ 4818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zq: () => (/* binding */ readNotesStamp),
/* harmony export */   eq: () => (/* binding */ staleWaves),
/* harmony export */   xk: () => (/* binding */ notesStamp)
/* harmony export */ });
/**
 * The first line of a release's notes: what they say of each wave (where its tag is, and whether the
 * notes hold its verification), as an HTML comment GitHub does not show. A later run that finds the
 * release done reads it to tell notes an interrupted run left behind (a wave shown held that has
 * moved since, a verification missing) from notes that describe the tags as they are, without
 * reading the markdown. Tag names are percent-encoded: a ref name may hold `-->`, never `%3E`.
 */
const PREFIX = '<!-- gitops-promotion:release-waves';
const SUFFIX = '-->';
function notesStamp(waves) {
    const entries = waves.map((w) => {
        const state = w.verification?.state ?? w.earlierVerification;
        const verified = state ? `/${state}` : '';
        return `${encodeURIComponent(wellFormed(w.tag))}=${w.sha ?? 'none'}${verified}`;
    });
    return [PREFIX, ...entries, SUFFIX].join(' ');
}
/**
 * Lone surrogates as U+FFFD, which encodeURIComponent would throw on (config refuses a wave tag
 * holding one: refs.ts; this keeps the stamp from failing a run on one all the same).
 */
const wellFormed = (text) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
const ENTRY = /^([^=\s]+)=([0-9a-f]{40,64}|none)(?:\/(verified|failed|unknown))?$/;
/** The waves the first line of `body` records, or null when it records none (or not in this form). */
function readNotesStamp(body) {
    const first = body.split('\n', 1)[0].trimEnd();
    if (!first.startsWith(`${PREFIX} `) || !first.endsWith(` ${SUFFIX}`))
        return null;
    const entries = first.slice(PREFIX.length, -SUFFIX.length).trim().split(' ').filter(Boolean);
    const waves = [];
    for (const entry of entries) {
        const m = ENTRY.exec(entry);
        const tag = m ? decoded(m[1]) : null;
        if (!m || tag === null)
            return null;
        const verification = (m[3] ?? null);
        waves.push({ tag, sha: m[2] === 'none' ? null : m[2], verification });
    }
    return waves;
}
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return null;
    }
}
/**
 * How the notes are behind the waves at `release`, for the message: each wave they show elsewhere
 * (held: the run that moved the tag stopped before it brought the notes up to date), and each wave
 * this run verified whose successful verification they do not hold. Empty: they describe the tags
 * as they are.
 */
function staleWaves(stamp, waves, release) {
    const stale = [];
    for (const w of waves.filter((x) => x.sha === release)) {
        const shown = stamp.find((s) => s.tag === w.tag);
        if (!shown || shown.sha !== release)
            stale.push(`${w.tag} shown short of the release`);
        else if (w.verification?.state === 'verified' && shown.verification !== 'verified')
            stale.push(`${w.tag} without its verification`);
    }
    return stale;
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

/***/ 6972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xo: () => (/* binding */ DIFF_ASSET),
  MV: () => (/* binding */ renderReleaseJson),
  nA: () => (/* binding */ renderReleaseNotes),
  rL: () => (/* binding */ renderReleaseText),
  Q$: () => (/* binding */ renderRollbackRecord)
});

// UNUSED EXPORTS: NOTES_MAX_COMMITS, releaseHeader, renderProductionDiffs

// EXTERNAL MODULE: ./src/release/model.ts
var model = __webpack_require__(7435);
// EXTERNAL MODULE: ./src/release/notes-stamp.ts
var notes_stamp = __webpack_require__(4818);
// EXTERNAL MODULE: ./src/report/budget.ts
var report_budget = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/diff/model.ts
var diff_model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/report/diff-markdown.ts
var diff_markdown = __webpack_require__(5421);
;// CONCATENATED MODULE: ./src/report/diff-comments.ts



/** Marker of a continuation comment; the first comment carries DIFF_MARKER. */
const partMarker = (n) => `<!-- gitops-promotion:diff part ${n} -->`;
/** Which part of the diff a comment body is (1 for the first), or null when it is not ours. */
function commentPart(body) {
    if (body.startsWith(DIFF_MARKER))
        return 1;
    const m = /^<!-- gitops-promotion:diff part (\d+) -->/.exec(body);
    return m ? Number(m[1]) : null;
}
const RESERVE = 200;
/** An app section that alone is too big: its fields table stays, the diffs go, and it says so. */
function shrinkApp(app, budget) {
    const full = (0,diff_markdown/* appSection */.Nh)(app);
    if (full.length <= budget)
        return full;
    const resources = app.deep.state === 'rendered'
        ? `${app.deep.resources.length} resource changes left out of this comment; the job summary and the diff artifact have them`
        : undefined;
    const lean = (0,diff_markdown/* appSection */.Nh)({
        ...app,
        unified: `(unified diff of ${full.length} characters left out of this comment; the job summary and the diff artifact have it)`,
    }, resources);
    if (lean.length <= budget)
        return lean;
    return (0,diff_markdown/* appSection */.Nh)({
        ...app,
        fields: [],
        unified: `(${app.fields.length} field changes left out of this comment; the job summary and the diff artifact have them)`,
    }, 'left out of this comment; the job summary and the diff artifact have them');
}
/** The objects table that alone is too big: the table stays, the diffs go, and it says so. */
function shrinkObjects(c, budget) {
    const full = (0,diff_markdown/* objectsSection */.yB)(c.objects);
    if (full.length <= budget)
        return full;
    const note = `_(diffs of ${c.objects.length} objects left out of this comment; the job summary and the diff artifact have them)_`;
    const lean = `${(0,diff_markdown/* objectsSection */.yB)(c.objects, false)}\n\n${note}`;
    if (lean.length <= budget)
        return lean;
    return `**Other objects**: ${c.objects.length} changed, too many for this comment; the job summary and the diff artifact have them.`;
}
/** A cluster as one or more sections that each fit the budget (`continued` when split). */
function clusterChunks(c, budget) {
    const whole = (0,diff_markdown/* clusterSection */.OM)(c);
    if (whole.length <= budget)
        return [whole];
    const chunks = [];
    let apps = [];
    const flush = () => {
        if (apps.length > 0)
            chunks.push((0,diff_markdown/* clusterSection */.OM)({
                ...c,
                errors: chunks.length ? [] : c.errors,
                name: chunks.length ? `${c.name} (continued)` : c.name,
            }, apps));
        apps = [];
    };
    const entries = [
        ...c.apps.map((app) => shrinkApp(app, budget - 500)),
        ...(c.objects.length > 0 ? [shrinkObjects(c, budget - 500)] : []),
    ];
    for (const s of entries) {
        if ((0,diff_markdown/* clusterSection */.OM)(c, [...apps, s]).length > budget)
            flush();
        apps.push(s);
    }
    flush();
    return chunks;
}
/**
 * The PR comments for a report: the first keeps the header (verdict, risks, summary table) and as
 * many clusters as fit; the rest follow in marked continuation comments, each under `max`
 * characters. Every changed Application is named in some comment; nothing is dropped silently.
 */
function splitDiffComments(report, max = report_budget/* COMMENT_MAX_CHARS */.dq) {
    const budget = max - RESERVE;
    let header = (0,diff_markdown/* diffHeader */.bm)(report);
    if (header.length > budget)
        header = `${header.slice(0, budget - 120)}\n\n> ⚠️ Summary cut to fit a comment; the job summary has all of it.`;
    const sections = report.clusters
        .filter((c) => (0,diff_model/* hasEntries */.T)(c) || c.errors.length > 0)
        .flatMap((c) => clusterChunks(c, budget));
    const parts = [[header]];
    let size = header.length;
    for (const s of sections) {
        if (size + s.length + 2 > budget) {
            parts.push([]);
            size = 0;
        }
        parts[parts.length - 1].push(s);
        size += s.length + 2;
    }
    const total = parts.length;
    return parts.map((p, i) => {
        if (i === 0)
            return total > 1
                ? `${p.join('\n\n')}\n\n<sub>Continued in ${total - 1} more comment${total > 2 ? 's' : ''}.</sub>\n`
                : `${p.join('\n\n')}\n`;
        return `${partMarker(i + 1)}\n### gitops-promotion diff (part ${i + 1} of ${total})\n\n${p.join('\n\n')}\n`;
    });
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
// EXTERNAL MODULE: ./src/promote/duration.ts
var duration = __webpack_require__(1574);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
;// CONCATENATED MODULE: ./src/report/verification.ts





/**
 * The release verification (src/release/verify.ts) as text and markdown. Every name, status, revision and
 * reason comes from Argo CD, whose Applications a hostile repo names: in markdown each is escaped.
 */
const STATE_ICON = { verified: '✅', failed: '❌', unknown: '⚠️' };
const APP_ICON = { ok: '✅', waiting: '⏳', failed: '❌' };
/** `verified after 40s: 3 Applications Synced and Healthy`, `failed after 5m: prod-01-api Degraded`. */
function headline(v) {
    const after = `${v.state} after ${(0,duration/* formatDuration */.a)(v.waitedMs)}`;
    if (v.state === 'verified')
        return `${after}: ${(0,plural/* plural */.L)(v.apps.length, 'Application')} Synced and Healthy`;
    return `${after}: ${v.why}`;
}
function revisions(a) {
    return a.revisions.map(short_sha/* shortSha */.F);
}
const APP_ORDER = { failed: 0, waiting: 1, ok: 2 };
/**
 * Job summary: the outcome, then one row per Application. With `maxRows` (release notes, which
 * GitHub limits), at most that many rows, those not ok first, and a line counting the rest.
 */
function renderVerificationMarkdown(v, maxRows = Infinity) {
    const parts = ['### Argo CD verification', '', `${STATE_ICON[v.state]} ${(0,markdown_escape/* cell */.Hn)(headline(v))}`];
    if (v.state === 'unknown' && v.apps.length > 0) {
        parts.push('', 'As of the last poll Argo CD answered:');
    }
    const shown = v.apps.length > maxRows
        ? [...v.apps].sort((a, b) => APP_ORDER[a.state] - APP_ORDER[b.state]).slice(0, maxRows)
        : v.apps;
    if (shown.length > 0) {
        const rows = shown.map((a) => [
            (0,markdown_escape/* cell */.Hn)(a.name),
            (0,markdown_escape/* cell */.Hn)(a.cluster),
            (0,markdown_escape/* cell */.Hn)(a.sync),
            (0,markdown_escape/* cell */.Hn)(a.health),
            revisions(a).map(markdown_escape/* cellCode */.GA).join(', ') || '—',
            `${APP_ICON[a.state]} ${(0,markdown_escape/* cell */.Hn)(`${a.state}: ${a.why}`)}`,
        ]);
        parts.push('', (0,markdown/* table */.tp)(['Application', 'cluster', 'sync', 'health', 'revision', 'result'], rows));
    }
    const left = v.apps.filter((a) => !shown.includes(a));
    if (left.length > 0) {
        const ok = left.filter((a) => a.state === 'ok').length;
        parts.push('', `… and ${(0,plural/* plural */.L)(left.length, 'more Application')} (${ok} ok) not listed here.`);
    }
    return `${parts.join('\n')}\n`;
}
/** Line breaks in Argo CD's text would start lines of their own. */
const oneLine = (text) => text.replace(/\r\n|\r|\n/g, ' ');
/** Terminal output: the outcome, then one line per Application (each on its line, whatever Argo CD said). */
function renderVerificationText(v) {
    const lines = [oneLine(`Argo CD verification ${headline(v)}`)];
    if (v.state === 'unknown' && v.apps.length > 0)
        lines.push('as of the last poll Argo CD answered:');
    const width = Math.max(0, ...v.apps.map((a) => a.name.length)) + 1;
    for (const a of v.apps) {
        const at = revisions(a).join(',') || '-';
        lines.push(oneLine(`  ${a.state.padEnd(7)} ${a.name.padEnd(width)} ${a.cluster} ${a.sync}/${a.health} at ${at}: ${a.why}`));
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/util/one-line.ts
var one_line = __webpack_require__(1431);
;// CONCATENATED MODULE: ./src/report/release-report.ts










const GATE_ICON = { pass: '✅', fail: '❌', skipped: '⏭️' };
const WAVE_ICON = {
    moved: '🚀',
    already: '✔️',
    'would-move': '🔜',
    held: '⏸️',
    'rolled-back': '⏪',
};
const EARLIER_ICON = {
    verified: '✅',
    failed: '❌',
    unknown: '⚠️',
};
/** Commits listed in the notes at most; the rest are counted and the range given. */
const NOTES_MAX_COMMITS = 300;
/** The asset that holds the whole production diff when the notes cannot. */
const DIFF_ASSET = 'production-diff.md';
/** Terminal output: outcome, waves, gates, commits. */
function renderReleaseText(r) {
    const lines = [`release ${r.versionTag ?? ''}: ${r.message}`.replace('release : ', 'release: ')];
    if (r.skipGatesReason !== null)
        lines.push(`gates skipped: ${r.skipGatesReason}`);
    for (const w of r.waves) {
        const after = w.state === 'would-move' ? r.candidate : w.sha;
        const before = w.previousUnknown !== undefined ? '(unknown)' : w.previous ? (0,short_sha/* shortSha */.F)(w.previous) : '(none)';
        const at = `${before} → ${after ? (0,short_sha/* shortSha */.F)(after) : '(none)'}`;
        const clusters = w.clusters.length > 0 ? ` [${w.clusters.join(', ')}]` : '';
        lines.push(`  wave ${w.wave} ${w.tag}${clusters}: ${w.state} (${at})`);
        if (w.verification)
            lines.push(...renderVerificationText(w.verification)
                .trimEnd()
                .split('\n')
                .map((l) => `    ${l}`));
    }
    const width = Math.max(0, ...r.gates.map((g) => g.id.length)) + 1;
    for (const g of r.gates)
        lines.push(`  ${g.status.padEnd(7)} ${g.id.padEnd(width)} ${g.why}`);
    if (r.commits.length > 0)
        lines.push(`commits since ${r.previousVersionTag ?? 'the start'} (${r.commits.length}):`);
    for (const c of r.commits)
        lines.push(`  ${(0,short_sha/* shortSha */.F)(c.sha)} ${(0,one_line/* oneLine */.T)(c.subject)} (${(0,one_line/* oneLine */.T)(c.author)})`);
    if (r.release)
        lines.push(`GitHub Release: ${r.release.url} (${r.release.state})`);
    return `${lines.join('\n')}\n`;
}
function renderReleaseJson(r) {
    return `${JSON.stringify({ version: 1, ...r }, null, 2)}\n`;
}
const FULL = { commits: NOTES_MAX_COMMITS, verificationRows: Infinity };
/** The head of the notes and of the summary: outcome, who and why, waves, gates, commits. */
function releaseHeader(r, links = {}, limits = FULL) {
    const failed = model/* FAILED_RELEASE_OUTCOMES */.g.includes(r.outcome);
    const icon = failed ? '❌' : r.released || r.outcome === 'rolled-back' ? '✅' : 'ℹ️';
    const title = r.versionTag ? `${(0,markdown_escape/* code */.aY)(r.versionTag)}` : (0,markdown_escape/* code */.aY)(r.from);
    const kind = r.hotfix ? 'hotfix' : 'release';
    const parts = [`## gitops-promotion ${kind} ${title}`, '', `${icon} ${(0,markdown_escape/* cell */.Hn)(r.message)}`, ''];
    if (r.hotfix)
        parts.push(`> 🚑 **Hotfix** from ${(0,markdown_escape/* code */.aY)(r.hotfix)}, released over ${(0,markdown_escape/* code */.aY)(r.waves[0]?.tag ?? 'stable')} without waiting for the branches before it.`, '');
    const who = [
        r.actor ? `by ${(0,markdown_escape/* cell */.Hn)(r.actor)}` : null,
        links.runUrl ? `in [this workflow run](${links.runUrl})` : null,
    ].filter(Boolean);
    const since = sinceText(r, links) ||
        (r.firstRelease ? ' (the first release)' : ' (what production ran before is unknown)');
    parts.push(`Cut from ${(0,markdown_escape/* code */.aY)(r.from)} at ${sha(r.candidate, links)}${since}${who.length ? `, ${who.join(' ')}` : ''}.`);
    if (r.reason)
        parts.push('', `**Reason:** ${(0,markdown_escape/* cell */.Hn)(r.reason)}`);
    if (r.skipGatesReason !== null)
        parts.push('', `> ⚠️ Gates skipped: ${(0,markdown_escape/* cell */.Hn)(r.skipGatesReason)}`);
    if (r.rollback) {
        const rb = r.rollback;
        parts.push('', `> ⏪ ${(0,markdown_escape/* code */.aY)(rb.tag)} was moved back to ${rb.toVersionTag ? (0,markdown_escape/* code */.aY)(rb.toVersionTag) : ''} (${sha(rb.to, links)}).`);
    }
    parts.push('', '### Waves', '', wavesTable(r, links));
    parts.push(...verificationSections(r, limits), ...gateSections(r));
    parts.push('', commitsSection(r, links, limits.commits));
    return parts.join('\n');
}
/** Each wave's verification: this run's, or what an earlier run of the release proved. */
function verificationSections(r, limits) {
    return r.waves.flatMap((w) => {
        const heading = ['', `#### Verification of wave ${w.wave} (${(0,markdown_escape/* code */.aY)(w.tag)})`, ''];
        if (w.verification)
            return [...heading, renderVerificationMarkdown(w.verification, limits.verificationRows)];
        if (w.earlierVerification)
            return [
                ...heading,
                `${EARLIER_ICON[w.earlierVerification]} ${w.earlierVerification} by an earlier run of this release, as the notes it wrote said (its Applications are in that run's log; this run did not verify the wave).`,
            ];
        return [];
    });
}
/** The release's gates and each wave's. */
function gateSections(r) {
    const parts = [];
    // Gates skipped by this run: the line above says so; else those of the run that pushed the tags are not known here.
    if (r.resumed && r.skipGatesReason === null) {
        parts.push('', '### Gates', '', 'Evaluated by the run that pushed the tags; this later run only completed the release and does not know their results.');
    }
    else if (r.gates.length > 0) {
        const rows = r.gates.map((g) => [GATE_ICON[g.status], (0,markdown_escape/* cell */.Hn)(g.id), (0,markdown_escape/* cell */.Hn)(g.why)]);
        parts.push('', '### Gates', '', (0,markdown/* table */.tp)(['', 'gate', 'why'], rows));
    }
    for (const w of r.waves) {
        if (!w.gates || w.gates.length === 0)
            continue;
        const rows = w.gates.map((g) => [GATE_ICON[g.status], (0,markdown_escape/* cell */.Hn)(g.id), (0,markdown_escape/* cell */.Hn)(g.why)]);
        parts.push('', `#### Gates of wave ${w.wave} (${(0,markdown_escape/* code */.aY)(w.tag)})`, '', (0,markdown/* table */.tp)(['', 'gate', 'why'], rows));
    }
    return parts;
}
function wavesTable(r, links) {
    const rows = r.waves.map((w) => [
        String(w.wave),
        (0,markdown_escape/* cellCode */.GA)(w.tag),
        (0,markdown_escape/* cell */.Hn)(w.clusters.join(', ') || '—'),
        w.previousUnknown !== undefined
            ? `unknown: ${(0,markdown_escape/* cell */.Hn)(w.previousUnknown)}`
            : w.previous
                ? sha(w.previous, links)
                : '—',
        w.state === 'would-move' ? `${sha(r.candidate, links)} (would)` : w.sha ? sha(w.sha, links) : '—',
        `${WAVE_ICON[w.state]} ${w.state}`,
    ]);
    return (0,markdown/* table */.tp)(['wave', 'tag', 'clusters', 'before', 'after', ''], rows);
}
/**
 * ` since \`stable-v1.3.0\``; ` since \`1a2b3c4\`` when the first wave was at a commit that is no release
 * (moved by hand: the commits and the diff are since that commit); '' for the first release.
 */
function sinceText(r, links) {
    if (r.previousVersionTag)
        return ` since ${(0,markdown_escape/* code */.aY)(r.previousVersionTag)}`;
    return r.previousSha ? ` since ${sha(r.previousSha, links)} (no release)` : '';
}
function commitsSection(r, links, max) {
    const since = sinceText(r, links);
    if (r.commits.length === 0) {
        if (since)
            return `### Commits${since}\n\nNone.`;
        return r.firstRelease
            ? '### Commits\n\nThe first release: no earlier release to list commits since.'
            : '### Commits\n\nUnknown: the first wave did not exist before this release, so there is no commit to list them since.';
    }
    const shown = r.commits.slice(0, max);
    const rows = shown.map((c) => [
        sha(c.sha, links),
        (0,markdown/* pullLink */._n)(c.pullRequest, links.repoUrl),
        (0,markdown_escape/* cell */.Hn)(c.author),
        (0,markdown_escape/* cell */.Hn)(c.subject),
    ]);
    const more = r.commits.length - shown.length;
    const after = shown.at(-1)?.sha ?? r.previousSha;
    const range = after ? `${(0,short_sha/* shortSha */.F)(after)}..${(0,short_sha/* shortSha */.F)(r.candidate)}` : (0,short_sha/* shortSha */.F)(r.candidate);
    const rest = more > 0 ? `\n\n… and ${more} more: \`git log ${range}\`` : '';
    return `### Commits${since} (${r.commits.length})\n\n${(0,markdown/* table */.tp)(['commit', 'pull request', 'author', 'subject'], rows)}${rest}`;
}
const sha = (s, links) => (0,markdown/* commitLink */.wn)(s, links.repoUrl);
/** One wave group's production diff for the notes: what fits `budget`, and the whole diff when it did not. */
function diffSection(diff, budget) {
    if (diff.state === 'first-release')
        return { text: 'The first release: there is no earlier release to compare with.', asset: null };
    if (diff.state === 'no-clusters')
        return { text: 'No cluster follows these tags.', asset: null };
    if (diff.state === 'unknown')
        return {
            text: `> ❓ Not computed: ${(0,markdown_escape/* cell */.Hn)(diff.why)}. The change to these clusters is unknown.`,
            asset: null,
        };
    const full = stripMarker((0,diff_markdown/* renderDiffMarkdown */.rw)(diff.report));
    if (full.length <= budget)
        return { text: full, asset: null };
    const notice = `> ⚠️ The production diff is longer than a release's notes can hold: what follows is its start; the whole diff is attached to this release as \`${DIFF_ASSET}\`.`;
    const parts = splitDiffComments(diff.report, Math.max(1_000, budget - notice.length - 8));
    return {
        text: `${notice}\n\n${stripMarker(parts[0]).replace(/<sub>Continued in .*<\/sub>\n?/, '')}`,
        // The asset stands alone: the report as the diff command writes it.
        asset: (0,diff_markdown/* renderDiffMarkdown */.rw)(diff.report).replace(`${diff_markdown/* DIFF_MARKER */.pC}\n`, ''),
    };
}
/**
 * "What changes in production": one diff per group of waves that moved from one commit (a wave that
 * lagged behind moves from an older release than the first wave), each within its share of `budget`;
 * the asset holds every diff that did not fit, whole.
 */
function diffsSection(diffs, budget) {
    const heading = '### What changes in production';
    if (diffs.length === 0)
        return { text: `${heading}\n\nNo wave moves in this run.`, asset: null };
    const share = Math.floor((budget - heading.length - 2) / diffs.length) - 120;
    const sections = diffs.map((d) => ({ d, ...diffSection(d.diff, share) }));
    const text = sections
        .map(({ d, text }) => diffs.length === 1
        ? text
        : `#### ${d.tags.map(markdown_escape/* code */.aY).join(', ')}${d.base ? ` (from ${(0,markdown_escape/* code */.aY)((0,short_sha/* shortSha */.F)(d.base))})` : ''}\n\n${text}`)
        .join('\n\n');
    const assets = sections.filter((x) => x.asset !== null);
    const asset = assets.length === 0
        ? null
        : assets
            .map((x) => (diffs.length === 1 ? x.asset : `# ${x.d.tags.join(', ')}\n\n${x.asset}`))
            .join('\n\n');
    return { text: `${heading}\n\n${text}`, asset };
}
/**
 * The diff report as a part of the notes: without the PR comment's marker, its title as a line of
 * text and its headings one level down (under "What changes in production").
 */
const stripMarker = (markdown) => markdown
    .replace(`${diff_markdown/* DIFF_MARKER */.pC}\n`, '')
    .replace(/^## gitops-promotion diff (.*)$/m, '**Diff** $1')
    .replace(/^### /gm, '#### ');
/**
 * The GitHub Release's notes: the stamp of the waves (a comment GitHub does not show, which a later
 * run reads: src/release/notes-stamp.ts), the header, then the production diff as far as it fits
 * under GitHub's limit; when it does not fit, its start and a notice, and the whole diff as the asset.
 */
function renderReleaseNotes(r, diffs, links = {}, max = report_budget/* RELEASE_BODY_MAX_CHARS */.qw) {
    const stamp = (0,notes_stamp/* notesStamp */.xk)(r.waves);
    const room = max - stamp.length - 1;
    const head = fittingHeader(r, links, room - DIFF_ROOM);
    const { text, asset } = diffsSection(diffs, room - head.length - 200);
    return { body: `${stamp}\n${head}\n\n${text}\n`, asset };
}
/** What the header leaves the production diff at least: its start, the notice and the risks. */
const DIFF_ROOM = 4_000;
/** Verification rows a header cut to fit keeps per wave (the Applications not ok first). */
const NOTES_VERIFY_ROWS = 20;
/**
 * The header within `room` characters: whole when it fits; else the verification tables keep their
 * first rows (those not ok first) and the commits as many as fit (the rest counted, with the range);
 * else, when even that is too long (a huge reason or message), cut at a line with a notice.
 */
function fittingHeader(r, links, room) {
    const full = releaseHeader(r, links);
    if (full.length <= room)
        return full;
    const lean = (commits) => releaseHeader(r, links, { commits, verificationRows: NOTES_VERIFY_ROWS });
    let [lo, hi] = [0, Math.min(r.commits.length, NOTES_MAX_COMMITS)];
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (lean(mid).length <= room)
            lo = mid;
        else
            hi = mid - 1;
    }
    const head = lean(lo);
    if (head.length <= room)
        return head;
    return (0,report_budget/* truncateBytes */.QY)(head, room, "The release's header was cut to fit GitHub's limit on a release's notes.").trimEnd();
}
/** The section a rollback appends to the notes of the release it rolls back from: when, by whom, to what, why. */
function renderRollbackRecord(rb, actor, reason, at) {
    const by = actor ? ` by ${(0,markdown_escape/* cell */.Hn)(actor)}` : '';
    const to = rb.toVersionTag ? (0,markdown_escape/* code */.aY)(rb.toVersionTag) : (0,markdown_escape/* code */.aY)((0,short_sha/* shortSha */.F)(rb.to));
    return [
        '### ⏪ Rolled back',
        '',
        `${at.toISOString()}${by}: ${(0,markdown_escape/* code */.aY)(rb.tag)} moved back to ${to} (${(0,short_sha/* shortSha */.F)(rb.to)}).`,
        '',
        `Reason: ${(0,markdown_escape/* cell */.Hn)(reason)}`,
    ].join('\n');
}
/** "What changes in production" whole, for the job summary (no notes limit; the summary's own cut applies). */
function renderProductionDiffs(diffs) {
    return diffsSection(diffs, Infinity).text;
}


/***/ })

};
