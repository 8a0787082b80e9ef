/**
 * A stateful fake of Argo CD's REST API: a real `node:http` server on 127.0.0.1 (random port) that the real
 * client talks to over the real fetch path. It serves the three read operations of a promotion check
 * (list, get, resource tree) from `apps`, answers like Argo CD 3.x does (errors as `{error, code, message}`
 * with gRPC codes, 403 instead of 404 for unknown Applications unless a project is given, items without
 * apiVersion/kind), and checks every query and answer against Argo CD's API description (argocd-openapi.ts):
 * what does not conform lands in `violations`, which tests expect to stay empty. It still answers.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ArgoApplication } from '../../src/argocd/client.js';
import { type ArgoCdContract, checkProjectSchema, loadArgoCdContract } from './argocd-openapi.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  /** The status answered; 0 when the client went away first (timeout). */
  status: number;
}

export interface ArgoCdServer {
  /** Base URL for the client, e.g. http://127.0.0.1:43123 */
  url: string;
  /** The only token accepted. */
  token: string;
  /** Applications by name: full CRD-shaped objects, as stored in the cluster (apiVersion/kind included). */
  apps: Map<string, ArgoApplication>;
  requests: RecordedRequest[];
  violations: string[];
  /** Test hook: every answer waits this long (longer than a client's timeoutMs to test its timeout). */
  delayMs: number;
  /**
   * Test hook: while set, every request is answered with this raw status and text (after `delayMs`), as a
   * proxy in front of Argo CD or a broken server would: a 502 page, a truncated body. Not checked.
   */
  rawAnswer: { status: number; text: string; contentType?: string } | null;
  /**
   * Test hook: a request for which this returns an error is answered with it, as Argo CD answers errors
   * (`{error, code, message}`, the HTTP status of the gRPC code: 2 → 500, 7 → 403, 14 → 503, 16 → 401), and
   * checked like every answer; null lets the request through. Fails one cluster's listing, say.
   */
  failWith: ((request: RecordedRequest) => { code: number; message: string } | null) | null;
  setApp(app: object): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
interface Answer {
  status: number;
  body: unknown;
  /** Applications in the body, checked against the project's strict schema too. */
  apps?: unknown[];
}

const LIST = '/api/v1/applications';
const GET = '/api/v1/applications/{name}';
const TREE = '/api/v1/applications/{applicationName}/resource-tree';
const GRPC_HTTP_STATUS: Record<number, number> = { 2: 500, 3: 400, 5: 404, 7: 403, 14: 503, 16: 401 };

const argoError = (code: number, message: string): Answer => ({
  status: GRPC_HTTP_STATUS[code] ?? 500,
  body: { error: message, code, message },
});

export async function startArgoCdServer(options: { token?: string } = {}): Promise<ArgoCdServer> {
  const contract = loadArgoCdContract();
  const pending = new Set<() => void>();
  const http = createServer((req, res) => {
    serve(server, contract, pending, req, res).catch((error: unknown) => {
      server.violations.push(`${req.method} ${req.url}: the fake Argo CD server failed: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const server: ArgoCdServer = {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    // Random, so that no test can pass by hard-coding it.
    token: options.token ?? `argocd-${randomBytes(18).toString('hex')}`,
    apps: new Map(),
    requests: [],
    violations: [],
    delayMs: 0,
    rawAnswer: null,
    failWith: null,
    setApp(app) {
      const name = (app as { metadata?: { name?: unknown } }).metadata?.name;
      if (typeof name !== 'string' || !name) throw new Error('setApp: the Application has no metadata.name');
      server.apps.set(name, structuredClone(app) as ArgoApplication);
    },
    async close() {
      for (const wake of pending) wake();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
  return server;
}

async function serve(
  server: ArgoCdServer,
  contract: ArgoCdContract,
  pending: Set<() => void>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const record: RecordedRequest = { method, path: url.pathname, query: {}, status: 0 };
  for (const key of new Set(url.searchParams.keys())) record.query[key] = url.searchParams.getAll(key);
  server.requests.push(record);
  if ((req.url ?? '').includes(server.token))
    server.violations.push(`${method} ${url.pathname}: token in URL`);

  const [template, name] = route(url.pathname);
  let answer: Answer;
  if (!template || method !== 'GET') {
    server.violations.push(`${method} ${url.pathname}: not an operation this fake serves`);
    answer = argoError(5, 'Not Found');
  } else {
    server.violations.push(...contract.checkQuery(method, template, url.searchParams));
    const failure = server.failWith?.(record);
    answer =
      authenticate(req.headers.authorization, server.token) ??
      (failure ? argoError(failure.code, failure.message) : handle(server, template, name, url));
  }

  if (server.delayMs > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, server.delayMs);
      pending.add(() => (clearTimeout(timer), resolve()));
    });
  }
  if (req.socket.destroyed) return; // the client gave up (timeout) or the server is closing
  if (server.rawAnswer) {
    const { status, text, contentType = 'application/json' } = server.rawAnswer;
    record.status = status;
    res.writeHead(status, { 'content-type': contentType }).end(text);
    return;
  }
  if (template) {
    server.violations.push(...contract.checkResponse(method, template, answer.status, answer.body));
    for (const app of answer.apps ?? []) server.violations.push(...checkProjectSchema(app));
  }
  record.status = answer.status;
  res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
}

function route(path: string): [string | undefined, string] {
  const m = /^\/api\/v1\/applications(?:\/([^/]+)(\/resource-tree)?)?\/?$/.exec(path);
  if (!m) return [undefined, ''];
  if (!m[1]) return [LIST, ''];
  return [m[2] ? TREE : GET, decodeURIComponent(m[1])];
}

function authenticate(header: string | undefined, token: string): Answer | undefined {
  if (!header) return argoError(16, 'no session information');
  if (header !== `Bearer ${token}`) return argoError(16, 'invalid session: token signature is invalid');
  return undefined;
}

function handle(server: ArgoCdServer, template: string, name: string, url: URL): Answer {
  const query = url.searchParams;
  // Lenient: a comma-joined `projects` is split here, but checkQuery reported it (Argo CD would not split).
  const projects = [...query.getAll('projects'), ...query.getAll('project')].flatMap((p) => p.split(','));
  const appNamespace = query.get('appNamespace');
  if (template === LIST) {
    let selector: (labels: Record<string, string>) => boolean;
    try {
      selector = parseSelector(query.get('selector') ?? '');
    } catch (error) {
      return argoError(2, `error parsing the selector: ${(error as Error).message}`);
    }
    const items = [...server.apps.values()]
      .filter((app) => selector(app.metadata.labels ?? {}))
      .filter((app) => projects.length === 0 || projects.includes(app.spec.project ?? 'default'))
      .filter((app) => !appNamespace || app.metadata.namespace === appNamespace)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))
      .map(served);
    return { status: 200, body: { metadata: { resourceVersion: '48213' }, items }, apps: items };
  }
  if (projects.length > 1) {
    return argoError(3, 'multiple projects specified - the get endpoint accepts either zero or one project');
  }
  const app = server.apps.get(name);
  const found =
    app &&
    (!appNamespace || app.metadata.namespace === appNamespace) &&
    (projects.length === 0 || (app.spec.project ?? 'default') === projects[0]);
  if (!found) {
    // Argo CD hides whether an Application exists from a caller that did not name its project.
    return projects.length > 0
      ? argoError(5, `applications.argoproj.io "${name}" not found`)
      : argoError(7, 'permission denied');
  }
  const tree = resourceTree(app);
  if (template === TREE) return { status: 200, body: tree };
  const body = served(app) as Json & { status?: Json };
  // Get fills resource health in from the tree when it is not stored inline (Argo CD 3.x default).
  if (body.status?.resourceHealthSource === 'appTree' && Array.isArray(body.status.resources)) {
    for (const r of body.status.resources as Json[]) {
      const node = tree.nodes.find(
        (n) => n.kind === r.kind && n.name === r.name && n.namespace === r.namespace,
      );
      if (node?.health) r.health = node.health;
    }
  }
  return { status: 200, body, apps: [body] };
}

/** What the API serves: the stored object without apiVersion/kind (Argo CD answers from its informer cache). */
function served(app: ArgoApplication): Json {
  const { apiVersion: _v, kind: _k, ...rest } = structuredClone(app) as unknown as Json;
  return rest;
}

/** Kubernetes label selector: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`; `,` is AND. */
export function parseSelector(selector: string): (labels: Record<string, string>) => boolean {
  const parts = selector.split(/,(?![^(]*\))/).map((p) => p.trim());
  if (parts.length === 1 && parts[0] === '') return () => true;
  const key = String.raw`((?:[a-z0-9A-Z.-]+\/)?[a-zA-Z0-9]([\w.-]*[a-zA-Z0-9])?)`;
  const tests = parts.map((part): ((labels: Record<string, string>) => boolean) => {
    const [, k = '', , op, v = ''] = new RegExp(`^${key}\\s*(==|=|!=)\\s*([\\w.-]*)$`).exec(part) ?? [];
    if (op) return op === '!=' ? (l) => l[k] !== v : (l) => l[k] === v;
    const [, sk = '', , set, list = ''] =
      new RegExp(`^${key}\\s+(in|notin)\\s*\\(([^)]*)\\)$`).exec(part) ?? [];
    const values = list.split(',').map((value) => value.trim());
    // `notin` (like `!=`) also matches objects without the label.
    if (set) return (l) => (set === 'in') === (sk in l && values.includes(l[sk] as string));
    const [, not, ek = ''] = new RegExp(`^(!?)\\s*${key}$`).exec(part) ?? [];
    if (not !== undefined) return (l) => ek in l !== (not === '!');
    throw new Error(`unable to parse requirement: ${JSON.stringify(part)}`);
  });
  return (labels) => tests.every((t) => t(labels));
}

const fakeUid = (seed: string): string => {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** `v1alpha1ApplicationTree` from `status.resources`: a Deployment gets a ReplicaSet and a Pod below it. */
function resourceTree(app: ArgoApplication): { nodes: Json[] } {
  const appHealth = app.status?.health?.status;
  const nodes: Json[] = [];
  const node = (r: Json, health: unknown, extra: Json = {}): Json => {
    const n: Json = { version: r.version, kind: r.kind, namespace: r.namespace, name: r.name };
    if (r.group) n.group = r.group;
    n.uid = fakeUid(`${app.metadata.name}/${String(r.kind)}/${String(r.namespace)}/${String(r.name)}`);
    Object.assign(n, { resourceVersion: '48190', createdAt: CREATED }, extra);
    if (health) n.health = health;
    nodes.push(n);
    return n;
  };
  const ref = ({ group, kind, namespace, name, uid }: Json) => ({ group, kind, namespace, name, uid });
  for (const r of (app.status?.resources ?? []) as unknown as Json[]) {
    const workload = ['Deployment', 'StatefulSet', 'DaemonSet'].includes(String(r.kind));
    if (workload && appHealth === 'Missing') continue; // not live: absent from the tree
    const health = r.health ?? (workload && appHealth ? { status: appHealth } : undefined);
    const top = node(r, health ?? (r.kind === 'Service' ? { status: 'Healthy' } : undefined));
    if (r.kind !== 'Deployment') continue;
    const rs = node({ ...r, kind: 'ReplicaSet', name: `${String(r.name)}-5d8f7c9b4` }, health, {
      parentRefs: [ref(top)],
      info: [{ name: 'Revision', value: 'Rev:1' }],
    });
    node({ version: 'v1', kind: 'Pod', namespace: r.namespace, name: `${String(rs.name)}-x7k2p` }, health, {
      parentRefs: [ref(rs)],
      info: [{ name: 'Status Reason', value: 'Running' }],
      images: [`registry.example.com/${String(r.name)}:1.0.0`],
    });
  }
  return { nodes };
}

const CREATED = '2026-01-15T09:00:00Z';
const SYNC_STARTED = '2026-01-15T10:00:00Z';
const SYNC_FINISHED = '2026-01-15T10:00:07Z';
const RECONCILED = '2026-01-15T10:05:00Z';

export interface MakeApplicationOptions {
  name: string;
  cluster: string;
  env?: string;
  revision: string;
  sync?: 'Synced' | 'OutOfSync' | 'Unknown';
  health?: 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';
  repoURL?: string;
  path?: string;
  targetRevision?: string;
  destinationServer?: string;
  project?: string;
  /** Multi-source: `spec.sources` and `status.sync.revisions` (default: `revision` for each source). */
  sources?: { repoURL: string; path?: string; chart?: string; targetRevision: string; ref?: string }[];
  revisions?: string[];
  operationPhase?: 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Terminating';
}

/** A realistic Application as Argo CD 3.x stores it, valid against its API description and the strict schema. */
export function makeApplication(opts: MakeApplicationOptions): ArgoApplication & Json {
  const { name, cluster, sync = 'Synced', health = 'Healthy', operationPhase: phase = 'Succeeded' } = opts;
  const source = {
    repoURL: opts.repoURL ?? 'https://github.com/example-org/gitops-repo.git',
    path: opts.path ?? `clusters/${cluster}/apps/${name}`,
    targetRevision: opts.targetRevision ?? 'main',
  };
  const sources = opts.sources ? { sources: opts.sources } : { source };
  const revision = opts.sources
    ? { revisions: opts.revisions ?? opts.sources.map(() => opts.revision) }
    : { revision: opts.revision };
  const destination = {
    server: opts.destinationServer ?? `https://${cluster}.k8s.example.com`,
    namespace: name,
  };
  const deployed =
    sync === 'Synced' && health !== 'Missing' ? 'Synced' : sync === 'Unknown' ? 'Unknown' : 'OutOfSync';
  const resources = [
    { version: 'v1', kind: 'ConfigMap', namespace: name, name: `${name}-config`, status: 'Synced' },
    { version: 'v1', kind: 'Service', namespace: name, name, status: 'Synced' },
    { group: 'apps', version: 'v1', kind: 'Deployment', namespace: name, name, status: deployed },
  ];
  const synced = (r: (typeof resources)[number]) => ({
    ...r,
    status: 'Synced',
    syncPhase: 'Sync',
    message: 'configured',
  });
  const comparisonError = {
    type: 'ComparisonError',
    message: 'Failed to load target state',
    lastTransitionTime: RECONCILED,
  };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: 'argocd',
      labels: { cluster, ...(opts.env ? { env: opts.env } : {}) },
      ...{ uid: fakeUid(`app/${name}`), resourceVersion: '48213', generation: 7, creationTimestamp: CREATED },
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
    spec: {
      project: opts.project ?? 'default',
      ...sources,
      destination,
      syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['CreateNamespace=true'] },
    },
    status: {
      sync: { status: sync, comparedTo: { ...sources, destination }, ...revision },
      health: { status: health, lastTransitionTime: SYNC_FINISHED },
      resources,
      resourceHealthSource: 'appTree',
      reconciledAt: RECONCILED,
      operationState: {
        operation: {
          sync: { ...revision, syncOptions: ['CreateNamespace=true'] },
          initiatedBy: { automated: true },
        },
        phase,
        message:
          phase === 'Succeeded' ? 'successfully synced (all tasks run)' : `sync ${phase.toLowerCase()}`,
        startedAt: SYNC_STARTED,
        ...(phase === 'Running' ? {} : { finishedAt: SYNC_FINISHED }),
        syncResult: { ...sources, ...revision, resources: resources.map(synced) },
      },
      history: [{ id: 0, ...revision, ...sources, deployStartedAt: SYNC_STARTED, deployedAt: SYNC_FINISHED }],
      ...(sync === 'Unknown' ? { conditions: [comparisonError] } : {}),
      ...(opts.sources
        ? { sourceTypes: opts.sources.map((s) => (s.chart ? 'Helm' : 'Directory')) }
        : { sourceType: 'Directory' }),
      summary: { images: [`registry.example.com/${name}:1.0.0`] },
      controllerNamespace: 'argocd',
    },
  } as unknown as ArgoApplication & Json;
}
