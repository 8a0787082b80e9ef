import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitAll, git, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { seedIssue } from '../helpers/github-issues.js';
import { type GitHubServer, type PendingMerge, startGitHubServer } from '../helpers/github-server.js';

const MAIN = '1'.repeat(40);
const FEATURE = '2'.repeat(40);
const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  server.state.refs.set('main', MAIN);
  server.state.refs.set('promote/staging', FEATURE);
});

afterEach(async () => {
  await server.close();
});

const octokit = () => getOctokit(server.token, { baseUrl: server.url });
const repo = () => ({ owner: server.owner, repo: server.repo });
const api = () => `${server.url}/repos/${server.owner}/${server.repo}`;
const createPull = (extra: object = {}) =>
  octokit().rest.pulls.create({
    ...repo(),
    head: 'promote/staging',
    base: 'main',
    title: 'Promote',
    ...extra,
  });

describe('issues filtered by labels', () => {
  it('lists open issues and pull requests having every label; PRs carry pull_request', async () => {
    seedIssue(server, {
      title: 'gate',
      labels: ['promotion', 'Blocked'],
      created_at: '2024-05-01T00:00:00Z',
    });
    seedIssue(server, { title: 'closed gate', labels: ['promotion', 'blocked'], state: 'closed' });
    seedIssue(server, { title: 'other', labels: ['promotion'] });
    seedIssue(server, {
      title: 'PR gate',
      labels: ['blocked', 'promotion', 'staging'],
      pull_request: true,
      created_at: '2024-05-02T00:00:00Z',
    });

    const { data } = await octokit().rest.issues.listForRepo({ ...repo(), labels: 'promotion, blocked' });
    expect(data.map((i) => [i.number, i.title, i.state, 'pull_request' in i])).toEqual([
      [4, 'PR gate', 'open', true],
      [1, 'gate', 'open', false],
    ]);
    expect(data[0]).toMatchObject({
      html_url: 'https://github.com/example-org/gitops-repo/pull/4',
      pull_request: { url: `${api()}/pulls/4`, merged_at: null },
      labels: [{ name: 'blocked' }, { name: 'promotion' }, { name: 'staging' }],
      draft: false,
    });
    expect(data[1]).toMatchObject({ html_url: 'https://github.com/example-org/gitops-repo/issues/1' });

    const all = await octokit().rest.issues.listForRepo({ ...repo(), labels: 'blocked', state: 'all' });
    expect(all.data.map((i) => i.number).sort()).toEqual([1, 2, 4]);
    const closed = await octokit().rest.issues.listForRepo({ ...repo(), state: 'closed' });
    expect(closed.data.map((i) => [i.number, i.state_reason])).toEqual([[2, 'completed']]);
    expect(server.violations).toEqual([]);
  });

  it('pages through the matches with per_page and the Link header', async () => {
    for (let i = 1; i <= 5; i++) {
      seedIssue(server, { title: `gate ${i}`, labels: ['promotion'], created_at: `2024-05-0${i}T00:00:00Z` });
    }
    seedIssue(server, { title: 'unlabelled' });

    const all = await octokit().paginate(octokit().rest.issues.listForRepo, {
      ...repo(),
      labels: 'promotion',
      per_page: 2,
      direction: 'asc',
    });
    expect(all.map((i) => i.title)).toEqual(['gate 1', 'gate 2', 'gate 3', 'gate 4', 'gate 5']);
    expect(server.requests.map((r) => r.query.page)).toEqual([undefined, '2', '3']);
    expect(server.violations).toEqual([]);
  });
});

describe('labels of an issue or pull request', () => {
  const addLabels = (issue_number: number, labels: string[]) =>
    octokit().rest.issues.addLabels({ ...repo(), issue_number, labels });

  it('adds to the labels it has (a name in another case is no change), answers them all', async () => {
    seedIssue(server, { title: 'gate', labels: ['Promotion'] });
    const { data: pull } = await createPull();

    const { status, data } = await addLabels(pull.number, ['forward-merge-conflict']);
    expect(status).toBe(200);
    expect(data).toMatchObject([{ name: 'forward-merge-conflict', color: 'ededed', default: false }]);
    expect((await addLabels(1, ['promotion', 'blocked'])).data.map((l) => l.name)).toEqual([
      'Promotion',
      'blocked',
    ]);
    const again = await addLabels(pull.number, ['Forward-Merge-Conflict', 'forward-merge-conflict']);
    expect(again.data.map((l) => l.name)).toEqual(['forward-merge-conflict']);

    const labelled = await octokit().rest.issues.listForRepo({ ...repo(), labels: 'forward-merge-conflict' });
    expect(
      labelled.data.map((i) => [i.number, i.labels.map((l) => (typeof l === 'string' ? l : l.name))]),
    ).toEqual([[pull.number, ['forward-merge-conflict']]]);
    const fetched = await octokit().rest.pulls.get({ ...repo(), pull_number: pull.number });
    expect(fetched.data.labels.map((l) => l.name)).toEqual(['forward-merge-conflict']);
    expect(server.violations).toEqual([]);
  });

  it('answers 404 for an unknown issue and 422 for no labels', async () => {
    await expect(addLabels(7, ['x'])).rejects.toMatchObject({ status: 404 });
    seedIssue(server, { title: 'gate' });
    await expect(addLabels(1, [])).rejects.toMatchObject({ status: 422 });
    expect(server.state.issues.get(1)?.labels).toEqual([]);
    // The empty list breaks the description's minItems: the contract check says so.
    expect(server.violations).toContain(
      'request POST /repos/{owner}/{repo}/issues/{issue_number}/labels: body/labels must NOT have fewer than 1 items',
    );
  });
});

describe('pull requests', () => {
  it('creates one: 201, full pull-request, head and base from state.refs, and an issue', async () => {
    const { status, data, headers } = await createPull({ head: 'example-org:promote/staging', body: 'Plan' });

    expect(status).toBe(201);
    expect(data).toMatchObject({
      url: `${api()}/pulls/1`,
      number: 1,
      state: 'open',
      title: 'Promote',
      body: 'Plan',
      user: { login: 'github-actions[bot]' },
      head: { ref: 'promote/staging', sha: FEATURE, label: 'example-org:promote/staging' },
      base: {
        ref: 'main',
        sha: MAIN,
        repo: { full_name: 'example-org/gitops-repo', allow_squash_merge: true },
      },
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      merged_at: null,
      merge_commit_sha: null,
    });
    expect(headers.location).toBe(data.url);
    expect(server.state.issues.get(1)).toMatchObject({ title: 'Promote', pull_request: true, state: 'open' });
    const fetched = await octokit().rest.pulls.get({ ...repo(), pull_number: 1 });
    expect(fetched.data).toEqual(data);
    expect(server.violations).toEqual([]);
  });

  it('answers 422 for a second open pull request of the same head and base', async () => {
    await createPull();

    await expect(createPull({ title: 'Again' })).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: 'A pull request already exists for example-org:promote/staging.',
            },
          ],
        },
      },
    });
    expect([...server.state.pulls.keys()]).toEqual([1]);
    expect(server.violations).toEqual([]);
  });

  it('answers 422 for an unknown branch or no commits between them', async () => {
    const invalid = (field: string) => ({
      status: 422,
      response: { data: { errors: [{ resource: 'PullRequest', field, code: 'invalid' }] } },
    });
    await expect(createPull({ head: 'nope' })).rejects.toMatchObject(invalid('head'));
    await expect(createPull({ head: 'someone:promote/staging' })).rejects.toMatchObject(invalid('head'));
    await expect(createPull({ base: 'nope' })).rejects.toMatchObject(invalid('base'));
    server.state.refs.set('promote/staging', MAIN);
    await expect(createPull()).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and promote/staging' }] } },
    });
    expect(server.state.pulls.size).toBe(0);
    expect(server.violations).toEqual([]);
  });

  it('lists by state, head (owner:branch) and base, newest first', async () => {
    server.state.refs.set('promote/prod', '3'.repeat(40));
    server.state.refs.set('staging', '4'.repeat(40));
    await createPull();
    await createPull({ head: 'promote/prod', base: 'staging' });
    seedIssue(server, {
      title: 'closed',
      labels: ['promotion'],
      pull_request: { head: 'promote/staging', base: 'main' },
      state: 'closed',
    });
    const numbers = async (filters: object) =>
      (await octokit().rest.pulls.list({ ...repo(), ...filters })).data.map((p) => p.number);

    expect(await numbers({})).toEqual([2, 1]);
    expect(await numbers({ head: 'example-org:promote/staging' })).toEqual([1]);
    expect(await numbers({ head: 'example-org:promote/staging', state: 'all' })).toEqual([3, 1]);
    expect(await numbers({ head: 'example-org' })).toEqual([2, 1]);
    expect(await numbers({ head: 'someone:promote/staging' })).toEqual([]);
    expect(await numbers({ base: 'staging' })).toEqual([2]);
    expect(await numbers({ state: 'closed' })).toEqual([3]);
    await expect(octokit().rest.pulls.get({ ...repo(), pull_number: 9 })).rejects.toMatchObject({
      status: 404,
    });
    expect(server.violations).toEqual([]);
  });
});

describe('merging a pull request', () => {
  it('answers 409 when sha is not the head’s, and changes nothing', async () => {
    await createPull();
    server.onMerge = () => {
      throw new Error('must not merge');
    };

    await expect(
      octokit().rest.pulls.merge({ ...repo(), pull_number: 1, sha: MAIN, merge_method: 'squash' }),
    ).rejects.toMatchObject({
      status: 409,
      response: {
        data: {
          message: 'Head branch was modified. Review and try the merge again.',
          documentation_url: MERGE_DOCS,
          status: '409',
        },
      },
    });
    expect((await octokit().rest.pulls.get({ ...repo(), pull_number: 1 })).data).toMatchObject({
      state: 'open',
      merged: false,
    });
    expect(server.state.refs.get('main')).toBe(MAIN);
    expect(server.violations).toEqual([]);
  });

  it('answers 405 when not mergeable, when onMerge fails, and once merged', async () => {
    await createPull();
    const notMergeable = (message: string) => ({ status: 405, response: { data: { message } } });
    const merge = () => octokit().rest.pulls.merge({ ...repo(), pull_number: 1 });

    server.state.pulls.get(1)!.mergeable = false;
    await expect(merge()).rejects.toMatchObject(notMergeable('Pull Request is not mergeable'));
    server.state.pulls.get(1)!.mergeable = true;
    server.onMerge = () => new Error('Merge conflict in apps/staging/values.yaml');
    await expect(merge()).rejects.toMatchObject(notMergeable('Merge conflict in apps/staging/values.yaml'));
    server.onMerge = undefined;
    expect((await merge()).status).toBe(200);
    await expect(merge()).rejects.toMatchObject(notMergeable('Pull Request is not mergeable'));
    expect(server.violations).toEqual([]);
  });

  it('merges through onMerge with real git: merged, closed, the base branch moved', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-merge-'));
    try {
      const env = isolatedGitEnv();
      writeFileSync(path.join(dir, 'version'), '1.0.0\n');
      server.state.refs.set('main', initRepo(dir, env, 'main'));
      git(dir, env, 'checkout', '-q', '-b', 'promote/staging');
      writeFileSync(path.join(dir, 'version'), '1.1.0\n');
      server.state.refs.set('promote/staging', commitAll(dir, env, 'Promote 1.1.0'));
      const merges: PendingMerge[] = [];
      server.onMerge = (merge) => {
        merges.push(merge);
        git(dir, env, 'checkout', '-q', merge.base);
        git(dir, env, 'merge', '-q', '--no-ff', '-m', merge.commit_title ?? 'merge', merge.head_sha);
        return git(dir, env, 'rev-parse', 'HEAD');
      };
      const { data: pull } = await createPull();

      const { status, data } = await octokit().rest.pulls.merge({
        ...repo(),
        pull_number: pull.number,
        sha: pull.head.sha,
        merge_method: 'merge',
        commit_title: 'Promote 1.1.0 to staging (#1)',
      });

      const mergeSha = git(dir, env, 'rev-parse', 'main');
      expect([status, data]).toEqual([
        200,
        { sha: mergeSha, merged: true, message: 'Pull Request successfully merged' },
      ]);
      expect(merges).toEqual([
        {
          number: 1,
          title: 'Promote',
          head: 'promote/staging',
          base: 'main',
          head_sha: pull.head.sha,
          base_sha: pull.base.sha,
          merge_method: 'merge',
          commit_title: 'Promote 1.1.0 to staging (#1)',
        },
      ]);
      expect(git(dir, env, 'log', '-1', '--format=%s%n%P', 'main')).toBe(
        `Promote 1.1.0 to staging (#1)\n${pull.base.sha} ${pull.head.sha}`,
      );
      const merged = (await octokit().rest.pulls.get({ ...repo(), pull_number: 1 })).data;
      expect(merged).toMatchObject({
        state: 'closed',
        merged: true,
        merge_commit_sha: mergeSha,
        merged_by: { login: 'github-actions[bot]' },
        mergeable: null,
        head: { sha: pull.head.sha },
        base: { sha: pull.base.sha },
      });
      expect(merged.merged_at).toBe(merged.closed_at);
      expect(server.state.refs.get('main')).toBe(mergeSha);
      const open = await octokit().rest.issues.listForRepo({ ...repo() });
      expect(open.data).toEqual([]);
      expect(server.violations).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
