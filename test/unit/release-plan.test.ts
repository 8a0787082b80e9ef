import { describe, expect, it } from 'vitest';
import { planRelease, type PlanInput } from '../../src/release/plan.js';
import type { ReleaseState, VersionTag, WaveTag } from '../../src/release/state.js';
import { versionPattern, type Version } from '../../src/release/versions.js';

const pattern = versionPattern('stable-v{major}.{minor}.{patch}');
const sha = (c: string) => c.repeat(40);
const short = (c: string) => c.repeat(7);
const FIRST: Version = { major: 1, minor: 0, patch: 0 };

/** `stable-v1.4.0` at commit `c` (its tag object a distinct id). */
function v(text: string, c: string): VersionTag {
  const [major, minor, patch] = text.split('.').map(Number) as [number, number, number];
  const version = { major, minor, patch };
  return { tag: pattern.format(version), version, object: `obj-${text}`, commit: sha(c) };
}

function wave(tag: string, c: string | null): WaveTag {
  return { tag, object: c === null ? null : `ref-${tag}-${c}`, commit: c === null ? null : sha(c) };
}

/** The remote: staging's head at `head`, the versions (sorted, as readReleaseState sorts them), the waves. */
function state(head: string, versions: VersionTag[], waves: WaveTag[]): ReleaseState {
  const sorted = [...versions].sort(
    (a, b) =>
      a.version.major - b.version.major ||
      a.version.minor - b.version.minor ||
      a.version.patch - b.version.patch,
  );
  return {
    from: 'staging',
    fromHead: sha(head),
    versions: sorted,
    taken: sorted.map((v) => v.version),
    waves,
  };
}

const plan = (s: ReleaseState, changes: Partial<PlanInput> = {}) =>
  planRelease({ state: s, sha: null, bump: 'patch', first: FIRST, pattern, upTo: null, ...changes });

describe('planRelease', () => {
  it('no versions yet: the first version at the head of staging, every wave to move', () => {
    const p = plan(state('a', [], [wave('stable', null), wave('ops-stable', null)]));
    expect(p).toEqual({
      kind: 'release',
      candidate: sha('a'),
      create: { tag: 'stable-v1.0.0', version: FIRST },
      existing: null,
      move: [0, 1],
      continuing: false,
      previous: null,
      previousSha: null,
    });
    const other = planRelease({
      state: state('a', [], [wave('stable', null)]),
      sha: null,
      bump: 'major',
      first: { major: 0, minor: 1, patch: 0 },
      pattern,
      upTo: null,
    });
    expect(other.kind === 'release' && other.create).toEqual({
      tag: 'stable-v0.1.0',
      version: { major: 0, minor: 1, patch: 0 },
    });
  });

  it('bumps patch, minor or major from the highest version by number (1.10.0 > 1.9.0)', () => {
    const versions = [v('1.9.0', 'a'), v('1.10.0', 'b'), v('1.2.7', 'c')];
    const s = state('d', versions, [wave('stable', 'b')]);
    const next = (bump: PlanInput['bump']) => {
      const p = plan(s, { bump });
      return p.kind === 'release' ? p.create?.tag : p.kind;
    };
    expect([next('patch'), next('minor'), next('major')]).toEqual([
      'stable-v1.10.1',
      'stable-v1.11.0',
      'stable-v2.0.0',
    ]);
    expect(plan(s)).toMatchObject({
      kind: 'release',
      candidate: sha('d'),
      move: [0],
      continuing: false,
      previous: versions[1],
      previousSha: sha('b'),
    });
  });

  it('a version tag already at the candidate is reused (rolled back, released again): nothing created', () => {
    const v1 = v('1.0.0', 'a');
    const v2 = v('1.0.1', 'b');
    const p = plan(state('b', [v1, v2], [wave('stable', 'a')]));
    expect(p).toEqual({
      kind: 'release',
      candidate: sha('b'),
      create: null,
      existing: v2,
      move: [0],
      continuing: false,
      previous: v1,
      previousSha: sha('a'),
    });
  });

  it('two versions on one commit: the higher names it, and it is reused', () => {
    const v1 = v('1.0.0', 'a');
    const twice = [v('1.0.1', 'b'), v('1.0.2', 'b')];
    const p = plan(state('b', [v1, ...twice], [wave('stable', 'a')]));
    expect(p).toMatchObject({ kind: 'release', create: null, existing: twice[1], previous: v1 });
  });

  it('wave 1 at the latest version and wave 2 behind: that release is continued first; --sha of another commit is refused', () => {
    const v1 = v('1.0.0', 'a');
    const v2 = v('1.0.1', 'b');
    const s = state('c', [v1, v2], [wave('stable', 'b'), wave('ops-stable', 'a')]);
    expect(plan(s)).toEqual({
      kind: 'release',
      candidate: sha('b'),
      create: null,
      existing: v2,
      move: [1],
      continuing: true,
      previous: v1,
      previousSha: sha('a'),
    });
    expect(plan(s, { sha: sha('b') })).toMatchObject({ kind: 'release', candidate: sha('b'), move: [1] });
    expect(plan(s, { sha: sha('c') })).toEqual({
      kind: 'refuse',
      message: `stable-v1.0.1 has not reached every wave yet (ops-stable at ${short('a')} (stable-v1.0.0)): finish it first (release without --sha), or roll it back`,
    });
    // The wave behind never existed: continued too, and named as not yet created.
    const fresh = state('c', [v1], [wave('stable', 'a'), wave('ops-stable', null)]);
    expect(plan(fresh)).toMatchObject({ kind: 'release', candidate: sha('a'), move: [1], continuing: true });
    expect(plan(fresh, { sha: sha('c') })).toMatchObject({
      kind: 'refuse',
      message: expect.stringContaining('(ops-stable (not yet created))'),
    });
  });

  it('`upTo` limits the waves: moved up to N, a held wave past N does not hold up a new release', () => {
    const v1 = v('1.0.0', 'a');
    const waves = [wave('stable', 'a'), wave('ops-stable', 'a'), wave('edge-stable', 'a')];
    expect(plan(state('b', [v1], waves), { upTo: 1 })).toMatchObject({
      kind: 'release',
      create: { tag: 'stable-v1.0.1' },
      move: [0],
    });
    expect(plan(state('b', [v1], waves), { upTo: 2 })).toMatchObject({ move: [0, 1] });
    // stable-v1.0.1 moved with --wave 1: --wave 2 continues it over the second wave only.
    const v2 = v('1.0.1', 'b');
    const held = state(
      'c',
      [v1, v2],
      [wave('stable', 'b'), wave('ops-stable', 'a'), wave('edge-stable', 'a')],
    );
    expect(plan(held, { upTo: 2 })).toMatchObject({ kind: 'release', candidate: sha('b'), move: [1] });
    // --wave 1 again: wave 1 has stable-v1.0.1, so a new release is cut for wave 1 alone.
    expect(plan(held, { upTo: 1 })).toMatchObject({
      kind: 'release',
      candidate: sha('c'),
      create: { tag: 'stable-v1.0.2' },
      move: [0],
      continuing: false,
      previous: v2,
    });
  });

  it('every wave asked for at the candidate: nothing, naming the tags and the version', () => {
    const v1 = v('1.0.0', 'a');
    const s = state('a', [v1], [wave('stable', 'a'), wave('ops-stable', 'a')]);
    expect(plan(s)).toEqual({
      kind: 'nothing',
      candidate: sha('a'),
      existing: v1,
      message: `nothing to release: stable, ops-stable already at ${short('a')} (stable-v1.0.0)`,
    });
    // Only wave 1 asked for, and it is there: nothing, though wave 2 is behind a newer head.
    const partly = state('b', [v1, v('1.0.1', 'b')], [wave('stable', 'b'), wave('ops-stable', 'a')]);
    expect(plan(partly, { upTo: 1 })).toMatchObject({
      kind: 'nothing',
      message: `nothing to release: stable already at ${short('b')} (stable-v1.0.1)`,
    });
    // A commit that is no version, where every wave already is (moved by hand): nothing, said so.
    expect(plan(state('c', [v1], [wave('stable', 'c')]))).toEqual({
      kind: 'nothing',
      candidate: sha('c'),
      existing: null,
      message: `nothing to release: stable already at ${short('c')}`,
    });
  });

  it('wave 1 at a commit that is no version (moved by hand): a new candidate is released from there; the same commit is refused', () => {
    const v1 = v('1.0.0', 'a');
    const s = state('c', [v1], [wave('stable', 'b'), wave('ops-stable', 'a')]);
    // The notes and the diff are since where wave 1 is (what production runs), not since a release.
    expect(plan(s)).toEqual({
      kind: 'release',
      candidate: sha('c'),
      create: { tag: 'stable-v1.0.1', version: { major: 1, minor: 0, patch: 1 } },
      existing: null,
      move: [0, 1],
      continuing: false,
      previous: null,
      previousSha: sha('b'),
    });
    expect(plan(s, { sha: sha('b') })).toEqual({
      kind: 'refuse',
      message: `stable at ${short('b')} is no release`,
    });
  });

  it('wave 1 rolled back to an older release, the waves behind older still: that release is continued, since the one before it', () => {
    const v1 = v('1.0.0', 'a');
    const v2 = v('1.0.1', 'b');
    const v3 = v('1.0.2', 'c');
    // stable-v1.0.2 went to stable alone, then stable was rolled back to stable-v1.0.1; ops-stable is at 1.0.0.
    const s = state('c', [v1, v2, v3], [wave('stable', 'b'), wave('ops-stable', 'a')]);
    expect(plan(s, { sha: sha('b') })).toEqual({
      kind: 'release',
      candidate: sha('b'),
      create: null,
      existing: v2,
      move: [1],
      continuing: true,
      previous: v1,
      previousSha: sha('a'),
    });
    // Without --sha, the head of staging is a new release over both waves.
    expect(plan(s)).toMatchObject({ kind: 'release', candidate: sha('c'), create: null, move: [0, 1] });
  });

  it('wave 1 rolled back below a later wave: moving that wave back is a rollback, not a release', () => {
    const v1 = v('1.0.0', 'a');
    const v2 = v('1.0.1', 'b');
    const s = state('b', [v1, v2], [wave('stable', 'a'), wave('ops-stable', 'b')]);
    expect(plan(s, { sha: sha('a') })).toEqual({
      kind: 'refuse',
      message: `stable at ${short('a')} (stable-v1.0.0), older than ops-stable at ${short('b')} (stable-v1.0.1): a release never moves a wave back; roll it back with --rollback-to stable-v1.0.0 --wave 2 and --reason, or release a newer commit`,
    });
    // The head of staging (stable-v1.0.1) moves stable forward again; ops-stable is there already.
    expect(plan(s)).toMatchObject({
      kind: 'release',
      candidate: sha('b'),
      create: null,
      existing: v2,
      move: [0],
    });
  });
});
