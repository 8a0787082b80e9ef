/**
 * One translation of a failed GitHub request into a one-line message for the step log: what was being
 * done (`create the diff comment on PR #12`), the endpoint (`POST /repos/o/r/issues/12/comments`), what
 * GitHub answered, and what to check. Never a stack trace, never the token (it is in no URL or message).
 */
import { ConfigurationError } from '../errors.js';
import { isAmbiguousFailure, rateLimit } from './retry.js';
import { endpointOf, TransportError } from './transport.js';

/** What the token needs for an operation, e.g. `pull-requests: write (issues: write)`. */
export type Permission = string;

export const COMMENT_PERMISSION: Permission = 'pull-requests: write (issues: write)';

/** A GitHub request that failed; its message is the whole story, on one line. */
export class GitHubApiError extends ConfigurationError {
  readonly status: number | undefined;
  readonly endpoint: string | null;
  /** GitHub may have performed the request (5xx, timeout, dropped connection, malformed answer). */
  readonly ambiguous: boolean;

  constructor(message: string, details: { status?: number; endpoint: string | null; ambiguous: boolean }) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = details.status;
    this.endpoint = details.endpoint;
    this.ambiguous = details.ambiguous;
  }
}

interface OctokitFailure {
  status?: number;
  message?: string;
  cause?: unknown;
  request?: { method?: string; url?: string };
}

/** The `METHOD /path` of an Octokit error, when it has one. */
export function failedEndpoint(error: unknown): string | null {
  const request = (error as OctokitFailure | null)?.request;
  return request?.url ? endpointOf(request.method, request.url) : null;
}

/**
 * `could not <action>: <endpoint> <what happened>; <what to check>`. `needs` is the permission the
 * token must have for the operation, named in the hint of a 403 or 404.
 */
export function gitHubError(error: unknown, action: string, needs?: Permission): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = (error ?? {}) as OctokitFailure;
  const endpoint = failedEndpoint(error);
  const transport =
    e.cause instanceof TransportError ? e.cause : error instanceof TransportError ? error : null;
  const status = transport ? undefined : e.status;
  const said = oneLine(transport?.message ?? e.message ?? String(error));
  const happened = transport
    ? said
    : status
      ? `${endpoint ?? 'the request'} answered HTTP ${status}${said ? ` (${said})` : ''}`
      : `${endpoint ?? 'the request'} failed: ${said}`;
  const hint = hintFor(error, status, transport !== null, needs);
  return new GitHubApiError(`could not ${action}: ${happened}${hint ? `; ${hint}` : ''}`, {
    ...(status !== undefined ? { status } : {}),
    endpoint,
    ambiguous: isAmbiguousFailure(error),
  });
}

function hintFor(error: unknown, status: number | undefined, transport: boolean, needs?: Permission): string {
  if (transport || (status !== undefined && status >= 500))
    return 'GitHub failed or did not answer in time: re-run the job, and check GITHUB_API_URL if it persists';
  const limited = rateLimit(error);
  if (limited) {
    const wait = limited.seconds === null ? '' : ` (it lifts in ${Math.ceil(limited.seconds)}s)`;
    return `GitHub's rate limit was hit${wait}: re-run the job later`;
  }
  const token = needs ? `the token needs ${needs}` : 'check the token’s permissions';
  if (status === 401) return 'the token was rejected (expired or revoked): check the token input';
  if (status === 403) return `the token is not allowed to: ${token}`;
  if (status === 404)
    return `not found, or not visible to the token: check the repository and number, and ${token}`;
  if (status === 422) return 'GitHub refused the request as invalid';
  return '';
}

/** GitHub's messages can span lines (`Invalid request.\n\n…`): one line, bounded, for the step log. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
