/**
 * Fault injection for the fake GitHub: the next `times` requests of one operation fail in a way real
 * GitHub (or the network in front of it) fails. Faulty answers bypass the OpenAPI response check; whether
 * the operation was performed first is each fault's `perform` (defaults below, as GitHub does it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HandlerResult } from './github-handlers.js';

export type FaultKind =
  /** No answer until the server closes (default: not performed). */
  | 'hang'
  /** Performed (by default), then answered 502 (or `status`): GitHub's "it may have happened". */
  | 'error-after'
  /** 403 (or `status`, e.g. 429) with `retry-after` and GitHub's secondary rate limit message; never performed. */
  | 'rate-limit'
  /** Performed (by default), then the handler's status with a body that is not JSON. */
  | 'malformed'
  /** Performed (by default), then the connection is destroyed without an answer. */
  | 'drop';

export interface Fault {
  /** An operation key, as for `handle`: `'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'`. */
  key: string;
  kind: FaultKind;
  /** How many of the next matching requests fail (default 1). */
  times?: number;
  /** Run the handler (change the state) before failing; defaults per kind above. */
  perform?: boolean;
  status?: number;
  /** Seconds, for `rate-limit` (default 1). */
  retryAfter?: number;
}

export interface ArmedFault extends Fault {
  remaining: number;
}

const PERFORMED_BY_DEFAULT: Record<FaultKind, boolean> = {
  hang: false,
  'error-after': true,
  'rate-limit': false,
  malformed: true,
  drop: true,
};

export function arm(fault: Fault): ArmedFault {
  return { ...fault, remaining: fault.times ?? 1 };
}

/** The first armed fault of operation `key` with requests left, which this request uses up. */
export function takeFault(faults: ArmedFault[], key: string | undefined): ArmedFault | null {
  const fault = faults.find((f) => f.key === key && f.remaining > 0);
  if (!fault) return null;
  fault.remaining--;
  return fault;
}

export function performs(fault: ArmedFault): boolean {
  return fault.kind !== 'rate-limit' && (fault.perform ?? PERFORMED_BY_DEFAULT[fault.kind]);
}

const SECONDARY_RATE_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out ' +
  'to GitHub Support for help, please include the request ID 0400:3D4F:1A2B3C:4D5E6F:67890ABC.';
const RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/**
 * Answers (or does not) as the fault says; `performed` is the handler's result when it ran. Returns the
 * status recorded for the request (0: no answer).
 */
export function answerFault(
  fault: ArmedFault,
  req: IncomingMessage,
  res: ServerResponse,
  performed: HandlerResult | null,
): number {
  switch (fault.kind) {
    case 'hang':
      return 0; // closeServer ends the connection
    case 'drop':
      req.socket.destroy();
      return 0;
    case 'error-after': {
      const status = fault.status ?? 502;
      const text = JSON.stringify({ message: status === 502 ? 'Server Error' : 'Internal Server Error' });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(text);
      return status;
    }
    case 'rate-limit': {
      const status = fault.status ?? 403;
      const text = JSON.stringify({ message: SECONDARY_RATE_LIMIT, documentation_url: RATE_LIMIT_DOCS });
      res
        .writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'retry-after': String(fault.retryAfter ?? 1),
          'x-ratelimit-remaining': '4990',
        })
        .end(text);
      return status;
    }
    case 'malformed': {
      const status = fault.status ?? performed?.status ?? 200;
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        .end('{"id": 1, "html_url": ');
      return status;
    }
  }
}
