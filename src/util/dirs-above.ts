/** The directories above a repo-relative path, outermost first (`a`, `a/b` for `a/b/c`; none for `a`). */
export function dirsAbove(p: string): string[] {
  const out: string[] = [];
  for (let at = p.indexOf('/'); at >= 0; at = p.indexOf('/', at + 1)) out.push(p.slice(0, at));
  return out;
}

/** The outermost of the directories above `p` that is one of `dirs` (dirsAbove(p).find, without its array). */
export function outermostAbove(p: string, dirs: ReadonlySet<string>): string | undefined {
  for (let at = p.indexOf('/'); at >= 0; at = p.indexOf('/', at + 1)) {
    const dir = p.slice(0, at);
    if (dirs.has(dir)) return dir;
  }
  return undefined;
}
