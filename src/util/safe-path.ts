import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { lstat, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';

/** A name used as-is: lower case, digits, `.` and `-`, not starting with `.`, at most 100 characters. */
const PLAIN = /^[a-z0-9][a-z0-9.-]{0,99}$/;
const KEPT = /[^A-Za-z0-9._-]/g;
const PREFIX_MAX = 60;

/**
 * A file name (no extension) for a name from the repository (a cluster, an Application): the name
 * itself when it is plain (see PLAIN), otherwise its characters outside `[A-Za-z0-9._-]` replaced by
 * `_`, leading dots replaced, cut to 60 characters, plus `_` and 16 hex digits of its SHA-256.
 *
 * Distinct names give distinct files, also on a case-insensitive file system: plain names are lower
 * case and have no `_`, every changed name has one and ends with the hash of the whole original name.
 * Never empty, `.` or `..`, never a path separator, at most 100 characters.
 */
export function safeFileName(name: string): string {
  if (PLAIN.test(name)) return name;
  const prefix = name.replace(KEPT, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length));
  const hash = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 16);
  return `${prefix.slice(0, PREFIX_MAX)}_${hash}`;
}

/** Whether `target` is strictly inside `dir` (not `dir` itself), comparing the paths as given. */
export function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * The real path of `p`, every symlink resolved, also when `p` does not exist (yet): its nearest
 * existing ancestor is resolved and the rest appended. What the file system would reach through `p`.
 */
export function realPathNearest(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realPathNearest(parent), path.basename(abs));
  }
}

/**
 * `rel` joined to `dir`, refused when the result would not be strictly inside `dir`. A bug when it
 * happens: every name that reaches a path went through safeFileName first.
 */
export function insideDir(dir: string, rel: string): string {
  const abs = path.resolve(dir, rel);
  if (path.isAbsolute(rel) || !isInside(path.resolve(dir), abs))
    throw new Error(`bug: ${JSON.stringify(rel)} would be written outside ${dir}`);
  return abs;
}

/**
 * Writes `data` to `rel` inside `dir` without following a symlink: the output directory may sit in a
 * checkout whose content the pull request chose, so `clusters` or `diff.json` could be a link to any
 * file of the runner. The parent must really be inside `dir`; an existing file (or link) is replaced.
 */
export async function writeInside(dir: string, rel: string, data: string): Promise<string> {
  const abs = insideDir(dir, rel);
  const realDir = await realpath(dir);
  const realParent = await realpath(path.dirname(abs));
  if (realParent !== realDir && !isInside(realDir, realParent)) {
    throw new ConfigurationError(
      `${path.dirname(abs)} is a symlink out of ${dir}: refusing to write ${rel} through it`,
    );
  }
  const existing = await lstat(abs).catch(() => null);
  if (existing?.isSymbolicLink() || existing?.isFile()) await rm(abs, { force: true });
  // `wx`: create only, never open an existing path (a link planted after the check is not followed).
  await writeFile(abs, data, { flag: 'wx' });
  return abs;
}
