/** Which failed GitHub requests are sent again (src/github/retry.ts), decided on Octokit-shaped errors. */
import { describe, expect, it } from 'vitest';
import { decide, DEFAULT_RETRY_POLICY } from '../../src/github/retry.js';
import { TransportError } from '../../src/github/transport.js';

const fresh = { retried: 0, rateLimitWaited: false };
const http = (status: number, message = 'x', headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });
const timeout = Object.assign(new Error('t'), { status: 500, cause: new TransportError('timeout', 't') });

describe('decide', () => {
  it('retries idempotent methods after a 5xx or a transport failure, a bounded number of times', () => {
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      expect(decide(method, http(502), fresh, DEFAULT_RETRY_POLICY)).toMatchObject({
        retry: true,
        waitMs: 1000,
      });
      expect(decide(method, timeout, { ...fresh, retried: 1 }, DEFAULT_RETRY_POLICY)).toMatchObject({
        retry: true,
        waitMs: 2000,
      });
      expect(decide(method, http(503), { ...fresh, retried: 2 }, DEFAULT_RETRY_POLICY)).toEqual({
        retry: false,
      });
    }
  });

  it('never retries a POST after a 5xx or a timeout: GitHub may have performed it', () => {
    expect(decide('POST', http(502), fresh, DEFAULT_RETRY_POLICY)).toEqual({ retry: false });
    expect(decide('POST', timeout, fresh, DEFAULT_RETRY_POLICY)).toEqual({ retry: false });
  });

  it('does not retry 4xx errors that are not rate limits', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(decide('GET', http(status), fresh, DEFAULT_RETRY_POLICY)).toEqual({ retry: false });
    }
  });

  it('waits out a short rate limit once; a POST only when GitHub says it was rate-limited', () => {
    const limited = http(403, 'You have exceeded a secondary rate limit', { 'retry-after': '3' });
    expect(decide('POST', limited, fresh, DEFAULT_RETRY_POLICY)).toMatchObject({ retry: true, waitMs: 3000 });
    expect(decide('POST', limited, { ...fresh, rateLimitWaited: true }, DEFAULT_RETRY_POLICY)).toEqual({
      retry: false,
    });
    const unexplained = http(403, 'Forbidden', { 'retry-after': '3' });
    expect(decide('POST', unexplained, fresh, DEFAULT_RETRY_POLICY)).toEqual({ retry: false });
    expect(decide('GET', unexplained, fresh, DEFAULT_RETRY_POLICY)).toMatchObject({ retry: true });
    const long = http(429, 'secondary rate limit', { 'retry-after': '61' });
    expect(decide('GET', long, fresh, DEFAULT_RETRY_POLICY)).toEqual({ retry: false });
    const noWait = http(403, 'You have exceeded a secondary rate limit');
    expect(decide('GET', noWait, fresh, DEFAULT_RETRY_POLICY)).toEqual({ retry: false });
  });

  it('waits for a primary rate limit that resets within a minute', () => {
    const reset = String(Math.floor(Date.now() / 1000) + 10);
    const primary = http(403, 'API rate limit exceeded for installation', {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': reset,
    });
    const d = decide('POST', primary, fresh, DEFAULT_RETRY_POLICY);
    expect(d.retry).toBe(true);
    expect(d.retry && d.waitMs).toBeLessThanOrEqual(11_000);
  });
});
