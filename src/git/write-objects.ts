import { requireRefs, requireRevisions, requireSha } from './arguments.js';
import { refuseNoIdentity, type GitRun } from './exec.js';

/** Objects written to the store without a work tree: merge trees and commits, annotated tags. */

/**
 * The tree of merging `theirs` into `ours`, made without a work tree (`merge-tree --write-tree`),
 * or the conflicting paths when the two do not merge cleanly.
 */
export async function mergeTree(
  git: GitRun,
  ours: string,
  theirs: string,
): Promise<{ tree: string } | { conflicts: string[] }> {
  requireRevisions(ours, theirs);
  // -z: the paths as they are (no quoting of non-ASCII or special characters), each ended by a NUL.
  const r = await git.exec(
    ['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', ours, theirs],
    {
      allowFailure: true,
    },
  );
  const [tree, ...rest] = r.stdout.split('\0');
  if (r.exitCode === 1) return { conflicts: [...new Set(rest.filter(Boolean))] };
  if (r.exitCode !== 0 || !tree?.trim()) throw new Error(`git merge-tree failed: ${r.stderr.trim()}`);
  return { tree: tree.trim() };
}

/** A merge commit of `theirs` into `ours` (mergeTree), or the conflicting paths. */
export async function mergeCommit(
  git: GitRun,
  ours: string,
  theirs: string,
  message: string,
): Promise<{ sha: string } | { conflicts: string[] }> {
  const merged = await mergeTree(git, ours, theirs);
  if ('conflicts' in merged) return merged;
  const c = await git.exec(['commit-tree', merged.tree, '-p', ours, '-p', theirs, '-m', message], {
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
export async function createTag(git: GitRun, name: string, sha: string, message: string): Promise<string> {
  requireRefs([{ kind: 'tag', name }]);
  requireSha(sha);
  const ident = await git.exec(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
  refuseNoIdentity(ident, 'the tag');
  if (ident.exitCode !== 0) throw new Error(`git var failed: ${ident.stderr.trim()}`);
  const body = message.endsWith('\n') ? message : `${message}\n`;
  const text = `object ${sha}\ntype commit\ntag ${name}\ntagger ${ident.stdout.trim()}\n\n${body}`;
  const r = await git.exec(['mktag'], { input: Buffer.from(text) });
  return r.stdout.trim();
}
