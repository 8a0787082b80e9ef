import { ConfigurationError } from '../errors.js';
import { linkPullRequests } from '../promote/commit-links.js';
import { shortSha } from '../util/short-sha.js';
import { plural } from '../util/plural.js';
import type { ReleaseResult, WaveResult } from './model.js';
import { planRelease, previousOf, type ReleasePlan } from './plan.js';
import { publishNotes } from './publish.js';
import type { CandidateFacts, ReleaseHooks, ReleaseRequest, ReleaseSettings } from './request.js';
import { readReleaseState, type ReleaseState, type VersionTag } from './state.js';
import { previousReleaseOf, versionTagMessage } from './tag-message.js';
import { formatVersion, parseVersion, versionPattern } from './versions.js';
import { moveWaves } from './waves.js';

type Planned = Extract<ReleasePlan, { kind: 'release' }>;

/**
 * Cuts a release: the candidate's gates, then its version tag and the first wave's tag pushed in one
 * atomic push (each with a lease: the version tag must not exist, the wave tag must be where it was),
 * the GitHub Release, and the later waves one by one, each verified when asked. Nothing is pushed
 * before the gates pass; a lease lost on any ref pushes nothing of that push.
 */
export async function runRelease(
  req: ReleaseRequest,
  settings: ReleaseSettings,
  hooks: ReleaseHooks,
): Promise<ReleaseResult> {
  if (req.verify && !req.argocd) {
    throw new ConfigurationError('verification needs argocd-server and an Argo CD token');
  }
  const pattern = versionPattern(settings.versionTag);
  const first = parseVersion(settings.firstVersion);
  if (!first) throw new ConfigurationError(`release.firstVersion ${settings.firstVersion} is not X.Y.Z`);
  requireWave(req.wave, settings.waves.length);
  const state = await readReleaseState(req.git, req.remote, settings.from, settings.waves, pattern);
  const sha = req.sha ? await candidateOnFrom(req, state) : null;
  const plan = planRelease({ state, sha, bump: req.bump, first, pattern, upTo: req.wave ?? null });
  if (plan.kind === 'refuse') return halted(req, state, plan.message);
  if (plan.kind === 'nothing') return nothingToRelease(req, state, plan, hooks);
  return release(req, state, plan, hooks);
}

export function requireWave(wave: number | undefined, waves: number): void {
  if (wave !== undefined && (!Number.isInteger(wave) || wave < 1 || wave > waves)) {
    throw new ConfigurationError(`--wave ${wave}: the release has ${plural(waves, 'wave')} (1..${waves})`);
  }
}

/** `--sha`, which must be a commit of `from`. */
async function candidateOnFrom(req: ReleaseRequest, state: ReleaseState): Promise<string> {
  const sha = await req.git.revParse(req.sha!);
  if (!(await req.git.isAncestor(sha, state.fromHead))) {
    throw new ConfigurationError(
      `${shortSha(sha)} is not on ${state.from} (${req.remote}/${state.from} is ${shortSha(state.fromHead)})`,
    );
  }
  return sha;
}

/** The result before anything moved: every wave where the remote has it. */
export function baseResult(req: ReleaseRequest, state: ReleaseState, candidate: string): ReleaseResult {
  const waves: WaveResult[] = state.waves.map((w, i) => ({
    wave: i + 1,
    tag: w.tag,
    clusters: [],
    previous: w.commit,
    sha: w.commit,
    state: w.commit === candidate ? 'already' : 'held',
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
    sha: state.waves[0]!.commit,
    previousSha: state.waves[0]!.commit,
    waves,
    commits: [],
    gates: [],
    skipGatesReason: req.skipGatesReason ?? null,
    reason: req.reason ?? null,
    actor: req.actor,
    release: null,
    rollback: null,
    message: '',
  };
}

function halted(req: ReleaseRequest, state: ReleaseState, message: string): ReleaseResult {
  return { ...baseResult(req, state, state.fromHead), outcome: 'refused', message };
}

/**
 * Every wave asked for is at the candidate already. A version tag there without its GitHub Release
 * (a run that failed after its push) gets the release now; an existing one is left as it is.
 */
async function nothingToRelease(
  req: ReleaseRequest,
  state: ReleaseState,
  plan: Extract<ReleasePlan, { kind: 'nothing' }>,
  hooks: ReleaseHooks,
): Promise<ReleaseResult> {
  const r = { ...baseResult(req, state, plan.candidate), outcome: 'nothing-to-release' as const };
  r.message = plan.message;
  const v = plan.existing;
  if (!v) return r;
  Object.assign(r, versionFields(v, await previousRelease(req, state, v)));
  r.previousSha = r.previousVersionTag
    ? (state.versions.find((x) => x.tag === r.previousVersionTag)?.commit ?? null)
    : null;
  if (!req.github || req.dryRun) return r;
  const existing = await req.github.getReleaseByTag(v.tag);
  if (existing) {
    r.release = { url: existing.url, state: 'unchanged' };
    return r;
  }
  r.commits = await changelog(req, state, r.previousSha, v.commit);
  r.waves = withClusters(r.waves, await hooks.atCandidate(v.commit));
  r.release = await publishNotes(req, hooks, r);
  r.message = `${plan.message}; the GitHub Release of ${v.tag} was missing and is now created`;
  return r;
}

function versionFields(v: VersionTag, previous: VersionTag | null): Partial<ReleaseResult> {
  return {
    releaseVersion: formatVersion(v.version),
    versionTag: v.tag,
    previousReleaseVersion: previous ? formatVersion(previous.version) : null,
    previousVersionTag: previous?.tag ?? null,
  };
}

/** The release `v` follows: what its tag message records, else the one before it by version. */
async function previousRelease(
  req: ReleaseRequest,
  state: ReleaseState,
  v: VersionTag,
): Promise<VersionTag | null> {
  const message = await req.git.tagMessage(v.tag);
  const named = message ? previousReleaseOf(message) : undefined;
  if (named === null) return null;
  if (named !== undefined) return state.versions.find((x) => x.tag === named) ?? previousOf(state, v);
  return previousOf(state, v);
}

async function changelog(req: ReleaseRequest, state: ReleaseState, since: string | null, until: string) {
  if (!since) return [];
  const log = await req.git.log(`${since}..${until}`);
  return linkPullRequests(log, state.from, req.github, req.logger);
}

function withClusters(waves: WaveResult[], facts: CandidateFacts): WaveResult[] {
  return waves.map((w, i) => ({ ...w, clusters: facts.clusters[i] ?? [] }));
}

/** Gates, the version tag, the waves. */
async function release(
  req: ReleaseRequest,
  state: ReleaseState,
  plan: Planned,
  hooks: ReleaseHooks,
): Promise<ReleaseResult> {
  const r = baseResult(req, state, plan.candidate);
  const previous =
    plan.existing && plan.continuing ? await previousRelease(req, state, plan.existing) : plan.previous;
  const target = plan.create ?? { tag: plan.existing!.tag, version: plan.existing!.version };
  Object.assign(r, {
    releaseVersion: formatVersion(target.version),
    versionTag: target.tag,
    newTag: plan.create !== null,
    previousReleaseVersion: previous ? formatVersion(previous.version) : null,
    previousVersionTag: previous?.tag ?? null,
    previousSha: plan.continuing ? (previous?.commit ?? null) : plan.previousSha,
  });
  r.commits = await changelog(req, state, r.previousSha, plan.candidate);
  const facts = await hooks.atCandidate(plan.candidate);
  r.waves = withClusters(r.waves, facts);
  if (req.skipGatesReason === undefined) {
    r.gates = await hooks.gates(
      plan.candidate,
      plan.move[0]!,
      r.waves.map((w) => w.clusters),
    );
    const failed = r.gates.filter((g) => g.status === 'fail').map((g) => g.id);
    if (failed.length > 0) {
      return {
        ...r,
        outcome: 'gates-failed',
        message: `gates failed: ${failed.join(', ')}; nothing was pushed`,
      };
    }
  }
  if (req.dryRun) return dryRun(r, plan);
  const tagObject = plan.create
    ? await req.git.createTag(
        plan.create.tag,
        plan.candidate,
        versionTagMessage({
          versionTag: plan.create.tag,
          previousVersionTag: r.previousVersionTag,
          commits: r.commits,
          reason: r.reason,
          actor: r.actor,
        }),
      )
    : null;
  return moveWaves(req, state, plan, r, hooks, facts, tagObject);
}

function dryRun(r: ReleaseResult, plan: Planned): ReleaseResult {
  for (const i of plan.move) r.waves[i]!.state = 'would-move';
  const tags = plan.move.map((i) => r.waves[i]!.tag).join(', ');
  const what = plan.create ? `create ${plan.create.tag} and move ${tags}` : `move ${tags} to ${r.versionTag}`;
  return {
    ...r,
    outcome: 'dry-run',
    message: `dry run: would ${what} at ${shortSha(plan.candidate)} (${plural(r.commits.length, 'commit')} since ${r.previousVersionTag ?? 'the start'})`,
  };
}
