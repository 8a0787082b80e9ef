import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * The one git wrapper: argument arrays only, one private exec, `try*` methods return
 * booleans or null instead of throwing. Credentials come from the environment
 * (GIT_CONFIG_COUNT/KEY/VALUE), never from argv.
 */
export class Git {
  constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async tryRevParse(ref: string): Promise<string | null> {
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout.trim() : null;
  }

  async revParse(ref: string): Promise<string> {
    const sha = await this.tryRevParse(ref);
    if (!sha) throw new ConfigurationError(`git ref "${ref}" does not name a commit in ${this.dir}`);
    return sha;
  }

  async isRepository(): Promise<boolean> {
    const r = await this.exec(['rev-parse', '--git-dir'], { allowFailure: true });
    return r.exitCode === 0;
  }

  /**
   * Writes the tree of `ref` into `target` without touching the repository's index or work tree
   * (a private index file, then checkout-index into the target).
   */
  async exportTree(ref: string, target: string): Promise<void> {
    const sha = await this.revParse(ref);
    const indexDir = await mkdtemp(path.join(os.tmpdir(), 'gp-index-'));
    const env = { GIT_INDEX_FILE: path.join(indexDir, 'index') };
    try {
      await this.exec(['read-tree', sha], { env });
      const prefix = target.endsWith(path.sep) ? target : target + path.sep;
      await this.exec(['checkout-index', '--all', '--force', `--prefix=${prefix}`], { env });
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
  }

  private exec(
    args: string[],
    options: { allowFailure?: boolean; env?: NodeJS.ProcessEnv } = {},
  ): Promise<ExecResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.dir,
        env: { ...this.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'ENOENT' ? new ConfigurationError('git is not installed or not on PATH') : e),
      );
      child.on('close', (code) => {
        const result = {
          exitCode: code ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        };
        if (result.exitCode !== 0 && !options.allowFailure) {
          reject(new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim()}`));
        } else {
          resolve(result);
        }
      });
    });
  }
}
