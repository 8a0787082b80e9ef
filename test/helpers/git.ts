import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * An environment for real git with nothing of the machine's config: a temp global config,
 * no system config, fixed identity and dates (golden output stays stable).
 */
export function isolatedGitEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(path.join(os.tmpdir(), 'gp-githome-'));
  const global = path.join(home, 'gitconfig');
  writeFileSync(global, '[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_GLOBAL: global,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  };
}

export function git(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** `git init -b <branch>`, then one commit of everything in the directory. */
export function initRepo(dir: string, env: NodeJS.ProcessEnv, branch = 'dev'): string {
  git(dir, env, 'init', '-q', '-b', branch);
  return commitAll(dir, env, 'initial');
}

export function commitAll(dir: string, env: NodeJS.ProcessEnv, message: string): string {
  git(dir, env, 'add', '-A');
  git(dir, env, 'commit', '-q', '-m', message);
  return git(dir, env, 'rev-parse', 'HEAD');
}
