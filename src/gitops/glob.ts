/** What a glob walks: a tree's directories and files (RepoFiles), repo-relative paths. */
export interface GlobTree {
  list(rel: string): string[];
  isFile(rel: string): boolean;
  isDirectory(rel: string): boolean;
}

/** Repo-relative paths (forward slashes) matching a glob of `*`, `?` and `**` segments, sorted. */
export function globFiles(tree: GlobTree, pattern: string): string[] {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const out: string[] = [];
  walk(tree, '', segments, out);
  return [...new Set(out)].sort();
}

function walk(tree: GlobTree, rel: string, segments: string[], out: string[]): void {
  if (segments.length === 0) {
    if (rel && tree.isFile(rel)) out.push(rel);
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '**') {
    walk(tree, rel, rest, out);
    for (const name of tree.list(rel)) {
      if (name.startsWith('.')) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (tree.isDirectory(child)) walk(tree, child, segments, out);
    }
    return;
  }
  if (!/[*?[]/.test(head)) {
    const child = rel ? `${rel}/${head}` : head;
    walk(tree, child, rest, out);
    return;
  }
  const re = globSegment(head);
  for (const name of tree.list(rel)) {
    if (re.test(name)) walk(tree, rel ? `${rel}/${name}` : name, rest, out);
  }
}

export function globSegment(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}
