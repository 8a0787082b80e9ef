import { hotfix } from '../../src/commands/hotfix.js';
import { hotfixStart } from '../../src/commands/hotfix-start.js';
import { promote } from '../../src/commands/promote.js';
import { release } from '../../src/commands/release.js';
import { forwardMerge } from '../../src/hotfix/forward-merge.js';
import type { ForwardMerge } from '../../src/hotfix/model.js';
import type { ReleaseResult } from '../../src/release/model.js';
import type { ReleaseStep } from '../../src/release/request.js';
import type { GitPort, RefUpdate } from '../../src/ports/git.js';
import { RecordingLogger } from './logger.js';
import { TARGETS } from './reliability-model.js';

/**
 * The commands as the properties run them: git only (no GitHub, no Argo CD, no helm, gates skipped),
 * each with the hooks a race or a crash needs. What a run did is a `Ran`: whether it completed, was
 * a no-op (what a re-run after a completed run must be), and the refs it says it moved.
 */
export interface Ran {
  /** Done: nothing is left for a re-run to do. */
  completed: boolean;
  /** Nothing to do (and nothing done). */
  noop: boolean;
  /**
   * Whether the same run again must be a no-op once this one completed: not after a release that
   * finished an earlier one (its later waves), when `from` has newer commits to release then.
   */
  settles: boolean;
  /** Ref → the commit the result says it is at now, for every ref the run says where it is. */
  claims: Map<string, string | null>;
  /** A push the origin refused because of the test's hook. */
  refusedByHook: boolean;
  /** `release: released`, `hotfix: released; staging merged, dev conflict-pr`: for the statistics. */
  outcome: string;
  text: string;
}

export interface Hooks {
  /** Runs before the run's first push (a release's, a promotion's). */
  beforePush?: () => Promise<void>;
  /** Runs before each push of the run's git (a forward-merge's inside hotfix, a rollback's): the refs pushed. */
  beforeEachPush?: (refs: string[]) => Promise<void>;
  /** Runs after each push of the run's git returned (pushed or not). */
  afterEachPush?: (refs: string[]) => Promise<void>;
  /** The release step after which the run is stopped (a crash). */
  stopAfter?: ReleaseStep;
}

/** A crash of the run at a step: thrown from afterStep, so nothing after it runs. */
export class Stopped extends Error {}

const GATES = 'reliability property: git only';
const HOOK = 'refused by a test hook';

function common(repoDir: string, git: GitPort, hooks: Hooks) {
  return {
    repoDir,
    remote: 'origin',
    dryRun: false,
    helm: null,
    argocd: null,
    github: null,
    skipGatesReason: GATES,
    logger: new RecordingLogger(),
    git: hooked(git, hooks),
    ...(hooks.beforePush ? { beforePush: hooks.beforePush } : {}),
  };
}

/** The port with `beforeEachPush` and `afterEachPush` run around each of its pushes. */
export function hooked(git: GitPort, hooks: Hooks): GitPort {
  const { beforeEachPush: before, afterEachPush: after } = hooks;
  if (!before && !after) return git;
  const refName = (u: RefUpdate) => `refs/${u.ref.kind === 'branch' ? 'heads' : 'tags'}/${u.ref.name}`;
  const around = async <T>(refs: string[], push: () => Promise<T>): Promise<T> => {
    await before?.(refs);
    const outcome = await push();
    await after?.(refs);
    return outcome;
  };
  return new Proxy(git, {
    get(target, prop) {
      if (prop === 'tryPushRefs')
        return (remote: string, updates: readonly RefUpdate[]) =>
          around(updates.map(refName), () => target.tryPushRefs(remote, updates));
      if (prop === 'tryPushWithLease')
        return (remote: string, branch: string, sha: string, expected: string) =>
          around([`refs/heads/${branch}`], () => target.tryPushWithLease(remote, branch, sha, expected));
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function afterStep(hooks: Hooks) {
  if (!hooks.stopAfter) return {};
  const at = hooks.stopAfter;
  return {
    afterStep: async (step: ReleaseStep) => {
      if (step === at) throw new Stopped(`stopped after ${step}`);
    },
  };
}

export async function runPromote(
  repoDir: string,
  git: GitPort,
  strategy: 'fast-forward' | 'merge',
  hooks: Hooks = {},
): Promise<Ran> {
  const r = await promote({ ...common(repoDir, git, hooks), from: 'dev', to: 'staging', strategy });
  const claims = new Map<string, string | null>();
  if (r.outcome === 'promoted') claims.set('refs/heads/staging', r.sha);
  return {
    completed: r.outcome === 'promoted' || r.outcome === 'nothing-to-promote',
    noop: r.outcome === 'nothing-to-promote',
    settles: true,
    claims,
    refusedByHook: r.message.includes(HOOK),
    outcome: `promote ${strategy}: ${r.outcome}`,
    text: `promote ${strategy}: ${r.outcome}: ${r.message}`,
  };
}

/** Where the release's result says each wave tag (and a version tag it created) is now. */
export function releaseClaims(r: ReleaseResult): Map<string, string | null> {
  const claims = new Map<string, string | null>();
  for (const w of r.waves) claims.set(`refs/tags/${w.tag}`, w.sha);
  if (r.newTag && r.versionTag && r.waves.some((w) => w.state === 'moved'))
    claims.set(`refs/tags/${r.versionTag}`, r.candidate);
  return claims;
}

function releaseRan(r: ReleaseResult, what: string): Ran {
  const done: ReleaseResult['outcome'][] = ['released', 'nothing-to-release', 'rolled-back'];
  return {
    completed: done.includes(r.outcome),
    noop: r.outcome === 'nothing-to-release',
    settles: true,
    claims: releaseClaims(r),
    refusedByHook: r.message.includes(HOOK),
    outcome: `${what}: ${r.outcome}`,
    text: `${what}: ${r.outcome}: ${r.message}`,
  };
}

export async function runRelease(
  repoDir: string,
  git: GitPort,
  wave: 1 | 'all',
  hooks: Hooks = {},
): Promise<Ran> {
  const { result } = await release({
    ...common(repoDir, git, hooks),
    ...afterStep(hooks),
    bump: 'patch',
    actor: 'reliability',
    verify: null,
    ...(wave === 1 ? { wave: 1 } : {}),
  });
  const ran = releaseRan(result, `release${wave === 1 ? ' --wave 1' : ''}`);
  // The head of staging the run read: a release of an older commit (an earlier release finished) leaves it to release.
  ran.settles = result.candidate === (await git.tryRevParse('refs/remotes/origin/staging'));
  return ran;
}

export async function runRollback(repoDir: string, git: GitPort, hooks: Hooks = {}): Promise<Ran> {
  const { result } = await release({
    ...common(repoDir, git, hooks),
    bump: 'patch',
    actor: 'reliability',
    verify: null,
    rollbackTo: 'previous',
    reason: 'a reliability property rolls back',
  });
  return releaseRan(result, 'rollback previous');
}

export async function runHotfixStart(repoDir: string, git: GitPort, name: string): Promise<Ran> {
  const r = await hotfixStart({
    repoDir,
    remote: 'origin',
    name,
    dryRun: false,
    git,
    logger: new RecordingLogger(),
  });
  const claims = new Map<string, string | null>();
  if (r.state === 'created' || r.state === 'already') claims.set(`refs/heads/${r.branch}`, r.sha);
  return {
    completed: r.state === 'created' || r.state === 'already',
    noop: r.state === 'already',
    settles: true,
    claims,
    refusedByHook: r.message.includes(HOOK),
    outcome: `hotfix start: ${r.state}`,
    text: `hotfix start ${name}: ${r.state}: ${r.message}`,
  };
}

const MERGED: ForwardMerge['state'][] = ['merged', 'already-contained', 'conflict-pr'];
/** Nothing done for the target: it has the hotfix, or its conflict branch was there already. */
const untouched = (m: ForwardMerge) =>
  m.state === 'already-contained' || (m.state === 'conflict-pr' && !m.message.includes(`pushed ${m.branch}`));

function mergeClaims(merges: readonly ForwardMerge[], head: string, claims: Map<string, string | null>) {
  for (const m of merges) {
    if (m.state === 'merged') claims.set(`refs/heads/${m.target}`, m.after);
    else if (m.state !== 'moved' && m.before !== null) claims.set(`refs/heads/${m.target}`, m.before);
    if (m.state === 'conflict-pr' && m.branch && !untouched(m)) claims.set(`refs/heads/${m.branch}`, head);
  }
}

export async function runHotfix(
  repoDir: string,
  git: GitPort,
  branch: string,
  hooks: Hooks = {},
): Promise<Ran> {
  const { result } = await hotfix({
    ...common(repoDir, git, hooks),
    ...afterStep(hooks),
    branch,
    actor: 'reliability',
    verify: null,
  });
  const released = releaseRan(result.release, 'its release');
  const merges = result.forwardMerges;
  mergeClaims(merges, result.head, released.claims);
  return {
    completed: released.completed && merges.every((m) => MERGED.includes(m.state)),
    noop: released.noop && merges.every(untouched),
    settles: true,
    claims: released.claims,
    refusedByHook: released.refusedByHook || merges.some((m) => m.message.includes(HOOK)),
    outcome: `hotfix: ${result.release.outcome}; ${merges.map((m) => `${m.target} ${m.state}`).join(', ')}`,
    text: `hotfix ${branch}: ${result.message}`,
  };
}

export async function runForwardMerge(
  git: GitPort,
  branch: string,
  head: string,
  beforePush?: (target: string) => Promise<void>,
): Promise<Ran> {
  const merges = await forwardMerge({
    remote: 'origin',
    git,
    github: null,
    logger: new RecordingLogger(),
    hotfix: branch,
    head,
    versionTag: null,
    targets: [...TARGETS],
    mode: 'push',
    dryRun: false,
    conflictLabel: 'forward-merge-conflict',
    ...(beforePush ? { beforePush } : {}),
  });
  const claims = new Map<string, string | null>();
  mergeClaims(merges, head, claims);
  return {
    completed: merges.every((m) => MERGED.includes(m.state)),
    noop: merges.every(untouched),
    settles: true,
    claims,
    refusedByHook: merges.some((m) => m.message.includes(HOOK)),
    outcome: `forward-merge: ${merges.map((m) => `${m.target} ${m.state}`).join(', ')}`,
    text: `forward-merge ${branch}: ${merges.map((m) => `${m.target} ${m.state}`).join(', ')}`,
  };
}
