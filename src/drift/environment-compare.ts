import yaml from 'js-yaml';
import { appSources, componentKey, type RenderedApp } from '../gitops/applications.js';
import { isOwnRepoURL, type RepoIdentity } from '../gitops/repo-url.js';
import { isMap } from '../util/is-map.js';
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
 * runs, Applications of this repo on another revision than its ref, and values it sets differently (after
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
  findings.push(...wrongRevisions(downstream, options.repoURLs));
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

/** Applications whose sources from this repository track another revision than the environment's ref. */
export function wrongRevisions(env: RenderedEnvironment, repoURLs: RepoIdentity): EnvironmentFinding[] {
  const findings: EnvironmentFinding[] = [];
  for (const app of env.apps) {
    for (const { source } of appSources(app.object)) {
      if (!isOwnRepoURL(source.repoURL, repoURLs) || source.chart !== undefined) continue;
      const written = source.targetRevision?.trim() || 'HEAD';
      const revision =
        written === 'HEAD' ? (env.defaultBranch ?? 'HEAD') : written.replace(/^refs\/(heads|tags)\//, '');
      if (revision === env.ref) continue;
      findings.push({
        kind: 'revision',
        cluster: app.cluster.name,
        application: app.name,
        revision: written,
        expected: env.ref,
      });
    }
  }
  return findings;
}

function valueDifferences(
  up: RenderedApp,
  upEnv: RenderedEnvironment,
  down: RenderedApp,
  downEnv: RenderedEnvironment,
  allowed: readonly string[],
): EnvironmentFinding[] {
  const upLeaves = leaves(normalize(up.object, up.cluster.name, upEnv));
  const downLeaves = leaves(normalize(down.object, down.cluster.name, downEnv));
  const findings: EnvironmentFinding[] = [];
  for (const [path, value] of downLeaves) {
    const before = upLeaves.get(path);
    if (before === value || allowed.some((a) => pointerMatches(a, path))) continue;
    findings.push({
      kind: 'values',
      component: down.component,
      cluster: down.cluster.name,
      path,
      upstream: before ?? null,
      downstream: value,
    });
  }
  return findings;
}

/** The object with its own names put back as placeholders, and inline YAML values parsed. */
function normalize(object: unknown, cluster: string, env: RenderedEnvironment): unknown {
  const names: [string, string][] = [
    [cluster, '{cluster}'],
    [env.env, '{env}'],
    [env.ref, '{ref}'],
  ];
  names.sort((a, b) => b[0].length - a[0].length);
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') {
      if (key === 'values') {
        const parsed = parseValues(v);
        if (parsed !== undefined) return walk(parsed, null);
      }
      return names.reduce((s, [name, placeholder]) => (name ? s.split(name).join(placeholder) : s), v);
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(object, null);
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
