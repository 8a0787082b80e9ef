import { mkdirSync, symlinkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { limiter } from '../util/concurrency.js';
import { ConfigurationError } from '../errors.js';
import { isInside } from '../util/safe-path.js';
import { nameFolding, type NameFolding } from './name-folding.js';
import path from 'node:path';

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'commit';
  oid: string;
  path: string;
}

/**
 * Writes a tree (entries from `git ls-tree -r`, each blob's bytes in `blobs`) under `target`. A path
 * git would refuse to check out (`..`, `.git`, absolute) is never written; every directory and
 * symlink is made before any file, and a file is written only into a real directory and never over
 * anything (`wx`), so nothing is ever written through a link. Submodules (gitlinks) become empty
 * directories, as a checkout leaves them.
 */
export async function writeTree(
  target: string,
  entries: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const root = path.resolve(target);
  await mkdir(root, { recursive: true });
  refuseOverlaps(entries, await nameFolding(root));
  await writeSkeleton(root, entries, blobs);
  await writeFiles(root, entries.filter(isRegularFile), blobs, limiter(16));
}

/** A regular or executable file (not a symlink, not a submodule). */
export const isRegularFile = (e: TreeEntry) => e.type === 'blob' && e.mode !== '120000';

/**
 * Every directory (a submodule as an empty one), then every symlink: what a path lookup walks through.
 * Synchronous: it runs before any render, and each of hundreds of asynchronous calls would wait its
 * turn in the thread pool.
 */
export async function writeSkeleton(
  root: string,
  entries: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const dirs = new Set<string>([root]);
  const links: [string, string][] = [];
  for (const e of entries) {
    const file = safeJoin(root, e.path);
    if (e.type === 'commit') dirs.add(file);
    else dirs.add(path.dirname(file));
    if (e.mode === '120000') links.push([file, blobs.get(e.oid)!.toString('utf8')]);
  }
  for (const d of [...dirs].sort()) mkdirSync(d, { recursive: true });
  for (const [file, to] of links) symlinkSync(to, file);
  return Promise.resolve();
}

/**
 * The directories of a tree without symlinks, made when a file is written into them: no path of such
 * a tree leads through a link, so every directory made (safeJoin'd, inside root) is a real one. Each
 * is made once (`mkdir -p`: two at once that share a parent both succeed).
 */
export class LazyDirs {
  private readonly made = new Map<string, Promise<unknown>>();

  make(dir: string): Promise<unknown> {
    let p = this.made.get(dir);
    if (!p) this.made.set(dir, (p = mkdir(dir, { recursive: true })));
    return p;
  }
}

/**
 * Regular files, a few at a time (`slot`, which may be shared), into the real directories
 * writeSkeleton made (or, with `dirs`, made as they are needed), each new (`wx`: never over anything,
 * nor through a link planted there); every write settles before a failure is thrown. Asynchronous:
 * a deep diff writes thousands of files while helm processes run, whose output must keep being read.
 */
export async function writeFiles(
  root: string,
  files: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Buffer>,
  slot: ReturnType<typeof limiter>,
  dirs?: LazyDirs,
): Promise<void> {
  const settled = await Promise.allSettled(files.map((e) => slot(() => writeTreeFile(root, e, blobs, dirs))));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * One regular file of the tree, written new (`wx`), executable when git says so; its path. With
 * `dirs` (a tree without symlinks, whose directories are made as they are needed), its directory first.
 */
export async function writeTreeFile(
  root: string,
  e: TreeEntry,
  blobs: ReadonlyMap<string, Buffer>,
  dirs?: LazyDirs,
): Promise<string> {
  const file = safeJoin(root, e.path);
  await dirs?.make(path.dirname(file));
  await writeFile(
    file,
    blobs.get(e.oid)!,
    e.mode === '100755' ? { mode: 0o755, flag: 'wx' } : { flag: 'wx' },
  );
  return file;
}

/**
 * A tree git's fsck would refuse (two entries of one name, or a file under a path that is a file or a
 * symlink) is never written: a symlink `a -> /x` followed by `a/b` would write outside the target.
 * With `fold` (a file system that folds names: name-folding.ts), names are compared folded: `A`
 * (a link) and `a/b` overlap there, and `a.yaml` and `A.yaml` are two entries of one name.
 */
export function refuseOverlaps(entries: readonly TreeEntry[], fold: NameFolding = null): void {
  // Each path as the file system compares it, folded once.
  const names = fold ? entries.map((e) => fold(e.path)) : entries.map((e) => e.path);
  const leaves = new Map<string, string>();
  for (const [i, e] of entries.entries()) {
    const key = names[i]!;
    const other = leaves.get(key);
    if (other !== undefined)
      throw new ConfigurationError(
        other === e.path
          ? `the tree has two entries named ${JSON.stringify(e.path)}`
          : `the tree has ${JSON.stringify(other)} and ${JSON.stringify(e.path)}, one name on this file system (it ignores case or Unicode forms)`,
      );
    leaves.set(key, e.path);
  }
  // Each directory checked once, however many paths are under it.
  const checked = new Set<string>();
  for (const [i, e] of entries.entries()) {
    const p = names[i]!;
    for (let at = p.lastIndexOf('/'); at > 0; at = p.lastIndexOf('/', at - 1)) {
      const ancestor = p.slice(0, at);
      if (checked.has(ancestor)) break;
      const leaf = leaves.get(ancestor);
      if (leaf !== undefined)
        throw new ConfigurationError(
          `the tree has ${JSON.stringify(e.path)} under ${JSON.stringify(leaf)}, which is a file or a link`,
        );
      checked.add(ancestor);
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

/** A path component git refuses to check out: empty, `.`, `..` or `.git` (in any case). */
const REFUSED_COMPONENT = /(?:^|\/)(?:\.{0,2}|\.git)(?:\/|$)/i;

/** `root/rel`, refused when a component is empty, `.`, `..` or `.git`, or the result leaves root. */
export function safeJoin(root: string, rel: string): string {
  if (REFUSED_COMPONENT.test(rel)) throw refusedPath(rel);
  // Every component is a plain name: under a normalized absolute root, root/rel needs no resolving
  // (a tree lists thousands of paths; path.resolve was most of writing its skeleton).
  if (path.sep === '/' && isNormalRoot(root)) return root === '/' ? `/${rel}` : `${root}/${rel}`;
  const file = path.resolve(root, rel);
  if (!isInside(root, file)) throw refusedPath(rel);
  return file;
}

let lastRoot: { root: string; normal: boolean } | null = null;

function isNormalRoot(root: string): boolean {
  if (lastRoot?.root !== root)
    lastRoot = { root, normal: path.isAbsolute(root) && path.resolve(root) === root };
  return lastRoot.normal;
}

function refusedPath(rel: string): ConfigurationError {
  return new ConfigurationError(`the tree has a path git refuses to check out: ${JSON.stringify(rel)}`);
}
