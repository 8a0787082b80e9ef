import { ConfigurationError } from '../errors.js';
import { applicationValueFiles, refValueFiles } from './application-value-files.js';
import type { RenderedApp } from './applications.js';
import { clusterRecipe } from './cluster-values.js';
import type { Config } from './config.js';
import { isInCluster } from './control-plane.js';
import { editIdentity, nameToken, type IdentityChange } from './identity-edits.js';
import type { NewClusterPlan, NewClusterRequest, PlannedFile } from './new-cluster-model.js';
import type { RepoFiles } from './repo-files.js';
import type { Cluster, Topology } from './topology.js';

/** What new-cluster reads of the tree: the clusters, and what `like` renders. */
export interface PlanContext {
  files: RepoFiles;
  config: Config;
  /** Every cluster of the tree. */
  topology: Topology;
  /** The Applications `like` renders (every level). */
  likeApps: readonly RenderedApp[];
}

/** A cluster name: a DNS label (RFC 1123), as it becomes part of Application and release names. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A server URL as written into YAML: no quote, space or escape in it. */
const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/;
/** An environment name or ref that can be written into YAML as it is. */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * The files of a new cluster like `like`: its bootstrap Application and every values file named for
 * it that it reads (its own, and its Applications'), copied under the new name with the identity
 * fields edited. Throws ConfigurationError, naming what to do, whenever the copy cannot be made
 * safely; nothing is written here.
 */
export function planNewCluster(request: NewClusterRequest, ctx: PlanContext): NewClusterPlan {
  const like = likeCluster(request, ctx);
  const token = nameToken(like.name);
  const renamed = (p: string) => p.replace(token, request.name);
  const copied = new Map(ownValueFiles(like, ctx).map((f) => [f, renamed(f)]));
  const bootstrap = like.bootstrap!.file;
  const target = renamed(bootstrap);
  if (target === bootstrap)
    throw new ConfigurationError(
      `the bootstrap file ${bootstrap} of ${like.name} does not carry its name: create ${request.name}'s bootstrap Application by hand`,
      { file: bootstrap },
    );
  const likeServers = serversOf(like, ctx.likeApps);
  const change = identityChange(request, like, ctx, likeServers, copied);
  const files: PlannedFile[] = [
    planFile(ctx, bootstrap, target, change),
    ...[...copied].map(([from, to]) => planFile(ctx, from, to, { ...change, valueFile: () => null })),
  ];
  for (const f of files)
    if (ctx.files.exists(f.path))
      throw new ConfigurationError(`${f.path} exists already: new-cluster writes only new files`, {
        file: f.path,
      });
  return { name: request.name, like: like.name, env: request.env ?? like.env, files, likeServers };
}

/** `like`, when a new cluster can be copied from it; the name checked. */
function likeCluster(request: NewClusterRequest, ctx: PlanContext): Cluster {
  if (!DNS_LABEL.test(request.name))
    throw new ConfigurationError(
      `--name ${JSON.stringify(request.name)} is not a cluster name: lower-case letters, digits and '-', at most 63, starting and ending with a letter or digit`,
    );
  if (ctx.topology.knownNames.includes(request.name))
    throw new ConfigurationError(`cluster ${request.name} exists already`);
  const like = ctx.topology.clusters.find((c) => c.name === request.like);
  if (!like)
    throw new ConfigurationError(
      `--like ${JSON.stringify(request.like)}: no such cluster (clusters: ${ctx.topology.clusters.map((c) => c.name).join(', ') || 'none'})`,
    );
  const configured = ctx.config.clusters.findIndex((c) => c.name === like.name);
  if (!like.bootstrap || configured >= 0)
    throw new ConfigurationError(
      like.bootstrap
        ? `cluster ${like.name} is also configured in ${ctx.config.file} (clusters[${configured}]), which new-cluster does not edit: copy its bootstrap, its values files and that entry for ${request.name} by hand`
        : `cluster ${like.name} has no bootstrap Application (only ${ctx.config.file} declares it): add ${request.name} to the config's clusters by hand, with its own values files`,
      { file: ctx.config.file ?? like.definedAt.file },
    );
  const docs = ctx.files.readYaml(like.bootstrap.file)?.documents.filter((d) => d.root) ?? [];
  if (docs.length !== 1)
    throw new ConfigurationError(
      `${like.bootstrap.file} holds ${docs.length} YAML documents: new-cluster copies a bootstrap file that holds one Application; add ${request.name} to it by hand`,
      { file: like.bootstrap.file },
    );
  if (hasToken(like.chart, like.name))
    throw new ConfigurationError(
      `the app-of-apps chart ${like.chart} of ${like.name} is named for it: new-cluster does not copy charts; copy it by hand`,
      { file: like.bootstrap.file },
    );
  return like;
}

function hasToken(text: string, name: string): boolean {
  return nameToken(name).test(text);
}

/** The values files `like` reads (its bootstrap's and its Applications') that are named for it. */
function ownValueFiles(like: Cluster, ctx: PlanContext): string[] {
  const read = new Set<string>();
  for (const v of clusterRecipe(ctx.files, like).valueFiles) if (v.kind === 'file') read.add(v.file);
  for (const app of ctx.likeApps) {
    const repo = ctx.topology.repoURLs;
    for (const s of applicationValueFiles(ctx.files, app.object, repo, like.controlPlaneNamespace))
      for (const f of s.files) read.add(f);
    for (const f of refValueFiles(app.object, repo)) read.add(f);
  }
  return [...read].filter((f) => hasToken(f, like.name) && ctx.files.isFile(f)).sort();
}

/** The servers `like`'s Applications deploy to, other than the cluster their Argo CD runs in. */
function serversOf(like: Cluster, apps: readonly RenderedApp[]): string[] {
  const out = new Set<string>();
  if (like.destination?.server) out.add(like.destination.server);
  for (const a of apps) {
    const d = a.object.spec?.destination;
    if (d && typeof d.server === 'string' && d.server && !isInCluster(d)) out.add(d.server);
  }
  return [...out].sort();
}

function identityChange(
  request: NewClusterRequest,
  like: Cluster,
  ctx: PlanContext,
  likeServers: readonly string[],
  copied: ReadonlyMap<string, string>,
): IdentityChange {
  const env = envChange(request, like, ctx);
  if (request.server !== undefined && !SERVER_URL.test(request.server))
    throw new ConfigurationError(
      `--server ${JSON.stringify(request.server)} is not a server URL (https://host[:port][/path])`,
    );
  if (request.server !== undefined && likeServers.length === 0)
    throw new ConfigurationError(
      `--server: the Applications of ${like.name} deploy to the cluster their Argo CD runs in, so there is no server to replace`,
    );
  return {
    name: { from: like.name, to: request.name },
    env: env && like.env ? { from: like.env, to: env.name } : null,
    likeEnv: like.env,
    server: request.server !== undefined ? { from: likeServers, to: request.server } : null,
    revision: env ? { from: revisionsOf(like, ctx), to: env.revision } : null,
    clusterLabel: ctx.config.clusterLabel,
    valueFile: bootstrapEntries(request.name, like, ctx, copied, env?.name ?? null),
  };
}

/** The environment the new cluster moves to, and the revision its clusters track; null when it stays. */
function envChange(
  request: NewClusterRequest,
  like: Cluster,
  ctx: PlanContext,
): { name: string; revision: string } | null {
  if (request.env === undefined || request.env === like.env) return null;
  const known = Object.keys(ctx.config.environments);
  if (!known.includes(request.env))
    throw new ConfigurationError(
      `--env ${JSON.stringify(request.env)} is not an environment (environments: ${known.join(', ')})`,
    );
  const member = ctx.topology.clusters.find((c) => c.env === request.env);
  const revision = member?.targetRevision ?? ctx.config.environments[request.env]!.ref;
  if (!PLAIN_NAME.test(request.env) || !PLAIN_NAME.test(revision))
    throw new ConfigurationError(
      `environment ${request.env} (ref ${revision}) cannot be written as it is: edit the copy by hand`,
    );
  return { name: request.env, revision };
}

/** What `like`'s revision is written as: its targetRevision, its ref, and HEAD when that is the default branch. */
function revisionsOf(like: Cluster, ctx: PlanContext): string[] {
  const out = new Set([like.targetRevision]);
  if (like.ref) out.add(like.ref);
  if (like.ref !== null && like.ref === ctx.topology.defaultBranch) out.add('HEAD');
  return [...out];
}

/**
 * A bootstrap `valueFiles` entry → the new cluster's: the copied file's name when it names one of
 * `like`'s own files, the new environment's file when it names the old environment's, else null.
 */
function bootstrapEntries(
  name: string,
  like: Cluster,
  ctx: PlanContext,
  copied: ReadonlyMap<string, string>,
  env: string | null,
): (entry: string) => string | null {
  const filesOf = new Map<string, string[]>();
  for (const v of clusterRecipe(ctx.files, like).valueFiles) {
    const entry = like.valueFiles[v.index];
    if (entry !== undefined && (v.kind === 'file' || v.kind === 'missing'))
      filesOf.set(entry, [...(filesOf.get(entry) ?? []), v.file]);
  }
  return (entry) => {
    const files = filesOf.get(entry) ?? [];
    if (files.some((f) => copied.has(f))) {
      if (!hasToken(entry, like.name))
        throw new ConfigurationError(
          `${like.name}'s values file entry ${entry} names its own file without its name: write ${name}'s bootstrap by hand`,
          { file: like.bootstrap!.file },
        );
      return entry.replace(nameToken(like.name), name);
    }
    if (env === null || like.env === null || !hasToken(entry, like.env)) return null;
    const moved = files.map((f) => f.replace(nameToken(like.env!), env));
    const missing = moved.find((f) => !ctx.files.isFile(f));
    if (missing !== undefined || files.length === 0)
      throw new ConfigurationError(
        `${like.name}'s values file ${entry} is its environment's; ${missing ?? entry.replace(nameToken(like.env), env)} of environment ${env} does not exist: create it first`,
        { file: like.bootstrap!.file },
      );
    return entry.replace(nameToken(like.env), env);
  };
}

function planFile(ctx: PlanContext, from: string, to: string, change: IdentityChange): PlannedFile {
  const text = ctx.files.text(from);
  if (text === null) throw new ConfigurationError(`${from} cannot be read`, { file: from });
  const edited = editIdentity(from, text, change);
  return { path: to, from, text: edited.text, replaced: edited.replaced, kept: edited.kept };
}
