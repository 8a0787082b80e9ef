/**
 * The live drift section against the local Argo CD server (test/helpers/argocd-server.ts): the real client
 * over HTTP on 127.0.0.1, every query and answer checked against Argo CD's API description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArgoCdClient } from '../../src/argocd/client.js';
import { liveDrift, type LiveClusterInput, type LiveDriftInput } from '../../src/drift/live.js';
import type { LiveCluster, LiveSection } from '../../src/drift/model.js';
import { normalizeRepoURL } from '../../src/gitops/repo-url.js';
import { type ArgoCdServer, makeApplication, startArgoCdServer } from '../helpers/argocd-server.js';

const DEV = 'd'.repeat(40);
const OLD = '0ld'.repeat(13) + '0';
const PROD = 'f'.repeat(40);
const REPO = 'https://github.com/example-org/gitops-repo.git';
const CHARTS = 'https://charts.example.com';
const NOW = new Date('2026-01-16T00:00:00Z');

type App = ReturnType<typeof makeApplication>;
type Status = NonNullable<App['status']>;

/** A cluster's Applications, as a mix of every state Argo CD reports. */
function seedDev01(server: ArgoCdServer): void {
  const app = (name: string, opts: Partial<Parameters<typeof makeApplication>[0]> = {}) =>
    makeApplication({ name, cluster: 'dev-01', env: 'dev', revision: DEV, targetRevision: 'dev', ...opts });
  server.setApp(app('web'));
  server.setApp(app('api', { sync: 'OutOfSync', health: 'Progressing', operationPhase: 'Running' }));
  server.setApp(app('worker', { health: 'Degraded' }));
  server.setApp(app('cache', { sync: 'OutOfSync', health: 'Missing', operationPhase: 'Failed' }));
  server.setApp(app('queue', { sync: 'Unknown', health: 'Unknown' }));
  const fresh = app('fresh'); // created, not reconciled yet: no status at all
  delete (fresh as { status?: unknown }).status;
  server.setApp(fresh);
  server.setApp(app('stale', { revision: OLD }));
  // A Helm repository chart (its revision a version) and this repo's values (`ref`) and path sources.
  const sources = [
    { repoURL: CHARTS, chart: 'redis', targetRevision: '18.1.0' },
    { repoURL: REPO, targetRevision: 'dev', ref: 'values' },
    { repoURL: REPO, path: 'clusters/dev-01/apps/redis', targetRevision: 'dev' },
  ];
  server.setApp(app('redis', { sources, revisions: ['18.1.0', DEV, DEV] }));
  server.setApp(app('kafka', { sources, revisions: ['18.1.0', DEV, OLD] }));
  server.setApp(app('legacy'));
  // Argo CD records the newest successful sync in the history; a later failed operation does not count.
  const history = server.apps.get('web')!.status as Status & { history: { deployedAt: string }[] };
  history.history.push({ ...history.history[0]!, id: 1, deployedAt: '2026-01-15T11:30:00Z' } as never);
  const failed = server.apps.get('cache')!.status!.operationState!;
  failed.finishedAt = '2026-01-15T12:00:00Z';
  server.setApp(makeApplication({ name: 'web-prod', cluster: 'prod-01', env: 'prod', revision: PROD }));
}

const rendered = (...names: string[]) => names.map((name) => ({ name, namespace: 'argocd' }));
const DEV_01: LiveClusterInput = {
  name: 'dev-01',
  env: 'dev',
  ref: 'dev',
  expectedSha: DEV,
  rendered: rendered(
    ...['web', 'api', 'worker', 'cache', 'queue', 'fresh', 'stale', 'redis', 'kafka', 'search'],
  ),
};
const PROD_01: LiveClusterInput = {
  name: 'prod-01',
  env: 'prod',
  ref: 'stable',
  expectedSha: PROD,
  rendered: rendered('web-prod'),
};

describe('liveDrift against the local Argo CD server', () => {
  let server: ArgoCdServer;
  let client: ArgoCdClient;
  const input = (clusters: LiveClusterInput[]): LiveDriftInput => ({
    server: client.server,
    clusterLabel: 'cluster',
    repoURLs: [normalizeRepoURL(REPO)],
    clusters,
    now: NOW,
  });

  beforeEach(async () => {
    server = await startArgoCdServer();
    client = new ArgoCdClient({ server: server.url, token: server.token });
    seedDev01(server);
  });
  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  it('reports each Application with a problem, orphans, the ones not deployed and the last sync', async () => {
    const live = await liveDrift(client, input([DEV_01, PROD_01]));
    const problems = (c: LiveCluster) =>
      c.state === 'checked' ? c.applications.map((a) => [a.name, a.problems]) : c.reason;
    expect(live.state).toBe('computed');
    if (live.state !== 'computed') return;
    expect(live.server).toBe(server.url);
    const [dev, prod] = live.clusters;
    expect(problems(dev!)).toEqual([
      ['api', ['out-of-sync']],
      ['cache', ['out-of-sync', 'missing']],
      ['fresh', ['unknown']],
      ['kafka', ['wrong-revision']],
      ['queue', ['unknown']],
      ['stale', ['wrong-revision']],
      ['worker', ['degraded']],
    ]);
    expect(dev).toMatchObject({
      cluster: 'dev-01',
      state: 'checked',
      orphans: ['legacy'],
      notDeployed: ['search'],
      lastSyncAt: '2026-01-15T11:30:00.000Z',
      applicationCount: 10,
    });
    const byName = (name: string) =>
      dev!.state === 'checked' ? dev!.applications.find((a) => a.name === name) : undefined;
    // The path source of kafka (the third) is at the old sha: the chart's version and the values ref do not count.
    expect(byName('kafka')).toEqual({
      name: 'kafka',
      sync: 'Synced',
      health: 'Healthy',
      revision: OLD,
      expectedRevision: DEV,
      problems: ['wrong-revision'],
    });
    expect(byName('fresh')).toMatchObject({ sync: 'Unknown', health: 'Unknown', revision: null });
    expect(prod).toEqual({
      cluster: 'prod-01',
      state: 'checked',
      applications: [],
      orphans: [],
      notDeployed: [],
      lastSyncAt: '2026-01-15T10:00:07.000Z',
      applicationCount: 1,
    });
    expect(server.requests.map((r) => [r.path, r.query.selector, r.status])).toEqual([
      ['/api/v1/applications', ['cluster=dev-01'], 200],
      ['/api/v1/applications', ['cluster=prod-01'], 200],
    ]);
  });

  it('one cluster whose listing fails is unknown; the others are checked', async () => {
    server.failWith = (r) =>
      r.query.selector?.[0] === 'cluster=prod-01'
        ? { code: 14, message: 'connection refused\nupstream' }
        : null;
    const live = await liveDrift(client, input([DEV_01, PROD_01]));
    expect(live.state).toBe('computed');
    if (live.state !== 'computed') return;
    expect(live.clusters[0]).toMatchObject({ cluster: 'dev-01', state: 'checked', applicationCount: 10 });
    expect(live.clusters[1]).toEqual({
      cluster: 'prod-01',
      state: 'unknown',
      reason:
        `Argo CD did not list its Applications: Argo CD at ${server.url}: GET /api/v1/applications ` +
        'failed with HTTP 503: connection refused upstream',
    });
  });

  it('a cluster whose name is no label value is unknown without asking Argo CD', async () => {
    const hostile = { ...PROD_01, name: 'prod-01,cluster!=x' };
    const live = await liveDrift(client, input([hostile, DEV_01]));
    expect(live.state === 'computed' && live.clusters.map((c) => [c.cluster, c.state])).toEqual([
      ['prod-01,cluster!=x', 'unknown'],
      ['dev-01', 'checked'],
    ]);
    expect(server.requests.map((r) => r.query.selector)).toEqual([['cluster=dev-01']]);
  });

  describe('Argo CD that cannot be asked: the section is unreachable, after one request', () => {
    async function unreachable(run: Promise<LiveSection>): Promise<string> {
      const live = await run;
      expect(live).toMatchObject({ state: 'unreachable', server: server.url });
      expect(server.requests).toHaveLength(1);
      const reason = (live as { reason: string }).reason;
      // eslint-disable-next-line no-control-regex
      expect(reason).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(reason.length).toBeLessThanOrEqual(300);
      return reason;
    }

    it('401: the token is refused, and never printed', async () => {
      const wrong = new ArgoCdClient({ server: server.url, token: 'not-the-token-5678' });
      const reason = await unreachable(liveDrift(wrong, input([DEV_01, PROD_01])));
      expect(reason).toBe(
        'Argo CD refused the token (401): it is expired, revoked or not an Argo CD API token',
      );
      expect(server.requests[0]!.status).toBe(401);
    });

    it('403: the token may not list Applications', async () => {
      server.failWith = () => ({ code: 7, message: 'permission denied' });
      expect(await unreachable(liveDrift(client, input([DEV_01, PROD_01])))).toBe(
        'Argo CD refused the token (403): its account or project role may not list Applications',
      );
    });

    it('500: Argo CD’s own message, on one line', async () => {
      server.failWith = () => ({ code: 2, message: 'rpc error:\n\tcache is\r\nnot ready' });
      expect(await unreachable(liveDrift(client, input([DEV_01, PROD_01])))).toBe(
        `Argo CD at ${server.url}: GET /api/v1/applications failed with HTTP 500: rpc error: cache is not ready`,
      );
    });

    it('a proxy’s long error page that echoes the token: one bounded line, the token masked', async () => {
      const page = `<html>\n<body>\u001b[31m${server.token}\u2028${'x'.repeat(5000)}</body>`;
      server.rawAnswer = { status: 502, text: page, contentType: 'text/html' };
      const reason = await unreachable(liveDrift(client, input([DEV_01, PROD_01])));
      expect(reason).toMatch(
        new RegExp(`^Argo CD at ${server.url}: GET /api/v1/applications failed with HTTP 502: `),
      );
      expect(reason).not.toContain(server.token);
      expect(reason).toContain('***');
      expect(reason.endsWith('…')).toBe(true);
    });

    it('a timeout names the wait', async () => {
      server.delayMs = 60_000;
      const hurried = new ArgoCdClient({ server: server.url, token: server.token, timeoutMs: 300 });
      const started = Date.now();
      expect(await unreachable(liveDrift(hurried, input([DEV_01, PROD_01])))).toBe(
        `Argo CD at ${server.url} did not answer GET /api/v1/applications within 300 ms`,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('a connection refused names the server', async () => {
      const closed = await startArgoCdServer();
      const url = closed.url;
      await closed.close();
      const gone = new ArgoCdClient({ server: url, token: server.token });
      const live = await liveDrift(gone, { ...input([DEV_01]), server: url });
      expect(live).toMatchObject({ state: 'unreachable', server: url });
      expect((live as { reason: string }).reason).toMatch(
        new RegExp(`^Cannot reach Argo CD at ${url} \\(GET /api/v1/applications\\): `),
      );
    });

    it.each([
      ['malformed JSON', '{"items": [', 'answered 200 with invalid JSON'],
      ['JSON null', 'null', 'answered 200 with a payload that is not a JSON object'],
      ['a JSON array', '[]', 'answered 200 with a payload that is not a JSON object'],
      [
        'items that are no list',
        '{"items": {"web": {}}}',
        'answered 200 with an Application list whose items are not a list',
      ],
      [
        'an item without spec',
        '{"items": [{"metadata": {"name": "web"}}]}',
        'answered 200 with Application web with a malformed spec',
      ],
      [
        'a status of the wrong type',
        '{"items": [{"metadata": {"name": "web"}, "spec": {}, "status": {"sync": {"revisions": "abc"}}}]}',
        'answered 200 with Application web with a malformed status',
      ],
    ])('%s is a bad payload, not an empty cluster', async (_, text, says) => {
      server.rawAnswer = { status: 200, text };
      expect(await unreachable(liveDrift(client, input([DEV_01, PROD_01])))).toBe(
        `Argo CD at ${server.url}: GET /api/v1/applications ${says}`,
      );
    });
  });
});
