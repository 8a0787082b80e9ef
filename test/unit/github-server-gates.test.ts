import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCheckRun } from '../helpers/github-checks.js';
import { addPullRecord } from '../helpers/github-pulls.js';
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js';

const SHA = 'a'.repeat(40);
const OTHER_SHA = 'b'.repeat(40);
const COMBINED = 'GET /repos/{owner}/{repo}/commits/{ref}/status';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
});

afterEach(async () => {
  await server.close();
});

const octokit = () => getOctokit(server.token, { baseUrl: server.url });
const repo = () => ({ owner: server.owner, repo: server.repo });
const api = () => `${server.url}/repos/${server.owner}/${server.repo}`;

type State = 'error' | 'failure' | 'pending' | 'success';
async function postStatuses(sha: string, statuses: [context: string, state: State][]) {
  for (const [context, state] of statuses) {
    await octokit().rest.repos.createCommitStatus({ ...repo(), sha, context, state });
  }
}

describe('commit statuses', () => {
  it('creates a status (201, full object) and lists a ref’s statuses newest first', async () => {
    server.state.refs.set('staging', SHA);
    const created = await octokit().rest.repos.createCommitStatus({
      ...repo(),
      sha: SHA,
      state: 'pending',
      context: 'ci/build',
      description: 'Build started',
      target_url: 'https://ci.example.com/1',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      url: `${api()}/statuses/${SHA}`,
      id: 3_000_001,
      state: 'pending',
      context: 'ci/build',
      description: 'Build started',
      target_url: 'https://ci.example.com/1',
      creator: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(created.headers.location).toBe(`${api()}/statuses/${SHA}`);
    await octokit().rest.repos.createCommitStatus({
      ...repo(),
      sha: SHA,
      state: 'success',
      context: 'ci/build',
    });
    await octokit().rest.repos.createCommitStatus({ ...repo(), sha: OTHER_SHA, state: 'failure' });

    for (const ref of ['staging', 'heads/staging', SHA]) {
      const { data } = await octokit().rest.repos.listCommitStatusesForRef({ ...repo(), ref });
      expect(data.map((s) => [s.id, s.context, s.state, s.description])).toEqual([
        [3_000_002, 'ci/build', 'success', null],
        [3_000_001, 'ci/build', 'pending', 'Build started'],
      ]);
    }
    const other = await octokit().rest.repos.listCommitStatusesForRef({ ...repo(), ref: OTHER_SHA });
    expect(other.data.map((s) => [s.context, s.state])).toEqual([['default', 'failure']]);
    await expect(
      octokit().rest.repos.listCommitStatusesForRef({ ...repo(), ref: 'no-such-branch' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(server.violations).toEqual([]);
  });

  it('combines no status as pending with total_count 0', async () => {
    const { data } = await octokit().rest.repos.getCombinedStatusForRef({ ...repo(), ref: SHA });

    expect(data).toMatchObject({
      state: 'pending',
      statuses: [],
      sha: SHA,
      total_count: 0,
      repository: { full_name: 'example-org/gitops-repo', default_branch: 'main' },
      commit_url: `${api()}/commits/${SHA}`,
      url: `${api()}/commits/${SHA}/status`,
    });
    expect(server.violations).toEqual([]);
  });

  it.each<[string, [string, State][], State]>([
    [
      'all success',
      [
        ['build', 'success'],
        ['lint', 'success'],
      ],
      'success',
    ],
    [
      'any pending',
      [
        ['build', 'success'],
        ['lint', 'pending'],
      ],
      'pending',
    ],
    [
      'any failure, even with a pending one',
      [
        ['build', 'failure'],
        ['lint', 'pending'],
      ],
      'failure',
    ],
    [
      'any error',
      [
        ['build', 'success'],
        ['lint', 'error'],
      ],
      'failure',
    ],
    [
      'the latest per context: a failure fixed',
      [
        ['build', 'failure'],
        ['build', 'success'],
      ],
      'success',
    ],
    [
      'contexts are case-insensitive',
      [
        ['Build', 'success'],
        ['build', 'error'],
      ],
      'failure',
    ],
  ])('combines %s', async (_name, statuses, expected) => {
    await postStatuses(SHA, statuses);

    const { data } = await octokit().rest.repos.getCombinedStatusForRef({ ...repo(), ref: SHA });
    expect(data.state).toBe(expected);
    const latest = new Map(statuses.map(([context, state]) => [context.toLowerCase(), state]));
    expect(data.total_count).toBe(latest.size);
    expect(data.statuses.map((s) => [s.context.toLowerCase(), s.state])).toEqual([...latest]);
    expect(server.violations).toEqual([]);
  });

  it('combines the statuses of a branch or a tag, paged by per_page', async () => {
    server.state.refs.set('staging', SHA);
    server.state.tags.set('stable', SHA);
    await postStatuses(SHA, [
      ['a', 'success'],
      ['b', 'success'],
      ['c', 'success'],
    ]);

    for (const ref of ['staging', 'tags/stable', 'stable']) {
      const { data } = await octokit().rest.repos.getCombinedStatusForRef({ ...repo(), ref, per_page: 2 });
      expect([data.state, data.sha, data.total_count]).toEqual(['success', SHA, 3]);
      expect(data.statuses.map((s) => s.context)).toEqual(['a', 'b']);
    }
    expect(server.violations).toEqual([]);
  });
});

describe('check runs', () => {
  it('lists the latest run of each name for a ref, with status, conclusion and app', async () => {
    server.state.refs.set('staging', SHA);
    seedCheckRun(server, SHA, { name: 'build', status: 'completed', conclusion: 'failure' });
    seedCheckRun(server, SHA, { name: 'build', status: 'completed', conclusion: 'success' });
    seedCheckRun(server, SHA, { name: 'e2e', status: 'in_progress' });
    seedCheckRun(server, SHA, { name: 'docs', status: 'queued' });
    seedCheckRun(server, OTHER_SHA, { name: 'build', status: 'completed', conclusion: 'success' });

    const { data } = await octokit().rest.checks.listForRef({ ...repo(), ref: 'staging' });
    expect(data.total_count).toBe(3);
    expect(data.check_runs.map((c) => [c.id, c.name, c.status, c.conclusion])).toEqual([
      [4_000_002, 'build', 'completed', 'success'],
      [4_000_003, 'e2e', 'in_progress', null],
      [4_000_004, 'docs', 'queued', null],
    ]);
    const [build, e2e, docs] = data.check_runs;
    expect(build).toMatchObject({
      head_sha: SHA,
      url: `${api()}/check-runs/4000002`,
      html_url: 'https://github.com/example-org/gitops-repo/runs/4000002',
      app: { slug: 'github-actions', owner: { login: 'github' } },
      pull_requests: [],
    });
    expect([build?.started_at, build?.completed_at].every((t) => typeof t === 'string')).toBe(true);
    expect([typeof e2e?.started_at, e2e?.completed_at]).toEqual(['string', null]);
    expect([docs?.started_at, docs?.completed_at]).toEqual([null, null]);
    expect(server.violations).toEqual([]);
  });

  it('filters by status and check_name, and lists all runs with filter=all', async () => {
    seedCheckRun(server, SHA, { name: 'build', status: 'completed', conclusion: 'failure' });
    seedCheckRun(server, SHA, { name: 'build', status: 'completed', conclusion: 'success' });
    seedCheckRun(server, SHA, { name: 'e2e', status: 'in_progress' });
    const list = async (extra: object) => {
      const { data } = await octokit().rest.checks.listForRef({ ...repo(), ref: SHA, ...extra });
      return [data.total_count, data.check_runs.map((c) => `${c.name}:${c.conclusion ?? c.status}`)];
    };

    expect(await list({ filter: 'all' })).toEqual([3, ['build:failure', 'build:success', 'e2e:in_progress']]);
    expect(await list({ status: 'completed' })).toEqual([1, ['build:success']]);
    expect(await list({ check_name: 'e2e' })).toEqual([1, ['e2e:in_progress']]);
    expect(await list({ filter: 'all', check_name: 'build', per_page: 1 })).toEqual([2, ['build:failure']]);
    expect(await list({ check_name: 'none' })).toEqual([0, []]);
    expect(server.violations).toEqual([]);
  });

  it('links the open pull requests whose head is at the run’s commit', async () => {
    server.state.refs.set('promote/staging', SHA);
    server.state.refs.set('staging', OTHER_SHA);
    server.state.issues.set(3, {
      number: 3,
      title: 'Promote',
      body: null,
      labels: [],
      state: 'open',
      state_reason: null,
      user: 'octocat',
      created_at: '2024-05-01T00:00:00Z',
      updated_at: '2024-05-01T00:00:00Z',
      closed_at: null,
      pull_request: true,
    });
    addPullRecord(server.state, 3, 'promote/staging', 'staging');
    seedCheckRun(server, SHA, { name: 'build', status: 'queued' });

    const { data } = await octokit().rest.checks.listForRef({ ...repo(), ref: SHA });
    expect(data.check_runs[0]?.pull_requests).toEqual([
      {
        id: 7_000_000_003,
        number: 3,
        url: `${api()}/pulls/3`,
        head: {
          ref: 'promote/staging',
          sha: SHA,
          repo: { id: 700_000_001, url: api(), name: 'gitops-repo' },
        },
        base: { ref: 'staging', sha: OTHER_SHA, repo: { id: 700_000_001, url: api(), name: 'gitops-repo' } },
      },
    ]);
    expect(server.violations).toEqual([]);
  });

  it('seeds only consistent runs: a conclusion exactly when completed, on a full sha', () => {
    expect(() => seedCheckRun(server, SHA, { name: 'x', status: 'completed' })).toThrow(
      'a completed check run cannot have conclusion null',
    );
    expect(() => seedCheckRun(server, SHA, { name: 'x', status: 'queued', conclusion: 'success' })).toThrow(
      'a queued check run cannot have conclusion success',
    );
    expect(() => seedCheckRun(server, 'main', { name: 'x', status: 'queued' })).toThrow(
      'not a full commit sha',
    );
    expect(server.state.checkRuns).toEqual([]);
  });
});

describe('git refs', () => {
  it('gets a branch or a tag from state.refs / state.tags, 404 otherwise', async () => {
    server.state.refs.set('staging', SHA);
    server.state.refs.set('promote/prod', OTHER_SHA);
    server.state.tags.set('stable', SHA);

    const branch = await octokit().rest.git.getRef({ ...repo(), ref: 'heads/staging' });
    expect(branch.data).toEqual({
      ref: 'refs/heads/staging',
      node_id: expect.stringMatching(/^REF_/),
      url: `${api()}/git/refs/heads/staging`,
      object: { type: 'commit', sha: SHA, url: `${api()}/git/commits/${SHA}` },
    });
    const nested = await octokit().rest.git.getRef({ ...repo(), ref: 'heads/promote/prod' });
    expect([nested.data.ref, nested.data.object.sha]).toEqual(['refs/heads/promote/prod', OTHER_SHA]);
    const tag = await octokit().rest.git.getRef({ ...repo(), ref: 'tags/stable' });
    expect([tag.data.ref, tag.data.object.sha]).toEqual(['refs/tags/stable', SHA]);

    for (const ref of ['heads/prod', 'tags/staging', 'staging', 'heads/']) {
      await expect(octokit().rest.git.getRef({ ...repo(), ref })).rejects.toMatchObject({
        status: 404,
        response: { data: { message: 'Not Found' } },
      });
    }
    expect(server.violations).toEqual([]);
  });
});

describe('the contract checks catch mistakes of the new handlers', () => {
  it('a combined status without its repository, with an unknown field', async () => {
    server.handle(COMBINED, () => ({
      status: 200,
      body: {
        state: 'success',
        statuses: [],
        sha: SHA,
        total_count: 0,
        commit_url: `${api()}/commits/${SHA}`,
        url: `${api()}/commits/${SHA}/status`,
        conclusion: 'success',
      },
    }));

    await octokit().rest.repos.getCombinedStatusForRef({ ...repo(), ref: SHA });
    expect(server.violations).toEqual([
      `response ${COMBINED} → 200: body must have required property 'repository'`,
      `response ${COMBINED} → 200: body must NOT have additional properties ('conclusion')`,
    ]);
  });
});
