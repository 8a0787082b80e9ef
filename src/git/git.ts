import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { runProcess, type ProcessResult } from '../util/process.js';

/**
 * The one git wrapper: argument arrays only, one private exec, `try*` methods return
 * booleans, null or an outcome instead of throwing. Credentials come from the environment
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
   * Refuses a directory inside a repository: Argo CD resolves an Application's paths from the top of
   * its repository, so the GitOps repo is read from there.
   */
  async requireTopLevel(): Promise<void> {
    const r = await this.exec(['rev-parse', '--show-prefix'], { allowFailure: true });
    const prefix = r.exitCode === 0 ? r.stdout.trim() : '';
    if (prefix) {
      throw new ConfigurationError(
        `${this.dir} is the directory ${prefix} of a git repository: give its top (Argo CD resolves an Application's paths from the repository root)`,
      );
    }
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

  /** Fetches branches from a remote into its remote-tracking refs (`refs/remotes/<remote>/<b>`). */
  async fetch(remote: string, branches: readonly string[]): Promise<void> {
    const specs = branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const r = await this.exec(['fetch', '--quiet', '--no-tags', remote, ...specs], { allowFailure: true });
    if (r.exitCode !== 0) {
      // An unknown remote, a branch it does not have, no access: the user's to fix.
      throw new ConfigurationError(
        `cannot fetch ${branches.join(', ')} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`,
      );
    }
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (r.exitCode > 1) throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
    return r.exitCode === 0;
  }

  /** Whether `ancestor` is `descendant` or one of its ancestors; false also when either is not in the repository. */
  async tryIsAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    return r.exitCode === 0;
  }

  /** Commits in `range` (e.g. `a..b`), oldest first: sha, author, ISO date, subject. */
  async log(range: string): Promise<{ sha: string; author: string; date: string; subject: string }[]> {
    const r = await this.exec(['log', '--reverse', '--format=%H%x1f%an%x1f%cI%x1f%s', range]);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, author, date, subject] = line.split('\x1f') as [string, string, string, string];
        return { sha, author, date, subject };
      });
  }

  /** The committer date of a commit (ISO 8601). */
  async commitDate(sha: string): Promise<string> {
    return (await this.exec(['show', '-s', '--format=%cI', sha])).stdout.trim();
  }

  /**
   * A merge commit of `theirs` into `ours` made without a work tree (`merge-tree --write-tree`),
   * or the conflicting paths when the two do not merge cleanly.
   */
  async mergeCommit(
    ours: string,
    theirs: string,
    message: string,
  ): Promise<{ sha: string } | { conflicts: string[] }> {
    const r = await this.exec(['merge-tree', '--write-tree', '--name-only', '--no-messages', ours, theirs], {
      allowFailure: true,
    });
    const [tree, ...rest] = r.stdout.trim().split('\n');
    if (r.exitCode === 1) return { conflicts: rest.filter(Boolean) };
    if (r.exitCode !== 0 || !tree) throw new Error(`git merge-tree failed: ${r.stderr.trim()}`);
    const c = await this.exec(['commit-tree', tree, '-p', ours, '-p', theirs, '-m', message], {
      allowFailure: true,
    });
    if (c.exitCode !== 0 && /identity|user\.(name|email)/i.test(c.stderr)) {
      throw new ConfigurationError(
        'git has no identity for the merge commit: set user.name and user.email, or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL and GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL',
      );
    }
    if (c.exitCode !== 0) throw new Error(`git commit-tree failed: ${c.stderr.trim()}`);
    return { sha: c.stdout.trim() };
  }

  /**
   * Pushes `sha` to `refs/heads/<branch>` only if the remote branch is still at `expected`
   * (compare-and-swap; git's `--force-with-lease`): `lease-lost` when it moved, `rejected` with the
   * remote's reason when the remote refused the update (branch protection, a hook).
   */
  async tryPushWithLease(
    remote: string,
    branch: string,
    sha: string,
    expected: string,
  ): Promise<{ pushed: true } | { pushed: false; leaseLost: boolean; reason: string }> {
    const ref = `refs/heads/${branch}`;
    const r = await this.exec(
      ['push', '--porcelain', `--force-with-lease=${ref}:${expected}`, remote, `${sha}:${ref}`],
      {
        allowFailure: true,
      },
    );
    if (r.exitCode === 0) return { pushed: true };
    const out = `${r.stdout}\n${r.stderr}`;
    if (/\[rejected\] \((stale info|fetch first|non-fast-forward)\)/.test(out)) {
      return { pushed: false, leaseLost: true, reason: 'stale info' };
    }
    const remoteRejected = /\[remote rejected\] \((.*)\)/.exec(out);
    const hookLines = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('remote: '))
      .map((l) => l.slice('remote: '.length).trim())
      .filter(Boolean);
    if (remoteRejected) {
      const reason = [remoteRejected[1], ...hookLines.slice(0, 3)].join('; ');
      return { pushed: false, leaseLost: false, reason };
    }
    throw new ConfigurationError(
      `cannot push to ${remote}: ${firstLine(r.stderr) || `git push exit ${r.exitCode}`}`,
    );
  }

  /** The sha a remote branch has now (ls-remote), or null when it does not exist. */
  async remoteBranch(remote: string, branch: string): Promise<string | null> {
    const r = await this.exec(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
    return r.stdout.split('\t')[0]?.trim() || null;
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

/** The first line git wrote that says something (its `fatal:`/`error:` line when there is one). */
function firstLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
}
