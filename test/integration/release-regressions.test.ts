import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { makeApplication, startArgoCdServer, type ArgoCdServer } from '../helpers/argocd-server.js';
import { ArgoCdClient } from '../../src/argocd/client.js';
import { releaseRepo, runRelease, type ReleaseRepo, originGitHub } from '../helpers/release-repo.js';

const VALUES = 'charts/app-of-apps/values.yaml';
const wave4 = (t: string) => t.replace('sync-wave: "5"', 'sync-wave: "4"');
const wave3 = (t: string) => t.replace('sync-wave: "4"', 'sync-wave: "3"');
const REPO_URL = 'https://github.com/example-org/gitops-repo.git';
const CONFIG = `repoURL: ${REPO_URL}\npromotion:\n  requiredChecks: []`;

describe('release: what a hostile review found, kept fixed', () => {
  let r: ReleaseRepo | undefined;
  const fakes: (GitHubServer | ArgoCdServer)[] = [];
  afterEach(async () => {
    r?.cleanup();
    r = undefined;
    for (const f of fakes.splice(0)) await f.close();
  });
  async function gitHub(repo: ReleaseRepo) {
    const local = await originGitHub(repo);
    fakes.push(local.server);
    return local;
  }
  const bare = (repo: ReleaseRepo, ...args: string[]) =>
    git(path.dirname(repo.origin), repo.env, '--git-dir', repo.origin, ...args);

  it('re-releasing a rolled-back version keeps the rollback record in its notes', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, github } = await gitHub(r);
    await runRelease(r, { github });
    r.pushChange('staging', VALUES, wave4, 'loki: wave 4');
    await runRelease(r, { github });
    await runRelease(r, { github, rollbackTo: 'previous', reason: 'loki broke prod' });
    const v101 = () => server.state.releases.find((x) => x.tag_name === 'stable-v1.0.1')!.body!;
    expect(v101()).toContain('Rolled back');
    const again = await runRelease(r, { github });
    expect(again.result.outcome).toBe('released');
    expect(again.result.versionTag).toBe('stable-v1.0.1');
    // Was BUG A: the re-release replaced the whole body, dropping the rollback's audit record; publishRelease
    // now keeps the sections appended after NOTE_MARKER (release-body.ts keepAppendedSections).
    expect(v101()).toContain('Rolled back');
  });

  it('--rollback-to previous goes to the release the current one followed, not to one rolled back before', async () => {
    r = releaseRepo();
    const v1 = r.remoteSha('staging');
    await runRelease(r); // 1.0.0
    r.pushChange('staging', VALUES, wave4, 'bad');
    await runRelease(r); // 1.0.1 (bad)
    await runRelease(r, { rollbackTo: 'previous', reason: 'bad' }); // stable → 1.0.0
    r.pushChange('staging', VALUES, wave3, 'fix');
    const v3 = await runRelease(r); // 1.0.2, follows 1.0.0 (its tag message says so)
    expect(v3.result.versionTag).toBe('stable-v1.0.2');
    expect(v3.result.previousVersionTag).toBe('stable-v1.0.0');
    const back = await runRelease(r, { rollbackTo: 'previous', reason: 'fix broke too' });
    // Was: goes to stable-v1.0.1, the release already rolled back as bad.
    expect(back.result.versionTag).toBe('stable-v1.0.0');
    expect(r.tagCommit('stable')).toBe(v1);
  });

  it('--rollback-to previous run twice rolls back once', async () => {
    r = releaseRepo();
    await runRelease(r);
    const v2 = r.pushChange('staging', VALUES, wave4, 'two');
    await runRelease(r);
    r.pushChange('staging', VALUES, wave3, 'three');
    await runRelease(r);
    await runRelease(r, { rollbackTo: 'previous', reason: 'x' });
    expect(r.tagCommit('stable')).toBe(v2);
    const rerun = await runRelease(r, { rollbackTo: 'previous', reason: 'x' });
    // Was: a retried job moves production one more release back.
    expect(rerun.result.outcome).toBe('nothing-to-release');
    expect(r.tagCommit('stable')).toBe(v2);
  });

  it('a version-named tag pointing at a tree: the next version is above it, releases go on', async () => {
    r = releaseRepo();
    await runRelease(r); // 1.0.0
    const blob = bare(r, 'rev-parse', 'refs/heads/dev^{tree}');
    bare(r, 'update-ref', 'refs/tags/stable-v1.0.1', blob);
    r.pushChange('staging', VALUES, wave4, 'two');
    const one = await runRelease(r);
    const two = await runRelease(r);
    // Was: the next version is computed ignoring stable-v1.0.1, whose lease then fails on every run.
    expect([one.result.outcome, two.result.outcome]).toEqual(['released', 'nothing-to-release']);
  });

  it('a wave that lagged behind is diffed from where it was, not from where wave 1 was', async () => {
    r = releaseRepo();
    r.configure(
      `release:\n  waves:\n    - tag: stable\n      clusters: [prod-01]\n    - tag: ops-stable\n      clusters: [ops-01]`,
    );
    await runRelease(r); // 1.0.0 on both waves (sync-wave 5)
    const v1 = r.remoteSha('staging');
    r.pushChange('staging', VALUES, wave4, 'two');
    await runRelease(r, { wave: 1 }); // 1.0.1 on stable only (wave 4)
    const v2 = r.remoteSha('staging');
    r.pushChange('staging', VALUES, wave3, 'three');
    await runRelease(r, { wave: 1 }); // 1.0.2 on stable (wave 3); ops-stable still at 1.0.0
    const { result, diffs } = await runRelease(r, { dryRun: true }); // continues 1.0.2 to ops-stable
    expect(result.versionTag).toBe('stable-v1.0.2');
    expect(result.waves.map((w) => w.state)).toEqual(['already', 'would-move']);
    // The notes are the release's: stable moved (by the run before) from 1.0.1, where its tag message
    // says it was; ops-stable moves from 1.0.0.
    expect(diffs.map((d) => [d.tags, d.base])).toEqual([
      [['stable'], v2],
      [['ops-stable'], v1],
    ]);
    const diff = diffs[1]!.diff;
    expect(diff.state).toBe('diffed');
    if (diff.state !== 'diffed') return;
    const ops = diff.report.clusters.find((c) => c.name === 'ops-01');
    expect(ops?.status).toBe('changed');
    // ops-01 goes from sync-wave 5 (1.0.0) to 3, not from 4 (1.0.1, where stable was).
    const fields = ops!.apps.flatMap((a) => a.fields.map((f) => `${String(f.old)} → ${String(f.new)}`));
    expect(fields).toContain('5 → 3');
  });

  it("the notes a re-run publishes after a failed publish are the release's, and say the gates are not known", async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const { server, github } = await gitHub(r);
    server.fault({
      key: 'POST /repos/{owner}/{repo}/releases',
      kind: 'error-after',
      perform: false,
      status: 500,
      times: 2,
    });
    const failed = await runRelease(r, { github, reason: 'weekly' });
    expect(failed.result.outcome).toBe('incomplete');
    expect(failed.result.gates.length).toBeGreaterThan(0);
    await runRelease(r, { github });
    const body = server.state.releases[0]!.body!;
    expect(body).not.toContain('nothing to release');
    expect(body).toContain('### Gates');
  });

  it('a run stopped after the push (job cancelled during verification): the re-run verifies, and fails', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    const server = await startArgoCdServer();
    fakes.push(server);
    const argocd = new ArgoCdClient({ server: server.url, token: server.token });
    const v1 = r.remoteSha('staging');
    const set = (clusters: string[], health: 'Healthy' | 'Degraded') => {
      for (const cluster of clusters)
        for (const name of ['loki', 'cert-manager'])
          server.setApp(
            makeApplication({ name: `${cluster}-${name}`, cluster, revision: v1, health, repoURL: REPO_URL }),
          );
    };
    set(['stag-01'], 'Healthy');
    set(['prod-01', 'ops-01'], 'Degraded');
    const verify = { timeoutMs: 200, intervalMs: 20, rollbackOnFailure: true };
    await expect(
      runRelease(r, {
        argocd,
        verify,
        afterStep: async (step) => {
          if (step === 'tags-pushed') throw new Error('job cancelled');
        },
      }),
    ).rejects.toThrow('job cancelled');
    const rerun = await runRelease(r, { argocd, verify });
    // Was: production is Degraded at the release, nobody verified it, and the re-run reports success.
    expect(rerun.result.outcome).not.toBe('nothing-to-release');
  });

  it('with stable gone but version tags present, the notes never claim the first release', async () => {
    r = releaseRepo();
    await runRelease(r); // 1.0.0
    r.pushChange('staging', VALUES, wave4, 'two');
    bare(r, 'update-ref', '-d', 'refs/tags/stable');
    const { result, diffs, notes } = await runRelease(r, { dryRun: true });
    const diff = diffs.length === 1 ? diffs[0]!.diff : null;
    expect(result.versionTag).toBe('stable-v1.0.1');
    // Was: "the first release" said while stable-v1.0.0 exists.
    expect(diff?.state).not.toBe('first-release');
    expect(notes?.body).not.toContain('first release');
  });
  it('a config whose versionTag changed cannot make a wave of an existing version tag', async () => {
    r = releaseRepo();
    const v1 = r.remoteSha('staging');
    await runRelease(r); // stable-v1.0.0 at v1 (annotated)
    const before = r.tags()['stable-v1.0.0'];
    r.pushChange(
      'staging',
      'charts/app-of-apps/values.yaml',
      (t) => t.replace('sync-wave: "5"', 'sync-wave: "4"'),
      'two',
    );
    r.configure('release:\n  versionTag: rel-{major}.{minor}.{patch}\n  waves:\n    - tag: stable-v1.0.0');
    const { result } = await runRelease(r, { skipGatesReason: 'x', reason: 'x' });
    // Was: invariant 3 ("whatever the inputs"): stable-v1.0.0 must stay where it was.
    expect(result.outcome).not.toBe('released');
    expect(r.tags()['stable-v1.0.0']).toBe(before);
    expect(r.tagCommit('stable-v1.0.0')).toBe(v1);
  });
});
