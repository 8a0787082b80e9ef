import { afterEach, describe, expect, it } from 'vitest';
import { ArgoCdClient } from '../../src/argocd/client.js';
import type { ReleaseStep } from '../../src/release/request.js';
import { makeApplication, startArgoCdServer, type ArgoCdServer } from '../helpers/argocd-server.js';
import type { GitHubServer } from '../helpers/github-server.js';
import {
  keepsEveryCommit,
  releaseRepo,
  runRelease,
  type ReleaseRepo,
  originGitHub,
} from '../helpers/release-repo.js';

const VALUES = 'charts/app-of-apps/values.yaml';
const REPO_URL = 'https://github.com/example-org/gitops-repo.git';
const CREATE_RELEASE = 'POST /repos/{owner}/{repo}/releases';
const CONFIG = `repoURL: ${REPO_URL}\npromotion:\n  requiredChecks: []`;

describe('release with the local GitHub and Argo CD servers', () => {
  let r: ReleaseRepo | undefined;
  const fakes: (GitHubServer | ArgoCdServer)[] = [];
  afterEach(async () => {
    r?.cleanup();
    r = undefined;
    for (const f of fakes.splice(0)) {
      await f.close();
      expect(f.violations).toEqual([]);
    }
  });

  async function gitHub(repo: ReleaseRepo) {
    const local = await originGitHub(repo);
    fakes.push(local.server);
    return local;
  }

  async function argoCd() {
    const server = await startArgoCdServer();
    fakes.push(server);
    return { server, argocd: new ArgoCdClient({ server: server.url, token: server.token }) };
  }

  /** Each cluster's Applications as Argo CD reports them, at `revision`. */
  function apps(server: ArgoCdServer, clusters: string[], revision: string, health: 'Healthy' | 'Degraded') {
    for (const cluster of clusters) {
      for (const name of ['loki', 'cert-manager']) {
        server.setApp(
          makeApplication({ name: `${cluster}-${name}`, cluster, revision, health, repoURL: REPO_URL }),
        );
      }
    }
  }

  it('creates exactly one GitHub Release with the notes; a re-run leaves it as it is', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, github } = await gitHub(r);
    await runRelease(r, { github });
    r.pushChange(
      'staging',
      VALUES,
      (t) => t.replace('sync-wave: "5"', 'sync-wave: "4"'),
      'loki: wave 4 (#7)',
    );
    const { result, notes } = await runRelease(r, {
      github,
      reason: 'weekly release',
      links: { repoUrl: 'https://github.com/example-org/gitops-repo' },
    });
    expect(result.outcome).toBe('released');
    expect(result.release).toEqual({
      url: expect.stringContaining('/releases/tag/stable-v1.0.1'),
      state: 'created',
    });
    const releases = server.state.releases.map((x) => x.tag_name);
    expect(releases).toEqual(['stable-v1.0.0', 'stable-v1.0.1']);
    const body = server.state.releases[1]!.body!;
    expect(body).toBe(notes!.body);
    expect(body).toContain('**Reason:** weekly release');
    expect(body).toContain('by release-bot');
    expect(body).toContain('[#7](https://github.com/example-org/gitops-repo/pull/7)');
    expect(body).toContain('### What changes in production');
    expect(body).toContain('since `stable-v1.0.0`');
    const again = await runRelease(r, { github });
    expect(again.result.outcome).toBe('nothing-to-release');
    expect(again.result.release?.state).toBe('unchanged');
    expect(server.state.releases).toHaveLength(2);
    // A rollback is recorded on the release it rolls back from, with who and why.
    const back = await runRelease(r, {
      github,
      rollbackTo: 'previous',
      reason: 'loki @oncall broke <b>prod</b>',
    });
    expect(back.result.outcome).toBe('rolled-back');
    expect(back.result.release?.state).toBe('updated');
    const rolled = server.state.releases[1]!.body!;
    expect(rolled.startsWith(body.trimEnd())).toBe(true);
    expect(rolled).toContain('`stable` moved back to `stable-v1.0.0`');
    expect(rolled).toContain('Reason: loki @&#8203;oncall broke &lt;b&gt;prod&lt;/b&gt;');
    expect(server.state.releases).toHaveLength(2);
  });

  it('a run that pushed the tags but could not create the release: the re-run creates it, no second tag', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, github } = await gitHub(r);
    // Both tries of the run (after the push, and when it finishes) fail before GitHub creates anything.
    server.fault({ key: CREATE_RELEASE, kind: 'error-after', perform: false, status: 500, times: 2 });
    const failed = await runRelease(r, { github });
    expect(failed.result.outcome).toBe('incomplete');
    expect(failed.result.message).toContain('could not be published (re-run to complete it)');
    expect(r.tagCommit('stable-v1.0.0')).not.toBeNull();
    expect(server.state.releases).toHaveLength(0);
    const tags = r.tags();
    const rerun = await runRelease(r, { github });
    expect(rerun.result.outcome).toBe('nothing-to-release');
    expect(rerun.result.message).toContain(
      'the GitHub Release of stable-v1.0.0 was missing and is now created',
    );
    expect(server.state.releases.map((x) => x.tag_name)).toEqual(['stable-v1.0.0']);
    expect(r.tags()).toEqual(tags);
  });

  it('verification: every Application Synced at the release and Healthy → released', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, argocd } = await argoCd();
    const candidate = r.remoteSha('staging');
    apps(server, ['stag-01'], candidate, 'Healthy');
    const afterStep = async (step: ReleaseStep) => {
      if (step === 'tags-pushed') apps(server, ['prod-01', 'ops-01'], candidate, 'Healthy');
    };
    const { result } = await runRelease(r, {
      argocd,
      afterStep,
      verify: { timeoutMs: 5_000, intervalMs: 20, rollbackOnFailure: true },
    });
    expect(result.outcome).toBe('released');
    expect(result.gates.find((g) => g.id === 'argocd')?.status).toBe('pass');
    const v = result.waves[0]!.verification!;
    expect(v.state).toBe('verified');
    expect(v.apps.map((a) => [a.name, a.state]).sort()).toEqual([
      ['ops-01-cert-manager', 'ok'],
      ['ops-01-loki', 'ok'],
      ['prod-01-cert-manager', 'ok'],
      ['prod-01-loki', 'ok'],
    ]);
  });

  it('verification: Degraded until the timeout → failed, and with rollback-on-failure stable is back', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, argocd } = await argoCd();
    const v1 = r.remoteSha('staging');
    apps(server, ['stag-01', 'prod-01', 'ops-01'], v1, 'Healthy');
    await runRelease(r, { argocd });
    const v2 = r.pushChange('staging', VALUES, (t) => t.replace('sync-wave: "5"', 'sync-wave: "4"'), 'bad');
    apps(server, ['stag-01'], v2, 'Healthy');
    const afterStep = async (step: ReleaseStep) => {
      if (step === 'tags-pushed') apps(server, ['prod-01', 'ops-01'], v2, 'Degraded');
    };
    const { result } = await keepsEveryCommit(r, () =>
      runRelease(r!, {
        argocd,
        afterStep,
        verify: { timeoutMs: 300, intervalMs: 20, rollbackOnFailure: true },
      }),
    );
    expect(result.outcome).toBe('verify-failed');
    expect(result.waves[0]!.verification?.state).toBe('failed');
    expect(result.message).toMatch(/stable did not become Synced and Healthy at [0-9a-f]{7}: .*Degraded/);
    expect(result.message).toContain(`stable rolled back to ${v1.slice(0, 7)}`);
    expect(result.waves[0]!.state).toBe('rolled-back');
    expect(result.rollback).toMatchObject({ tag: 'stable', from: v2, to: v1 });
    expect(r.tagCommit('stable')).toBe(v1);
    expect(r.tagCommit('stable-v1.0.1')).toBe(v2); // the version tag stays
  });

  it('verification failure without rollback-on-failure leaves stable at the release and fails', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, argocd } = await argoCd();
    const v1 = r.remoteSha('staging');
    apps(server, ['stag-01'], v1, 'Healthy');
    apps(server, ['prod-01', 'ops-01'], v1, 'Degraded');
    const { result } = await runRelease(r, {
      argocd,
      verify: { timeoutMs: 200, intervalMs: 20, rollbackOnFailure: false },
    });
    expect(result.outcome).toBe('verify-failed');
    expect(r.tagCommit('stable')).toBe(v1);
  });
});
