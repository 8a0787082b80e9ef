import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
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
  const home = mkdtempSync(path.join(os.tmpdir(), 'gp-oracle-'));
  let out: string;
  try {
    out = execFileSync(helmBinary(major), args, {
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
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
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
  const home = mkdtempSync(path.join(os.tmpdir(), 'gp-oracle-'));
  let out: string;
  try {
    out = execFileSync(helmBinary(major), args, {
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
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
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
