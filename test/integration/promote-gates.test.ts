import { afterEach, describe, expect, it } from 'vitest';
import { ArgoCdClient } from '../../src/argocd/client.js';
import type { PromoteOptions, PromoteResult } from '../../src/commands/promote.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { gitHubPort } from '../../src/github/port.js';
import type { GateId, GateStatus } from '../../src/promote/gates.js';
import { makeApplication, startArgoCdServer, type ArgoCdServer } from '../helpers/argocd-server.js';
import { seedActivity } from '../helpers/github-activity.js';
import { seedCheckRun } from '../helpers/github-checks.js';
import { seedIssue } from '../helpers/github-issues.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';
import { promoteRepo, runPromote, type PromoteRepo } from '../helpers/promote-repo.js';

const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const PROD_VALUES = 'charts/app-of-apps/values.prod-01.yaml';
/** The committer date of every commit (isolatedGitEnv). */
const COMMIT_DATE = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

type Gates = [GateId, GateStatus][];
/** The gates of a run: validation passes, the others are skipped, unless `changes` say otherwise. */
function gates(changes: Partial<Record<GateId, GateStatus>> = {}): Gates {
  const all: Record<GateId, GateStatus> = {
    validation: 'pass',
    checks: 'skipped',
    soak: 'skipped',
    argocd: 'skipped',
    labels: 'skipped',
    freeze: 'skipped',
    ...changes,
  };
  return Object.entries(all) as Gates;
}
const statuses = (result: PromoteResult): Gates => result.gates.map((g) => [g.id, g.status]);
const why = (result: PromoteResult, id: GateId) => result.gates.find((g) => g.id === id)?.why;

describe('promote gates (each failing alone)', () => {
  let r: PromoteRepo | undefined;
  const fakes: (GitHubServer | ArgoCdServer)[] = [];
  afterEach(async () => {
    r?.cleanup();
    r = undefined;
    for (const f of fakes.splice(0)) {
      await f.close();
      expect(f.violations).toEqual([]);
    }
  });

  /** The fake GitHub, promote's view of it (the port), and a client to seed it with. */
  async function gitHub(): Promise<{
    server: GitHubServer;
    github: NonNullable<PromoteOptions['github']>;
    client: GitHubClient;
  }> {
    const server = await startGitHubServer();
    fakes.push(server);
    const client = createGitHubClient(server.token, server.url, new RecordingLogger());
    return { server, client, github: gitHubPort(client, { owner: server.owner, repo: server.repo }) };
  }

  function newChange(repo: PromoteRepo, retention = '3d'): string {
    return repo.pushChange(
      'dev',
      DEV_VALUES,
      (t) => t.replace('retention: 2d', `retention: ${retention}`),
      `monitoring: ${retention} retention`,
    );
  }

  /** Runs promote expecting the gates to fail with exactly `expected`; checks that nothing was pushed. */
  async function expectFailure(repo: PromoteRepo, expected: Gates, options: Partial<PromoteOptions> = {}) {
    const before = repo.remoteSha('staging');
    const result = await runPromote(repo, options);
    expect(statuses(result)).toEqual(expected);
    expect(result.outcome).toBe('gates-failed');
    const failed = expected.filter(([, s]) => s === 'fail').map(([id]) => id);
    expect(result.message).toBe(`gates failed: ${failed.join(', ')}; nothing was pushed`);
    expect(result.sha).toBeNull();
    expect(repo.remoteSha('staging')).toBe(before);
    return result;
  }

  it('validation: a commit that breaks validation fails it, naming the file', async () => {
    r = promoteRepo();
    // The example's app-of-apps chart is the layout the built-in schema describes; without it, a
    // string for a boolean is a values-shape warning, which does not fail the gate.
    r.pushChange(
      'dev',
      '.github/gitops-promotion.yaml',
      (t) => `${t}valuesSchema: builtin\n`,
      'builtin schema',
    );
    let line = 0;
    r.pushChange(
      'dev',
      PROD_VALUES,
      (t) => {
        const broken = t.replace('velero:\n  enable: true', 'velero:\n  enable: "yes"');
        line = broken.split('\n').findIndex((l) => l.includes('"yes"')) + 1;
        return broken;
      },
      'prod: velero yes',
    );
    const result = await expectFailure(r, gates({ validation: 'fail' }));
    expect(line).toBeGreaterThan(0);
    expect(why(result, 'validation')).toBe(
      `1 validation error, first: ${PROD_VALUES}:${line} velero.enable must be boolean, got string "yes"`,
    );
  });

  it('checks: failing status, pending check run, all successful, a missing required check', async () => {
    r = promoteRepo();
    const { server, github, client } = await gitHub();
    const c1 = newChange(r);
    const status = (context: string, state: 'success' | 'failure') =>
      client.rest.repos.createCommitStatus({ ...github.repo, sha: c1, context, state });
    await status('ci/test', 'failure');
    const failed = await expectFailure(r, gates({ checks: 'fail', labels: 'pass' }), { github });
    expect(why(failed, 'checks')).toBe('ci/test: failure');

    await status('ci/test', 'success');
    seedCheckRun(server, c1, { name: 'build', status: 'in_progress' });
    const pending = await expectFailure(r, gates({ checks: 'fail', labels: 'pass' }), { github });
    expect(why(pending, 'checks')).toBe('build: in_progress');

    seedCheckRun(server, c1, { name: 'build', status: 'completed', conclusion: 'success' });
    const ok = await runPromote(r, { github, dryRun: true });
    expect(ok.outcome).toBe('dry-run');
    expect(statuses(ok)).toEqual(gates({ checks: 'pass', labels: 'pass' }));
    expect(why(ok, 'checks')).toBe('2 checks succeeded');

    r.configure('promotion:\n  requiredChecks: [build, e2e]');
    const missing = await expectFailure(r, gates({ checks: 'fail', labels: 'pass' }), { github });
    expect(why(missing, 'checks')).toBe('e2e: missing');
  });

  it("checks: the promoting workflow run's own check run never counts; of one name reported twice, a failure wins", async () => {
    r = promoteRepo();
    const { server, github, client } = await gitHub();
    const c1 = newChange(r);
    seedCheckRun(server, c1, {
      name: 'build',
      status: 'completed',
      conclusion: 'success',
      workflow_run_id: 7,
    });
    // The job running promote, dispatched on the candidate (dev is the default branch).
    seedCheckRun(server, c1, { name: 'promote', status: 'in_progress', workflow_run_id: 42 });
    const own = await expectFailure(r, gates({ checks: 'fail', labels: 'pass' }), { github });
    expect(why(own, 'checks')).toBe('promote: in_progress');
    const ok = await runPromote(r, { github, ownRunId: '42', dryRun: true });
    expect([statuses(ok), why(ok, 'checks')]).toEqual([
      gates({ checks: 'pass', labels: 'pass' }),
      '1 check succeeded',
    ]);

    await client.rest.repos.createCommitStatus({
      ...github.repo,
      sha: c1,
      context: 'build',
      state: 'failure',
    });
    const twice = await expectFailure(r, gates({ checks: 'fail', labels: 'pass' }), {
      github,
      ownRunId: '42',
    });
    expect(why(twice, 'checks')).toBe('build: failure');
  });

  it('checks: sees a failing status beyond the first page of the combined status (30 contexts)', async () => {
    r = promoteRepo();
    const { server, github } = await gitHub();
    const c1 = newChange(r);
    // Seeded, not POSTed: Octokit's throttling spaces writes a second apart.
    const at = '2026-01-01T00:10:00Z';
    for (let i = 1; i <= 31; i++) {
      const state = i === 31 ? 'failure' : 'success';
      const fields = { description: null, target_url: null, created_at: at, updated_at: at };
      server.state.statuses.push({
        id: i,
        sha: c1,
        state,
        context: `ci/${i}`,
        creator: server.login,
        ...fields,
      });
    }
    const result = await expectFailure(r, gates({ checks: 'fail', labels: 'pass' }), { github });
    expect(why(result, 'checks')).toBe('ci/31: failure');
  });

  it('soak: counts from the commit date, or from the deployment to dev', async () => {
    r = promoteRepo();
    r.configure('promotion:\n  soak: 2h');
    const c1 = newChange(r);
    const early = await expectFailure(r, gates({ soak: 'fail' }), { now: new Date(COMMIT_DATE + HOUR) });
    expect(why(early, 'soak')).toBe('1h since commit date, needs 2h');
    const late = await runPromote(r, { now: new Date(COMMIT_DATE + 3 * HOUR), dryRun: true });
    expect(late.outcome).toBe('dry-run');
    expect(statuses(late)).toEqual(gates({ soak: 'pass' }));
    expect(why(late, 'soak')).toBe('3h since commit date (needs 2h)');

    const { github, client } = await gitHub();
    const repo = github.repo;
    await client.rest.repos.createCommitStatus({ ...repo, sha: c1, context: 'ci', state: 'success' });
    const deployment = await client.rest.repos.createDeployment({
      ...repo,
      ref: c1,
      environment: 'dev',
      required_contexts: [],
      auto_merge: false,
    });
    const deploymentId = (deployment.data as { id: number }).id;
    const deployed = await client.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deploymentId,
      state: 'success',
    });
    const at = Date.parse(deployed.data.created_at);
    // Long after the commit date, but only 30 minutes after the deployment.
    const soon = await expectFailure(r, gates({ checks: 'pass', soak: 'fail', labels: 'pass' }), {
      github,
      now: new Date(at + HOUR / 2),
    });
    expect(why(soon, 'soak')).toBe('30m since deployed to dev, needs 2h');
    const soaked = await runPromote(r, { github, now: new Date(at + 2 * HOUR), dryRun: true });
    expect(statuses(soaked)).toEqual(gates({ checks: 'pass', soak: 'pass', labels: 'pass' }));
    expect(why(soaked, 'soak')).toBe('2h since deployed to dev (needs 2h)');
  });

  it('soak: with GitHub and no deployment, counts from when the candidate landed on dev', async () => {
    r = promoteRepo();
    r.configure('promotion:\n  soak: 2h');
    const old = r.remoteSha('dev');
    const c1 = newChange(r, '3d');
    const c2 = r.pushChange('dev', DEV_VALUES, (t) => t.replace('retention: 3d', 'retention: 4d'), '4d');
    const { server, github, client } = await gitHub();
    for (const sha of [c1, c2]) {
      await client.rest.repos.createCommitStatus({
        ...github.repo,
        sha,
        context: 'ci',
        state: 'success',
      });
    }
    const t0 = Date.parse('2026-11-30T08:00:00Z');
    const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
    // Oldest first: c2 landed once and was force-pushed away (to a commit this clone never saw), dev
    // restarted from `old`, then c1 and c2 landed again: soak counts from the last landing only.
    seedActivity(server, { branch: 'dev', before: old, after: c2, timestamp: at(t0 - 7 * HOUR) });
    seedActivity(server, {
      branch: 'dev',
      before: c2,
      after: 'f'.repeat(40),
      timestamp: at(t0 - 5 * HOUR),
      activity_type: 'force_push',
    });
    seedActivity(server, {
      branch: 'dev',
      after: old,
      timestamp: at(t0 - 4 * HOUR),
      activity_type: 'force_push',
    });
    seedActivity(server, {
      branch: 'dev',
      before: old,
      after: c1,
      timestamp: at(t0),
      activity_type: 'pr_merge',
    });
    seedActivity(server, { branch: 'dev', before: c1, after: c2, timestamp: at(t0 + HOUR) });
    // The commit dates are long past: only the activity can make the head too fresh.
    const now = new Date(t0 + 2.5 * HOUR);
    const fresh = await expectFailure(r, gates({ checks: 'pass', soak: 'fail', labels: 'pass' }), {
      github,
      now,
    });
    expect(why(fresh, 'soak')).toBe('1h30m since it landed on dev, needs 2h');
    const older = await runPromote(r, { github, now, sha: c1, dryRun: true });
    expect([statuses(older), why(older, 'soak')]).toEqual([
      gates({ checks: 'pass', soak: 'pass', labels: 'pass' }),
      '2h30m since it landed on dev (needs 2h)',
    ]);
    expect(server.requests.filter((q) => q.path.endsWith('/activity')).map((q) => q.query.ref)).toEqual([
      'refs/heads/dev',
      'refs/heads/dev',
    ]);
  });

  it('argocd: the Applications of dev-01 must be Synced at the candidate and Healthy', async () => {
    r = promoteRepo();
    const old = r.remoteSha('dev');
    const c1 = newChange(r);
    const argo = await startArgoCdServer();
    fakes.push(argo);
    const argocd = new ArgoCdClient({ server: argo.url, token: argo.token });
    const app = (name: string, cluster: string, more: Partial<Parameters<typeof makeApplication>[0]> = {}) =>
      argo.setApp(makeApplication({ name, cluster, env: 'dev', revision: c1, ...more }));
    app('dev-01-loki', 'dev-01');
    app('dev-01-monitoring', 'dev-01');
    // Another cluster's Application is not looked at.
    app('stag-01-loki', 'stag-01', { revision: old, health: 'Degraded' });
    const ok = await runPromote(r, { argocd, dryRun: true });
    expect(statuses(ok)).toEqual(gates({ argocd: 'pass' }));
    expect(why(ok, 'argocd')).toBe(`2 Applications Synced at ${c1.slice(0, 7)} and Healthy`);
    expect(argo.requests.map((q) => q.query.selector)).toEqual([['cluster=dev-01']]);

    app('dev-01-loki', 'dev-01', { sync: 'OutOfSync' });
    const outOfSync = await expectFailure(r, gates({ argocd: 'fail' }), { argocd });
    expect(why(outOfSync, 'argocd')).toBe('dev-01-loki OutOfSync');

    app('dev-01-loki', 'dev-01', { revision: old });
    const behind = await expectFailure(r, gates({ argocd: 'fail' }), { argocd });
    expect(why(behind, 'argocd')).toBe(`dev-01-loki at ${old.slice(0, 7)}`);

    app('dev-01-loki', 'dev-01', { health: 'Degraded' });
    const degraded = await expectFailure(r, gates({ argocd: 'fail' }), { argocd });
    expect(why(degraded, 'argocd')).toBe('dev-01-loki Degraded');
  });

  it("argocd: only this repo's sources must be at the candidate (Helm charts and other repos are not)", async () => {
    r = promoteRepo();
    const c1 = newChange(r);
    const argo = await startArgoCdServer();
    fakes.push(argo);
    const argocd = new ArgoCdClient({ server: argo.url, token: argo.token });
    const chart = { repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', targetRevision: 'v1.16.2' };
    const values = {
      repoURL: 'git@github.com:example-org/gitops-repo',
      targetRevision: 'dev',
      ref: 'values',
    };
    const other = 'https://github.com/example-org/platform-manifests.git';
    const otherSha = 'f'.repeat(40);
    // A Helm repository chart: Argo CD reports the chart version as its revision.
    argo.setApp(
      makeApplication({ name: 'dev-01-ingress', cluster: 'dev-01', revision: 'v1.16.2', sources: [chart] }),
    );
    // A chart with its values from this repo (written as an scp-style URL): that source must be at c1.
    argo.setApp(
      makeApplication({
        name: 'dev-01-cert-manager',
        cluster: 'dev-01',
        revision: c1,
        sources: [chart, values],
        revisions: ['v1.16.2', c1],
      }),
    );
    // Another git repository: its own commit.
    argo.setApp(
      makeApplication({ name: 'dev-01-platform', cluster: 'dev-01', repoURL: other, revision: otherSha }),
    );
    const ok = await runPromote(r, { argocd, dryRun: true });
    expect([statuses(ok), why(ok, 'argocd')]).toEqual([
      gates({ argocd: 'pass' }),
      `3 Applications Synced at ${c1.slice(0, 7)} and Healthy`,
    ]);

    const old = r.remoteSha('staging');
    argo.setApp(
      makeApplication({
        name: 'dev-01-cert-manager',
        cluster: 'dev-01',
        revision: old,
        sources: [chart, values],
        revisions: ['v1.16.2', old],
      }),
    );
    const behind = await expectFailure(r, gates({ argocd: 'fail' }), { argocd });
    expect(why(behind, 'argocd')).toBe(`dev-01-cert-manager at ${old.slice(0, 7)}`);
  });

  it('argocd: finds the Applications by the configured clusterLabel', async () => {
    r = promoteRepo();
    const label = 'clusterLabel: example.com/cluster\nrules:\n  application-cluster-label: off';
    r.configure(label);
    const c1 = r.pushChange('dev', '.github/gitops-promotion.yaml', (t) => `${t}${label}\n`, 'cluster label');
    const argo = await startArgoCdServer();
    fakes.push(argo);
    const app = makeApplication({ name: 'dev-01-loki', cluster: 'dev-01', revision: c1 });
    app.metadata.labels = { 'example.com/cluster': 'dev-01' };
    argo.setApp(app);
    const argocd = new ArgoCdClient({ server: argo.url, token: argo.token });
    const result = await runPromote(r, { argocd, dryRun: true });
    expect([statuses(result), why(result, 'argocd')]).toEqual([
      gates({ argocd: 'pass' }),
      expect.stringContaining(`Synced at ${c1.slice(0, 7)} and Healthy`),
    ]);
  });

  it('labels: an open promotion-blocker blocks, a closed one does not', async () => {
    r = promoteRepo();
    const { server, github, client } = await gitHub();
    const c1 = newChange(r);
    await client.rest.repos.createCommitStatus({
      ...github.repo,
      sha: c1,
      context: 'ci',
      state: 'success',
    });
    seedIssue(server, { title: 'unrelated', labels: ['bug'] });
    const blocker = seedIssue(server, { title: 'prod outage', labels: ['promotion-blocker'] });
    const blocked = await expectFailure(r, gates({ checks: 'pass', labels: 'fail' }), { github });
    expect(why(blocked, 'labels')).toBe(`blocked by #${blocker.number}`);

    server.state.issues.set(blocker.number, { ...blocker, state: 'closed', closed_at: blocker.created_at });
    const before = r.remoteSha('staging');
    const result = await runPromote(r, { github });
    expect(statuses(result)).toEqual(gates({ checks: 'pass', labels: 'pass' }));
    expect(why(result, 'labels')).toBe('no open issue or pull request labelled promotion-blocker');
    expect(result.outcome).toBe('promoted');
    expect(before).not.toBe(c1);
    expect(r.remoteSha('staging')).toBe(c1);
  });

  describe('freeze', () => {
    const freeze = (windows: string) => `promotion:\n  freeze:\n${windows}`;
    async function check(repo: PromoteRepo, now: string, expected: string | null) {
      if (expected !== null) {
        const result = await expectFailure(repo, gates({ freeze: 'fail' }), { now: new Date(now) });
        expect(why(result, 'freeze')).toBe(`freeze window ${expected}`);
        return;
      }
      const result = await runPromote(repo, { now: new Date(now), dryRun: true });
      expect([now, statuses(result)]).toEqual([now, gates({ freeze: 'pass' })]);
      expect(why(result, 'freeze')).toBe('outside every freeze window');
    }

    it('a date range', async () => {
      r = promoteRepo();
      r.configure(
        freeze(
          '    - name: year-end\n      from: "2025-12-20T00:00:00Z"\n      to: "2026-01-05T00:00:00+01:00"',
        ),
      );
      newChange(r);
      const name = 'year-end: 2025-12-20T00:00:00Z → 2026-01-05T00:00:00+01:00';
      await check(r, '2026-01-01T12:00:00Z', name);
      await check(r, '2026-01-04T22:59:59Z', name);
      await check(r, '2026-01-04T23:00:00Z', null); // the end is exclusive: 00:00+01:00
      await check(r, '2025-12-19T23:59:59Z', null);
    });

    it('a weekly window in Europe/Berlin, in winter (UTC+1) and summer (UTC+2) time', async () => {
      r = promoteRepo();
      r.configure(
        freeze(
          '    - name: weekend\n      days: [fri]\n      start: "16:00"\n      end: "23:59"\n      timezone: Europe/Berlin',
        ),
      );
      newChange(r);
      const name = 'weekend: fri 16:00–23:59 Europe/Berlin';
      // Friday 2 January 2026 (CET, UTC+1).
      await check(r, '2026-01-02T15:00:00Z', name); // 16:00 in Berlin
      await check(r, '2026-01-02T14:59:00Z', null); // 15:59 in Berlin
      await check(r, '2026-01-02T22:58:00Z', name); // 23:58
      await check(r, '2026-01-02T23:30:00Z', null); // Saturday 00:30 in Berlin, still Friday in UTC
      // Friday 3 July 2026 (CEST, UTC+2).
      await check(r, '2026-07-03T14:30:00Z', name); // 16:30 in Berlin, 15:30 in winter time
      await check(r, '2026-07-03T13:30:00Z', null); // 15:30
    });

    it('a weekly window that crosses midnight', async () => {
      r = promoteRepo();
      r.configure(freeze('    - days: [sat]\n      start: "22:00"\n      end: "06:00"'));
      newChange(r);
      const name = 'sat 22:00–06:00 UTC';
      await check(r, '2026-01-03T22:00:00Z', name); // Saturday 22:00
      await check(r, '2026-01-04T05:59:00Z', name); // Sunday 05:59
      await check(r, '2026-01-04T06:00:00Z', null); // Sunday 06:00
      await check(r, '2026-01-03T03:00:00Z', null); // Saturday early morning: Friday night is not frozen
      await check(r, '2026-01-03T21:59:00Z', null);
    });
  });
});
