import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  commitStep,
  fixtureMeta,
  FIXTURES_DIR,
  type FixtureCommit,
  type FixtureHistory,
} from './fixture-history.js';
import { git, isolatedGitEnv } from './git.js';

/** One commit of an edited history: its step name and what it does to the work tree. */
export interface EditStep {
  step: string;
  edit: (dir: string) => void;
}

/**
 * A fixture's repo (test/fixtures/<name>/repo), `setup` applied, as the first commit (`base`), then
 * one commit per step: a history written in the test instead of in overlay directories. Its name is
 * the fixture's, so the oracle reads the fixture's bootstrap glob.
 */
export function editedHistory(name: string, setup: (dir: string) => void, steps: EditStep[]): FixtureHistory {
  const meta = fixtureMeta(name);
  const root = mkdtempSync(path.join(os.tmpdir(), `gp-edit-${name}-`));
  const env = isolatedGitEnv();
  const build = path.join(root, 'build');
  cpSync(path.join(FIXTURES_DIR, name, 'repo'), build, { recursive: true });
  setup(build);
  git(build, env, 'init', '-q', '-b', meta.defaultBranch);
  const commits: FixtureCommit[] = [
    { step: 'base', message: 'base', sha: commitStep(build, env, 0, 'base') },
  ];
  steps.forEach(({ step, edit }, i) => {
    edit(build);
    commits.push({ step, message: step, sha: commitStep(build, env, i + 1, step) });
  });
  const origin = path.join(root, 'origin.git');
  git(root, env, 'init', '-q', '--bare', '-b', meta.defaultBranch, origin);
  git(build, env, 'push', '-q', origin, `${meta.defaultBranch}:${meta.defaultBranch}`);
  const dir = path.join(root, 'work');
  git(root, env, 'clone', '-q', origin, dir);
  rmSync(build, { recursive: true, force: true });
  return {
    name,
    dir,
    origin,
    env,
    defaultBranch: meta.defaultBranch,
    commits,
    checkout: (sha) => void git(dir, env, 'checkout', '-q', '--detach', sha),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
