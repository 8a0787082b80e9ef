import { ConfigurationError } from '../errors.js';
import { applicationShapeError } from '../ports/argocd-shape.js';
import { oneLine } from '../util/one-line.js';
import type {
  ArgoApplication,
  ArgoApplicationFilter,
  ArgoCdPort,
  ArgoResourceNode,
  ArgoResourceTree,
} from '../ports/argocd.js';
/**
 * A read-only client of the Argo CD REST API (`/api/v1`, Bearer token), for the checks that follow a promotion:
 * which Applications run which revision, are they Synced and Healthy.
 *
 * Field names are those of Argo CD's own API description (assets/swagger.json, vendored in third_party/argo-cd/
 * for the tests): `v1alpha1ApplicationList.items`, `status.sync.{status,revision,revisions}`,
 * `status.health.status`, `status.operationState.phase`, `status.reconciledAt`. The token travels in the
 * Authorization header only: never in a URL, an error message or a log line.
 */

export type {
  ApplicationSummary,
  ArgoApplication,
  ArgoApplicationSource,
  ArgoResourceNode,
  ArgoResourceStatus,
  ArgoResourceTree,
} from '../ports/argocd.js';
export { summarizeApplication } from '../ports/argocd.js';

export interface ArgoCdClientOptions {
  /** `https://argocd.example.com`, `argocd.example.com` (https is assumed), or with a path prefix (`--rootpath`). */
  server: string;
  token: string;
  /** Per request, body included. Default 30 s. */
  timeoutMs?: number;
}

/** A request to Argo CD that failed: an HTTP status (with Argo's gRPC code) or none for network errors. */
export class ArgoCdError extends Error {
  readonly status: number | undefined;
  /** The gRPC status code of Argo's error body (`{error, code, message}`), e.g. 16 unauthenticated. */
  readonly code: number | undefined;

  constructor(message: string, status?: number, code?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ArgoCdError';
    this.status = status;
    this.code = code;
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;

export class ArgoCdClient implements ArgoCdPort {
  private readonly baseUrl: string;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ArgoCdClientOptions, fetchImpl: typeof fetch = globalThis.fetch) {
    if (!options.server.trim()) throw new Error('Argo CD server is empty');
    if (!options.token) throw new Error('Argo CD token is empty');
    this.baseUrl = normalizeServer(options.server);
    this.token = options.token;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchImpl = fetchImpl;
  }

  /** The server as requests see it, e.g. `https://argocd.example.com` (never with credentials). */
  get server(): string {
    return this.baseUrl;
  }

  /** `GET /api/v1/applications`: whole items (`fields=` cannot select `reconciledAt` or `conditions`). */
  async listApplications(filter: ArgoApplicationFilter = {}): Promise<ArgoApplication[]> {
    const query = new URLSearchParams();
    if (filter.selector) query.set('selector', filter.selector);
    // collectionFormat "multi": one parameter per project (Argo CD does not split `a,b`).
    for (const project of filter.projects ?? []) query.append('projects', project);
    if (filter.appNamespace) query.set('appNamespace', filter.appNamespace);
    const list = await this.get<{ items?: ArgoApplication[] | null }>(
      '/api/v1/applications',
      query,
      listShapeError,
    );
    return list.items ?? [];
  }

  /**
   * `GET /api/v1/applications/{name}`. Argo CD answers 403 for an Application that does not exist unless a
   * project is given (then 404), so as not to reveal which names exist.
   */
  async getApplication(
    name: string,
    options: { appNamespace?: string; project?: string } = {},
  ): Promise<ArgoApplication> {
    const query = new URLSearchParams();
    if (options.appNamespace) query.set('appNamespace', options.appNamespace);
    if (options.project) query.set('projects', options.project);
    return this.get<ArgoApplication>(
      `/api/v1/applications/${encodeURIComponent(name)}`,
      query,
      applicationShapeError,
    );
  }

  /** `GET /api/v1/applications/{name}/resource-tree` (same 403/404 rule as getApplication). */
  async getResourceTree(name: string, appNamespace?: string, project?: string): Promise<ArgoResourceTree> {
    const query = new URLSearchParams();
    if (appNamespace) query.set('appNamespace', appNamespace);
    if (project) query.set('project', project);
    const path = `/api/v1/applications/${encodeURIComponent(name)}/resource-tree`;
    const tree = await this.get<{ nodes?: ArgoResourceNode[] | null; orphanedNodes?: ArgoResourceNode[] }>(
      path,
      query,
      (body) =>
        nodesOk(body.nodes) && nodesOk(body.orphanedNodes) ? null : 'a resource tree with malformed nodes',
    );
    return { ...tree, nodes: tree.nodes ?? [] };
  }

  /** `check` says what is wrong with a JSON object answered, or null: a bad answer is an error, never data. */
  private async get<T>(path: string, query: URLSearchParams, check: ShapeCheck): Promise<T> {
    const search = query.size > 0 ? `?${query.toString()}` : '';
    const url = `${this.baseUrl}${path}${search}`;
    const what = `GET ${path}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const init: RequestInit = {
        method: 'GET',
        headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
        signal: controller.signal,
        // A redirect (http → https, a login page) is reported, not followed with the token.
        redirect: 'manual',
      };
      const response = await this.fetchImpl(url, init);
      const text = await response.text();
      if (!response.ok) throw this.httpError(what, response.status, text, response.headers.get('location'));
      return this.parse<T>(`${what} answered ${response.status}`, text, check);
    } catch (error) {
      if (error instanceof ArgoCdError) throw error;
      if (controller.signal.aborted) {
        throw new ArgoCdError(
          `Argo CD at ${this.baseUrl} did not answer ${what} within ${this.timeoutMs} ms`,
          undefined,
          undefined,
          { cause: error },
        );
      }
      throw new ArgoCdError(
        `Cannot reach Argo CD at ${this.baseUrl} (${what}): ${this.redact(networkReason(error))}`,
        undefined,
        undefined,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** The body as JSON: an object that passes `check`, else an ArgoCdError naming what came instead. */
  private parse<T>(answered: string, text: string, check: ShapeCheck): T {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ArgoCdError(`Argo CD at ${this.baseUrl}: ${answered} with invalid JSON`);
    }
    const error = isJsonObject(body) ? check(body) : 'a payload that is not a JSON object';
    if (error)
      throw new ArgoCdError(this.redact(oneLine(`Argo CD at ${this.baseUrl}: ${answered} with ${error}`)));
    return body as T;
  }

  private httpError(what: string, status: number, text: string, location: string | null): ArgoCdError {
    let code: number | undefined;
    let detail = text.trim().replace(/\s+/g, ' ').slice(0, 300);
    try {
      const body = JSON.parse(text) as { error?: unknown; message?: unknown; code?: unknown };
      if (typeof body.code === 'number') code = body.code;
      const message = typeof body.message === 'string' && body.message ? body.message : body.error;
      if (typeof message === 'string' && message) detail = message;
    } catch {
      // not Argo's JSON error body (a proxy's HTML page, …): keep the start of the text
    }
    const prefix = `Argo CD at ${this.baseUrl}: ${what} failed with HTTP ${status}`;
    let message = detail ? `${prefix}: ${detail}` : prefix;
    if (status >= 300 && status < 400) {
      message += ` (redirect to ${location ?? 'an unknown location'}: set the server to the URL Argo CD answers on)`;
    } else if (status === 401) {
      message += ' (the token was rejected: expired, revoked or not an Argo CD API token)';
    } else if (status === 403) {
      message +=
        ' (the token was rejected for this request: its account or project role lacks the RBAC permission, ' +
        'or the Application does not exist, which Argo CD reports as permission denied)';
    }
    return new ArgoCdError(this.redact(message), status, code);
  }

  /** The token never appears in an error, even if a server echoes it back. */
  private redact(text: string): string {
    // (A token this short is no real Argo CD token; masking it would mangle every word.)
    return this.token.length < 8 ? text : text.split(this.token).join('***');
  }
}

/** The Argo CD port for a server and token: the one factory of ArgoCdPort. */
export function createArgoCd(options: ArgoCdClientOptions): ArgoCdPort {
  return new ArgoCdClient(options);
}

/** `argocd.example.com` → `https://argocd.example.com`; trailing slashes and `/api/v1` suffixes dropped. */
function normalizeServer(server: string): string {
  const trimmed = server.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigurationError(`Argo CD server "${server}" is not a host name or URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`Argo CD server "${server}" must be an http(s) URL`);
  }
  if (url.username || url.password)
    throw new ConfigurationError('Argo CD server URL must not carry credentials');
  if (url.search || url.hash)
    throw new ConfigurationError(`Argo CD server "${server}" must not have a query or fragment`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

type ShapeCheck = (body: Record<string, unknown>) => string | null;

const isJsonObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** `v1alpha1ApplicationList`: `items` absent, null (no Application), or Applications. */
function listShapeError(body: Record<string, unknown>): string | null {
  if (body.items === undefined || body.items === null) return null;
  if (!Array.isArray(body.items)) return 'an Application list whose items are not a list';
  for (const item of body.items as unknown[]) {
    const error = applicationShapeError(item);
    if (error) return error;
  }
  return null;
}

/** `nodes` of a resource tree: absent, null, or a list of objects. */
const nodesOk = (nodes: unknown): boolean =>
  nodes === undefined || nodes === null || (Array.isArray(nodes) && nodes.every(isJsonObject));

function networkReason(error: unknown): string {
  // fetch throws `TypeError: fetch failed` with the socket error (ECONNREFUSED, ENOTFOUND, a TLS error) as cause.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && !cause.message.includes(code)
      ? `${code}: ${cause.message}`
      : cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
