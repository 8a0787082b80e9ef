import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { mapLimit } from '../util/concurrency.js';
import { isInside } from '../util/safe-path.js';
import path from 'node:path';

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'commit';
  oid: string;
  path: string;
}

/**
 * Writes the files of a tree (entries from `git ls-tree -r`, blob contents from `git cat-file
 * --batch`, in the same order) under `target`. A path git would refuse to check out (`..`, `.git`,
 * absolute) is never written; symlinks are written last, so nothing is ever written through one.
 * Submodules (gitlinks) become empty directories, as a checkout leaves them.
 */
export async function writeTree(target: string, entries: readonly TreeEntry[], batch: Buffer): Promise<void> {
  await mkdir(target, { recursive: true });
  const root = path.resolve(target);
  refuseOverlaps(entries);
  const contents = splitBatch(batch);
  const files: { file: string; data: Buffer; mode: string }[] = [];
  const links: [string, string][] = [];
  const dirs = new Set<string>();
  let next = 0;
  for (const e of entries) {
    const file = safeJoin(root, e.path);
    if (e.type === 'commit') {
      dirs.add(file);
      continue;
    }
    const content = contents[next++];
    if (!content || content.oid !== e.oid)
      throw new Error(`git cat-file --batch returned no content for ${e.oid}`);
    dirs.add(path.dirname(file));
    if (e.mode === '120000') links.push([file, content.data.toString('utf8')]);
    else files.push({ file, data: content.data, mode: e.mode });
  }
  // Each directory made once (parents first), files written a few at a time, symlinks last.
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  await mapLimit(files, 16, async (f) => {
    await writeFile(f.file, f.data, f.mode === '100755' ? { mode: 0o755 } : {});
  });
  for (const [file, to] of links) await symlink(to, file);
}

/**
 * A tree git's fsck would refuse (two entries of one name, or a file under a path that is a file or a
 * symlink) is never written: a symlink `a -> /x` followed by `a/b` would write outside the target.
 */
export function refuseOverlaps(entries: readonly TreeEntry[]): void {
  const leaves = new Set<string>();
  for (const e of entries) {
    if (leaves.has(e.path))
      throw new ConfigurationError(`the tree has two entries named ${JSON.stringify(e.path)}`);
    leaves.add(e.path);
  }
  for (const e of entries) {
    const parts = e.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const ancestor = parts.slice(0, i).join('/');
      if (leaves.has(ancestor))
        throw new ConfigurationError(
          `the tree has ${JSON.stringify(e.path)} under ${JSON.stringify(ancestor)}, which is a file or a link`,
        );
    }
  }
}

/** `<oid> <type> <size>\n<bytes>\n` records. */
export function splitBatch(batch: Buffer): { oid: string; data: Buffer }[] {
  const out: { oid: string; data: Buffer }[] = [];
  let at = 0;
  while (at < batch.length) {
    const eol = batch.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = batch.subarray(at, eol).toString('utf8');
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`unexpected git cat-file --batch header: ${header.slice(0, 100)}`);
    const size = Number(m[3]);
    out.push({ oid: m[1]!, data: batch.subarray(eol + 1, eol + 1 + size) });
    at = eol + 1 + size + 1;
  }
  return out;
}

/** `root/rel`, refused when a component is empty, `.`, `..` or `.git`, or the result leaves root. */
export function safeJoin(root: string, rel: string): string {
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
    throw new ConfigurationError(`the tree has a path git refuses to check out: ${JSON.stringify(rel)}`);
  const file = path.resolve(root, rel);
  if (!isInside(root, file))
    throw new ConfigurationError(`the tree has a path git refuses to check out: ${JSON.stringify(rel)}`);
  return file;
}
