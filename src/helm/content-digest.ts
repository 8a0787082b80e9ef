import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../util/concurrency.js';
import { NarrowWalk } from './chart-file-reads.js';
import { volatileCall } from './volatile-calls.js';

/**
 * What helm reads from the file system, as a content identity: a digest, with the first reason the
 * render may differ between two runs with equal content (a volatile template function), or why no
 * identity can be given (something that is neither a file nor a directory, a symlink loop, too much).
 */
export type ContentDigest =
  { kind: 'digest'; digest: string; volatile: string | null } | { kind: 'refused'; reason: string };

/** A chart directory's digest, and the real path of each symlink's target under it, in walk order. */
export interface TreeDigest {
  /**
   * What a render key covers of the directory: its meaningful files and the names of the others
   * where it is proven that no template reads the others (chart-file-reads.ts), else its whole tree.
   */
  digest: ContentDigest;
  /** Null when the digest is the narrow one; else why the whole tree is the key. */
  whole: string | null;
  /** Helm names them in its notes (`found symbolic link … resolves to …`); equal trees list as many. */
  links: string[];
}

/** Beyond these a chart directory is not hashed (its renders are not cached): helm would read it all. */
export const TREE_LIMITS = { entries: 100_000, bytes: 1024 * 1024 * 1024 };

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A file helm reads (a values file, a `--set-file` file), symlinks followed as helm follows them: the
 * digest of its bytes; `missing` when there is nothing (helm then fails, and the render is not cached).
 */
export async function fileDigest(file: string): Promise<ContentDigest> {
  const st = await stat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null;
    throw e;
  });
  if (!st) return { kind: 'digest', digest: 'missing', volatile: null };
  if (!st.isFile()) return { kind: 'refused', reason: `${file} is not a regular file` };
  const content = await readFile(file);
  const volatile = volatileCall(content);
  return { kind: 'digest', digest: sha256(content), volatile: volatile && `${file} ${volatile}` };
}

/**
 * A chart directory as helm loads it: every entry under it (helm reads them all, subcharts under
 * `charts/` and `.helmignore`d files included), each as its relative path, its kind, its mode and,
 * for a file, the digest of its bytes; a symlink as its target text and then what it leads to, files
 * and directories followed like helm follows them (also out of the directory: the digest is of what
 * helm would read). A symlink to nothing is recorded as such. Where no template can read the files
 * helm gives no meaning to, the digest is of the same walk with those files' paths and modes only
 * (chart-file-reads.ts); each file is still read once, and looked at for volatile calls.
 */
export async function treeDigest(dir: string): Promise<TreeDigest> {
  const walk = new TreeWalk();
  try {
    await walk.directory(dir, '', new Set([await realpath(dir)]));
  } catch (e) {
    if (e instanceof Refusal)
      return { digest: { kind: 'refused', reason: `${dir}: ${e.message}` }, whole: e.message, links: [] };
    throw e;
  }
  const volatile = walk.volatile && `${path.join(dir, walk.volatile.file)} ${walk.volatile.why}`;
  const narrow = walk.narrow.result();
  const lines = narrow.kind === 'narrow' ? narrow.lines : walk.lines;
  return {
    digest: { kind: 'digest', digest: sha256(lines.join('\n')), volatile },
    whole: narrow.kind === 'narrow' ? null : narrow.reason,
    links: walk.links,
  };
}

class Refusal extends Error {}

interface Entry {
  abs: string;
  rel: string;
  /** What the entry leads to: itself, or a symlink's target; null for a symlink to nothing. */
  st: Stats | null;
  link: string | null;
}

class TreeWalk {
  readonly lines: string[] = [];
  readonly narrow = new NarrowWalk();
  readonly links: string[] = [];
  volatile: { file: string; why: string } | null = null;
  private bytes = 0;

  async directory(abs: string, rel: string, chain: ReadonlySet<string>): Promise<void> {
    const names = (await readdir(abs)).sort();
    if (this.lines.length + names.length > TREE_LIMITS.entries)
      throw new Refusal(`more than ${TREE_LIMITS.entries} entries`);
    const entries = await mapLimit(names, 16, (name) => this.entry(abs, rel, name));
    const digests = await mapLimit(entries, 16, async (e) => (e.st?.isFile() ? this.file(e) : null));
    for (const [i, e] of entries.entries()) {
      if (e.link !== null) {
        this.lines.push(JSON.stringify(['link', e.rel, e.link, e.st ? 'to' : 'nothing']));
        this.narrow.link(e.rel);
      }
      if (!e.st) continue;
      if (e.link !== null) this.links.push(await realpath(e.abs));
      const mode = e.st.mode & 0o7777;
      if (e.st.isFile()) {
        this.lines.push(JSON.stringify(['file', e.rel, mode, digests[i]]));
        this.narrow.file(e.rel, mode, e.st.size, digests[i]!);
      } else if (e.st.isDirectory()) {
        this.lines.push(JSON.stringify(['dir', e.rel, mode]));
        this.narrow.dir(e.rel, mode);
        const real = await realpath(e.abs);
        if (chain.has(real)) throw new Refusal(`${e.rel} leads back into itself (a symlink loop)`);
        await this.directory(e.abs, e.rel, new Set([...chain, real]));
      } else throw new Refusal(`${e.rel} is neither a file nor a directory`);
    }
  }

  private async entry(dir: string, rel: string, name: string): Promise<Entry> {
    const abs = path.join(dir, name);
    const childRel = rel ? `${rel}/${name}` : name;
    const own = await lstat(abs);
    if (!own.isSymbolicLink()) return { abs, rel: childRel, st: own, link: null };
    const target = await stat(abs).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'ELOOP') return null;
      throw e;
    });
    return { abs, rel: childRel, st: target, link: await readlink(abs) };
  }

  private async file(e: Entry): Promise<string> {
    this.bytes += e.st!.size;
    if (this.bytes > TREE_LIMITS.bytes) throw new Refusal(`more than ${TREE_LIMITS.bytes} bytes`);
    const content = await readFile(e.abs);
    this.narrow.read(e.rel, content);
    const why = this.volatile ? null : volatileCall(content, { kind: 'chart-file', rel: e.rel });
    if (why) this.volatile = { file: e.rel, why };
    return sha256(content);
  }
}
