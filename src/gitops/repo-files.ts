import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Finding } from '../findings.js';
import { memoByString } from '../util/memo.js';
import { isInside as isStrictlyInside, realPathNearest } from '../util/safe-path.js';
import type { TreeIndex } from './tree-index.js';
import { parseYaml, tooLarge, type LoadedYaml, type YamlLimits } from './yaml-source.js';
import { normalizePosix } from '../util/normalize-posix.js';

/** What RepoFiles needs of a path's stat. */
interface PathStat {
  file: boolean;
  directory: boolean;
  size: number;
}

/**
 * Read access to one checked-out tree of the GitOps repo. Paths are repo-relative with forward
 * slashes; YAML files are parsed once and their findings collected once, however many clusters use them.
 */
export class RepoFiles {
  private readonly yaml = new Map<string, LoadedYaml>();
  private readonly texts = new Map<string, string | null>();
  /** What `stat` found for each path asked (like `texts`: the tree does not change while it is read). */
  private readonly stats = new Map<string, PathStat | null>();

  /**
   * `blobs` (path → git blob id) and `shared` let two trees of one repo (diff's base and head)
   * parse a file that is the same at both refs once. `revision` is the commit the tree is (Argo CD's
   * `$ARGOCD_APP_REVISION`), '' when it is not a commit. With `index`, the tree is read from git's
   * objects, not from `root` (where a diff writes only what helm reads): the same answers a checkout
   * of the commit at `root` would give.
   */
  constructor(
    readonly root: string,
    readonly limits: YamlLimits,
    private readonly blobs?: ReadonlyMap<string, string>,
    private readonly shared?: Map<string, LoadedYaml>,
    readonly revision: string = '',
    private readonly index?: TreeIndex,
  ) {}

  abs(rel: string): string {
    return path.join(this.root, rel);
  }

  exists(rel: string): boolean {
    return this.stat(rel) !== null;
  }

  isFile(rel: string): boolean {
    return this.stat(rel)?.file ?? false;
  }

  isDirectory(rel: string): boolean {
    return this.stat(rel)?.directory ?? false;
  }

  /** Where directory `rel` really is (repo-relative, symlinks followed), or null when it is none. */
  realDirectory(rel: string): string | null {
    if (!this.isDirectory(rel)) return null;
    if (this.index) {
      const r = this.index.resolve(rel);
      return r.kind === 'directory' ? r.path : null;
    }
    try {
      return path.relative(this.realRoot(), realpathSync.native(this.abs(rel)));
    } catch {
      return null;
    }
  }

  /** Names in a directory, sorted; empty when it does not exist. */
  list(rel: string): string[] {
    if (this.index) return escapesRepo(normalizePosix(rel)) ? [] : this.index.list(rel);
    try {
      return readdirSync(this.abs(rel)).sort();
    } catch {
      return [];
    }
  }

  text(rel: string): string | null {
    if (!this.texts.has(rel)) {
      let t: string | null = null;
      try {
        if (this.isFile(rel))
          t = this.index
            ? (this.index.read(rel)?.toString('utf8') ?? null)
            : readFileSync(this.abs(rel), 'utf8');
      } catch {
        t = null;
      }
      this.texts.set(rel, t);
    }
    return this.texts.get(rel) ?? null;
  }

  /** Parsed YAML, or null when the file does not exist. */
  readYaml(rel: string): LoadedYaml | null {
    const cached = this.yaml.get(rel);
    if (cached) return cached;
    const blob = this.blobs?.get(rel);
    const sharedKey = blob && `${rel}\0${blob}\0${this.limits.maxFileBytes}\0${this.limits.maxExpandedNodes}`;
    const fromOtherTree = sharedKey ? this.shared?.get(sharedKey) : undefined;
    if (fromOtherTree) {
      this.yaml.set(rel, fromOtherTree);
      return fromOtherTree;
    }
    const size = this.stat(rel)?.size;
    if (size === undefined) return null;
    let loaded: LoadedYaml;
    if (size > this.limits.maxFileBytes) {
      loaded = tooLarge(rel, size, this.limits);
    } else {
      const text = this.text(rel);
      if (text === null) return null;
      loaded = parseYaml(rel, text, this.limits);
    }
    this.yaml.set(rel, loaded);
    if (sharedKey) this.shared?.set(sharedKey, loaded);
    return loaded;
  }

  /** The findings of every YAML file read so far. */
  yamlFindings(): Finding[] {
    return [...this.yaml.values()].flatMap((y) => y.findings);
  }

  /**
   * True when `rel` is a symlink (or under one) whose target is outside the repository: Argo CD
   * refuses such a values file ("resolved to outside repository root") rather than calling it missing.
   */
  linksOut(rel: string): boolean {
    if (escapesRepo(normalizePosix(rel))) return false;
    if (this.index) return this.index.resolve(rel).kind === 'outside';
    try {
      return !isInside(this.realRoot(), realpathSync.native(this.abs(rel)));
    } catch {
      return false;
    }
  }

  /** Null for what does not exist and for anything outside the repository (`../`, a symlink out). */
  private stat(rel: string): PathStat | null {
    let st = this.stats.get(rel);
    if (st === undefined) this.stats.set(rel, (st = this.statUncached(rel)));
    return st;
  }

  private statUncached(rel: string): PathStat | null {
    if (escapesRepo(normalizePosix(rel))) return null;
    if (this.index) return indexStat(this.index, rel);
    try {
      const abs = this.abs(rel);
      if (lstatSync(abs).isSymbolicLink() && !isInside(this.realRoot(), realpathSync.native(abs)))
        return null;
      const st = statSync(abs);
      return { file: st.isFile(), directory: st.isDirectory(), size: st.size };
    } catch {
      return null;
    }
  }

  private resolvedRoot: string | undefined;
  private realRoot(): string {
    this.resolvedRoot ??= realpathSync.native(this.root);
    return this.resolvedRoot;
  }
}

function indexStat(index: TreeIndex, rel: string): PathStat | null {
  const r = index.resolve(rel);
  if (r.kind === 'directory') return { file: false, directory: true, size: 0 };
  if (r.kind !== 'file') return null;
  return { file: true, directory: false, size: index.read(r.path)!.length };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The GitOps repo given (`--repo`, the action's `path`) must be a directory. */
export function requireDirectory(dir: string): void {
  let ok: boolean;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigurationError(`${dir} is not a directory (give the GitOps repo with --repo)`);
}

/** Argo CD refuses a repository with symlinks pointing out of it; so do we, before helm follows them. */
export function refuseSymlinksOut(dir: string): void {
  const out = symlinksOutOfRepo(dir);
  if (out.length > 0) {
    throw new ConfigurationError(
      `symlinks point outside the repository or into .git (Argo CD refuses to render it): ${out.slice(0, 5).join(', ')}${out.length > 5 ? ` and ${out.length - 5} more` : ''}`,
    );
  }
}

/**
 * Symlinks in a checked-out tree that point outside it or into its `.git` (`.git` itself aside). Argo CD refuses to render such a
 * repository, and helm would follow them: a chart could print any file of the machine into a diff.
 */
export function symlinksOutOfRepo(root: string): string[] {
  const realRoot = realpathSync.native(root);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (rel === '.git') continue;
      if (entry.isSymbolicLink()) {
        let target: string | null;
        try {
          target = realpathSync.native(path.join(root, rel));
        } catch {
          target = null; // dangling: nothing to read
        }
        // Into .git is out too: the checkout's credentials are in .git/config.
        const intoGit = target !== null && path.relative(realRoot, target).split(path.sep)[0] === '.git';
        if (target !== null && (!isInside(realRoot, target) || intoGit)) out.push(rel);
      } else if (entry.isDirectory()) {
        walk(rel);
      }
    }
  };
  walk('');
  return out.sort();
}

/**
 * Whether helm could show a chart a `.git` directory of this tree: the tree's root is itself a chart
 * (helm gives a chart every file under its directory), or a `.git` sits deeper (a nested clone).
 */
export function gitDirVisibleToCharts(root: string): boolean {
  if (existsSync(path.join(root, 'Chart.yaml'))) return true;
  const walk = (dir: string): boolean =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).some((e) => {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.name === '.git') return dir !== '';
      return e.isDirectory() && !e.isSymbolicLink() && walk(rel);
    });
  return walk('');
}

/** Where a path given by the user (`--config`, the `config` input) lands. */
export type RepoPath = { kind: 'inside'; rel: string; abs: string } | { kind: 'outside' };

/**
 * Resolves `given` (relative to the repository root, or absolute) and says whether the file system
 * reaches a path strictly inside the root through it, every symlink followed: `..`, an absolute path
 * elsewhere and a symlink out are outside. `rel` is repo-relative with forward slashes.
 */
export function pathInRepo(root: string, given: string): RepoPath {
  const abs = path.resolve(root, given);
  const realRoot = realPathNearest(root);
  const real = realPathNearest(abs);
  if (!isStrictlyInside(realRoot, real)) return { kind: 'outside' };
  // An absolute path may spell the root another way (a symlinked /tmp): then the real path names it.
  const rel = isStrictlyInside(path.resolve(root), abs)
    ? path.relative(path.resolve(root), abs)
    : path.relative(realRoot, real);
  return { kind: 'inside', rel: rel.split(path.sep).join('/'), abs: path.resolve(root, rel) };
}

/** Joins repo-relative paths the way Argo CD resolves a valueFile against the source path. */
export function repoJoin(base: string, rel: string): string {
  // Remembered by the pair as one key, NUL between (a path from YAML holding NUL is joined as is).
  return base.includes('\0') || rel.includes('\0') ? joinPaths(base, rel) : joinedPaths(`${base}\0${rel}`);
}

function joinPaths(base: string, rel: string): string {
  const joined = normalizePosix(base === '.' || base === '' ? rel : `${base}/${rel}`);
  return joined === '' ? '.' : joined.replace(/\/$/, '');
}

const joinedPaths = memoByString((pair) => {
  const at = pair.indexOf('\0');
  return joinPaths(pair.slice(0, at), pair.slice(at + 1));
});

/**
 * The repo path of a `valueFiles` entry, as Argo CD resolves it: relative to the chart's directory, or,
 * when it starts with `/`, to the repository root.
 */
export function valueFilePath(chart: string, entry: string): string {
  return entry.startsWith('/') ? repoJoin('.', entry.replace(/^\/+/, '')) : repoJoin(chart, entry);
}

/** True when a repo-relative path climbs out of the repository. */
export function escapesRepo(rel: string): boolean {
  return rel === '..' || rel.startsWith('../') || path.posix.isAbsolute(rel);
}
