import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCheckRun } from '../helpers/github-checks.js';
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js';

const SHA = 'c'.repeat(40);
const OTHER_SHA = 'd'.repeat(40);
const DOCS = 'https://docs.github.com/rest/deployments';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  server.state.refs.set('staging', SHA);
  server.state.refs.set('main', OTHER_SHA);
});

afterEach(async () => {
  await server.close();
});

const octokit = () => getOctokit(server.token, { baseUrl: server.url });
const repo = () => ({ owner: server.owner, repo: server.repo });
const api = () => `${server.url}/repos/${server.owner}/${server.repo}`;

async function deploy(ref: string, environment: string, extra: object = {}) {
  const { data, status } = await octokit().rest.repos.createDeployment({
    ...repo(),
    ref,
    environment,
    auto_merge: false,
    required_contexts: [],
    ...extra,
  });
  if (status !== 201 || !('id' in data)) throw new Error(`deployment not created: ${status}`);
  return data;
}

describe('deployments', () => {
  it('creates a deployment of a branch: 201, its commit, environment, payload, creator', async () => {
    const data = await deploy('staging', 'staging', {
      description: 'Promote 1.2.3 to staging',
      payload: { version: '1.2.3' },
    });

    expect(data).toEqual({
      url: `${api()}/deployments/9000001`,
      id: 9_000_001,
      node_id: expect.stringMatching(/^DE_/),
      sha: SHA,
      ref: 'staging',
      task: 'deploy',
      payload: { version: '1.2.3' },
      original_environment: 'staging',
      environment: 'staging',
      description: 'Promote 1.2.3 to staging',
      creator: expect.objectContaining({ login: 'github-actions[bot]' }),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: data.created_at,
      statuses_url: `${api()}/deployments/9000001/statuses`,
      repository_url: api(),
      transient_environment: false,
      production_environment: false,
      performed_via_github_app: expect.objectContaining({ slug: 'github-actions' }),
    });
    const prod = await deploy(SHA, 'production', { payload: '{"version":"1.2.3"}' });
    expect([prod.sha, prod.ref, prod.production_environment, prod.payload]).toEqual([
      SHA,
      SHA,
      true,
      { version: '1.2.3' },
    ]);
    expect(server.state.deployments.map((d) => d.id)).toEqual([9_000_001, 9_000_002]);
    expect(server.violations).toEqual([]);
  });

  it('answers 422 for a ref that names no commit', async () => {
    await expect(
      octokit().rest.repos.createDeployment({ ...repo(), ref: 'no-such-branch', required_contexts: [] }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'No ref found for: no-such-branch' } },
    });
    expect(server.state.deployments).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('refuses with 409 when a required context failed: all contexts by default, or the listed ones', async () => {
    await octokit().rest.repos.createCommitStatus({ ...repo(), sha: SHA, context: 'ci', state: 'success' });
    seedCheckRun(server, SHA, { name: 'e2e', status: 'completed', conclusion: 'failure' });
    seedCheckRun(server, SHA, { name: 'lint', status: 'in_progress' });
    const create = (extra: object) =>
      octokit().rest.repos.createDeployment({ ...repo(), ref: 'staging', environment: 'staging', ...extra });

    const conflict = {
      status: 409,
      response: {
        data: {
          message: 'Conflict: Commit status checks failed for staging.',
          errors: [
            {
              resource: 'Deployment',
              field: 'required_contexts',
              code: 'invalid',
              contexts: [
                { context: 'ci', state: 'success' },
                { context: 'e2e', state: 'failure' },
                { context: 'lint', state: 'pending' },
              ],
            },
          ],
          documentation_url: `${DOCS}/deployments#create-a-deployment`,
          status: '409',
        },
      },
    };
    await expect(create({})).rejects.toMatchObject(conflict);
    await expect(create({ required_contexts: ['ci', 'lint'] })).rejects.toMatchObject(conflict);
    await expect(create({ required_contexts: ['missing'] })).rejects.toMatchObject({ status: 409 });
    expect(server.state.deployments).toEqual([]);

    expect((await create({ required_contexts: ['ci'] })).status).toBe(201);
    expect((await create({ required_contexts: [] })).status).toBe(201);
    expect(server.violations).toEqual([]);
  });

  it('lists newest first, filtered by sha, ref and environment', async () => {
    await deploy('staging', 'staging');
    await deploy('main', 'production');
    await deploy(SHA, 'production');
    const ids = async (filters: object) =>
      (await octokit().rest.repos.listDeployments({ ...repo(), ...filters })).data.map((d) => d.id);

    expect(await ids({})).toEqual([9_000_003, 9_000_002, 9_000_001]);
    expect(await ids({ sha: SHA })).toEqual([9_000_003, 9_000_001]);
    expect(await ids({ ref: 'staging' })).toEqual([9_000_001]);
    expect(await ids({ environment: 'production' })).toEqual([9_000_003, 9_000_002]);
    expect(await ids({ environment: 'production', sha: OTHER_SHA })).toEqual([9_000_002]);
    expect(await ids({ environment: 'qa' })).toEqual([]);
    expect(await ids({ per_page: 2, page: 2 })).toEqual([9_000_001]);
    expect(server.violations).toEqual([]);
  });
});

describe('deployment statuses', () => {
  it('creates statuses (unset URLs are "") and lists them newest first', async () => {
    const { id } = await deploy('staging', 'staging');

    const progress = await octokit().rest.repos.createDeploymentStatus({
      ...repo(),
      deployment_id: id,
      state: 'in_progress',
      log_url: 'https://github.com/example-org/gitops-repo/actions/runs/1',
    });
    expect(progress.status).toBe(201);
    expect(progress.data).toEqual({
      url: `${api()}/deployments/${id}/statuses/9500001`,
      id: 9_500_001,
      node_id: expect.stringMatching(/^DES_/),
      state: 'in_progress',
      creator: expect.objectContaining({ login: 'github-actions[bot]' }),
      description: '',
      environment: 'staging',
      target_url: 'https://github.com/example-org/gitops-repo/actions/runs/1',
      created_at: expect.any(String),
      updated_at: progress.data.created_at,
      deployment_url: `${api()}/deployments/${id}`,
      repository_url: api(),
      environment_url: '',
      log_url: 'https://github.com/example-org/gitops-repo/actions/runs/1',
      performed_via_github_app: expect.objectContaining({ slug: 'github-actions' }),
    });
    const done = await octokit().rest.repos.createDeploymentStatus({
      ...repo(),
      deployment_id: id,
      state: 'success',
      description: 'Deployed 1.2.3',
      environment_url: 'https://staging.example.com',
    });
    expect(done.data).toMatchObject({
      state: 'success',
      target_url: '',
      log_url: '',
      environment: 'staging',
    });

    const { data } = await octokit().rest.repos.listDeploymentStatuses({ ...repo(), deployment_id: id });
    expect(data.map((s) => [s.id, s.state, s.description, s.environment_url])).toEqual([
      [9_500_002, 'success', 'Deployed 1.2.3', 'https://staging.example.com'],
      [9_500_001, 'in_progress', '', ''],
    ]);
    expect(server.violations).toEqual([]);
  });

  it('rejects a description of 141 characters with 422, accepts 140', async () => {
    const { id } = await deploy('staging', 'staging');
    const create = (description: string) =>
      octokit().rest.repos.createDeploymentStatus({
        ...repo(),
        deployment_id: id,
        state: 'failure',
        description,
      });

    await expect(create('x'.repeat(141))).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'DeploymentStatus',
              code: 'custom',
              field: 'description',
              message: 'description is too long (maximum is 140 characters)',
            },
          ],
          documentation_url: `${DOCS}/statuses#create-a-deployment-status`,
          status: '422',
        },
      },
    });
    expect(server.state.deployments[0]?.statuses).toEqual([]);
    expect((await create('é'.repeat(140))).data.description).toHaveLength(140);
    expect(server.violations).toEqual([]);
  });

  it('marks the earlier successful deployment to the environment inactive on success', async () => {
    const first = await deploy('main', 'staging');
    const transient = await deploy('main', 'staging', { transient_environment: true });
    const second = await deploy('staging', 'staging');
    const client = octokit().rest.repos;
    for (const { id } of [first, transient]) {
      await client.createDeploymentStatus({ ...repo(), deployment_id: id, state: 'success' });
    }
    await client.createDeploymentStatus({ ...repo(), deployment_id: second.id, state: 'success' });

    const latest = async (id: number) =>
      (await client.listDeploymentStatuses({ ...repo(), deployment_id: id })).data[0]?.state;
    expect([await latest(first.id), await latest(transient.id), await latest(second.id)]).toEqual([
      'inactive',
      'success',
      'success',
    ]);
    expect(server.violations).toEqual([]);
  });

  it('answers 404 for an unknown deployment', async () => {
    const notFound = { status: 404, response: { data: { message: 'Not Found' } } };
    await expect(
      octokit().rest.repos.createDeploymentStatus({ ...repo(), deployment_id: 1, state: 'success' }),
    ).rejects.toMatchObject(notFound);
    await expect(
      octokit().rest.repos.listDeploymentStatuses({ ...repo(), deployment_id: 1 }),
    ).rejects.toMatchObject(notFound);
    expect(server.violations).toEqual([]);
  });
});
