/** The live drift section over the in-memory Argo CD port: the cases the HTTP fake would make long-winded. */
import { describe, expect, it } from 'vitest';
import { ArgoCdError } from '../../src/argocd/client.js';
import { clusterSelector, isLabelKey, isLabelValue } from '../../src/drift/cluster-selector.js';
import { lastSuccessfulSync } from '../../src/drift/live-application.js';
import { liveDrift, type LiveClusterInput, type LiveDriftInput } from '../../src/drift/live.js';
import type { LiveCluster } from '../../src/drift/model.js';
import { MAX_REASON, reasonLine } from '../../src/drift/reason.js';
import type { ArgoApplication, ArgoApplicationFilter } from '../../src/ports/argocd.js';
import { FakeArgoCd, fakeApp } from '../helpers/fake-ports.js';

const SHA = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const REPO = 'https://github.com/example-org/gitops-repo';

const cluster = (name: string, rendered: string[], expectedSha: string | null = SHA): LiveClusterInput => ({
  name,
  env: 'dev',
  ref: 'dev',
  expectedSha,
  rendered: rendered.map((n) => ({ name: n, namespace: 'argocd' })),
});
const input = (clusters: LiveClusterInput[], repoURL: string | null = REPO): LiveDriftInput => ({
  server: 'https://argocd.test',
  clusterLabel: 'cluster',
  repoURLs: repoURL === null ? [] : [repoURL],
  clusters,
  now: new Date('2026-01-16T00:00:00Z'),
});
const app = (name: string, status: Parameters<typeof fakeApp>[2] = { revision: SHA }): ArgoApplication => ({
  ...fakeApp(name, 'dev-01', status),
  metadata: { name, namespace: 'argocd', labels: { cluster: 'dev-01' } },
});
async function checked(argocd: FakeArgoCd, c: LiveClusterInput, repoURL: string | null = REPO) {
  const live = await liveDrift(argocd, input([c], repoURL));
  expect(live.state).toBe('computed');
  const only = (live as { clusters: LiveCluster[] }).clusters[0]!;
  expect(only.state).toBe('checked');
  return only as Extract<LiveCluster, { state: 'checked' }>;
}
const problems = (c: Extract<LiveCluster, { state: 'checked' }>) =>
  c.applications.map((a) => [a.name, a.problems]);

describe('liveDrift', () => {
  it('no clusters: skipped, Argo CD not asked', async () => {
    const argocd = new FakeArgoCd();
    expect(await liveDrift(argocd, input([]))).toEqual({
      state: 'skipped',
      reason: 'no clusters to look up in Argo CD',
    });
    expect(argocd.selectors).toEqual([]);
  });

  it('a status Argo CD does not report, or one this project does not know, is unknown, never healthy', async () => {
    const argocd = new FakeArgoCd();
    const bare = app('bare');
    delete bare.status;
    const empty = app('empty');
    empty.status = { sync: {}, health: {} };
    argocd.apps.push(bare, empty, app('odd', { revision: SHA, health: 'Rebooting' }), app('ok'));
    argocd.apps.push(app('paused', { revision: SHA, health: 'Suspended' }));
    argocd.apps.push(app('rolling', { revision: SHA, health: 'Progressing' }));
    const c = await checked(argocd, cluster('dev-01', ['bare', 'empty', 'odd', 'ok', 'paused', 'rolling']));
    expect(problems(c)).toEqual([
      ['bare', ['unknown']],
      ['empty', ['unknown']],
      ['odd', ['unknown']],
    ]);
    expect(c.applications[0]).toMatchObject({ sync: 'Unknown', health: 'Unknown' });
  });

  it('Synced without a revision is unknown (not proven at the sha); without an expected sha no revision is checked', async () => {
    const argocd = new FakeArgoCd();
    const norev = app('norev');
    norev.status!.sync = { status: 'Synced' };
    argocd.apps.push(norev, app('old', { revision: OLD }));
    expect(problems(await checked(argocd, cluster('dev-01', ['norev', 'old'])))).toEqual([
      ['norev', ['unknown']],
      ['old', ['wrong-revision']],
    ]);
    expect(problems(await checked(argocd, cluster('dev-01', ['norev', 'old'], null)))).toEqual([]);
  });

  it('compares shas case-insensitively and only for this repo’s sources', async () => {
    const argocd = new FakeArgoCd();
    argocd.apps.push(app('upper', { revision: SHA.toUpperCase() }));
    argocd.apps.push(app('other', { revision: OLD, repoURL: 'https://github.com/example-org/other' }));
    expect(problems(await checked(argocd, cluster('dev-01', ['upper', 'other'])))).toEqual([]);
    // Without the repo's URL, every git source is taken for this repo's.
    expect(problems(await checked(argocd, cluster('dev-01', ['upper', 'other']), null))).toEqual([
      ['other', ['wrong-revision']],
    ]);
  });

  it('matches by name and namespace; a name in two namespaces is shown with its namespace', async () => {
    const argocd = new FakeArgoCd();
    const elsewhere = app('web');
    elsewhere.metadata.namespace = 'team-a';
    const anywhere = app('api');
    delete anywhere.metadata.namespace; // Argo CD did not say: matched by name
    argocd.apps.push(elsewhere, anywhere, app('extra', { revision: OLD, sync: 'OutOfSync' }));
    const c = await checked(argocd, cluster('dev-01', ['web', 'api']));
    expect(c).toMatchObject({
      orphans: ['extra', 'team-a/web'],
      notDeployed: ['argocd/web'],
      applicationCount: 3,
    });
    // An orphan with a problem is listed among the problems too; Synced is not claimed for it.
    expect(problems(c)).toEqual([['extra', ['out-of-sync']]]);
  });

  it('an answer that ignores the selector lends the cluster no Applications', async () => {
    const argocd = new FakeArgoCd();
    argocd.apps.push(app('web'), { ...app('prod-web'), metadata: { name: 'prod-web', labels: {} } });
    argocd.listApplications = async () => argocd.apps;
    expect(await checked(argocd, cluster('dev-01', ['web']))).toMatchObject({
      orphans: [],
      applicationCount: 1,
    });
  });

  it('the first listing failing makes the section unreachable after that one request', async () => {
    const argocd = new FakeArgoCd();
    argocd.failure = new ArgoCdError('Argo CD at https://argocd.test: failed with HTTP 401: no', 401, 16);
    const live = await liveDrift(argocd, input([cluster('dev-01', []), cluster('dev-02', [])]));
    expect(live).toEqual({
      state: 'unreachable',
      server: 'https://argocd.test',
      reason: 'Argo CD refused the token (401): it is expired, revoked or not an Argo CD API token',
    });
    const calls: string[] = [];
    const port = new FakeArgoCd();
    port.listApplications = async (f?: ArgoApplicationFilter) => {
      calls.push(f?.selector ?? '');
      throw 'socket hang up\n'; // not even an Error
    };
    expect(await liveDrift(port, input([cluster('dev-01', []), cluster('dev-02', [])]))).toEqual({
      state: 'unreachable',
      server: 'https://argocd.test',
      reason: 'socket hang up',
    });
    expect(calls).toEqual(['cluster=dev-01']);
  });

  it('a port that hands over something else than Applications: a bad payload', async () => {
    const argocd = new FakeArgoCd();
    argocd.listApplications = async () => ({ items: [] }) as unknown as ArgoApplication[];
    expect(await liveDrift(argocd, input([cluster('dev-01', [])]))).toMatchObject({
      state: 'unreachable',
      reason: 'Argo CD answered an Application list that is not a list',
    });
    argocd.listApplications = async () => [{ metadata: { name: 'x' }, spec: { sources: 'a' } }] as never;
    expect(await liveDrift(argocd, input([cluster('dev-01', [])]))).toMatchObject({
      state: 'unreachable',
      reason: 'Argo CD answered Application x with a malformed spec',
    });
  });

  it('a later cluster failing is unknown with a bounded one-line reason; the others are checked', async () => {
    const argocd = new FakeArgoCd();
    argocd.apps.push(app('web'));
    const list = argocd.listApplications.bind(argocd);
    argocd.listApplications = async (f) => {
      if (f?.selector === 'cluster=dev-02') throw new ArgoCdError(`HTTP 403\n${'y'.repeat(900)}`, 403, 7);
      if (f?.selector === 'cluster=dev-03') throw new Error(`line one\r\nline two\u0085${'z'.repeat(900)}`);
      return list(f);
    };
    const live = await liveDrift(
      argocd,
      input([cluster('dev-01', ['web']), cluster('dev-02', []), cluster('dev-03', [])]),
    );
    const clusters = (live as { clusters: LiveCluster[] }).clusters;
    expect(clusters.map((c) => c.state)).toEqual(['checked', 'unknown', 'unknown']);
    expect(clusters[1]).toEqual({
      cluster: 'dev-02',
      state: 'unknown',
      reason:
        'Argo CD did not list its Applications: Argo CD refused the token (403): its account or project role may not list Applications',
    });
    const reason = (clusters[2] as { reason: string }).reason;
    expect(reason.startsWith('Argo CD did not list its Applications: line one line two zzz')).toBe(true);
    expect(Array.from(reason)).toHaveLength(MAX_REASON);
    expect(reason.endsWith('z…')).toBe(true);
  });

  it('names that are no label key or value are unknown without a request', async () => {
    const argocd = new FakeArgoCd();
    const live = await liveDrift(argocd, { ...input([cluster('dev-01', [])]), clusterLabel: 'a b' });
    expect(live).toEqual({
      state: 'computed',
      server: 'https://argocd.test',
      clusters: [
        { cluster: 'dev-01', state: 'unknown', reason: 'clusterLabel "a b" is not a Kubernetes label key' },
      ],
    });
    expect(argocd.selectors).toEqual([]);
    expect(clusterSelector('cluster', 'dev\n01')).toEqual({
      ok: false,
      reason: 'cluster name "dev\\n01" is not a label value: no cluster=… selector lists its Applications',
    });
  });
});

describe('label keys and values', () => {
  it('accepts Kubernetes label keys and values, and nothing that would change the selector', () => {
    for (const key of ['cluster', 'argocd.argoproj.io/cluster', 'example.com/a_b.c-d', 'A1'])
      expect(isLabelKey(key), key).toBe(true);
    for (const key of ['', 'a b', 'a,b', 'Example.com/x', '/x', 'x/', 'a=b', `${'k'.repeat(64)}`, '-a'])
      expect(isLabelKey(key), key).toBe(false);
    for (const value of ['dev-01', 'a', 'prod_eu.1', 'v'.repeat(63)])
      expect(isLabelValue(value), value).toBe(true);
    for (const value of ['', 'a,b', 'a!=b', 'a b', 'x)', '-a', 'a-', 'v'.repeat(64), 'é'])
      expect(isLabelValue(value), value).toBe(false);
  });
});

describe('lastSuccessfulSync', () => {
  const at = (status: ArgoApplication['status']): ArgoApplication => ({
    metadata: { name: 'a' },
    spec: {},
    status,
  });
  it('the newest of a Succeeded operation’s finishedAt and the history’s deployedAt', () => {
    const history = [{ deployedAt: '2026-01-10T00:00:00Z' }, { deployedAt: '2026-01-12T00:00:00Z' }];
    const op = (phase: string, finishedAt?: string) => ({ operationState: { phase, finishedAt } });
    expect(lastSuccessfulSync(at({ history, ...op('Failed', '2026-01-15T00:00:00Z') }))).toBe(
      Date.parse('2026-01-12T00:00:00Z'),
    );
    expect(lastSuccessfulSync(at({ history, ...op('Succeeded', '2026-01-13T00:00:00Z') }))).toBe(
      Date.parse('2026-01-13T00:00:00Z'),
    );
    expect(lastSuccessfulSync(at({ ...op('Running') }))).toBeNull();
    expect(lastSuccessfulSync(at({ history: [{ deployedAt: 'yesterday' }], ...op('Succeeded') }))).toBeNull();
    expect(lastSuccessfulSync(at({ history: null }))).toBeNull();
    expect(lastSuccessfulSync(at(undefined))).toBeNull();
  });
});

describe('reasonLine', () => {
  it('one line without control characters, at most MAX_REASON characters, surrogate pairs whole', () => {
    expect(reasonLine(' a\n\tb\u001b[0m\u0085c\u2028d  e ')).toBe('a b [0m c d e');
    const long = reasonLine('😀'.repeat(MAX_REASON + 5));
    expect(Array.from(long)).toHaveLength(MAX_REASON);
    expect(long.endsWith('😀…')).toBe(true);
    expect(reasonLine('short')).toBe('short');
  });
});
