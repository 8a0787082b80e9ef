import { ConfigurationError } from '../errors.js';
import { getOctokit } from '@actions/github';
import type { Logger } from '../logger.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryingRequest } from './retry.js';
import { DEFAULT_TIMEOUT_MS, timedFetch } from './transport.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export type { RepoRef } from '../ports/github.js';
import type { RepoRef } from '../ports/github.js';

export interface GitHubClientOptions extends Partial<RetryPolicy> {
  /** Per request (one attempt), body included. Default 30 s. */
  timeoutMs?: number;
}

/** The environment variable an action reads its HTTP timeout from (milliseconds), for GitHub and Argo CD. */
export const HTTP_TIMEOUT_ENV = 'GITOPS_PROMOTION_HTTP_TIMEOUT_MS';

/** The timeout set in GITOPS_PROMOTION_HTTP_TIMEOUT_MS, or undefined (the default) when unset. */
export function httpTimeoutFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[HTTP_TIMEOUT_ENV]?.trim();
  if (!raw) return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new ConfigurationError(
      `${HTTP_TIMEOUT_ENV} must be a positive number of milliseconds, got "${raw}"`,
    );
  return ms;
}

/**
 * Octokit against `apiUrl` (GITHUB_API_URL on a runner, GHES included). Every request ends within the
 * timeout; idempotent ones are retried a bounded number of times, a POST never blindly (retry.ts). The
 * token goes in the Authorization header only, never in a URL or log.
 */
export function createGitHubClient(
  token: string,
  apiUrl: string,
  logger: Logger,
  options: GitHubClientOptions = {},
): GitHubClient {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, ...policy } = options;
  const gh = getOctokit(token, {
    baseUrl: apiUrl.replace(/\/+$/, ''),
    request: { fetch: timedFetch(timeoutMs) },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.warning(m), error: () => {} },
  });
  gh.hook.wrap('request', retryingRequest({ ...DEFAULT_RETRY_POLICY, ...policy }, logger));
  return gh;
}

/** `owner/name` → RepoRef; a clear error for anything else. */
export function parseRepository(full: string): RepoRef {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(full.trim());
  if (!m) throw new ConfigurationError(`repository must be owner/name, got "${full}"`);
  return { owner: m[1]!, repo: m[2]! };
}
