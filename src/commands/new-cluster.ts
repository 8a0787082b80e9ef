import type { Finding } from '../findings.js';
import { isInCluster } from '../gitops/control-plane.js';
import { nameToken } from '../gitops/identity-edits.js';
import type {
  NewClusterOutcome,
  NewClusterPlan,
  NewClusterRequest,
  NewClusterValidation,
} from '../gitops/new-cluster-model.js';
import { planNewCluster } from '../gitops/new-cluster-plan.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import type { Logger } from '../logger.js';
import type { HelmPort } from '../ports/helm.js';
import { createFiles } from '../util/new-files.js';
import { plural } from '../util/plural.js';
import { isAbout } from './diff-verdict.js';
import { validate } from './validate.js';
import { discover, type DiscoverGit } from './validate-discover.js';
import { renderClusters } from './validate-render.js';
import { withTree, withTreeCopy, type TreeGit } from './with-tree.js';

export interface NewClusterOptions {
  /** The repository's working tree: where the files are written. */
  repoDir: string;
  git: DiscoverGit & TreeGit;
  helm: HelmPort;
  logger: Logger;
  configFile?: string;
  request: NewClusterRequest;
  /** Plan and validate, write nothing. */
  dryRun: boolean;
}

/**
 * Adds a cluster like another: plans its files from `like`'s (planNewCluster), validates the
 * repository with them in a copy of the working tree, and writes them only when the new cluster
 * validates clean and deploys to a server of its own (all of them, or none).
 */
export async function newCluster(o: NewClusterOptions): Promise<NewClusterOutcome> {
  const plan = await withTree(o.repoDir, undefined, o.git, (dir) => planFrom(o, dir));
  const validation = await withTreeCopy(o.repoDir, async (dir) => {
    await createFiles(
      dir,
      plan.files.map((f) => ({ rel: f.path, text: f.text })),
    );
    return validationOf(await validate(validateOptions(o, dir)), plan);
  });
  const problems = verdict(plan, validation, o.request);
  if (problems.length > 0) return { kind: 'invalid', plan, validation, problems };
  if (o.dryRun) return { kind: 'dry-run', plan, validation };
  await createFiles(
    o.repoDir,
    plan.files.map((f) => ({ rel: f.path, text: f.text })),
  );
  return { kind: 'written', plan, validation };
}

function validateOptions(o: NewClusterOptions, repoDir: string) {
  return {
    repoDir,
    git: o.git,
    helm: o.helm,
    logger: o.logger,
    ...(o.configFile ? { configFile: o.configFile } : {}),
  };
}

/** The plan, from the tree and what `like` renders (only `like` is rendered). */
async function planFrom(o: NewClusterOptions, dir: string): Promise<NewClusterPlan> {
  const d = await discover({ ...validateOptions(o, dir), clusters: [o.request.like] });
  const renders = await renderClusters(d, { helm: o.helm });
  return planNewCluster(o.request, {
    files: d.files,
    config: d.config,
    topology: d.all,
    likeApps: renders.apps,
  });
}

function validationOf(result: ValidateResult, plan: NewClusterPlan): NewClusterValidation {
  const ownFile = new Set(plan.files.map((f) => f.path));
  const about = result.findings.filter(
    (f) => isAbout(f, plan.name) || (f.file !== null && ownFile.has(f.file)),
  );
  const summary = result.clusters.find((c) => c.name === plan.name);
  const servers = new Set<string>();
  for (const a of result.apps) {
    const d = a.object.spec?.destination;
    if (a.cluster.name === plan.name && d && typeof d.server === 'string' && d.server && !isInCluster(d))
      servers.add(d.server);
  }
  const shared = sharedWithLike(result.findings, plan);
  const errors = about.filter((f) => f.severity === 'error');
  const inherited = errors.filter(shared).length;
  return {
    rendered: summary?.rendered ?? false,
    applications: summary?.applications ?? 0,
    findings: about,
    errors: errors.length - inherited,
    inherited,
    warnings: about.filter((f) => f.severity === 'warning').length,
    otherErrors: result.counts.error - errors.length,
    servers: [...servers].sort(),
  };
}

/**
 * Whether a finding about the new cluster is one `like` has too: one finding naming both, or the
 * same rule and message at the same place of `like`'s file (names aside).
 */
function sharedWithLike(findings: readonly Finding[], plan: NewClusterPlan): (f: Finding) => boolean {
  const key = (f: Finding, cluster: string) =>
    JSON.stringify([
      f.rule,
      f.message.replaceAll(cluster, '\u0000'),
      f.file?.replace(nameToken(cluster), plan.name) ?? null,
      f.line,
      f.column,
    ]);
  const like = new Set(
    findings.filter((f) => isAbout(f, plan.like) && !isAbout(f, plan.name)).map((f) => key(f, plan.like)),
  );
  return (f) => isAbout(f, plan.like) || like.has(key(f, plan.name));
}

/** Why the new cluster is not written: it does not validate clean, or it would deploy where `like` does. */
function verdict(plan: NewClusterPlan, v: NewClusterValidation, request: NewClusterRequest): string[] {
  const problems: string[] = [];
  if (!v.rendered)
    problems.push(
      `${plan.name} is not rendered with its files in place (is ${plan.files[0]!.path} one of the bootstrap files the config names?)`,
    );
  if (v.errors > 0) problems.push(`validation finds ${plural(v.errors, 'error')} about ${plan.name}`);
  const shared = v.servers.filter((s) => plan.likeServers.includes(s));
  if (shared.length > 0)
    problems.push(
      `${plan.name} would deploy to ${shared.join(', ')}, where ${plan.like} deploys: give its own --server`,
    );
  const other = request.server === undefined ? [] : v.servers.filter((s) => s !== request.server);
  if (other.length > 0 && shared.length === 0)
    problems.push(
      `${plan.name} deploys to ${other.join(', ')}, not to --server ${request.server}: its files do not write the server; set it by hand`,
    );
  return problems;
}
