import type { Config } from '../gitops/config.js';
import { envForRef } from '../gitops/env-for-ref.js';
import type { RenderedApp } from '../gitops/applications.js';
import type { Cluster } from '../gitops/topology.js';
import type { Logger } from '../logger.js';
import type { GitPort } from '../ports/git.js';
import type { HelmPort } from '../ports/helm.js';
import {
  compareEnvironments,
  MAX_PAIR_FINDINGS,
  wrongRevisions,
  type RenderedEnvironment,
} from '../drift/environment-compare.js';
import type { EnvironmentPair, EnvironmentSection } from '../drift/model.js';
import type { RemoteHead } from '../drift/refs.js';
import { chainEdges } from '../drift/promotion.js';
import { ProgressSteps } from '../util/progress.js';
import { discover, selectClusters } from './validate-discover.js';
import { renderClusters } from './validate-render.js';

/** An environment rendered at the commit its ref is at, or why it could not be. */
export type EnvironmentRender =
  | {
      state: 'rendered';
      env: string;
      sha: string;
      rendered: RenderedEnvironment;
      repoURLs: string[];
      /** The environment's clusters as its ref's tree defines them. */
      clusters: Cluster[];
    }
  | { state: 'unknown'; env: string; reason: string };

export interface EnvironmentRenderOptions {
  git: GitPort;
  helm: HelmPort;
  logger: Logger;
  config: Config;
  heads: ReadonlyMap<string, RemoteHead>;
  eventDefaultBranch?: string;
}

/** Each configured environment's clusters, rendered from its ref's tree as Argo CD would. */
export async function renderEnvironments(options: EnvironmentRenderOptions): Promise<EnvironmentRender[]> {
  const renders: EnvironmentRender[] = [];
  for (const [env, { ref }] of Object.entries(options.config.environments)) {
    const head = options.heads.get(ref);
    if (!head) {
      renders.push({ state: 'unknown', env, reason: `its ref ${ref} does not exist` });
      continue;
    }
    renders.push(await renderEnvironment(options, env, ref, head.sha));
  }
  return renders;
}

async function renderEnvironment(
  options: EnvironmentRenderOptions,
  env: string,
  ref: string,
  sha: string,
): Promise<EnvironmentRender> {
  // discover's "Found N clusters" twice per environment is noise here: one line per environment instead.
  const logger: Logger = {
    debug: (m) => options.logger.debug(m),
    info: (m) => options.logger.debug(m),
    warning: (m) => options.logger.warning(m),
  };
  return options.git.withExportedTree(sha, async (dir) => {
    const all = await discover({
      repoDir: dir,
      git: options.git,
      logger,
      revision: sha,
      ...(options.eventDefaultBranch ? { eventDefaultBranch: options.eventDefaultBranch } : {}),
    });
    const clusters = all.topology.clusters.filter((c) => c.env === env || (c.env === null && c.ref === ref));
    const names = clusters.map((c) => c.name);
    if (clusters.length === 0)
      return { state: 'unknown', env, reason: `no cluster of environment ${env} is defined at ${ref}` };
    // The tree read once: its environment's clusters selected from it (no second config, facts and topology).
    const d = selectClusters(all, names, logger);
    const progress = new ProgressSteps(options.logger, `clusters of environment ${env} rendered`);
    const renders = await renderClusters(d, { helm: options.helm, progress });
    const failed = names.filter((c) => !renders.rendered.has(c));
    if (failed.length > 0)
      return { state: 'unknown', env, reason: `${failed.join(', ')} did not render at ${ref}` };
    const apps: RenderedApp[] = renders.apps;
    options.logger.info(`environment ${env} rendered at ${ref} (${sha.slice(0, 7)}): ${names.join(', ')}`);
    return {
      state: 'rendered',
      env,
      sha,
      clusters,
      repoURLs: d.topology.repoURLs,
      rendered: { env, ref, defaultBranch: d.topology.defaultBranch, apps },
    };
  });
}

/** Each edge between two environments compared; an environment that did not render leaves its pairs unknown. */
export function environmentSection(
  config: Config,
  renders: readonly EnvironmentRender[],
): EnvironmentSection {
  const byEnv = new Map(renders.map((r) => [r.env, r]));
  const pairs: EnvironmentPair[] = [];
  const seen = new Set<string>();
  for (const edge of chainEdges(config)) {
    const [up, down] = [envForRef(config, edge.from), envForRef(config, edge.to)];
    if (!up || !down || up === down || seen.has(`${up} ${down}`)) continue;
    seen.add(`${up} ${down}`);
    pairs.push(comparePair(config, byEnv.get(up), byEnv.get(down), up, down, pairs.length === 0));
  }
  return { state: 'computed', pairs };
}

function comparePair(
  config: Config,
  up: EnvironmentRender | undefined,
  down: EnvironmentRender | undefined,
  upstream: string,
  downstream: string,
  first: boolean,
): EnvironmentPair {
  const unknown = [up, down].find((r) => r?.state !== 'rendered');
  if (!up || !down || up.state !== 'rendered' || down.state !== 'rendered') {
    const reason = unknown?.state === 'unknown' ? `${unknown.env}: ${unknown.reason}` : 'not rendered';
    return { upstream, downstream, state: 'unknown', reason, findings: [] };
  }
  const repoURLs = [...new Set([...up.repoURLs, ...down.repoURLs])];
  const findings = compareEnvironments(up.rendered, down.rendered, {
    repoURLs,
    allowValues: config.drift.allowValues,
    downstreamOnly: config.drift.downstreamOnly,
    clusterLabel: config.clusterLabel,
  });
  // Each side's revisions; the first environment of the chain is nobody's downstream: checked with its first pair.
  const waves = config.release.waves.map((w) => w.tag);
  const sides = first ? [up.rendered, down.rendered] : [down.rendered];
  const unknowns: string[] = [];
  const revisions = sides.flatMap((side) => {
    const r = wrongRevisions(side, repoURLs, waves);
    if (r.unknown.length > 0)
      unknowns.push(
        `${side.env}: ${r.unknown.length} Applications track HEAD and the default branch is not known (set defaultBranch in the config): their revision was not checked`,
      );
    return r.findings;
  });
  findings.unshift(...revisions);
  const pair: EnvironmentPair = {
    upstream,
    downstream,
    state: 'compared',
    findings: findings.slice(0, MAX_PAIR_FINDINGS),
    ...(unknowns.length > 0 ? { unknowns } : {}),
  };
  const omitted = findings.slice(MAX_PAIR_FINDINGS);
  if (omitted.length > 0) {
    pair.omitted = omitted.length;
    pair.omittedErrors = omitted.filter((f) => f.kind !== 'values').length;
  }
  return pair;
}
