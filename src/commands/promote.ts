import { ConfigurationError } from '../errors.js';
import { fileLine } from '../findings.js';
import { branch } from '../git/refs.js';
import { loadConfig, type Config, type PromotionEdge } from '../gitops/config.js';
import { RepoFiles } from '../gitops/repo-files.js';
import { discoverTopology } from '../gitops/topology.js';
import { repoContext } from '../gitops/repo-context.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { HelmPort } from '../ports/helm.js';
import { describeEdges, edgeSettings, findEdge } from '../promote/edge-settings.js';
import { evaluateGates, type GateContext } from '../promote/gates.js';
import type { PromoteResult } from '../promote/model.js';
import { runPromotion, type PromotionRequest } from '../promote/run.js';
import { readRepoFacts } from './repo-facts.js';
import { validate } from './validate.js';
import { envForRef } from '../gitops/env-for-ref.js';

export {
  FAILED_OUTCOMES,
  type Outcome,
  type PromotedCommit,
  type PromoteResult,
  type Strategy,
} from '../promote/model.js';

export interface PromoteOptions extends PromotionRequest {
  /** A clone with `remote` configured; only remote-tracking refs are used, the work tree is not touched. */
  repoDir: string;
  /** For the validation gate; null only when the gates are skipped. */
  helm: HelmPort | null;
  argocd: ArgoCdPort | null;
  configFile?: string;
  /** The default branch the platform names (the GitHub event's `repository.default_branch`). */
  eventDefaultBranch?: string;
  now?: Date;
  /** The workflow run doing the promotion (`GITHUB_RUN_ID`): its own check runs are not gates. */
  ownRunId?: string;
}

/**
 * Promotes `from` into `to` (a configured edge): the candidate's gates, then a fast-forward or a merge
 * commit of `to`, pushed with a lease (src/promote/run.ts).
 */
export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const config = loadConfig(options.repoDir, options.configFile);
  const edge = requireEdge(config, options.from, options.to);
  return runPromotion(options, async (candidate) => {
    const facts = await readRepoFacts(options.git, options.eventDefaultBranch);
    if (options.skipGatesReason !== undefined) return [];
    return options.git.withExportedTree(candidate, (dir) =>
      evaluateGates(gateContext(options, config, edge, candidate, dir, facts)),
    );
  });
}

function requireEdge(config: Config, from: string, to: string): PromotionEdge {
  const edge = findEdge(config.promotion, from, to);
  if (!edge) {
    throw new ConfigurationError(
      `${from} → ${to} is not a promotion edge (configured: ${describeEdges(config.promotion)})`,
    );
  }
  return edge;
}

/** What the gates look at; `dir` holds the candidate's tree. */
function gateContext(
  options: PromoteOptions,
  config: Config,
  edge: PromotionEdge,
  candidate: string,
  dir: string,
  facts: Awaited<ReturnType<typeof readRepoFacts>>,
): GateContext {
  const fromEnv = envForRef(config, options.from);
  const candidateConfig = loadConfig(dir, options.configFile);
  const topology = discoverTopology(
    new RepoFiles(dir, candidateConfig.limits),
    candidateConfig,
    repoContext(candidateConfig, facts),
  );
  return {
    edge: {
      from: branch(options.from),
      to: branch(options.to),
      candidate,
      soakEnvironment: fromEnv,
      // The candidate's clusters that track `from`: their Applications must be healthy at the candidate.
      clusters: topology.clusters.filter((c) => c.ref === options.from).map((c) => c.name),
    },
    settings: edgeSettings(config.promotion, edge),
    clusterLabel: candidateConfig.clusterLabel,
    repoURL: topology.repoURL,
    ownRunId: options.ownRunId ?? null,
    now: options.now ?? new Date(),
    git: options.git,
    github: options.github,
    argocd: options.argocd,
    validateCandidate: () => validateCandidate(options, dir),
  };
}

async function validateCandidate(
  options: PromoteOptions,
  dir: string,
): Promise<{ errors: number; first: string | null }> {
  if (!options.helm) throw new ConfigurationError('the validation gate needs helm');
  const r = await validate({
    repoDir: dir,
    git: options.git,
    ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
    helm: options.helm,
    logger: options.logger,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const first = r.findings.find((f) => f.severity === 'error');
  return { errors: r.counts.error, first: first ? `${fileLine(first)} ${first.message}`.trim() : null };
}
