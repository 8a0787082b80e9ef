import { afterEach, describe, expect, it } from 'vitest';
import { ArgoCdError, createArgoCd } from '../../src/argocd/client.js';
import { normalizeRepoURL } from '../../src/gitops/repo-url.js';
import type { ArgoApplication, ArgoCdPort } from '../../src/ports/argocd.js';
import { verifyRelease, type VerifyRequest } from '../../src/release/verify.js';
import { type ArgoCdServer, makeApplication, startArgoCdServer } from '../helpers/argocd-server.js';
import { FakeArgoCd, fakeApp } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const SHA = 'c0ffee0000000000000000000000000000000001';
const OLD = '1a2b3c4000000000000000000000000000000002';
const REPO = 'https://github.com/example-org/gitops-repo';

/** Time that passes only when slept; `between[n]` runs after the n-th sleep (1-based), i.e. before poll n+1. */
class FakeClock {
  t = 1_000_000;
  readonly sleeps: number[] = [];
  readonly between = new Map<number, () => void>();
  now = () => this.t;
  sleep = async (ms: number) => {
    this.sleeps.push(ms);
    this.t += ms;
    this.between.get(this.sleeps.length)?.();
  };
  get polls(): number {
    return this.sleeps.length + 1;
  }
}

function setup(changes: Partial<VerifyRequest> = {}) {
  const argocd = new FakeArgoCd();
  const clock = new FakeClock();
  const logger = new RecordingLogger();
  const request: VerifyRequest = {
    argocd,
    clusters: ['prod-01'],
    clusterLabel: 'cluster',
    sha: SHA,
    repoURL: normalizeRepoURL(REPO),
    timeoutMs: 1000,
    intervalMs: 100,
    logger,
    clock,
    ...changes,
  };
  return { argocd, clock, logger, request, run: () => verifyRelease(request) };
}

const app = (name: string, status: Parameters<typeof fakeApp>[2], cluster = 'prod-01') =>
  fakeApp(name, cluster, { repoURL: REPO, ...status });

/** An app whose last sync operation went to `revision` and ended in `phase`. */
function withOperation(a: ArgoApplication, phase: string, op: { result?: string; asked?: string }) {
  a.status!.operationState = {
    phase,
    message: `one or more objects failed to apply\n(details)`,
    ...(op.result ? { syncResult: { revision: op.result } } : {}),
    ...(op.asked ? { operation: { sync: { revision: op.asked } } } : {}),
  };
  return a;
}

/** Multi-source: a Helm repository chart at a version, and values from this repo at `values`. */
function chartApp(name: string, values: string): ArgoApplication {
  return {
    metadata: { name, labels: { cluster: 'prod-01' } },
    spec: {
      sources: [
        { repoURL: 'https://charts.example.com', chart: 'loki', targetRevision: '6.1.0' },
        { repoURL: `${REPO}.git`, targetRevision: 'stable', ref: 'values' },
      ],
    },
    status: { sync: { status: 'Synced', revisions: ['6.1.0', values] }, health: { status: 'Healthy' } },
  };
}

/** A single Helm repository chart: no source of this repo (nor of any git repo). */
function chartOnly(name: string, cluster: string): ArgoApplication {
  return {
    metadata: { name, labels: { cluster } },
    spec: { source: { repoURL: 'https://charts.example.com', chart: 'loki', targetRevision: '6.1.0' } },
    status: { sync: { status: 'Synced', revision: '6.1.0' }, health: { status: 'Healthy' } },
  };
}

describe('verifyRelease (fake clock, in-memory Argo CD)', () => {
  it('verified at once when every Application is Synced at the sha and Healthy', async () => {
    const { argocd, clock, run } = setup();
    argocd.apps.push(app('prod-01-api', { revision: SHA }), app('prod-01-web', { revision: SHA }));
    const v = await run();
    expect(v).toMatchObject({ state: 'verified', waitedMs: 0 });
    expect(v.apps.map((a) => [a.name, a.cluster, a.state, a.revisions])).toEqual([
      ['prod-01-api', 'prod-01', 'ok', [SHA]],
      ['prod-01-web', 'prod-01', 'ok', [SHA]],
    ]);
    expect(clock.sleeps).toEqual([]);
    expect(argocd.selectors).toEqual(['cluster=prod-01']);
  });

  it('becomes healthy after 2 polls → verified at the third', async () => {
    const { argocd, clock, logger, run } = setup();
    const web = app('prod-01-web', { revision: OLD, sync: 'OutOfSync' });
    argocd.apps.push(app('prod-01-api', { revision: SHA }), web);
    clock.between.set(1, () => {
      web.status!.sync = { status: 'Synced', revision: SHA };
      web.status!.health = { status: 'Progressing' };
    });
    clock.between.set(2, () => (web.status!.health = { status: 'Healthy' }));
    const v = await run();
    expect(v).toMatchObject({ state: 'verified', waitedMs: 200 });
    expect(clock.polls).toBe(3);
    // One info line per poll, with counts, naming no Application.
    expect(logger.lines.map((l) => l.level)).toEqual(['info', 'info', 'info']);
    expect(logger.lines[0]!.message).toContain('1 of 2 Applications');
    expect(logger.lines.some((l) => l.message.includes('prod-01-web'))).toBe(false);
  });

  it('Degraded until the deadline → failed, naming it, after polling every interval', async () => {
    const { argocd, clock, run } = setup({ timeoutMs: 250 });
    argocd.apps.push(
      app('prod-01-api', { revision: SHA, health: 'Degraded' }),
      app('prod-01-web', { revision: OLD, sync: 'OutOfSync' }),
      app('prod-01-db', { revision: SHA }),
    );
    const v = await run();
    expect(v).toEqual({
      state: 'failed',
      apps: expect.any(Array),
      waitedMs: 250,
      why: 'prod-01-api Degraded, prod-01-web OutOfSync at 1a2b3c4',
    });
    expect(v.apps.map((a) => [a.name, a.state, a.sync, a.health])).toEqual([
      ['prod-01-api', 'waiting', 'Synced', 'Degraded'],
      ['prod-01-web', 'waiting', 'OutOfSync', 'Healthy'],
      ['prod-01-db', 'ok', 'Synced', 'Healthy'],
    ]);
    // Never sleeps past the deadline; the last poll is at it.
    expect(clock.sleeps).toEqual([100, 100, 50]);
  });

  it('Synced but at another sha is not ok', async () => {
    const { argocd, run } = setup({ timeoutMs: 0 });
    argocd.apps.push(app('prod-01-api', { revision: OLD }));
    expect(await run()).toMatchObject({
      state: 'failed',
      why: 'prod-01-api Synced at 1a2b3c4, not c0ffee0',
    });
  });

  it('a sync operation Failed at the sha → failed at once, with its message', async () => {
    const { argocd, clock, run } = setup();
    argocd.apps.push(
      app('prod-01-db', { revision: SHA }),
      withOperation(app('prod-01-api', { revision: OLD, sync: 'OutOfSync' }), 'Failed', { result: SHA }),
    );
    const v = await run();
    expect(v).toMatchObject({
      state: 'failed',
      waitedMs: 0,
      why: 'prod-01-api sync Failed at c0ffee0: one or more objects failed to apply',
    });
    expect(v.apps.find((a) => a.name === 'prod-01-api')?.state).toBe('failed');
    expect(clock.sleeps).toEqual([]);
  });

  it('an operation that errored before a result counts by the revision it was asked for', async () => {
    const { argocd, run } = setup();
    argocd.apps.push(withOperation(app('prod-01-api', { revision: OLD }), 'Error', { asked: SHA }));
    expect(await run()).toMatchObject({ state: 'failed', waitedMs: 0 });
  });

  it('a failed operation at another sha, or a Running one, is no verdict: keep waiting', async () => {
    const { argocd, clock, run } = setup();
    const old = withOperation(app('prod-01-api', { revision: OLD, sync: 'OutOfSync' }), 'Failed', {
      result: OLD,
    });
    const running = withOperation(app('prod-01-web', { revision: SHA }), 'Running', { result: SHA });
    argocd.apps.push(old, running);
    clock.between.set(1, () => {
      old.status = app('prod-01-api', { revision: SHA }).status;
      running.status!.operationState!.phase = 'Succeeded';
    });
    const v = await run();
    expect(v).toMatchObject({ state: 'verified', waitedMs: 100 });
  });

  it('Healthy and Synced at the sha while the sync operation still runs is waiting', async () => {
    const { argocd, run } = setup({ timeoutMs: 0 });
    argocd.apps.push(withOperation(app('prod-01-web', { revision: SHA }), 'Running', { result: SHA }));
    expect(await run()).toMatchObject({
      state: 'failed',
      why: 'prod-01-web sync operation Running',
    });
  });

  it("a chart source's version does not count; this repo's source must be at the sha", async () => {
    const { argocd, clock, run } = setup({ timeoutMs: 200 });
    const loki = chartApp('prod-01-loki', OLD);
    argocd.apps.push(loki);
    clock.between.set(1, () => (loki.status!.sync!.revisions = ['6.1.0', SHA]));
    const v = await run();
    expect(v).toMatchObject({ state: 'verified', waitedMs: 100 });
    expect(v.apps[0]!.revisions).toEqual([SHA]);
  });

  it('no own-repo source: Synced and Healthy is ok (other repos do not count)', async () => {
    const { argocd, run } = setup();
    argocd.apps.push(
      fakeApp('prod-01-ext', 'prod-01', { revision: OLD, repoURL: 'https://github.com/x/y' }),
      app('prod-01-api', { revision: SHA }),
    );
    const v = await run();
    expect(v).toMatchObject({ state: 'verified', waitedMs: 0 });
    expect(v.apps[0]).toMatchObject({ revisions: [], why: 'Synced (no source from this repo) and Healthy' });
  });

  it('a cluster whose Applications all come from elsewhere is never verified: unknown at the deadline', async () => {
    const { argocd, clock, logger, run } = setup({ clusters: ['prod-01', 'prod-02'], timeoutMs: 200 });
    argocd.apps.push(
      app('prod-01-api', { revision: SHA }),
      fakeApp('prod-02-ext', 'prod-02', { revision: OLD, repoURL: 'https://github.com/x/y' }),
      chartOnly('prod-02-loki', 'prod-02'),
    );
    const v = await run();
    expect(v).toEqual({
      state: 'unknown',
      apps: expect.any(Array),
      waitedMs: 200,
      why: 'no Application labelled cluster=prod-02 has a source from this repo',
    });
    expect(v.apps.map((a) => [a.name, a.state])).toEqual([
      ['prod-01-api', 'ok'],
      ['prod-02-ext', 'ok'],
      ['prod-02-loki', 'ok'],
    ]);
    expect(clock.polls).toBe(3);
    expect(logger.lines[0]!.message).toContain('1 cluster without Applications from this repo');
  });

  it('one of ours appearing in that cluster verifies it', async () => {
    const { argocd, clock, run } = setup({ timeoutMs: 1000 });
    argocd.apps.push(fakeApp('prod-01-ext', 'prod-01', { revision: OLD, repoURL: 'https://github.com/x/y' }));
    clock.between.set(2, () => argocd.apps.push(app('prod-01-api', { revision: SHA })));
    expect(await run()).toMatchObject({ state: 'verified', waitedMs: 200 });
  });

  it('repoURL not known: every git source is ours, a Helm chart alone is not', async () => {
    const { argocd, run } = setup({ repoURL: null, clusters: ['prod-01', 'prod-02'], timeoutMs: 0 });
    argocd.apps.push(
      fakeApp('prod-01-ext', 'prod-01', { revision: SHA, repoURL: 'https://github.com/x/y' }),
      chartOnly('prod-02-loki', 'prod-02'),
    );
    expect(await run()).toMatchObject({
      state: 'unknown',
      why: 'no Application labelled cluster=prod-02 has a source from this repo',
    });
    argocd.apps.pop();
    argocd.apps.push(fakeApp('prod-02-ext', 'prod-02', { revision: SHA, repoURL: 'https://github.com/x/z' }));
    expect(await run()).toMatchObject({ state: 'verified' });
  });

  it('401 every time → unknown with the error’s first line, never verified or failed', async () => {
    const { argocd, clock, logger, run } = setup({ timeoutMs: 300 });
    argocd.apps.push(app('prod-01-api', { revision: SHA }));
    const message =
      'Argo CD at https://argocd.test: GET /api/v1/applications failed with HTTP 401: no session';
    argocd.failure = new ArgoCdError(`${message}\nsecond line`, 401, 16);
    const v = await run();
    expect(v).toEqual({ state: 'unknown', apps: [], waitedMs: 300, why: message });
    expect(clock.polls).toBe(4);
    expect(logger.lines).toHaveLength(4);
  });

  it('500 then OK → verified', async () => {
    const { argocd, clock, run } = setup();
    argocd.apps.push(app('prod-01-api', { revision: SHA }));
    argocd.failure = new ArgoCdError('Argo CD at https://argocd.test: failed with HTTP 500', 500, 2);
    clock.between.set(2, () => (argocd.failure = null));
    expect(await run()).toMatchObject({ state: 'verified', waitedMs: 200 });
  });

  it('answered, then unreachable at the deadline → unknown, with the last answered Applications', async () => {
    const { argocd, clock, run } = setup({ timeoutMs: 200 });
    argocd.apps.push(app('prod-01-api', { revision: SHA, health: 'Progressing' }));
    clock.between.set(1, () => (argocd.failure = new Error('Cannot reach Argo CD at https://argocd.test')));
    const v = await run();
    expect(v).toMatchObject({ state: 'unknown', why: 'Cannot reach Argo CD at https://argocd.test' });
    expect(v.apps.map((a) => [a.name, a.state])).toEqual([['prod-01-api', 'waiting']]);
  });

  it('a bad payload proves nothing: unknown', async () => {
    const { argocd, run } = setup({ timeoutMs: 100 });
    argocd.apps.push(app('prod-01-api', { revision: SHA }));
    (argocd.apps[0]!.status!.sync as { revisions: unknown }).revisions = 'c0ffee';
    expect(await run()).toMatchObject({
      state: 'unknown',
      why: 'Argo CD answered Application prod-01-api with a malformed status',
    });
    argocd.apps.splice(0, 1, { metadata: { labels: { cluster: 'prod-01' } } } as unknown as ArgoApplication);
    expect(await run()).toMatchObject({
      state: 'unknown',
      why: 'Argo CD answered an Application without metadata.name',
    });
  });

  it('no Applications for a cluster → waits until the deadline, then unknown naming it', async () => {
    // Argo CD filters lists by RBAC silently: an empty list may be a token that cannot see them.
    const { argocd, clock, run } = setup({ clusters: ['prod-01', 'prod-02'], timeoutMs: 300 });
    argocd.apps.push(app('prod-01-api', { revision: SHA }));
    const v = await run();
    expect(v).toMatchObject({
      state: 'unknown',
      why: 'no Applications labelled cluster=prod-02 visible to this token',
      waitedMs: 300,
    });
    expect(clock.polls).toBe(4);
    expect(argocd.selectors.slice(0, 2)).toEqual(['cluster=prod-01', 'cluster=prod-02']);
  });

  it('an answer that ignores the selector lends no cluster Applications', async () => {
    const fake = new FakeArgoCd();
    fake.apps.push(app('prod-01-api', { revision: SHA }));
    const argocd: ArgoCdPort = { ...fake, listApplications: async () => fake.apps, server: fake.server };
    const { run } = setup({ argocd, clusters: ['prod-01', 'prod-02'], timeoutMs: 0 });
    const v = await run();
    expect(v).toMatchObject({
      state: 'unknown',
      why: 'no Applications labelled cluster=prod-02 visible to this token',
    });
    expect(v.apps.map((a) => a.cluster)).toEqual(['prod-01']);
  });

  it('an Application not ok at the deadline is a failure, the clusters without ours named after it', async () => {
    const { argocd, run } = setup({ clusters: ['prod-01', 'prod-02', 'prod-03'], timeoutMs: 0 });
    argocd.apps.push(
      app('prod-01-api', { revision: SHA, health: 'Degraded' }),
      chartOnly('prod-03-loki', 'prod-03'),
    );
    expect(await run()).toMatchObject({
      state: 'failed',
      why:
        'prod-01-api Degraded, no Applications labelled cluster=prod-02 visible to this token, ' +
        'no Application labelled cluster=prod-03 has a source from this repo',
    });
  });

  it('names at most 10 Applications in why', async () => {
    const { argocd, run } = setup({ timeoutMs: 0 });
    for (let i = 0; i < 12; i++) argocd.apps.push(app(`a${i}`, { revision: SHA, health: 'Missing' }));
    const v = await run();
    expect(v.state === 'failed' && v.why.endsWith('a9 Missing and 2 more')).toBe(true);
    expect(v.apps).toHaveLength(12);
  });

  it('no clusters → unknown at once; a bad interval or timeout is refused', async () => {
    const { argocd, run } = setup({ clusters: [] });
    expect(await run()).toEqual({ state: 'unknown', apps: [], waitedMs: 0, why: 'no clusters to verify' });
    expect(argocd.selectors).toEqual([]);
    await expect(setup({ intervalMs: 0 }).run()).rejects.toThrow(/bad interval/);
    await expect(setup({ timeoutMs: Number.NaN }).run()).rejects.toThrow(/bad interval/);
  });
});

describe('verifyRelease through the real adapter (local Argo CD server, real time)', () => {
  let server: ArgoCdServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('waits while an Application is Progressing, verified once it turns Healthy', async () => {
    server = await startArgoCdServer();
    const s = server;
    s.setApp(makeApplication({ name: 'prod-01-api', cluster: 'prod-01', revision: SHA }));
    s.setApp(
      makeApplication({ name: 'prod-01-web', cluster: 'prod-01', revision: SHA, health: 'Progressing' }),
    );
    s.setApp(makeApplication({ name: 'prod-02-web', cluster: 'prod-02', revision: OLD, health: 'Degraded' }));
    // The flip happens between polls: after the first poll's progress line.
    class FlippingLogger extends RecordingLogger {
      override info(message: string): void {
        super.info(message);
        if (this.lines.length === 1) {
          s.setApp(makeApplication({ name: 'prod-01-web', cluster: 'prod-01', revision: SHA }));
        }
      }
    }
    const logger = new FlippingLogger();
    const v = await verifyRelease({
      argocd: createArgoCd({ server: s.url, token: s.token }),
      clusters: ['prod-01'],
      clusterLabel: 'cluster',
      sha: SHA,
      repoURL: normalizeRepoURL(REPO),
      timeoutMs: 2000,
      intervalMs: 20,
      logger,
    });
    expect(v.state).toBe('verified');
    expect(v.apps.map((a) => [a.name, a.health, a.state])).toEqual([
      ['prod-01-api', 'Healthy', 'ok'],
      ['prod-01-web', 'Healthy', 'ok'],
    ]);
    expect(v.waitedMs).toBeGreaterThanOrEqual(15);
    expect(logger.lines).toHaveLength(2);
    const lists = s.requests.filter((r) => r.path === '/api/v1/applications');
    expect(lists.map((r) => r.query.selector)).toEqual([['cluster=prod-01'], ['cluster=prod-01']]);
    expect(s.violations).toEqual([]);
  });

  it('a rejected token until the deadline → unknown, the token in no message', async () => {
    server = await startArgoCdServer();
    const token = 'not-the-token-of-this-server-0123456789';
    const v = await verifyRelease({
      argocd: createArgoCd({ server: server.url, token }),
      clusters: ['prod-01'],
      clusterLabel: 'cluster',
      sha: SHA,
      repoURL: null,
      timeoutMs: 100,
      intervalMs: 20,
      logger: new RecordingLogger(),
    });
    expect(v.state).toBe('unknown');
    expect(v.state === 'unknown' && v.why).toMatch(/HTTP 401/);
    expect(JSON.stringify(v)).not.toContain(token);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });
});
