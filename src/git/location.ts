import { ConfigurationError } from '../errors.js';
import type { RepoLocation } from '../ports/git.js';
import type { ProcessResult } from '../util/process.js';
import type { GitRun } from './exec.js';

/** What kind of repository a directory is, and where in it it stands. */

export async function isRepository(git: GitRun): Promise<boolean> {
  const r = await git.exec(['rev-parse', '--git-dir'], { allowFailure: true });
  return r.exitCode === 0;
}

/** True in a shallow clone (actions/checkout's default, fetch-depth: 1): history is missing. */
export async function isShallow(git: GitRun): Promise<boolean> {
  const r = await git.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
  return r.stdout.trim() === 'true';
}

/** Refuses a shallow clone up front, for a command that needs the history (ancestry, merges, logs). */
export async function requireFullHistory(git: GitRun, command: string): Promise<void> {
  if (await isShallow(git))
    throw new ConfigurationError(
      `${git.dir} is a shallow clone, and ${command} needs the history: check out with fetch-depth: 0 (actions/checkout), or run git fetch --unshallow`,
    );
}

/**
 * Refuses a directory inside a repository: Argo CD resolves an Application's paths from the top of
 * its repository, so the GitOps repo is read from there.
 */
export async function requireTopLevel(git: GitRun): Promise<void> {
  const r = await git.exec(['rev-parse', '--show-prefix'], { allowFailure: true });
  const prefix = r.exitCode === 0 ? r.stdout.trim() : '';
  if (prefix) {
    throw new ConfigurationError(
      `${git.dir} is the directory ${prefix} of a git repository: give its top (Argo CD resolves an Application's paths from the repository root)`,
    );
  }
}

/**
 * Where `dir` stands: the top of a repository (a bare one included), a directory inside one, not
 * in a repository at all, or unknown because git is missing or too old (which only a command that
 * needs git refuses).
 */
export async function tryLocation(git: GitRun): Promise<RepoLocation> {
  let r: ProcessResult;
  try {
    r = await git.exec(['rev-parse', '--show-prefix'], { allowFailure: true });
  } catch (e) {
    if (e instanceof ConfigurationError) return 'git-unavailable';
    throw e;
  }
  if (r.exitCode !== 0) return 'not-a-repository';
  return r.stdout.trim() ? 'subdirectory' : 'top-level';
}
