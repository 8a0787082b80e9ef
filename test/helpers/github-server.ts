/**
 * A stateful fake of GitHub's REST API: a real `node:http` server on 127.0.0.1 that Octokit talks to over the
 * real fetch path. Every request and response is checked against GitHub's OpenAPI description
 * (github-openapi.ts); what does not conform lands in `violations`, which tests expect to be empty.
 *
 * An endpoint is a handler keyed by its OpenAPI operation key (`'GET /repos/{owner}/{repo}/…'`): the same key
 * routes requests and finds the operation to validate against. Tests may add or replace one with `handle`.
 */
import { activityHandlers } from './github-activity.js';
import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkHandlers } from './github-checks.js';
import { collaboratorHandlers } from './github-collaborators.js';
import { commentHandlers } from './github-comments.js';
import { deploymentHandlers } from './github-deployments.js';
import { answerFault, arm, type ArmedFault, type Fault, performs, takeFault } from './github-faults.js';
import type { GitHubState, Handler, HandlerResult } from './github-handlers.js';
import { emptyState, errorResult, notFound } from './github-handlers.js';
import { issueEditHandlers } from './github-issue-edits.js';
import { issueHandlers } from './github-issues.js';
import {
  compileRoute,
  type GitHubContract,
  loadGitHubContract,
  matchRoute,
  type Route,
} from './github-openapi.js';
import { type MergeHook, pullHandlers } from './github-pulls.js';
import { refHandlers } from './github-refs.js';
import { releaseHandlers } from './github-releases.js';
import { statusHandlers } from './github-statuses.js';

export type { GitHubState, Handler, HandlerContext, HandlerResult, IssueComment } from './github-handlers.js';
export type { MergeHook, PendingMerge } from './github-pulls.js';
export type { Release, ReleaseAsset } from './github-releases.js';
export type { Fault, FaultKind } from './github-faults.js';
export type { CollaboratorRole } from './github-collaborators.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface GitHubServer {
  /** Base URL for Octokit, e.g. http://127.0.0.1:43123 */
  url: string;
  /** The only token accepted. */
  token: string;
  owner: string;
  repo: string;
  /** The user the token belongs to: the author of what the client creates. */
  login: string;
  state: GitHubState;
  /** Every request, with its final status (401s included). */
  requests: RecordedRequest[];
  /** OpenAPI violations found in requests or responses (human-readable). */
  violations: string[];
  /**
   * Merges a pull request for `PUT …/pulls/{n}/merge`: the fake owns no git, so a test that needs a real merge
   * does it here (e.g. `git merge` in its fixture repository) and returns the merge commit's sha, or an Error
   * (answered 405 with its message). Unset, the merge commit is a made-up sha. The base branch in
   * `state.refs` is then moved to it.
   */
  onMerge?: MergeHook;
  /** Adds or replaces the handler of an operation of GitHub's OpenAPI description. */
  handle(key: string, handler: Handler): void;
  /** Makes the next `fault.times` requests of an operation fail (github-faults.ts). */
  fault(fault: Fault): void;
  close(): Promise<void>;
}

type Routes = Map<string, { route: Route; handler: Handler }>;

/** The operations the fake serves unless a test replaces them (their keys must be in the trimmed description). */
export const DEFAULT_HANDLERS: Readonly<Record<string, Handler>> = {
  ...activityHandlers,
  ...commentHandlers,
  ...statusHandlers,
  ...checkHandlers,
  ...deploymentHandlers,
  ...issueHandlers,
  ...issueEditHandlers,
  ...collaboratorHandlers,
  ...pullHandlers,
  ...refHandlers,
  ...releaseHandlers,
};
const API_DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(
  options: { owner?: string; repo?: string; token?: string; login?: string } = {},
): Promise<GitHubServer> {
  const contract = loadGitHubContract();
  const routes: Routes = new Map();
  const faults: ArmedFault[] = [];
  const http = createServer((req, res) => {
    serve(server, contract, { routes, faults }, req, res).catch((error: unknown) => {
      server.violations.push(`${req.method} ${req.url}: the fake server failed: ${String(error)}`);
      if (!res.headersSent) send(res, errorResult(500, 'fake GitHub server failed', API_DOCS));
    });
  });
  const port = await listen(http);
  const server: GitHubServer = {
    url: `http://127.0.0.1:${port}`,
    // Random, so that no test can pass by hard-coding it.
    token: options.token ?? `ghs_${randomBytes(18).toString('hex')}`,
    owner: options.owner ?? 'example-org',
    repo: options.repo ?? 'gitops-repo',
    login: options.login ?? 'github-actions[bot]',
    state: emptyState(),
    requests: [],
    violations: [],
    handle(key, handler) {
      contract.requireOperation(key);
      routes.set(key, { route: compileRoute(key), handler });
    },
    fault(fault) {
      contract.requireOperation(fault.key);
      faults.push(arm(fault));
    },
    close: () => closeServer(http),
  };
  for (const [key, handler] of Object.entries(DEFAULT_HANDLERS)) server.handle(key, handler);
  return server;
}

async function serve(
  server: GitHubServer,
  contract: GitHubContract,
  { routes, faults }: { routes: Routes; faults: ArmedFault[] },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', server.url);
  const method = (req.method ?? 'GET').toUpperCase();
  const routed = matchRoute(
    [...routes.values()].map((r) => r.route),
    method,
    url.pathname,
  );
  const bytes = await readBody(req);
  // An asset upload's body is the file itself, whatever its content type: never parsed as JSON.
  const body =
    routed && contract.takesRawBody(routed.key)
      ? { ok: true as const, value: bytes.length > 0 ? bytes : undefined }
      : parseJson(bytes.toString('utf8'));
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body: body.ok ? body.value : bytes.toString('utf8'),
    status: 0,
  };
  server.requests.push(record);
  if (containsToken(req.url ?? '', server.token)) {
    server.violations.push(
      `${method} ${url.pathname}: the token is in the URL, where logs and proxies keep it`,
    );
  }
  let result: HandlerResult;
  if (!authorized(req, server.token)) result = errorResult(401, 'Bad credentials', API_DOCS);
  else if (!body.ok) result = errorResult(400, 'Problems parsing JSON', API_DOCS);
  else {
    const request = { method, url, body: body.value, headers: req.headers };
    const fault = takeFault(faults, routed?.key);
    if (fault) {
      const performed = performs(fault) ? await dispatch(server, contract, routes, request) : null;
      record.status = answerFault(fault, req, res, performed);
      return;
    }
    result = await dispatch(server, contract, routes, request);
  }
  record.status = result.status;
  send(res, result);
}

async function dispatch(
  server: GitHubServer,
  contract: GitHubContract,
  routes: Routes,
  request: { method: string; url: URL; body: unknown; headers: IncomingHttpHeaders },
): Promise<HandlerResult> {
  const { method, url, body, headers } = request;
  const match = matchRoute(
    [...routes.values()].map((r) => r.route),
    method,
    url.pathname,
  );
  const handler = match && routes.get(match.key)?.handler;
  if (!match || !handler) {
    if (!contract.findOperation(method, url.pathname)) {
      server.violations.push(`${method} ${url.pathname}: not an operation of GitHub's REST API`);
    }
    return notFound({ docsUrl: API_DOCS });
  }
  const { key, params } = match;
  const query = Object.fromEntries(url.searchParams);
  const docsUrl = contract.docsUrl(key);
  server.violations.push(...contract.checkRequest(key, { params, query, body }));
  if (!isServedRepository(server, params)) return checked(server, contract, key, notFound({ docsUrl }));
  try {
    const result = await handler({ params, query, body, headers, state: server.state, server, url, docsUrl });
    return checked(server, contract, key, result);
  } catch (error) {
    server.violations.push(`${key}: the fake's handler threw ${String(error)}`);
    return errorResult(500, `fake GitHub handler failed: ${String(error)}`, docsUrl);
  }
}

function checked(server: GitHubServer, contract: GitHubContract, key: string, result: HandlerResult) {
  server.violations.push(...contract.checkResponse(key, result.status, result.body));
  return result;
}

/** GitHub answers 404, not 403, for a repository the token cannot see; names are case-insensitive. */
function isServedRepository(server: GitHubServer, params: Record<string, string>): boolean {
  const same = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
  return same(params.owner, server.owner) && same(params.repo, server.repo);
}

/** Octokit sends `token <t>`; GitHub also accepts `Bearer <t>`. */
function authorized(req: IncomingMessage, token: string): boolean {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1] === token;
}

function containsToken(rawUrl: string, token: string): boolean {
  let decoded = rawUrl;
  try {
    decoded = decodeURIComponent(rawUrl);
  } catch {
    // keep the raw URL: a malformed escape cannot hide the token from the raw check
  }
  return rawUrl.includes(token) || decoded.includes(token);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function send(res: ServerResponse, result: HandlerResult): void {
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  if (result.body === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  const text = JSON.stringify(result.body);
  headers['content-type'] = 'application/json; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(result.status, headers).end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function listen(http: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', () => resolve((http.address() as AddressInfo).port));
  });
}

/** Also ends the keep-alive connections fetch leaves open, or close() would wait for their timeout. */
function closeServer(http: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    http.close((error) => (error ? reject(error) : resolve()));
    http.closeAllConnections();
  });
}
