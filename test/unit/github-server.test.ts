import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderComment } from '../helpers/github-comments.js';
import { GITHUB_OPENAPI_FILE, loadGitHubContract } from '../helpers/github-openapi.js';
import { type GitHubServer, type IssueComment, startGitHubServer } from '../helpers/github-server.js';

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const GET = 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}';
const BOT = 'github-actions[bot]';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
});

afterEach(async () => {
  await server.close();
});

const octokit = (token = server.token) => getOctokit(token, { baseUrl: server.url });
const repo = () => ({ owner: server.owner, repo: server.repo });
const repoPath = () => `/repos/${server.owner}/${server.repo}`;

function seedComments(issueNumber: number, bodies: string[]): IssueComment[] {
  const comments = bodies.map((body, i) => ({
    id: 500 + i,
    body,
    user: 'octocat',
    created_at: `2024-05-0${i + 1}T10:00:00Z`,
    updated_at: `2024-05-0${i + 1}T10:00:00Z`,
  }));
  server.state.comments.set(issueNumber, comments);
  return comments;
}

/** A request Octokit would not send, straight to the fake. */
function rawRequest(method: string, path: string, body?: unknown, token = server.token) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('the OpenAPI contract', () => {
  it('is loaded and prepared once per process', () => {
    const contract = loadGitHubContract();
    expect(loadGitHubContract()).toBe(contract);
    const { loadMs, prepareMs } = contract.timings;
    console.info(`GitHub OpenAPI: read+parse ${Math.round(loadMs)} ms, prepare ${Math.round(prepareMs)} ms`);
  });

  it("accepts GitHub's own examples for the faked operations", () => {
    // The examples are GitHub's, copied verbatim into the trimmed description with the operations using them.
    const examples = (
      JSON.parse(readFileSync(GITHUB_OPENAPI_FILE, 'utf8')) as { components: { examples: Examples } }
    ).components.examples;
    const contract = loadGitHubContract();
    expect(contract.checkResponse(LIST, 200, examples['issue-comment-items'].value)).toEqual([]);
    expect(contract.checkResponse(GET, 200, examples['issue-comment'].value)).toEqual([]);
  });
});
type Examples = Record<string, { value: unknown }>;

describe('issue comments through Octokit', () => {
  it('creates a comment: full issue-comment response, state, recorded request', async () => {
    const { status, data, headers } = await octokit().rest.issues.createComment({
      ...repo(),
      issue_number: 7,
      body: 'Promotion plan',
    });

    expect(status).toBe(201);
    expect(data.id).toBe(1_000_001);
    expect(data).toMatchObject({
      body: 'Promotion plan',
      user: { login: BOT, type: 'Bot', id: 41898282 },
      url: `${server.url}${repoPath()}/issues/comments/${data.id}`,
      html_url: `https://github.com/example-org/gitops-repo/issues/7#issuecomment-${data.id}`,
      issue_url: `${server.url}${repoPath()}/issues/7`,
      author_association: 'NONE',
    });
    expect(headers.location).toBe(data.url);
    expect(server.state.comments.get(7)).toEqual([
      {
        id: data.id,
        body: 'Promotion plan',
        user: BOT,
        created_at: data.created_at,
        updated_at: data.updated_at,
      },
    ]);
    expect(server.requests).toEqual([
      {
        method: 'POST',
        path: `${repoPath()}/issues/7/comments`,
        query: {},
        body: { body: 'Promotion plan' },
        status: 201,
      },
    ]);
    expect(server.violations).toEqual([]);
  });

  it('lists one page with a Link header, and paginate follows it to all comments in order', async () => {
    seedComments(3, ['one', 'two', 'three', 'four', 'five']);

    const first = await octokit().rest.issues.listComments({ ...repo(), issue_number: 3, per_page: 2 });
    expect(first.data.map((c) => c.body)).toEqual(['one', 'two']);
    const base = `${server.url}${repoPath()}/issues/3/comments?per_page=2`;
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);

    server.requests.length = 0;
    const all = await octokit().paginate(octokit().rest.issues.listComments, {
      ...repo(),
      issue_number: 3,
      per_page: 2,
    });
    expect(all.map((c) => [c.id, c.body])).toEqual([
      [500, 'one'],
      [501, 'two'],
      [502, 'three'],
      [503, 'four'],
      [504, 'five'],
    ]);
    expect(server.requests.map((r) => [r.query, r.status])).toEqual([
      [{ per_page: '2' }, 200],
      [{ per_page: '2', page: '2' }, 200],
      [{ per_page: '2', page: '3' }, 200],
    ]);
    expect(server.violations).toEqual([]);
  });

  it('lists 30 per page by default, at most 100, and only comments updated since `since`', async () => {
    server.state.comments.set(
      9,
      Array.from({ length: 120 }, (_, i) => ({
        id: 1 + i,
        body: `c${i}`,
        user: 'octocat',
        created_at: '2024-01-01T00:00:00Z',
        updated_at: i < 110 ? '2024-01-01T00:00:00Z' : '2024-06-01T00:00:00Z',
      })),
    );
    const list = (extra: object) =>
      octokit().rest.issues.listComments({ ...repo(), issue_number: 9, ...extra });

    expect((await list({})).data).toHaveLength(30);
    expect((await list({ per_page: 500 })).data).toHaveLength(100);
    const recent = await list({ since: '2024-03-01T00:00:00Z' });
    expect(recent.data.map((c) => c.body)).toEqual(Array.from({ length: 10 }, (_, i) => `c${110 + i}`));
    expect(recent.headers.link).toBeUndefined();
    expect(server.violations).toEqual([]);
  });

  it('gets, updates and deletes a comment', async () => {
    const [seeded] = seedComments(4, ['draft']);
    const client = octokit();

    const updated = await client.rest.issues.updateComment({
      ...repo(),
      comment_id: seeded.id,
      body: 'final',
    });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ id: seeded.id, body: 'final', created_at: '2024-05-01T10:00:00Z' });
    expect(server.state.comments.get(4)?.map((c) => c.body)).toEqual(['final']);

    const fetched = await client.rest.issues.getComment({ ...repo(), comment_id: seeded.id });
    expect(fetched.data.body).toBe('final');

    const deleted = await client.rest.issues.deleteComment({ ...repo(), comment_id: seeded.id });
    expect(deleted.status).toBe(204);
    expect(server.state.comments.get(4)).toEqual([]);
    expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
      'PATCH 200',
      'GET 200',
      'DELETE 204',
    ]);
    expect(server.violations).toEqual([]);
  });

  it('rejects a wrong or missing token with 401 Bad credentials', async () => {
    await expect(
      octokit('ghs_not-the-token').rest.issues.createComment({ ...repo(), issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });
    const anonymous = await fetch(`${server.url}${repoPath()}/issues/1/comments`);
    expect(anonymous.status).toBe(401);

    expect(server.state.comments.size).toBe(0);
    expect(server.requests.map((r) => r.status)).toEqual([401, 401]);
    expect(server.violations).toEqual([]);
  });

  it('rejects a body over 65,536 characters with 422 Validation Failed, accepts exactly 65,536', async () => {
    const client = octokit();
    const tooLong = 'x'.repeat(65_537);
    const expected = {
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ],
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '422',
        },
      },
    };
    await expect(
      client.rest.issues.createComment({ ...repo(), issue_number: 2, body: tooLong }),
    ).rejects.toMatchObject(expected);
    expect(server.state.comments.get(2)).toBeUndefined();

    const { data } = await client.rest.issues.createComment({
      ...repo(),
      issue_number: 2,
      body: 'x'.repeat(65_536),
    });
    await expect(
      client.rest.issues.updateComment({ ...repo(), comment_id: data.id, body: tooLong }),
    ).rejects.toMatchObject({ status: 422 });
    expect(server.state.comments.get(2)?.[0]?.body).toHaveLength(65_536);
    expect(server.violations).toEqual([]);
  });

  it('answers 404 Not Found for an unknown comment id and for another repository', async () => {
    const client = octokit();
    const notFound = { status: 404, response: { data: { message: 'Not Found' } } };
    await expect(client.rest.issues.getComment({ ...repo(), comment_id: 424242 })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      client.rest.issues.updateComment({ ...repo(), comment_id: 424242, body: 'x' }),
    ).rejects.toMatchObject(notFound);
    await expect(client.rest.issues.deleteComment({ ...repo(), comment_id: 424242 })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      client.rest.issues.createComment({
        owner: 'someone-else',
        repo: server.repo,
        issue_number: 1,
        body: 'x',
      }),
    ).rejects.toMatchObject(notFound);
    expect(server.state.comments.size).toBe(0);
    expect(server.violations).toEqual([]);
  });
});

describe('the contract checks catch mistakes', () => {
  it('in a response of the fake: a missing required field', async () => {
    const [seeded] = seedComments(5, ['hello']);
    server.handle(GET, (ctx) => {
      const { node_id: _dropped, ...comment } = renderComment(ctx, 5, seeded);
      return { status: 200, body: comment };
    });

    await octokit().rest.issues.getComment({ ...repo(), comment_id: seeded.id });
    expect(server.violations).toEqual([`response ${GET} → 200: body must have required property 'node_id'`]);
  });

  it('in a response of the fake: a misspelt optional field', async () => {
    const [seeded] = seedComments(5, ['hello']);
    server.handle(GET, (ctx) => ({
      status: 200,
      body: { ...renderComment(ctx, 5, seeded), body_htm: '<p>' },
    }));

    await octokit().rest.issues.getComment({ ...repo(), comment_id: seeded.id });
    expect(server.violations).toEqual([
      `response ${GET} → 200: body must NOT have additional properties ('body_htm')`,
    ]);
  });

  it('in a response of the fake: an undocumented status', async () => {
    server.handle(GET, () => ({ status: 409, body: { message: 'Conflict', documentation_url: 'x' } }));

    await expect(octokit().rest.issues.getComment({ ...repo(), comment_id: 1 })).rejects.toMatchObject({
      status: 409,
    });
    expect(server.violations).toEqual([
      `response ${GET} → 409: status 409 is not a documented response of this operation`,
    ]);
  });

  it('in a request: a misspelt field in the JSON body', async () => {
    const response = await rawRequest('POST', `${repoPath()}/issues/1/comments`, { bodyy: 'x' });

    expect(response.status).toBe(422);
    expect(server.violations).toEqual([
      `request POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body must have required property 'body'`,
      `request POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body must NOT have additional properties ('bodyy')`,
    ]);
    expect(server.state.comments.size).toBe(0);
  });

  it('in a request: unknown or mistyped parameters, and a route GitHub does not have', async () => {
    await rawRequest('GET', `${repoPath()}/issues/1/comments?per_pag=2`);
    await rawRequest('GET', `${repoPath()}/issues/comments/abc`);
    expect((await rawRequest('GET', `${repoPath()}/issue/1/comments`)).status).toBe(404);

    expect(server.violations).toEqual([
      `request ${LIST}: query parameter 'per_pag' is not a parameter of this operation`,
      `request ${GET}: path parameter 'comment_id' must be integer`,
      `GET ${repoPath()}/issue/1/comments: not an operation of GitHub's REST API`,
    ]);
  });

  it('in a request: the token in the URL', async () => {
    await rawRequest('GET', `${repoPath()}/issues/1/comments?access_token=${server.token}`);

    expect(server.violations).toContain(
      `GET ${repoPath()}/issues/1/comments: the token is in the URL, where logs and proxies keep it`,
    );
  });

  it('in a test: handlers only for operations GitHub has', () => {
    expect(() => server.handle('GET /repos/{owner}/{repo}/comments/{id}', () => ({ status: 200 }))).toThrow(
      "GET /repos/{owner}/{repo}/comments/{id} is not an operation of GitHub's REST API",
    );
  });
});
