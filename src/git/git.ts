import { ConfigurationError } from '../errors.js';
import { clip } from '../util/clip.js';
import { runProcess, type ProcessResult } from '../util/process.js';
import { gitEnvironment, SAFE_CONFIG } from './environment.js';
import { writeTree, type TreeEntry } from './export-tree.js';
import { branchProblem, isFullSha, refProblem, revisionBase } from './refs.js';

/**
 * The one git wrapper: argument arrays only, one private exec, `try*` methods return
 * booleans, null or an outcome instead of throwing. Credentials come from the environment
 * (GIT_CONFIG_COUNT/KEY/VALUE), never from argv. Git sees an allow-listed environment; every ref,
 * branch and remote is checked for its kind before it becomes an argument.
 */
export class Git {
  private readonly env: Record<string, string>;

  constructor(
    readonly dir: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.env = gitEnvironment(env);
  }

  /**
   * The commit a ref names, or null when there is none. A name that is not a ref or a sha is a
   * ConfigurationError (never an argument), and so is a name both a branch and a tag have.
   */
  async tryRevParse(ref: string): Promise<string | null> {
    this.requireRevisions(ref);
    await this.refuseAmbiguous(ref);
    const r = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? r.stdout.trim() : null;
  }

  /** A short name that is both a branch and a tag (or a remote-tracking branch) is refused, naming both. */
  private async refuseAmbiguous(ref: string): Promise<void> {
    const name = revisionBase(ref);
    if (name === 'HEAD' || name.startsWith('refs/') || isFullSha(name)) return;
    const candidates = [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`];
    const r = await this.exec(['for-each-ref', '--format=%(refname)', '--', ...candidates], {
      allowFailure: true,
    });
    const found = r.stdout.split('\n').filter((l) => candidates.includes(l));
    if (found.length > 1)
      throw new ConfigurationError(
        `git ref "${clip(ref)}" is ambiguous: ${found.join(' and ')} both exist; give the full ref name`,
      );
  }

  /** True in a shallow clone (actions/checkout's default, fetch-depth: 1): history is missing. */
  async isShallow(): Promise<boolean> {
    const r = await this.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
    return r.stdout.trim() === 'true';
  }

  /** Refuses a shallow clone up front, for a command that needs the history (ancestry, merges, logs). */
  async requireFullHistory(command: string): Promise<void> {
    if (await this.isShallow())
      throw new ConfigurationError(
        `${this.dir} is a shallow clone, and ${command} needs the history: check out with fetch-depth: 0 (actions/checkout), or run git fetch --unshallow`,
      );
  }

  /** Refuses a remote that is not configured in the repository (never an arbitrary URL or flag). */
  async requireRemote(remote: string): Promise<void> {
    const r = await this.exec(['remote'], { allowFailure: true });
    const remotes = r.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!remotes.includes(remote))
      throw new ConfigurationError(
        `"${clip(remote)}" is not a git remote of ${this.dir} (remotes: ${remotes.join(', ') || 'none'})`,
      );
  }

  async revParse(ref: string): Promise<string> {
    const sha = await this.tryRevParse(ref);
    if (!sha) throw new ConfigurationError(`git ref "${clip(ref)}" does not name a commit in ${this.dir}`);
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

  /**
   * Where `dir` stands: the top of a repository (a bare one included), a directory inside one, not
   * in a repository at all, or unknown because git is missing or too old (which only a command that
   * needs git refuses).
   */
  async tryLocation(): Promise<'top-level' | 'subdirectory' | 'not-a-repository' | 'git-unavailable'> {
    let r: ProcessResult;
    try {
      r = await this.exec(['rev-parse', '--show-prefix'], { allowFailure: true });
    } catch (e) {
      if (e instanceof ConfigurationError) return 'git-unavailable';
      throw e;
    }
    if (r.exitCode !== 0) return 'not-a-repository';
    return r.stdout.trim() ? 'subdirectory' : 'top-level';
  }

  /**
   * The branch a remote's HEAD names (`refs/remotes/<remote>/HEAD`, which `git clone` and
   * `git remote set-head` write), or null when there is none or it is not a branch name.
   */
  async tryRemoteHead(remote: string): Promise<string | null> {
    this.requireBranches([remote]);
    const r = await this.exec(['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`], {
      allowFailure: true,
    });
    const prefix = `refs/remotes/${remote}/`;
    const target = r.stdout.trim();
    if (r.exitCode !== 0 || !target.startsWith(prefix)) return null;
    const branch = target.slice(prefix.length);
    return branchProblem(branch) ? null : branch;
  }

  /**
   * Which of `names` exist as a local branch or a remote-tracking branch of any remote
   * (`refs/heads/<n>`, `refs/remotes/<remote>/<n>`), each once, in the order given.
   */
  async tryBranchesNamed(names: readonly string[]): Promise<string[]> {
    this.requireBranches(names);
    const patterns = names.flatMap((n) => [`refs/heads/${n}`, `refs/remotes/*/${n}`]);
    const r = await this.exec(['for-each-ref', '--format=%(refname)', '--', ...patterns], {
      allowFailure: true,
    });
    if (r.exitCode !== 0) return [];
    const refs = r.stdout.split('\n').filter(Boolean);
    return names.filter((n) =>
      refs.some((ref) => ref === `refs/heads/${n}` || /^refs\/remotes\/[^/]+\/(.+)$/.exec(ref)?.[1] === n),
    );
  }

  /**
   * The URL configured for a remote (`remote.<name>.url`, as written: no `insteadOf` rewriting), or
   * null. It may carry credentials: callers strip them before the URL goes anywhere.
   */
  async tryRemoteUrl(remote: string): Promise<string | null> {
    this.requireBranches([remote]);
    const r = await this.exec(['config', '--get', '--', `remote.${remote}.url`], { allowFailure: true });
    const url = r.stdout.trim();
    return r.exitCode === 0 && url ? url : null;
  }

  /**
   * Writes the tree of a commit into `target` from the object store (`git cat-file --batch`): the
   * bytes git holds, with no checkout, so no filter (LFS, ident, eol), hook or attribute of the
   * repository runs, and the repository's index and work tree are never touched.
   */
  async exportTree(sha: string, target: string): Promise<TreeEntry[]> {
    const entries = await this.treeEntries(sha);
    const blobs = entries.filter((e) => e.type === 'blob');
    const r = await this.exec(['cat-file', '--batch'], {
      input: Buffer.from(blobs.map((e) => `${e.oid}\n`).join('')),
      binary: true,
    });
    await writeTree(target, entries, r.stdoutBytes);
    return entries;
  }

  private async treeEntries(sha: string): Promise<TreeEntry[]> {
    this.requireSha(sha);
    const r = await this.exec(['ls-tree', '-r', '-z', '--full-tree', sha]);
    const entries: TreeEntry[] = [];
    for (const entry of r.stdout.split('\0')) {
      const m = /^(\d+) (blob|commit) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (m) entries.push({ mode: m[1]!, type: m[2] as 'blob' | 'commit', oid: m[3]!, path: m[4]! });
    }
    return entries;
  }

  private requireSha(sha: string): void {
    if (!isFullSha(sha)) throw new Error(`not a full commit sha: ${clip(sha)}`);
  }

  /** Fetches branches from a remote into its remote-tracking refs (`refs/remotes/<remote>/<b>`). */
  async fetch(remote: string, branches: readonly string[]): Promise<void> {
    await this.requireRemote(remote);
    this.requireBranches(branches);
    const specs = branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const r = await this.exec(['fetch', '--quiet', '--no-tags', '--end-of-options', remote, ...specs], {
      allowFailure: true,
    });
    if (r.exitCode !== 0) {
      // An unknown remote, a branch it does not have, no access: the user's to fix.
      throw new ConfigurationError(
        `cannot fetch ${branches.join(', ')} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`,
      );
    }
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    this.requireRevisions(ancestor, descendant);
    const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (r.exitCode > 1) throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
    return r.exitCode === 0;
  }

  /** Whether `ancestor` is `descendant` or one of its ancestors; false also when either is not in the repository. */
  async tryIsAncestor(ancestor: string, descendant: string): Promise<boolean> {
    this.requireRevisions(ancestor, descendant);
    const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    return r.exitCode === 0;
  }

  /** Commits in `range` (e.g. `a..b`), oldest first: sha, author, ISO date, subject. */
  async log(range: string): Promise<{ sha: string; author: string; date: string; subject: string }[]> {
    this.requireRevisions(...range.split(/\.\.\.?/));
    const r = await this.exec([
      'log',
      '--reverse',
      '--format=%H%x1f%an%x1f%cI%x1f%s',
      '--end-of-options',
      range,
    ]);
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
    this.requireRevisions(sha);
    return (await this.exec(['show', '-s', '--format=%cI', '--end-of-options', sha])).stdout.trim();
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
    this.requireRevisions(ours, theirs);
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
    await this.requireRemote(remote);
    this.requireBranches([branch]);
    this.requireSha(sha);
    this.requireSha(expected);
    const ref = `refs/heads/${branch}`;
    const r = await this.exec(
      ['push', '--porcelain', `--force-with-lease=${ref}:${expected}`, '--', remote, `${sha}:${ref}`],
      { allowFailure: true },
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
    await this.requireRemote(remote);
    this.requireBranches([branch]);
    const r = await this.exec(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`]);
    return r.stdout.split('\t')[0]?.trim() || null;
  }

  private requireBranches(branches: readonly string[]): void {
    refuseAny(branchProblem, branches);
  }

  private requireRevisions(...revisions: string[]): void {
    refuseAny(refProblem, revisions);
  }

  private async exec(
    args: string[],
    options: { allowFailure?: boolean; env?: Record<string, string>; input?: Buffer; binary?: boolean } = {},
  ): Promise<ProcessResult> {
    await (versionChecked ??= requireGitVersion(this.env));
    const env = { ...this.env, ...options.env };
    const result = await runProcess('git', [...SAFE_CONFIG, ...args], {
      cwd: this.dir,
      env,
      missing: 'git is not installed or not on PATH',
      ...(options.input ? { input: options.input } : {}),
      ...(options.binary ? { binary: true } : {}),
    });
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new Error(`git ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim()}`);
    }
    return result;
  }
}

/** The first value `check` refuses, as a ConfigurationError (never an argument). */
function refuseAny(check: (value: string) => string | null, values: readonly string[]): void {
  for (const v of values) {
    const problem = check(v);
    if (problem) throw new ConfigurationError(problem);
  }
}

/** The oldest git with everything the commands use (`merge-tree --write-tree`, `--end-of-options`). */
export const MIN_GIT_VERSION = [2, 38] as const;
let versionChecked: Promise<void> | null = null;

/** Once per process: an older git is a clear error, not a puzzling failure of one command later. */
async function requireGitVersion(env: Record<string, string>): Promise<void> {
  const r = await runProcess('git', ['version'], { env, missing: 'git is not installed or not on PATH' });
  const m = /git version (\d+)\.(\d+)/.exec(r.stdout);
  if (!m) return;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major < MIN_GIT_VERSION[0] || (major === MIN_GIT_VERSION[0] && minor < MIN_GIT_VERSION[1])) {
    versionChecked = null;
    throw new ConfigurationError(
      `${r.stdout.trim()} is too old: gitops-promotion needs git ${MIN_GIT_VERSION.join('.')} or newer (merge-tree --write-tree)`,
    );
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
