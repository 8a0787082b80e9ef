import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { helmBinary, type HelmMajor } from './helm.js';

/**
 * An oracle independent of the code under test: Argo CD's recipe run by hand with the real helm binary,
 * in the chart directory, the bootstrap's valueFiles as `--values`, nothing else (helm reads a chart's
 * own values.yaml itself). Returns every Application it renders: name → the object as JSON.
 */
export function argoRender(
  chartDir: string,
  release: string,
  valueFiles: readonly string[],
  major?: HelmMajor,
): Map<string, string> {
  const args = ['template', '.', '--name-template', release, '--namespace', 'argocd'];
  for (const f of valueFiles) args.push('--values', f);
  const out = helmTemplate(chartDir, args, major);
  const apps = new Map<string, string>();
  for (const doc of parseAllDocuments(out)) {
    const o = doc.toJS() as { kind?: string; metadata?: { name?: string } } | null;
    if (o?.kind === 'Application' && o.metadata?.name) apps.set(o.metadata.name, JSON.stringify(o));
  }
  return apps;
}

/** Names of the Applications added, removed or changed between two renders. */
export function changedNames(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

/**
 * The whole of Argo CD's Helm recipe for one Application, written here from the facts in
 * ../shared/TOOLING.md ("How Argo CD renders a Helm source"), independently of src/: the
 * `.argocd-source*.yaml` overrides merged into `spec.source.helm`, the build variables substituted
 * into parameter values and value-file/file-parameter paths, valueFiles resolved (chart-relative,
 * `/` from the repository root, `$ref/` from the repository, globs in lexical order, each file once
 * and an explicitly listed file at its own place), `--set` / `--set-string` / `--set-file` with the
 * comma escaping, `values`/`valuesObject` as the last values file, the helm block's kubeVersion and
 * apiVersions, the skip flags. Returns every
 * object helm renders, or helm's error.
 */
export interface OracleOptions {
  /** `$ARGOCD_APP_REVISION`: the commit being rendered. */
  revision?: string;
  major?: HelmMajor;
  /**
   * The namespace the Argo CD runs in (its controller namespace, `argocd` by default): an Application
   * elsewhere is `<namespace>_<name>` (Argo CD's `InstanceName(ctrlNs)`).
   */
  controlPlaneNamespace?: string;
}

export type OracleRender =
  | { ok: true; objects: Record<string, unknown>[]; args: string[] }
  | { ok: false; stderr: string; args: string[] };

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function argoRenderApplication(repoDir: string, app: Obj, options: OracleOptions = {}): OracleRender {
  const sources: Obj[] = app.spec.sources ?? [app.spec.source];
  const source = sources.find((s) => typeof s.path === 'string')!;
  const refs = new Set(sources.filter((s) => s.ref).map((s) => `$${s.ref}`));
  const ns = app.metadata.namespace;
  const controller = options.controlPlaneNamespace ?? 'argocd';
  const appName = ns && ns !== controller ? `${ns}_${app.metadata.name}` : app.metadata.name;
  const appDir = path.join(repoDir, source.path);
  const helm = overridden(source.helm ?? {}, appDir, appName);
  const rev = options.revision ?? '';
  const vars: Record<string, string> = {
    ARGOCD_APP_NAME: appName,
    ARGOCD_APP_NAMESPACE: app.spec.destination?.namespace ?? '',
    ARGOCD_APP_PROJECT_NAME: app.spec.project ?? '',
    ARGOCD_APP_REVISION: rev,
    ARGOCD_APP_REVISION_SHORT: rev.substring(0, 7),
    ARGOCD_APP_REVISION_SHORT_8: rev.substring(0, 8),
    ARGOCD_APP_SOURCE_REPO_URL: source.repoURL ?? '',
    ARGOCD_APP_SOURCE_PATH: source.path ?? '',
    ARGOCD_APP_SOURCE_TARGET_REVISION: source.targetRevision ?? '',
  };
  const envsubst = (s: string) =>
    s.replace(/\$(\$|\{([^}]*)\}|\{|([A-Za-z_][A-Za-z0-9_]*)|([0-9*#@!?-]))?/g, (_m, all, braced, bare) => {
      if (all === undefined) return '$';
      if (all === '$') return '$';
      const name = braced ?? bare ?? (all === '{' ? '' : all);
      return vars[name] ?? '';
    });
  const where = (raw: string) => {
    const first = raw.split('/')[0]!;
    if (raw.startsWith('$') && refs.has(first)) return path.join(repoDir, envsubst(raw.slice(first.length)));
    const p = envsubst(raw);
    return p.startsWith('/') ? path.join(repoDir, p) : path.join(appDir, p);
  };
  const args = ['template', '.', '--name-template', helm.releaseName || app.metadata.name];
  const namespace = helm.namespace || app.spec.destination?.namespace;
  if (namespace) args.push('--namespace', namespace);
  if (helm.kubeVersion) args.push('--kube-version', helm.kubeVersion);
  const escape = (v: string) => (/^\{.*\}$/s.test(v) ? v : v.replace(/(?<!\\),/g, '\\,'));
  const set = new Map<string, string>();
  const setString = new Map<string, string>();
  for (const p of helm.parameters ?? []) (p.forceString ? setString : set).set(p.name, p.value ?? '');
  for (const [k, v] of set) args.push('--set', `${k}=${escape(envsubst(v))}`);
  for (const [k, v] of setString) args.push('--set-string', `${k}=${escape(envsubst(v))}`);
  for (const p of helm.fileParameters ?? []) args.push('--set-file', `${p.name}=${escape(where(p.path))}`);
  const files = valueFiles(repoDir, (helm.valueFiles ?? []).map(where), helm.ignoreMissingValueFiles);
  if (!files) return { ok: false, stderr: 'values file glob matched no files', args };
  for (const f of files) args.push('--values', f);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-oracle-values-'));
  try {
    const inline = helm.valuesObject ? stringify(helm.valuesObject) : (helm.values ?? '');
    if (inline) {
      writeFileSync(path.join(tmp, 'values.yaml'), inline);
      args.push('--values', path.join(tmp, 'values.yaml'));
    }
    for (const v of helm.apiVersions ?? []) args.push('--api-versions', v);
    if (!helm.skipCrds) args.push('--include-crds');
    if (helm.skipSchemaValidation) args.push('--skip-schema-validation');
    if (helm.skipTests) args.push('--skip-tests');
    return runHelm(appDir, args, options.major);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `.argocd-source.yaml` then `.argocd-source-<app>.yaml`: JSON merge patches; a removed field keeps its value. */
function overridden(helm: Obj, appDir: string, appName: string): Obj {
  let out = structuredClone(helm);
  for (const name of ['.argocd-source.yaml', `.argocd-source-${appName}.yaml`]) {
    const file = path.join(appDir, name);
    if (!existsSync(file)) continue;
    const patch = ((parse(readFileSync(file, 'utf8')) as Obj | null)?.helm ?? {}) as Obj;
    const canonical: Obj = {};
    for (const [k, v] of Object.entries(patch)) {
      const key = HELM_KEYS.find((h) => h.toLowerCase() === k.toLowerCase()) ?? k;
      canonical[key] =
        key === 'parameters' && Array.isArray(v)
          ? v.map((p: Obj) => ({ name: p.name, value: p.value, forceString: p.forceString ?? p.forcestring }))
          : v;
    }
    const merged = merge(out, canonical) as Obj;
    for (const k of Object.keys(out)) if (!(k in merged)) merged[k] = out[k];
    out = merged;
  }
  return out;
}

const HELM_KEYS = [
  'valueFiles',
  'parameters',
  'fileParameters',
  'releaseName',
  'namespace',
  'values',
  'valuesObject',
];

function merge(doc: unknown, patch: unknown): unknown {
  const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(doc) ? { ...doc } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = merge(out[k], v);
  }
  return out;
}

/** Globs expanded (matches in lexical order of their path segments), each file once, missing ones kept unless ignored. */
function valueFiles(repoDir: string, wanted: string[], ignoreMissing: boolean | undefined): string[] | null {
  const explicit = new Set(wanted.filter((f) => !/[*?[]/.test(f)));
  const out: string[] = [];
  const add = (f: string) => out.includes(f) || out.push(f);
  for (const f of wanted) {
    if (/[*?[]/.test(f)) {
      const re = globRegExp(path.relative(repoDir, f));
      const matches = allFiles(repoDir).filter((rel) => re.test(rel));
      matches.sort((a, b) => {
        const [x, y] = [a.split('/'), b.split('/')];
        for (let i = 0; i < Math.min(x.length, y.length); i++)
          if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
        return x.length - y.length;
      });
      // Argo CD: "values file glob … matched no files", unless ignoreMissingValueFiles.
      if (matches.length === 0 && !ignoreMissing) return null;
      for (const m of matches) if (!explicit.has(path.join(repoDir, m))) add(path.join(repoDir, m));
    } else if (existsSync(f) || !ignoreMissing) add(f);
  }
  return out;
}

function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (pattern.startsWith('**/', i)) {
      re += '(?:[^/]+/)*';
      i += 2;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      re += `[${pattern.slice(i + 1, end).replace(/^!/, '^')}]`;
      i = end;
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      re += `(?:${pattern
        .slice(i + 1, end)
        .split(',')
        .map(escapeRe)
        .join('|')})`;
      i = end;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^$()|\\/]/g, '\\$&');
}

function allFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.name === '.git') return [];
    return e.isDirectory() ? allFiles(root, rel) : e.isFile() ? [rel] : [];
  });
}

function runHelm(cwd: string, args: string[], major?: HelmMajor): OracleRender {
  try {
    const objects = parseAllDocuments(helmTemplate(cwd, args, major))
      .map((d) => d.toJS() as Record<string, unknown> | null)
      .filter((o): o is Record<string, unknown> => o !== null && typeof o === 'object');
    return { ok: true, objects, args };
  } catch (e) {
    return { ok: false, stderr: String((e as { stderr?: string }).stderr ?? e), args };
  }
}

/** The oracle's one helm run: plain `helm` in `cwd`, PATH only and a throwaway home; throws on failure. */
function helmTemplate(cwd: string, args: readonly string[], major?: HelmMajor): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'gp-oracle-'));
  try {
    return execFileSync(helmBinary(major), args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: home,
        HELM_CACHE_HOME: path.join(home, 'cache'),
        HELM_CONFIG_HOME: path.join(home, 'config'),
        HELM_DATA_HOME: path.join(home, 'data'),
      },
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Kinds the oracle knows to be cluster-scoped (its own short list; the fixtures use no others). */
const ORACLE_CLUSTER_SCOPED = new Set([
  '/Namespace',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
]);

/** An object as canonical JSON: keys sorted at every level, so key order is no difference. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/**
 * Every object Argo CD would apply from one render (the same recipe as argoRender, release namespace
 * given): `items` lists flattened, empty documents dropped, each keyed by `kind namespace/name`
 * (namespace '' for a cluster-scoped kind, the release namespace when the object names none) →
 * canonical JSON.
 */
export function argoRenderObjects(
  chartDir: string,
  release: string,
  valueFiles: readonly string[],
  namespace: string,
  major?: HelmMajor,
): Map<string, string> {
  const args = ['template', '.', '--name-template', release, '--namespace', namespace, '--include-crds'];
  for (const f of valueFiles) args.push('--values', f);
  const out = helmTemplate(chartDir, args, major);
  const objects = new Map<string, string>();
  for (const doc of parseAllDocuments(out)) {
    const o = doc.toJS() as Record<string, unknown> | null;
    if (!o || typeof o !== 'object') continue;
    for (const item of Array.isArray(o.items) ? (o.items as Record<string, unknown>[]) : [o]) {
      const meta = (item.metadata ?? {}) as { name?: string; namespace?: string };
      const apiVersion = String(item.apiVersion ?? '');
      const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
      const kind = String(item.kind ?? '');
      const ns = ORACLE_CLUSTER_SCOPED.has(`${group}/${kind}`) ? '' : meta.namespace || namespace;
      objects.set(`${kind} ${ns}/${meta.name ?? ''}`, canonical(item));
    }
  }
  return objects;
}
