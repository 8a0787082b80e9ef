import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { helmBinary, type HelmMajor } from './helm.js';

/**
 * The whole recipe for one Application source, written from Argo CD's repo-server (TOOLING.md,
 * "How Argo CD renders a Helm source"), without any code of src/, for the fixture oracle
 * (argo-oracle.ts). argo-render.ts has another, written by the recipe's author; this one is kept
 * apart so the differential test does not share its oracle with the implementation's author.
 */

export type Obj = Record<string, unknown>;

/** What one Helm source renders: objects by `kind/namespace/name`, or why it cannot be rendered here. */
export type SourceRender = { ok: true; objects: Map<string, Obj> } | { ok: false; reason: string };

export interface ArgoApp {
  metadata?: { name?: string; namespace?: string };
  spec?: {
    project?: string;
    source?: Obj;
    sources?: Obj[];
    destination?: { namespace?: string; server?: string; name?: string };
  };
}

/** Argo CD's notion of one repository: scheme, `git@host:` form, `.git`, trailing slash and case ignored. */
export function sameRepo(url: string): string {
  let u = url.trim().toLowerCase();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.*)$/.exec(u);
  if (scp) u = `https://${scp[1]}/${scp[2]}`;
  u = u.replace(/^(?:ssh|git|http|https):\/\/(?:[^@/]+@)?/, 'https://');
  return u.replace(/\/+$/, '').replace(/\.git$/, '');
}

export function objectKey(o: Obj): string {
  const m = (o.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  return `${String(o.kind)}/${typeof m.namespace === 'string' ? m.namespace : ''}/${String(m.name)}`;
}

/** JSON with keys sorted at every level: two objects are equal iff their canonical texts are. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Obj;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** RFC 7386 JSON merge patch, as Argo CD applies `.argocd-source*.yaml` to a source. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Obj =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Obj) } : {};
  for (const [k, v] of Object.entries(patch as Obj)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Go's os.Expand over Argo CD's build variables: `$X` / `${X}`, unknown → '', `$$` → `$`. */
export function expandBuildEnv(text: string, vars: Record<string, string>): string {
  return text.replace(
    /\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, all, braced, bare) => (all === '$' ? '$' : (vars[braced ?? bare] ?? '')),
  );
}

/** Each `,` not preceded by `\` (in the value as written) escaped, unless the value is a `{…}` list: Argo CD's --set escaping. */
export function escapeSetValue(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  return value
    .split('')
    .map((c, i) => (c === ',' && value[i - 1] !== '\\' ? '\\,' : c))
    .join('');
}

export interface RenderContext {
  /** The tree of the commit, on disk. */
  repoDir: string;
  /** `sameRepo` of this repository's URLs. */
  ownRepos: ReadonlySet<string>;
  revision: string;
  major?: HelmMajor;
}

/** The source Argo CD renders the chart of: the single source, else the one with a `path`/`chart` and no `ref` only. */
export function renderedSource(app: ArgoApp): { source: Obj; all: Obj[] } | null {
  const all = app.spec?.sources ?? (app.spec?.source ? [app.spec.source] : []);
  const charts = all.filter((s) => typeof s.path === 'string' || typeof s.chart === 'string');
  return charts.length === 1 ? { source: charts[0]!, all } : null;
}

/** The repo-relative chart directory of an in-repo Helm source, or null. */
export function inRepoChart(source: Obj, ctx: RenderContext): string | null {
  const dir = inRepoDir(source, ctx);
  return dir && argoTool(source, path.join(ctx.repoDir, dir)) === 'helm' ? dir : null;
}

/** The directory of a source of this repository (whatever tool renders it), else null. */
export function inRepoDir(source: Obj, ctx: RenderContext): string | null {
  if (typeof source.repoURL !== 'string' || typeof source.path !== 'string') return null;
  if (!ctx.ownRepos.has(sameRepo(source.repoURL))) return null;
  return path.posix.normalize(source.path.replace(/^\/+/, '')) || '.';
}

/**
 * The tool Argo CD generates a source's manifests with: the one the source names (`helm` or a
 * `chart`, `kustomize`, `directory`, `plugin`; two named is an error), else a kustomization file in
 * the directory (kustomize, even beside a Chart.yaml), else a Chart.yaml (helm), else plain manifests.
 */
function argoTool(source: Obj, dir: string): string {
  const named = ['helm', 'kustomize', 'directory', 'plugin'].filter((k) => source[k] != null);
  if (typeof source.chart === 'string' && source.chart && !named.includes('helm')) named.push('helm');
  if (named.length > 1) return 'invalid';
  if (named.length === 1) return named[0]!;
  if (['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((f) => existsSync(path.join(dir, f))))
    return 'kustomize';
  return existsSync(path.join(dir, 'Chart.yaml')) ? 'helm' : 'directory';
}

/** Renders the Helm source of an Application as Argo CD's repo-server would, with helm run by hand. */
export function renderApplication(app: ArgoApp, ctx: RenderContext): SourceRender {
  const picked = renderedSource(app);
  if (!picked) return { ok: false, reason: 'no single chart source' };
  const chart = inRepoChart(picked.source, ctx);
  if (!chart) return { ok: false, reason: 'the chart is not in this repository' };
  const name = String(app.metadata?.name ?? '');
  let source: Obj = picked.source;
  for (const f of ['.argocd-source.yaml', `.argocd-source-${name}.yaml`]) {
    const file = path.join(ctx.repoDir, chart, f);
    if (existsSync(file)) source = mergePatch(source, parse(readFileSync(file, 'utf8'))) as Obj;
  }
  const helm = (source.helm ?? {}) as Obj;
  const vars = buildVars(app, source, ctx.revision);
  const files = valueFileArgs(helm, chart, picked.all, ctx, vars);
  if ('reason' in files) return { ok: false, reason: files.reason };
  const release = typeof helm.releaseName === 'string' && helm.releaseName ? helm.releaseName : name;
  const namespace =
    typeof helm.namespace === 'string' && helm.namespace ? helm.namespace : app.spec?.destination?.namespace;
  const args = ['template', '.', '--name-template', release];
  if (namespace) args.push('--namespace', namespace);
  const params = new Map<string, Obj>();
  for (const p of (helm.parameters ?? []) as Obj[]) params.set(String(p.name), p);
  for (const p of params.values()) {
    const value = escapeSetValue(expandBuildEnv(String(p.value ?? ''), vars));
    args.push(p.forceString ? '--set-string' : '--set', `${String(p.name)}=${value}`);
  }
  for (const f of files.list) args.push('--values', f);
  const inline =
    helm.valuesObject && typeof helm.valuesObject === 'object'
      ? JSON.stringify(helm.valuesObject)
      : typeof helm.values === 'string' && helm.values.trim()
        ? helm.values
        : null;
  if (helm.skipCrds !== true) args.push('--include-crds');
  if (helm.skipSchemaValidation === true) args.push('--skip-schema-validation');
  if (helm.skipTests === true) args.push('--skip-tests');
  // Argo CD applies a namespaced object that names no namespace in the destination namespace,
  // whatever helm.namespace templated it with.
  return runTemplate(
    path.join(ctx.repoDir, chart),
    args,
    inline,
    app.spec?.destination?.namespace ?? '',
    ctx.major,
  );
}

/** Argo CD's build variables of an Application's source at a revision. */
export function buildVars(app: ArgoApp, source: Obj, revision: string): Record<string, string> {
  return {
    ARGOCD_APP_NAME: String(app.metadata?.name ?? ''),
    ARGOCD_APP_NAMESPACE: app.spec?.destination?.namespace ?? '',
    ARGOCD_APP_PROJECT_NAME: app.spec?.project ?? '',
    ARGOCD_APP_REVISION: revision,
    ARGOCD_APP_REVISION_SHORT: revision.slice(0, 7),
    ARGOCD_APP_REVISION_SHORT_8: revision.slice(0, 8),
    ARGOCD_APP_SOURCE_REPO_URL: String(source.repoURL ?? ''),
    ARGOCD_APP_SOURCE_PATH: String(source.path ?? ''),
    ARGOCD_APP_SOURCE_TARGET_REVISION: String(source.targetRevision ?? ''),
  };
}

function valueFileArgs(
  helm: Obj,
  chart: string,
  sources: Obj[],
  ctx: RenderContext,
  vars: Record<string, string>,
): { list: string[] } | { reason: string } {
  const list: string[] = [];
  for (const raw of (helm.valueFiles ?? []) as unknown[]) {
    const entry = expandBuildEnv(String(raw), vars);
    let rel: string;
    const ref = /^\$([^/]+)\/(.*)$/.exec(entry);
    if (ref) {
      const from = sources.find((s) => s.ref === ref[1]);
      if (!from || typeof from.repoURL !== 'string' || !ctx.ownRepos.has(sameRepo(from.repoURL)))
        return { reason: `values file ${entry} is in another repository` };
      rel = path.posix.normalize(ref[2]!);
    } else if (/^https?:\/\//.test(entry)) {
      return { reason: `values file ${entry} is remote` };
    } else {
      rel = path.posix.normalize(entry.startsWith('/') ? entry.slice(1) : path.posix.join(chart, entry));
    }
    if (rel.startsWith('../')) return { reason: `values file ${entry} is outside the repository` };
    const abs = path.join(ctx.repoDir, rel);
    if (!existsSync(abs) && helm.ignoreMissingValueFiles === true) continue;
    list.push(abs);
  }
  return { list };
}

function runTemplate(
  chartDir: string,
  args: string[],
  inline: string | null,
  namespace: string,
  major?: HelmMajor,
): SourceRender {
  const home = mkdtempSync(path.join(os.tmpdir(), 'gp-oracle-'));
  try {
    if (inline !== null) {
      writeFileSync(path.join(home, 'inline-values.yaml'), inline);
      args.push('--values', path.join(home, 'inline-values.yaml'));
    }
    const r = spawnSync(helmBinary(major), args, {
      cwd: chartDir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: home,
        HELM_CACHE_HOME: path.join(home, 'cache'),
        HELM_CONFIG_HOME: path.join(home, 'config'),
        HELM_DATA_HOME: path.join(home, 'data'),
      },
    });
    if (r.status !== 0) return { ok: false, reason: `helm template failed: ${r.stderr.trim()}` };
    return { ok: true, objects: deployedObjects(r.stdout, namespace) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Kinds the oracle knows to be cluster-scoped (its own list; the fixtures use no others). */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'ClusterIssuer',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'PersistentVolume',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
]);

/**
 * Helm's output as Argo CD deploys it: documents read like sigs.k8s.io/yaml (YAML 1.1, a repeated key
 * keeps the last), empty and null documents dropped, any object with an `items` array flattened,
 * each keyed by where it lands: a namespaced object that names no namespace goes to `namespace` (the
 * Application's destination), a cluster-scoped one to none.
 */
export function deployedObjects(output: string, namespace = ''): Map<string, Obj> {
  const objects = new Map<string, Obj>();
  for (const doc of parseAllDocuments(output, { uniqueKeys: false, version: '1.1' })) {
    const o = doc.toJS() as unknown;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) continue;
    const items = (o as Obj).items;
    for (const item of Array.isArray(items) ? (items as Obj[]) : [o as Obj]) {
      const meta = (item.metadata ?? {}) as { namespace?: unknown; name?: unknown };
      const lands = CLUSTER_SCOPED.has(String(item.kind))
        ? ''
        : typeof meta.namespace === 'string' && meta.namespace
          ? meta.namespace
          : namespace;
      objects.set(`${String(item.kind)}/${lands}/${String(meta.name)}`, item);
    }
  }
  return objects;
}
