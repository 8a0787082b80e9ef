import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  commitStep,
  fixtureMeta,
  FIXTURES_DIR,
  type FixtureCommit,
  publishHistory,
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
  return publishHistory(name, { root, build, env, defaultBranch: meta.defaultBranch }, commits);
}
