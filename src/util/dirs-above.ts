/** The directories above a repo-relative path, outermost first (`a`, `a/b` for `a/b/c`; none for `a`). */
export function dirsAbove(p: string): string[] {
  const out: string[] = [];
  for (let at = p.indexOf('/'); at >= 0; at = p.indexOf('/', at + 1)) out.push(p.slice(0, at));
  return out;
}
