import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { branch, tag } from '../../src/git/refs.js';
import { normalizeRepoURL } from '../../src/gitops/repo-url.js';
import { edgeSettings } from '../../src/promote/edge-settings.js';
import { evaluateGates, GATE_ORDER, type GateContext, type GateId } from '../../src/promote/gates.js';
import { FakeArgoCd, fakeApp, FakeGit, FakeGitHub } from '../helpers/fake-ports.js';

const NOW = new Date('2026-01-02T00:00:00Z');
const HOUR = 3_600_000;

/** dev → staging at a candidate committed 24h before NOW, every gate, nothing configured. */
function context(changes: Partial<GateContext> = {}): GateContext & { fakeGit: FakeGit } {
  const fakeGit = new FakeGit();
  const base = fakeGit.commit([], 'base', '2025-12-31T00:00:00Z');
  const candidate = fakeGit.commit([base], 'candidate', '2026-01-01T00:00:00Z');
  return {
    fakeGit,
    edge: {
      from: branch('dev'),
      to: branch('staging'),
      candidate,
      soakEnvironment: 'dev',
      clusters: ['dev-01'],
    },
    settings: { gates: GATE_ORDER, soak: null, requiredChecks: null, blockingLabels: [], freeze: [] },
    clusterLabel: 'cluster',
    repoURL: normalizeRepoURL('https://github.com/example-org/gitops-repo'),
    ownRunId: null,
    now: NOW,
    git: fakeGit,
    validateCandidate: async () => ({ errors: 0, first: null }),
    github: null,
    argocd: null,
    ...changes,
  };
}

async function gate(ctx: GateContext, id: GateId) {
  const results = await evaluateGates({ ...ctx, settings: { ...ctx.settings, gates: [id] } });
  expect(results.map((r) => r.id)).toEqual([id]);
  return { status: results[0]!.status, why: results[0]!.why };
}

describe('gates engine (in-memory ports)', () => {
  it('evaluates the gates an edge declares, in GATE_ORDER, and only those', async () => {
    const ctx = context();
    const all = await evaluateGates(ctx);
    expect(all.map((g) => [g.id, g.status])).toEqual([
      ['validation', 'pass'],
      ['checks', 'skipped'],
      ['soak', 'skipped'],
      ['argocd', 'skipped'],
      ['labels', 'skipped'],
      ['freeze', 'skipped'],
    ]);
    const some = await evaluateGates({
      ...ctx,
      settings: { ...ctx.settings, gates: ['freeze', 'validation'] },
    });
    expect(some.map((g) => g.id)).toEqual(['validation', 'freeze']);
    expect(await evaluateGates({ ...ctx, settings: { ...ctx.settings, gates: [] } })).toEqual([]);
  });

  it('an error inside a gate fails that gate only; a ConfigurationError is the user’s and propagates', async () => {
    const github = new FakeGitHub();
    github.fail.set('listCheckRuns', new Error('HTTP 502\nbody'));
    const results = await evaluateGates(context({ github }));
    expect(results.find((g) => g.id === 'checks')).toEqual({
      id: 'checks',
      status: 'fail',
      why: 'could not be evaluated: HTTP 502',
    });
    expect(results.find((g) => g.id === 'validation')?.status).toBe('pass');
    const broken = context({
      validateCandidate: async () => Promise.reject(new ConfigurationError('bad config')),
    });
    await expect(evaluateGates(broken)).rejects.toThrow('bad config');
  });

  it('validation: pass with no errors, fail naming the count and the first', async () => {
    expect(await gate(context(), 'validation')).toEqual({ status: 'pass', why: 'no validation errors' });
    const failing = context({ validateCandidate: async () => ({ errors: 2, first: 'a.yaml:3 bad' }) });
    expect(await gate(failing, 'validation')).toEqual({
      status: 'fail',
      why: '2 validation errors, first: a.yaml:3 bad',
    });
  });

  describe('checks', () => {
    const run = (name: string, status: string, conclusion: string | null, url: string | null = null) => ({
      name,
      status,
      conclusion,
      htmlUrl: url,
      detailsUrl: null,
    });

    it('skipped without GitHub; pass when nothing is required', async () => {
      expect(await gate(context(), 'checks')).toEqual({ status: 'skipped', why: 'no GitHub token' });
      const ctx = context({ github: new FakeGitHub() });
      ctx.settings = { ...ctx.settings, requiredChecks: [] };
      expect(await gate(ctx, 'checks')).toEqual({
        status: 'pass',
        why: 'no checks required (requiredChecks: [])',
      });
    });

    it('fail when nothing reported yet, on a failing status, a pending run or a missing required check', async () => {
      const github = new FakeGitHub();
      const ctx = context({ github });
      const sha = ctx.edge.candidate;
      expect(await gate(ctx, 'checks')).toEqual({
        status: 'fail',
        why: `no checks or statuses on ${sha.slice(0, 7)} yet`,
      });
      // Statuses come newest first: the first of a context is its state.
      github.state.statuses.set(sha, [
        { context: 'ci/test', state: 'failure' },
        { context: 'ci/test', state: 'success' },
      ]);
      github.state.checkRuns.set(sha, [run('build', 'in_progress', null)]);
      expect(await gate(ctx, 'checks')).toEqual({
        status: 'fail',
        why: 'ci/test: failure, build: in_progress',
      });
      github.state.statuses.set(sha, [{ context: 'ci/test', state: 'success' }]);
      github.state.checkRuns.set(sha, [
        run('build', 'completed', 'success'),
        run('lint', 'completed', 'neutral'),
      ]);
      expect(await gate(ctx, 'checks')).toEqual({ status: 'pass', why: '3 checks succeeded' });
      ctx.settings = { ...ctx.settings, requiredChecks: ['build', 'e2e'] };
      expect(await gate(ctx, 'checks')).toEqual({ status: 'fail', why: 'e2e: missing' });
    });

    it('of one name reported twice a failure wins; the promoting run’s own check runs never count', async () => {
      const github = new FakeGitHub();
      const ctx = context({ github, ownRunId: '42' });
      const sha = ctx.edge.candidate;
      github.state.checkRuns.set(sha, [
        run('build', 'completed', 'success'),
        run('build', 'completed', 'failure'),
        run('promote', 'in_progress', null, 'https://github.test/o/r/actions/runs/42/job/1'),
      ]);
      expect(await gate(ctx, 'checks')).toEqual({ status: 'fail', why: 'build: failure' });
      github.state.checkRuns.set(sha, [
        run('promote', 'in_progress', null, 'https://github.test/o/r/actions/runs/42/job/1'),
      ]);
      expect(await gate(ctx, 'checks')).toEqual({
        status: 'fail',
        why: `no checks or statuses on ${sha.slice(0, 7)} yet`,
      });
    });
  });

  describe('soak', () => {
    const soaking = (soak: string, changes: Partial<GateContext> = {}) => {
      const ctx = context(changes);
      ctx.settings = { ...ctx.settings, soak };
      return ctx;
    };

    it('skipped when no soak time is configured; a bad duration is a ConfigurationError', async () => {
      expect(await gate(context(), 'soak')).toEqual({ status: 'skipped', why: 'no soak time configured' });
      await expect(gate(soaking('2 hours'), 'soak')).rejects.toThrow(ConfigurationError);
    });

    it('without GitHub: since the commit date', async () => {
      expect(await gate(soaking('1d'), 'soak')).toEqual({
        status: 'pass',
        why: '1d since commit date (needs 1d)',
      });
      expect(await gate(soaking('2d'), 'soak')).toEqual({
        status: 'fail',
        why: '1d since commit date, needs 2d',
      });
    });

    it('since the first successful deployment to the soak environment, else since it landed on from', async () => {
      const github = new FakeGitHub();
      const ctx = soaking('2h', { github });
      const sha = ctx.edge.candidate;
      github.state.deployments.set(`${sha} dev`, [
        {
          id: 1,
          statuses: [
            { state: 'success', createdAt: new Date(NOW.getTime() - HOUR).toISOString() },
            { state: 'failure', createdAt: new Date(NOW.getTime() - 5 * HOUR).toISOString() },
          ],
        },
      ]);
      expect(await gate(ctx, 'soak')).toEqual({
        status: 'fail',
        why: '1h0m since deployed to dev, needs 2h'.replace('1h0m', '1h'),
      });
      github.state.deployments.clear();
      github.state.activity.set('refs/heads/dev', [
        { activityType: 'push', after: sha, timestamp: new Date(NOW.getTime() - 3 * HOUR).toISOString() },
      ]);
      expect(await gate(ctx, 'soak')).toEqual({
        status: 'pass',
        why: '3h since it landed on dev (needs 2h)',
      });
    });

    it('landed on: the oldest activity whose head contains the candidate; stops at one that does not', async () => {
      const github = new FakeGitHub();
      const ctx = soaking('10h', { github });
      const sha = ctx.edge.candidate;
      const later = ctx.fakeGit.commit([sha], 'later');
      const at = (h: number) => new Date(NOW.getTime() - h * HOUR).toISOString();
      github.state.activityPageSize = 1;
      github.state.activity.set('refs/heads/dev', [
        { activityType: 'push', after: later, timestamp: at(1) },
        { activityType: 'push', after: sha, timestamp: at(4) },
        { activityType: 'push', after: ctx.fakeGit.commits.keys().next().value!, timestamp: at(30) },
      ]);
      expect(await gate(ctx, 'soak')).toEqual({
        status: 'fail',
        why: '4h since it landed on dev, needs 10h',
      });
    });

    it('on a tag edge (staging → tag stable) reads the activity of the from branch; of a tag, refs/tags', async () => {
      const github = new FakeGitHub();
      const ctx = soaking('2h', { github });
      ctx.edge = { ...ctx.edge, from: branch('staging'), to: tag('stable'), soakEnvironment: null };
      github.state.activity.set('refs/heads/staging', [
        {
          activityType: 'push',
          after: ctx.edge.candidate,
          timestamp: new Date(NOW.getTime() - 3 * HOUR).toISOString(),
        },
      ]);
      expect(await gate(ctx, 'soak')).toEqual({
        status: 'pass',
        why: '3h since it landed on staging (needs 2h)',
      });
      ctx.edge = { ...ctx.edge, from: tag('stable-rc') };
      expect(await gate(ctx, 'soak')).toEqual({ status: 'pass', why: '1d since commit date (needs 2h)' });
      expect(github.calls).toContain('activities refs/tags/stable-rc');
      expect(github.calls).not.toContain('listDeployments');
    });
  });

  describe('argocd', () => {
    it('skipped without Argo CD, or when no cluster is to be checked', async () => {
      expect(await gate(context(), 'argocd')).toEqual({
        status: 'skipped',
        why: 'no Argo CD server and token',
      });
      const ctx = context({ argocd: new FakeArgoCd() });
      ctx.edge = { ...ctx.edge, clusters: [] };
      expect(await gate(ctx, 'argocd')).toEqual({ status: 'skipped', why: 'no clusters track dev' });
    });

    it('pass when every Application of the clusters is Synced at the candidate and Healthy', async () => {
      const argocd = new FakeArgoCd();
      const ctx = context({ argocd });
      const sha = ctx.edge.candidate;
      expect(await gate(ctx, 'argocd')).toEqual({
        status: 'fail',
        why: 'no Applications labelled cluster=dev-01 in Argo CD',
      });
      argocd.apps.push(
        fakeApp('dev-01-loki', 'dev-01', { revision: sha }),
        fakeApp('stag-01-loki', 'stag-01', { revision: 'x' }),
      );
      expect(await gate(ctx, 'argocd')).toEqual({
        status: 'pass',
        why: `1 Application Synced at ${sha.slice(0, 7)} and Healthy`,
      });
      expect(argocd.selectors).toContain('cluster=dev-01');
    });

    it('fail on OutOfSync, another revision of this repo, or an unhealthy app; other repos and charts do not count', async () => {
      const argocd = new FakeArgoCd();
      const ctx = context({ argocd });
      const sha = ctx.edge.candidate;
      argocd.apps.push(
        fakeApp('a', 'dev-01', { revision: sha, sync: 'OutOfSync' }),
        fakeApp('b', 'dev-01', { revision: 'f'.repeat(40) }),
        fakeApp('c', 'dev-01', { revision: sha, health: 'Degraded' }),
        fakeApp('d', 'dev-01', { revision: 'e'.repeat(40), repoURL: 'https://github.com/other/repo' }),
      );
      expect(await gate(ctx, 'argocd')).toEqual({
        status: 'fail',
        why: 'a OutOfSync, b at fffffff, c Degraded',
      });
    });

    it('an unreachable Argo CD fails the gate, saying why', async () => {
      const argocd = new FakeArgoCd();
      argocd.failure = new Error('Cannot reach Argo CD');
      expect(await gate(context({ argocd }), 'argocd')).toEqual({
        status: 'fail',
        why: 'could not be evaluated: Cannot reach Argo CD',
      });
    });
  });

  describe('labels', () => {
    it('skipped with no labels or no GitHub; pass with no open labelled item; fail naming them', async () => {
      expect(await gate(context(), 'labels')).toEqual({
        status: 'skipped',
        why: 'no blocking labels configured',
      });
      const ctx = context();
      ctx.settings = { ...ctx.settings, blockingLabels: ['promotion-blocker', 'freeze'] };
      expect(await gate(ctx, 'labels')).toEqual({ status: 'skipped', why: 'no GitHub token' });
      const github = new FakeGitHub();
      ctx.github = github;
      expect(await gate(ctx, 'labels')).toEqual({
        status: 'pass',
        why: 'no open issue or pull request labelled promotion-blocker, freeze',
      });
      github.state.labelled.set('promotion-blocker', [7, 9]);
      github.state.labelled.set('freeze', [9]);
      expect(await gate(ctx, 'labels')).toEqual({ status: 'fail', why: 'blocked by #7, #9' });
    });
  });

  describe('freeze', () => {
    it('skipped with no windows; fail inside one, pass outside every one', async () => {
      expect(await gate(context(), 'freeze')).toEqual({
        status: 'skipped',
        why: 'no freeze windows configured',
      });
      const ctx = context();
      ctx.settings = {
        ...ctx.settings,
        freeze: [{ name: 'new year', from: '2026-01-01T00:00:00Z', to: '2026-01-03T00:00:00Z' }],
      };
      expect(await gate(ctx, 'freeze')).toEqual({
        status: 'fail',
        why: 'freeze window new year: 2026-01-01T00:00:00Z → 2026-01-03T00:00:00Z',
      });
      ctx.now = new Date('2026-01-05T00:00:00Z');
      expect(await gate(ctx, 'freeze')).toEqual({ status: 'pass', why: 'outside every freeze window' });
    });
  });

  it('edge settings: an edge’s own gates and settings override the top-level ones', () => {
    const promotion = {
      edges: [
        { from: 'dev', to: 'staging' },
        {
          from: 'staging',
          to: 'stable',
          gates: ['checks' as const, 'soak' as const],
          soak: '1d',
          blockingLabels: [],
        },
      ],
      soak: '2h',
      requiredChecks: ['ci'],
      blockingLabels: ['promotion-blocker'],
      freeze: [],
    };
    expect(edgeSettings(promotion, promotion.edges[0]!)).toEqual({
      gates: GATE_ORDER,
      soak: '2h',
      requiredChecks: ['ci'],
      blockingLabels: ['promotion-blocker'],
      freeze: [],
    });
    expect(edgeSettings(promotion, promotion.edges[1]!)).toEqual({
      gates: ['checks', 'soak'],
      soak: '1d',
      requiredChecks: ['ci'],
      blockingLabels: [],
      freeze: [],
    });
  });

  it('a release edge staging → tag stable: the declared gates, evaluated against the fakes', async () => {
    const github = new FakeGitHub();
    const argocd = new FakeArgoCd();
    const ctx = context({ github, argocd });
    const sha = ctx.edge.candidate;
    ctx.edge = {
      from: branch('staging'),
      to: tag('stable'),
      candidate: sha,
      soakEnvironment: 'staging',
      clusters: ['stag-01'],
    };
    ctx.settings = {
      gates: ['checks', 'soak', 'argocd', 'labels'],
      soak: '12h',
      requiredChecks: ['ci'],
      blockingLabels: ['release-blocker'],
      freeze: [],
    };
    github.state.statuses.set(sha, [{ context: 'ci', state: 'success' }]);
    github.state.deployments.set(`${sha} staging`, [
      {
        id: 3,
        statuses: [{ state: 'success', createdAt: new Date(NOW.getTime() - 13 * HOUR).toISOString() }],
      },
    ]);
    argocd.apps.push(fakeApp('stag-01-loki', 'stag-01', { revision: sha }));
    github.state.labelled.set('release-blocker', [4]);
    expect(await evaluateGates(ctx)).toEqual([
      { id: 'checks', status: 'pass', why: '1 check succeeded' },
      { id: 'soak', status: 'pass', why: '13h since deployed to staging (needs 12h)' },
      { id: 'argocd', status: 'pass', why: `1 Application Synced at ${sha.slice(0, 7)} and Healthy` },
      { id: 'labels', status: 'fail', why: 'blocked by #4' },
    ]);
    expect(argocd.selectors).toEqual(['cluster=stag-01']);
  });
});
