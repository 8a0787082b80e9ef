import { finding, type RawFinding } from '../../findings.js';
import { appSources, type ApplicationSource, type RenderedApp } from '../applications.js';
import { isLocalValueFile, refValueFile } from '../cluster-values.js';
import { repoJoin, valueFilePath } from '../repo-files.js';
import { bootstrapFieldPos, normalizeRepoURL, resolveRef, type Cluster } from '../topology.js';
import type { RuleContext } from './context.js';

function inRepo(ctx: RuleContext, source: ApplicationSource): boolean {
  return (
    ctx.topology.repoURL !== null &&
    typeof source.repoURL === 'string' &&
    normalizeRepoURL(source.repoURL) === ctx.topology.repoURL
  );
}

/** No empty or null entries in helm.valueFiles: Argo CD fails on them, or reads the chart dir as a file. */
export function emptyValueFilesRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    for (const { source, path } of appSources(app.object)) {
      const entries = source.helm?.valueFiles ?? [];
      entries.forEach((v, i) => {
        if (v !== null && v !== undefined && String(v).trim() !== '') return;
        out.push({
          ...finding(
            'error',
            'value-files-empty',
            `${path.join('.')}.helm.valueFiles[${i}] is ${v === null || v === undefined ? 'null' : 'empty'}`,
            ctx.locate.template(app, [...path, 'helm', 'valueFiles']),
            app.cluster.name,
          ),
          subject: app.name,
        });
      });
    }
  }
  return out;
}

/** Every in-repo path and values file an Application references exists in this tree. */
export function pathsExistRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    out.push(...refValueFiles(ctx, app));
    for (const { source, path } of appSources(app.object)) {
      if (!inRepo(ctx, source) || typeof source.path !== 'string') continue;
      const dir = repoJoin('.', source.path);
      if (!ctx.files.isDirectory(dir)) {
        out.push({
          ...finding(
            'error',
            'path-missing',
            `source path "${source.path}" does not exist`,
            ctx.locate.field(app, [...path, 'path'], source.path),
            app.cluster.name,
          ),
          subject: app.name,
        });
        continue;
      }
      if (source.helm?.ignoreMissingValueFiles) continue;
      for (const entry of source.helm?.valueFiles ?? []) {
        if (entry === null || entry === undefined || !isLocalValueFile(String(entry))) continue;
        const file = valueFilePath(dir, String(entry));
        if (ctx.files.isFile(file)) continue;
        out.push({
          ...finding(
            'error',
            'path-missing',
            `values file ${file} does not exist (set helm.ignoreMissingValueFiles if that is intended)`,
            ctx.locate.field(app, [...path, 'helm', 'valueFiles'], entry),
            app.cluster.name,
          ),
          subject: app.name,
        });
      }
    }
  }
  return out;
}

/**
 * Multi-source `valueFiles` entries `$<ref>/<path>`: Argo CD reads `<path>` from the source with
 * `ref: <ref>`. A ref no source declares fails the sync; one that is this repo must hold the file.
 */
function refValueFiles(ctx: RuleContext, app: RenderedApp): RawFinding[] {
  const sources = appSources(app.object);
  const out: RawFinding[] = [];
  for (const { source, path } of sources) {
    for (const entry of source.helm?.valueFiles ?? []) {
      const parsed = typeof entry === 'string' ? refValueFile(entry) : null;
      if (!parsed) continue;
      const { ref, path: rest } = parsed;
      const field = [...path, 'helm', 'valueFiles'];
      const text = String(entry);
      const at = ctx.locate.valueOrigin(app, field, text) ?? ctx.locate.templateMention(app, text, field);
      const target = sources.find((s) => s.source.ref === ref);
      let message: string | null = null;
      if (!target)
        message = `values file ${entry} names $${ref}, but no source of the Application has ref: ${ref}`;
      else if (inRepo(ctx, target.source) && !source.helm?.ignoreMissingValueFiles) {
        const file = repoJoin('.', rest);
        if (!ctx.files.isFile(file)) {
          message = `values file ${file} (${entry}) does not exist (set helm.ignoreMissingValueFiles if that is intended)`;
        }
      }
      if (message) {
        out.push({ ...finding('error', 'path-missing', message, at, app.cluster.name), subject: app.name });
      }
    }
  }
  return out;
}

function describeRef(ref: string, ctx: RuleContext): string {
  return ref === ctx.topology.defaultBranch ? `${ref} (the default branch)` : ref;
}

/**
 * Clusters follow their environment's ref (a prod cluster never follows the dev branch), and the
 * Applications of the app-of-apps track the same revision as their bootstrap Application.
 */
export function targetRevisionRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const flaggedBootstrap = new Set<string>();
  for (const cluster of ctx.topology.clusters) {
    if (!cluster.envRef || cluster.ref === cluster.envRef) continue;
    flaggedBootstrap.add(cluster.name);
    out.push(
      finding(
        'error',
        'target-revision-env',
        `cluster ${cluster.name} (environment ${cluster.env}) tracks ${describeRef(cluster.ref, ctx)}, but ${cluster.env} clusters track ${cluster.envRef}${devNote(ctx, cluster, cluster.ref)}`,
        bootstrapFieldPos(cluster, ['targetRevision']) ?? cluster.definedAt,
        cluster.name,
      ),
    );
  }
  for (const app of ctx.apps) {
    const cluster = app.cluster;
    for (const { source, path } of appSources(app.object)) {
      if (!inRepo(ctx, source)) continue;
      const written = typeof source.targetRevision === 'string' ? source.targetRevision : 'HEAD';
      const ref = resolveRef(written, ctx.topology.defaultBranch);
      if (ref === cluster.ref) continue;
      // The bootstrap is on the wrong ref and this child on the right one: the bootstrap finding says it all.
      if (flaggedBootstrap.has(cluster.name) && ref === cluster.envRef) continue;
      const tracks = written === ref ? ref : `${written} = ${describeRef(ref, ctx)}`;
      out.push({
        ...finding(
          'error',
          'bootstrap-revision-mismatch',
          `tracks ${tracks}, but its bootstrap Application tracks ${describeRef(cluster.ref, ctx)}${devNote(ctx, cluster, ref)}`,
          ctx.locate.field(app, [...path, 'targetRevision'], written),
          cluster.name,
        ),
        subject: app.name,
      });
    }
  }
  return out;
}

function devNote(ctx: RuleContext, cluster: Cluster, ref: string): string {
  return ref === ctx.topology.defaultBranch && cluster.env !== null && cluster.envRef !== ref
    ? `: a ${cluster.env} cluster never follows the dev branch`
    : '';
}
