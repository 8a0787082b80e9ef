import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ConfigurationError } from '../errors.js';
import type { ClusterOutput, OutputObject } from '../gitops/rendered-output.js';
import { insideDir, safeFileName, writeInside } from '../util/safe-path.js';

/** The index of an output directory: which file holds what, and what could not be written. */
export const INDEX_FILE = '_index.json';
/** Each cluster's app-of-apps objects: no component's file can have this name (safeFileName never starts with `_`). */
export const APP_OF_APPS_FILE = '_app-of-apps.yaml';

export interface IndexEntry {
  application: string;
  component: string;
  parent: string | null;
  state: 'rendered' | 'broken' | 'unknown';
  /** Relative to the output directory; null when nothing was written. */
  file: string | null;
  objects: number;
  reason: string | null;
}

export interface RenderedIndex {
  version: 1;
  /** False when a cluster or an Application could not be rendered: its objects are missing here. */
  complete: boolean;
  clusters: {
    name: string;
    dir: string;
    rendered: boolean;
    appOfApps: string | null;
    applications: IndexEntry[];
  }[];
}

/**
 * Writes what every cluster's Applications deploy: `<cluster>/_app-of-apps.yaml` (the objects its
 * app-of-apps chart renders), `<cluster>/<component>.yaml` per Application (the Application's name
 * when two components of a cluster would share a file), `_index.json`. Names are made safe
 * (safeFileName), nothing is written outside `dir` or through a symlink. `dir` must be new, empty,
 * or an earlier output (whose listed entries are replaced).
 */
export async function writeRenderedFiles(
  clusters: readonly ClusterOutput[],
  dir: string,
): Promise<RenderedIndex> {
  await prepareDir(dir);
  const dirs = uniqueNames(clusters.map((c) => [c.cluster]));
  const entries: RenderedIndex['clusters'] = [];
  for (const [i, c] of clusters.entries()) entries.push(await writeCluster(dir, dirs[i]!, c));
  const complete = entries.every((e) => e.rendered && e.applications.every((a) => a.state === 'rendered'));
  const index: RenderedIndex = { version: 1, complete, clusters: entries };
  await writeInside(dir, INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  return index;
}

async function writeCluster(
  dir: string,
  clusterDir: string,
  c: ClusterOutput,
): Promise<RenderedIndex['clusters'][number]> {
  await mkdir(insideDir(dir, clusterDir), { recursive: true });
  const appOfApps = c.appOfApps ? `${clusterDir}/${APP_OF_APPS_FILE}` : null;
  if (appOfApps && c.appOfApps) await writeInside(dir, appOfApps, objectsYaml(c.appOfApps));
  const names = uniqueNames(c.applications.map((a) => [a.component, a.application]));
  const applications: IndexEntry[] = [];
  for (const [j, a] of c.applications.entries()) {
    const o = a.output;
    const file = o.state === 'rendered' ? `${clusterDir}/${names[j]!}.yaml` : null;
    if (file && o.state === 'rendered') await writeInside(dir, file, objectsYaml(o.objects));
    applications.push({
      application: a.application,
      component: a.component,
      parent: a.parent,
      state: o.state,
      file,
      objects: o.state === 'rendered' ? o.objects.length : 0,
      reason: o.state === 'rendered' ? null : o.reason,
    });
  }
  return { name: c.cluster, dir: clusterDir, rendered: c.appOfApps !== null, appOfApps, applications };
}

/**
 * A file name for each item: the safe form of its first name, or of its last name when two items (or
 * a case-folded pair) would share that one; a number is added to what still collides.
 */
function uniqueNames(candidates: readonly (readonly string[])[]): string[] {
  const key = (name: string) => safeFileName(name).toLowerCase();
  const firsts = new Map<string, number>();
  for (const c of candidates) firsts.set(key(c[0]!), (firsts.get(key(c[0]!)) ?? 0) + 1);
  const taken = new Set<string>();
  return candidates.map((c) => {
    const preferred = safeFileName(firsts.get(key(c[0]!))! > 1 ? c[c.length - 1]! : c[0]!);
    let name = preferred;
    // `_<n>` is never the end of a safe name: plain names have no `_`, others end with a long hash.
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${preferred}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Each object as one YAML document (YAML 1.1 quoting, as Kubernetes tools read it), with its template. */
function objectsYaml(objects: readonly OutputObject[]): string {
  return objects
    .map((o) => {
      const source = o.template ? `# Source: ${o.template.replace(/[^\x20-\x7e]/g, '?')}\n` : '';
      return `---\n${source}${stringify(o.object, { version: '1.1', lineWidth: 0 })}`;
    })
    .join('');
}

/**
 * A new or empty directory, or an earlier output: its `_index.json` and the cluster directories it
 * lists are removed. Anything else in it is refused (never delete what this command did not write).
 */
async function prepareDir(dir: string): Promise<void> {
  const st = await lstat(dir).catch(() => null);
  if (!st) return void (await mkdir(dir, { recursive: true }));
  if (!st.isDirectory()) throw new ConfigurationError(`output directory ${dir} is not a directory`);
  const entries = await readdir(dir);
  if (entries.length === 0) return;
  const listed = await earlierOutput(dir);
  const other = entries.filter((e) => !listed.has(e));
  if (listed.size === 0 || other.length > 0)
    throw new ConfigurationError(
      `output directory ${dir} is not empty (${other.slice(0, 3).join(', ')}${other.length > 3 ? ', …' : ''}): give a new or empty directory, or one this command wrote before`,
    );
  for (const e of listed) await rm(insideDir(dir, e), { recursive: true, force: true });
}

/** The entries an earlier output wrote (its index and cluster directories); empty when `dir` holds none. */
async function earlierOutput(dir: string): Promise<Set<string>> {
  const text = await readFile(path.join(dir, INDEX_FILE), 'utf8').catch(() => null);
  if (text === null) return new Set();
  let index: Partial<RenderedIndex>;
  try {
    index = JSON.parse(text) as Partial<RenderedIndex>;
  } catch {
    return new Set();
  }
  if (index.version !== 1 || !Array.isArray(index.clusters)) return new Set();
  const dirs = index.clusters
    .map((c) => c?.dir)
    // Only names this command writes: one path segment, as safeFileName makes them.
    .filter((d): d is string => typeof d === 'string' && /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(d));
  return new Set([INDEX_FILE, ...dirs]);
}

/** What --output-dir wrote, and each Application whose objects are not there (and why). */
export function renderedNotice(index: RenderedIndex, outDir: string): string {
  const apps = index.clusters.flatMap((c) => c.applications.map((a) => ({ cluster: c.name, ...a })));
  const written = apps.filter((a) => a.file !== null).length;
  const lines = [
    `rendered objects: ${written}/${apps.length} Applications written to ${outDir} (see _index.json)`,
  ];
  for (const c of index.clusters)
    if (!c.rendered) lines.push(`  not written: cluster ${c.name} (its app-of-apps did not render)`);
  for (const a of apps)
    if (a.file === null)
      lines.push(`  not written: ${a.cluster}/${a.application} (${a.state}: ${a.reason ?? ''})`);
  return `${lines.join('\n')}\n`;
}
