import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { CommitInfo, GitPort, RefUpdate } from '../ports/git.js';
import { clip } from '../util/clip.js';
import { runProcess, type ProcessResult } from '../util/process.js';
import { gitEnvironment, SAFE_CONFIG } from './environment.js';
import { writeTree, type TreeEntry } from './export-tree.js';
import { readPushResult, type PushOutcome } from './push-result.js';
import {
  branchProblem,
  fullRef,
  isFullSha,
  qualifiedRefProblem,
  refProblem,
  revisionBase,
  type QualifiedRef,
} from './refs.js';
import { gitVersionProblem } from './version.js';

export { MIN_GIT_VERSION } from './version.js';

/** The git port of a repository directory (the one factory of GitPort). */
export function createGit(dir: string, env: NodeJS.ProcessEnv = process.env): GitPort {
  return new Git(dir, env);
}

/**
 * The one git wrapper: argument arrays only, one private exec, `try*` methods return
 * booleans, null or an outcome instead of throwing. Credentials come from the environment
 * (GIT_CONFIG_COUNT/KEY/VALUE), never from argv. Git sees an allow-listed environment; every ref,
 * branch and remote is checked for its kind before it becomes an argument.
 */
export class Git implements GitPort {
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

  /**
   * Runs `fn` on a temporary directory holding the tree of `sha` (exportTree), removed afterwards
   * whatever `fn` does: the one way a command reads a commit's files.
   */
  async withExportedTree<T>(sha: string, fn: (dir: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gp-tree-'));
    try {
      await this.exportTree(sha, dir);
      return await fn(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The entries of a commit's tree, recursively (files, links, submodules). */
  async listTree(sha: string): Promise<TreeEntry[]> {
    return this.treeEntries(sha);
  }

  /** The bytes of a blob. */
  async readBlob(oid: string): Promise<Buffer> {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) throw new Error(`not a full object id: ${clip(oid)}`);
    const r = await this.exec(['cat-file', 'blob', oid], { binary: true });
    return r.stdoutBytes;
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

  /**
   * Fetches branches into their remote-tracking refs and tags into `refs/tags/<t>` (a tag that moved
   * on the remote, such as `stable`, replaces the local one).
   */
  async fetchRefs(remote: string, refs: readonly QualifiedRef[]): Promise<void> {
    await this.requireRemote(remote);
    this.requireRefs(refs);
    const specs = refs.map((r) =>
      r.kind === 'branch'
        ? `+refs/heads/${r.name}:refs/remotes/${remote}/${r.name}`
        : `+${fullRef(r)}:${fullRef(r)}`,
    );
    const r = await this.exec(['fetch', '--quiet', '--no-tags', '--end-of-options', remote, ...specs], {
      allowFailure: true,
    });
    if (r.exitCode !== 0) {
      const names = refs.map((x) => x.name).join(', ');
      throw new ConfigurationError(
        `cannot fetch ${names} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`,
      );
    }
  }

  /** The best common ancestor of two commits, or null when they share no history. */
  async mergeBase(a: string, b: string): Promise<string | null> {
    this.requireRevisions(a, b);
    const r = await this.exec(['merge-base', '--end-of-options', a, b], { allowFailure: true });
    if (r.exitCode > 1) throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
    return r.exitCode === 0 ? r.stdout.trim() : null;
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
  async log(range: string): Promise<CommitInfo[]> {
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
   * The tree of merging `theirs` into `ours`, made without a work tree (`merge-tree --write-tree`),
   * or the conflicting paths when the two do not merge cleanly.
   */
  async mergeTree(ours: string, theirs: string): Promise<{ tree: string } | { conflicts: string[] }> {
    this.requireRevisions(ours, theirs);
    const r = await this.exec(['merge-tree', '--write-tree', '--name-only', '--no-messages', ours, theirs], {
      allowFailure: true,
    });
    const [tree, ...rest] = r.stdout.trim().split('\n');
    if (r.exitCode === 1) return { conflicts: rest.filter(Boolean) };
    if (r.exitCode !== 0 || !tree) throw new Error(`git merge-tree failed: ${r.stderr.trim()}`);
    return { tree };
  }

  /** A merge commit of `theirs` into `ours` (mergeTree), or the conflicting paths. */
  async mergeCommit(
    ours: string,
    theirs: string,
    message: string,
  ): Promise<{ sha: string } | { conflicts: string[] }> {
    const merged = await this.mergeTree(ours, theirs);
    if ('conflicts' in merged) return merged;
    const c = await this.exec(['commit-tree', merged.tree, '-p', ours, '-p', theirs, '-m', message], {
      allowFailure: true,
    });
    refuseNoIdentity(c, 'the merge commit');
    if (c.exitCode !== 0) throw new Error(`git commit-tree failed: ${c.stderr.trim()}`);
    return { sha: c.stdout.trim() };
  }

  /**
   * An annotated tag object named `name` for the commit `sha` (`git mktag`, tagger: the committer
   * identity), written to the object store only: no local ref is created or moved. Returns its id;
   * pushing it (tryPushRefs) is what publishes the tag.
   */
  async createTag(name: string, sha: string, message: string): Promise<string> {
    this.requireRefs([{ kind: 'tag', name }]);
    this.requireSha(sha);
    const ident = await this.exec(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
    refuseNoIdentity(ident, 'the tag');
    if (ident.exitCode !== 0) throw new Error(`git var failed: ${ident.stderr.trim()}`);
    const body = message.endsWith('\n') ? message : `${message}\n`;
    const text = `object ${sha}\ntype commit\ntag ${name}\ntagger ${ident.stdout.trim()}\n\n${body}`;
    const r = await this.exec(['mktag'], { input: Buffer.from(text) });
    return r.stdout.trim();
  }

  /**
   * Pushes `sha` to `refs/heads/<branch>` only if the remote branch is still at `expected`
   * (compare-and-swap; git's `--force-with-lease`): `leaseLost` when it moved, the remote's reason
   * when the remote refused the update (branch protection, a hook).
   */
  async tryPushWithLease(
    remote: string,
    branch: string,
    sha: string,
    expected: string,
  ): Promise<PushOutcome> {
    await this.requireRemote(remote);
    this.requireBranches([branch]);
    this.requireSha(sha);
    this.requireSha(expected);
    return this.tryPushRefs(remote, [{ ref: { kind: 'branch', name: branch }, sha, expected }]);
  }

  /**
   * Moves every ref of `updates` or none (`git push --atomic`), each with its own lease
   * (`--force-with-lease=<ref>:<expected>`, empty for a ref that must not exist yet): one lost lease
   * or refused ref fails the whole push. Branches and tags alike; never a plain force.
   */
  async tryPushRefs(remote: string, updates: readonly RefUpdate[]): Promise<PushOutcome> {
    await this.requireRemote(remote);
    if (updates.length === 0) throw new Error('tryPushRefs needs at least one ref');
    this.requireRefs(updates.map((u) => u.ref));
    for (const u of updates) {
      this.requireSha(u.sha);
      if (u.expected !== null) this.requireSha(u.expected);
    }
    const leases = updates.map((u) => `--force-with-lease=${fullRef(u.ref)}:${u.expected ?? ''}`);
    const specs = updates.map((u) => `${u.sha}:${fullRef(u.ref)}`);
    const atomic = updates.length > 1 ? ['--atomic'] : [];
    const r = await this.exec(['push', '--porcelain', ...atomic, ...leases, '--', remote, ...specs], {
      allowFailure: true,
    });
    if (r.exitCode === 0) return { pushed: true };
    const failed = readPushResult(r.stdout, r.stderr);
    if (failed) return failed;
    throw new ConfigurationError(
      `cannot push to ${remote}: ${firstLine(r.stderr) || `git push exit ${r.exitCode}`}`,
    );
  }

  /** The object a remote ref is at now (`ls-remote --refs`: a tag's own object, not the commit), or null. */
  async remoteRef(remote: string, ref: QualifiedRef): Promise<string | null> {
    await this.requireRemote(remote);
    this.requireRefs([ref]);
    const r = await this.exec(['ls-remote', '--refs', '--', remote, fullRef(ref)]);
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\t${fullRef(ref)}`));
    return line?.split('\t')[0]?.trim() || null;
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

  private requireRefs(refs: readonly QualifiedRef[]): void {
    for (const ref of refs) {
      const problem = qualifiedRefProblem(ref);
      if (problem) throw new ConfigurationError(problem);
    }
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
function refuseNoIdentity(r: ProcessResult, what: string): void {
  if (r.exitCode !== 0 && /identity|user\.(name|email)/i.test(r.stderr)) {
    throw new ConfigurationError(
      `git has no identity for ${what}: set user.name and user.email, or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL and GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL`,
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
