import { createHash } from 'node:crypto';
import { dirsAbove } from '../util/dirs-above.js';

/** A commit's files: repo path → git blob id. */
export type TreeListing = ReadonlyMap<string, string>;

const VALUES_FILE = /^values.*\.ya?ml$/;
/** Argo CD's per-Application override files (`.argocd-source-<app>.yaml`). */
const APP_OVERRIDE_FILE = /^\.argocd-source-.+\.yaml$/;

/**
 * The blob ids a chart render reads: every file under the chart, except per-cluster values files
 * and other Applications' `.argocd-source-<app>.yaml` at its root that this render does not use (so
 * editing values.prod-01.yaml does not make dev-01 "changed"), plus the files it reads outside the
 * chart (`reads`: its value files, file parameters and override files, whether they exist or not).
 */
export function renderInputs(tree: TreeListing, chart: string, reads: readonly string[]): [string, string][] {
  const prefix = chart === '.' ? '' : `${chart}/`;
  const used = new Set(reads);
  const out: [string, string][] = [];
  for (const [file, blob, perTarget] of filesUnder(tree, prefix)) {
    if (perTarget && !used.has(file)) continue;
    out.push([file, blob]);
  }
  for (const file of reads) {
    if (file.startsWith(prefix)) continue;
    out.push([file, tree.get(file) ?? 'missing']);
  }
  // A chart or values file reached through a symlinked directory: the link is an input too (its id
  // is what it resolves to), else a change behind it would leave the inputs equal.
  const seen = new Set(out.map(([f]) => f));
  for (const p of [chart, ...reads])
    for (const a of ancestors(p))
      if (!seen.has(a) && tree.has(a)) {
        seen.add(a);
        out.push([a, tree.get(a)!]);
      }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** A file under a chart, its blob, and whether it is a per-target file at the chart's root (used only when read). */
type ChartFile = readonly [file: string, blob: string, perTarget: boolean];

/** Per listing, the files under each chart asked for: every cluster of a fleet shares its app-of-apps chart. */
const underChart = new WeakMap<TreeListing, Map<string, readonly ChartFile[]>>();

/**
 * The files of `tree` whose path starts with `prefix`, in the listing's order, each said per-target or
 * not (computed once per listing and prefix).
 */
function filesUnder(tree: TreeListing, prefix: string): readonly ChartFile[] {
  let byPrefix = underChart.get(tree);
  if (!byPrefix) underChart.set(tree, (byPrefix = new Map()));
  let files = byPrefix.get(prefix);
  if (!files) {
    files = [...tree].flatMap(([file, blob]): ChartFile[] => {
      if (!file.startsWith(prefix)) return [];
      const rel = file.slice(prefix.length);
      const perTarget = (VALUES_FILE.test(rel) && rel !== 'values.yaml') || APP_OVERRIDE_FILE.test(rel);
      return [[file, blob, !rel.includes('/') && perTarget]];
    });
    byPrefix.set(prefix, files);
  }
  return files;
}

/** `a`, `a/b`, `a/b/c` for `a/b/c` (nothing for the repository root). */
function ancestors(p: string): string[] {
  return p === '.' || p === '' ? [] : [...dirsAbove(p), p];
}

/** A stable hash of a render's inputs and its recipe (parameters, inline values, names). */
export function fingerprint(inputs: readonly [string, string][], recipe: unknown): string {
  const h = createHash('sha256');
  for (const [file, blob] of inputs) h.update(`${file}\0${blob}\n`);
  h.update(JSON.stringify(recipe));
  return h.digest('hex');
}

/** Files whose blob differs between two listings (added, removed or modified). */
export function changedFiles(base: TreeListing, head: TreeListing): Set<string> {
  const out = new Set<string>();
  for (const [file, blob] of head) if (base.get(file) !== blob) out.add(file);
  for (const file of base.keys()) if (!head.has(file)) out.add(file);
  return out;
}

export function isUnder(file: string, dir: string): boolean {
  return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}
