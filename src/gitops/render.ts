import path from 'node:path';
import { finding, type Finding, type Position } from '../findings.js';
import { helmErrorText } from '../helm/error-text.js';
import type { HelmPort, TemplateRequest, TemplateResult } from '../ports/helm.js';
import type { ClusterValues } from './cluster-values.js';
import {
  ManifestError,
  readManifests,
  splitManifests,
  type Manifest,
  type ManifestProblem,
} from './manifests.js';
import { templatePath } from './applications.js';
import type { RepoFiles } from './repo-files.js';
import { schemaReferenceProblem, type RecipeProblem } from './helm-recipe.js';
import { problemPosition, renderVersions, type RenderRecipe } from './render-recipe.js';
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
  /**
   * Rendered documents that could not be read (`<template>, document <n>`): their objects are unknown,
   * the others are in `manifests`. Absent when nothing rendered.
   */
  unreadable?: string[];
}

/** What rendering a cluster's app-of-apps chart takes: the helm request, or why it is not rendered. */
export type ClusterRenderPlan =
  { kind: 'refused'; render: ClusterRender } | { kind: 'render'; request: TemplateRequest };

/** Renders the app-of-apps chart of one cluster exactly as Argo CD would. */
export async function renderCluster(
  helm: HelmPort,
  files: RepoFiles,
  cluster: Cluster,
  values: ClusterValues,
  options: RenderOptions,
): Promise<ClusterRender> {
  const plan = planClusterRender(files, cluster, values, options);
  if (plan.kind === 'refused') return plan.render;
  return clusterRendered(helm, files, cluster, values, plan.request, await helm.template(plan.request));
}

/** The helm request of a cluster's render, or its refusal (a value helm must not get) as its findings. */
export function planClusterRender(
  files: RepoFiles,
  cluster: Cluster,
  values: ClusterValues,
  options: RenderOptions,
): ClusterRenderPlan {
  const { recipe } = values;
  const refused = recipe.problems.map((p) =>
    finding(
      'error',
      'helm-argument',
      p.message,
      problemPosition(recipe, p, (q) => problemAt(cluster, q)),
      cluster.name,
    ),
  );
  const schemaRef = schemaReferenceProblem(files, cluster.chart);
  if (schemaRef) refused.push(finding('error', 'helm-argument', schemaRef.message, schemaRef, cluster.name));
  if (refused.length > 0)
    return {
      kind: 'refused',
      render: { cluster: cluster.name, ok: false, manifests: [], findings: refused },
    };
  return { kind: 'render', request: templateRequest(files, recipe, options) };
}

/** What a cluster renders to, from helm's result of its request (planClusterRender). */
export async function clusterRendered(
  helm: HelmPort,
  files: RepoFiles,
  cluster: Cluster,
  { recipe }: ClusterValues,
  request: TemplateRequest,
  result: TemplateResult,
): Promise<ClusterRender> {
  const failed = (message: string, at: Partial<Position>) => ({
    cluster: cluster.name,
    ok: false,
    manifests: [],
    findings: [finding('error', 'helm-template', message, at, cluster.name)],
  });
  if (!result.ok) {
    const { message, at } = explainHelmError(result.stderr, cluster, files);
    return failed(message, (await inlineValuesAt(helm, request, cluster, recipe)) ?? at);
  }
  const { manifests, problems } = result.read ?? readManifests(result.stdout);
  // A document that reads without the inline values is theirs to fix: said at their line.
  const unreadable = problems.filter((p) => p.kind === 'unreadable');
  const inlineAt = unreadable.length > 0 ? await inlineValuesAt(helm, request, cluster, recipe) : null;
  return {
    cluster: cluster.name,
    ok: true,
    manifests,
    findings: problems.map((p) =>
      manifestFinding(p, cluster, files, p.kind === 'unreadable' ? inlineAt : null),
    ),
    unreadable: unreadable.map((p) => documentName(p, cluster)),
  };
}

/**
 * A bad document of the rendered output, at the template that wrote it (helm does not say which line).
 * The cluster's other objects are still checked and diffed.
 */
function manifestFinding(
  p: ManifestProblem,
  cluster: Cluster,
  files: RepoFiles,
  inlineAt: Position | null,
): Finding {
  const template = templatePath(cluster.chart, p.source);
  const at = inlineAt ?? { file: template && files.isFile(template) ? template : cluster.chart };
  const what =
    p.kind === 'unreadable'
      ? `helm rendered a document Argo CD cannot read (${documentName(p, cluster)}): ${p.reason}`
      : `helm rendered a key twice (${documentName(p, cluster)}): ${p.reason}`;
  const rule = p.kind === 'unreadable' ? 'manifest-invalid' : 'manifest-duplicate-key';
  return finding('error', rule, what, at, cluster.name);
}

/** `charts/app-of-apps/templates/x.yaml, document 2`: which document of which template. */
function documentName(p: ManifestProblem, cluster: Cluster): string {
  const template = templatePath(cluster.chart, p.source);
  return template ? `${template}, document ${p.index}` : `document ${p.index} of the output`;
}

/** The helm invocation of a resolved recipe: absolute paths in this tree, the cluster's versions by default. */
export function templateRequest(
  files: RepoFiles,
  recipe: RenderRecipe,
  options: RenderOptions,
): TemplateRequest {
  return {
    releaseName: recipe.releaseName,
    chartDir: files.abs(recipe.chart),
    namespace: recipe.namespace,
    valueFiles: recipe.valueFiles.flatMap((v) => (v.kind === 'file' ? [files.abs(v.file)] : [])),
    inlineValues: recipe.inline?.text ?? null,
    parameters: recipe.parameters,
    fileParameters: recipe.fileParameters.map((p) => ({ name: p.name, path: files.abs(p.file) })),
    skipCrds: recipe.skipCrds,
    skipSchemaValidation: recipe.skipSchemaValidation,
    skipTests: recipe.skipTests,
    ...renderVersions(recipe, options),
  };
}

/**
 * When a render with inline helm values fails (the chart's templates cannot take them: an
 * indentation they break) and renders without them, the failure is the inline values': it is
 * reported where they are written, the bootstrap's helm.values line. Null otherwise.
 */
async function inlineValuesAt(
  helm: HelmPort,
  request: TemplateRequest,
  cluster: Cluster,
  recipe: RenderRecipe,
): Promise<Position | null> {
  if (!recipe.inline) return null;
  const without = await helm.template({ ...request, inlineValues: null });
  if (!without.ok) return null;
  try {
    splitManifests(without.stdout);
  } catch (e) {
    if (e instanceof ManifestError) return null;
    throw e;
  }
  if (recipe.overriddenBy) return { file: recipe.overriddenBy, line: 1, column: 1 };
  const field = recipe.inline.object ? 'valuesObject' : 'values';
  return bootstrapFieldPos(cluster, ['helm', field]) ?? cluster.definedAt;
}

/** Where the field a recipe problem is about is written: the bootstrap's line, else where the cluster is defined. */
function problemAt(cluster: Cluster, p: RecipeProblem): Position {
  if (p.field === 'source') return p.at;
  if (!cluster.bootstrap) return cluster.definedAt;
  const { node, sourcePath } = cluster.bootstrap;
  const helm = (...rest: string[]) => [...sourcePath, 'helm', ...rest];
  const index = 'index' in p ? String(p.index) : '';
  const places: Record<Exclude<RecipeProblem['field'], 'source'>, string[][]> = {
    releaseName: [helm('releaseName'), ['metadata', 'name']],
    namespace: [helm('namespace'), ['spec', 'destination', 'namespace']],
    chart: [[...sourcePath, 'path']],
    kubeVersion: [helm('kubeVersion')],
    parameter: [helm('parameters', index, 'name')],
    fileParameter: [helm('fileParameters', index)],
    valueFile: [helm('valueFiles', index), helm('valueFiles')],
    apiVersion: [helm('apiVersions', index)],
  };
  for (const place of places[p.field]) {
    const at = nodeAt(node, place)?.pos;
    if (at) return at;
  }
  return cluster.definedAt;
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
  // The inline values reach helm as a temp file: name where they are written instead.
  const inline = `${cluster.definedAt.file} (inline helm values)`;
  const message = `helm template failed: ${helmErrorText(stderr)}`.replace(
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
