import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  buildVars,
  canonical,
  expandBuildEnv,
  inRepoChart,
  inRepoDir,
  objectKey,
  renderApplication,
  renderedSource,
  sameRepo,
  type ArgoApp,
  type Obj,
  type RenderContext,
  type SourceRender,
} from './argo-source-render.js';
import type { HelmMajor } from './helm.js';

/**
 * The oracle of the differential tests: what Argo CD would deploy for every cluster of a tree,
 * computed with `helm template` and the recipe of argo-source-render.ts only (no code of src/).
 */

/** One Application deep mode is about: an in-repo chart that is not itself an app-of-apps, or a remote chart fed from this repo. */
export interface OracleComponent {
  render: SourceRender;
  /** Digest of everything the render reads (source, chart files, value files): equal inputs, equal render. */
  inputs: string;
}

export interface OracleCluster {
  name: string;
  /** `kind/namespace/name` → canonical JSON of everything the app-of-apps tree deploys, nested levels and the bootstrap included. */
  objects: Map<string, string>;
  /** Application name → its component chart. */
  components: Map<string, OracleComponent>;
  /** Why the cluster's app-of-apps (or a nested one) could not be rendered. */
  failure: string | null;
}

export type OracleSnapshot = Map<string, OracleCluster>;

/** Every cluster of the tree in `repoDir`: one per bootstrap Application matching `bootstrapGlob`. */
export function oracleSnapshot(
  repoDir: string,
  revision: string,
  bootstrapGlob: string,
  major?: HelmMajor,
): OracleSnapshot {
  const bootstraps = bootstrapApps(repoDir, bootstrapGlob);
  const ownRepos = new Set(
    bootstraps.flatMap(({ app }) => {
      const s = renderedSource(app)?.source;
      return s && typeof s.repoURL === 'string' ? [sameRepo(s.repoURL)] : [];
    }),
  );
  const ctx: RenderContext = { repoDir, ownRepos, revision, ...(major ? { major } : {}) };
  const out: OracleSnapshot = new Map();
  for (const { file, app } of bootstraps) {
    const labels = (app.metadata as { labels?: Record<string, string> } | undefined)?.labels;
    const name = labels?.cluster ?? path.posix.basename(file).replace(/\.ya?ml$/, '');
    const cluster: OracleCluster = { name, objects: new Map(), components: new Map(), failure: null };
    cluster.objects.set(objectKey(app as Obj), canonical(app));
    followAppOfApps(app, ctx, cluster, new Set());
    out.set(name, cluster);
  }
  return out;
}

function bootstrapApps(repoDir: string, glob: string): { file: string; app: ArgoApp }[] {
  const dir = path.posix.dirname(glob);
  const pattern = new RegExp(
    `^${path.posix
      .basename(glob)
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '[^/]*')}$`,
  );
  const abs = path.join(repoDir, dir);
  if (!existsSync(abs)) return [];
  const found: { file: string; app: ArgoApp }[] = [];
  for (const f of readdirSync(abs).sort()) {
    if (!pattern.test(f)) continue;
    for (const doc of parseAllDocuments(readFileSync(path.join(abs, f), 'utf8'))) {
      const o = doc.toJS() as Obj | null;
      if (o?.kind === 'Application') found.push({ file: path.posix.join(dir, f), app: o as ArgoApp });
    }
  }
  return found;
}

/**
 * Renders are kept by the digest of everything they read (and the revision, for a source that uses
 * `$ARGOCD_APP_REVISION`), so a commit that changes one chart renders only that chart again.
 */
const renders = new Map<string, SourceRender>();

function render(app: ArgoApp, ctx: RenderContext): SourceRender {
  const picked = renderedSource(app);
  const chart = picked && inRepoChart(picked.source, ctx);
  if (!picked || !chart) return renderApplication(app, ctx);
  const usesRevision = JSON.stringify(app).includes('ARGOCD_APP_REVISION');
  const key = `${inputsDigest(app, chart, picked.all, ctx)}|${usesRevision ? ctx.revision : ''}|${ctx.major ?? ''}`;
  let r = renders.get(key);
  if (!r) renders.set(key, (r = renderApplication(app, ctx)));
  return r;
}

/** Renders an app-of-apps and every Application it renders that is one too, any depth, each chart once. */
function followAppOfApps(app: ArgoApp, ctx: RenderContext, cluster: OracleCluster, seen: Set<string>): void {
  const r = render(app, ctx);
  if (!r.ok) {
    cluster.failure ??= `${String(app.metadata?.name)}: ${r.reason}`;
    return;
  }
  for (const [key, o] of r.objects) {
    cluster.objects.set(key, canonical(o));
    if (o.kind !== 'Application') continue;
    const child = o as ArgoApp;
    const name = String(child.metadata?.name);
    const picked = renderedSource(child);
    const chart = picked && inRepoChart(picked.source, ctx);
    if (chart) {
      const rendered = render(child, ctx);
      const nested = rendered.ok && [...rendered.objects.values()].some((x) => x.kind === 'Application');
      const id = `${chart}|${name}`;
      if (nested && !seen.has(id)) {
        seen.add(id);
        followAppOfApps(child, ctx, cluster, seen);
      } else if (!nested) {
        cluster.components.set(name, {
          render: rendered,
          inputs: inputsDigest(child, chart, picked.all, ctx),
        });
      }
      continue;
    }
    const fromHere = (picked?.all ?? []).some(
      (s) =>
        typeof s.ref === 'string' && typeof s.repoURL === 'string' && ctx.ownRepos.has(sameRepo(s.repoURL)),
    );
    // Not rendered here: what it deploys is unknown whenever what Argo CD is asked to render changed.
    if (picked)
      cluster.components.set(name, {
        render: {
          ok: false,
          reason: fromHere
            ? 'remote chart with values from this repository'
            : 'source outside this repository',
        },
        // What it reads of this repository (a kustomize or plugin directory here) is among its inputs.
        inputs: inputsDigest(child, inRepoDir(picked.source, ctx), picked.all, ctx),
      });
  }
}

/**
 * What Argo CD's repo server is asked to render for an Application: its name and namespace
 * (release name, build variables, instance label), its sources and its destination. Fields it
 * does not read (sync policy, labels, annotations) are left out.
 */
function renderRequest(app: ArgoApp): unknown {
  const spec = (app.spec ?? {}) as Obj;
  return {
    name: app.metadata?.name ?? null,
    namespace: app.metadata?.namespace ?? null,
    source: spec.source ?? null,
    sources: spec.sources ?? null,
    destination: spec.destination ?? null,
  };
}

/** The source (overrides applied), the chart's files and every value file of this repository it names. */
function inputsDigest(app: ArgoApp, chart: string | null, sources: Obj[], ctx: RenderContext): string {
  const h = createHash('sha256');
  // The chart's files include its `.argocd-source*.yaml` overrides.
  if (chart && existsSync(path.join(ctx.repoDir, chart)))
    for (const f of filesUnder(path.join(ctx.repoDir, chart)))
      h.update(`${path.relative(ctx.repoDir, f)}\0`).update(readFileSync(f));
  h.update(canonical(renderRequest(app)));
  for (const s of sources) {
    for (const v of ((s.helm as Obj | undefined)?.valueFiles ?? []) as unknown[]) {
      const entry = expandBuildEnv(String(v), buildVars(app, s, ctx.revision));
      const m = /^\$[^/]+\/(.*)$/.exec(entry);
      const rel = m
        ? m[1]!
        : entry.startsWith('/')
          ? entry.slice(1)
          : chart
            ? path.posix.join(chart, entry)
            : null;
      const p = rel && path.join(ctx.repoDir, rel);
      if (p && existsSync(p) && statSync(p).isFile()) h.update(`${rel}\0`).update(readFileSync(p));
    }
  }
  return h.digest('hex');
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** What changed between two snapshots, as sets of `|`-joined keys. */
export interface OracleChanges {
  /** `cluster|kind|namespace|name` of every object of the app-of-apps level that was added, removed or changed. */
  objects: Set<string>;
  /** `cluster|application|kind|namespace|name` of every resource of a component chart that changed. */
  deep: Set<string>;
  /** `cluster|application` of components at both refs whose inputs changed and that cannot be rendered here. */
  unknown: Set<string>;
  /** `cluster|application` of components added or removed that cannot be rendered (what deep says of them is not asserted). */
  unrenderedAddedOrRemoved: Set<string>;
  /** Clusters whose app-of-apps could not be rendered at one of the refs. */
  failed: Set<string>;
}

export function oracleChanges(base: OracleSnapshot, head: OracleSnapshot): OracleChanges {
  const out: OracleChanges = {
    objects: new Set(),
    deep: new Set(),
    unknown: new Set(),
    unrenderedAddedOrRemoved: new Set(),
    failed: new Set(),
  };
  const none: OracleCluster = { name: '', objects: new Map(), components: new Map(), failure: null };
  for (const name of new Set([...base.keys(), ...head.keys()])) {
    const b = base.get(name) ?? none;
    const h = head.get(name) ?? none;
    if (b.failure || h.failure) {
      out.failed.add(name);
      continue;
    }
    for (const k of changedKeys(b.objects, h.objects)) out.objects.add(`${name}|${k.replaceAll('/', '|')}`);
    for (const app of new Set([...b.components.keys(), ...h.components.keys()])) {
      const cb = b.components.get(app);
      const ch = h.components.get(app);
      if (cb && ch && cb.inputs === ch.inputs) continue;
      const renders = [cb?.render, ch?.render].filter((r): r is SourceRender => r !== undefined);
      if (renders.some((r) => !r.ok)) {
        (cb && ch ? out.unknown : out.unrenderedAddedOrRemoved).add(`${name}|${app}`);
        continue;
      }
      const objects = (r: SourceRender | undefined) =>
        new Map([...(r && r.ok ? r.objects : new Map<string, Obj>())].map(([k, o]) => [k, canonical(o)]));
      for (const k of changedKeys(objects(cb?.render), objects(ch?.render)))
        out.deep.add(`${name}|${app}|${k.replaceAll('/', '|')}`);
    }
  }
  return out;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
}
