import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { keepsEveryCommit, releaseRepo, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

const VALUES = 'charts/app-of-apps/values.yaml';
const wave4 = (t: string) => t.replace('sync-wave: "5"', 'sync-wave: "4"');

describe('release (real git, a bare origin)', () => {
  let r: ReleaseRepo | undefined;
  afterEach(() => {
    r?.cleanup();
    r = undefined;
  });

  it('first release: stable-v1.0.0 (annotated, its message the changelog) and stable at staging, in one push', async () => {
    r = releaseRepo();
    const staging = r.remoteSha('staging');
    const { result, diffs } = await keepsEveryCommit(r, () => runRelease(r!));
    expect(result.outcome).toBe('released');
    expect(result.released).toBe(true);
    expect(result.releaseVersion).toBe('1.0.0');
    expect(result.versionTag).toBe('stable-v1.0.0');
    expect(result.newTag).toBe(true);
    expect(result.previousSha).toBeNull();
    expect(result.sha).toBe(staging);
    expect(r.tagCommit('stable')).toBe(staging);
    expect(r.tagCommit('stable-v1.0.0')).toBe(staging);
    // The version tag is an annotated tag object; stable points at the commit.
    const tags = r.tags();
    expect(tags['stable']).toBe(staging);
    expect(tags['stable-v1.0.0']).not.toBe(staging);
    const message = git(r.work.dir, r.env, 'cat-file', '-p', tags['stable-v1.0.0']!);
    expect(message).toContain('Previous-Release: none');
    expect(message).toContain('Released-By: release-bot');
    expect(result.waves.map((w) => [w.tag, w.clusters, w.state])).toEqual([
      ['stable', ['ops-01', 'prod-01'], 'moved'],
    ]);
    expect(result.gates.map((g) => `${g.id}:${g.status}`)).toEqual([
      'validation:pass',
      'checks:skipped',
      'soak:skipped',
      'argocd:skipped',
      'labels:skipped',
      'freeze:skipped',
    ]);
    expect(diffs).toEqual([]); // no GitHub: no notes were rendered
  });

  it('a second release bumps the patch, lists the commits since, and diffs the production clusters', async () => {
    r = releaseRepo();
    await runRelease(r);
    const sha = r.pushChange('staging', VALUES, wave4, 'loki: wave 4 (#12)');
    const { result, diffs, notes } = await keepsEveryCommit(r, () => runRelease(r!, { dryRun: true }));
    const diff = diffs.length === 1 ? diffs[0]!.diff : null;
    expect(result.outcome).toBe('dry-run');
    expect(result.versionTag).toBe('stable-v1.0.1');
    expect(r.tagCommit('stable-v1.0.1')).toBeNull(); // a dry run pushes nothing
    expect(result.commits.map((c) => [c.sha, c.pullRequest])).toEqual([[sha, 12]]);
    expect(diff?.state).toBe('diffed');
    if (diff?.state !== 'diffed') return;
    expect(diff.report.complete).toBe(true);
    expect(diff.report.clusters.map((c) => [c.name, c.status])).toEqual([
      ['ops-01', 'changed'],
      ['prod-01', 'changed'],
    ]);
    expect(notes?.body).toContain('### What changes in production');
    expect(notes?.body).toContain('loki: wave 4');

    const real = await keepsEveryCommit(r, () => runRelease(r!, { bump: 'minor' }));
    expect(real.result.versionTag).toBe('stable-v1.1.0');
    expect(real.result.previousReleaseVersion).toBe('1.0.0');
    expect(r.tagCommit('stable')).toBe(sha);
    const message = git(r.work.dir, r.env, 'cat-file', '-p', r.tags()['stable-v1.1.0']!);
    expect(message).toContain('Previous-Release: stable-v1.0.0');
    expect(message).toMatch(/- [0-9a-f]{7} loki: wave 4 \(#12\)/);
  });

  it('nothing new on staging: no tag, and the result says so', async () => {
    r = releaseRepo();
    await runRelease(r);
    const before = r.tags();
    const { result } = await keepsEveryCommit(r, () => runRelease(r!));
    expect(result.outcome).toBe('nothing-to-release');
    expect(result.released).toBe(false);
    expect(result.versionTag).toBe('stable-v1.0.0');
    expect(result.message).toMatch(/nothing to release: stable already at [0-9a-f]{7} \(stable-v1\.0\.0\)/);
    expect(r.tags()).toEqual(before);
  });

  it('--sha must be on staging; --sha of an older staging commit is released', async () => {
    r = releaseRepo();
    const first = r.remoteSha('staging');
    const onDev = r.pushChange('dev', VALUES, wave4, 'dev only');
    git(r.work.dir, r.env, 'fetch', '-q', 'origin');
    await expect(runRelease(r, { sha: onDev })).rejects.toThrow(/is not on staging \(origin\/staging is/);
    r.pushChange('staging', VALUES, wave4, 'on staging');
    const { result } = await keepsEveryCommit(r, () => runRelease(r!, { sha: first }));
    expect(result.outcome).toBe('released');
    expect(r.tagCommit('stable')).toBe(first);
  });

  it('rollback: stable back to the previous release with a lease, every version tag kept', async () => {
    r = releaseRepo();
    const v1 = r.remoteSha('staging');
    await runRelease(r);
    const v2 = r.pushChange('staging', VALUES, wave4, 'loki: wave 4');
    await runRelease(r);
    expect(r.tagCommit('stable')).toBe(v2);
    const versionTags = () => Object.entries(r!.tags()).filter(([n]) => n !== 'stable');
    const before = versionTags();
    await expect(runRelease(r, { rollbackTo: 'previous' })).rejects.toThrow('--rollback-to needs --reason');
    const { result } = await keepsEveryCommit(r, () =>
      runRelease(r!, { rollbackTo: 'previous', reason: 'loki broke prod' }),
    );
    expect(result.outcome).toBe('rolled-back');
    expect(result.versionTag).toBe('stable-v1.0.0');
    expect(result.rollback).toMatchObject({ tag: 'stable', from: v2, to: v1, toVersionTag: 'stable-v1.0.0' });
    expect(r.tagCommit('stable')).toBe(v1);
    expect(versionTags()).toEqual(before);
    // Rolled back to where it is: nothing to do. A tag that is no release is refused.
    const again = await runRelease(r, { rollbackTo: 'stable-v1.0.0', reason: 'again' });
    expect(again.result.outcome).toBe('nothing-to-release');
    await expect(runRelease(r, { rollbackTo: 'staging', reason: 'x' })).rejects.toThrow(
      /--rollback-to staging: not a release tag \(stable-v\{major\}\.\{minor\}\.\{patch\}\)/,
    );
    await expect(runRelease(r, { rollbackTo: 'stable-v9.9.9', reason: 'x' })).rejects.toThrow(
      /stable-v9\.9\.9: no such tag on the remote/,
    );
    // Released again: the version tag that names the candidate is reused, never a second one.
    const forward = await runRelease(r);
    expect(forward.result.outcome).toBe('released');
    expect(forward.result.versionTag).toBe('stable-v1.0.1');
    expect(forward.result.newTag).toBe(false);
    expect(versionTags()).toEqual(before);
    expect(r.tagCommit('stable')).toBe(v2);
  });

  it('another clone moves stable meanwhile: the lease fails and neither tag is pushed', async () => {
    r = releaseRepo();
    const v1 = r.remoteSha('staging');
    await runRelease(r);
    const v2 = r.pushChange('staging', VALUES, wave4, 'loki: wave 4');
    const racer = r.pushChange(
      'staging',
      VALUES,
      (t) => t.replace('sync-wave: "4"', 'sync-wave: "3"'),
      'racer',
    );
    const { result } = await keepsEveryCommit(r, () =>
      runRelease(r!, {
        sha: v2,
        beforePush: async () => r!.forceTag('stable', racer),
      }),
    );
    expect(result.outcome).toBe('moved');
    expect(result.released).toBe(false);
    expect(result.message).toMatch(/moved on origin during the release; nothing was pushed; re-run/);
    expect(r.tagCommit('stable')).toBe(racer);
    expect(r.tagCommit('stable-v1.0.1')).toBeNull();
    expect(r.tagCommit('stable-v1.0.0')).toBe(v1);
  });

  it('a failing gate pushes nothing', async () => {
    r = releaseRepo();
    r.pushChange('staging', VALUES, (t) => `${t}\n  broken: [\n`, 'broken values');
    const before = r.tags();
    const { result } = await keepsEveryCommit(r, () => runRelease(r!));
    expect(result.outcome).toBe('gates-failed');
    expect(result.gates.find((g) => g.id === 'validation')?.status).toBe('fail');
    expect(r.tags()).toEqual(before);
  });

  it('a tag ruleset refuses the version tag: nothing is pushed, the rule and the permission are named', async () => {
    r = releaseRepo();
    r.refuseRefs(
      '^refs/tags/stable-v',
      'GH013: Repository rule violations found for refs/tags/stable-v1.0.0. Cannot create ref due to creations being restricted.',
    );
    const { result } = await keepsEveryCommit(r, () => runRelease(r!));
    expect(result.outcome).toBe('refused');
    expect(result.message).toContain('GH013: Repository rule violations found for refs/tags/stable-v1.0.0');
    expect(result.message).toContain('bypass');
    expect(r.tags()).toEqual({});
  });

  it('waves: --wave 1 moves stable only; the next run finishes that release without a new tag', async () => {
    r = releaseRepo();
    r.configure(
      `release:\n  waves:\n    - tag: stable\n      clusters: [prod-01]\n    - tag: ops-stable\n      clusters: [ops-01]`,
    );
    const staging = r.remoteSha('staging');
    const one = await keepsEveryCommit(r, () => runRelease(r!, { wave: 1 }));
    expect(one.result.outcome).toBe('released');
    expect(one.result.waves.map((w) => [w.tag, w.clusters, w.state])).toEqual([
      ['stable', ['prod-01'], 'moved'],
      ['ops-stable', ['ops-01'], 'held'],
    ]);
    expect(one.result.message).toContain('not yet: ops-stable (a later run continues)');
    expect(r.tagCommit('stable')).toBe(staging);
    expect(r.tagCommit('ops-stable')).toBeNull();
    // A change on staging meanwhile waits: the held release is finished first.
    r.pushChange('staging', VALUES, wave4, 'newer');
    const two = await keepsEveryCommit(r, () => runRelease(r!));
    expect(two.result.outcome).toBe('released');
    expect(two.result.versionTag).toBe('stable-v1.0.0');
    expect(two.result.newTag).toBe(false);
    expect(two.result.waves.map((w) => w.state)).toEqual(['already', 'moved']);
    expect(r.tagCommit('ops-stable')).toBe(staging);
    expect(Object.keys(r.tags()).sort()).toEqual(['ops-stable', 'stable', 'stable-v1.0.0']);
    // Then the newer commit is a new release over both waves.
    const three = await runRelease(r);
    expect(three.result.versionTag).toBe('stable-v1.0.1');
    expect(three.result.waves.map((w) => w.state)).toEqual(['moved', 'moved']);
    await expect(runRelease(r, { wave: 3 })).rejects.toThrow('--wave 3: the release has 2 waves (1..2)');
  });

  it('a wave tag that reads as a version tag is refused in the config', async () => {
    r = releaseRepo();
    r.configure('release:\n  waves:\n    - tag: stable-v2.0.0');
    await expect(runRelease(r)).rejects.toThrow(
      /release\.waves\[0\]\.tag stable-v2\.0\.0 matches release\.versionTag/,
    );
  });
});
