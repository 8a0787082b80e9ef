import * as core from '@actions/core';
import { diff } from '../commands/diff.js';
import { FAILED_OUTCOMES, promote, type PromoteResult } from '../commands/promote.js';
import { readRepoFacts } from '../commands/repo-facts.js';
import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { loadConfig } from '../gitops/config.js';
import { repoContext } from '../gitops/repo-context.js';
import { RepoFiles } from '../gitops/repo-files.js';
import { discoverTopology } from '../gitops/topology.js';
import { createHelm, type Helm, resolveHelmBinary } from '../helm/helm.js';
import { mermaidPath, pendingCounts } from '../promote/record.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { renderDiffMarkdown } from '../report/diff-markdown.js';
import { renderPromoteMarkdown } from '../report/promote-report.js';
import { recordPromotion } from './deployment-record.js';
import { eventDefaultBranch, readEvent } from './event.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { runStep } from './run-step.js';
import { coreLogger } from './logger.js';
import { gitAuthEnv } from './git-auth.js';
import { actionPorts, runLinks } from './ports.js';
import { WRITE_INPUTS } from './write-settings.js';
import { workspacePath } from './workspace.js';
import { envForRef } from '../gitops/env-for-ref.js';

/** The inputs of actions/promote/action.yml (test/unit/action-inputs-contract.test.ts keeps them equal). */
export const PROMOTE_INPUTS = inputSpecs({
  from: { type: 'string', default: 'dev' },
  to: { type: 'string', default: 'staging' },
  sha: { type: 'string' },
  strategy: { type: 'enum', oneOf: ['fast-forward', 'merge'], default: 'fast-forward' },
  mode: { type: 'enum', oneOf: ['push', 'pull-request'], default: 'push' },
  'dry-run': { type: 'boolean', default: false },
  'skip-gates': { type: 'boolean', default: false },
  reason: { type: 'string' },
  deployment: { type: 'boolean', default: true },
  ...WRITE_INPUTS,
});

export type PromoteInputs = Inputs<typeof PROMOTE_INPUTS>;

export async function promoteStep(
  inputs: PromoteInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const skip = inputs['skip-gates'];
  if (skip && !inputs.reason) throw new ConfigurationError('input skip-gates needs a reason');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const repoDir = workspacePath(workspace, inputs.path);
  const { github, argocd } = actionPorts(inputs, env);
  if (!argocd) core.info('notice: no argocd-server and argocd-token: the Argo CD health gate is skipped');
  const helm = createHelm(resolveHelmBinary(inputs.helm, env));
  const gitEnv = gitAuthEnv(inputs.token, env);
  const remote = inputs.remote;
  const defaultBranch = eventDefaultBranch(readEvent(env));
  const result = await promote({
    repoDir,
    remote,
    from: inputs.from,
    to: inputs.to,
    ...(inputs.sha ? { sha: inputs.sha } : {}),
    strategy: inputs.strategy,
    mode: inputs.mode,
    dryRun: inputs['dry-run'],
    ...(skip ? { skipGatesReason: inputs.reason } : {}),
    helm,
    logger: coreLogger,
    git: createGit(repoDir, gitEnv),
    github,
    argocd,
    ...(inputs.config ? { configFile: inputs.config } : {}),
    ...(env.GITHUB_RUN_ID ? { ownRunId: env.GITHUB_RUN_ID } : {}),
    ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
  });
  // The outputs are there even when recording the deployment or writing the summary fails below.
  core.setOutput('promoted', String(result.promoted));
  core.setOutput('sha', result.sha ?? '');
  core.setOutput('commits', JSON.stringify(result.commits));
  core.setOutput('gates', JSON.stringify(result.gates));
  const config = loadConfig(repoDir, inputs.config);
  const toEnv = envForRef(config, result.to);
  if (inputs.deployment) await recordPromotion(github, result, toEnv, env);
  await writeSummary(result, repoDir, remote, helm, gitEnv, config, env, defaultBranch);
  return FAILED_OUTCOMES.includes(result.outcome) ? result.message : null;
}

async function writeSummary(
  result: PromoteResult,
  repoDir: string,
  remote: string,
  helm: Helm,
  gitEnv: NodeJS.ProcessEnv,
  config: ReturnType<typeof loadConfig>,
  env: NodeJS.ProcessEnv,
  defaultBranch: string | undefined,
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  const parts = [renderPromoteMarkdown(result, runLinks(env).repoUrl)];
  const envPath = Object.values(config.environments).map((e) => e.ref);
  const git = createGit(repoDir, gitEnv);
  parts.push(
    '### Promotion path',
    '',
    mermaidPath(envPath, await pendingCounts(git, remote, envPath), result),
    '',
  );
  if (result.promoted && result.sha) {
    try {
      // Merged through a pull request, the new head of `to` was made by GitHub: fetch it.
      if (result.pullRequest) await git.fetch(remote, [result.to]);
      const facts = await readRepoFacts(git, defaultBranch);
      const topology = discoverTopology(
        new RepoFiles(repoDir, config.limits),
        config,
        repoContext(config, facts),
      );
      const clusters = topology.clusters.filter((c) => c.ref === result.to).map((c) => c.name);
      if (clusters.length > 0) {
        const changes = await diff({
          git,
          base: result.previous,
          head: result.sha,
          helm,
          logger: coreLogger,
          ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
          clusters,
        });
        parts.push(`### What changes on ${result.to}'s clusters`, '', renderDiffMarkdown(changes));
      }
    } catch (e) {
      parts.push(`> ⚠️ The diff of ${result.to}'s clusters could not be rendered: ${(e as Error).message}`);
    }
  }
  const text = truncateBytes(parts.join('\n'), SUMMARY_MAX_BYTES, 'The summary was cut at 1 MiB.');
  await core.summary.addRaw(text).write();
}

export async function run(): Promise<void> {
  await runStep(() => promoteStep(readInputs(PROMOTE_INPUTS)));
}
