import { ConfigurationError } from '../errors.js';
import { branch } from '../git/refs.js';
import { loadConfig, type Config, type PromotionEdge } from '../gitops/config.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { HelmPort } from '../ports/helm.js';
import { describeEdges, findEdge } from '../promote/edge-settings.js';
import type { GateEdge } from '../promote/gates.js';
import type { PromoteResult } from '../promote/model.js';
import { runPromotion, type PromotionRequest } from '../promote/run.js';
import { candidateTopology, evaluateEdgeGates } from './edge-gates.js';
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
    if (options.skipGatesReason !== undefined) return [];
    return options.git.withExportedTree(candidate, async (dir) => {
      const read = await candidateTopology(options, dir);
      const gateEdge: GateEdge = {
        from: branch(options.from),
        to: branch(options.to),
        candidate,
        soakEnvironment: envForRef(config, options.from),
        // The candidate's clusters that track `from`: their Applications must be healthy at the candidate.
        clusters: read.topology.clusters.filter((c) => c.ref === options.from).map((c) => c.name),
      };
      return evaluateEdgeGates(options, config, edge, gateEdge, dir, read);
    });
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
