import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SparseTree } from '../ports/git.js';
import { clip } from '../util/clip.js';
import { limiter } from '../util/concurrency.js';
import type { GitRun } from './exec.js';
import { refuseOverlaps, safeJoin, splitBatch, type TreeEntry } from './export-tree.js';
import { listTree } from './read-tree.js';

/**
 * Commits' trees in temporary directories (`gp-<name>-<random>`), written only as far
 * as they are read: at first every directory, every symlink and every file outside a chart (a
 * directory holding a `Chart.yaml`); a chart's files when `materialize` names it. The trees are
 * listed at once, and their blobs come from one `git cat-file --batch` for all of them, kept in
 * memory for `blob`: a file that is the same in two trees is read from git once.
 */
export async function withSparseTrees<T>(
  git: GitRun,
  sides: readonly { sha: string; name: string }[],
  fn: (trees: SparseTree[]) => Promise<T>,
): Promise<T> {
  for (const s of sides)
    if (!/^[\w-][\w.-]*$/.test(s.name)) throw new Error(`not a directory name: ${clip(s.name)}`);
  // Each tree is a temporary directory of its own, its name unguessable: a link climbing out of one
  // and back in by name (`../head/…`), or into the other, dangles as it would in any checkout.
  const temps: string[] = [];
  try {
    for (const s of sides) temps.push(await mkdtemp(path.join(os.tmpdir(), `gp-${s.name}-`)));
    const listed = await Promise.all(sides.map((s) => listTree(git, s.sha)));
    for (const entries of listed) refuseOverlaps(entries);
    const blobs = await readBlobs(git, listed.flat());
    const trees = await Promise.all(sides.map((s, i) => openSparse(s.sha, temps[i]!, listed[i]!, blobs)));
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
): Promise<SparseTree> {
  const root = path.resolve(dir);
  const charts = chartDirectories(entries);
  const roots = new Set(charts);
  // Each file under a chart, by its chart: written together when it is named.
  const byChart = new Map<string, TreeEntry[]>(charts.map((c) => [c, []]));
  const eager: TreeEntry[] = [];
  for (const e of entries) {
    if (!isFile(e)) continue;
    const chart = roots.has('') ? '' : ancestors(e.path).find((a) => roots.has(a));
    if (chart === undefined) eager.push(e);
    else byChart.get(chart)!.push(e);
  }
  await writeSkeleton(root, entries, blobs);
  // Files open at once, across every chart this tree writes, however many renders ask at once.
  const slot = limiter(16);
  await writeFiles(root, eager, blobs, slot);
  const done = new Map<string, Promise<void>>();
  const materializeOne = (chart: string) => {
    let p = done.get(chart);
    if (!p) {
      done.set(chart, (p = writeFiles(root, byChart.get(chart) ?? [], blobs, slot)));
    }
    return p;
  };
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
    blob,
    materialize: async (dirs) => {
      // Every chart settled before a failure is thrown: nothing is still writing when the tree is removed.
      const named = [...new Set(dirs)].filter((d) => byChart.has(d));
      const settled = await Promise.allSettled(named.map(materializeOne));
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

const isFile = (e: TreeEntry) => e.type === 'blob' && e.mode !== '120000';

/** The blobs of `entries`, each once, from one `git cat-file --batch`. */
async function readBlobs(git: GitRun, entries: readonly TreeEntry[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  const wanted = [...new Set(entries.filter((e) => e.type === 'blob').map((e) => e.oid))];
  if (wanted.length === 0) return blobs;
  const r = await git.exec(['cat-file', '--batch'], {
    input: Buffer.from(wanted.map((oid) => `${oid}\n`).join('')),
    binary: true,
  });
  for (const c of splitBatch(r.stdoutBytes)) blobs.set(c.oid, c.data);
  for (const oid of wanted)
    if (!blobs.has(oid)) throw new Error(`git cat-file --batch returned no content for ${oid}`);
  return blobs;
}

/** Every directory (a submodule as an empty one), then every symlink: what a path lookup walks through. */
async function writeSkeleton(
  root: string,
  entries: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const dirs = new Set<string>([root]);
  const links: [string, string][] = [];
  for (const e of entries) {
    const file = safeJoin(root, e.path);
    if (e.type === 'commit') dirs.add(file);
    else dirs.add(path.dirname(file));
    if (e.mode === '120000') links.push([file, blobs.get(e.oid)!.toString('utf8')]);
  }
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  for (const [file, to] of links) await symlink(to, file);
}

/** Regular files, a few at a time (`slot`), through no symlink (every directory is real: writeSkeleton). */
async function writeFiles(
  root: string,
  files: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Buffer>,
  slot: ReturnType<typeof limiter>,
): Promise<void> {
  const settled = await Promise.allSettled(
    files.map((e) =>
      slot(() =>
        writeFile(
          safeJoin(root, e.path),
          blobs.get(e.oid)!,
          e.mode === '100755' ? { mode: 0o755, flag: 'wx' } : { flag: 'wx' },
        ),
      ),
    ),
  );
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The outermost directories holding a regular `Chart.yaml` ('' for the root). */
export function chartDirectories(entries: readonly TreeEntry[]): string[] {
  const found = new Set<string>();
  for (const e of entries) {
    if (!isFile(e)) continue;
    if (e.path === 'Chart.yaml') found.add('');
    else if (e.path.endsWith('/Chart.yaml')) found.add(e.path.slice(0, -'/Chart.yaml'.length));
  }
  if (found.has('')) return [''];
  return [...found].filter((d) => !ancestors(d).some((a) => found.has(a))).sort();
}

/** The directories above `p` (`a`, `a/b` for `a/b/c`). */
function ancestors(p: string): string[] {
  const out: string[] = [];
  for (let at = p.indexOf('/'); at >= 0; at = p.indexOf('/', at + 1)) out.push(p.slice(0, at));
  return out;
}
