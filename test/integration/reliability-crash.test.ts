/**
 * Issue 15, crash points: release and hotfix are run in a process of their own (Node 24 running the
 * TypeScript sources, test/helpers/crash-entry.ts) that SIGKILLs itself at a step boundary; then run
 * again to the end. What the origin and GitHub hold then must be what one uninterrupted run from the
 * same start leaves: the same refs at the same objects (tag objects included: the dates are fixed),
 * the same GitHub Releases, none twice, with the same notes. The same run once more is then a no-op:
 * nothing to release, and no write to GitHub.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApplication, startArgoCdServer, type ArgoCdServer } from '../helpers/argocd-server.js';
import type { CrashSpec } from '../helpers/crash-entry.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { GitBackedRefs } from '../helpers/github-handlers.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { runHotfixStart, runRelease } from '../helpers/reliability-commands.js';
import type { SavedRefs } from '../helpers/reliability-model.js';
import { GitWorld } from '../helpers/reliability-world.js';
import { describeWithNode24, NODE24 } from '../helpers/runner.js';

const REPO_URL = 'https://github.com/example-org/gitops-repo.git';
const CONFIG = `repoURL: ${REPO_URL}
release:
  waves:
    - tag: stable
      clusters: [prod-01]
    - tag: stable-late
      clusters: [ops-01]
`;
const ENTRY = path.join(PROJECT_ROOT, 'test/helpers/crash-entry.ts');
const LOADER = path.join(PROJECT_ROOT, 'test/helpers/ts-resolve.mjs');

/** Release: both waves verified in Argo CD, a GitHub Release. Every boundary of the run. */
const RELEASE_POINTS = [
  'before-push:refs/tags/stable',
  'step:tags-pushed:1',
  'step:release-published:1',
  'step:wave-verified:1',
  'before-push:refs/tags/stable-late',
  'step:wave-moved:1',
  'step:wave-verified:2',
];
/** Hotfix: its release (its notes left behind too), then before, between and after the forward-merges into staging and dev. */
const HOTFIX_POINTS = [
  'step:tags-pushed:1',
  'step:release-published:1',
  'step:wave-moved:1',
  'step:wave-verified:2',
  'before-push:refs/heads/staging',
  'after-push:refs/heads/staging',
  'after-push:refs/heads/dev',
];

interface Ended {
  refs: Record<string, string>;
  releases: { tag: string; name: string; prerelease: boolean; draft: boolean; body: string }[];
}

/** What the entry prints. */
interface Printed {
  outcome: string;
  message: string;
  notesRefresh: string | null;
  forwardMerges: string[];
}

let world: GitWorld;
let argo: ArgoCdServer;
const cache = mkdtempSync(path.join(os.tmpdir(), 'gp-crash-cache-'));

afterAll(async () => {
  await argo?.close();
  world?.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

/** Runs the entry; how it ended (a signal when it killed itself) and what it printed. */
function entry(
  spec: CrashSpec,
): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  if (NODE24.kind !== 'found') throw new Error('no Node 24');
  const node = NODE24.path;
  const env = {
    PATH: process.env.PATH,
    HOME: world.env.HOME,
    GP_CRASH_SPEC: JSON.stringify(spec),
    NODE_COMPILE_CACHE: cache,
  };
  const args = ['--experimental-transform-types', '--no-warnings', '--import', LOADER, ENTRY];
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

/** A new local GitHub whose git is the origin. */
async function gitHub(): Promise<GitHubServer> {
  const gh = await startGitHubServer();
  gh.state.gitDir = world.origin;
  gh.state.refs = new GitBackedRefs(world.origin);
  return gh;
}

/** From `start`: the run killed at `crashAt` (none: the reference), then run again to the end. */
async function crashThenRun(command: CrashSpec['command'], start: SavedRefs, crashAt: string | null) {
  world.restore(start);
  const gh = await gitHub();
  try {
    const spec: CrashSpec = {
      command,
      repoDir: world.repoDir,
      env: world.env as Record<string, string>,
      github: { url: gh.url, token: gh.token, owner: gh.owner, repo: gh.repo },
      argocd: { url: argo.url, token: argo.token },
      crashAt,
    };
    if (crashAt) {
      const killed = await entry(spec);
      expect([killed.signal, killed.err]).toEqual(['SIGKILL', '']);
    }
    const done = await entry({ ...spec, crashAt: null });
    expect([done.code, done.err]).toEqual([0, '']);
    const ended = endedIn(gh);
    // Once more: nothing left to do, and nothing written to GitHub (its notes are up to date).
    const before = gh.requests.length;
    const again = await entry({ ...spec, crashAt: null });
    expect([again.code, again.err]).toEqual([0, '']);
    const rerun = JSON.parse(again.out) as Printed;
    expect([rerun.outcome, rerun.notesRefresh]).toEqual(['nothing-to-release', 'up-to-date']);
    expect(gh.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
    expect(endedIn(gh)).toEqual(ended);
    expect(gh.violations).toEqual([]);
    return { ended, result: JSON.parse(done.out) as Printed, gh };
  } finally {
    await gh.close();
  }
}

/** The origin's refs and GitHub's releases. */
function endedIn(gh: GitHubServer): Ended {
  return {
    refs: Object.fromEntries([...world.save()].sort(([a], [b]) => (a < b ? -1 : 1))),
    releases: gh.state.releases.map((r) => ({
      tag: r.tag_name,
      name: r.name ?? '',
      prerelease: r.prerelease,
      draft: r.draft,
      body: r.body ?? '',
    })),
  };
}

/** Both clusters' Applications Synced at `revision` and Healthy. */
function healthyAt(revision: string): void {
  for (const cluster of ['prod-01', 'ops-01'])
    argo.setApp(
      makeApplication({ name: `${cluster}-loki`, cluster, revision, health: 'Healthy', repoURL: REPO_URL }),
    );
}

describeWithNode24()(
  'a release or hotfix killed (SIGKILL) at a step boundary, then run again (issue 15)',
  () => {
    beforeAll(async () => {
      world = new GitWorld(CONFIG);
      argo = await startArgoCdServer();
    });

    describe('release (two waves, verified, a GitHub Release)', () => {
      let start: SavedRefs;
      let reference: Ended;
      beforeAll(async () => {
        world.reset();
        healthyAt(world.commit('staging', false));
        start = world.save();
        const run = await crashThenRun('release', start, null);
        expect(run.result.outcome).toBe('released');
        reference = run.ended;
        expect(reference.releases.map((r) => r.tag)).toEqual(['stable-v1.0.0']);
      }, 120_000);

      it.each(RELEASE_POINTS)(
        'killed at %s: the run again ends where one uninterrupted run does',
        async (point) => {
          const { ended, result } = await crashThenRun('release', start, point);
          expect(['released', 'nothing-to-release']).toContain(result.outcome);
          expect(ended).toEqual(reference);
        },
        60_000,
      );

      // Killed after the last wave moved and before the notes were brought up to date: the run again
      // finds nothing to release, and the notes that said that wave was not yet there are updated.
      it('killed after the last wave moved: the notes say every wave is there, and the result says they were updated', async () => {
        const { gh, result } = await crashThenRun('release', start, 'step:wave-moved:1');
        expect(gh.state.releases[0]!.body).not.toContain('⏸️');
        expect([result.outcome, result.notesRefresh]).toEqual(['nothing-to-release', 'updated']);
        expect(result.message).toContain(
          '; the notes of the GitHub Release of stable-v1.0.0 were behind the tags (stable without its verification; stable-late shown short of the release: an earlier run stopped before it brought them up to date) and are now updated',
        );
      }, 60_000);
    });

    describe('hotfix (its release verified, then the forward-merges into staging and dev)', () => {
      let start: SavedRefs;
      let reference: Ended;
      beforeAll(async () => {
        world.reset();
        await runRelease(world.repoDir, world.port(), 'all');
        expect((await runHotfixStart(world.repoDir, world.port(), 'quota')).completed).toBe(true);
        healthyAt(world.commit('hotfix/quota', false));
        world.commit('staging', false);
        world.commit('dev', false);
        start = world.save();
        const run = await crashThenRun('hotfix', start, null);
        expect([run.result.outcome, run.result.forwardMerges]).toEqual(['released', ['merged', 'merged']]);
        reference = run.ended;
      }, 120_000);

      it.each(HOTFIX_POINTS)(
        'killed at %s: the run again ends where one uninterrupted run does',
        async (point) => {
          const { ended, result } = await crashThenRun('hotfix', start, point);
          expect(['released', 'nothing-to-release']).toContain(result.outcome);
          expect(ended).toEqual(reference);
        },
        60_000,
      );
    });
  },
);
