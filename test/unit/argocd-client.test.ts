import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ArgoApplication,
  ArgoCdClient,
  ArgoCdError,
  summarizeApplication,
} from '../../src/argocd/client.js';
import { checkProjectSchema, loadArgoCdContract } from '../helpers/argocd-openapi.js';
import {
  type ArgoCdServer,
  makeApplication,
  parseSelector,
  startArgoCdServer,
} from '../helpers/argocd-server.js';

const SHA = (n: number) => String(n).repeat(40).slice(0, 40);

async function rejection(promise: Promise<unknown>): Promise<ArgoCdError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArgoCdError);
  return error as ArgoCdError;
}

describe('ArgoCdClient against the fake Argo CD API', () => {
  let server: ArgoCdServer;
  let client: ArgoCdClient;

  beforeEach(async () => {
    server = await startArgoCdServer();
    client = new ArgoCdClient({ server: server.url, token: server.token });
    server.setApp(makeApplication({ name: 'web-dev-01', cluster: 'dev-01', env: 'dev', revision: SHA(1) }));
    server.setApp(
      makeApplication({
        name: 'api-dev-01',
        cluster: 'dev-01',
        env: 'dev',
        revision: SHA(2),
        project: 'team-a',
      }),
    );
    server.setApp(
      makeApplication({
        name: 'web-dev-02',
        cluster: 'dev-02',
        env: 'dev',
        revision: SHA(3),
        sync: 'OutOfSync',
        health: 'Progressing',
        operationPhase: 'Running',
      }),
    );
    server.setApp(
      makeApplication({
        name: 'web-prod-01',
        cluster: 'prod-01',
        env: 'prod',
        revision: SHA(4),
        project: 'team-b',
      }),
    );
  });

  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  it('lists the Applications of one cluster with a label selector, token in the header only', async () => {
    const apps = await client.listApplications({ selector: 'cluster=dev-01' });
    expect(apps.map((a) => a.metadata.name)).toEqual(['api-dev-01', 'web-dev-01']);
    expect(apps.map(summarizeApplication)[1]).toEqual({
      name: 'web-dev-01',
      sync: 'Synced',
      health: 'Healthy',
      revision: SHA(1),
      revisions: [SHA(1)],
      operationPhase: 'Succeeded',
      reconciledAt: '2026-01-15T10:05:00Z',
    });
    expect(server.requests).toEqual([
      { method: 'GET', path: '/api/v1/applications', query: { selector: ['cluster=dev-01'] }, status: 200 },
    ]);
  });

  it('supports set-based selectors and repeats projects (collectionFormat multi)', async () => {
    const inEnv = await client.listApplications({ selector: 'env in (dev, prod),cluster!=dev-01' });
    expect(inEnv.map((a) => a.metadata.name)).toEqual(['web-dev-02', 'web-prod-01']);
    const byProject = await client.listApplications({ projects: ['team-a', 'team-b'] });
    expect(byProject.map((a) => a.metadata.name)).toEqual(['api-dev-01', 'web-prod-01']);
    expect(server.requests[1]!.query).toEqual({ projects: ['team-a', 'team-b'] });
    expect(await client.listApplications({ selector: 'cluster=nowhere' })).toEqual([]);
    const notProd = await client.listApplications({ selector: 'env notin (prod),!team' });
    expect(notProd.map((a) => a.metadata.name)).toEqual(['api-dev-01', 'web-dev-01', 'web-dev-02']);
    expect(parseSelector('tier notin (db),env')({ env: 'dev' })).toBe(true);
    expect(parseSelector('tier in (db)')({ env: 'dev' })).toBe(false);
    const all = await client.listApplications();
    expect(summarizeApplication(all.find((a) => a.metadata.name === 'web-dev-02')!)).toMatchObject({
      sync: 'OutOfSync',
      health: 'Progressing',
      operationPhase: 'Running',
    });
  });

  it('gets an Application and its resource tree, with health from the tree', async () => {
    const tree = await client.getResourceTree('web-dev-02');
    expect(tree.nodes.map((n) => `${n.kind}/${n.health?.status ?? '-'}`)).toEqual([
      'ConfigMap/-',
      'Service/Healthy',
      'Deployment/Progressing',
      'ReplicaSet/Progressing',
      'Pod/Progressing',
    ]);
    const app = await client.getApplication('web-dev-02');
    expect(app.status?.resources?.find((r) => r.kind === 'Deployment')?.health).toEqual({
      status: 'Progressing',
    });
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v1/applications/web-dev-02/resource-tree',
      '/api/v1/applications/web-dev-02',
    ]);
  });

  it('reports a rejected token without printing it', async () => {
    const wrong = 'argocd-wrong-token-0123456789';
    const bad = new ArgoCdClient({ server: server.url, token: wrong });
    const error = await rejection(bad.listApplications({ selector: 'cluster=dev-01' }));
    expect(error.status).toBe(401);
    expect(error.code).toBe(16);
    expect(error.message).toContain('invalid session');
    expect(error.message).toContain('token was rejected');
    expect(error.message).not.toContain(wrong);
    expect(error.message).not.toContain(server.token);
    expect(server.requests[0]!.status).toBe(401);
  });

  it('404 for an unknown Application of a named project, 403 without one (as Argo CD hides names)', async () => {
    const notFound = await rejection(client.getApplication('nope', { project: 'default' }));
    expect(notFound.status).toBe(404);
    expect(notFound.code).toBe(5);
    expect(notFound.message).toContain('applications.argoproj.io "nope" not found');
    const treeNotFound = await rejection(client.getResourceTree('nope', undefined, 'default'));
    expect(treeNotFound.status).toBe(404);
    const denied = await rejection(client.getResourceTree('nope'));
    expect(denied.status).toBe(403);
    expect(denied.message).toMatch(/permission denied.*does not exist/);
  });

  it('surfaces an unparsable selector as Argo CD does (HTTP 500, code 2)', async () => {
    const error = await rejection(client.listApplications({ selector: 'cluster=' + '(' }));
    expect(error.status).toBe(500);
    expect(error.code).toBe(2);
    expect(error.message).toContain('error parsing the selector');
  });

  it('times out on a server that does not answer', async () => {
    server.delayMs = 30_000;
    const slow = new ArgoCdClient({ server: server.url, token: server.token, timeoutMs: 200 });
    const started = Date.now();
    const error = await rejection(slow.listApplications());
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.status).toBeUndefined();
    expect(error.message).toBe(
      `Argo CD at ${server.url} did not answer GET /api/v1/applications within 200 ms`,
    );
  });

  it('finds what the swagger alone would let through: status typos, non-string labels, spec typos', async () => {
    const typo = makeApplication({ name: 'typo', cluster: 'dev-01', revision: SHA(5) });
    (typo.status as Record<string, unknown>).sync = { status: 'Synced', revison: 'x' };
    server.setApp(typo);
    const label = makeApplication({ name: 'label', cluster: 'dev-01', revision: SHA(6) });
    (label.metadata.labels as Record<string, unknown>).replicas = 3;
    server.setApp(label);
    const spec = makeApplication({ name: 'spec', cluster: 'dev-01', revision: SHA(7) });
    (spec.spec.destination as Record<string, unknown>).serverr = 'https://x';
    server.setApp(spec);

    await client.getApplication('typo');
    expect(server.violations.join('\n')).toContain(
      "/status/sync must NOT have additional properties ('revison')",
    );
    // The description as published does not close its objects: the typo passes it.
    const open = loadArgoCdContract({ closed: false });
    const served = { metadata: typo.metadata, spec: typo.spec, status: typo.status };
    expect(open.checkResponse('GET', '/api/v1/applications/{name}', 200, served)).toEqual([]);
    expect(checkProjectSchema(served)).toEqual([]); // status is a plain object in the project's schema
    server.violations.length = 0;

    await client.listApplications({ selector: 'cluster=dev-01' });
    const found = server.violations.join('\n');
    expect(found).toContain('v1alpha1ApplicationList): /items/1/metadata/labels/replicas must be string');
    expect(found).toContain('Application label (argocd-application.schema.json): /metadata/labels/replicas');
    expect(found).toContain("/items/2/spec/destination must NOT have additional properties ('serverr')");
    expect(found).toContain('Application spec (argocd-application.schema.json): /spec/destination must NOT');
    server.violations.length = 0;
  });

  it('flags query parameters that the API does not define or would not split', async () => {
    const get = (query: string) =>
      fetch(`${server.url}/api/v1/applications?${query}`, {
        headers: { Authorization: `Bearer ${server.token}` },
      });
    const joined = (await (await get('projects=team-a,team-b')).json()) as { items: ArgoApplication[] };
    expect(joined.items).toHaveLength(2); // the fake answers leniently, but records the mistake
    await get('sort=name');
    await get('selector=a&selector=b');
    expect(server.violations).toEqual([
      expect.stringContaining('Argo CD does not split "team-a,team-b" on commas'),
      expect.stringContaining("unknown query parameter 'sort'"),
      expect.stringContaining("query parameter 'selector' is not an array but was sent 2 times"),
    ]);
    server.violations.length = 0;
  });
});

describe('ArgoCdClient errors without the fake', () => {
  it('names the server on a network error (closed port)', async () => {
    const probe = createHttpServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = new ArgoCdClient({ server: `http://127.0.0.1:${port}`, token: 'secret-token-1234' });
    const error = await rejection(client.listApplications());
    expect(error.status).toBeUndefined();
    expect(error.message).toContain(`Cannot reach Argo CD at http://127.0.0.1:${port}`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain('secret-token-1234');
  });

  it('normalizes the server and rejects what is not one', () => {
    const server = (s: string) => new ArgoCdClient({ server: s, token: 't' }).server;
    expect(server('argocd.example.com')).toBe('https://argocd.example.com');
    expect(server('https://argocd.example.com/')).toBe('https://argocd.example.com');
    expect(server('https://example.com/argocd/api/v1/')).toBe('https://example.com/argocd');
    expect(() => server('ftp://argocd.example.com')).toThrow('must be an http(s) URL');
    expect(() => server('https://user:pw@argocd.example.com')).toThrow('must not carry credentials');
  });

  it('reports non-JSON error pages, redirects and redacts an echoed token', async () => {
    const token = 'echoed-token-abcdef';
    const answers = [
      new Response('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
      new Response(null, { status: 302, headers: { location: 'https://sso.example.com/login' } }),
      new Response(JSON.stringify({ error: `bad token ${token}`, code: 7, message: `bad token ${token}` }), {
        status: 403,
      }),
    ];
    const fetchImpl = (async () => answers.shift()!) as typeof fetch;
    const client = new ArgoCdClient({ server: 'argocd.example.com', token }, fetchImpl);
    expect((await rejection(client.listApplications())).message).toContain(
      'HTTP 502: <html><body>502 Bad Gateway',
    );
    expect((await rejection(client.listApplications())).message).toContain(
      'redirect to https://sso.example.com/login',
    );
    const echoed = await rejection(client.listApplications());
    expect(echoed.message).toContain('bad token ***');
    expect(echoed.message).not.toContain(token);
  });

  it('summarizes single- and multi-source Applications, and ones without status', () => {
    const multi = makeApplication({
      name: 'multi',
      cluster: 'dev-01',
      revision: SHA(8),
      sources: [
        { repoURL: 'https://charts.example.com', chart: 'web', targetRevision: '1.2.3' },
        { repoURL: 'https://github.com/example-org/gitops-repo.git', targetRevision: 'main', ref: 'values' },
      ],
      revisions: ['1.2.3', SHA(8)],
    });
    expect(checkProjectSchema(multi)).toEqual([]);
    expect(summarizeApplication(multi)).toMatchObject({ revision: null, revisions: ['1.2.3', SHA(8)] });
    const bare: ArgoApplication = { metadata: { name: 'new' }, spec: {} };
    expect(summarizeApplication(bare)).toEqual({
      name: 'new',
      sync: 'Unknown',
      health: 'Unknown',
      revision: null,
      revisions: [],
      operationPhase: null,
      reconciledAt: null,
    });
  });
});
