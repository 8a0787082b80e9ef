/**
 * The fetch Octokit uses: every request (its body included) ends within a timeout, and a 2xx answer that
 * says it is JSON but does not parse is an error, not a string the caller reads `undefined` out of.
 * Failures are `TransportError`s, which Octokit wraps (as `cause`) in a RequestError with status 500.
 */

export type TransportFailure = 'timeout' | 'network' | 'malformed';

/** A request that got no usable answer: whether GitHub performed it is unknown. */
export class TransportError extends Error {
  readonly failure: TransportFailure;

  constructor(failure: TransportFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
    this.failure = failure;
  }
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** `POST /repos/o/r/issues/12/comments`: the method and path, never the query or the host. */
export function endpointOf(method: string | undefined, url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split('?')[0]!;
  }
  return `${(method ?? 'GET').toUpperCase()} ${path}`;
}

function inputUrl(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** A fetch whose every request, body included, fails with a TransportError after `timeoutMs`. */
export function timedFetch(timeoutMs: number, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const what = endpointOf(init?.method, inputUrl(input));
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await base(input, { ...init, signal });
      // Read the whole body under the same signal: a server that sends headers and then stalls times out too.
      const body = await response.arrayBuffer();
      checkJson(what, response, body);
      const empty = [101, 204, 205, 304].includes(response.status);
      const copy = new Response(empty ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (error) {
      if (error instanceof TransportError) throw error;
      if (timeout.aborted) {
        throw new TransportError('timeout', `GitHub did not answer ${what} within ${timeoutMs} ms`, {
          cause: error,
        });
      }
      throw new TransportError(
        'network',
        `the connection to GitHub failed during ${what}: ${reason(error)}`,
        {
          cause: error,
        },
      );
    }
  };
}

function checkJson(what: string, response: Response, body: ArrayBuffer): void {
  if (!response.ok || body.byteLength === 0) return;
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '')) return;
  try {
    JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new TransportError(
      'malformed',
      `GitHub answered ${what} with HTTP ${response.status} and a body that is not valid JSON`,
    );
  }
}

/** fetch throws `TypeError: fetch failed` with the socket error (ECONNRESET, "other side closed") as cause. */
function reason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const inner = cause instanceof Error ? cause : error instanceof Error ? error : null;
  if (!inner) return String(error);
  const code = (inner as { code?: unknown }).code;
  return typeof code === 'string' && !inner.message.includes(code)
    ? `${code}: ${inner.message}`
    : inner.message;
}
