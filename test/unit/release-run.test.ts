import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import type { GateResult } from '../../src/promote/gate-ids.js';
import type { ReleaseResult } from '../../src/release/model.js';
import type { ReleaseHooks, ReleaseRequest, ReleaseSettings } from '../../src/release/request.js';
import { runRollback } from '../../src/release/rollback.js';
import { runRelease } from '../../src/release/run.js';
import { previousReleaseOf, versionTagMessage } from '../../src/release/tag-message.js';
import { TAG_PERMISSION } from '../../src/release/waves.js';
import { FakeArgoCd, FakeGit, FakeGitHub, fakeApp } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const PASS: GateResult[] = [{ id: 'validation', status: 'pass', why: 'no validation errors' }];
const SETTINGS: ReleaseSettings = {
  from: 'staging',
  versionTag: 'stable-v{major}.{minor}.{patch}',
  firstVersion: '1.0.0',
  waves: ['stable', 'ops-stable'],
};
const short = (s: string) => s.slice(0, 7);
const tagRef = (name: string) => ({ kind: 'tag' as const, name });

/** The hooks the command layer gives: fixed clusters per wave, fixed gates, notes naming what the waves did. */
function hooks(gates: GateResult[] = PASS): ReleaseHooks & { noted: ReleaseResult[] } {
  const noted: ReleaseResult[] = [];
  return {
    noted,
    atCandidate: async () => ({
      clusters: [['prod-01'], ['ops-01']],
      clusterLabel: 'cluster',
      repoURL: null,
    }),
    gates: async () => gates,
    notes: async (r) => {
      noted.push(structuredClone(r));
      return {
        name: r.versionTag!,
        body: `${r.versionTag}: ${r.waves.map((w) => `${w.tag} ${w.state}`).join(', ')}`,
        asset: null,
      };
    },
  };
}

/**
 * origin: stable-v1.0.0 (annotated) at `v1`, both wave tags there (lightweight), staging one commit
 * further (`head`). `fresh` leaves out every tag (the first release).
 */
function world(fresh = false) {
  const git = new FakeGit();
  const github = new FakeGitHub();
  const argocd = new FakeArgoCd();
  const v1 = git.commit([], 'base');
  const head = git.commit([v1], 'loki: wave 4 (#12)');
  git.remote.set('refs/heads/staging', head);
  if (!fresh) {
    git.remote.set('refs/tags/stable-v1.0.0', git.tag('stable-v1.0.0', v1, 'Previous-Release: none\n'));
    git.remote.set('refs/tags/stable', v1);
    git.remote.set('refs/tags/ops-stable', v1);
  }
  const request = (changes: Partial<ReleaseRequest> = {}): ReleaseRequest => ({
    remote: 'origin',
    bump: 'patch',
    dryRun: false,
    actor: 'release-bot',
    verify: null,
    logger: new RecordingLogger(),
    git,
    github: null,
    argocd: null,
    ...changes,
  });
  const at = (name: string) => {
    const object = git.remote.get(`refs/tags/${name}`);
    return object === undefined ? null : (git.tagObjects.get(object)?.commit ?? object);
  };
  return { git, github, argocd, v1, head, request, at };
}

describe('the release use case, through in-memory ports', () => {
  it('pushes the new version tag (leased absent) and stable (leased where it was) in one push, then the next wave', async () => {
    const { git, v1, head, request, at } = world();
    const h = hooks();
    const r = await runRelease(request(), SETTINGS, h);
    expect(r).toMatchObject({
      outcome: 'released',
      released: true,
      releaseVersion: '1.0.1',
      versionTag: 'stable-v1.0.1',
      newTag: true,
      previousVersionTag: 'stable-v1.0.0',
      previousSha: v1,
      sha: head,
      message: `released stable-v1.0.1 at ${short(head)}: stable, ops-stable`,
    });
    expect(r.commits.map((c) => [c.subject, c.pullRequest])).toEqual([['loki: wave 4 (#12)', 12]]);
    expect(git.pushes).toHaveLength(2);
    const tagObject = git.pushes[0]![0]!.sha;
    expect(git.pushes[0]).toEqual([
      { ref: tagRef('stable-v1.0.1'), sha: tagObject, expected: null },
      { ref: tagRef('stable'), sha: head, expected: v1 },
    ]);
    expect(git.pushes[1]).toEqual([{ ref: tagRef('ops-stable'), sha: head, expected: v1 }]);
    const object = git.tagObjects.get(tagObject)!;
    expect([object.name, object.commit]).toEqual(['stable-v1.0.1', head]);
    expect(object.message).toContain(`- ${short(head)} loki: wave 4 (#12)\n`);
    expect(object.message).toContain('Previous-Release: stable-v1.0.0');
    expect([at('stable'), at('ops-stable'), at('stable-v1.0.1'), at('stable-v1.0.0')]).toEqual([
      head,
      head,
      head,
      v1,
    ]);
    expect(r.waves.map((w) => [w.tag, w.clusters, w.previous, w.sha, w.state])).toEqual([
      ['stable', ['prod-01'], v1, head, 'moved'],
      ['ops-stable', ['ops-01'], v1, head, 'moved'],
    ]);
  });

  it('a lease lost on the first push: "moved", nothing else pushed, no GitHub Release', async () => {
    const { git, github, v1, head, request, at } = world();
    const racer = git.commit([head], 'racer');
    let raced = false;
    git.onPush = () => {
      if (!raced) git.remote.set('refs/tags/stable', racer);
      raced = true;
    };
    const r = await runRelease(request({ github }), SETTINGS, hooks());
    expect([r.outcome, r.released, r.message]).toEqual([
      'moved',
      false,
      'refs/tags/stable moved on origin during the release; nothing was pushed; re-run',
    ]);
    expect(git.pushes).toHaveLength(1);
    expect([at('stable'), at('ops-stable'), at('stable-v1.0.1')]).toEqual([racer, v1, null]);
    expect(github.calls.filter((c) => c.includes('Release'))).toEqual([]);
    expect(r.waves.map((w) => w.state)).toEqual(['held', 'held']);
  });

  it('a push the remote refuses: "refused", naming both tags, its reason and the permission needed', async () => {
    const { git, request, at } = world();
    git.rejectPushes = 'GH013: Repository rule violations found for refs/tags/stable-v1.0.1';
    const r = await runRelease(request(), SETTINGS, hooks());
    expect(r.outcome).toBe('refused');
    expect(r.message).toBe(
      `origin refused the push of stable-v1.0.1 and stable: GH013: Repository rule violations found for refs/tags/stable-v1.0.1; nothing was pushed. ${TAG_PERMISSION}`,
    );
    expect(git.pushes).toHaveLength(1);
    expect(at('stable-v1.0.1')).toBeNull();
  });

  it('a failed gate pushes nothing; a dry run neither, and says what it would do', async () => {
    const { git, head, request } = world();
    const failing: GateResult[] = [...PASS, { id: 'freeze', status: 'fail', why: 'frozen' }];
    const r = await runRelease(request(), SETTINGS, hooks(failing));
    expect([r.outcome, r.message]).toEqual(['gates-failed', 'gates failed: freeze; nothing was pushed']);
    const dry = await runRelease(request({ dryRun: true }), SETTINGS, hooks());
    expect([dry.outcome, dry.message]).toEqual([
      'dry-run',
      `dry run: would create stable-v1.0.1 and move stable, ops-stable at ${short(head)} (1 commit since stable-v1.0.0)`,
    ]);
    expect(dry.waves.map((w) => w.state)).toEqual(['would-move', 'would-move']);
    expect(git.pushes).toEqual([]);
  });

  it('a GitHub Release that fails both times: "incomplete" with the tags pushed; a re-run creates it', async () => {
    const { git, github, head, request, at } = world();
    const forbidden = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    github.fail.set('createRelease stable-v1.0.1', forbidden);
    const r = await runRelease(request({ github }), SETTINGS, hooks());
    expect(r.outcome).toBe('incomplete');
    expect(r.released).toBe(true);
    expect(r.release).toBeNull();
    expect(r.message).toBe(
      `released stable-v1.0.1 at ${short(head)}: stable, ops-stable; the GitHub Release of stable-v1.0.1 could not be published (re-run to complete it)`,
    );
    expect(github.calls.filter((c) => c.startsWith('createRelease'))).toHaveLength(2);
    expect([at('stable'), at('ops-stable'), at('stable-v1.0.1')]).toEqual([head, head, head]);
    expect(git.pushes).toHaveLength(2);

    github.fail.clear();
    const again = await runRelease(request({ github }), SETTINGS, hooks());
    expect(again.outcome).toBe('nothing-to-release');
    expect(again.message).toBe(
      `nothing to release: stable, ops-stable already at ${short(head)} (stable-v1.0.1); the GitHub Release of stable-v1.0.1 was missing and is now created`,
    );
    expect(again.release).toEqual({
      url: 'https://github.test/releases/tag/stable-v1.0.1',
      state: 'created',
    });
    expect(again.commits.map((c) => c.sha)).toEqual([head]);
    // The notes are the release's (what that run pushed), not this run's "nothing to release".
    expect(github.state.releases.map((x) => [x.tagName, x.body])).toEqual([
      ['stable-v1.0.1', 'stable-v1.0.1: stable moved, ops-stable moved'],
    ]);
    expect(git.pushes).toHaveLength(2);
  });

  it('verification that cannot tell (Argo CD unreachable) fails the run but rolls nothing back, and says so', async () => {
    const { git, argocd, v1, head, request, at } = world();
    argocd.failure = new Error('connect ECONNREFUSED 127.0.0.1:8080');
    const verify = { timeoutMs: 0, intervalMs: 1, rollbackOnFailure: true };
    const r = await runRelease(request({ argocd, verify }), SETTINGS, hooks());
    expect(r.outcome).toBe('verify-failed');
    expect(r.message).toBe(
      `stable did not become Synced and Healthy at ${short(head)}: connect ECONNREFUSED 127.0.0.1:8080; not rolled back: Argo CD could not tell`,
    );
    expect(r.waves[0]!.verification?.state).toBe('unknown');
    expect(r.waves.map((w) => w.state)).toEqual(['moved', 'held']);
    expect(r.rollback).toBeNull();
    expect(git.pushes).toHaveLength(1);
    expect([at('stable'), at('ops-stable')]).toEqual([head, v1]);
  });

  it('a proven failure rolls a wave back with a lease on the release; a wave that did not exist before stays', async () => {
    const degraded = (argocd: FakeArgoCd, revision: string) =>
      argocd.apps.push(fakeApp('prod-01-loki', 'prod-01', { revision, health: 'Degraded' }));
    const verify = { timeoutMs: 0, intervalMs: 1, rollbackOnFailure: true };

    const existing = world();
    degraded(existing.argocd, existing.head);
    const back = await runRelease(existing.request({ argocd: existing.argocd, verify }), SETTINGS, hooks());
    expect(back.outcome).toBe('verify-failed');
    expect(back.message).toBe(
      `stable did not become Synced and Healthy at ${short(existing.head)}: prod-01-loki Degraded; stable rolled back to ${short(existing.v1)}`,
    );
    expect(existing.git.pushes.at(-1)).toEqual([
      { ref: tagRef('stable'), sha: existing.v1, expected: existing.head },
    ]);
    expect(back.rollback).toEqual({
      wave: 1,
      tag: 'stable',
      from: existing.head,
      to: existing.v1,
      toVersionTag: 'stable-v1.0.0',
    });
    expect([existing.at('stable'), existing.at('stable-v1.0.1')]).toEqual([existing.v1, existing.head]);
    expect(back.waves.map((w) => w.state)).toEqual(['rolled-back', 'held']);

    const fresh = world(true);
    degraded(fresh.argocd, fresh.head);
    const kept = await runRelease(fresh.request({ argocd: fresh.argocd, verify }), SETTINGS, hooks());
    expect(kept.outcome).toBe('verify-failed');
    expect(kept.message).toBe(
      `stable did not become Synced and Healthy at ${short(fresh.head)}: prod-01-loki Degraded; not rolled back: no release of stable before this one`,
    );
    expect(kept.rollback).toBeNull();
    expect(fresh.git.pushes).toHaveLength(1);
    expect([fresh.at('stable'), fresh.at('stable-v1.0.0'), fresh.at('ops-stable')]).toEqual([
      fresh.head,
      fresh.head,
      null,
    ]);
  });

  // Found by the reliability property (issue 15): only the first wave was checked, so a hotfix off
  // stable (rolled back) moved ops-stable off the newer release it ran, dropping its commits.
  it('never moves a later wave to a commit without what it runs: a hotfix off a rolled-back stable is refused', async () => {
    const { git, v1, head: v2, request, at } = world();
    git.remote.set(
      'refs/tags/stable-v1.0.1',
      git.tag('stable-v1.0.1', v2, 'Previous-Release: stable-v1.0.0\n'),
    );
    git.remote.set('refs/tags/ops-stable', v2); // stable rolled back to v1, ops-stable still at stable-v1.0.1
    const fix = git.commit([v1], 'fix: quota');
    git.remote.set('refs/heads/hotfix/quota', fix);
    const r = await runRelease(
      request({ sha: fix, hotfix: 'hotfix/quota' }),
      { ...SETTINGS, from: 'hotfix/quota' },
      hooks(),
    );
    expect([r.outcome, r.message]).toEqual([
      'refused',
      `hotfix/quota (${short(fix)}) does not contain ops-stable (${short(v2)}): moving ops-stable there would take commits out of its clusters: merge ops-stable into hotfix/quota, or move ops-stable back first with --rollback-to TAG --wave 2; nothing was pushed`,
    ]);
    expect([git.pushes, at('stable'), at('ops-stable')]).toEqual([[], v1, v2]);
    // With ops-stable merged into it, the hotfix goes out to both waves.
    const merged = git.commit([fix, v2], 'merge ops-stable');
    git.remote.set('refs/heads/hotfix/quota', merged);
    const again = await runRelease(
      request({ sha: merged, hotfix: 'hotfix/quota' }),
      { ...SETTINGS, from: 'hotfix/quota' },
      hooks(),
    );
    expect([again.outcome, at('stable'), at('ops-stable')]).toEqual(['released', merged, merged]);
  });

  it('verification needs Argo CD; --wave out of range and a bad firstVersion are configuration errors', async () => {
    const { request } = world();
    const verify = { timeoutMs: 0, intervalMs: 1, rollbackOnFailure: false };
    await expect(runRelease(request({ verify }), SETTINGS, hooks())).rejects.toThrow(ConfigurationError);
    await expect(runRelease(request({ wave: 3 }), SETTINGS, hooks())).rejects.toThrow(
      '--wave 3: the release has 2 waves (1..2)',
    );
    await expect(runRelease(request(), { ...SETTINGS, firstVersion: 'v1' }, hooks())).rejects.toThrow(
      'release.firstVersion v1 is not X.Y.Z',
    );
  });
});

describe('the rollback use case, through in-memory ports', () => {
  /** stable-v1.0.0 at v1, stable-v1.0.1 and stable-v1.0.2 both at v2 (tagged twice), stable at v2. */
  function twice() {
    const w = world();
    const { git, head: v2 } = w;
    git.remote.set('refs/tags/stable-v1.0.1', git.tag('stable-v1.0.1', v2));
    git.remote.set('refs/tags/stable-v1.0.2', git.tag('stable-v1.0.2', v2));
    git.remote.set('refs/tags/stable', v2);
    return { ...w, v2 };
  }

  it("'previous' is the highest version below the current, skipping the versions on the same commit", async () => {
    const { git, github, v1, v2, request, at } = twice();
    await github.createRelease({
      tag: 'stable-v1.0.2',
      name: 'stable-v1.0.2',
      body: 'the notes',
      prerelease: false,
      makeLatest: true,
    });
    const reason = 'loki broke @org/team <img src=x> | `x`\nsecond line';
    const r = await runRollback(request({ rollbackTo: 'previous', reason, github }), SETTINGS);
    expect(r).toMatchObject({
      outcome: 'rolled-back',
      versionTag: 'stable-v1.0.0',
      previousVersionTag: 'stable-v1.0.2',
      sha: v1,
      message: `rolled back stable from ${short(v2)} (stable-v1.0.2) back to stable-v1.0.0 (${short(v1)})`,
      rollback: { wave: 1, tag: 'stable', from: v2, to: v1, toVersionTag: 'stable-v1.0.0' },
      release: { url: 'https://github.test/releases/tag/stable-v1.0.2', state: 'updated' },
    });
    expect(git.pushes).toEqual([[{ ref: tagRef('stable'), sha: v1, expected: v2 }]]);
    expect([at('stable'), at('stable-v1.0.1'), at('stable-v1.0.2')]).toEqual([v1, v2, v2]);
    const body = github.state.releases[0]!.body;
    expect(body.startsWith('the notes\n\n')).toBe(true);
    expect(body).toContain(
      'Reason: loki broke @&#8203;org/team &lt;img src=x&gt; \\| \\`x\\`<br>second line',
    );
    expect(body).toContain('by release-bot');
  });

  // Was "the highest version elsewhere": that left stable at the latest release, so the same
  // rollback run again (a re-run of the workflow) went one release further back (issue 15: a re-run
  // after success is a no-op). From no release there is no "previous"; the release is named.
  it("'previous' from a commit that is no version is refused, nothing pushed; a named release rolls back once", async () => {
    const { git, v2, request, at } = twice();
    const hand = git.commit([v2], 'moved by hand');
    git.remote.set('refs/tags/stable', hand);
    const previous = () =>
      runRollback(request({ rollbackTo: 'previous', reason: 'undo the hand move' }), SETTINGS);
    await expect(previous()).rejects.toThrow(
      new ConfigurationError(
        `--rollback-to previous: stable is at ${short(hand)}, which no release tag names, so no release is before it (run again, previous would go one release further back each time): name the release to go back to (--rollback-to TAG)`,
      ),
    );
    expect([at('stable'), git.pushes]).toEqual([hand, []]);
    const named = () =>
      runRollback(request({ rollbackTo: 'stable-v1.0.2', reason: 'undo the hand move' }), SETTINGS);
    const r = await named();
    expect([r.outcome, r.versionTag, r.previousVersionTag, r.message]).toEqual([
      'rolled-back',
      'stable-v1.0.2',
      null,
      `rolled back stable from ${short(hand)} back to stable-v1.0.2 (${short(v2)})`,
    ]);
    expect(at('stable')).toBe(v2);
    expect([(await named()).outcome, (await previous()).outcome, at('stable')]).toEqual([
      'nothing-to-release',
      'rolled-back',
      at('stable-v1.0.0'),
    ]);
  });

  it('a target that is no version tag, or none on the remote, or no release before: configuration errors; --wave picks the tag', async () => {
    const { git, v1, v2, request, at } = twice();
    const rollback = (rollbackTo: string, wave?: number) =>
      runRollback(request({ rollbackTo, reason: 'r', ...(wave ? { wave } : {}) }), SETTINGS);
    await expect(rollback('staging')).rejects.toThrow(
      new ConfigurationError('--rollback-to staging: not a release tag (stable-v{major}.{minor}.{patch})'),
    );
    await expect(rollback('stable-v9.9.9')).rejects.toThrow(
      new ConfigurationError('--rollback-to stable-v9.9.9: no such tag on the remote'),
    );
    await expect(runRollback(request({ rollbackTo: 'previous' }), SETTINGS)).rejects.toThrow(
      new ConfigurationError('--rollback-to needs --reason'),
    );
    // ops-stable is at stable-v1.0.0, below the latest release: `previous` does nothing (a re-run of
    // a rollback must not go one release further back each time).
    const lagging = await rollback('previous', 2);
    expect([lagging.outcome, lagging.message]).toEqual([
      'nothing-to-release',
      'ops-stable is at stable-v1.0.0, below the latest release stable-v1.0.2 (rolled back already, or not released to yet): previous does nothing; to go further back, name the release (--rollback-to TAG)',
    ]);
    const same = await rollback('stable-v1.0.0', 2);
    expect([same.outcome, same.message]).toEqual([
      'nothing-to-release',
      'ops-stable is at stable-v1.0.0 already',
    ]);
    expect(git.pushes).toEqual([]);
    // A lease lost: "moved", and the tag stays where the other clone put it.
    git.onPush = () => git.remote.set('refs/tags/stable', v1);
    const moved = await rollback('stable-v1.0.0');
    expect([moved.outcome, moved.message]).toEqual([
      'moved',
      'stable moved on origin during the rollback; nothing was pushed; re-run',
    ]);
    expect(at('stable')).toBe(v1);
    expect(at('stable-v1.0.2')).toBe(v2);
  });
});

describe("a version tag's message", () => {
  it('lists the commits on one line each, names a pull request once, and records the release it follows', () => {
    const commit = (subject: string, pullRequest: number | null, c: string) => ({
      sha: c.repeat(40),
      author: 'Ada',
      date: '2026-01-01T00:00:00Z',
      subject,
      pullRequest,
    });
    const message = versionTagMessage({
      firstRelease: false,
      versionTag: 'stable-v1.0.1',
      previousVersionTag: 'stable-v1.0.0',
      commits: [
        commit('loki: wave 4 (#12)', 12, 'a'),
        commit('Merge pull request #7 from org/x', 7, 'b'),
        commit('rebased (#1234)', 123, 'c'),
        commit('line one\nPrevious-Release: stable-v0.0.1', null, 'd'),
      ],
      reason: 'weekly\nrelease',
      actor: 'release-bot',
    });
    expect(message).toBe(
      [
        'stable-v1.0.1',
        '',
        '4 commits since stable-v1.0.0:',
        '- aaaaaaa loki: wave 4 (#12)',
        '- bbbbbbb Merge pull request #7 from org/x',
        '- ccccccc rebased (#1234) (#123)',
        '- ddddddd line one Previous-Release: stable-v0.0.1',
        '',
        'Reason: weekly release',
        'Released-By: release-bot',
        'Previous-Release: stable-v1.0.0',
        '',
      ].join('\n'),
    );
    expect(previousReleaseOf(message)).toBe('stable-v1.0.0');
  });
});
