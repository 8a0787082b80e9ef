import { createArgoCd } from '../argocd/client.js';
import { httpTimeoutFromEnv, parseRepository } from '../github/client.js';
import { createGitHubPort } from '../github/port.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { GitHubPort } from '../ports/github.js';
import { coreLogger } from './logger.js';

/**
 * GitHub (the `token` input and `GITHUB_REPOSITORY`) and Argo CD (`argocd-server` and
 * `argocd-token`) for an action step; each is null when its inputs are absent.
 */
export function actionPorts(
  inputs: { token: string; 'argocd-server'?: string | undefined; 'argocd-token'?: string | undefined },
  env: NodeJS.ProcessEnv,
): { github: GitHubPort | null; argocd: ArgoCdPort | null } {
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
  return { github, argocd };
}

/** The web URL of the repository (`https://github.com/o/r`) and of this workflow run, when known. */
export function runLinks(env: NodeJS.ProcessEnv): { repoUrl?: string; runUrl?: string } {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (!env.GITHUB_REPOSITORY) return {};
  const repoUrl = `${server}/${env.GITHUB_REPOSITORY}`;
  return {
    repoUrl,
    ...(env.GITHUB_RUN_ID ? { runUrl: `${repoUrl}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
}
