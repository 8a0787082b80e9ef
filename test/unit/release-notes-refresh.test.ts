/**
 * The notes of a release a run stopped in (issue 15): a later run renders them from the tags and
 * what the version tag records, as one uninterrupted run would have written them, and writes them
 * only when the stamp of their waves (notes-stamp.ts) shows them behind the tags. Through the
 * in-memory ports; the crash points with real processes are in reliability-crash.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseResult, WaveResult } from '../../src/release/model.js';
import { notesStamp, readNotesStamp, staleWaves } from '../../src/release/notes-stamp.js';
import type { ReleaseHooks, ReleaseRequest } from '../../src/release/request.js';
import { runRelease } from '../../src/release/run.js';
import { versionTagMessage, wavesBeforeOf } from '../../src/release/tag-message.js';
import { fakeApp } from '../helpers/fake-ports.js';
import { releaseWorld, Stopped, TWO_WAVES, WRITES } from '../helpers/release-world.js';

const SETTINGS = TWO_WAVES;
const short = (s: string) => s.slice(0, 7);
const VERIFY = { timeoutMs: 0, intervalMs: 1, rollbackOnFailure: true };

/**
 * The hooks the command layer gives, with notes that tell what the release did: the stamp of the
 * waves first (as renderReleaseNotes writes it), then the message, each wave and its verification.
 */
function hooks(): ReleaseHooks & { noted: ReleaseResult[] } {
  const noted: ReleaseResult[] = [];
  const line = (w: WaveResult) =>
    `${w.tag} ${w.state} ${w.previous ? short(w.previous) : '-'}→${w.sha ? short(w.sha) : '-'}${w.verification ? ` ${w.verification.state}` : ''}`;
  return {
    noted,
    atCandidate: async () => ({
      clusters: [['prod-01'], ['ops-01']],
      clusterLabel: 'cluster',
      repoURL: null,
    }),
    gates: async () => [{ id: 'validation', status: 'pass', why: 'no validation errors' }],
    notes: async (r) => {
      noted.push(structuredClone(r));
      const body = [notesStamp(r.waves), r.message, ...r.waves.map(line)];
      if (r.resumed && r.skipGatesReason === null) body.push('gates: not known to this run');
      return { name: r.versionTag!, body: `${body.join('\n')}\n`, asset: null };
    },
  };
}

/** releaseWorld (origin: stable-v1.0.0 and both waves at `v1`, staging at `head`) with these hooks. */
const world = () => releaseWorld(hooks);

/** What one uninterrupted run leaves in the notes, from the same start. */
async function uninterrupted(changes: (w: ReturnType<typeof world>) => Partial<ReleaseRequest>) {
  const w = world();
  if (changes(w).verify) w.healthy();
  await runRelease(w.request(changes(w)), SETTINGS, hooks());
  return w.body();
}

describe('the notes of a release a run stopped in, brought up to date by the next run', () => {
  it('stopped after the last wave moved: the re-run updates the notes to what one run writes, then writes nothing', async () => {
    const w = world();
    await w.stoppedAfter('wave-moved');
    expect(w.body()).toContain(`ops-stable held ${short(w.v1)}→${short(w.v1)}`);
    const calls = w.github.calls.length;
    const again = await runRelease(w.request(), SETTINGS, hooks());
    expect(again.outcome).toBe('nothing-to-release');
    expect(again.notesRefresh).toBe('updated');
    expect(again.release).toEqual({
      url: 'https://github.test/releases/tag/stable-v1.0.1',
      state: 'updated',
    });
    expect(again.message).toBe(
      `nothing to release: stable, ops-stable already at ${short(w.head)} (stable-v1.0.1); the notes of the GitHub Release of stable-v1.0.1 were behind the tags (ops-stable shown short of the release: an earlier run stopped before it brought them up to date) and are now updated`,
    );
    expect(w.github.calls.slice(calls).filter((c) => WRITES.test(c))).toEqual(['updateRelease 1']);
    expect(w.logger.lines).toContainEqual({
      level: 'info',
      message: expect.stringContaining('were behind the tags'),
    });
    // What one uninterrupted run writes, but for the gates: this run does not know that run's.
    const reference = await uninterrupted(() => ({}));
    expect(w.body()).toBe(`${reference!}gates: not known to this run\n`);
    expect(w.body()).toContain(`released stable-v1.0.1 at ${short(w.head)}: stable, ops-stable\n`);
    expect(w.body()).toContain(`ops-stable moved ${short(w.v1)}→${short(w.head)}`);

    const after = w.github.calls.length;
    const third = await runRelease(w.request(), SETTINGS, hooks());
    expect([third.outcome, third.notesRefresh, third.release?.state]).toEqual([
      'nothing-to-release',
      'up-to-date',
      'unchanged',
    ]);
    expect(w.github.calls.slice(after)).toEqual(['getReleaseByTag stable-v1.0.1']);
  });

  it('after an uninterrupted run, the re-run finds the notes up to date and writes nothing', async () => {
    const w = world();
    w.healthy();
    await runRelease(w.request({ argocd: w.argocd, verify: VERIFY }), SETTINGS, hooks());
    const body = w.body();
    const writes = w.writes().length;
    for (const changes of [{ argocd: w.argocd, verify: VERIFY }, {}, { dryRun: true }]) {
      const again = await runRelease(w.request(changes), SETTINGS, hooks());
      expect([again.outcome, again.notesRefresh]).toEqual(['nothing-to-release', 'up-to-date']);
    }
    expect(w.writes()).toHaveLength(writes);
    expect(w.body()).toBe(body);
  });

  it('stopped before the first wave was verified: the re-run verifies both waves and writes their verification', async () => {
    const w = world();
    w.healthy();
    const verify = { argocd: w.argocd, verify: VERIFY };
    await w.stoppedAfter('release-published', verify);
    expect(w.body()).not.toContain('verified');
    const again = await runRelease(w.request(verify), SETTINGS, hooks());
    // The continuation (ops-stable was behind) verified stable again before it moved ops-stable.
    expect(again.outcome).toBe('released');
    expect(again.waves.map((x) => [x.tag, x.state, x.verification?.state])).toEqual([
      ['stable', 'already', 'verified'],
      ['ops-stable', 'moved', 'verified'],
    ]);
    expect(w.body()).toBe(
      `${(await uninterrupted((u) => ({ argocd: u.argocd, verify: VERIFY })))!}gates: not known to this run\n`,
    );
  });

  it('stopped after the last wave moved, before its verification: the notes get it, the stamp says so', async () => {
    const w = world();
    w.healthy();
    const verify = { argocd: w.argocd, verify: VERIFY };
    await w.stoppedAfter('wave-moved', verify);
    const again = await runRelease(w.request(verify), SETTINGS, hooks());
    expect([again.outcome, again.notesRefresh]).toEqual(['nothing-to-release', 'updated']);
    expect(again.message).toContain(
      '(stable without its verification; ops-stable shown short of the release: an earlier run stopped before it brought them up to date)',
    );
    expect(readNotesStamp(w.body()!)).toEqual([
      { tag: 'stable', sha: w.head, verification: 'verified' },
      { tag: 'ops-stable', sha: w.head, verification: 'verified' },
    ]);
    expect(w.body()).toBe(
      `${(await uninterrupted((u) => ({ argocd: u.argocd, verify: VERIFY })))!}gates: not known to this run\n`,
    );
  });

  it('a dry run says it would update the notes, renders them, and writes nothing', async () => {
    const w = world();
    await w.stoppedAfter('wave-moved');
    const stale = w.body();
    const h = hooks();
    const writes = w.writes().length;
    const dry = await runRelease(w.request({ dryRun: true }), SETTINGS, h);
    expect([dry.outcome, dry.notesRefresh]).toEqual(['nothing-to-release', 'would-update']);
    expect(dry.message).toContain(
      'dry run: the notes of the GitHub Release of stable-v1.0.1 were behind the tags (ops-stable shown short of the release: an earlier run stopped before it brought them up to date) and would be updated',
    );
    expect(h.noted.map((r) => r.waves.map((x) => x.state))).toEqual([['moved', 'moved']]);
    expect(w.writes()).toHaveLength(writes);
    expect(w.body()).toBe(stale);
  });

  it('notes without a stamp (an older version, or edited): left as they are, and said', async () => {
    const w = world();
    await runRelease(w.request(), SETTINGS, hooks());
    const release = w.github.state.releases[0]!;
    release.body = 'notes edited by hand: ops-stable held';
    const writes = w.writes().length;
    const again = await runRelease(w.request(), SETTINGS, hooks());
    expect([again.outcome, again.notesRefresh]).toEqual(['nothing-to-release', 'unknown']);
    expect(again.message).toContain(
      'the notes of the GitHub Release of stable-v1.0.1 carry no stamp of the waves they show (written by an older version, or edited), so whether they are behind the tags is unknown: left as they are',
    );
    expect(w.logger.lines.at(-1)?.level).toBe('warning');
    expect(w.writes()).toHaveLength(writes);
    expect(release.body).toBe('notes edited by hand: ops-stable held');
  });

  it('an update GitHub refuses: incomplete, said, the notes as they were; the re-run updates them', async () => {
    const w = world();
    await w.stoppedAfter('wave-moved');
    const forbidden = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    w.github.fail.set('updateRelease 1', forbidden);
    const failed = await runRelease(w.request(), SETTINGS, hooks());
    expect(failed.outcome).toBe('incomplete');
    expect(failed.message).toContain('and could not be updated: ');
    expect(failed.message).toContain('Resource not accessible by integration');
    expect(failed.message.endsWith('(re-run to complete it)')).toBe(true);
    expect(w.body()).toContain('ops-stable held');
    w.github.fail.clear();
    const again = await runRelease(w.request(), SETTINGS, hooks());
    expect([again.outcome, again.notesRefresh]).toEqual(['nothing-to-release', 'updated']);
  });

  it('a release continued after a stop: its notes are the whole release, each wave from where the tag says it was', async () => {
    const w = world();
    await w.stoppedAfter('tags-pushed');
    expect(w.github.state.releases).toEqual([]);
    const h = hooks();
    const again = await runRelease(w.request(), SETTINGS, h);
    // This run's result is its own part: ops-stable moved now, stable was at the release already.
    expect([again.outcome, again.newTag, again.message]).toEqual([
      'released',
      false,
      `moved to stable-v1.0.1 at ${short(w.head)}: ops-stable`,
    ]);
    expect(again.waves.map((x) => x.state)).toEqual(['already', 'moved']);
    // The notes are the release's.
    const last = h.noted.at(-1)!;
    expect(last.message).toBe(`released stable-v1.0.1 at ${short(w.head)}: stable, ops-stable`);
    expect(last.waves.map((x) => [x.tag, x.state, x.previous, x.sha])).toEqual([
      ['stable', 'moved', w.v1, w.head],
      ['ops-stable', 'moved', w.v1, w.head],
    ]);
    expect([last.previousVersionTag, last.previousSha, last.firstRelease]).toEqual([
      'stable-v1.0.0',
      w.v1,
      false,
    ]);
    // Its first wave's gates are the earlier run's; the ones evaluated now are ops-stable's.
    expect(last.gates).toEqual([]);
    expect(last.waves[1]!.gates).toEqual([{ id: 'validation', status: 'pass', why: 'no validation errors' }]);
    expect(last.resumed).toBe(true);
  });

  it('a continued release whose first wave fails its verification again: moved back, the later wave not moved', async () => {
    const w = world();
    const verify = { argocd: w.argocd, verify: VERIFY };
    await w.stoppedAfter('tags-pushed', verify);
    w.argocd.apps.push(fakeApp('prod-01-loki', 'prod-01', { revision: w.head, health: 'Degraded' }));
    const again = await runRelease(w.request(verify), SETTINGS, hooks());
    expect(again.outcome).toBe('verify-failed');
    expect(again.message).toBe(
      `stable did not become Synced and Healthy at ${short(w.head)}: prod-01-loki Degraded; stable rolled back to ${short(w.v1)}`,
    );
    expect(again.waves.map((x) => [x.tag, x.state, x.sha])).toEqual([
      ['stable', 'rolled-back', w.v1],
      ['ops-stable', 'held', w.v1],
    ]);
    expect(w.git.pushes.at(-1)).toEqual([
      { ref: { kind: 'tag', name: 'stable' }, sha: w.v1, expected: w.head },
    ]);
    expect(w.body()).toContain(`stable did not become Synced and Healthy`);
  });

  it("a hotfix's notes brought up to date by a release of staging stay a hotfix's", async () => {
    const w = world();
    const fix = w.git.commit([w.v1], 'fix: quota');
    w.git.remote.set('refs/heads/hotfix/quota', fix);
    const hotfix = { ...SETTINGS, from: 'hotfix/quota' };
    await runRelease(
      w.request({
        hotfix: 'hotfix/quota',
        sha: fix,
        afterStep: async (s) => {
          if (s === 'wave-moved') throw new Stopped(s);
        },
      }),
      hotfix,
      hooks(),
    ).catch((e: unknown) => {
      if (!(e instanceof Stopped)) throw e;
    });
    w.git.remote.set('refs/heads/staging', fix); // merged forward
    const h = hooks();
    const again = await runRelease(w.request(), SETTINGS, h);
    expect([again.outcome, again.notesRefresh]).toEqual(['nothing-to-release', 'updated']);
    const notes = h.noted.at(-1)!;
    expect([notes.hotfix, notes.from, notes.message]).toEqual([
      'hotfix/quota',
      'hotfix/quota',
      `released stable-v1.0.1 at ${short(fix)}: stable, ops-stable`,
    ]);
  });

  it('a wave that lagged behind when the release was cut is shown moved from where it was', async () => {
    const w = world();
    await runRelease(w.request({ wave: 1 }), SETTINGS, hooks()); // 1.0.1: stable only
    const head2 = w.git.commit([w.head], 'loki: wave 3 (#13)');
    w.git.remote.set('refs/heads/staging', head2);
    await runRelease(w.request({ wave: 1 }), SETTINGS, hooks()); // 1.0.2: stable only, ops-stable at 1.0.0
    // The run that continues 1.0.2 moves ops-stable and is stopped before it writes the notes.
    await w.stoppedAfter('tags-pushed');
    const h = hooks();
    const again = await runRelease(w.request(), SETTINGS, h);
    expect([again.outcome, again.versionTag, again.notesRefresh]).toEqual([
      'nothing-to-release',
      'stable-v1.0.2',
      'updated',
    ]);
    expect(h.noted.at(-1)!.waves.map((x) => [x.tag, x.state, x.previous, x.sha])).toEqual([
      ['stable', 'moved', w.head, head2],
      ['ops-stable', 'moved', w.v1, head2],
    ]);
  });
});

describe('the version tag records where each wave was', () => {
  it('one trailer per wave, read back; none in an older message', () => {
    const message = versionTagMessage({
      versionTag: 'stable-v1.0.1',
      previousVersionTag: 'stable-v1.0.0',
      commits: [],
      reason: 'Wave-Before: stable ' + 'f'.repeat(40),
      actor: 'release-bot',
      firstRelease: false,
      waves: [
        { tag: 'stable', commit: 'a'.repeat(40) },
        { tag: 'ops-stable', commit: null },
      ],
    });
    expect(message).toContain(`\nWave-Before: stable ${'a'.repeat(40)}\nWave-Before: ops-stable none\n`);
    // A reason that reads like a trailer is on a line of its own (`Reason: …`), never one.
    expect(wavesBeforeOf(message)).toEqual(
      new Map([
        ['stable', 'a'.repeat(40)],
        ['ops-stable', null],
      ]),
    );
    expect(wavesBeforeOf('stable-v1.0.0\n\nPrevious-Release: none\n')).toBeNull();
  });
});

describe('the stamp of the waves in the notes', () => {
  const wave = (tag: string, sha: string | null, verified: boolean): WaveResult => ({
    wave: 1,
    tag,
    clusters: [],
    previous: null,
    sha,
    state: 'moved',
    gates: null,
    verification: verified ? { state: 'verified', waitedMs: 0, apps: [] } : null,
  });

  it('reads back what it wrote; a tag name that would close the comment is encoded', () => {
    const waves = [wave('stable', 'a'.repeat(40), true), wave('x-->@team <b>', null, false)];
    const stamp = notesStamp(waves);
    expect(stamp).not.toContain('-->@');
    expect(stamp.indexOf('-->')).toBe(stamp.length - 3);
    expect(readNotesStamp(`${stamp}\n## notes\n`)).toEqual([
      { tag: 'stable', sha: 'a'.repeat(40), verification: 'verified' },
      { tag: 'x-->@team <b>', sha: null, verification: null },
    ]);
  });

  it('is read on the first line only, and only in its own form', () => {
    const stamp = notesStamp([wave('stable', 'a'.repeat(40), false)]);
    expect(readNotesStamp(`## notes\n${stamp}\n`)).toBeNull();
    expect(readNotesStamp('')).toBeNull();
    expect(readNotesStamp(stamp.replace('a'.repeat(40), 'not-a-sha'))).toBeNull();
    expect(readNotesStamp(stamp.replace('stable', '%E0%A4%A'))).toBeNull();
    expect(readNotesStamp('<!-- gitops-promotion:release-waves -->')).toEqual([]);
  });

  it('notes are behind for a wave at the release they show elsewhere, or whose verification they lack', () => {
    const at = 'c'.repeat(40);
    const stamp = readNotesStamp(
      notesStamp([wave('stable', at, false), wave('ops-stable', 'a'.repeat(40), false)]),
    )!;
    expect(staleWaves(stamp, [wave('stable', at, false), wave('ops-stable', at, false)], at)).toEqual([
      'ops-stable shown short of the release',
    ]);
    expect(
      staleWaves(stamp, [wave('stable', at, true), wave('ops-stable', 'a'.repeat(40), false)], at),
    ).toEqual(['stable without its verification']);
    // A wave no longer at the release (rolled back since: its record is appended) is not their business.
    expect(
      staleWaves(stamp, [wave('stable', at, false), wave('ops-stable', 'b'.repeat(40), false)], at),
    ).toEqual([]);
    expect(staleWaves([], [wave('stable', at, false)], at)).toEqual(['stable shown short of the release']);
  });
});
