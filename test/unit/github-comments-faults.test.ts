/**
 * syncMarkedComments against a GitHub that hangs, fails after doing the work, rate-limits, answers garbage or
 * drops the connection: every run ends in bounded time, with at most one comment per part, and a failure
 * names the endpoint and the pull request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { syncMarkedComments } from '../../src/github/comments.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { commentPart, partMarker } from '../../src/report/diff-comments.js';
import { errorResult } from '../helpers/github-handlers.js';
import { type FaultKind, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';

const PR = 12;
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}';
const TIMEOUT_MS = 500;

describe('syncMarkedComments under HTTP faults', () => {
  let server: GitHubServer;
  let gh: GitHubClient;
  let logger: RecordingLogger;

  beforeEach(async () => {
    server = await startGitHubServer();
    logger = new RecordingLogger();
    gh = createGitHubClient(server.token, server.url, logger, { timeoutMs: TIMEOUT_MS, retryDelayMs: 10 });
  });
  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  const body = (n: number, text = 'the diff') => `${partMarker(n)}\n${text}`;
  const sync = (bodies = [body(1)]) =>
    syncMarkedComments(
      gh,
      { owner: server.owner, repo: server.repo, issue: PR, kind: 'pr' },
      bodies,
      commentPart,
      logger,
    );
  const comments = () => server.state.comments.get(PR) ?? [];
  const requests = (method: string) => server.requests.filter((r) => r.method === method).length;
  async function timed<T>(run: () => Promise<T>): Promise<{ value: T | Error; ms: number }> {
    const started = Date.now();
    const value = await run().catch((e: unknown) => e as Error);
    return { value, ms: Date.now() - started };
  }

  it.each<[FaultKind, number]>([
    // performed, then 502: found by listing again, not posted a second time (3 comments before)
    ['error-after', 1],
    // performed, answered with a body that is not JSON
    ['malformed', 1],
    // performed, connection destroyed
    ['drop', 1],
    // not performed, no answer: the timeout ends it, the listing finds nothing, one more create
    ['hang', 2],
  ])('a create that ends in %s leaves exactly one marked comment', async (kind, posts) => {
    server.fault({ key: CREATE, kind });
    const { value, ms } = await timed(sync);
    expect(value).toMatchObject({ created: 1 });
    expect(ms).toBeLessThan(5_000);
    expect(comments().map((c) => c.body)).toEqual([body(1)]);
    expect(requests('POST')).toBe(posts);
    const url = (value as { urls: string[] }).urls[0];
    expect(url).toMatch(new RegExp(`/issues/${PR}#issuecomment-\\d+$`));
  });

  it('a create that fails without being performed, twice, fails clearly and posts nothing', async () => {
    server.fault({ key: CREATE, kind: 'error-after', perform: false, times: 2 });
    const { value } = await timed(sync);
    expect(value).toBeInstanceOf(GitHubApiError);
    expect((value as Error).message).toBe(
      `could not create comment part 1 on PR #${PR}: POST /repos/${server.owner}/${server.repo}/issues/${PR}/comments ` +
        'answered HTTP 502 (Server Error); GitHub failed or did not answer in time: re-run the job, and check ' +
        'GITHUB_API_URL if it persists',
    );
    expect(comments()).toEqual([]);
    expect(requests('POST')).toBe(2);
  });

  it('waits out a short secondary rate limit once, then creates', async () => {
    server.fault({ key: CREATE, kind: 'rate-limit', retryAfter: 1 });
    const { value, ms } = await timed(sync);
    expect(value).toMatchObject({ created: 1 });
    expect(ms).toBeGreaterThanOrEqual(1_000);
    expect(comments()).toHaveLength(1);
    expect(logger.lines.some((l) => l.level === 'warning' && /rate limit/.test(l.message))).toBe(true);
  });

  it('does not wait out a long rate limit: fails at once, saying so', async () => {
    server.fault({ key: CREATE, kind: 'rate-limit', retryAfter: 120, status: 429 });
    const { value, ms } = await timed(sync);
    expect(ms).toBeLessThan(2_000);
    expect((value as Error).message).toMatch(
      /^could not create comment part 1 on PR #12: POST \/repos\/.+\/issues\/12\/comments answered HTTP 429 \(You have exceeded a secondary rate limit.*; GitHub's rate limit was hit \(it lifts in 120s\)/,
    );
    expect(comments()).toEqual([]);
    expect(requests('POST')).toBe(1);
  });

  it('a listing that never answers is retried a bounded number of times, then fails naming it', async () => {
    server.fault({ key: LIST, kind: 'hang', times: 10 });
    const { value, ms } = await timed(sync);
    expect(ms).toBeLessThan(3 * TIMEOUT_MS + 2_000);
    expect(value).toBeInstanceOf(GitHubApiError);
    expect((value as Error).message).toBe(
      `could not list the comments on PR #${PR}: GitHub did not answer GET /repos/${server.owner}/${server.repo}/issues/${PR}/comments ` +
        `within ${TIMEOUT_MS} ms; GitHub failed or did not answer in time: re-run the job, and check GITHUB_API_URL if it persists`,
    );
    expect(requests('GET')).toBe(3);
    expect(requests('POST')).toBe(0);
  });

  it('a 403 is not retried and says which permission the token needs', async () => {
    server.handle(CREATE, (ctx) => errorResult(403, 'Resource not accessible by integration', ctx.docsUrl));
    const { value } = await timed(sync);
    expect((value as Error).message).toMatch(
      /^could not create comment part 1 on PR #12: POST \S+\/issues\/12\/comments answered HTTP 403 \(Resource not accessible by integration - \S+\); the token is not allowed to: the token needs pull-requests: write \(issues: write\)$/,
    );
    expect(requests('POST')).toBe(1);
  });

  it('an edit that fails after being performed is retried (PATCH is idempotent)', async () => {
    await sync([body(1, 'old')]);
    server.fault({ key: UPDATE, kind: 'error-after' });
    await expect(sync([body(1, 'new')])).resolves.toMatchObject({ updated: 1 });
    expect(comments().map((c) => c.body)).toEqual([body(1, 'new')]);
    expect(requests('PATCH')).toBe(2);
  });

  it('a surplus part whose DELETE was performed but dropped counts as deleted', async () => {
    await sync([body(1), body(2)]);
    server.fault({ key: DELETE, kind: 'drop' });
    await expect(sync([body(1)])).resolves.toMatchObject({ deleted: 1, unchanged: 1 });
    expect(comments().map((c) => c.body)).toEqual([body(1)]);
    expect(requests('DELETE')).toBe(2);
  });

  it('a marked comment a pull-request author wrote is never taken for ours, edited or deleted', async () => {
    const now = new Date().toISOString();
    const fake = {
      id: 1,
      body: body(1, '**No changes** (forged)'),
      user: 'mallory',
      created_at: now,
      updated_at: now,
    };
    server.state.comments.set(PR, [fake]);
    await expect(sync([body(1), body(2)])).resolves.toMatchObject({ created: 2, updated: 0, deleted: 0 });
    expect(comments().map((c) => [c.user, c.body])).toEqual([
      ['mallory', body(1, '**No changes** (forged)')],
      ['github-actions[bot]', body(1)],
      ['github-actions[bot]', body(2)],
    ]);
    await expect(sync([body(1)])).resolves.toMatchObject({ unchanged: 1, deleted: 1 });
    expect(comments().map((c) => c.user)).toEqual(['mallory', 'github-actions[bot]']);
  });
});
