import { exec } from '@actions/exec';
import { which } from '@actions/io';
import { ConfigurationError } from '../errors.js';

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes (git cat-file --batch output is binary). */
  stdoutBytes: Buffer;
}

export interface ProcessOptions {
  cwd?: string;
  /**
   * The child's whole environment: nothing of this process's environment is passed unless it is
   * here. Build it with `allowEnv`.
   */
  env: Readonly<Record<string, string>>;
  /** The message when the program is not installed (a ConfigurationError). */
  missing: string;
  /** Written to the child's standard input, which is then closed. */
  input?: Buffer;
  /** stdout is bytes only (`stdout` stays empty): no string of a whole tree's contents is made. */
  binary?: boolean;
}

/**
 * The one process runner (on @actions/exec): an argument array, never a shell string; silent (no
 * command line echoed to the log); an explicit environment. A missing program is the user's to fix.
 */
export async function runProcess(
  program: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let exitCode: number;
  try {
    exitCode = await exec(await located(program), [...args], {
      cwd: options.cwd,
      env: { ...options.env },
      silent: true,
      ignoreReturnCode: true,
      // A child that leaves a grandchild holding its pipes must not keep us 10 s.
      delay: 1000,
      // Only git cat-file --batch is given input: it reads it all before it exits, so the write
      // never meets a closed pipe (@actions/exec has no handler for that).
      ...(options.input ? { input: options.input } : {}),
      listeners: { stdout: (d: Buffer) => out.push(d), stderr: (d: Buffer) => err.push(d) },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/Unable to locate executable file|ENOENT/.test(message))
      throw new ConfigurationError(options.missing);
    throw e;
  }
  const stdoutBytes = Buffer.concat(out);
  return {
    exitCode,
    stdout: stdoutBytes.toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    stdoutBytes,
  };
}

const locations = new Map<string, Promise<string>>();

/**
 * A program named without a path, looked up on PATH once per process: @actions/exec looks a bare name
 * up in every directory of PATH on every run (a diff runs git a dozen times), and once given a path it
 * only checks that one. A program that is not found is looked up again next time.
 */
function located(program: string): Promise<string> {
  if (program.includes('/') || program.includes('\\')) return Promise.resolve(program);
  const key = `${program}\0${process.env.PATH ?? ''}`;
  let found = locations.get(key);
  if (!found) {
    found = which(program, true);
    locations.set(key, found);
    found.catch(() => locations.delete(key));
  }
  return found;
}

/**
 * The environment variables of `from` whose names are in `names` or match one of `patterns`:
 * the only way a child process sees anything of ours.
 */
export function allowEnv(
  from: NodeJS.ProcessEnv,
  names: readonly string[],
  patterns: readonly RegExp[] = [],
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(from)) {
    if (v === undefined) continue;
    if (names.includes(k) || patterns.some((p) => p.test(k))) env[k] = v;
  }
  return env;
}

/** Proxy settings, for the children that may reach the network (git fetch/push, helm dependency build). */
export const PROXY_ENV = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
