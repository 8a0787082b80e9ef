import { finding, type RawFinding } from '../../findings.js';
import { appSources, type ApplicationSource, type RenderedApp } from '../applications.js';
import { isLocalValueFile, refValueFile } from '../cluster-values.js';
import { repoJoin, valueFilePath } from '../repo-files.js';
import { bootstrapFieldPos, isHead, isOwnRepoURL, resolveRef, type Cluster } from '../topology.js';
import type { RuleContext } from './context.js';

/** A source of this repository: its repoURL is one of the repository's URLs, compared normalized. */
function inRepo(ctx: RuleContext, source: ApplicationSource): boolean {
  return isOwnRepoURL(source.repoURL, ctx.topology.repoURLs);
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
 * Applications of the app-of-apps track the same revision as their bootstrap Application. What the
 * unknown default branch leaves open is said once, as a notice.
 */
export function targetRevisionRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const flaggedBootstrap = new Set<string>();
  const open: Open = { clusters: [], apps: [] };
  for (const cluster of ctx.topology.clusters) {
    if (cluster.ref === null) open.clusters.push(cluster);
    if (!cluster.envRef || cluster.ref === null || cluster.ref === cluster.envRef) continue;
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
  for (const app of ctx.apps) out.push(...childRevisionFindings(ctx, app, flaggedBootstrap, open));
  out.push(...unknownDefaultBranch(open));
  return out;
}

/** Clusters and Applications whose revision could not be compared for want of the default branch. */
interface Open {
  clusters: Cluster[];
  apps: { app: RenderedApp; at: ReturnType<RuleContext['locate']['field']> }[];
}

function childRevisionFindings(
  ctx: RuleContext,
  app: RenderedApp,
  flaggedBootstrap: ReadonlySet<string>,
  open: Open,
): RawFinding[] {
  const cluster = app.cluster;
  const out: RawFinding[] = [];
  for (const { source, path } of appSources(app.object)) {
    if (!inRepo(ctx, source)) continue;
    const written = typeof source.targetRevision === 'string' ? source.targetRevision : 'HEAD';
    const ref = resolveRef(written, ctx.topology.defaultBranch);
    const at = () => ctx.locate.field(app, [...path, 'targetRevision'], written);
    if (ref === null || cluster.ref === null) {
      // HEAD and HEAD are one revision whatever the default branch is.
      if (!(isHead(written) && isHead(cluster.targetRevision))) open.apps.push({ app, at: at() });
      continue;
    }
    if (ref === cluster.ref) continue;
    // The bootstrap is on the wrong ref and this child on the right one: the bootstrap finding says it all.
    if (flaggedBootstrap.has(cluster.name) && ref === cluster.envRef) continue;
    const tracks = written === ref ? ref : `${written} = ${describeRef(ref, ctx)}`;
    out.push({
      ...finding(
        'error',
        'bootstrap-revision-mismatch',
        `tracks ${tracks}, but its bootstrap Application tracks ${describeRef(cluster.ref, ctx)}${devNote(ctx, cluster, ref)}`,
        at(),
        cluster.name,
      ),
      subject: app.name,
    });
  }
  return out;
}

/** One notice for everything the unknown default branch leaves unchecked, where the first of it is. */
function unknownDefaultBranch(open: Open): RawFinding[] {
  if (open.clusters.length === 0 && open.apps.length === 0) return [];
  const first = open.clusters[0];
  const at = first ? (bootstrapFieldPos(first, ['targetRevision']) ?? first.definedAt) : open.apps[0]!.at;
  const parts = [
    ...(open.clusters.length > 0
      ? [
          `cluster${open.clusters.length === 1 ? '' : 's'} ${open.clusters.map((c) => c.name).join(', ')} ${open.clusters.length === 1 ? 'has' : 'have'} no ref and ${open.clusters.length === 1 ? 'its' : 'their'} environment's ref is not checked`,
        ]
      : []),
    ...(open.apps.length > 0
      ? [
          `${open.apps.length} Application source${open.apps.length === 1 ? ' is' : 's are'} not compared with ${open.apps.length === 1 ? 'its' : 'their'} bootstrap's revision`,
        ]
      : []),
  ];
  return [
    finding(
      'notice',
      'default-branch-unknown',
      `targetRevision HEAD means the repository's default branch, which is unknown here (no defaultBranch in the config, no refs/remotes/origin/HEAD, not exactly one of main and master): ${parts.join('; ')}. Set defaultBranch in the config, or run git remote set-head origin --auto`,
      at,
    ),
  ];
}

function devNote(ctx: RuleContext, cluster: Cluster, ref: string): string {
  return ref === ctx.topology.defaultBranch && cluster.env !== null && cluster.envRef !== ref
    ? `: a ${cluster.env} cluster never follows the dev branch`
    : '';
}
