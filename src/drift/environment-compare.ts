import yaml from 'js-yaml';
import { appSources, componentKey, type RenderedApp } from '../gitops/applications.js';
import { isOwnRepoURL, type RepoIdentity } from '../gitops/repo-url.js';
import { isMap } from '../util/is-map.js';
import { escapeRegExp } from '../util/regexp-escape.js';
import type { EnvironmentFinding } from './model.js';

/** One environment as its ref renders it. */
export interface RenderedEnvironment {
  env: string;
  ref: string;
  /** What `HEAD` (or no targetRevision) means in this repository, when known. */
  defaultBranch: string | null;
  apps: readonly RenderedApp[];
}

/** Findings per pair at most (the count of the rest is kept by the caller). */
export const MAX_PAIR_FINDINGS = 200;

/**
 * Paths that always differ between environments, by design: names, destinations, and the revision of
 * this repo's sources (the revision finding covers it). `*` matches one segment.
 */
const ALWAYS_ALLOWED = [
  '/metadata/name',
  '/metadata/namespace',
  '/spec/destination/*',
  '/spec/source/targetRevision',
  '/spec/sources/*/targetRevision',
];

/**
 * How `downstream` diverges from `upstream`, the environment it is promoted from: components only it
 * runs and values set differently (wrongRevisions checks each environment's revisions) (after
 * putting each side's own cluster, environment and ref names back as `{cluster}`, `{env}`, `{ref}`).
 */
export function compareEnvironments(
  upstream: RenderedEnvironment,
  downstream: RenderedEnvironment,
  options: {
    repoURLs: RepoIdentity;
    allowValues: readonly string[];
    downstreamOnly?: readonly string[];
    clusterLabel: string;
  },
): EnvironmentFinding[] {
  const allowedOnly = new Set((options.downstreamOnly ?? []).map(componentKey));
  const findings: EnvironmentFinding[] = downstreamOnly(upstream, downstream).filter(
    (f) => f.kind !== 'downstream-only' || !allowedOnly.has(componentKey(f.component)),
  );
  const allowed = [...ALWAYS_ALLOWED, `/metadata/labels/${escapePointer(options.clusterLabel)}`];
  allowed.push(...options.allowValues);
  const byComponent = new Map<string, RenderedApp>();
  for (const app of upstream.apps)
    if (!byComponent.has(componentKey(app.component))) byComponent.set(componentKey(app.component), app);
  for (const app of downstream.apps) {
    const up = byComponent.get(componentKey(app.component));
    if (up) findings.push(...valueDifferences(up, upstream, app, downstream, allowed));
  }
  return findings;
}

/** Components some downstream cluster runs that no upstream cluster does. */
function downstreamOnly(
  upstream: RenderedEnvironment,
  downstream: RenderedEnvironment,
): EnvironmentFinding[] {
  const upstreamKeys = new Set(upstream.apps.map((a) => componentKey(a.component)));
  const only = new Map<string, { component: string; clusters: Set<string> }>();
  for (const app of downstream.apps) {
    const key = componentKey(app.component);
    if (upstreamKeys.has(key)) continue;
    const entry = only.get(key) ?? { component: app.component, clusters: new Set<string>() };
    entry.clusters.add(app.cluster.name);
    only.set(key, entry);
  }
  return [...only.values()].map((o) => ({
    kind: 'downstream-only',
    component: o.component,
    clusters: [...o.clusters].sort(),
  }));
}

/**
 * Applications whose sources from this repository track another revision than the environment's ref (or,
 * for a cluster of a later release wave, its wave's tag: `waveTags`). `HEAD` is the default branch; when
 * that is not known, those Applications cannot be checked: they are in `unknown`, never findings.
 */
export function wrongRevisions(
  env: RenderedEnvironment,
  repoURLs: RepoIdentity,
  waveTags: readonly string[] = [],
): { findings: EnvironmentFinding[]; unknown: string[] } {
  const findings: EnvironmentFinding[] = [];
  const unknown: string[] = [];
  for (const app of env.apps) {
    const allowed = new Set([env.ref]);
    if (app.cluster.ref && waveTags.includes(app.cluster.ref)) allowed.add(app.cluster.ref);
    for (const { source } of appSources(app.object)) {
      if (!isOwnRepoURL(source.repoURL, repoURLs) || source.chart !== undefined) continue;
      const written = source.targetRevision?.trim() || 'HEAD';
      if (written === 'HEAD' && env.defaultBranch === null) {
        unknown.push(app.name);
        continue;
      }
      const revision = written === 'HEAD' ? env.defaultBranch! : written.replace(/^refs\/(heads|tags)\//, '');
      if (allowed.has(revision)) continue;
      findings.push({
        kind: 'revision',
        cluster: app.cluster.name,
        application: app.name,
        revision: written,
        expected: env.ref,
      });
    }
  }
  return { findings, unknown };
}

function valueDifferences(
  up: RenderedApp,
  upEnv: RenderedEnvironment,
  down: RenderedApp,
  downEnv: RenderedEnvironment,
  allowed: readonly string[],
): EnvironmentFinding[] {
  const upRaw = leaves(parsed(up.object));
  const downRaw = leaves(parsed(down.object));
  const upNamed = named(upRaw, up.cluster.name, upEnv);
  const downNamed = named(downRaw, down.cluster.name, downEnv);
  const findings: EnvironmentFinding[] = [];
  // What downstream sets (or sets differently): a value only upstream sets tunes upstream, it is not drift.
  for (const path of downRaw.keys()) {
    const [before, after] = [upRaw.get(path), downRaw.get(path)];
    // Equal as set, or equal once each side's own names are placeholders (`stag-01` ~ `prod-01`).
    if (before === after || upNamed.get(path) === downNamed.get(path)) continue;
    if (allowed.some((a) => pointerMatches(a, path))) continue;
    findings.push({
      kind: 'values',
      component: down.component,
      cluster: down.cluster.name,
      path,
      upstream: before ?? null,
      downstream: after ?? null,
    });
  }
  return findings;
}

/** The object with inline YAML `values` strings parsed, so their keys compare one by one. */
function parsed(object: unknown): unknown {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string' && key === 'values') {
      const values = parseValues(v);
      return values === undefined ? v : walk(values, null);
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(object, null);
}

/**
 * Each leaf with the side's own names as placeholders: the cluster, environment and ref names where they
 * stand as whole words (`stag-01.k8s`, `/staging/`), never inside another word (`product`, `stable-channel`
 * is `{ref}-channel` only for the ref `stable`).
 */
function named(
  leaves: ReadonlyMap<string, string>,
  cluster: string,
  env: RenderedEnvironment,
): Map<string, string> {
  const names: [RegExp, string][] = (
    [
      [cluster, '{cluster}'],
      [env.env, '{env}'],
      [env.ref, '{ref}'],
    ] as [string, string][]
  )
    .filter(([name]) => name.length > 0)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([name, placeholder]) => [
      new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, 'g'),
      placeholder,
    ]);
  const out = new Map<string, string>();
  for (const [path, value] of leaves)
    out.set(
      path,
      names.reduce((v, [re, p]) => v.replace(re, p), value),
    );
  return out;
}

function parseValues(text: string): unknown {
  try {
    const parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true });
    return isMap(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Leaf JSON pointer → JSON text of the value (arrays index by position). */
function leaves(v: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${prefix}/${i}`, out));
  else if (isMap(v) && Object.keys(v).length > 0)
    for (const [k, x] of Object.entries(v)) leaves(x, `${prefix}/${escapePointer(k)}`, out);
  else out.set(prefix, JSON.stringify(v));
  return out;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** `/spec/*\/replicas` matches `/spec/x/replicas`; a pattern also matches everything under it. */
export function pointerMatches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const s = path.split('/');
  if (s.length < p.length) return false;
  return p.every((segment, i) => segment === '*' || segment === s[i]);
}
