import type { RepoFiles } from './repo-files.js';
import { escapeRegExp } from '../util/regexp-escape.js';

/**
 * valueFiles globs as Argo CD 3.5+ expands them (reposerver `getResolvedValueFiles`, doublestar v4
 * `FilepathGlob`): `*`, `?`, `[class]` (`[^…]`/`[!…]` negated, ranges), `{alt,…}` (nested), `**` as a
 * whole segment for any number of directories, `\` escaping the next character. `*` matches dot files
 * too. Matches come in directory-walk order (each directory's names sorted), which is the lexical
 * order of their path segments.
 */

/** Argo CD expands an entry only when it holds one of `*`, `?`, `[` (braces alone are a plain name). */
export function isGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/**
 * The repository files a repo-relative pattern matches, or null for a malformed pattern (an
 * unclosed `[` or `{`: Argo CD fails the render). Nothing under a `.git` directory ever matches:
 * a checkout's credentials live there.
 */
export function expandGlob(files: RepoFiles, pattern: string): string[] | null {
  const alternatives = expandBraces(pattern);
  if (!alternatives) return null;
  const found = new Set<string>();
  for (const alt of alternatives) {
    const segments = alt.split('/').filter((s) => s !== '' && s !== '.');
    const matchers = segments.map((s) => (s === '**' ? '**' : segmentMatcher(s)));
    if (matchers.some((m) => m === null)) return null;
    walk(files, '', matchers as (RegExp | '**')[], found, new Set());
  }
  return [...found].sort(bySegments);
}

/**
 * A `**` enters each real directory once for the same rest of the pattern (`entered`): symlinks to a
 * directory above (`a -> .`) would make the walk exponential. What it skips are other paths to files
 * already matched; helm reading one values file again changes nothing.
 */
function walk(
  files: RepoFiles,
  dir: string,
  rest: (RegExp | '**')[],
  out: Set<string>,
  entered: Set<string>,
): void {
  const child = (name: string) => (dir ? `${dir}/${name}` : name);
  if (rest.length === 0) {
    if (dir && files.isFile(dir)) out.add(dir);
    return;
  }
  const [head, ...tail] = rest as [RegExp | '**', ...(RegExp | '**')[]];
  if (head === '**') {
    const at = `${files.realDirectory(dir || '.') ?? dir}\0${rest.length}`;
    if (entered.has(at)) return;
    entered.add(at);
    walk(files, dir, tail, out, entered);
    for (const name of files.list(dir || '.'))
      if (name !== '.git' && files.isDirectory(child(name))) walk(files, child(name), rest, out, entered);
    return;
  }
  for (const name of files.list(dir || '.')) {
    if (name === '.git' || !head.test(name)) continue;
    if (tail.length > 0 && !files.isDirectory(child(name))) continue;
    walk(files, child(name), tail, out, entered);
  }
}

/** Path segments compared one by one: the order a walk of sorted directories meets them. */
function bySegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** `{a,b{c,d}}` alternatives written out (escapes kept for the segment matcher), or null when unbalanced. */
function expandBraces(pattern: string): string[] | null {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '{' && depth++ === 0) open = i;
    else if (ch === '}' && depth > 0 && --depth === 0) {
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const out: string[] = [];
      for (const alt of splitAlternatives(pattern.slice(open + 1, i))) {
        const expanded = expandBraces(head + alt + tail);
        if (!expanded) return null;
        out.push(...expanded);
      }
      return out;
    }
  }
  return depth === 0 ? [pattern] : null;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** One path segment as a regular expression (`**` inside a segment is `*`), or null if malformed. */
function segmentMatcher(segment: string): RegExp | null {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\' && i + 1 < segment.length) re += escapeRegExp(segment[++i]!);
    else if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = classEnd(segment, i);
      if (end < 0) return null;
      re += characterClass(segment.slice(i + 1, end));
      i = end;
    } else re += escapeRegExp(ch);
  }
  return new RegExp(`^${re}$`, 's');
}

function classEnd(segment: string, open: number): number {
  for (let i = open + 1; i < segment.length; i++) {
    if (segment[i] === '\\') i++;
    else if (segment[i] === ']' && i > open + 1) return i;
  }
  return -1;
}

function characterClass(body: string): string {
  const negated = body[0] === '^' || body[0] === '!';
  let out = '';
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    if (body[i] === '\\' && i + 1 < body.length) i++;
    const ch = body[i]!;
    out += ch === '-' && out !== '' && i + 1 < body.length ? '-' : escapeRegExp(ch);
  }
  return `[${negated ? '^' : ''}${out}]`;
}
