import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, type Stats } from 'node:fs';
import {
  lstat,
  mkdir,
  readdir,
  rename,
  rm,
  rmdir,
  unlink,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { canonicalJson } from '../util/canonical-json.js';
import { readRegularFile } from '../util/read-regular.js';
import { isInside, realPathNearest } from '../util/safe-path.js';
import { RENDER_CACHE_FORMAT } from './render-key.js';
import { READING_SOURCES } from '../gitops/reading-sources.js';

/** A successful render as kept: its output, and its messages with the paths of the run taken out. */
export interface CachedRender {
  stdout: string;
  /**
   * stderr as text and, where it named a path of the run (the chart directory, a symlink's target:
   * helm names them in its notes), that path's index among the request's places (render-places.ts).
   */
  stderr: (string | number)[];
  /**
   * The objects of stdout as JSON text (gitops/manifests-json.ts), or null when JSON cannot hold
   * them exactly: the output is then read as YAML.
   */
  reading: string | null;
  /**
   * READING_SOURCES of the build that wrote `reading`: objects read by other code (another
   * readManifests, another js-yaml) are not used, the output is read again.
   */
  readBy: string | null;
}

export type EntryRead =
  { kind: 'hit'; render: CachedRender } | { kind: 'miss' } | { kind: 'rejected'; reason: string };

/** What the store holds at most, all entries together; the least recently used go first beyond it. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** One entry at most: a bigger render is not kept (nor read). */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** A hit on an entry last used longer ago than this marks it used again (its mtime). */
const TOUCH_AFTER_MS = 10 * 60 * 1000;
/** A temp file older than this is a write that never finished. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const ENTRY = /^[0-9a-f]{64}\.json$/;
const TEMP = /^\.[0-9a-f]{64}\.\d+\.[0-9a-f]+\.tmp$/;
const KEY = /^[0-9a-f]{64}$/;
const SHARD = /^[0-9a-f]{2}$/;

/**
 * Renders kept on disk, one file per key: `<dir>/helm-renders-v<format>/<key[0..2]>/<key>.json`,
 * holding its key, the render and a digest of both. The directory may have been restored from
 * actions/cache by another run: an entry is used only when it is a regular file (never a symlink,
 * never through one), parses, is of this format, names the key it is read for and matches its digest;
 * anything else is a miss. The cache directory itself may be anything the user chose (a symlink
 * included); the store root in it and its shard directories must be real directories, checked
 * (lstat) before anything is read, written or pruned through them: a restored cache may hold a
 * link out of it. Writes go to a temp file renamed into place, so a reader sees a whole entry or
 * none. Nothing here ever fails a run: an entry that cannot be written is said, not thrown.
 */
export class RenderStore {
  readonly root: string;

  constructor(
    readonly dir: string,
    readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {
    this.root = path.join(dir, `helm-renders-v${RENDER_CACHE_FORMAT}`);
  }

  async read(key: string): Promise<EntryRead> {
    const file = this.entryPath(key);
    try {
      return await this.readEntry(key, file);
    } catch (e) {
      return { kind: 'rejected', reason: `${file}: ${(e as Error).message}` };
    }
  }

  private async readEntry(key: string, file: string): Promise<EntryRead> {
    const dirs = await this.realDirs(key);
    if (dirs.kind === 'missing') return { kind: 'miss' };
    if (dirs.kind === 'refused') return { kind: 'rejected', reason: dirs.reason };
    const read = await readRegularFile(file, MAX_ENTRY_BYTES, touch);
    if (read.kind === 'missing') return { kind: 'miss' };
    if (read.kind === 'refused') return { kind: 'rejected', reason: `${file} ${read.reason}` };
    const render = parseEntry(read.text, key);
    if (typeof render === 'string') return { kind: 'rejected', reason: `${file}: ${render}` };
    return { kind: 'hit', render };
  }

  /** Keeps a render under its key; the reason it could not, or null. */
  async write(key: string, render: CachedRender): Promise<string | null> {
    const body = entryText(key, render);
    if (Buffer.byteLength(body) > MAX_ENTRY_BYTES) return 'the render is too big to keep';
    const file = this.entryPath(key);
    const temp = path.join(
      path.dirname(file),
      `.${key}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      const dirs = await this.makeDirs(key);
      if (dirs) return dirs;
      // What is there and is not an entry (a directory, say) is ours to remove: the shard is a real directory.
      const there = await lstat(file).catch(missing);
      if (there && !there.isFile() && !there.isSymbolicLink())
        await rm(file, { recursive: true, force: true });
      // `wx`: a new file, never an existing path (nor a symlink planted there) opened.
      await writeFile(temp, body, { flag: 'wx', mode: 0o644 });
      await rename(temp, file);
      return null;
    } catch (e) {
      await rm(temp, { force: true }).catch(() => undefined);
      return (e as Error).message;
    }
  }

  /**
   * Bounds the store: entries kept from the most recently used down while they fit in maxBytes, the
   * rest removed, and unfinished temp files older than an hour. Only ever inside `root`, and never
   * through a link: a root that is a symlink is unlinked (the link, not what it leads to), as is any
   * symlink in it; only regular files named as entries (or temp files) in real two-hex-digit shard
   * directories are ever removed. Anything else found there is left as it is and never read.
   */
  async prune(now = Date.now()): Promise<{ kept: number; removed: number; bytes: number }> {
    const found = { entries: [] as { file: string; st: Stats }[], removed: 0 };
    await this.collect(this.root, now, found);
    const { entries } = found;
    entries.sort((a, b) => b.st.mtimeMs - a.st.mtimeMs || a.file.localeCompare(b.file));
    let bytes = 0;
    let kept = 0;
    for (const e of entries) {
      if (bytes + e.st.size <= this.maxBytes) {
        bytes += e.st.size;
        kept++;
      } else found.removed += await unlinked(e.file);
    }
    return { kept, removed: found.removed + (await this.pruneOtherFormats(now)), bytes };
  }

  /** The entries of one store root (this format's or an older one's) collected, its links unlinked. */
  private async collect(
    root: string,
    now: number,
    found: { entries: { file: string; st: Stats }[]; removed: number },
  ): Promise<void> {
    const st = await lstat(root).catch(missing);
    if (st?.isSymbolicLink()) found.removed += await unlinked(root);
    if (st?.isDirectory())
      for (const shard of await readdir(root, { withFileTypes: true }).catch(() => [])) {
        const dir = path.join(root, shard.name);
        if (shard.isSymbolicLink()) found.removed += await unlinked(dir);
        else if (shard.isDirectory() && SHARD.test(shard.name)) await this.pruneShard(dir, now, found);
      }
  }

  /**
   * A restored cache may still hold another format's store (never read again): its entries are
   * removed by the same rules, then its directories where they are empty (rmdir removes nothing else).
   */
  private async pruneOtherFormats(now: number): Promise<number> {
    let removed = 0;
    for (const d of await readdir(this.dir, { withFileTypes: true }).catch(() => [])) {
      const m = /^helm-renders-v(\d+)$/.exec(d.name);
      if (!m || Number(m[1]) === RENDER_CACHE_FORMAT || !(d.isDirectory() || d.isSymbolicLink())) continue;
      const root = path.join(this.dir, d.name);
      const found = { entries: [] as { file: string; st: Stats }[], removed: 0 };
      await this.collect(root, now, found);
      for (const e of found.entries) found.removed += await unlinked(e.file);
      if (d.isDirectory()) {
        for (const shard of await readdir(root).catch(() => []))
          if (SHARD.test(shard)) await rmdir(path.join(root, shard)).catch(() => undefined);
        await rmdir(root).catch(() => undefined);
      }
      removed += found.removed;
    }
    return removed;
  }

  /** One real shard directory: its entries collected, its symlinks and stale temp files unlinked. */
  private async pruneShard(
    dir: string,
    now: number,
    found: { entries: { file: string; st: Stats }[]; removed: number },
  ): Promise<void> {
    const shard = path.basename(dir);
    for (const name of await readdir(dir).catch(() => [])) {
      const file = path.join(dir, name);
      const st = await lstat(file).catch(missing);
      if (!st) continue;
      if (st.isSymbolicLink()) found.removed += await unlinked(file);
      else if (st.isFile() && ENTRY.test(name) && name.startsWith(shard)) found.entries.push({ file, st });
      else if (st.isFile() && TEMP.test(name) && now - st.mtimeMs >= STALE_TEMP_MS)
        found.removed += await unlinked(file);
    }
  }

  private entryPath(key: string): string {
    if (!KEY.test(key)) throw new Error(`bug: ${JSON.stringify(key)} is not a render cache key`);
    return path.join(this.root, key.slice(0, 2), `${key}.json`);
  }

  /**
   * Whether the store root and the key's shard are real directories (never symlinks), or why not.
   * A directory found real is not looked at again by this store's reads (hundreds of entries share
   * the root and 256 shards); a write and prune check again.
   */
  private async realDirs(key: string): Promise<DirsCheck> {
    for (const dir of [this.root, path.join(this.root, key.slice(0, 2))]) {
      if (this.real.has(dir)) continue;
      const st = await lstat(dir).catch(missing);
      if (!st) return { kind: 'missing' };
      if (st.isSymbolicLink()) return { kind: 'refused', reason: `${dir} is a symlink` };
      if (!st.isDirectory()) return { kind: 'refused', reason: `${dir} is not a directory` };
      this.real.add(dir);
    }
    return { kind: 'real' };
  }

  private readonly real = new Set<string>();

  /**
   * The store root and the key's shard made where missing, one level at a time (never `recursive`
   * through them: an existing link is not followed, it makes the check below refuse); the cache
   * directory itself is the user's choice and made as given. Why they cannot be used, or null.
   */
  private async makeDirs(key: string): Promise<string | null> {
    await mkdir(this.dir, { recursive: true });
    for (const dir of [this.root, path.join(this.root, key.slice(0, 2))]) {
      await mkdir(dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
      const st = await lstat(dir);
      if (st.isSymbolicLink()) return `${dir} is a symlink`;
      if (!st.isDirectory()) return `${dir} is not a directory`;
    }
    return null;
  }
}

type DirsCheck = { kind: 'real' } | { kind: 'missing' } | { kind: 'refused'; reason: string };

/** Unlinks one path itself (a file, or a symlink: never what it leads to); 1 when it was removed. */
async function unlinked(file: string): Promise<number> {
  return unlink(file).then(
    () => 1,
    () => 0,
  );
}

function missing(e: NodeJS.ErrnoException): null {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null;
  throw e;
}

/**
 * Its use is its age: the least recently used entries are pruned first (a use within the last
 * minutes is not written again: the order it gives is the same). Through the handle: the file read.
 */
async function touch(handle: FileHandle, st: Stats): Promise<void> {
  const now = Date.now();
  if (now - st.mtimeMs > TOUCH_AFTER_MS) await handle.utimes(now / 1000, now / 1000).catch(() => undefined);
}

/**
 * The SHA-256 of what an entry holds, each part preceded by its length (the outputs are hashed as
 * they are: escaping megabytes of text into JSON first would cost more than the hash).
 */
function entryDigest(key: string, render: CachedRender): string {
  const hash = createHash('sha256');
  const parts = [
    key,
    render.stdout,
    canonicalJson(render.stderr),
    render.reading ?? '\0null',
    render.readBy ?? '\0null',
  ];
  hash.update(`${RENDER_CACHE_FORMAT}`);
  for (const part of parts) hash.update(`\0${part.length}\0`).update(part);
  return hash.digest('hex');
}

function entryText(key: string, render: CachedRender): string {
  const { stdout, stderr, reading, readBy } = render;
  const digest = entryDigest(key, render);
  return `${JSON.stringify({ format: RENDER_CACHE_FORMAT, key, stdout, stderr, reading, readBy, digest })}\n`;
}

/** The render an entry holds for `key`, or what is wrong with it. */
function parseEntry(text: string, key: string): CachedRender | string {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return 'not JSON (truncated or corrupted)';
  }
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'not an entry';
  const e = entry as Record<string, unknown>;
  if (e.format !== RENDER_CACHE_FORMAT)
    return `format ${JSON.stringify(e.format)}, not ${RENDER_CACHE_FORMAT}`;
  if (e.key !== key) return 'holds the render of another key';
  const parts = e.stderr;
  const part = (p: unknown) => typeof p === 'string' || (Number.isSafeInteger(p) && (p as number) >= 0);
  const { reading, readBy } = e;
  if (typeof e.stdout !== 'string' || !Array.isArray(parts) || !parts.every(part)) return 'not an entry';
  if (!(reading === null || typeof reading === 'string') || !(readBy === null || typeof readBy === 'string'))
    return 'not an entry';
  const render: CachedRender = { stdout: e.stdout, stderr: parts as (string | number)[], reading, readBy };
  if (e.digest !== entryDigest(key, render)) return 'its digest does not match what it holds';
  // Objects another build read: the output is read again (the render itself is as good as ever).
  return readBy === READING_SOURCES ? render : { ...render, reading: null, readBy: null };
}

/**
 * The cache directory as given (absolute), refused when it is, or is inside, the repository (or the
 * repository is inside it), or is something other than a directory.
 */
export function renderCacheDir(dir: string, repoDir: string): string {
  const abs = path.resolve(dir);
  const real = realPathNearest(abs);
  const repo = realPathNearest(repoDir);
  if (real === repo || isInside(repo, real) || isInside(real, repo))
    throw new ConfigurationError(
      `the render cache directory ${abs} must be outside the repository ${repoDir}: its files would become part of what a chart reads`,
    );
  const st = lstatSync(real, { throwIfNoEntry: false });
  if (st && !st.isDirectory())
    throw new ConfigurationError(`the render cache directory ${abs} is not a directory`);
  return abs;
}
