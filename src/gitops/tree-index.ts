import path from 'node:path';
import { normalizePosix } from '../util/normalize-posix.js';

/** One entry of `git ls-tree -r` (a file, an executable, a symlink, or a submodule). */
export interface IndexEntry {
  mode: string;
  type: 'blob' | 'commit';
  oid: string;
  path: string;
}

/** Where a repo-relative path leads once every symlink on the way is followed, as the kernel would. */
export type Resolved =
  | { kind: 'file'; path: string; oid: string }
  | { kind: 'directory'; path: string }
  | { kind: 'missing' }
  | { kind: 'outside' };

/** Linux gives up after 40 links in one lookup (ELOOP); so does this. */
const MAX_LINKS = 40;

/**
 * A commit's tree read from its listing and blobs, without the files on disk: what a path is (file,
 * directory, neither, or out of the tree), a directory's names, a file's bytes. Paths are looked up
 * component by component, following symlinks the way the kernel does on a checkout of the tree: a
 * link's target is read relative to the link's directory, `..` after a link goes up from its target,
 * an absolute target or one above the root is out of the tree, a file in the middle of a path is
 * missing. A submodule is an empty directory, as a checkout leaves it.
 */
export class TreeIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly dirs = new Map<string, Set<string>>([['', new Set()]]);

  constructor(
    entries: readonly IndexEntry[],
    private readonly blob: (oid: string) => Buffer,
  ) {
    for (const e of entries) {
      this.entries.set(e.path, e);
      if (e.mode === '120000') this.hasLinks = true;
      // Each directory above the entry holds the next name down (`a` holds `b` for `a/b/c`).
      for (let from = 0, dir = ''; ;) {
        const at = e.path.indexOf('/', from);
        const name = e.path.slice(from, at < 0 ? undefined : at);
        let names = this.dirs.get(dir);
        if (!names) this.dirs.set(dir, (names = new Set()));
        names.add(name);
        if (at < 0) break;
        dir = e.path.slice(0, at);
        from = at + 1;
      }
      if (e.type === 'commit') this.dirs.set(e.path, new Set());
    }
  }

  /** Whether any entry is a symlink: without one, a normalized path is looked up as it is. */
  private hasLinks = false;

  private readonly resolved = new Map<string, Resolved>();

  /** `rel` (normalized as path.join would) followed to what it names. */
  resolve(rel: string): Resolved {
    let r = this.resolved.get(rel);
    if (!r) this.resolved.set(rel, (r = this.walk(rel)));
    return r;
  }

  private walk(rel: string): Resolved {
    const start = normalizePosix(rel);
    if (start === '..' || start.startsWith('../') || path.posix.isAbsolute(start)) return { kind: 'outside' };
    if (!this.hasLinks && !start.endsWith('/')) return this.lookup(start);
    const todo = components(start);
    const at: string[] = [];
    let links = 0;
    while (todo.length > 0) {
      const name = todo.shift()!;
      if (name === '.') continue; // what a trailing `/` leaves: what comes before must be a directory
      if (name === '..') {
        if (at.length === 0) return { kind: 'outside' };
        at.pop();
        continue;
      }
      const here = [...at, name].join('/');
      const entry = this.entries.get(here);
      if (entry?.mode === '120000') {
        if (++links > MAX_LINKS) return { kind: 'missing' };
        const to = this.blob(entry.oid).toString('utf8');
        if (path.posix.isAbsolute(to)) return { kind: 'outside' };
        todo.unshift(...components(to));
        continue;
      }
      if (entry && entry.type === 'blob') {
        if (todo.length > 0) return { kind: 'missing' };
        return { kind: 'file', path: here, oid: entry.oid };
      }
      if (!this.dirs.has(here)) return { kind: 'missing' };
      at.push(name);
    }
    return { kind: 'directory', path: at.join('/') };
  }

  /** A normalized path in a tree without symlinks: what the walk finds, in one lookup. */
  private lookup(start: string): Resolved {
    if (start === '.') return { kind: 'directory', path: '' };
    const entry = this.entries.get(start);
    if (entry?.type === 'blob') return { kind: 'file', path: start, oid: entry.oid };
    return this.dirs.has(start) ? { kind: 'directory', path: start } : { kind: 'missing' };
  }

  /** The names in a directory (its path resolved), sorted as readdir's names sorted; [] if it is none. */
  list(rel: string): string[] {
    const r = this.resolve(rel);
    return r.kind === 'directory' ? [...(this.dirs.get(r.path) ?? [])].sort() : [];
  }

  /** The bytes of the file `rel` leads to, or null. */
  read(rel: string): Buffer | null {
    const r = this.resolve(rel);
    return r.kind === 'file' ? this.blob(r.oid) : null;
  }

  /** Every symlink of the tree under `dir` (or `dir` itself), by its path. */
  linksUnder(dir: string): readonly string[] {
    let out = this.linksIn.get(dir);
    if (!out) {
      this.allLinks ??= [...this.entries.values()].filter((e) => e.mode === '120000').map((e) => e.path);
      out = this.allLinks.filter((p) => dir === '' || p === dir || p.startsWith(`${dir}/`));
      this.linksIn.set(dir, out);
    }
    return out;
  }

  private readonly linksIn = new Map<string, string[]>();
  private allLinks: string[] | undefined;
}

/** A path's names, `.` and empty ones left out; a trailing `/` (or `/.`) kept as a `.`: a directory. */
function components(p: string): string[] {
  const names = p.split('/').filter((n) => n !== '' && n !== '.');
  return names.length > 0 && /\/\.?$/.test(p) ? [...names, '.'] : names;
}
