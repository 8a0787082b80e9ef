import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yamlPackage from 'yaml/package.json' with { type: 'json' };
import { sha256 } from '../helm/content-digest.js';
import type { Logger } from '../logger.js';
import { readRegularFileSync } from '../util/read-regular.js';
import { escapeRegExp } from '../util/regexp-escape.js';
import { decodeLoaded, encodeLoaded } from './yaml-encoding.js';
import type { LoadedYaml } from './yaml-source.js';

/**
 * Bumped whenever what parseYaml returns for a text may change (test/unit/parse-cache.test.ts checks
 * PARSE_SOURCES, the digest of the files that decide it and of the `yaml` package's version).
 */
export const PARSE_CACHE_FORMAT = 1;
export const PARSE_SOURCES = '3234ed2f97b78ed8dc428a98716f53c50380f0cf3c52495c860bef2c5904aaf5';

/** A pack bigger than this is neither read nor written. */
const MAX_PACK_BYTES = 32 * 1024 * 1024;

/**
 * The YAML files a diff parsed (bootstrap Applications, values files), kept in the render cache
 * directory for the next run: `DIR/yaml-parses-v<format>.json`, one pack holding the parses the last
 * run used, keyed as the two trees of a diff share them (the file's path, its git blob id, the parse
 * limits). A first line says the format, the `yaml` package's version, PARSE_SOURCES and the digest
 * of the rest; a pack that does not match them all, or does not decode (yaml-encoding.ts), is ignored
 * whole, and the files are parsed again. Nothing here fails a run: a pack that cannot be read or
 * written is said (debug) and the run goes on.
 */
export class ParseCache {
  /** What RepoFiles reads and adds to (its `shared` map): the pack's parses, then this run's. */
  readonly parses: TrackedParses;

  private constructor(
    private readonly file: string | null,
    private readonly logger: Logger,
    loaded: ReadonlyMap<string, LoadedYaml>,
  ) {
    this.parses = new TrackedParses(loaded);
  }

  /** The pack in `dir` (an already checked cache directory), or an empty cache without one. */
  static open(dir: string | null, logger: Logger): ParseCache {
    if (!dir) return new ParseCache(null, logger, new Map());
    const file = path.join(dir, `yaml-parses-v${PARSE_CACHE_FORMAT}.json`);
    const read = readPack(file);
    if (typeof read === 'string') {
      logger.debug(`parse cache: ${file} ignored: ${read}`);
      return new ParseCache(file, logger, new Map());
    }
    return new ParseCache(file, logger, read);
  }

  /**
   * Writes the parses this run used, unless they are the pack's already (or it used none: a run that
   * stopped before reading a tree leaves the pack as it is); says what it served (debug). Never throws.
   */
  async save(): Promise<void> {
    if (!this.file) return;
    const { fromPack, parsed } = this.parses.counts();
    this.logger.debug(`parse cache (${this.file}): ${fromPack} YAML files from it, ${parsed} parsed`);
    if (fromPack + parsed === 0 || !this.parses.changed()) return;
    const temp = `${this.file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const entries = this.parses.usedEntries().map(([k, v]) => [k, encodeLoaded(v)]);
      const body = JSON.stringify(entries);
      const text = `${JSON.stringify({ ...packIdentity(), digest: sha256(body) })}\n${body}`;
      if (Buffer.byteLength(text) > MAX_PACK_BYTES) throw new Error('the pack would be too big');
      await mkdir(path.dirname(this.file), { recursive: true });
      // `wx`: a new file, never an existing path; the rename replaces a link itself, never its target.
      await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
      await rename(temp, this.file);
    } catch (e) {
      await rm(temp, { force: true }).catch(() => undefined);
      this.logger.debug(`parse cache: not stored: ${(e as Error).message}`);
    }
    await removeStaleTemps(this.file);
  }
}

/**
 * The parses of a run, remembering which were used (read or added): only those are kept, so the
 * pack holds what the last run read and no more.
 */
export class TrackedParses extends Map<string, LoadedYaml> {
  private readonly used = new Set<string>();
  private readonly added = new Set<string>();
  private readonly loadedKeys: ReadonlySet<string>;

  constructor(loaded: ReadonlyMap<string, LoadedYaml>) {
    super();
    for (const [k, v] of loaded) Map.prototype.set.call(this, k, v);
    this.loadedKeys = new Set(loaded.keys());
  }

  override get(key: string): LoadedYaml | undefined {
    const v = super.get(key);
    if (v) this.used.add(key);
    return v;
  }

  override set(key: string, value: LoadedYaml): this {
    this.used?.add(key);
    this.added?.add(key);
    return super.set(key, value);
  }

  /** How many used parses came from the pack, and how many were parsed in this run. */
  counts(): { fromPack: number; parsed: number } {
    const fromPack = [...this.used].filter((k) => this.loadedKeys.has(k) && !this.added.has(k)).length;
    return { fromPack, parsed: this.added.size };
  }

  changed(): boolean {
    return this.used.size !== this.loadedKeys.size || [...this.used].some((k) => !this.loadedKeys.has(k));
  }

  usedEntries(): [string, LoadedYaml][] {
    return [...this.used].sort().map((k) => [k, super.get(k)!]);
  }
}

/** A temp file of a pack older than this was left by a run that was stopped: removed by the next save. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes the temp files of `pack` that runs stopped before their rename left (a run writing one now
 * is younger than STALE_TEMP_MS): only regular files named as save() names them, never through a link.
 */
async function removeStaleTemps(pack: string): Promise<void> {
  const dir = path.dirname(pack);
  const name = new RegExp(`^${escapeRegExp(path.basename(pack))}\\.\\d+\\.[0-9a-f]{12}\\.tmp$`);
  const names = await readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  for (const n of names.filter((n) => name.test(n))) {
    const file = path.join(dir, n);
    const st = await lstat(file).catch(() => null);
    if (st?.isFile() && now - st.mtimeMs >= STALE_TEMP_MS) await unlink(file).catch(() => undefined);
  }
}

function packIdentity() {
  return { format: PARSE_CACHE_FORMAT, yaml: yamlPackage.version, sources: PARSE_SOURCES };
}

/** The pack's parses, or why it is not used. */
function readPack(file: string): Map<string, LoadedYaml> | string {
  const read = readRegularFileSync(file, MAX_PACK_BYTES);
  if (read.kind === 'missing') return new Map();
  if (read.kind === 'refused') return read.reason;
  const { text } = read;
  const eol = text.indexOf('\n');
  let header: unknown;
  let entries: unknown;
  try {
    header = JSON.parse(text.slice(0, eol));
    const want = packIdentity();
    const h = header as Record<string, unknown>;
    if (h.format !== want.format || h.yaml !== want.yaml || h.sources !== want.sources)
      return 'written by another version';
    if (h.digest !== sha256(text.slice(eol + 1))) return 'its digest does not match what it holds';
    entries = JSON.parse(text.slice(eol + 1));
  } catch {
    return 'not a pack (truncated or corrupted)';
  }
  const out = new Map<string, LoadedYaml>();
  if (!Array.isArray(entries)) return 'not a pack';
  try {
    decodeAll(entries, out);
  } catch (e) {
    // Nesting deeper than the stack (a hand-made pack): not ours.
    if (e instanceof RangeError) return 'not a pack (nested too deep)';
    throw e;
  }
  return out.size === entries.length ? out : 'not a pack (an entry does not decode)';
}

function decodeAll(entries: unknown[], out: Map<string, LoadedYaml>): void {
  for (const entry of entries) {
    const [key, value] = Array.isArray(entry) ? (entry as unknown[]) : [];
    const file = typeof key === 'string' ? key.slice(0, key.indexOf('\0')) : '';
    const loaded = typeof key === 'string' && key.includes('\0') ? decodeLoaded(value, file) : null;
    if (!loaded) return;
    out.set(key as string, loaded);
  }
}
