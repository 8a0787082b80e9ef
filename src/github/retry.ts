/**
 * When a failed GitHub request is sent again. Idempotent methods are retried (at most `retries` times,
 * with a doubling delay) after a 5xx, a timeout, a dropped connection or a malformed answer. A POST never
 * is: GitHub may have performed it (its caller decides, e.g. by listing what exists). Any method waits out
 * a short rate limit once, but a POST only when GitHub says it was rate-limited (so it was not performed).
 */
import type { Logger } from '../logger.js';
import { TransportError } from './transport.js';

export interface RetryPolicy {
  /** Retries of an idempotent request after a 5xx or a transport failure. Default 2. */
  retries: number;
  /** Delay before the first retry, doubled for each next one. Default 1000 ms. */
  retryDelayMs: number;
  /** A rate limit that lifts within this many seconds is waited out, once. Default 60. */
  maxRateLimitWaitSeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 2,
  retryDelayMs: 1000,
  maxRateLimitWaitSeconds: 60,
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

interface FailedRequest {
  status?: number;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | number | undefined> };
}

type Decision = { retry: false } | { retry: true; waitMs: number; why: string };

interface Attempts {
  retried: number;
  rateLimitWaited: boolean;
}

/** True for a 5xx or a TransportError: the request may or may not have been performed. */
export function isAmbiguousFailure(error: unknown): boolean {
  const e = error as FailedRequest | null;
  if (error instanceof TransportError || e?.cause instanceof TransportError) return true;
  return typeof e?.status === 'number' && e.status >= 500;
}

/** Seconds until a 403/429 rate limit lifts, with whether GitHub's message says the request was limited. */
export function rateLimit(
  error: unknown,
  now = Date.now(),
): { seconds: number | null; said: boolean } | null {
  const e = error as FailedRequest | null;
  if (e?.status !== 403 && e?.status !== 429) return null;
  const headers = e.response?.headers ?? {};
  const said = /rate limit/i.test(e.message ?? '');
  const after = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(after))
    return { seconds: Math.max(0, after), said };
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return { seconds: Number.isFinite(reset) ? Math.max(0, reset - now / 1000) : null, said };
  }
  return said || e.status === 429 ? { seconds: null, said } : null;
}

export function decide(method: string, error: unknown, attempts: Attempts, policy: RetryPolicy): Decision {
  const idempotent = IDEMPOTENT.has(method.toUpperCase());
  const limited = rateLimit(error);
  if (limited) {
    if (attempts.rateLimitWaited || limited.seconds === null) return { retry: false };
    if (limited.seconds > policy.maxRateLimitWaitSeconds) return { retry: false };
    if (!idempotent && !limited.said) return { retry: false };
    return { retry: true, waitMs: Math.ceil(limited.seconds * 1000), why: 'rate limit' };
  }
  if (!idempotent || attempts.retried >= policy.retries || !isAmbiguousFailure(error))
    return { retry: false };
  return { retry: true, waitMs: policy.retryDelayMs * 2 ** attempts.retried, why: describe(error) };
}

function describe(error: unknown): string {
  const e = error as FailedRequest;
  if (e.cause instanceof TransportError) return e.cause.failure;
  return `HTTP ${e.status}`;
}

/** An Octokit `request` wrap hook applying `policy`. */
export function retryingRequest(policy: RetryPolicy, logger: Logger) {
  return async <O extends { method: string; url: string }, T>(
    request: (options: O) => T | Promise<T>,
    options: O,
  ): Promise<T> => {
    const attempts: Attempts = { retried: 0, rateLimitWaited: false };
    for (;;) {
      try {
        return await request(options);
      } catch (error) {
        const decision = decide(options.method, error, attempts, policy);
        if (!decision.retry) throw error;
        if (decision.why === 'rate limit') attempts.rateLimitWaited = true;
        else attempts.retried++;
        logger.warning(
          `GitHub ${options.method} ${options.url}: ${decision.why}; retrying in ${Math.round(decision.waitMs / 100) / 10}s`,
        );
        await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
      }
    }
  };
}
