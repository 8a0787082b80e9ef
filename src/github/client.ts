import { ConfigurationError } from '../errors.js';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../logger.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Octokit against `apiUrl` (GITHUB_API_URL on a runner, GHES included) with retries and
 * rate-limit handling. The token goes in the Authorization header only, never in a URL or log.
 */
export function createGitHubClient(token: string, apiUrl: string, logger: Logger): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl.replace(/\/+$/, ''),
      request: { retries: 2 },
      throttle: {
        onRateLimit: (after: number, opts: { method: string; url: string }, _o: unknown, count: number) => {
          logger.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying after ${after}s`);
          return count < 2;
        },
        onSecondaryRateLimit: (after: number, opts: { method: string; url: string }) => {
          logger.warning(
            `GitHub secondary rate limit on ${opts.method} ${opts.url}; waiting ${after}s is not done`,
          );
          return false;
        },
      },
    },
    retry,
    throttling,
  );
}

/** `owner/name` → RepoRef; a clear error for anything else. */
export function parseRepository(full: string): RepoRef {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(full.trim());
  if (!m) throw new ConfigurationError(`repository must be owner/name, got "${full}"`);
  return { owner: m[1]!, repo: m[2]! };
}
