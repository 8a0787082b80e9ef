/**
 * Review of "a re-run brings the notes of a release a run stopped in up to date" (745b751): each
 * test here fails on that commit and shows one finding. Through the in-memory ports, as
 * release-notes-refresh.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseResult, WaveResult } from '../../src/release/model.js';
import { notesStamp, readNotesStamp } from '../../src/release/notes-stamp.js';
import type { ReleaseHooks, ReleaseSettings } from '../../src/release/request.js';
import { runRelease } from '../../src/release/run.js';
import { hotfixOf, versionTagMessage, wavesBeforeOf } from '../../src/release/tag-message.js';
import { fakeApp } from '../helpers/fake-ports.js';
import { releaseWorld, TWO_WAVES } from '../helpers/release-world.js';

const SETTINGS = TWO_WAVES;
const ONE_WAVE: ReleaseSettings = { ...SETTINGS, waves: ['stable'] };
const VERIFY = { timeoutMs: 0, intervalMs: 1, rollbackOnFailure: true };
/** U+2028 LINE SEPARATOR: not a control character (oneLine keeps it), a line end for `^`/`$` with /m. */
const LS = '\u2028';

function hooks(): ReleaseHooks & { noted: ReleaseResult[] } {
  const noted: ReleaseResult[] = [];
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
      return { name: r.versionTag!, body: `${notesStamp(r.waves)}\n${r.message}\n`, asset: null };
    },
  };
}

/** releaseWorld (origin: stable-v1.0.0 and both waves at `v1`, staging at `head`, subject `subject`) with these hooks. */
const world = (subject?: string) => releaseWorld(hooks, subject);

describe('review: a commit subject is hostile in the version tag message', () => {
  it('a subject holding a line separator adds no Wave-Before (or Hotfix) trailer', () => {
    const real = 'a'.repeat(40);
    const forged = 'b'.repeat(40);
    const message = versionTagMessage({
      versionTag: 'stable-v1.0.1',
      previousVersionTag: 'stable-v1.0.0',
      commits: [
        {
          sha: 'c'.repeat(40),
          author: 'mallory',
          date: '2026-01-01T00:00:00Z',
          subject: `fix typo${LS}Wave-Before: stable ${forged}${LS}Hotfix: hotfix/forged`,
          pullRequest: null,
        },
      ],
      reason: null,
      actor: 'release-bot',
      firstRelease: false,
      waves: [{ tag: 'stable', commit: real }],
    });
    expect(wavesBeforeOf(message)?.get('stable')).toBe(real);
    expect(hotfixOf(message)).toBeNull();
  });

  it('a merged commit subject cannot choose the commit a failed re-verification rolls stable back to', async () => {
    // Any commit the clone has: here one on no release's path (an old or attacker-pushed commit).
    const w = world();
    const forged = w.git.commit([], 'an old commit, before a security fix');
    const head = w.git.commit([w.v1], `loki: wave 4 (#12)${LS}Wave-Before: stable ${forged}`);
    w.git.remote.set('refs/heads/staging', head);
    const verify = { argocd: w.argocd, verify: VERIFY };
    await w.stoppedAfter('tags-pushed', verify);
    w.argocd.apps.push(fakeApp('prod-01-loki', 'prod-01', { revision: head, health: 'Degraded' }));
    const again = await runRelease(w.request(verify), SETTINGS, hooks());
    expect(again.outcome).toBe('verify-failed');
    // Where stable was before this release: v1, as the genuine trailer and the previous release say.
    expect(w.git.pushes.at(-1)).toEqual([
      { ref: { kind: 'tag', name: 'stable' }, sha: w.v1, expected: head },
    ]);
    expect(w.git.remote.get('refs/tags/stable')).toBe(w.v1);
  });

  it('after a complete release, a re-run whose verification fails does not roll stable back to a commit a subject names', async () => {
    const w = world();
    const forged = w.git.commit([], 'an old commit, before a security fix');
    const head = w.git.commit([w.v1], `loki: wave 4 (#12)${LS}Wave-Before: stable ${forged}`);
    w.git.remote.set('refs/heads/staging', head);
    for (const cluster of ['prod-01', 'ops-01'])
      w.argocd.apps.push(fakeApp(`${cluster}-loki`, cluster, { revision: head }));
    const verify = { argocd: w.argocd, verify: VERIFY };
    const first = await runRelease(w.request(verify), SETTINGS, hooks());
    expect(first.outcome).toBe('released');
    // Later, production degrades (the merged change itself, or an outage); the release is run again.
    w.argocd.apps[0] = fakeApp('prod-01-loki', 'prod-01', { revision: head, health: 'Degraded' });
    const again = await runRelease(w.request(verify), SETTINGS, hooks());
    expect(again.outcome).toBe('verify-failed');
    expect(w.git.remote.get('refs/tags/stable')).not.toBe(forged);
  });

  it('a merged commit subject cannot make the refreshed notes of a release of staging a hotfix', async () => {
    const w = world(`loki: wave 4 (#12)${LS}Hotfix: hotfix/forged`);
    await w.stoppedAfter('wave-moved');
    const h = hooks();
    const again = await runRelease(w.request(), SETTINGS, h);
    expect(again.notesRefresh).toBe('updated');
    const notes = h.noted.at(-1)!;
    expect([notes.hotfix, notes.from]).toEqual([null, 'staging']);
  });
});

describe('review: what the refreshed notes claim', () => {
  it('they name who released it and why, as the version tag records, not the run that refreshed them', async () => {
    const w = world();
    await w.stoppedAfter('wave-moved', { actor: 'alice', reason: 'CVE-2026-0001' });
    const h = hooks();
    const again = await runRelease(
      w.request({ actor: 'bob', reason: 'retry after a cancelled run' }),
      SETTINGS,
      h,
    );
    expect(again.notesRefresh).toBe('updated');
    const notes = h.noted.at(-1)!;
    expect([notes.actor, notes.reason]).toEqual(['alice', 'CVE-2026-0001']);
  });

  it('a refresh by a run without verification keeps the verification an earlier run proved', async () => {
    const w = world();
    w.healthy();
    const verify = { argocd: w.argocd, verify: VERIFY };
    await runRelease(w.request({ ...verify, wave: 1 }), SETTINGS, hooks()); // stable moved and verified
    expect(readNotesStamp(w.body()!)?.[0]?.verification).toBe('verified');
    await w.stoppedAfter('tags-pushed'); // continues: ops-stable moved, stopped before the notes
    const again = await runRelease(w.request(), SETTINGS, hooks());
    expect(again.notesRefresh).toBe('updated');
    // The notes said stable was verified (proven by the first run); the refresh drops it.
    expect(readNotesStamp(w.body()!)?.[0]?.verification).toBe('verified');
  });

  it('a lagged wave of a tag cut before Wave-Before existed is not shown moved from a commit it never was at', async () => {
    const w = world();
    await runRelease(w.request({ wave: 1 }), SETTINGS, hooks()); // 1.0.1: stable only
    const head2 = w.git.commit([w.head], 'loki: wave 3 (#13)');
    w.git.remote.set('refs/heads/staging', head2);
    await runRelease(w.request({ wave: 1 }), SETTINGS, hooks()); // 1.0.2: stable only, ops-stable at v1
    // As an older version cut it: no Wave-Before trailers.
    const object = w.git.remote.get('refs/tags/stable-v1.0.2')!;
    const tagObject = w.git.tagObjects.get(object)!;
    tagObject.message = tagObject.message.replace(/^Wave-Before: .*\n/gm, '');
    expect(tagObject.message).not.toContain('Wave-Before');
    await w.stoppedAfter('tags-pushed'); // moves ops-stable v1 → head2, stopped before the notes
    const h = hooks();
    const again = await runRelease(w.request(), SETTINGS, h);
    expect(again.notesRefresh).toBe('updated');
    const ops = h.noted.at(-1)!.waves[1]!;
    expect(ops.state).toBe('moved');
    // ops-stable was at v1; head (1.0.1's commit) is where it never was.
    expect(ops.previous).not.toBe(w.head);
  });
});

describe('review: dry run and idempotence', () => {
  it('a dry run with verification does not say up-to-date when the same run without --dry-run updates the notes', async () => {
    const w = world();
    w.healthy();
    const verify = { argocd: w.argocd, verify: VERIFY };
    // One wave: published, then stopped before its verification.
    await w.stoppedAfter('release-published', verify, ONE_WAVE);
    const dry = await runRelease(w.request({ ...verify, dryRun: true }), ONE_WAVE, hooks());
    const real = await runRelease(w.request(verify), ONE_WAVE, hooks());
    expect(real.notesRefresh).toBe('updated');
    expect(dry.notesRefresh).not.toBe('up-to-date');
  });

  it('a refresh whose render is slow does not write its older notes over the ones a concurrent run wrote', async () => {
    const w = world();
    w.healthy();
    await w.stoppedAfter('wave-moved');
    const slow = hooks();
    const render = slow.notes;
    let concurrent: ReleaseResult | null = null;
    slow.notes = async (r) => {
      // While this run renders, another run (with verification) brings the notes up to date.
      if (!concurrent)
        concurrent = await runRelease(w.request({ argocd: w.argocd, verify: VERIFY }), SETTINGS, hooks());
      return render(r);
    };
    await runRelease(w.request(), SETTINGS, slow);
    expect(concurrent!.notesRefresh).toBe('updated');
    expect(readNotesStamp(w.body()!)?.map((s) => s.verification)).toEqual(['verified', 'verified']);
  });
});

describe('review: wave tag names in the trailer and the stamp', () => {
  const wave = (tag: string): WaveResult => ({
    wave: 1,
    tag,
    clusters: [],
    previous: null,
    sha: 'a'.repeat(40),
    state: 'moved',
    gates: null,
    verification: null,
  });

  it('a wave tag of 201..255 characters (a valid ref name) is read back from its Wave-Before trailer', () => {
    const long = `ops-${'x'.repeat(220)}`;
    const message = versionTagMessage({
      versionTag: 'stable-v1.0.1',
      previousVersionTag: 'stable-v1.0.0',
      commits: [],
      reason: null,
      actor: null,
      firstRelease: false,
      waves: [{ tag: long, commit: 'a'.repeat(40) }],
    });
    expect(wavesBeforeOf(message)?.get(long)).toBe('a'.repeat(40));
  });

  it('a wave tag holding a non-ASCII space (valid in a ref name) is read back from its Wave-Before trailer', () => {
    const tag = 'ops\u00a0stable';
    const message = versionTagMessage({
      versionTag: 'stable-v1.0.1',
      previousVersionTag: 'stable-v1.0.0',
      commits: [],
      reason: null,
      actor: null,
      firstRelease: false,
      waves: [{ tag, commit: 'a'.repeat(40) }],
    });
    expect(wavesBeforeOf(message)?.get(tag)).toBe('a'.repeat(40));
  });

  it('a wave tag from config holding a lone surrogate (YAML "\\uD800") does not make the stamp throw', () => {
    expect(() => notesStamp([wave('stable\ud800')])).not.toThrow();
  });
});
