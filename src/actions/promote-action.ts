import * as core from '@actions/core';
import { createArgoCd } from '../argocd/client.js';
import { diff } from '../commands/diff.js';
import { FAILED_OUTCOMES, promote, type PromoteResult, type Strategy } from '../commands/promote.js';
import { readRepoFacts } from '../commands/repo-facts.js';
import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { httpTimeoutFromEnv, parseRepository } from '../github/client.js';
import { createGitHubPort } from '../github/port.js';
import { loadConfig } from '../gitops/config.js';
import { repoContext } from '../gitops/repo-context.js';
import { RepoFiles } from '../gitops/repo-files.js';
import { discoverTopology } from '../gitops/topology.js';
import { createHelm, type Helm, resolveHelmBinary } from '../helm/helm.js';
import { mermaidPath, pendingCounts, recordDeployment } from '../promote/record.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { renderDiffMarkdown } from '../report/diff-markdown.js';
import { renderPromoteMarkdown } from '../report/promote-report.js';
import { eventDefaultBranch, readEvent } from './event.js';
import { booleanInput, readInputs, type InputSpec } from './inputs.js';
import { runStep } from './run-step.js';
import { coreLogger } from './logger.js';
import { gitAuthEnv } from './git-auth.js';
import { workspacePath } from './workspace.js';
import { envForRef } from '../gitops/env-for-ref.js';

export interface PromoteInputs {
  from: string;
  to: string;
  sha: string;
  strategy: string;
  mode: string;
  'dry-run': string;
  'skip-gates': string;
  reason: string;
  path: string;
  config: string;
  helm: string;
  token: string;
  'argocd-server': string;
  'argocd-token': string;
  deployment: string;
  remote: string;
}

export const PROMOTE_INPUTS: Record<keyof PromoteInputs, InputSpec> = {
  from: {},
  to: {},
  sha: {},
  strategy: { oneOf: ['fast-forward', 'merge'] },
  mode: { oneOf: ['push', 'pull-request'] },
  'dry-run': { oneOf: ['true', 'false'] },
  'skip-gates': { oneOf: ['true', 'false'] },
  reason: {},
  path: {},
  config: {},
  helm: {},
  token: {},
  'argocd-server': {},
  'argocd-token': {},
  deployment: { oneOf: ['true', 'false'] },
  remote: {},
};

export async function promoteStep(
  inputs: PromoteInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const skip = booleanInput('skip-gates', inputs['skip-gates'], false);
  if (skip && !inputs.reason.trim()) throw new ConfigurationError('input skip-gates needs a reason');
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const repoDir = workspacePath(workspace, inputs.path);
  const repository = env.GITHUB_REPOSITORY ? parseRepository(env.GITHUB_REPOSITORY) : null;
  const timeoutMs = httpTimeoutFromEnv(env);
  const github =
    inputs.token && repository
      ? createGitHubPort(
          inputs.token,
          env.GITHUB_API_URL ?? 'https://api.github.com',
          repository,
          coreLogger,
          timeoutMs ? { timeoutMs } : {},
        )
      : null;
  const argocd =
    inputs['argocd-server'] && inputs['argocd-token']
      ? createArgoCd({
          server: inputs['argocd-server'],
          token: inputs['argocd-token'],
          ...(timeoutMs ? { timeoutMs } : {}),
        })
      : null;
  if (!argocd) core.info('notice: no argocd-server and argocd-token: the Argo CD health gate is skipped');
  const helm = createHelm(resolveHelmBinary(inputs.helm || undefined, env));
  const gitEnv = gitAuthEnv(inputs.token, env);
  const remote = inputs.remote || 'origin';
  const defaultBranch = eventDefaultBranch(readEvent(env));
  const result = await promote({
    repoDir,
    remote,
    from: inputs.from || 'dev',
    to: inputs.to || 'staging',
    ...(inputs.sha ? { sha: inputs.sha } : {}),
    strategy: (inputs.strategy || 'fast-forward') as Strategy,
    mode: inputs.mode === 'pull-request' ? 'pull-request' : 'push',
    dryRun: booleanInput('dry-run', inputs['dry-run'], false),
    ...(skip ? { skipGatesReason: inputs.reason.trim() } : {}),
    helm,
    logger: coreLogger,
    env: gitEnv,
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
  const config = loadConfig(repoDir, inputs.config || undefined);
  const toEnv = envForRef(config, result.to);
  if (result.promoted && github && toEnv && booleanInput('deployment', inputs.deployment, true)) {
    const runUrl = env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
    // The push has happened: a record that cannot be written is a warning, never a failed promotion.
    try {
      const id = await recordDeployment(github, result, toEnv, runUrl);
      coreLogger.info(`deployment ${id} recorded for environment ${toEnv}`);
    } catch (e) {
      // An annotation: the toolkit escapes its message onto one line, so it can start no other command.
      core.warning(`the deployment of ${toEnv} could not be recorded: ${(e as Error).message}`);
    }
  }
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
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const parts = [
    renderPromoteMarkdown(result, env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : undefined),
  ];
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
      const facts = await readRepoFacts(repoDir, gitEnv, defaultBranch);
      const topology = discoverTopology(
        new RepoFiles(repoDir, config.limits),
        config,
        repoContext(config, facts),
      );
      const clusters = topology.clusters.filter((c) => c.ref === result.to).map((c) => c.name);
      if (clusters.length > 0) {
        const changes = await diff({
          repoDir,
          base: result.previous,
          head: result.sha,
          helm,
          logger: coreLogger,
          env: gitEnv,
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
  await runStep(() => promoteStep(readInputs<PromoteInputs>(PROMOTE_INPUTS)));
}
