import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from './fixture-repo.js';
import { git, isolatedGitEnv } from './git.js';

/**
 * A fixture repo with a history: `test/fixtures/<name>/repo/` is the first commit, each
 * `test/fixtures/<name>/commits/<n>-<slug>/` an overlay tree committed on top, in order of `<n>`.
 * An overlay's `MESSAGE` is its commit message and `DELETE` lists repo paths (one a line, `#`
 * comments) removed before the overlay is copied; neither is part of the tree. `FIXTURE.md` opens
 * with a front matter: `defaultBranch:` (the branch `origin/HEAD` names) and `message:` (the
 * first commit's message). Every commit has its own fixed date, so its id is the same on every run.
 */
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test/fixtures');

export interface FixtureCommit {
  /** `base` for the first commit, else the overlay's directory name (`1-bump-api`). */
  step: string;
  message: string;
  sha: string;
}

export interface FixtureHistory {
  name: string;
  /** A clone of `origin` (what a user or CI checks out); its HEAD is detached at the last commit. */
  dir: string;
  /** The bare repository the clone came from; its HEAD is the default branch. */
  origin: string;
  env: NodeJS.ProcessEnv;
  defaultBranch: string;
  commits: FixtureCommit[];
  /** Detaches the clone's work tree at `sha` (validate reads the working tree, as in CI). */
  checkout(sha: string): void;
  cleanup(): void;
}

export interface FixtureMeta {
  defaultBranch: string;
  message: string;
  /** Where the bootstrap Applications are (`bootstrap:` in the front matter), for the oracle. */
  bootstrapGlob: string;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((n) => existsSync(path.join(FIXTURES_DIR, n, 'FIXTURE.md')))
    .sort();
}

export function fixtureMeta(name: string): FixtureMeta {
  const text = readFileSync(path.join(FIXTURES_DIR, name, 'FIXTURE.md'), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
  if (!front) throw new Error(`${name}/FIXTURE.md has no front matter`);
  const field = (key: string, fallback?: string) => {
    const m = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(front);
    if (!m && fallback === undefined) throw new Error(`${name}/FIXTURE.md front matter has no ${key}`);
    return m ? m[1]!.trim().replace(/^"(.*)"$/, '$1') : fallback!;
  };
  return {
    defaultBranch: field('defaultBranch'),
    message: field('message'),
    bootstrapGlob: field('bootstrap', 'argocd-bootstrap-apps/*.yaml'),
  };
}

/** The overlay directories of a fixture, in commit order. */
export function fixtureSteps(name: string): string[] {
  const dir = path.join(FIXTURES_DIR, name, 'commits');
  if (!existsSync(dir)) return [];
  const n = (s: string) => Number(/^(\d+)-/.exec(s)?.[1] ?? NaN);
  const steps = readdirSync(dir);
  for (const s of steps) if (Number.isNaN(n(s))) throw new Error(`${name}/commits/${s} is not <n>-<slug>`);
  return steps.sort((a, b) => n(a) - n(b));
}

const DAY = 86_400_000;
const EPOCH = Date.parse('2026-03-02T09:30:00Z');

/** Commits everything in `dir` with the date of step `index` (a day apart). */
export function commitStep(dir: string, env: NodeJS.ProcessEnv, index: number, message: string): string {
  const date = new Date(EPOCH + index * DAY).toISOString();
  const dated = { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  git(dir, dated, 'add', '-A');
  git(dir, dated, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, dated, 'rev-parse', 'HEAD');
}

/** Applies one overlay: its DELETE list, then its files (MESSAGE and DELETE excluded). */
export function applyOverlay(work: string, overlay: string): string {
  const list = path.join(overlay, 'DELETE');
  if (existsSync(list)) {
    for (const line of readFileSync(list, 'utf8').split('\n')) {
      const rel = line.replace(/#.*$/, '').trim();
      if (!rel) continue;
      const target = path.resolve(work, rel);
      if (!target.startsWith(work + path.sep)) throw new Error(`${list}: ${rel} is outside the repo`);
      if (!existsSync(target)) throw new Error(`${list}: ${rel} does not exist`);
      rmSync(target, { recursive: true });
    }
  }
  for (const entry of readdirSync(overlay)) {
    if (entry === 'MESSAGE' || entry === 'DELETE') continue;
    cpSync(path.join(overlay, entry), path.join(work, entry), { recursive: true });
  }
  return readFileSync(path.join(overlay, 'MESSAGE'), 'utf8').trim();
}

/** Builds the fixture's history in a temp dir: a bare `origin` and a clone of it. */
export function buildFixtureHistory(name: string): FixtureHistory {
  const meta = fixtureMeta(name);
  const root = mkdtempSync(path.join(os.tmpdir(), `gp-hist-${name}-`));
  const env = isolatedGitEnv();
  const build = path.join(root, 'build');
  cpSync(path.join(FIXTURES_DIR, name, 'repo'), build, { recursive: true });
  git(build, env, 'init', '-q', '-b', meta.defaultBranch);
  const commits: FixtureCommit[] = [
    { step: 'base', message: meta.message, sha: commitStep(build, env, 0, meta.message) },
  ];
  fixtureSteps(name).forEach((step, i) => {
    const message = applyOverlay(build, path.join(FIXTURES_DIR, name, 'commits', step));
    commits.push({ step, message, sha: commitStep(build, env, i + 1, message) });
  });
  return publishHistory(name, { root, build, env, defaultBranch: meta.defaultBranch }, commits);
}

/**
 * The history built in `at.build` pushed to a bare `origin` (its HEAD the default branch) and cloned
 * as a user or CI would; the build directory is removed.
 */
export function publishHistory(
  name: string,
  at: { root: string; build: string; env: NodeJS.ProcessEnv; defaultBranch: string },
  commits: FixtureCommit[],
): FixtureHistory {
  const { root, build, env, defaultBranch } = at;
  const origin = path.join(root, 'origin.git');
  git(root, env, 'init', '-q', '--bare', '-b', defaultBranch, origin);
  git(build, env, 'push', '-q', origin, `${defaultBranch}:${defaultBranch}`);
  const dir = path.join(root, 'work');
  git(root, env, 'clone', '-q', origin, dir);
  rmSync(build, { recursive: true, force: true });
  return {
    name,
    dir,
    origin,
    env,
    defaultBranch,
    commits,
    checkout: (sha) => void git(dir, env, 'checkout', '-q', '--detach', sha),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A fixture's history for the tests of one file: built before them, removed after; `sha(step)` is
 * the commit of a step (`base`, `1-bump-api`, …).
 */
export function useFixtureHistory(name: string): {
  history: () => FixtureHistory;
  sha: (step: string) => string;
} {
  let h: FixtureHistory | undefined;
  beforeAll(() => void (h = buildFixtureHistory(name)));
  afterAll(() => h?.cleanup());
  const history = () => h!;
  return { history, sha: (step) => history().commits.find((c) => c.step === step)!.sha };
}

/** The tree of one commit of the clone, written to a new temp dir (the caller removes it). */
export function exportCommit(h: FixtureHistory, sha: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gp-tree-${h.name}-`));
  const tar = execFileSync('git', ['archive', '--format=tar', sha], {
    cwd: h.dir,
    env: h.env,
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}
