import path from 'node:path';
import type { HelmPort, TemplateRequest } from '../ports/helm.js';
import { outermostAbove } from '../util/dirs-above.js';
import { isInside } from '../util/safe-path.js';
import type { Exported } from './diff-trees.js';

/**
 * Writes to disk what helm reads for `rels` (repo-relative paths of `side`): the chart each path
 * leads to (symlinks followed) or that lies under it, or the file or directory it leads to when that
 * is in no chart; and, again, what the symlinks under every directory so read lead to (a chart's or
 * any other), until nothing is new. A path that leads nowhere or out of the tree needs nothing: helm
 * finds it missing, as it would in a checkout.
 */
export async function materializePaths(side: Exported, rels: readonly string[]): Promise<void> {
  const all = new Set(side.charts);
  const charts = new Set<string>();
  const seen = new Set<string>();
  const todo = [...rels];
  const follow = (dir: string) => {
    if (seen.has(`links:${dir}`)) return;
    seen.add(`links:${dir}`);
    todo.push(...side.index.linksUnder(dir));
  };
  const add = (c: string) => {
    if (charts.has(c)) return;
    charts.add(c);
    follow(c);
  };
  // Files and directories in no chart: written as themselves (a directory: the files under it).
  const plain = new Set<string>();
  while (todo.length > 0) {
    const r = side.index.resolve(todo.pop()!);
    if (r.kind !== 'file' && r.kind !== 'directory') continue;
    if (seen.has(`${r.kind}:${r.path}`)) continue;
    seen.add(`${r.kind}:${r.path}`);
    // The chart holding the path, or the path itself; for a directory, its links and the charts under it too.
    const holder = all.has(r.path) ? r.path : all.has('') ? '' : outermostAbove(r.path, all);
    if (holder !== undefined) add(holder);
    else plain.add(r.path);
    if (r.kind === 'directory') {
      follow(r.path);
      for (const c of side.charts) if (r.path === '' || c.startsWith(`${r.path}/`)) add(c);
    }
  }
  if (charts.size + plain.size > 0) await side.materialize([...charts, ...plain]);
}

/**
 * `helm`, with every path of a request written to disk first (materializePaths) when it is in one
 * of the sparse trees `sides`: what helm reads is then exactly what a checkout would hold.
 */
export function materializingHelm(helm: HelmPort, sides: readonly Exported[]): HelmPort {
  // A path of a side's tree: that side's directory or one inside it (isInside is strict).
  const mine = (side: Exported, p: string) => p === side.dir || isInside(side.dir, p);
  const ready = async (abs: readonly string[]) => {
    await Promise.all(
      sides.map((side) => {
        const rels = abs
          .filter((p) => mine(side, p))
          .map((p) => path.relative(side.dir, p).split(path.sep).join('/'));
        return rels.length > 0 ? materializePaths(side, rels) : null;
      }),
    );
  };
  const pathsOf = (req: TemplateRequest) => [
    req.chartDir,
    ...req.valueFiles,
    ...(req.fileParameters ?? []).map((p) => p.path),
  ];
  return {
    get invocations() {
      return helm.invocations;
    },
    get renders() {
      return helm.renders;
    },
    version: () => helm.version(),
    template: async (req) => {
      await ready(pathsOf(req));
      return helm.template(req);
    },
    templateMany: async (reqs, concurrency, onResult) => {
      await ready(reqs.flatMap(pathsOf));
      return helm.templateMany(reqs, concurrency, onResult);
    },
    dependencyBuild: async (chartDir, repositories) => {
      // `file://` dependencies are read from anywhere in the tree: its whole tree is written.
      const own = sides.find((s) => mine(s, chartDir));
      if (own?.linked) throw new Error('bug: helm dependency build in a tree of hard links to another');
      await ready(own ? [own.dir] : [chartDir]);
      return helm.dependencyBuild(chartDir, repositories);
    },
  };
}
