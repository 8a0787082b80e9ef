import path from 'node:path';
import { finding, type Finding, type Position } from '../findings.js';
import type { Helm } from '../helm/helm.js';
import type { ClusterValues } from './cluster-values.js';
import { ManifestError, splitManifests, type Manifest } from './manifests.js';
import type { RepoFiles } from './repo-files.js';
import { recipeProblems, schemaReferenceProblem, type RecipeProblem } from './helm-recipe.js';
import { bootstrapFieldPos, type Cluster } from './topology.js';
import { nodeAt } from './vnode.js';

export interface RenderOptions {
  kubeVersion: string | null;
  apiVersions: string[];
}

export interface ClusterRender {
  cluster: string;
  ok: boolean;
  manifests: Manifest[];
  findings: Finding[];
}

/** Renders the app-of-apps chart of one cluster exactly as Argo CD would. */
export async function renderCluster(
  helm: Helm,
  files: RepoFiles,
  cluster: Cluster,
  values: ClusterValues,
  options: RenderOptions,
): Promise<ClusterRender> {
  // The chart's own values.yaml is helm's to read; Argo CD passes only the valueFiles.
  const valueFiles = values.valueFiles;
  const refused = recipeProblems({ ...cluster, valueFiles, ...options }).map((p) =>
    finding('error', 'helm-argument', p.message, problemAt(cluster, p), cluster.name),
  );
  const schemaRef = schemaReferenceProblem(files, cluster.chart);
  if (schemaRef) refused.push(finding('error', 'helm-argument', schemaRef.message, schemaRef, cluster.name));
  if (refused.length > 0) return { cluster: cluster.name, ok: false, manifests: [], findings: refused };
  const result = await helm.template({
    releaseName: cluster.releaseName,
    chartDir: files.abs(cluster.chart),
    namespace: cluster.namespace,
    valueFiles: valueFiles.map((f) => files.abs(f)),
    inlineValues: values.inlineValues,
    parameters: cluster.parameters,
    kubeVersion: options.kubeVersion,
    apiVersions: options.apiVersions,
  });
  if (!result.ok) {
    const { message, at } = explainHelmError(result.stderr, cluster, files);
    return {
      cluster: cluster.name,
      ok: false,
      manifests: [],
      findings: [finding('error', 'helm-template', message, at, cluster.name)],
    };
  }
  try {
    return { cluster: cluster.name, ok: true, manifests: splitManifests(result.stdout), findings: [] };
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e;
    const template = e.source?.replace(/^[^/]+\//, '') ?? null;
    const file = template && (cluster.chart === '.' ? template : `${cluster.chart}/${template}`);
    // Which line of the template wrote it, helm does not say: the finding names the template.
    const at = { file: file && files.isFile(file) ? file : cluster.chart };
    return {
      cluster: cluster.name,
      ok: false,
      manifests: [],
      findings: [finding('error', 'helm-template', e.message, at, cluster.name)],
    };
  }
}

/** Where the field a recipe problem is about is written: the bootstrap's line, else where the cluster is defined. */
function problemAt(cluster: Cluster, p: RecipeProblem): Position {
  const source = (field: string[]) => bootstrapFieldPos(cluster, field);
  const node = (field: string[]) =>
    cluster.bootstrap ? nodeAt(cluster.bootstrap.node, field)?.pos : undefined;
  const at =
    p.field === 'releaseName'
      ? (source(['helm', 'releaseName']) ?? node(['metadata', 'name']))
      : p.field === 'namespace'
        ? node(['spec', 'destination', 'namespace'])
        : p.field === 'chart'
          ? source(['path'])
          : p.field === 'parameter'
            ? source(['helm', 'parameters', String(p.index), 'name'])
            : p.field === 'valueFile'
              ? source(['helm', 'valueFiles'])
              : null;
  return at ?? cluster.definedAt;
}

/**
 * Helm's message, and the template line it names when it names one
 * (`template: app-of-apps/templates/x.yaml:12:3: executing …`, `parse error at (app-of-apps/templates/x.yaml:4)`).
 */
export function explainHelmError(
  stderr: string,
  cluster: Cluster,
  files: RepoFiles,
): { message: string; at: Position } {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(WARNING|walk\.go|coalesce\.go)/i.test(l) && !/^Use --debug flag/.test(l));
  // The inline values reach helm as a temp file: name where they are written instead.
  const inline = `${cluster.definedAt.file} (inline helm values)`;
  const message =
    `helm template failed: ${(lines.join(' ') || 'no message').replace(/^Error: /, '')}`.replace(
      /\S*gp-values-[^/\s]+\/inline-values\.yaml/g,
      inline,
    );
  // Helm names templates after Chart.yaml's `name`, which need not be the directory's.
  const chartYaml = files.text(cluster.chart === '.' ? 'Chart.yaml' : `${cluster.chart}/Chart.yaml`) ?? '';
  const declared = /^name:\s*["']?([\w.-]+)/m.exec(chartYaml)?.[1];
  const names = new Set([path.posix.basename(cluster.chart === '.' ? files.root : cluster.chart), declared]);
  const re = /([\w.-]+)\/((?:charts\/[\w.-]+\/)*templates\/[^\s:()]+):(\d+)(?::(\d+))?/g;
  for (const m of stderr.matchAll(re)) {
    if (!names.has(m[1]) && !m[2]!.startsWith('charts/')) continue;
    const file = cluster.chart === '.' ? m[2]! : `${cluster.chart}/${m[2]!}`;
    if (files.isFile(file)) return { message, at: { file, line: Number(m[3]), column: Number(m[4] ?? 1) } };
  }
  const yamlIn =
    /(?:YAML parse error on|error converting YAML to JSON.*?) ([\w.-]+\/templates\/[^\s:]+)/.exec(stderr);
  if (yamlIn) {
    const file =
      cluster.chart === '.'
        ? yamlIn[1]!.replace(/^[^/]+\//, '')
        : `${cluster.chart}/${yamlIn[1]!.replace(/^[^/]+\//, '')}`;
    if (files.isFile(file)) return { message, at: { file, line: 1, column: 1 } };
  }
  return { message, at: cluster.definedAt };
}
