import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * A file of a directory someone else may have written (a cache restored by actions/cache) read only
 * when it is a regular file of at most `max` bytes, as fstat says of what was opened: never through
 * a link (O_NOFOLLOW: a symlink fails to open), never waiting on a FIFO (O_NONBLOCK: one planted
 * there opens at once, and is refused).
 */
export type RegularRead =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'refused'; reason: string };

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** readRegularFile without waiting. Never throws for what is there: an error opening or reading is a refusal. */
export function readRegularFileSync(file: string, max: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch (e) {
    return notOpened(e as NodeJS.ErrnoException) ?? refusedBy(e);
  }
  try {
    return checked(fstatSync(fd), max) ?? { kind: 'text', text: readFileSync(fd, 'utf8') };
  } catch (e) {
    return refusedBy(e);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of `file` (see RegularRead); `opened` is run on the handle of a file read, before it is
 * closed (the render store touches an entry through it). Throws what opening throws but a missing
 * file or a link.
 */
export async function readRegularFile(
  file: string,
  max: number,
  opened?: (handle: FileHandle, st: Stats) => Promise<void>,
): Promise<RegularRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, FLAGS);
  } catch (e) {
    const why = notOpened(e as NodeJS.ErrnoException);
    if (why) return why;
    throw e;
  }
  try {
    const st = await handle.stat();
    const refused = checked(st, max);
    if (refused) return refused;
    const text = await handle.readFile('utf8');
    await opened?.(handle, st);
    return { kind: 'text', text };
  } finally {
    await handle.close();
  }
}

/** A missing file, or a link (ELOOP; EMLINK on some BSDs), from an open that failed; null for other errors. */
function notOpened(e: NodeJS.ErrnoException): RegularRead | null {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return { kind: 'missing' };
  if (e.code === 'ELOOP' || e.code === 'EMLINK') return { kind: 'refused', reason: 'is not a regular file' };
  return null;
}

function checked(st: Stats, max: number): RegularRead | null {
  if (!st.isFile()) return { kind: 'refused', reason: 'is not a regular file' };
  if (st.size > max) return { kind: 'refused', reason: 'is too big' };
  return null;
}

function refusedBy(e: unknown): RegularRead {
  return { kind: 'refused', reason: (e as Error).message };
}
