import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hotfix, type HotfixOptions } from '../../src/commands/hotfix.js';
import { hotfixStart } from '../../src/commands/hotfix-start.js';
import { createGit } from '../../src/git/git.js';
import { createGitHubClient } from '../../src/github/client.js';
import { gitHubPort } from '../../src/github/port.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';
import { GitBackedRefs } from '../helpers/github-handlers.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { releaseRepo, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

const PROD_VALUES = 'charts/app-of-apps/values.prod-01.yaml';
const VALUES = 'charts/app-of-apps/values.yaml';
const HOTFIX = 'hotfix/quota';
const CONFIG = 'repoURL: https://github.com/example-org/gitops-repo.git\npromotion:\n  requiredChecks: []';
const fix = (t: string) => t.replace('velero:\n  enable: true', 'velero:\n  enable: false');
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

  /** origin with stable-v1.0.0, hotfix/quota off stable with one fix on prod-01's values. */
  async function world(): Promise<{ repo: ReleaseRepo; github: GitHubPort; head: string }> {
    const repo = releaseRepo();
    r = repo;
    repo.configure(CONFIG);
    gh = await startGitHubServer();
    gh.state.gitDir = repo.origin;
    gh.state.refs = new GitBackedRefs(repo.origin);
    const client = createGitHubClient(gh.token, gh.url, new RecordingLogger());
    const github = gitHubPort(client, { owner: gh.owner, repo: gh.repo });
    await runRelease(repo, { github });
    await hotfixStart({
      repoDir: repo.work.dir,
      remote: 'origin',
      name: 'quota',
      dryRun: false,
      git: createGit(repo.work.dir, repo.env),
      logger: new RecordingLogger(),
    });
    const head = repo.pushChange(HOTFIX, PROD_VALUES, fix, 'fix: velero off on prod-01');
    return { repo, github, head };
  }

  function run(repo: ReleaseRepo, github: GitHubPort | null, options: Partial<HotfixOptions> = {}) {
    return hotfix({
      repoDir: repo.work.dir,
      remote: 'origin',
      branch: HOTFIX,
      dryRun: false,
      actor: 'on-call',
      verify: null,
      helm: testHelm(),
      logger: new RecordingLogger(),
      git: createGit(repo.work.dir, repo.env),
      github,
      argocd: null,
      ...options,
    });
  }

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
