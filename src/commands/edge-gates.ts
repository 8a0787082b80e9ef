import { ConfigurationError } from '../errors.js';
import { fileLine } from '../findings.js';
import type { Config, PromotionEdge } from '../gitops/config.js';
import { loadConfig } from '../gitops/config.js';
import { repoContext } from '../gitops/repo-context.js';
import { RepoFiles } from '../gitops/repo-files.js';
import { discoverTopology, type Topology } from '../gitops/topology.js';
import type { Logger } from '../logger.js';
import { edgeSettings } from '../promote/edge-settings.js';
import { evaluateGates, type GateEdge, type GateResult } from '../promote/gates.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { GitPort } from '../ports/git.js';
import type { GitHubPort } from '../ports/github.js';
import type { HelmPort } from '../ports/helm.js';
import { readRepoFacts } from './repo-facts.js';
import { validate } from './validate.js';

/** What evaluating an edge's gates on a candidate needs (promote, release and hotfix alike). */
export interface EdgeGatesOptions {
  git: GitPort;
  github: GitHubPort | null;
  argocd: ArgoCdPort | null;
  /** For the validation gate; null only when the gates are skipped. */
  helm: HelmPort | null;
  logger: Logger;
  configFile?: string;
  eventDefaultBranch?: string;
  now?: Date;
  ownRunId?: string;
}

/** The candidate's topology, read from its exported tree `dir` with the config found there. */
export async function candidateTopology(
  options: Pick<EdgeGatesOptions, 'git' | 'configFile' | 'eventDefaultBranch'>,
  dir: string,
): Promise<{ config: Config; topology: Topology }> {
  const facts = await readRepoFacts(options.git, options.eventDefaultBranch);
  const config = loadConfig(dir, options.configFile);
  const topology = discoverTopology(new RepoFiles(dir, config.limits), config, repoContext(config, facts));
  return { config, topology };
}

/**
 * The gates `edge` (from the config in force, `config`) applies to the candidate whose tree is
 * `dir` (its config and topology: `candidate`); `gateEdge.clusters` are those whose Applications
 * must run the candidate Synced and Healthy.
 */
export async function evaluateEdgeGates(
  options: EdgeGatesOptions,
  config: Config,
  edge: PromotionEdge,
  gateEdge: GateEdge,
  dir: string,
  candidate: { config: Config; topology: Topology },
): Promise<GateResult[]> {
  const { config: candidateConfig, topology } = candidate;
  return evaluateGates({
    edge: gateEdge,
    settings: edgeSettings(config.promotion, edge),
    clusterLabel: candidateConfig.clusterLabel,
    repoURL: topology.repoURL,
    ownRunId: options.ownRunId ?? null,
    now: options.now ?? new Date(),
    git: options.git,
    github: options.github,
    argocd: options.argocd,
    validateCandidate: () => validateCandidate(options, dir),
  });
}

async function validateCandidate(
  options: EdgeGatesOptions,
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
