import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { gitHubPort } from '../../src/github/port.js';
import { linkPullRequests, MAX_PULL_REQUEST_LOOKUPS } from '../../src/promote/commit-links.js';
import { emptyState, errorResult } from '../helpers/github-handlers.js';
import { fakeSha } from '../helpers/github-objects.js';
import { seedIssue } from '../helpers/github-issues.js';
import { pullHandlers, seedMergedPull } from '../helpers/github-pulls.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';

const commit = (n: number, subject = `change ${n}`) => ({ sha: fakeSha(`commit ${n}`), subject });
const LOOKUP = /^\/repos\/example-org\/gitops-repo\/commits\/([0-9a-f]{40})\/pulls/;

describe('linking promoted commits to their pull requests', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    Object.assign(server.state, emptyState());
    server.requests.length = 0;
  });
  const github = () =>
    gitHubPort(createGitHubClient(server.token, server.url, new RecordingLogger()), {
      owner: 'example-org',
      repo: 'gitops-repo',
    });
  const lookedUp = () => server.requests.map((q) => LOOKUP.exec(q.path)?.[1]).filter(Boolean);

  it('takes subjects first, then the merged pull request into `from` that the API associates', async () => {
    const [squashed, merge, rebased, inner, orphan, elsewhere] = [
      commit(1, 'monitoring: 3d retention (#345)'),
      commit(2, 'Merge pull request #12 from example-org/loki-wave'),
      commit(3, 'loki: wave 4'),
      commit(4, 'promtail: scrape journal'),
      commit(5, 'pushed straight to dev'),
      commit(6, 'hotfix forward-merged'),
    ];
    const rebasedPr = seedMergedPull(server, {
      title: 'loki',
      head: 'loki',
      base: 'dev',
      commits: [rebased.sha],
    });
    const mergedPr = seedMergedPull(server, {
      title: 'promtail',
      head: 'promtail',
      base: 'dev',
      commits: [inner.sha],
      merge_commit_sha: fakeSha('a merge commit'),
    });
    seedMergedPull(server, { title: 'hotfix', head: 'hotfix/x', base: 'stable', commits: [elsewhere.sha] });
    // The promotion's own open pull request carries every commit: it must never count.
    server.state.refs.set('dev', orphan.sha);
    server.state.refs.set('staging', fakeSha('staging'));
    seedIssue(server, { title: 'Promote dev → staging', pull_request: { head: 'dev', base: 'staging' } });

    const logger = new RecordingLogger();
    const linked = await linkPullRequests(
      [squashed, merge, rebased, inner, orphan, elsewhere],
      'dev',
      github(),
      logger,
    );
    expect(linked.map((c) => c.pullRequest)).toEqual([
      345,
      12,
      rebasedPr.number,
      mergedPr.number,
      null,
      null,
    ]);
    // Only the commits whose subjects name no pull request were looked up, once each.
    expect(lookedUp().sort()).toEqual([rebased.sha, inner.sha, orphan.sha, elsewhere.sha].sort());
    expect(logger.lines.filter((l) => l.level !== 'debug')).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('without GitHub, reads subjects only', async () => {
    const linked = await linkPullRequests(
      [commit(1, 'x (#7)'), commit(2)],
      'dev',
      null,
      new RecordingLogger(),
    );
    expect(linked.map((c) => c.pullRequest)).toEqual([7, null]);
    expect(server.requests).toEqual([]);
  });

  it(`looks up at most ${MAX_PULL_REQUEST_LOOKUPS} commits, and says so`, async () => {
    const commits = Array.from({ length: MAX_PULL_REQUEST_LOOKUPS + 5 }, (_, i) => commit(i));
    const last = commits.at(-1)!;
    seedMergedPull(server, { title: 'late', head: 'late', base: 'dev', commits: [last.sha] });
    const logger = new RecordingLogger();
    const linked = await linkPullRequests(commits, 'dev', github(), logger);
    expect(lookedUp()).toHaveLength(MAX_PULL_REQUEST_LOOKUPS);
    expect(linked.at(-1)!.pullRequest).toBeNull();
    expect(logger.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
      `55 commits name no pull request; looking up the first ${MAX_PULL_REQUEST_LOOKUPS} with the API`,
    ]);
  });

  it('a failed lookup leaves that commit unlinked with one warning, and the others linked', async () => {
    const [ok, broken] = [commit(1), commit(2)];
    const pr = seedMergedPull(server, { title: 'ok', head: 'ok', base: 'dev', commits: [ok.sha] });
    const real = pullHandlers['GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls']!;
    server.handle('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx) =>
      ctx.params.commit_sha === broken.sha ? errorResult(404, 'Not Found', ctx.docsUrl) : real(ctx),
    );
    try {
      const logger = new RecordingLogger();
      const linked = await linkPullRequests([ok, broken], 'dev', github(), logger);
      expect(linked.map((c) => c.pullRequest)).toEqual([pr.number, null]);
      expect(logger.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
        'could not look up the pull request of 1 commit',
      ]);
    } finally {
      server.handle('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', real);
    }
  });
});
