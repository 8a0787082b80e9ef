import { ConfigurationError } from '../errors.js';
import { shortSha } from '../util/short-sha.js';
import { plural } from '../util/plural.js';
import type { ReleaseResult } from './model.js';
import { planRelease, type ReleasePlan } from './plan.js';
import { asReleased } from './release-view.js';
import type { ReleaseHooks, ReleaseRequest, ReleaseSettings } from './request.js';
import { finishNotes } from './publish.js';
import { verifyWavesThere } from './verify-again.js';
import { readReleaseState, type ReleaseState } from './state.js';
import { baseResult, halted, requireWave, withClusters } from './result.js';
import { versionTagMessage } from './tag-message.js';
import { versionTagAsWave } from './guard.js';
import { changelog, toldByTag, versionFields, type ToldByTag } from './history.js';
import { nothingToRelease } from './resume.js';
import { parseVersion, versionPattern } from './versions.js';
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
  const guard = await versionTagAsWave(req, state);
  if (guard) return halted(req, state, `${guard}; nothing was pushed`);
  const sha = req.sha ? await candidateOnFrom(req, state) : null;
  const inProduction = req.hotfix ? await hotfixInProduction(req, state, sha ?? state.fromHead) : null;
  if (inProduction)
    return {
      ...baseResult(req, state, sha ?? state.fromHead),
      outcome: 'nothing-to-release',
      message: inProduction,
    };
  const plan = planRelease({ state, sha, bump: req.bump, first, pattern, upTo: req.wave ?? null });
  if (plan.kind === 'refuse') return halted(req, state, plan.message);
  if (plan.kind === 'nothing') return nothingToRelease(req, state, plan, hooks);
  const drops = await dropsProduction(req, state, plan);
  if (drops) return halted(req, state, drops);
  return release(req, state, plan, hooks);
}

/** A hotfix whose head production runs already (a later release contains it): nothing to release, or null. */
async function hotfixInProduction(
  req: ReleaseRequest,
  state: ReleaseState,
  candidate: string,
): Promise<string | null> {
  const wave = state.waves[0]!;
  if (!wave.commit || wave.commit === candidate || !(await req.git.isAncestor(candidate, wave.commit)))
    return null;
  return `nothing to release: ${req.hotfix} (${shortSha(candidate)}) is in ${wave.tag} (${shortSha(wave.commit)}) already`;
}

/**
 * A release must contain what each wave it moves runs now, or it would take commits out of
 * production (a hotfix not merged forward yet, a commit released by hand, a later wave left at a
 * release the first wave was rolled back from): why not, naming both, or null. A hotfix is released
 * over the first wave and merged forward; a release of `from` waits for that merge.
 */
async function dropsProduction(
  req: ReleaseRequest,
  state: ReleaseState,
  plan: Planned,
): Promise<string | null> {
  for (const i of new Set([0, ...plan.move])) {
    const wave = state.waves[i]!;
    if (!wave.commit || (await req.git.isAncestor(wave.commit, plan.candidate))) continue;
    const both = `${shortSha(plan.candidate)}) does not contain ${wave.tag} (${shortSha(wave.commit)})`;
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
async function candidateOnFrom(req: ReleaseRequest, state: ReleaseState): Promise<string> {
  const sha = await req.git.revParse(req.sha!);
  if (!(await req.git.isAncestor(sha, state.fromHead))) {
    throw new ConfigurationError(
      `${shortSha(sha)} is not on ${state.from} (${req.remote}/${state.from} is ${shortSha(state.fromHead)})`,
    );
  }
  return sha;
}

/** Gates, the version tag, the waves. */
async function release(
  req: ReleaseRequest,
  state: ReleaseState,
  plan: Planned,
  hooks: ReleaseHooks,
): Promise<ReleaseResult> {
  const r = baseResult(req, state, plan.candidate);
  // A release continued: its notes are the release's, rendered from what its tag tells.
  const told = plan.existing && plan.continuing ? await toldByTag(req, state, plan.existing) : null;
  const previous = told ? told.previous : plan.previous;
  const target = plan.create ?? { tag: plan.existing!.tag, version: plan.existing!.version };
  Object.assign(r, versionFields(target, previous), {
    newTag: plan.create !== null,
    previousSha: told ? told.since : plan.previousSha,
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
  const notesHooks = told ? releaseNotesOf(hooks, told, plan.move[0]!) : hooks;
  if (req.dryRun) return dryRun(r, plan, notesHooks);
  if (told && req.verify) {
    // The waves an earlier run moved, before a later one moves (waves this run moves: after their push).
    const failed = await verifyWavesThere(req, facts, state, r, told, plan.move);
    if (failed) return finishNotes(req, notesHooks, failed, false);
  }
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
          firstRelease: r.firstRelease,
          hotfix: r.hotfix,
          skipGatesReason: r.skipGatesReason,
          waves: state.waves.map((w) => ({ tag: w.tag, commit: w.commit })),
        }),
      )
    : null;
  return moveWaves(req, state, plan, r, notesHooks, facts, tagObject);
}

/** The hooks with the notes of the whole release (asReleased) in place of this run's part of it. */
function releaseNotesOf(hooks: ReleaseHooks, told: ToldByTag, gatesOf: number): ReleaseHooks {
  return { ...hooks, notes: (r) => hooks.notes(asReleased(r, told, gatesOf)) };
}

/** The dry run's result, and its notes rendered (as the command prints them). */
async function dryRun(r: ReleaseResult, plan: Planned, hooks: ReleaseHooks): Promise<ReleaseResult> {
  for (const i of plan.move) r.waves[i]!.state = 'would-move';
  const tags = plan.move.map((i) => r.waves[i]!.tag).join(', ');
  const what = plan.create ? `create ${plan.create.tag} and move ${tags}` : `move ${tags} to ${r.versionTag}`;
  const result: ReleaseResult = {
    ...r,
    outcome: 'dry-run',
    message: `dry run: would ${what} at ${shortSha(plan.candidate)} (${plural(r.commits.length, 'commit')} since ${r.previousVersionTag ?? 'the start'})`,
  };
  await hooks.notes(result);
  return result;
}
