import { createArgoCd } from '../argocd/client.js';
import { parseRepository } from '../github/client.js';
import { createGitHubPort } from '../github/port.js';
import type { Logger } from '../logger.js';
import type { ArgoCdPort } from '../ports/argocd.js';
import type { GitHubPort } from '../ports/github.js';
import type { CliIO } from './io.js';

/** The options every command that writes takes (promote, release, hotfix), for node:util parseArgs. */
export const WRITE_OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  remote: { type: 'string', default: 'origin' },
  repo: { type: 'string' },
  format: { type: 'string', default: 'text' },
  config: { type: 'string' },
  helm: { type: 'string' },
  'github-repo': { type: 'string' },
  'argocd-server': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * GitHub (`--github-repo` with `$GITHUB_TOKEN`) and Argo CD (`--argocd-server` with `$ARGOCD_TOKEN`)
 * for the commands that use them; each is null, with a notice naming what it costs, when its
 * option or token is absent. Tokens come from the environment only, never from arguments.
 */
export function cliPorts(
  values: { 'github-repo'?: string; 'argocd-server'?: string },
  io: CliIO,
  logger: Logger,
  without: { github: string; argocd: string },
): { github: GitHubPort | null; argocd: ArgoCdPort | null } {
  const token = io.env.GITHUB_TOKEN;
  let github: GitHubPort | null = null;
  if (values['github-repo'] && token) {
    const repo = parseRepository(values['github-repo']);
    github = createGitHubPort(token, io.env.GITHUB_API_URL ?? 'https://api.github.com', repo, logger);
  } else {
    logger.info(`notice: no --github-repo and $GITHUB_TOKEN: ${without.github}`);
  }
  const argocdToken = io.env.ARGOCD_TOKEN;
  const argocd =
    values['argocd-server'] && argocdToken
      ? createArgoCd({ server: values['argocd-server'], token: argocdToken })
      : null;
  if (!argocd) logger.info(`notice: no --argocd-server and $ARGOCD_TOKEN: ${without.argocd}`);
  return { github, argocd };
}
