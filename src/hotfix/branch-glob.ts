import { escapeRegExp } from '../util/regexp-escape.js';

/**
 * `hotfix/*` as a whole-name match: `*` is any run of characters but `/`, everything else is
 * literal (a `[` or `.` in the pattern matches itself, and never makes an invalid expression).
 */
export function branchGlob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}$`);
}
