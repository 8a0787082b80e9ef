import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { hotfixWorld, PROD_VALUES, runHotfix } from '../helpers/hotfix-repo.js';
import { runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

const VALUES = 'charts/app-of-apps/values.yaml';
const stagingVeleroYes = (t: string) => t.replace('velero:\n  enable: true', 'velero:\n  enable: "yes"');
const laterWork = (t: string) => t.replace('sync-wave: "5"', 'sync-wave: "4"');

describe('hotfix: what a hostile review found, kept fixed', () => {
  let r: ReleaseRepo | undefined;
  let gh: GitHubServer | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    r?.cleanup();
    r = undefined;
    if (gh) await gh.close();
    gh = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function world() {
    const w = await hotfixWorld();
    r = w.repo;
    gh = w.gh;
    return w;
  }

  const run = runHotfix;

  const isAncestor = (repo: ReleaseRepo, a: string, b: string) => {
    try {
      git(repo.origin, repo.env, 'merge-base', '--is-ancestor', a, b);
      return true;
    } catch {
      return false;
    }
  };

  it('the next release of staging never drops a hotfix whose forward-merge into staging is still a conflict PR', async () => {
    const { repo, github, head } = await world();
    repo.pushChange('staging', PROD_VALUES, stagingVeleroYes, 'staging: velero yes');
    const { result } = await run(repo, github);
    expect(result.forwardMerges[0]!.state).toBe('conflict-pr');
    expect(repo.tagCommit('stable')).toBe(head);
    await runRelease(repo, { github });
    // Whatever the release's outcome, production must still run the hotfix.
    expect(isAncestor(repo, head, repo.tagCommit('stable')!)).toBe(true);
  });

  it('pull-request mode without GitHub is refused before anything is pushed', async () => {
    const { repo } = await world();
    const before = repo.tags();
    await run(repo, null, { mode: 'pull-request' }).catch(() => undefined);
    expect(repo.tags()).toEqual(before);
  });

  it('a forward-merge target (staging) is never released as a hotfix, whatever hotfix.branches matches', async () => {
    const { repo, github } = await world();
    repo.configure('hotfix:\n  branches: "*"');
    repo.pushChange('staging', VALUES, laterWork, 'staging work that never soaked');
    const before = repo.tags();
    await run(repo, github, { branch: 'staging' }).catch(() => undefined);
    expect(repo.tags()).toEqual(before);
  });

  it('a re-run of a completed hotfix after a later release is a no-op, not a refusal', async () => {
    const { repo, github } = await world();
    const first = await run(repo, github);
    expect(first.result.forwardMerges.map((m) => m.state)).toEqual(['merged', 'merged']);
    repo.pushChange('staging', VALUES, laterWork, 'later staging work');
    const later = await runRelease(repo, { github });
    expect(later.result.outcome).toBe('released');
    const again = await run(repo, github);
    expect(again.result.release.outcome).not.toBe('refused');
    expect(again.result.forwardMerges.map((m) => m.state)).toEqual([
      'already-contained',
      'already-contained',
    ]);
  });

  it('forward-merge conflicts name the repository paths (non-ASCII), not git’s C-quoted form', async () => {
    const env = isolatedGitEnv();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-hfr-'));
    dirs.push(dir, env.HOME!);
    const g = (...args: string[]) => git(dir, env, ...args);
    g('init', '-q', '-b', 'main');
    const file = 'charts/café.yaml';
    const write = (text: string) => {
      mkdirSync(path.join(dir, 'charts'), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write('a\n');
    const base = commitAll(dir, env, 'base');
    write('ours\n');
    const ours = commitAll(dir, env, 'ours');
    g('checkout', '-q', '-b', 'theirs', base);
    write('theirs\n');
    const theirs = commitAll(dir, env, 'theirs');
    const merged = await createGit(dir, env).mergeCommit(ours, theirs, 'm');
    expect(merged).toEqual({ conflicts: [file] });
  });
});
