import type { CommitInfo, GitPort, RefUpdate, RemoteTag, RepoLocation, SparseTree } from '../ports/git.js';
import type { ProcessResult } from '../util/process.js';
import * as ancestry from './ancestry.js';
import { gitEnvironment } from './environment.js';
import { runGit, type GitExecOptions, type GitRun } from './exec.js';
import type { TreeEntry } from './export-tree.js';
import * as location from './location.js';
import type { PushOutcome } from './push-result.js';
import * as tree from './read-tree.js';
import type { QualifiedRef } from './refs.js';
import * as remotes from './remote.js';
import * as remoteConfig from './remote-config.js';
import * as resolve from './resolve.js';
import * as sparse from './sparse-tree.js';
import * as tags from './tag-message.js';
import * as objects from './write-objects.js';

export { MIN_GIT_VERSION } from './version.js';

/** The git port of a repository directory (the one factory of GitPort). */
export function createGit(dir: string, env: NodeJS.ProcessEnv = process.env): GitPort {
  return new Git(dir, env);
}

/**
 * The one git wrapper: argument arrays only, one private exec, `try*` methods return
 * booleans, null or an outcome instead of throwing. Credentials come from the environment
 * (GIT_CONFIG_COUNT/KEY/VALUE), never from argv. Git sees an allow-listed environment; every ref,
 * branch and remote is checked for its kind before it becomes an argument. Each concern is a file
 * of its own (resolve, location, remote-config, read-tree, ancestry, write-objects, remote,
 * tag-message).
 */
export class Git implements GitPort {
  private readonly env: Record<string, string>;
  private readonly run: GitRun;

  constructor(
    readonly dir: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.env = gitEnvironment(env);
    this.run = { dir, exec: (args, options) => this.exec(args, options) };
  }

  tryRevParse(ref: string): Promise<string | null> {
    return resolve.tryRevParse(this.run, ref);
  }
  revParse(ref: string): Promise<string> {
    return resolve.revParse(this.run, ref);
  }

  isRepository(): Promise<boolean> {
    return location.isRepository(this.run);
  }
  isShallow(): Promise<boolean> {
    return location.isShallow(this.run);
  }
  requireFullHistory(command: string): Promise<void> {
    return location.requireFullHistory(this.run, command);
  }
  requireTopLevel(): Promise<void> {
    return location.requireTopLevel(this.run);
  }
  tryLocation(): Promise<RepoLocation> {
    return location.tryLocation(this.run);
  }

  requireRemote(remote: string): Promise<void> {
    return remoteConfig.requireRemote(this.run, remote);
  }
  tryRemoteHead(remote: string): Promise<string | null> {
    return remoteConfig.tryRemoteHead(this.run, remote);
  }
  tryBranchesNamed(names: readonly string[]): Promise<string[]> {
    return remoteConfig.tryBranchesNamed(this.run, names);
  }
  tryRemoteUrl(remote: string): Promise<string | null> {
    return remoteConfig.tryRemoteUrl(this.run, remote);
  }

  exportTree(sha: string, target: string): Promise<TreeEntry[]> {
    return tree.exportTree(this.run, sha, target);
  }
  withExportedTree<T>(
    sha: string,
    fn: (dir: string, entries: TreeEntry[]) => Promise<T>,
    name?: string,
  ): Promise<T> {
    return tree.withExportedTree(this.run, sha, fn, name);
  }
  withSparseTrees<T>(
    sides: readonly { sha: string; name: string }[],
    fn: (trees: SparseTree[]) => Promise<T>,
    options?: sparse.SparseOptions,
  ): Promise<T> {
    return sparse.withSparseTrees(this.run, sides, fn, options);
  }
  listTree(sha: string): Promise<TreeEntry[]> {
    return tree.listTree(this.run, sha);
  }
  readBlob(oid: string): Promise<Buffer> {
    return tree.readBlob(this.run, oid);
  }

  mergeBase(a: string, b: string): Promise<string | null> {
    return ancestry.mergeBase(this.run, a, b);
  }
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return ancestry.isAncestor(this.run, ancestor, descendant);
  }
  tryIsAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return ancestry.tryIsAncestor(this.run, ancestor, descendant);
  }
  log(range: string): Promise<CommitInfo[]> {
    return ancestry.log(this.run, range);
  }
  treeOf(commit: string): Promise<string> {
    return ancestry.treeOf(this.run, commit);
  }
  unmergedChanges(target: string, source: string): Promise<CommitInfo[]> {
    return ancestry.unmergedChanges(this.run, target, source);
  }
  commitDate(sha: string): Promise<string> {
    return ancestry.commitDate(this.run, sha);
  }
  tagMessage(name: string): Promise<string | null> {
    return tags.tagMessage(this.run, name);
  }

  mergeTree(ours: string, theirs: string): Promise<{ tree: string } | { conflicts: string[] }> {
    return objects.mergeTree(this.run, ours, theirs);
  }
  mergeCommit(
    ours: string,
    theirs: string,
    message: string,
  ): Promise<{ sha: string } | { conflicts: string[] }> {
    return objects.mergeCommit(this.run, ours, theirs, message);
  }
  createTag(name: string, sha: string, message: string): Promise<string> {
    return objects.createTag(this.run, name, sha, message);
  }

  fetch(remote: string, branches: readonly string[]): Promise<void> {
    return remotes.fetch(this.run, remote, branches);
  }
  fetchRefs(remote: string, refs: readonly QualifiedRef[]): Promise<void> {
    return remotes.fetchRefs(this.run, remote, refs);
  }
  tryPushWithLease(remote: string, branch: string, sha: string, expected: string): Promise<PushOutcome> {
    return remotes.tryPushWithLease(this.run, remote, branch, sha, expected);
  }
  tryPushRefs(remote: string, updates: readonly RefUpdate[]): Promise<PushOutcome> {
    return remotes.tryPushRefs(this.run, remote, updates);
  }
  remoteRef(remote: string, ref: QualifiedRef): Promise<string | null> {
    return remotes.remoteRef(this.run, remote, ref);
  }
  remoteBranch(remote: string, branch: string): Promise<string | null> {
    return remotes.remoteBranch(this.run, remote, branch);
  }
  listRemoteTags(remote: string): Promise<RemoteTag[]> {
    return remotes.listRemoteTags(this.run, remote);
  }

  private exec(args: string[], options?: GitExecOptions): Promise<ProcessResult> {
    return runGit(this.dir, this.env, args, options);
  }
}
