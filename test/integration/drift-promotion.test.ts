import { afterEach, describe, expect, it } from 'vitest';
import { promotionDrift } from '../../src/drift/promotion.js';
import { createGit } from '../../src/git/git.js';
import { loadConfig } from '../../src/gitops/config.js';
import { fix, HOTFIX, hotfixWorld, PROD_VALUES, runHotfix } from '../helpers/hotfix-repo.js';
import { RecordingLogger } from '../helpers/logger.js';
import { releaseRepo, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

/** Promotion drift from git alone, on a real bare origin: what waits on each edge, missed forward-merges, missing refs. */

const CONFIG = 'repoURL: https://github.com/example-org/gitops-repo.git\npromotion:\n  requiredChecks: []';
// The helpers' commits are dated 2026-01-01 (test/helpers/git.ts).
const NOW = new Date('2026-01-03T00:00:00Z');
const VALUES = 'charts/app-of-apps/values.dev-01.yaml';

let repos: ReleaseRepo[] = [];
afterEach(() => {
  for (const r of repos) r.cleanup();
  repos = [];
});

function readDrift(repo: ReleaseRepo, now = NOW) {
  return promotionDrift({
    git: createGit(repo.work.dir, repo.env),
    github: null,
    logger: new RecordingLogger(),
    remote: 'origin',
    config: loadConfig(repo.work.dir),
    now,
  });
}

describe('promotion drift', () => {
  it('lists what waits on each edge, oldest first, with its age against drift.maxAge', async () => {
    const repo = releaseRepo();
    repos.push(repo);
    repo.configure(`${CONFIG}\ndrift:\n  maxAge: 1d`);
    await runRelease(repo);
    const a = repo.pushChange('dev', VALUES, (t) => `${t}\n# one\n`, 'feat: one');
    const b = repo.pushChange('dev', VALUES, (t) => `${t}\n# two\n`, 'feat: two (#12)');
    const { section } = await readDrift(repo);
    const [devToStaging, release] = section.edges;
    expect(devToStaging).toMatchObject({
      kind: 'promote',
      from: 'dev',
      to: 'staging',
      state: 'pending',
      pendingCount: 2,
      fromSha: b,
      toSha: repo.remoteSha('staging'),
      oldestAt: '2026-01-01T00:00:00+00:00',
      overdue: true,
    });
    if (devToStaging?.state === 'unknown') throw new Error('unknown');
    expect(devToStaging?.pending.map((c) => [c.sha, c.pullRequests])).toEqual([
      [a, []],
      [b, [12]],
    ]);
    // stable is at staging's head: proven in sync (equal commits), and said so.
    expect(release).toMatchObject({
      kind: 'release',
      from: 'staging',
      to: 'stable',
      state: 'in-sync',
      pendingCount: 0,
    });
    expect(section.missedForwardMerges).toEqual([]);
    expect(section.missingRefs).toEqual([]);
    // Within the max age the same edge is not overdue.
    const fresh = await readDrift(repo, new Date('2026-01-01T12:00:00Z'));
    expect(fresh.section.edges[0]).toMatchObject({ state: 'pending', overdue: false });
  });

  it('names a hotfix that reached production but not dev as a missed forward-merge', async () => {
    const world = await hotfixWorld();
    repos.push(world.repo);
    // dev refuses the forward-merge (a protected branch): staging gets the fix, dev does not.
    world.repo.refuseRefs('refs/heads/dev', 'dev is protected');
    const out = await runHotfix(world.repo, world.github);
    expect(out.result.forwardMerges.map((f) => [f.target, f.state])).toEqual([
      ['staging', 'merged'],
      ['dev', 'refused'],
    ]);
    const { section } = await readDrift(world.repo);
    expect(section.missedForwardMerges).toHaveLength(1);
    expect(section.missedForwardMerges[0]).toMatchObject({
      target: 'dev',
      source: 'stable',
      commitCount: 1,
      hotfixes: [`${HOTFIX} (stable-v1.0.1)`],
    });
    expect(section.missedForwardMerges[0]!.commits[0]).toMatchObject({
      sha: world.head,
      subject: 'fix: velero off on prod-01',
    });
    await world.gh.close();
  });

  it('counts a fix cherry-picked onto the target as there (by change, not commit id)', async () => {
    const world = await hotfixWorld();
    repos.push(world.repo);
    world.repo.refuseRefs('refs/heads/dev', 'dev is protected');
    await runHotfix(world.repo, world.github);
    // The hook replaced by one that lets dev through again.
    world.repo.refuseRefs('refs/heads/nothing', 'none');
    // The same change made on dev by hand, as a new commit.
    world.repo.pushChange('dev', PROD_VALUES, fix, 'fix: velero off on prod-01 (by hand)');
    const { section } = await readDrift(world.repo);
    expect(section.missedForwardMerges).toEqual([]);
    await world.gh.close();
  });

  it('reports a configured ref the remote lacks as missing, and its edges as unknown (never in sync)', async () => {
    const repo = releaseRepo();
    repos.push(repo);
    repo.configure(
      `${CONFIG}\nenvironments:\n  dev: {ref: dev}\n  qa: {ref: qa}\n  staging: {ref: staging}\n  prod: {ref: stable}\npromotion:\n  edges:\n    - {from: dev, to: qa}\n    - {from: qa, to: staging}`.replace(
        'promotion:\n  requiredChecks: []\n',
        '',
      ),
    );
    const { section } = await readDrift(repo);
    expect(section.missingRefs).toEqual([
      { ref: 'qa', namedBy: 'environment qa' },
      { ref: 'stable', namedBy: 'environment prod' },
    ]);
    expect(section.edges.map((e) => [e.from, e.to, e.state])).toEqual([
      ['dev', 'qa', 'unknown'],
      ['qa', 'staging', 'unknown'],
      ['staging', 'stable', 'unknown'],
    ]);
    expect(section.edges[0]).toMatchObject({ reason: 'qa does not exist on origin' });
  });
});
