import type { ApplicationSource } from './applications.js';
import { repoJoin, type RepoFiles } from './repo-files.js';

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
