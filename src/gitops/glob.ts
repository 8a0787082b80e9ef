import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Repo-relative paths (forward slashes) matching a glob of `*`, `?` and `**` segments, sorted. */
export function globFiles(root: string, pattern: string): string[] {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const out: string[] = [];
  walk(root, '', segments, out);
  return [...new Set(out)].sort();
}

function walk(root: string, rel: string, segments: string[], out: string[]): void {
  if (segments.length === 0) {
    if (rel && isFile(path.join(root, rel))) out.push(rel);
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  const dir = path.join(root, rel);
  if (head === '**') {
    walk(root, rel, rest, out);
    for (const name of list(dir)) {
      if (name.startsWith('.')) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (isDir(path.join(root, child))) walk(root, child, segments, out);
    }
    return;
  }
  if (!/[*?[]/.test(head)) {
    const child = rel ? `${rel}/${head}` : head;
    walk(root, child, rest, out);
    return;
  }
  const re = globSegment(head);
  for (const name of list(dir)) {
    if (re.test(name)) walk(root, rel ? `${rel}/${name}` : name, rest, out);
  }
}

export function globSegment(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
