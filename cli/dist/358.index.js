export const id = 358;
export const ids = [358];
export const modules = {

/***/ 4358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HOTFIX_HELP: () => (/* binding */ HOTFIX_HELP),
  hotfixCommand: () => (/* binding */ hotfixCommand)
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
// EXTERNAL MODULE: ./src/util/regexp-escape.ts
var regexp_escape = __webpack_require__(7539);
;// CONCATENATED MODULE: ./src/hotfix/branch-glob.ts

/**
 * `hotfix/*` as a whole-name match: `*` is any run of characters but `/`, everything else is
 * literal (a `[` or `.` in the pattern matches itself, and never makes an invalid expression).
 */
function branchGlob(pattern) {
    return new RegExp(`^${pattern.split('*').map(regexp_escape/* escapeRegExp */.N).join('[^/]*')}$`);
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(8129);
// EXTERNAL MODULE: ./src/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9717);
;// CONCATENATED MODULE: ./src/report/shell-word.ts
/**
 * One word of a shell command shown to a user to copy (a branch, a remote, a path): whatever the
 * repository's text, pasted into bash or zsh it is that one argument, never a second command, an
 * expansion or an invisible change of what is run.
 */
/** Left bare: nothing in it that a shell reads (no `=`, `~`, `%` either: zsh expands them at a word's start). */
const BARE = /^[A-Za-z0-9_@+:,./-]+$/;
/**
 * Characters a terminal does not show as themselves: C0 and C1 controls, DEL, and Unicode's
 * direction and zero-width marks (they can make a command read otherwise than it runs).
 */
const HIDDEN = '[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff]';
const HAS_HIDDEN = new RegExp(HIDDEN, 'u');
const EACH_HIDDEN = new RegExp(HIDDEN, 'gu');
const hex = (n, width) => n.toString(16).padStart(width, '0');
/** `$'…'` (bash, zsh, POSIX.1-2024 sh): hidden characters spelt as `\xHH` / `\uHHHH` escapes. */
function ansiQuoted(text) {
    const escaped = text.replace(/[\\']/g, '\\$&').replace(EACH_HIDDEN, (ch) => {
        const c = ch.codePointAt(0);
        return c < 0x80 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
    });
    return `$'${escaped}'`;
}
/** The text as one shell word: bare when safe, else single-quoted, else `$'…'` for hidden characters. */
function shellWord(text) {
    if (BARE.test(text))
        return text;
    if (HAS_HIDDEN.test(text))
        return ansiQuoted(text);
    return `'${text.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/report/conflict-pr-body.ts
/**
 * The title and body of a forward-merge conflict's pull request: a hotfix released off `stable`
 * does not merge cleanly into a downstream branch, so it goes there through a pull request whose
 * body says what happened, which files conflict and how to resolve them. Repository text (branch
 * names, paths) is hostile: inline it is a code span, in the commands a shell word in a fence that
 * no name can close.
 */


/**
 * The conflicting files are listed up to this many characters of the body; the rest are counted
 * (a pull request's body is at most PULL_REQUEST_BODY_MAX_CHARS of budget.ts, and branch names take their share).
 */
const LISTED_CONFLICTS_MAX_CHARS = 20_000;
function conflictPullRequestTitle(t) {
    const released = t.versionTag ? ` (${t.versionTag})` : '';
    return `Forward-merge ${t.hotfix}${released} into ${t.target}: conflicts to resolve`;
}
function renderConflictPullRequestBody(t) {
    const listed = listedConflicts(t.conflicts);
    return [
        `## Forward-merge of ${(0,markdown_escape/* code */.aY)(t.hotfix)} into ${(0,markdown_escape/* code */.aY)(t.target)}: conflicts to resolve`,
        '',
        whatHappened(t),
        '',
        `### Conflicting files (${t.conflicts.length})`,
        '',
        ...conflictLines(t.conflicts, listed),
        '',
        '### To resolve',
        '',
        (0,markdown_escape/* codeBlock */.DV)(commands(t, listed.length === t.conflicts.length ? listed : null), 'sh'),
        '',
        `Then merge this pull request with a merge commit (not a squash or a rebase), so the hotfix's ` +
            `commits stay on ${(0,markdown_escape/* code */.aY)(t.target)} and the next promotion does not revert it.`,
        '',
        `A re-run of the hotfix finds this pull request again and brings this description up to date.`,
        '',
    ].join('\n');
}
function whatHappened(t) {
    const released = t.versionTag ? `was released as ${(0,markdown_escape/* code */.aY)(t.versionTag)}` : 'was released';
    const merged = t.mergedInto.length > 0
        ? ` It was merged forward into ${t.mergedInto.map(markdown_escape/* code */.aY).join(', ')};`
        : ' It is merged forward into the downstream branches so that the next promotion does not revert it;';
    return (`The hotfix ${(0,markdown_escape/* code */.aY)(t.hotfix)} ${released}.${merged} merging it into ${(0,markdown_escape/* code */.aY)(t.target)} conflicts. ` +
        `This pull request brings it there instead: its branch ${(0,markdown_escape/* code */.aY)(t.branch)} is at the hotfix's head.`);
}
/** The paths listed, in order, while they fit LISTED_CONFLICTS_MAX_CHARS. */
function listedConflicts(conflicts) {
    const listed = [];
    let used = 0;
    for (const path of conflicts) {
        used += (0,markdown_escape/* code */.aY)(path).length + 3;
        if (used > LISTED_CONFLICTS_MAX_CHARS)
            break;
        listed.push(path);
    }
    return listed;
}
function conflictLines(conflicts, listed) {
    if (conflicts.length === 0)
        return ['Git named no conflicting file: `git status` after the merge below shows what conflicts.'];
    const lines = listed.map((path) => `- ${(0,markdown_escape/* code */.aY)(path)}`);
    const more = conflicts.length - listed.length;
    if (more > 0)
        lines.push(`- … and ${more} more: \`git diff --name-only --diff-filter=U\` after the merge lists them all.`);
    return lines;
}
/** The commands, one shell word per name; `files` null: too many to list, `git add -u` stages them. */
function commands(t, files) {
    const [remote, branch] = [shellWord(t.remote), shellWord(t.branch)];
    const add = files && files.length > 0 ? `git add -- ${files.map(shellWord).join(' ')}` : 'git add --update';
    return [
        `git fetch ${remote}`,
        `git switch ${branch}   # or: git switch -c ${branch} --track ${shellWord(`${t.remote}/${t.branch}`)}`,
        `git merge ${shellWord(`${t.remote}/${t.target}`)}`,
        '# resolve the conflicts, then',
        `${add} && git commit`,
        `git push ${remote} ${branch}`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/hotfix/conflict-pr.ts



/** The label of a forward-merge conflict's pull request (default). */
const CONFLICT_LABEL = 'forward-merge-conflict';
const PULLS_PERMISSION = 'pull-requests: write';
const LABEL_PERMISSION = 'issues: write or pull-requests: write';
/**
 * The open pull request `branch → target` for a forward-merge conflict: found again on a re-run
 * (its title and body brought up to date: the conflicts may have changed), else created, and
 * labelled. Never two: a create that may have happened (5xx, timeout) is looked for before it
 * fails. Failures to find, update or create are GitHubApiErrors naming `pull-requests: write`.
 */
async function openConflictPullRequest(gh, args) {
    const text = { ...args, mergedInto: args.mergedInto ?? [] };
    const content = { title: conflictPullRequestTitle(text), body: renderConflictPullRequestBody(text) };
    const { pr, created } = await foundOrCreated(gh, args, content);
    return { number: pr.number, url: pr.url, created, label: await addLabel(gh, pr.number, args.label) };
}
async function foundOrCreated(gh, args, content) {
    const ends = `${args.branch} → ${args.target}`;
    const existing = await findOpen(gh, args);
    if (existing) {
        const updated = await gh.updatePullRequest(existing.number, content).catch((e) => {
            throw (0,github_errors/* gitHubError */.Mj)(e, `update PR #${existing.number} (${ends})`, PULLS_PERMISSION);
        });
        return { pr: updated, created: false };
    }
    try {
        return {
            pr: await gh.createPullRequest({ head: args.branch, base: args.target, ...content }),
            created: true,
        };
    }
    catch (e) {
        // GitHub may have opened it before failing: then it is this run's.
        const found = (0,retry/* isAmbiguousFailure */.Jh)(e) ? await findOpen(gh, args) : null;
        if (found)
            return { pr: found, created: true };
        throw (0,github_errors/* gitHubError */.Mj)(e, `create the pull request ${ends}`, PULLS_PERMISSION);
    }
}
async function findOpen(gh, args) {
    return gh.findOpenPullRequest(args.branch, args.target).catch((e) => {
        throw (0,github_errors/* gitHubError */.Mj)(e, `list the open pull requests ${args.branch} → ${args.target}`, PULLS_PERMISSION);
    });
}
/** Adding a label it has is no change, so one that may have failed (5xx, timeout) is sent once more. */
async function addLabel(gh, number, label) {
    const add = () => gh.addLabels(number, [label]);
    try {
        await add().catch((e) => ((0,retry/* isAmbiguousFailure */.Jh)(e) ? add() : Promise.reject(e)));
        return { state: 'labelled' };
    }
    catch (e) {
        const error = (0,github_errors/* gitHubError */.Mj)(e, `add the label ${label} to PR #${number}`, LABEL_PERMISSION);
        return { state: 'not-labelled', message: error.message };
    }
}

// EXTERNAL MODULE: ./src/promote/messages.ts
var messages = __webpack_require__(3082);
// EXTERNAL MODULE: ./src/util/short-sha.ts
var short_sha = __webpack_require__(3489);
;// CONCATENATED MODULE: ./src/hotfix/forward-merge-result.ts

/** A target's result; unless `more` says otherwise the target did not move (after = before). */
function targetResult(run, state, message, more = {}) {
    return {
        target: run.target,
        state,
        before: run.before,
        after: run.before,
        conflicts: [],
        pullRequest: null,
        branch: null,
        message,
        ...more,
    };
}
/**
 * The branch a conflict's pull request comes from: `forward-merge/<hotfix, / as ->-into-<target>`
 * (`hotfix/x` into `staging`: `forward-merge/hotfix-x-into-staging`).
 */
function conflictBranch(hotfix, target) {
    const name = `forward-merge/${hotfix.replaceAll('/', '-')}-into-${target}`;
    const problem = (0,refs/* branchProblem */.MT)(name);
    if (problem)
        throw new Error(`the conflict branch of ${hotfix} into ${target}: ${problem}`);
    return name;
}
/** The merge commit's message (its first line is the pull request's title in pull-request mode). */
function forwardMergeMessage(req, target) {
    const version = req.versionTag === null ? '' : ` (${req.versionTag})`;
    return `Forward-merge ${req.hotfix}${version} into ${target}\n\nHotfix head: ${req.head}\n`;
}

;// CONCATENATED MODULE: ./src/hotfix/forward-merge-conflict.ts



/**
 * A hotfix that does not merge cleanly: the branch `conflictBranch(hotfix, target)` at the hotfix
 * head (never forced: one that exists is kept when it has the head, refused when not) and, with
 * GitHub, its pull request into the target, found again on a re-run.
 */
async function forwardConflict(run, conflicts, openConflictPr) {
    const { req, target } = run;
    const branch = conflictBranch(req.hotfix, target);
    const more = { conflicts, branch };
    const placed = await placeConflictBranch(req, branch);
    if ('refused' in placed)
        return targetResult(run, 'refused', placed.refused, more);
    const where = `${placed.placed === 'pushed' ? 'pushed' : 'kept'} ${branch} (${(0,short_sha/* shortSha */.F)(placed.tip)})`;
    const does = `${req.hotfix} (${(0,short_sha/* shortSha */.F)(req.head)}) does not merge cleanly into ${target} (${conflicts.join(', ')})`;
    if (!req.github) {
        const todo = `open a pull request ${branch} → ${target} and resolve the conflicts there`;
        return targetResult(run, 'conflict-pr', `${does}: ${where}; ${todo}`, more);
    }
    try {
        const pr = await openConflictPr(req.github, {
            branch,
            target,
            hotfix: req.hotfix,
            versionTag: req.versionTag,
            conflicts,
            remote: req.remote,
            label: req.conflictLabel,
            ...(req.mergedInto ? { mergedInto: req.mergedInto } : {}),
        });
        const unlabelled = pr.label.state === 'not-labelled' ? `; not labelled ${req.conflictLabel}: ${pr.label.message}` : '';
        if (pr.label.state === 'not-labelled')
            req.logger.warning(pr.label.message);
        const opened = `${pr.created ? 'opened' : 'found'} #${pr.number} to resolve them${unlabelled}`;
        return targetResult(run, 'conflict-pr', `${does}: ${where}, ${opened}`, {
            ...more,
            pullRequest: { number: pr.number, url: pr.url },
        });
    }
    catch (e) {
        const why = `GitHub refused the pull request ${branch} → ${target}: ${(0,messages/* apiError */.pb)(e)}`;
        return targetResult(run, 'refused', `${does}: ${where}, but ${why}; re-run to open it`, more);
    }
}
/** Pushes the conflict branch at the hotfix head if it does not exist; else judges the one there. */
async function placeConflictBranch(req, branch) {
    if ((await req.git.remoteBranch(req.remote, branch)) === null) {
        const push = await req.git.tryPushRefs(req.remote, [
            { ref: { kind: 'branch', name: branch }, sha: req.head, expected: null },
        ]);
        if (push.pushed)
            return { placed: 'pushed', tip: req.head };
        if (!push.leaseLost)
            return { refused: `${req.remote} refused the push of ${branch}: ${push.reason}` };
        // Created meanwhile: judged as one that was there.
    }
    await req.git.fetch(req.remote, [branch]);
    const tip = await req.git.revParse(`refs/remotes/${req.remote}/${branch}`);
    if (await req.git.isAncestor(req.head, tip))
        return { placed: 'kept', tip };
    return {
        refused: `${branch} exists at ${(0,short_sha/* shortSha */.F)(tip)} without ${req.hotfix} (${(0,short_sha/* shortSha */.F)(req.head)}); it is never forced: delete it, or merge ${(0,short_sha/* shortSha */.F)(req.head)} into it, and re-run`,
    };
}

// EXTERNAL MODULE: ./src/promote/pull-request.ts
var pull_request = __webpack_require__(6661);
;// CONCATENATED MODULE: ./src/hotfix/forward-merge-pull-request.ts





/**
 * Pull-request mode: the pull request hotfix → target, opened or reused, merged through the API
 * pinned to the released head (a hotfix branch that moved since is not merged: its new commits were
 * not released). Branch protection and rulesets apply to it.
 */
async function mergeThroughPullRequest(run) {
    const { req, target } = run;
    if (!req.github) {
        return targetResult(run, 'refused', 'mode pull-request needs a GitHub token and repository');
    }
    const title = forwardMergeMessage(req, target).split('\n')[0];
    let pr;
    try {
        pr = await (0,pull_request/* openPullRequest */.H)(req.github, { from: req.hotfix, to: target, title, body: body(run) });
    }
    catch (e) {
        return targetResult(run, 'refused', `GitHub refused the pull request ${req.hotfix} → ${target}: ${(0,messages/* apiError */.pb)(e)}`);
    }
    const pullRequest = { number: pr.number, url: pr.url };
    if (pr.headSha !== req.head) {
        return targetResult(run, 'moved', `${req.hotfix} is at ${(0,short_sha/* shortSha */.F)(pr.headSha)} in #${pr.number}, not at the released ${(0,short_sha/* shortSha */.F)(req.head)}; re-run`, { pullRequest });
    }
    try {
        const message = `Hotfix head: ${req.head}\n`;
        const sha = await (0,pull_request/* mergePullRequest */.d)(req.github, pr, { candidate: req.head, title, body: message });
        const how = `${(0,short_sha/* shortSha */.F)(run.before)} → ${(0,short_sha/* shortSha */.F)(sha)} through #${pr.number}`;
        return targetResult(run, 'merged', `merged ${req.hotfix} (${(0,short_sha/* shortSha */.F)(req.head)}) into ${target}: ${how}`, {
            after: sha,
            pullRequest,
        });
    }
    catch (e) {
        const status = e.status;
        const why = `GitHub refused to merge #${pr.number}: ${(0,messages/* apiError */.pb)(e)}`;
        return targetResult(run, status === 409 ? 'moved' : 'refused', why, { pullRequest });
    }
}
/** The pull request's description (markdown: the names are code spans). */
function body(run) {
    const { req, target } = run;
    const version = req.versionTag === null ? '' : `, released as ${(0,markdown_escape/* code */.aY)(req.versionTag)},`;
    return `Merges the hotfix ${(0,markdown_escape/* code */.aY)(req.hotfix)} at ${(0,markdown_escape/* code */.aY)(req.head)}${version} forward into ${(0,markdown_escape/* code */.aY)(target)}, so that the next promotion does not revert it.\n`;
}

;// CONCATENATED MODULE: ./src/hotfix/forward-merge-target.ts





/**
 * One target: fetched, then already-contained, merged (or would-merge), a conflict's branch and pull
 * request, moved or refused. What fails here (a fetch, git, GitHub) is this target's `refused`, with
 * the reason: the next target still runs.
 */
async function forwardMergeTarget(req, target, openConflictPr) {
    let before = null;
    try {
        // The head is local already (the release read it): a hotfix branch deleted since does not matter.
        await req.git.fetch(req.remote, [target]);
        before = await req.git.revParse(`refs/remotes/${req.remote}/${target}`);
        return await mergeInto({ req, target, before }, openConflictPr);
    }
    catch (e) {
        const message = `cannot merge ${req.hotfix} (${(0,short_sha/* shortSha */.F)(req.head)}) into ${target}: ${(0,messages/* apiError */.pb)(e)}`;
        const run = { req, target, before: before ?? '' };
        return { ...targetResult(run, 'refused', message), before, after: before };
    }
}
/** The target's head has the hotfix, or the hotfix merges into it (merge commit or conflict). */
async function mergeInto(run, openConflictPr) {
    const { req, target, before } = run;
    const head = `${req.hotfix} (${(0,short_sha/* shortSha */.F)(req.head)})`;
    if (await req.git.isAncestor(req.head, before)) {
        return targetResult(run, 'already-contained', `${target} (${(0,short_sha/* shortSha */.F)(before)}) already contains ${head}`);
    }
    const merged = await req.git.mergeCommit(before, req.head, forwardMergeMessage(req, target));
    if (req.dryRun && 'conflicts' in merged) {
        const branch = conflictBranch(req.hotfix, target);
        const would = `would push ${branch} at ${(0,short_sha/* shortSha */.F)(req.head)} and open a pull request into ${target}`;
        return targetResult(run, 'would-open-pr', `dry run: ${head} does not merge cleanly into ${target} (${(0,short_sha/* shortSha */.F)(before)}): ${merged.conflicts.join(', ')}; ${would}`, { conflicts: merged.conflicts, branch });
    }
    if (req.dryRun) {
        return targetResult(run, 'would-merge', `dry run: would merge ${head} into ${target} (${(0,short_sha/* shortSha */.F)(before)})`);
    }
    await req.beforePush?.(target);
    if ('conflicts' in merged)
        return forwardConflict(run, merged.conflicts, openConflictPr);
    if (req.mode === 'pull-request')
        return mergeThroughPullRequest(run);
    return pushMerge(run, merged.sha);
}
/** Pushes the merge commit with a lease on the head it was made from. */
async function pushMerge(run, sha) {
    const { req, target, before } = run;
    const push = await req.git.tryPushWithLease(req.remote, target, sha, before);
    if (push.pushed) {
        return targetResult(run, 'merged', `merged ${req.hotfix} (${(0,short_sha/* shortSha */.F)(req.head)}) into ${target}: ${(0,short_sha/* shortSha */.F)(before)} → ${(0,short_sha/* shortSha */.F)(sha)} (merge commit)`, { after: sha });
    }
    if (!push.leaseLost) {
        return targetResult(run, 'refused', `${req.remote} refused the push to ${target}: ${push.reason}`);
    }
    const now = await req.git.remoteBranch(req.remote, target);
    return targetResult(run, 'moved', `${target} moved from ${(0,short_sha/* shortSha */.F)(before)} to ${now !== null ? (0,short_sha/* shortSha */.F)(now) : '(deleted)'} during the forward-merge; re-run`, { after: now });
}

;// CONCATENATED MODULE: ./src/hotfix/forward-merge.ts



/**
 * Merges the released hotfix head into each target, in order, each on its own: a target that
 * conflicts, is refused or moved never stops the next one. Nothing is ever forced: the target is
 * pushed with a lease on the head it was merged from, a conflict branch only if it does not exist.
 */
async function forwardMerge(req, openConflictPr = openConflictPullRequest) {
    const results = [];
    // The head is fetched once if this clone lacks it (the hotfix command has it from its release).
    if (!(await req.git.tryRevParse(req.head)))
        await req.git.fetch(req.remote, [req.hotfix]);
    for (const target of req.targets) {
        const mergedInto = results
            .filter((r) => r.state === 'merged' || r.state === 'already-contained')
            .map((r) => r.target);
        const result = await forwardMergeTarget({ ...req, mergedInto }, target, openConflictPr);
        req.logger.info(`forward-merge into ${target}: ${result.state}: ${result.message}`);
        results.push(result);
    }
    return results;
}

// EXTERNAL MODULE: ./src/util/clip.ts
var clip = __webpack_require__(5940);
// EXTERNAL MODULE: ./src/commands/edge-gates.ts + 2 modules
var edge_gates = __webpack_require__(7736);
// EXTERNAL MODULE: ./src/commands/release.ts + 15 modules
var release = __webpack_require__(5536);
;// CONCATENATED MODULE: ./src/hotfix/model.ts
/** A forward-merge's state that fails the run (exit 1): a conflict is not one (its pull request is the result). */
const FAILED_FORWARD_MERGES = ['moved', 'refused'];

;// CONCATENATED MODULE: ./src/commands/hotfix.ts









/** Release outcomes after which the hotfix runs in production (or would): it is merged forward. */
const MERGE_AFTER = [
    'released',
    'nothing-to-release',
    'incomplete',
    'dry-run',
];
/**
 * Releases the head of a hotfix branch over `stable` (the release use case: gates of the hotfix edge,
 * a new patch version, the waves, verification, a GitHub Release marked as a hotfix), then merges it
 * forward into `hotfix.forwardMerge` (default staging, then dev), each on its own: a conflict opens a
 * pull request and the next target goes on.
 */
async function hotfix(options) {
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    requireHotfixBranch(config, options.branch);
    const mode = options.mode ?? config.hotfix.mode;
    if (mode === 'pull-request' && !options.github)
        throw new errors/* ConfigurationError */.j1('forward-merges in mode pull-request need a GitHub token and repository');
    await options.git.fetch(options.remote, [options.branch]);
    const head = await options.git.revParse(`refs/remotes/${options.remote}/${options.branch}`);
    await requireTargets(options, config.hotfix.forwardMerge);
    // A configured hotfix edge keeps the hotfix gates unless it lists its own.
    const edge = (to) => {
        const e = config.promotion.edges.find((x) => x.from === config.hotfix.branches && x.to === to);
        return { from: config.hotfix.branches, to, ...e, gates: e?.gates ?? config.hotfix.gates };
    };
    const asRelease = { ...options, sha: head, hotfix: options.branch, bump: 'patch' };
    const released = await (0,release/* cutRelease */.Cw)(asRelease, config, options.branch, (candidate, wave, clusters) => (0,release/* waveGates */.mg)(asRelease, config, { candidate, wave, clusters, from: options.branch, edge }));
    const r = released.result;
    // Production runs the hotfix (or a dry run says it would): merge it forward, or the next release drops it.
    const runs = MERGE_AFTER.includes(r.outcome) || r.waves[0]?.sha === head;
    const merges = runs
        ? await forwardMerge({
            remote: options.remote,
            git: options.git,
            github: options.github,
            logger: options.logger,
            hotfix: options.branch,
            head,
            versionTag: r.versionTag,
            targets: config.hotfix.forwardMerge,
            mode,
            dryRun: options.dryRun,
            conflictLabel: config.hotfix.conflictLabel,
        })
        : notRun(config.hotfix.forwardMerge, r);
    const result = {
        branch: options.branch,
        head,
        release: r,
        forwardMerges: merges,
        diffs: await forwardDiffs(options, merges),
        message: hotfixMessage(r, merges),
    };
    return { result, diffs: released.diffs, notes: released.notes };
}
/**
 * A branch name, matching the configured hotfix branches, and none of the branches a release or a
 * forward-merge uses: nothing else is released over stable through the hotfix gates.
 */
function requireHotfixBranch(config, branch) {
    const problem = (0,refs/* branchProblem */.MT)(branch);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`--branch: ${problem}`);
    if (!branchGlob(config.hotfix.branches).test(branch)) {
        throw new errors/* ConfigurationError */.j1(`${(0,clip/* clip */.$)(branch)} is not a hotfix branch (hotfix.branches: ${config.hotfix.branches})`);
    }
    const used = [
        config.release.from,
        ...config.hotfix.forwardMerge,
        ...Object.values(config.environments).map((e) => e.ref),
    ];
    if (used.includes(branch)) {
        throw new errors/* ConfigurationError */.j1(`${branch} is a branch of the promotion path (release.from, hotfix.forwardMerge or an environment), never a hotfix`);
    }
}
/** The forward-merge targets exist on the remote, checked before anything is released. */
async function requireTargets(options, targets) {
    for (const t of targets) {
        if ((await options.git.remoteBranch(options.remote, t)) === null) {
            throw new errors/* ConfigurationError */.j1(`hotfix.forwardMerge: ${t} does not exist on ${options.remote}; nothing was pushed`);
        }
    }
}
function notRun(targets, r) {
    return targets.map((target) => ({
        target,
        state: 'not-run',
        before: null,
        after: null,
        conflicts: [],
        pullRequest: null,
        branch: null,
        message: `not merged forward: the release ended ${r.outcome}`,
    }));
}
function hotfixMessage(r, merges) {
    const forward = merges
        .map((m) => `${m.target} ${m.state}${m.pullRequest ? ` #${m.pullRequest.number}` : ''}`)
        .join(', ');
    return `${r.message}; forward-merges: ${forward}`;
}
/**
 * What each forward-merge changes on the clusters of its branch (the clusters that track it at the
 * merge), rendered by the diff engine; a target not merged has no entry.
 */
async function forwardDiffs(options, merges) {
    const out = {};
    for (const m of merges) {
        if (m.state !== 'merged' || !m.before || !m.after)
            continue;
        out[m.target] = await targetDiff(options, m.target, m.before, m.after);
    }
    return out;
}
async function targetDiff(options, target, before, after) {
    try {
        await options.git.fetch(options.remote, [target]);
        const clusters = await options.git.withExportedTree(after, async (dir) => {
            const { topology } = await (0,edge_gates/* candidateTopology */.h)(options, dir);
            return topology.clusters.filter((c) => c.ref === target).map((c) => c.name);
        });
        return await (0,release/* diffClusters */.VC)(options, before, after, clusters);
    }
    catch (e) {
        return { state: 'unknown', why: e.message.split('\n')[0] };
    }
}

;// CONCATENATED MODULE: ./src/commands/hotfix-start.ts





/**
 * `hotfix start --name x`: creates the hotfix branch at what production runs (the first release
 * wave's tag on the remote), with a lease that it must not exist: never moved if it does.
 */
async function hotfixStart(options) {
    const config = (0,gitops_config/* loadConfig */.Z9)(options.repoDir, options.configFile);
    const branch = hotfixBranchName(config.hotfix.branches, options.name);
    const { git, remote } = options;
    await git.requireTopLevel();
    const stableTag = config.release.waves[0].tag;
    if (!(await git.listRemoteTags(remote)).some((t) => t.name === stableTag))
        throw new errors/* ConfigurationError */.j1(`${stableTag} does not exist on ${remote}: there is no release to fix`);
    await git.fetchRefs(remote, [{ kind: 'tag', name: stableTag }]);
    // The commit the tag peels to (revParse peels), as fetched from the remote just now.
    const sha = await git.revParse(`refs/tags/${stableTag}`);
    const existing = await git.remoteBranch(remote, branch);
    if (existing === sha)
        return {
            state: 'already',
            branch,
            sha,
            message: `${branch} is at ${stableTag} (${(0,short_sha/* shortSha */.F)(sha)}) already`,
        };
    if (existing) {
        return {
            state: 'refused',
            branch,
            sha,
            message: `${branch} exists at ${(0,short_sha/* shortSha */.F)(existing)}, not at ${stableTag} (${(0,short_sha/* shortSha */.F)(sha)}): it is not moved; pick another name`,
        };
    }
    const at = `${branch} at ${stableTag} (${(0,short_sha/* shortSha */.F)(sha)})`;
    if (options.dryRun)
        return { state: 'would-create', branch, sha, message: `dry run: would create ${at}` };
    const push = await git.tryPushRefs(remote, [{ ref: (0,refs/* branch */.tk)(branch), sha, expected: null }]);
    if (!push.pushed) {
        const why = push.leaseLost ? 'someone created it meanwhile' : push.reason;
        return { state: 'refused', branch, sha, message: `${remote} refused to create ${branch}: ${why}` };
    }
    return { state: 'created', branch, sha, message: `created ${at}` };
}
/** `hotfix/*` and `x` → `hotfix/x`, a valid branch name that matches the pattern. */
function hotfixBranchName(pattern, name) {
    if (!pattern.includes('*'))
        throw new errors/* ConfigurationError */.j1(`hotfix.branches ${pattern} has no * for the name`);
    // A function: a `$` in the name is the name's, never a replacement pattern.
    const branch = pattern.replace('*', () => name);
    const problem = (0,refs/* branchProblem */.MT)(branch);
    if (problem || name.includes('/') || !branchGlob(pattern).test(branch)) {
        throw new errors/* ConfigurationError */.j1(`--name ${JSON.stringify(name.slice(0, 80))}: ${problem ?? `not a name for ${pattern}`}`);
    }
    return branch;
}

// EXTERNAL MODULE: ./src/git/git.ts + 16 modules
var git = __webpack_require__(1265);
// EXTERNAL MODULE: ./src/logger.ts
var logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/util/one-line.ts
var one_line = __webpack_require__(1431);
// EXTERNAL MODULE: ./src/report/diff-markdown.ts
var diff_markdown = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/report/release-report.ts + 2 modules
var release_report = __webpack_require__(6972);
;// CONCATENATED MODULE: ./src/report/hotfix-report.ts






const MERGE_ICON = {
    merged: '✅',
    'already-contained': '✔️',
    'conflict-pr': '⚠️',
    'would-merge': '🔜',
    'would-open-pr': '⚠️',
    moved: '❌',
    refused: '❌',
    'not-run': '⏸️',
};
/** Terminal output: the release, then one line per forward-merge. */
function renderHotfixText(h) {
    const lines = [
        (0,release_report/* renderReleaseText */.rL)(h.release).trimEnd(),
        `forward-merges of ${(0,one_line/* oneLine */.T)(h.branch)} (${(0,short_sha/* shortSha */.F)(h.head)}):`,
    ];
    for (const m of h.forwardMerges) {
        const pr = m.pullRequest ? ` #${m.pullRequest.number} ${m.pullRequest.url}` : '';
        lines.push(`  ${m.target}: ${m.state}${pr} — ${(0,one_line/* oneLine */.T)(m.message)}`);
        if (m.conflicts.length > 0)
            lines.push(`    conflicts: ${m.conflicts.map(one_line/* oneLine */.T).join(', ')}`);
    }
    return `${lines.join('\n')}\n`;
}
function renderHotfixJson(h) {
    return `${JSON.stringify({ version: 1, ...h }, null, 2)}\n`;
}
/** `hotfix/x ==> stable`, and an arrow to each downstream branch labelled with what its forward-merge did. */
function hotfixGraph(h) {
    const id = (n) => `n_${n.replace(/[^A-Za-z0-9]/g, '_')}`;
    // Names come from the repository and the config: nothing in a label can close it or the fence.
    const label = (n) => n.replace(/[^A-Za-z0-9._/# -]/g, '_');
    const node = (n) => `${id(n)}[${label(n)}]`;
    const stable = h.release.waves[0]?.tag ?? 'stable';
    const released = h.release.versionTag && h.release.sha === h.head ? label(h.release.versionTag) : label(h.release.outcome);
    const lines = ['```mermaid', 'graph LR', `  ${node(h.branch)} ==>|${released}| ${node(stable)}`];
    for (const m of h.forwardMerges) {
        const what = m.pullRequest ? `${m.state} #${m.pullRequest.number}` : m.state;
        const arrow = m.state === 'merged' || m.state === 'already-contained' ? '-->' : '-.->';
        lines.push(`  ${id(h.branch)} ${arrow}|${label(what)}| ${node(m.target)}`);
    }
    lines.push('```');
    return lines.join('\n');
}
function mergesTable(h, repoUrl) {
    const sha = (s) => (s ? commitLink(s, repoUrl) : '—');
    const rows = h.forwardMerges.map((m) => [
        cellCode(m.target),
        `${MERGE_ICON[m.state]} ${m.state}${m.pullRequest ? ` [#${m.pullRequest.number}](${m.pullRequest.url})` : ''}`,
        sha(m.before),
        sha(m.after),
        cell(m.message),
    ]);
    return table(['branch', 'forward-merge', 'before', 'after', ''], rows);
}
function forwardDiff(target, d) {
    const heading = `#### What the forward-merge changes on ${code(target)}'s clusters`;
    if (d.state === 'diffed')
        return `${heading}\n\n${renderDiffMarkdown(d.report)}`;
    if (d.state === 'no-clusters')
        return `${heading}\n\nNo cluster tracks ${code(target)}.`;
    if (d.state === 'unknown')
        return `${heading}\n\n> ❓ Not computed: ${cell(d.why)}. The change is unknown.`;
    return `${heading}\n\nNothing to compare with.`;
}
/** The job summary: the release's header, the graph, the forward-merges, and every diff. */
function renderHotfixMarkdown(h, diffs, links = {}) {
    const parts = [
        releaseHeader(h.release, links),
        '',
        '### Hotfix',
        '',
        hotfixGraph(h),
        '',
        '### Forward-merges',
        '',
        mergesTable(h, links.repoUrl),
    ];
    for (const m of h.forwardMerges) {
        if (m.conflicts.length > 0) {
            parts.push('', `Conflicts into ${code(m.target)}: ${m.conflicts.map(code).join(', ')}`);
        }
    }
    for (const [target, d] of Object.entries(h.diffs))
        parts.push('', forwardDiff(target, d));
    if (diffs.length > 0)
        parts.push('', renderProductionDiffs(diffs));
    return `${parts.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/ports.ts + 5 modules
var ports = __webpack_require__(6314);
// EXTERNAL MODULE: ./src/cli/release-command.ts + 1 modules
var release_command = __webpack_require__(2184);
;// CONCATENATED MODULE: ./src/cli/hotfix-command.ts












const HOTFIX_HELP = `Usage: gitops-promotion hotfix --branch hotfix/NAME [options]
       gitops-promotion hotfix start --name NAME [--dry-run] [--remote origin] [--repo DIR]

Release the head of a hotfix branch over stable at once (it must contain what stable is at now):
the gates of the hotfix edge (default: validation and checks; config hotfix.gates), a new patch
version tag and stable moved with leases in one atomic push, a GitHub Release marked as a hotfix,
the waves and their verification as for a release. Then merge it forward into each branch of
hotfix.forwardMerge (default: staging, then dev), without touching your work tree: a clean merge is
pushed with a lease; a conflict pushes forward-merge/<hotfix>-into-<branch> at the hotfix head and
opens a pull request from it (label forward-merge-conflict), and the next branch goes on.

"hotfix start --name x" creates hotfix/x at stable (the branch is never moved if it exists).

Options:
  --branch NAME        the hotfix branch (must match config hotfix.branches, default hotfix/*)
  --mode M             push (default: config hotfix.mode) or pull-request for the forward-merges
  --dry-run            compute everything (version, notes, gates, forward-merges), push nothing
  --skip-gates         do not evaluate the gates (requires --reason)
  --reason TEXT        why (recorded in the release notes)
  --verify, --verify-timeout D, --rollback-on-failure   as for release
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --format FORMAT      text (default) or json
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the validation gate and the diffs
  --github-repo O/N    GitHub: gates, the GitHub Release, conflict pull requests (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for verification (token: $ARGOCD_TOKEN)
  -h, --help           this help

Exit codes: 0 released (or nothing to release) and merged forward, a conflict's pull request opened,
or dry run; 1 the release failed or a forward-merge was refused or raced; 2 usage or configuration
error.
`;
const OPTIONS = {
    branch: { type: 'string' },
    name: { type: 'string' },
    mode: { type: 'string' },
    reason: { type: 'string' },
    'skip-gates': { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    'verify-timeout': { type: 'string' },
    'rollback-on-failure': { type: 'boolean', default: false },
    ...ports/* WRITE_OPTIONS */.n,
};
async function hotfixCommand(argv, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: OPTIONS,
        strict: true,
        allowPositionals: true,
    });
    if (values.help) {
        io.stdout(HOTFIX_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'start'))
        throw new cli_io/* UsageError */.eb(`unexpected argument "${positionals.join(' ')}" (only "start")`);
    if (values.format !== 'text' && values.format !== 'json')
        throw new cli_io/* UsageError */.eb(`--format must be text or json, got "${values.format}"`);
    const repoDir = external_node_path_default().resolve(io.cwd, values.repo ?? '.');
    const configFile = values.config ? (0,gitops_config/* configInRepo */.uw)(repoDir, values.config) : undefined;
    if (positionals[0] === 'start')
        return startCommand(values, io, repoDir, configFile);
    if (!values.branch)
        throw new cli_io/* UsageError */.eb('--branch is required (the hotfix branch, e.g. hotfix/fix-login)');
    if (values.mode !== undefined && values.mode !== 'push' && values.mode !== 'pull-request')
        throw new cli_io/* UsageError */.eb(`--mode must be push or pull-request, got "${values.mode}"`);
    const out = await hotfix({
        ...(0,release_command.cliReleaseOptions)(values, io, {
            github: 'no GitHub Release and no conflict pull requests; the checks gate is skipped',
            argocd: 'verification is skipped',
        }),
        branch: values.branch,
        ...(values.mode ? { mode: values.mode } : {}),
    });
    const h = out.result;
    io.stdout(values.format === 'json' ? renderHotfixJson(h) : renderHotfixText(h));
    const failed = release/* FAILED_RELEASE_OUTCOMES */.g8.includes(h.release.outcome) ||
        h.forwardMerges.some((m) => FAILED_FORWARD_MERGES.includes(m.state));
    return failed ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
async function startCommand(values, io, repoDir, configFile) {
    if (!values.name)
        throw new cli_io/* UsageError */.eb('hotfix start needs --name NAME (the branch is hotfix/NAME)');
    const r = await hotfixStart({
        repoDir,
        remote: values.remote,
        name: values.name,
        dryRun: values['dry-run'],
        ...(configFile ? { configFile } : {}),
        git: (0,git/* createGit */.lD)(repoDir, io.env),
        logger: (0,logger/* stderrLogger */.D)(false),
    });
    io.stdout(values.format === 'json' ? `${JSON.stringify({ version: 1, ...r }, null, 2)}\n` : `${r.message}\n`);
    return r.state === 'refused' ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
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
