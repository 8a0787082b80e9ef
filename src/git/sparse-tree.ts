import { link, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SparseTree } from '../ports/git.js';
import { clip } from '../util/clip.js';
import { limiter, settleAll } from '../util/concurrency.js';
import { dirsAbove, outermostAbove } from '../util/dirs-above.js';
import { nameFolding } from './name-folding.js';
import type { GitRun } from './exec.js';
import {
  isRegularFile,
  LazyDirs,
  refuseOverlaps,
  safeJoin,
  writeFiles,
  writeSkeleton,
  writeTreeFile,
  type TreeEntry,
} from './export-tree.js';
import { listTree, readBlobs } from './read-tree.js';

/**
 * Commits' trees in temporary directories (`gp-<name>-<random>`), written only as far
 * as they are read: at first, in a tree with a symlink, every directory and every symlink (in one
 * without, a directory is made when a file is written into it); a chart's files (a chart: a
 * directory holding a `Chart.yaml`) when `materialize` names it, and any other file when
 * `materialize` names it or a directory above it. The trees are
 * listed at once, and their blobs come from one `git cat-file --batch` for all of them, kept in
 * memory for `blob`: a file that is the same in two trees is read from git once.
 */
export async function withSparseTrees<T>(
  git: GitRun,
  sides: readonly { sha: string; name: string }[],
  fn: (trees: SparseTree[]) => Promise<T>,
  options: SparseOptions = {},
): Promise<T> {
  for (const s of sides)
    if (!/^[\w-][\w.-]*$/.test(s.name)) throw new Error(`not a directory name: ${clip(s.name)}`);
  // Each tree is a temporary directory of its own, its name unguessable: a link climbing out of one
  // and back in by name (`../head/…`), or into the other, dangles as it would in any checkout.
  const temps: string[] = [];
  try {
    for (const s of sides) temps.push(await mkdtemp(path.join(os.tmpdir(), `gp-${s.name}-`)));
    const listed = await Promise.all(sides.map((s) => listTree(git, s.sha)));
    // The trees' directories are of one file system: asked once how it compares names.
    const fold = temps.length > 0 ? await nameFolding(temps[0]!) : null;
    for (const entries of listed) refuseOverlaps(entries, fold);
    const blobs = await readBlobs(git, listed.flat());
    const linked = options.linkIdentical === true;
    const write = linked ? linkingWriter(blobs) : plainWriter(blobs);
    const trees = await Promise.all(
      sides.map((s, i) => openSparse(s.sha, temps[i]!, listed[i]!, blobs, { write, linked })),
    );
    return await fn(trees);
  } finally {
    await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
  }
}

async function openSparse(
  sha: string,
  dir: string,
  entries: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Buffer>,
  { write, linked }: { write: FileWriter; linked: boolean },
): Promise<SparseTree> {
  const root = path.resolve(dir);
  const charts = chartDirectories(entries);
  const roots = new Set(charts);
  // Each file under a chart, by its chart: written together when it is named. The others one by one.
  const byChart = new Map<string, TreeEntry[]>(charts.map((c) => [c, []]));
  const plain = new Map<string, TreeEntry>();
  for (const e of entries) {
    if (!isRegularFile(e)) continue;
    const chart = roots.has('') ? '' : outermostAbove(e.path, roots);
    if (chart === undefined) plain.set(e.path, e);
    else byChart.get(chart)!.push(e);
  }
  // A tree with a symlink is written as a skeleton first (every directory, every link: what a lookup
  // through a link walks). One without (most) makes only the directories of the files it writes:
  // thousands of directories of charts never rendered are never made, nor removed.
  const lazy = entries.some((e) => e.mode === '120000') ? undefined : new LazyDirs();
  if (!lazy) await writeSkeleton(root, entries, blobs);
  // Submodules are empty directories, as a checkout leaves them.
  else
    await Promise.all(
      entries.filter((e) => e.type === 'commit').map((e) => lazy.make(safeJoin(root, e.path))),
    );
  // Files open at once, across every chart this tree writes, however many renders ask at once.
  const slot = limiter(16);
  const charted = new Map<string, Promise<void>>();
  const written = new Map<string, Promise<void>>();
  const chart = (c: string) => {
    let p = charted.get(c);
    if (!p) charted.set(c, (p = write(root, byChart.get(c)!, slot, lazy)));
    return p;
  };
  // Plain files one by one, each once however many paths name it.
  const files = async (list: readonly TreeEntry[]) => {
    await settleAll(
      list.map((e) => {
        let p = written.get(e.path);
        if (!p) written.set(e.path, (p = write(root, [e], slot, lazy)));
        return p;
      }),
    );
  };
  // A directory outside the charts: the files under it that are in no chart (a chart is named apart).
  const under = (d: string) => [...plain.values()].filter((e) => d === '' || e.path.startsWith(`${d}/`));
  const unit = (p: string): Promise<void> =>
    byChart.has(p) ? chart(p) : plain.has(p) ? files([plain.get(p)!]) : files(under(p));
  const blob = (oid: string) => {
    const b = blobs.get(oid);
    if (!b) throw new Error(`no blob ${oid} in the tree of ${sha}`);
    return b;
  };
  return {
    dir: root,
    sha,
    entries,
    charts,
    linked,
    blob,
    materialize: async (paths) => {
      await settleAll([...new Set(paths)].map(unit));
    },
  };
}

export interface SparseOptions {
  /**
   * A file whose bytes and mode another file of these trees already has on disk is a hard link to
   * it: one inode instead of two. Only for trees nothing writes into (no `helm dependency build`):
   * a write into one would change the other.
   */
  linkIdentical?: boolean;
}

type FileWriter = (
  root: string,
  files: readonly TreeEntry[],
  slot: ReturnType<typeof limiter>,
  dirs: LazyDirs | undefined,
) => Promise<void>;

const plainWriter =
  (blobs: ReadonlyMap<string, Buffer>): FileWriter =>
  (root, files, slot, dirs) =>
    writeFiles(root, files, blobs, slot, dirs);

/**
 * Files written once per blob and mode across the trees: the first is written (writeTreeFile), the
 * others link to it once it is whole. A link never replaces anything (link(2) fails on an existing
 * path, as `wx` does); where linking fails, the file is written.
 */
function linkingWriter(blobs: ReadonlyMap<string, Buffer>): FileWriter {
  const firsts = new Map<string, Promise<string>>();
  return async (root, files, slot, dirs) => {
    const write = (e: TreeEntry) => slot(() => writeTreeFile(root, e, blobs, dirs));
    const one = (e: TreeEntry): Promise<unknown> => {
      const key = `${e.mode} ${e.oid}`;
      const first = firsts.get(key);
      if (!first) {
        const written = write(e);
        firsts.set(key, written);
        return written;
      }
      const target = safeJoin(root, e.path);
      return first.then(
        (from) =>
          slot(async () => {
            await dirs?.make(path.dirname(target));
            await link(from, target);
          }).catch(() => write(e)),
        () => write(e),
      );
    };
    await settleAll(files.map(one));
  };
}

/** The outermost directories holding a regular `Chart.yaml` ('' for the root). */
export function chartDirectories(entries: readonly TreeEntry[]): string[] {
  const found = new Set<string>();
  for (const e of entries) {
    if (!isRegularFile(e)) continue;
    if (e.path === 'Chart.yaml') found.add('');
    else if (e.path.endsWith('/Chart.yaml')) found.add(e.path.slice(0, -'/Chart.yaml'.length));
  }
  if (found.has('')) return [''];
  return [...found].filter((d) => !dirsAbove(d).some((a) => found.has(a))).sort();
}
