import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { HOTFIX, hotfixWorld, PROD_VALUES, runHotfix } from '../helpers/hotfix-repo.js';
import { keepsEveryCommit, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

const VALUES = 'charts/app-of-apps/values.yaml';

describe('hotfix (real git, a bare origin, the local GitHub server)', () => {
  let r: ReleaseRepo | undefined;
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    r?.cleanup();
    r = undefined;
    if (gh) {
      await gh.close();
      expect(gh.violations).toEqual([]);
    }
    gh = undefined;
  });

  async function world() {
    const w = await hotfixWorld();
    r = w.repo;
    gh = w.gh;
    return w;
  }

  const run = runHotfix;

  const branchOf = (repo: ReleaseRepo, name: string) => {
    try {
      return repo.remoteSha(name);
    } catch {
      return null;
    }
  };

  it('releases the hotfix over stable, merges it into staging and dev; a re-run is a no-op', async () => {
    const { repo, github, head } = await world();
    const { result } = await keepsEveryCommit(repo, () =>
      run(repo, github, { reason: 'velero crashes prod' }),
    );
    expect(result.release.outcome).toBe('released');
    expect(result.release.versionTag).toBe('stable-v1.0.1');
    expect(result.release.hotfix).toBe(HOTFIX);
    expect(repo.tagCommit('stable')).toBe(head);
    expect(result.forwardMerges.map((m) => [m.target, m.state])).toEqual([
      ['staging', 'merged'],
      ['dev', 'merged'],
    ]);
    for (const target of ['staging', 'dev']) {
      const tip = repo.remoteSha(target);
      git(repo.work.dir, repo.env, 'fetch', '-q', 'origin', target);
      git(repo.work.dir, repo.env, 'merge-base', '--is-ancestor', head, tip); // throws when not contained
    }
    const release = gh!.state.releases.find((x) => x.tag_name === 'stable-v1.0.1')!;
    expect(release.name).toBe('stable-v1.0.1 (hotfix)');
    expect(release.body).toContain('🚑 **Hotfix** from `hotfix/quota`');
    // What the forward-merge changes on stag-01 (staging) is diffed; velero is prod's value file only.
    expect(Object.keys(result.diffs)).toEqual(['staging', 'dev']);
    const before = { tags: repo.tags(), staging: repo.remoteSha('staging'), dev: repo.remoteSha('dev') };
    const again = await run(repo, github);
    expect(again.result.release.outcome).toBe('nothing-to-release');
    expect(again.result.forwardMerges.map((m) => m.state)).toEqual([
      'already-contained',
      'already-contained',
    ]);
    expect({ tags: repo.tags(), staging: repo.remoteSha('staging'), dev: repo.remoteSha('dev') }).toEqual(
      before,
    );
    expect(gh!.state.releases).toHaveLength(2);
  });

  it('a branch that does not contain the current stable is refused, naming both; nothing moves', async () => {
    const { repo, github, head } = await world();
    // A release meanwhile: stable moves on, past where the hotfix branched off.
    const newer = repo.pushChange(
      'staging',
      VALUES,
      (t) => t.replace('sync-wave: "5"', 'sync-wave: "4"'),
      'newer',
    );
    await runRelease(repo, { github });
    const before = { tags: repo.tags(), staging: repo.remoteSha('staging'), dev: repo.remoteSha('dev') };
    const { result } = await keepsEveryCommit(repo, () => run(repo, github));
    expect(result.release.outcome).toBe('refused');
    expect(result.release.message).toContain(
      `hotfix/quota (${head.slice(0, 7)}) does not contain stable (${newer.slice(0, 7)})`,
    );
    expect(result.forwardMerges.map((m) => m.state)).toEqual(['not-run', 'not-run']);
    expect({ tags: repo.tags(), staging: repo.remoteSha('staging'), dev: repo.remoteSha('dev') }).toEqual(
      before,
    );
  });

  it('a conflict into staging opens one labelled pull request and dev is still merged; a re-run finds it', async () => {
    const { repo, github, head } = await world();
    repo.pushChange(
      'staging',
      PROD_VALUES,
      (t) => t.replace('velero:\n  enable: true', 'velero:\n  enable: "yes"'),
      'staging: velero yes',
    );
    const { result } = await keepsEveryCommit(repo, () => run(repo, github));
    expect(result.release.outcome).toBe('released');
    const [staging, dev] = result.forwardMerges;
    expect(staging).toMatchObject({
      target: 'staging',
      state: 'conflict-pr',
      conflicts: [PROD_VALUES],
      branch: 'forward-merge/hotfix-quota-into-staging',
    });
    expect(dev?.state).toBe('merged');
    expect(branchOf(repo, 'forward-merge/hotfix-quota-into-staging')).toBe(head);
    const pulls = [...gh!.state.pulls.values()];
    expect(pulls.map((p) => [p.head, p.base])).toEqual([
      ['forward-merge/hotfix-quota-into-staging', 'staging'],
    ]);
    const number = staging!.pullRequest!.number;
    expect(gh!.state.issues.get(number)?.labels).toEqual(['forward-merge-conflict']);
    expect(gh!.state.issues.get(number)?.body).toContain(PROD_VALUES);
    const again = await keepsEveryCommit(repo, () => run(repo, github));
    expect(again.result.forwardMerges.map((m) => [m.state, m.pullRequest?.number ?? null])).toEqual([
      ['conflict-pr', number],
      ['already-contained', null],
    ]);
    expect(gh!.state.pulls.size).toBe(1);
  });

  it('stable moved by another clone during the run: the lease fails, nothing moves, nothing is merged forward', async () => {
    const { repo, github, v1 } = await world();
    const racer = repo.pushChange(
      'staging',
      VALUES,
      (t) => t.replace('sync-wave: "5"', 'sync-wave: "4"'),
      'racer',
    );
    const before = { staging: repo.remoteSha('staging'), dev: repo.remoteSha('dev') };
    const { result } = await keepsEveryCommit(repo, () =>
      run(repo, github, { beforePush: async () => repo.forceTag('stable', racer) }),
    );
    expect(result.release.outcome).toBe('moved');
    expect(repo.tagCommit('stable')).toBe(racer);
    expect(repo.tagCommit('stable-v1.0.1')).toBeNull();
    expect(repo.tagCommit('stable-v1.0.0')).toBe(v1);
    expect(result.forwardMerges.map((m) => m.state)).toEqual(['not-run', 'not-run']);
    expect({ staging: repo.remoteSha('staging'), dev: repo.remoteSha('dev') }).toEqual(before);
  });

  it('a branch that is no hotfix branch is refused before anything is read', async () => {
    const { repo, github } = await world();
    await expect(run(repo, github, { branch: 'staging' })).rejects.toThrow(
      'staging is not a hotfix branch (hotfix.branches: hotfix/*)',
    );
  });
});
