import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { runProcess, type ProcessResult } from '../util/process.js';

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

  /** Every file of a commit's tree: path → blob id (one `git ls-tree` call). */
  async listTree(sha: string): Promise<Map<string, string>> {
    const r = await this.exec(['ls-tree', '-r', '-z', '--full-tree', sha]);
    const files = new Map<string, string>();
    for (const entry of r.stdout.split('\0')) {
      const m = /^\d+ (blob|commit) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (m) files.set(m[3]!, m[2]!);
    }
    return files;
  }

  /**
   * Writes the tree of a commit into `target` without touching the repository's index or work
   * tree: one `git checkout` with a private index file and `target` as its work tree.
   */
  async exportTree(sha: string, target: string): Promise<void> {
    const indexDir = await mkdtemp(path.join(os.tmpdir(), 'gp-index-'));
    await mkdir(target, { recursive: true });
    try {
      await this.exec(['--work-tree', target, 'checkout', '--quiet', sha, '--', '.'], {
        env: { GIT_INDEX_FILE: path.join(indexDir, 'index') },
      });
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
  }

  private async exec(
    args: string[],
    options: { allowFailure?: boolean; env?: NodeJS.ProcessEnv } = {},
  ): Promise<ProcessResult> {
    const result = await runProcess('git', args, {
      cwd: this.dir,
      env: { ...this.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
      missing: 'git is not installed or not on PATH',
    });
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return result;
  }
}
