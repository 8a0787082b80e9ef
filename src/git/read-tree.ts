import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { clip } from '../util/clip.js';
import { requireSha } from './arguments.js';
import type { GitRun } from './exec.js';
import { splitBatch, writeTree, type TreeEntry } from './export-tree.js';

/** Reading a commit's tree and blobs from the object store (no checkout). */

/** The entries of a commit's tree, recursively (files, links, submodules). */
export async function listTree(git: GitRun, sha: string): Promise<TreeEntry[]> {
  requireSha(sha);
  const r = await git.exec(['ls-tree', '-r', '-z', '--full-tree', sha]);
  const entries: TreeEntry[] = [];
  for (const entry of r.stdout.split('\0')) {
    const m = /^(\d+) (blob|commit) ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (m) entries.push({ mode: m[1]!, type: m[2] as 'blob' | 'commit', oid: m[3]!, path: m[4]! });
  }
  return entries;
}

/** The bytes of a blob. */
export async function readBlob(git: GitRun, oid: string): Promise<Buffer> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) throw new Error(`not a full object id: ${clip(oid)}`);
  const r = await git.exec(['cat-file', 'blob', oid], { binary: true });
  return r.stdoutBytes;
}

/**
 * Writes the tree of a commit into `target` from the object store (`git cat-file --batch`): the
 * bytes git holds, with no checkout, so no filter (LFS, ident, eol), hook or attribute of the
 * repository runs, and the repository's index and work tree are never touched.
 */
export async function exportTree(git: GitRun, sha: string, target: string): Promise<TreeEntry[]> {
  const entries = await listTree(git, sha);
  await writeTree(target, entries, await readBlobs(git, entries));
  return entries;
}

/** The blobs of `entries` (one tree's or several), each once, from one `git cat-file --batch`. */
export async function readBlobs(git: GitRun, entries: readonly TreeEntry[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const wanted = [...new Set(entries.filter((e) => e.type === 'blob').map((e) => e.oid))];
  if (wanted.length === 0) return blobs;
  const r = await git.exec(['cat-file', '--batch'], {
    input: Buffer.from(wanted.map((oid) => `${oid}\n`).join('')),
    binary: true,
  });
  for (const c of splitBatch(r.stdoutBytes)) blobs.set(c.oid, c.data);
  for (const oid of wanted)
    if (!blobs.has(oid)) throw new Error(`git cat-file --batch returned no content for ${oid}`);
  return blobs;
}

/**
 * Runs `fn` on a temporary directory holding the tree of `sha` (exportTree), removed afterwards
 * whatever `fn` does: the one way a command reads a commit's files. With `name`, the tree is the
 * directory of that name inside the temporary one (diff's `base` and `head`).
 */
export async function withExportedTree<T>(
  git: GitRun,
  sha: string,
  fn: (dir: string, entries: TreeEntry[]) => Promise<T>,
  name?: string,
): Promise<T> {
  if (name !== undefined && !/^[\w-][\w.-]*$/.test(name))
    throw new Error(`not a directory name: ${clip(name)}`);
  const temp = await mkdtemp(path.join(os.tmpdir(), 'gp-tree-'));
  try {
    const dir = name === undefined ? temp : path.join(temp, name);
    const entries = await exportTree(git, sha, dir);
    return await fn(dir, entries);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
