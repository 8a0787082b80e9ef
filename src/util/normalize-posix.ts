import path from 'node:path';

/** What path.posix.normalize changes: an empty, `.` or `..` component, `//`, a leading or trailing `/`, ''. */
const UNCLEAN = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$|^$/;

/**
 * path.posix.normalize(p), without its work for a path it leaves as it is (most: every Application of
 * a fleet names its values files by clean relative paths, thousands of them).
 */
export function normalizePosix(p: string): string {
  return UNCLEAN.test(p) ? path.posix.normalize(p) : p;
}
