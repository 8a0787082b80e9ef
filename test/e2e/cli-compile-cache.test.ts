import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { compileCacheChoice } from '../../src/cli/compile-cache.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { describeWithNode24, NODE24, spawnCollect } from '../helpers/runner.js';

const describeBundles = describeWithNode24();
let home = '';
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(`${home}-work`, { recursive: true, force: true });
});

/** The committed CLI with node's own compile-cache log on (NODE_DEBUG_NATIVE), in a fresh home. */
async function cli(env: Record<string, string> = {}) {
  const node = NODE24.kind === 'found' ? NODE24.path : process.execPath;
  const run = await spawnCollect(
    node,
    [path.join(PROJECT_ROOT, 'bin/gitops-promotion.js'), 'diff', '--help'],
    {
      // A working directory of its own, not the home: the cache is never under the working directory.
      cwd: work(),
      env: { PATH: process.env.PATH, HOME: home, NODE_DEBUG_NATIVE: 'COMPILE_CACHE', ...env },
    },
  );
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain('Usage: gitops-promotion diff');
  return run;
}

function work(): string {
  const dir = path.join(home, '..', `${path.basename(home)}-work`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) : []);

describeBundles('the CLI keeps V8 compiled code per user between runs', () => {
  it('never in a git work tree: not with HOME at a repository, run from elsewhere', async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'gp-ccache-'));
    mkdirSync(path.join(home, '.git'));
    const run = await cli();
    expect(readdirSync(home)).toEqual(['.git']);
    expect(run.stderr).not.toContain('reading cache');
  });

  it('never under the working directory: not with an empty HOME (a checkout could hold the entries)', async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'gp-ccache-'));
    const run = await cli({ HOME: '' });
    expect(readdirSync(`${home}-work`)).toEqual([]);
    expect(run.stderr).not.toContain('reading cache');
  });

  it('under ~/.cache, and the next run reads it back', async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'gp-ccache-'));
    const dir = path.join(home, '.cache', 'gitops-promotion', 'node-compile-cache');
    await cli();
    expect(entries(dir).length).toBeGreaterThan(1);
    const again = await cli();
    expect(again.stderr).toMatch(/V8 code cache for ESM file:.*cli\/dist\/\d+\.index\.js was accepted/);
  });

  it('under XDG_CACHE_HOME when it is absolute, never under a relative one', async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'gp-ccache-'));
    await cli({ XDG_CACHE_HOME: path.join(home, 'xdg') });
    expect(entries(path.join(home, 'xdg', 'gitops-promotion', 'node-compile-cache')).length).toBeGreaterThan(
      1,
    );
    expect(existsSync(path.join(home, '.cache'))).toBe(false);
    await cli({ XDG_CACHE_HOME: 'relative' });
    expect(existsSync(path.join(home, 'relative'))).toBe(false);
    expect(entries(path.join(home, '.cache', 'gitops-promotion')).length).toBeGreaterThan(1);
  });

  it('not in CI (a GitHub Actions job, CI set), nor when node is told not to', async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'gp-ccache-'));
    const runs = [
      await cli({ GITHUB_ACTIONS: 'true' }),
      await cli({ CI: 'true' }),
      await cli({ CI: '1' }),
      await cli({ NODE_DISABLE_COMPILE_CACHE: '1' }),
    ];
    expect(readdirSync(home)).toEqual([]);
    for (const run of runs) expect(run.stderr).not.toContain('reading cache');
    await cli({ CI: 'false' });
    expect(readdirSync(home)).toEqual(['.cache']);
  });
});

it('chooses a per-user directory outside the working directory, or none', () => {
  const home = () => '/home/u';
  const dir = (d: string) => ({ kind: 'dir', dir: path.join(d, 'gitops-promotion', 'node-compile-cache') });
  const none = () => false;
  expect(compileCacheChoice({}, '/work/repo', home, none)).toEqual(dir('/home/u/.cache'));
  // A home that is a work tree (dotfiles), or an XDG_CACHE_HOME inside one: a checkout could plant entries.
  const gitAt = (d: string) => (p: string) => p === path.join(d, '.git');
  expect(compileCacheChoice({}, '/work/repo/sub', home, gitAt('/home/u')).kind).toBe('off');
  expect(compileCacheChoice({}, '/work/repo/sub', home, gitAt('/')).kind).toBe('off');
  expect(compileCacheChoice({}, '/work/repo/sub', home, gitAt('/work/repo'))).toEqual(dir('/home/u/.cache'));
  expect(compileCacheChoice({ XDG_CACHE_HOME: '/xdg' }, '/work/repo', home, none)).toEqual(dir('/xdg'));
  expect(compileCacheChoice({ XDG_CACHE_HOME: 'rel' }, '/work/repo', home, none)).toEqual(
    dir('/home/u/.cache'),
  );
  expect(compileCacheChoice({ NODE_COMPILE_CACHE: '/c' }, '/work/repo', home)).toEqual({ kind: 'node' });
  for (const env of [
    { CI: 'true' },
    { CI: '1' },
    { GITHUB_ACTIONS: 'true' },
    { CI: 'true', NODE_COMPILE_CACHE: '/c' },
  ])
    expect(compileCacheChoice(env, '/work/repo', home).kind).toBe('off');
  expect(compileCacheChoice({ CI: 'false' }, '/work/repo', home, none).kind).toBe('dir');
  expect(compileCacheChoice({}, '/work/repo', () => '').kind).toBe('off');
  expect(compileCacheChoice({}, '/home/u', home).kind).toBe('off');
  expect(compileCacheChoice({ XDG_CACHE_HOME: '/work/repo/.c' }, '/work/repo', home).kind).toBe('off');
});
