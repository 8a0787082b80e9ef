import type { ApplicationSource } from './applications.js';
import { escapesRepo, repoJoin, type RepoFiles } from './repo-files.js';
import { toJson } from './vnode.js';

/**
 * How Argo CD's repo server generates an in-repository source's manifests (reposerver
 * `GetAppSourceType`): the one tool the source names explicitly (`helm`, `kustomize`, `directory`,
 * `plugin`; a `chart` is helm), else discovery in the source's directory — a kustomization file makes
 * it Kustomize (it wins over a `Chart.yaml` beside it), a `Chart.yaml` makes it Helm, anything else is
 * a directory of plain manifests. (A config management plugin's own discovery rules are not known
 * offline: a plugin is recognised only when the source names it.)
 */
export type SourceType =
  | { tool: 'helm' | 'kustomize' | 'directory' }
  | { tool: 'plugin'; name: string }
  | { tool: 'invalid'; reason: string };

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function sourceType(source: ApplicationSource, files: RepoFiles, dir: string): SourceType {
  const s = source as ApplicationSource & Record<string, unknown>;
  const named = [
    ...(s.helm != null || (typeof s.chart === 'string' && s.chart !== '') ? ['helm' as const] : []),
    ...(s.kustomize != null ? ['kustomize' as const] : []),
    ...(s.directory != null ? ['directory' as const] : []),
    ...(s.plugin != null ? ['plugin' as const] : []),
  ];
  if (named.length > 1)
    return { tool: 'invalid', reason: `multiple application sources defined (${named.join(', ')})` };
  if (named[0] === 'plugin') {
    const plugin = s.plugin as { name?: unknown } | null;
    return { tool: 'plugin', name: typeof plugin?.name === 'string' ? plugin.name : '' };
  }
  if (named[0]) return { tool: named[0] };
  if (KUSTOMIZATION_FILES.some((f) => files.isFile(repoJoin(dir, f)))) return { tool: 'kustomize' };
  if (files.isFile(repoJoin(dir, 'Chart.yaml'))) return { tool: 'helm' };
  return { tool: 'directory' };
}

/** Why a source of this type is not rendered offline (null for helm, which is). */
export function notRenderedReason(type: SourceType, dir: string): string | null {
  switch (type.tool) {
    case 'helm':
      return null;
    case 'kustomize':
      return `kustomize source ${dir} is not rendered`;
    case 'plugin':
      return `${dir} is rendered by the config management plugin ${type.name || '(discovered)'}, which is not run offline`;
    case 'directory':
      return `plain manifests in ${dir} are not rendered`;
    case 'invalid':
      return `${dir}: ${type.reason}: Argo CD refuses to render it`;
  }
}

/** What a kustomization may name as a local file or directory it reads. */
const KUSTOMIZE_PATH_LISTS = [
  'resources',
  'bases',
  'components',
  'crds',
  'transformers',
  'generators',
  'validators',
];
const KUSTOMIZE_MAX_FILES = 200;

/**
 * The repository paths whose change can change what a source Argo CD does not render here deploys:
 * a directory of plain manifests reads itself (jsonnet, which may import any file, reads the whole
 * repository); kustomize reads its directory and every local path its kustomizations name, followed
 * (a path that cannot be followed — outside the repository, unreadable — makes it the whole
 * repository); a config management plugin may read any file of the repository.
 */
export function sourceReads(type: SourceType, files: RepoFiles, dir: string): string[] {
  if (type.tool === 'plugin' || type.tool === 'invalid') return ['.'];
  if (type.tool === 'kustomize') return kustomizeReads(files, dir);
  const jsonnet = files.list(dir).some((f) => /\.(jsonnet|libsonnet)$/.test(f));
  return jsonnet ? ['.'] : [dir];
}

function kustomizeReads(files: RepoFiles, dir: string): string[] {
  const out = new Set<string>();
  const queue = [dir];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (out.has(at)) continue;
    out.add(at);
    if (out.size > KUSTOMIZE_MAX_FILES) return ['.'];
    if (!files.isDirectory(at)) continue;
    const file = KUSTOMIZATION_FILES.map((f) => repoJoin(at, f)).find((f) => files.isFile(f));
    if (!file) continue;
    const named = kustomizationPaths(files, file);
    if (named === null) return ['.'];
    for (const p of named) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(p))
        continue;
      const rel = repoJoin(at, p);
      if (escapesRepo(rel)) return ['.'];
      queue.push(rel);
    }
  }
  // A directory read holds the files under it: keep only the outermost paths.
  const all = [...out].sort();
  return all.filter((p) => !all.some((q) => q !== p && (q === '.' || p.startsWith(`${q}/`))));
}

/** Every local path a kustomization file names; null when it cannot be read. */
function kustomizationPaths(files: RepoFiles, file: string): string[] | null {
  const loaded = files.readYaml(file);
  const root = loaded?.documents[0]?.root;
  if (!loaded || loaded.findings.some((f) => f.severity === 'error') || !root) return null;
  const k = toJson(root);
  if (!k || typeof k !== 'object' || Array.isArray(k)) return null;
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap(strings) : typeof v === 'string' ? [v] : [];
  const fields = (list: unknown, keys: string[]): string[] =>
    Array.isArray(list)
      ? list.flatMap((e) =>
          typeof e === 'string'
            ? [e]
            : e && typeof e === 'object'
              ? keys.flatMap((x) => strings((e as Record<string, unknown>)[x]))
              : [],
        )
      : [];
  const o = k as Record<string, unknown>;
  return [
    ...KUSTOMIZE_PATH_LISTS.flatMap((key) => strings(o[key])),
    ...strings(o.patchesStrategicMerge).filter((p) => !p.includes('\n')),
    ...fields(o.patches, ['path']),
    ...fields(o.patchesJson6902, ['path']),
    ...fields(o.replacements, ['path']),
    ...fields(o.configMapGenerator, ['files', 'envs', 'env']).map((p) => p.replace(/^[^=]*=/, '')),
    ...fields(o.secretGenerator, ['files', 'envs', 'env']).map((p) => p.replace(/^[^=]*=/, '')),
    ...(o.helmGlobals && typeof o.helmGlobals === 'object'
      ? strings((o.helmGlobals as Record<string, unknown>).chartHome)
      : []),
    ...(Array.isArray(o.helmCharts) && o.helmCharts.length > 0 ? ['charts'] : []),
    ...(o.openapi && typeof o.openapi === 'object'
      ? strings((o.openapi as Record<string, unknown>).path)
      : []),
  ];
}
