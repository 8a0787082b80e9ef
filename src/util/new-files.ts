import { lstat, mkdir, realpath, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { insideDir, isInside } from './safe-path.js';

/**
 * Creates every file under `root`, or none: each path must be new (an existing file, directory or
 * link is refused before anything is written), its directories are made inside `root` (never through
 * a symlink out of it), and on any failure every file and directory made so far is removed again.
 */
export async function createFiles(
  root: string,
  files: readonly { rel: string; text: string }[],
): Promise<void> {
  const realRoot = await realpath(root);
  for (const f of files) {
    if (await lstat(insideDir(root, f.rel)).catch(() => null))
      throw new ConfigurationError(`${f.rel} exists already: nothing was written`);
  }
  const made: { path: string; dir: boolean }[] = [];
  try {
    for (const f of files) {
      const abs = insideDir(root, f.rel);
      for (const dir of await missingDirs(path.dirname(abs), root)) {
        await mkdir(dir);
        made.push({ path: dir, dir: true });
      }
      const parent = await realpath(path.dirname(abs));
      if (parent !== realRoot && !isInside(realRoot, parent))
        throw new ConfigurationError(`${path.dirname(f.rel)} leads out of ${root}: nothing was written`);
      // `wx`: create only, never through a link planted meanwhile.
      await writeFile(abs, f.text, { flag: 'wx' });
      made.push({ path: abs, dir: false });
    }
  } catch (e) {
    for (const m of made.reverse())
      await (m.dir ? rmdir(m.path) : rm(m.path, { force: true })).catch(() => undefined);
    throw e;
  }
}

/** The directories from `dir` up to (not including) the first that exists, outermost first. */
async function missingDirs(dir: string, root: string): Promise<string[]> {
  const out: string[] = [];
  for (let d = dir; d !== path.resolve(root) && !(await lstat(d).catch(() => null)); d = path.dirname(d)) {
    if (path.dirname(d) === d) break;
    out.unshift(d);
  }
  return out;
}
