import { randomBytes } from 'node:crypto';
import { lstat, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * How the file system a tree is written to compares names. Linux's compare them byte for byte (null),
 * but in a casefold directory; macOS's (APFS, HFS+) take `A` and `a` for one name, and `é` composed
 * or not for one. There a tree's `A` (a link) and `a/x` would be one path, and `a/x` would be written
 * through the link: names are checked for overlaps as the file system folds them. (Not covered: the
 * code points HFS+ ignores in names, Windows' trailing dots and short names; neither is a platform
 * this runs on.)
 */
export type NameFolding = ((name: string) => string) | null;

/** What the file system of directory `dir` (it exists) folds, found by asking it about a file made there. */
export async function nameFolding(dir: string): Promise<NameFolding> {
  const tag = randomBytes(6).toString('hex');
  const probe = path.join(dir, `.gp-name-probe-${tag}-\u00e9a`);
  await writeFile(probe, '', { flag: 'wx' });
  try {
    const there = (name: string) =>
      lstat(path.join(dir, name)).then(
        () => true,
        (e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return false;
          throw e;
        },
      );
    const [cases, forms] = await Promise.all([
      there(`.gp-name-probe-${tag}-\u00e9A`),
      there(`.gp-name-probe-${tag}-e\u0301a`),
    ]);
    return folding(cases, forms);
  } finally {
    await rm(probe, { force: true });
  }
}

/** The folding of a file system that ignores case (`cases`) and/or the Unicode form (`forms`). */
export function folding(cases: boolean, forms: boolean): NameFolding {
  if (!cases && !forms) return null;
  // More folded than any of them folds, never less (lower, upper, lower: `ẞ`, `ß`, `SS` and `ss` are
  // one): a tree refused for two names one of them keeps apart is refused where it might not be.
  return (name) => {
    const composed = name.normalize('NFC');
    return cases ? composed.toLowerCase().toUpperCase().toLowerCase().normalize('NFC') : composed;
  };
}
