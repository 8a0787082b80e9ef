import type { PushOutcome } from '../git/push-result.js';
import type { QualifiedRef } from '../git/refs.js';

export type { PushOutcome } from '../git/push-result.js';
export type { QualifiedRef, RefKind } from '../git/refs.js';

/** A commit as the use cases show it: oldest first in a range. */
export interface CommitInfo {
  sha: string;
  author: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
}

/** An entry of a commit's tree (`git ls-tree -r`): a file, a link (mode 120000) or a submodule. */
export interface TreeEntryInfo {
  mode: string;
  type: 'blob' | 'commit';
  oid: string;
  path: string;
}

/**
 * A commit's tree in a temporary directory, written only as far as it is read (GitReader
 * withSparseTrees): every directory and every symlink are there from the start; the files of a chart
 * directory once `materialize` has named it, any other file once `materialize` has named it or a
 * directory above it. `blob` gives any file's bytes without the disk.
 */
export interface SparseTree {
  readonly dir: string;
  readonly sha: string;
  readonly entries: readonly TreeEntryInfo[];
  /** The outermost directories holding a `Chart.yaml`, repo-relative ('' for the root). */
  readonly charts: readonly string[];
  /** Its files may be hard links to the other trees' (`linkIdentical`): nothing may write into it. */
  readonly linked: boolean;
  blob(oid: string): Buffer;
  /**
   * Writes the files of what is named (repo-relative, links already resolved): a chart directory's
   * (an entry of `charts`), a file outside the charts, or those outside the charts under a directory.
   */
  materialize(paths: readonly string[]): Promise<void>;
}

/** One ref of an atomic push: move `ref` to `sha` only if it is at `expected` (null: it must not exist). */
export interface RefUpdate {
  ref: QualifiedRef;
  sha: string;
  expected: string | null;
}

/** A tag of a remote as `git ls-remote --tags` lists it (peeled). */
export interface RemoteTag {
  name: string;
  /** The object the ref points at (a tag object for an annotated tag). */
  object: string;
  /**
   * The commit it peels to, or null when it points at no commit (a tree, a blob) or at an object
   * this repository does not have: ls-remote does not say an object's type, so it is looked up here.
   */
  commit: string | null;
}

/** Where a directory stands in git (unknown when git is missing or too old). */
export type RepoLocation = 'top-level' | 'subdirectory' | 'not-a-repository' | 'git-unavailable';

/** What the use cases read from git: objects, refs, ancestry. Nothing here writes. */
export interface GitReader {
  readonly dir: string;
  isRepository(): Promise<boolean>;
  /** True in a shallow clone: history is missing. */
  isShallow(): Promise<boolean>;
  requireTopLevel(): Promise<void>;
  requireFullHistory(command: string): Promise<void>;
  tryLocation(): Promise<RepoLocation>;
  /** The branch `refs/remotes/<remote>/HEAD` names, or null. */
  tryRemoteHead(remote: string): Promise<string | null>;
  /** Which of `names` exist as a local or remote-tracking branch, in the order given. */
  tryBranchesNamed(names: readonly string[]): Promise<string[]>;
  /** `remote.<name>.url` as written (it may carry credentials), or null. */
  tryRemoteUrl(remote: string): Promise<string | null>;
  revParse(ref: string): Promise<string>;
  tryRevParse(ref: string): Promise<string | null>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** False also when either commit is not in the repository. */
  tryIsAncestor(ancestor: string, descendant: string): Promise<boolean>;
  /** The best common ancestor, or null when the histories are unrelated. */
  mergeBase(a: string, b: string): Promise<string | null>;
  /** Commits in `range` (`a..b`), oldest first. */
  log(range: string): Promise<CommitInfo[]>;
  /**
   * The changes of `source` that `target` lacks, oldest first: commits reachable from `source` but not
   * from `target`, merges left out (they bring no change of their own), and commits whose patch
   * `target` has already (cherry-picked) left out too.
   */
  unmergedChanges(target: string, source: string): Promise<CommitInfo[]>;
  /** The id of a commit's tree (equal ids: equal contents). */
  treeOf(commit: string): Promise<string>;
  /** The message of the local annotated tag `refs/tags/<name>`, or null for a lightweight tag or none. */
  tagMessage(name: string): Promise<string | null>;
  commitDate(sha: string): Promise<string>;
  listTree(sha: string): Promise<TreeEntryInfo[]>;
  readBlob(oid: string): Promise<Buffer>;
  /**
   * Runs `fn` on a temporary directory holding the tree of `sha` (removed after), with the tree's
   * entries; `name` (a plain directory name) puts the tree in a directory of that name inside it.
   */
  withExportedTree<T>(
    sha: string,
    fn: (dir: string, entries: TreeEntryInfo[]) => Promise<T>,
    name?: string,
  ): Promise<T>;
  /**
   * Runs `fn` on the trees of the `sides`' commits, each a SparseTree in a temporary directory named
   * after its `name` (and unguessable), all removed afterwards; a blob two trees share is read once.
   * `linkIdentical`: a file another file of the trees has the bytes and mode of is a hard link to it
   * (only for trees nothing writes into).
   */
  withSparseTrees<T>(
    sides: readonly { sha: string; name: string }[],
    fn: (trees: SparseTree[]) => Promise<T>,
    options?: { linkIdentical?: boolean },
  ): Promise<T>;
}

/** Objects the use cases make: merge trees and commits, annotated tags. No ref moves here. */
export interface GitWriter {
  /** The tree of merging `theirs` into `ours` without a work tree, or the conflicting paths. */
  mergeTree(ours: string, theirs: string): Promise<{ tree: string } | { conflicts: string[] }>;
  mergeCommit(
    ours: string,
    theirs: string,
    message: string,
  ): Promise<{ sha: string } | { conflicts: string[] }>;
  /** An annotated tag object `name` → `sha` (no local ref is written); returns the tag object's id. */
  createTag(name: string, sha: string, message: string): Promise<string>;
}

/** The remote: fetches, what a ref is there now, and leased pushes (never a plain force). */
export interface GitRemote {
  /** Branches into `refs/remotes/<remote>/<b>`. */
  fetch(remote: string, branches: readonly string[]): Promise<void>;
  /** Branches into `refs/remotes/<remote>/<b>`, tags into `refs/tags/<t>` (replacing a local one). */
  fetchRefs(remote: string, refs: readonly QualifiedRef[]): Promise<void>;
  /** The object a remote ref is at now (a tag: the tag object, not the commit), or null. */
  remoteRef(remote: string, ref: QualifiedRef): Promise<string | null>;
  remoteBranch(remote: string, branch: string): Promise<string | null>;
  /** Every tag of the remote (`git ls-remote --tags`, peeled), by name; names git refuses are left out. */
  listRemoteTags(remote: string): Promise<RemoteTag[]>;
  /** Every update or none (`git push --atomic`), each leased on its expected value. */
  tryPushRefs(remote: string, updates: readonly RefUpdate[]): Promise<PushOutcome>;
  tryPushWithLease(remote: string, branch: string, sha: string, expected: string): Promise<PushOutcome>;
}

export type GitPort = GitReader & GitWriter & GitRemote;
