import { ConfigurationError } from '../errors.js';
import { runProcess, type ProcessResult } from '../util/process.js';
import { SAFE_CONFIG } from './environment.js';
import { gitVersionProblem } from './version.js';

export interface GitExecOptions {
  allowFailure?: boolean;
  env?: Record<string, string>;
  input?: Buffer;
  binary?: boolean;
}

/** Runs git in the repository with an argument array (never a shell string). */
export type GitExec = (args: string[], options?: GitExecOptions) => Promise<ProcessResult>;

/** A repository directory and the one way to run git there (the Git class's private exec). */
export interface GitRun {
  readonly dir: string;
  readonly exec: GitExec;
}

/**
 * git with the safe config first and an allow-listed environment; a failure throws unless
 * `allowFailure`. The git version is checked once per process, before the first command.
 */
export async function runGit(
  dir: string,
  env: Record<string, string>,
  args: string[],
  options: GitExecOptions = {},
): Promise<ProcessResult> {
  await (versionChecked ??= requireGitVersion(env));
  const result = await runProcess('git', [...SAFE_CONFIG, ...args], {
    cwd: dir,
    env: { ...env, ...options.env },
    missing: 'git is not installed or not on PATH',
    ...(options.input ? { input: options.input } : {}),
    ...(options.binary ? { binary: true } : {}),
  });
  if (result.exitCode !== 0 && !options.allowFailure) {
    throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
  }
  return result;
}

let versionChecked: Promise<void> | null = null;

/** Once per process: an older git is a clear error, not a puzzling failure of one command later. */
async function requireGitVersion(env: Record<string, string>): Promise<void> {
  const r = await runProcess('git', ['version'], { env, missing: 'git is not installed or not on PATH' });
  const problem = gitVersionProblem(r.stdout);
  if (problem) {
    versionChecked = null;
    throw problem;
  }
}

/** A commit or tag git cannot make for want of an identity: the user's to configure. */
export function refuseNoIdentity(r: ProcessResult, what: string): void {
  if (r.exitCode !== 0 && /identity|user\.(name|email)/i.test(r.stderr)) {
    throw new ConfigurationError(
      `git has no identity for ${what}: set user.name and user.email, or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL and GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL`,
    );
  }
}

/** The first line git wrote that says something (its `fatal:`/`error:` line when there is one). */
export function firstLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
}
