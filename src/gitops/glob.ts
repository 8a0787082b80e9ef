/** What a glob walks: a tree's directories and files (RepoFiles), repo-relative paths. */
export interface GlobTree {
  list(rel: string): string[];
  isFile(rel: string): boolean;
  isDirectory(rel: string): boolean;
  /** Where a directory really is (symlinks followed), so that `**` walks each one once. */
  realDirectory(rel: string): string | null;
}

/**
 * Repo-relative paths (forward slashes) matching a glob of `*`, `?` and `**` segments, sorted. A `**`
 * enters each real directory once per remaining pattern: symlinks to a directory above (`a -> .`)
 * would otherwise make the walk endless, or exponential.
 */
export function globFiles(tree: GlobTree, pattern: string): string[] {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const out: string[] = [];
  walk({ tree, out, entered: new Set() }, '', segments);
  return [...new Set(out)].sort();
}

interface Walk {
  tree: GlobTree;
  out: string[];
  /** Real directory and the pattern left: a `**` walked there already. */
  entered: Set<string>;
}

function walk(w: Walk, rel: string, segments: string[]): void {
  const { tree } = w;
  if (segments.length === 0) {
    if (rel && tree.isFile(rel)) w.out.push(rel);
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '**') {
    const at = `${tree.realDirectory(rel) ?? rel}\0${segments.join('/')}`;
    if (w.entered.has(at)) return;
    w.entered.add(at);
    walk(w, rel, rest);
    for (const name of tree.list(rel)) {
      if (name.startsWith('.')) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (tree.isDirectory(child)) walk(w, child, segments);
    }
    return;
  }
  if (!/[*?[]/.test(head)) {
    walk(w, rel ? `${rel}/${head}` : head, rest);
    return;
  }
  const re = globSegment(head);
  for (const name of tree.list(rel)) {
    if (re.test(name)) walk(w, rel ? `${rel}/${name}` : name, rest);
  }
}

export function globSegment(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}
