import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { promote } from '../../src/commands/promote.js';
import { createGit } from '../../src/git/git.js';
import { gitHubPort } from '../../src/github/port.js';
import { createGitHubClient } from '../../src/github/client.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { git } from '../helpers/git.js';
import { emptyState } from '../helpers/github-handlers.js';
import { seedIssue } from '../helpers/github-issues.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { promoteRepo, type PromoteRepo } from '../helpers/promote-repo.js';

describe('promote with mode pull-request (real git behind the local GitHub API)', () => {
  let gh: GitHubServer;
  let r: PromoteRepo | undefined;
  beforeAll(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => gh.close());
  beforeEach(() => {
    Object.assign(gh.state, emptyState());
    gh.requests.length = 0;
  });
  afterEach(() => {
    r?.cleanup();
    expect(gh.violations).toEqual([]);
  });

  /** A commit on dev (pushed to origin) for the promotion to carry. */
  const devChange = (repo: PromoteRepo) =>
    repo.pushChange(
      'dev',
      'charts/app-of-apps/values.dev-01.yaml',
      (t) => t.replace('retention: 2d', 'retention: 3d'),
      'monitoring: 3d',
    );

  /** GitHub's side of the merge, done for real: a --no-ff merge of the PR head into its base, pushed to origin. */
  function mergeForReal(repo: PromoteRepo) {
    return (m: { base: string; head_sha: string; commit_title?: string; commit_message?: string }) => {
      const clone = new FixtureRepo(null);
      try {
        git(clone.dir, repo.env, 'clone', '-q', '-b', m.base, repo.origin, '.');
        const message = [
          '-m',
          m.commit_title ?? 'merge',
          ...(m.commit_message ? ['-m', m.commit_message] : []),
        ];
        git(clone.dir, repo.env, 'merge', '-q', '--no-ff', ...message, m.head_sha);
        git(clone.dir, repo.env, 'push', '-q', 'origin', `HEAD:refs/heads/${m.base}`);
        return git(clone.dir, repo.env, 'rev-parse', 'HEAD');
      } finally {
        clone.cleanup();
      }
    };
  }

  it('strategy merge: opens and merges exactly one pull request; a re-run after success is a no-op', async () => {
    r = promoteRepo();
    const candidate = devChange(r);
    // staging has a commit of its own (a forward-merged hotfix): only a merge commit can promote.
    const previous = r.pushChange(
      'staging',
      'charts/app-of-apps/values.prod-01.yaml',
      (t) => `${t}# hotfix\n`,
      'hotfix',
    );
    gh.state.refs.set('dev', candidate);
    gh.state.refs.set('staging', previous);
    gh.onMerge = mergeForReal(r);
    const github = gitHubPort(createGitHubClient(gh.token, gh.url, new RecordingLogger()), {
      owner: 'example-org',
      repo: 'gitops-repo',
    });
    const options = {
      repoDir: r.work.dir,
      remote: 'origin',
      from: 'dev',
      to: 'staging',
      strategy: 'merge' as const,
      mode: 'pull-request' as const,
      dryRun: false,
      skipGatesReason: 'checks are not set up in this test',
      helm: testHelm(),
      logger: new RecordingLogger(),
      env: r.env,
      git: createGit(r.work.dir, r.env),
      github,
      argocd: null,
    };
    const first = await promote(options);
    expect(first.outcome).toBe('promoted');
    const pulls = [...gh.state.pulls.values()];
    expect(pulls).toHaveLength(1);
    expect(first.pullRequest?.number).toBe(pulls[0]!.number);
    expect(pulls[0]!.merged_at).not.toBeNull();
    const merged = r.remoteSha('staging');
    expect(first.sha).toBe(merged);
    expect(
      git(r.work.dir, r.env, '--git-dir', r.origin, 'rev-list', '--parents', '-n1', merged)
        .split(' ')
        .slice(1),
    ).toEqual([previous, candidate]);
    // The merge commit lists what it promoted.
    expect(git(r.work.dir, r.env, '--git-dir', r.origin, 'log', '-1', '--format=%B', merged).trim()).toBe(
      [
        'Promote dev → staging (1 commit)',
        '',
        `- ${candidate.slice(0, 7)} monitoring: 3d (Test Author)`,
        '',
        'Gates skipped: checks are not set up in this test',
      ].join('\n'),
    );

    gh.state.refs.set('staging', merged);
    const again = await promote(options);
    expect(again.outcome).toBe('nothing-to-promote');
    expect(gh.state.pulls.size).toBe(1);
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/pulls'))).toHaveLength(1);
  });

  it('the pull request body escapes commit subjects: no mention, no HTML, nothing hidden', async () => {
    r = promoteRepo();
    const subject = 'fix <!-- @org/team @octocat <img src=x onerror=alert(1)> `x';
    const candidate = r.pushChange(
      'dev',
      'charts/app-of-apps/values.dev-01.yaml',
      (t) => t.replace('retention: 2d', 'retention: 3d'),
      subject,
    );
    gh.state.refs.set('dev', candidate);
    gh.state.refs.set('staging', r.remoteSha('staging'));
    const result = await promote({
      repoDir: r.work.dir,
      remote: 'origin',
      from: 'dev',
      to: 'staging',
      strategy: 'fast-forward',
      mode: 'pull-request',
      dryRun: false,
      skipGatesReason: 'a @someone <b>reason</b>',
      helm: testHelm(),
      logger: new RecordingLogger(),
      git: createGit(r.work.dir, r.env),
      github: gitHubPort(createGitHubClient(gh.token, gh.url, new RecordingLogger()), {
        owner: 'example-org',
        repo: 'gitops-repo',
      }),
      argocd: null,
    });
    expect(result.outcome).toBe('promoted');
    const pull = [...gh.state.pulls.values()][0]!;
    const body = String(gh.state.issues.get(pull.number)?.body ?? '');
    expect(body).toContain('@&#8203;org/team @&#8203;octocat');
    expect(body).toContain('&lt;!--');
    expect(body).not.toMatch(/<(img|!--|b>)/);
    expect(body).not.toMatch(/(^|[^;])@(org|octocat|someone)/);
  });

  it('strategy fast-forward: reuses the open pull request, then fast-forwards to its head (no merge commit)', async () => {
    r = promoteRepo();
    const candidate = devChange(r);
    gh.state.refs.set('dev', candidate);
    gh.state.refs.set('staging', r.remoteSha('staging'));
    const stale = seedIssue(gh, { title: 'old promotion', pull_request: { head: 'dev', base: 'staging' } });
    gh.onMerge = () => new Error('a fast-forward never calls the merge API');
    const options = {
      repoDir: r.work.dir,
      remote: 'origin',
      from: 'dev',
      to: 'staging',
      strategy: 'fast-forward' as const,
      mode: 'pull-request' as const,
      dryRun: false,
      helm: testHelm(),
      logger: new RecordingLogger(),
      env: r.env,
      git: createGit(r.work.dir, r.env),
      github: gitHubPort(createGitHubClient(gh.token, gh.url, new RecordingLogger()), {
        owner: 'example-org',
        repo: 'gitops-repo',
      }),
      argocd: null,
    };
    const first = await promote({ ...options, skipGatesReason: 'checks are not set up in this test' });
    expect([first.outcome, first.message, first.sha]).toEqual([
      'promoted',
      `promoted 1 commit from dev to staging (fast-forward through #${stale.number})`,
      candidate,
    ]);
    expect(first.pullRequest?.number).toBe(stale.number);
    expect(r.remoteSha('staging')).toBe(candidate);
    expect(gh.state.issues.get(stale.number)?.title).toBe('Promote dev → staging (1 commit)');
    expect(gh.requests.map((q) => `${q.method} ${q.path.replace(/\?.*/, '')}`)).toEqual([
      'GET /repos/example-org/gitops-repo/commits/' + candidate + '/pulls',
      'GET /repos/example-org/gitops-repo/pulls',
      `PATCH /repos/example-org/gitops-repo/pulls/${stale.number}`,
    ]);

    // An older commit of dev cannot go through a pull request, whose head is dev's head.
    const older = r.remoteSha('staging');
    const next = r.pushChange('dev', 'charts/app-of-apps/values.dev-01.yaml', (t) => `${t}\n`, 'newline');
    gh.state.refs.set('dev', next);
    await expect(promote({ ...options, sha: older })).rejects.toThrow(
      `mode pull-request promotes the head of dev (${next.slice(0, 7)}), not ${older.slice(0, 7)}`,
    );
  });
});
