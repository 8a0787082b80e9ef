/**
 * The drift dashboard issue (src/drift/dashboard-issue.ts) through the real GitHub adapter
 * (createGitHubPort: Octokit, retries, timeouts) against the fake GitHub server: the whole lifecycle,
 * runs racing, issues deleted under it, faults; every request and answer checked against GitHub's OpenAPI
 * description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DashboardArgs, publishDashboard } from '../../src/drift/dashboard-issue.js';
import { DRIFT_MARKER } from '../../src/drift/model.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { createGitHubPort } from '../../src/github/port.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { errorResult, type HandlerContext } from '../helpers/github-handlers.js';
import { deleteIssue } from '../helpers/github-issue-edits.js';
import { seedIssue } from '../helpers/github-issues.js';
import { DEFAULT_HANDLERS, type GitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';

const LABEL = 'gitops-drift';
const LIST = 'GET /repos/{owner}/{repo}/issues';
const CREATE = 'POST /repos/{owner}/{repo}/issues';
const report = (text: string) => `${DRIFT_MARKER}\n# Drift\n\n${text}\n`;

let server: GitHubServer;
let github: GitHubPort;

beforeEach(async () => {
  server = await startGitHubServer();
  const repo = { owner: server.owner, repo: server.repo };
  github = createGitHubPort(server.token, server.url, repo, new RecordingLogger(), { retryDelayMs: 1 });
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

function args(extra: Partial<DashboardArgs> = {}): DashboardArgs {
  return {
    label: LABEL,
    title: 'Drift: 2 findings',
    body: report('two findings'),
    drifted: true,
    proven: false,
    closeWhenClean: true,
    closeComment: 'Clean: no drift any more.',
    logger: new RecordingLogger(),
    ...extra,
  };
}
const clean = () => args({ title: 'Drift: none', body: report('none'), drifted: false, proven: true });

const open = () =>
  [...server.state.issues.values()].filter((i) => i.state === 'open' && !i.pull_request).map((i) => i.number);
const writes = () => server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
const issuePath = (n: number) => `/repos/${server.owner}/${server.repo}/issues/${n}`;

describe('the dashboard issue on GitHub', () => {
  it('is created, updated, left unchanged, closed with a comment, and reopened', async () => {
    const created = await publishDashboard(github, args());
    expect(created).toEqual({
      action: 'created',
      issue: 1,
      url: `https://github.com/${server.owner}/${server.repo}/issues/1`,
      duplicatesClosed: [],
    });
    expect(server.state.issues.get(1)).toMatchObject({ labels: [LABEL], state: 'open', user: server.login });

    expect(await publishDashboard(github, args({ body: report('three findings') }))).toMatchObject({
      action: 'updated',
      issue: 1,
    });
    expect(server.state.issues.get(1)?.body).toBe(report('three findings'));

    server.requests.length = 0;
    expect(await publishDashboard(github, args({ body: report('three findings') }))).toMatchObject({
      action: 'unchanged',
    });
    expect(writes()).toEqual([]);

    const closed = await publishDashboard(github, clean());
    expect(closed).toMatchObject({
      action: 'closed',
      issue: 1,
      commentUrl: expect.stringContaining('/issues/1#'),
    });
    expect(server.state.issues.get(1)).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      body: report('none'),
    });
    expect(server.state.comments.get(1)?.map((c) => c.body)).toEqual(['Clean: no drift any more.']);
    expect(await publishDashboard(github, clean())).toMatchObject({ action: 'none' });

    expect(await publishDashboard(github, args())).toMatchObject({ action: 'reopened', issue: 1 });
    expect(server.state.issues.get(1)).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      body: args().body,
    });
    expect(open()).toEqual([1]);
  });

  it('ignores a labelled issue without the marker, and an issue with the marker but not the label', async () => {
    seedIssue(server, { title: 'drift talk', body: 'about drift', labels: [LABEL] });
    seedIssue(server, { title: 'pasted', body: report('a copy'), labels: ['bug'] });
    // Marker and label, but opened by somebody: never the dashboard (they could hide approval boxes in it).
    seedIssue(server, { title: 'a lookalike', body: report('theirs'), labels: [LABEL], user: 'mallory' });
    seedIssue(server, { title: 'a pull request', body: report('a PR'), labels: [LABEL], pull_request: true });

    // Four issues seeded, none of them the dashboard: a new one, number 5.
    expect(await publishDashboard(github, args())).toMatchObject({ action: 'created', issue: 5 });
    expect(server.state.issues.get(1)).toMatchObject({ state: 'open', body: 'about drift' });
    expect(server.state.issues.get(2)).toMatchObject({ state: 'open', body: report('a copy') });
    expect(server.state.issues.get(3)).toMatchObject({ state: 'open', body: report('theirs') });
    expect(server.state.issues.get(4)).toMatchObject({ state: 'open', body: report('a PR') });
  });
});

describe('never two open dashboard issues', () => {
  it('two runs racing both create, and converge to the lower-numbered issue', async () => {
    // Each create waits for the other: both runs have listed none and both create.
    let waiting: (() => void) | null = null;
    server.handle(CREATE, async (ctx: HandlerContext) => {
      if (waiting) waiting();
      else await new Promise<void>((resolve) => (waiting = resolve));
      return DEFAULT_HANDLERS[CREATE]!(ctx);
    });

    const outcomes = await Promise.all([publishDashboard(github, args()), publishDashboard(github, args())]);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(2);
    expect(open()).toEqual([1]);
    expect(server.state.issues.get(2)).toMatchObject({ state: 'closed', state_reason: 'duplicate' });
    expect(server.state.comments.get(2)?.map((c) => c.body)).toEqual([
      expect.stringContaining('duplicate of #1'),
    ]);
    expect(outcomes.map((o) => ('issue' in o ? o.issue : null))).toEqual([1, 1]);

    server.requests.length = 0;
    expect(await publishDashboard(github, args())).toMatchObject({ action: 'unchanged', issue: 1 });
    expect(writes()).toEqual([]);
  });

  it('a run finding several open closes all but the lowest as its duplicates', async () => {
    for (const n of [1, 2, 3])
      seedIssue(server, {
        title: `dashboard ${n}`,
        body: report(`${n}`),
        labels: [LABEL],
        user: server.login,
      });

    expect(await publishDashboard(github, args())).toMatchObject({
      action: 'updated',
      issue: 1,
      duplicatesClosed: [2, 3],
    });
    expect(open()).toEqual([1]);
    expect([2, 3].map((n) => server.state.issues.get(n)?.state_reason)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('an issue gone between listing and editing it', () => {
  /** The list answers as it would, then `gone` happens to the issue. */
  const afterFirstList = (gone: () => void) => {
    let listed = 0;
    server.handle(LIST, async (ctx) => {
      const answer = await DEFAULT_HANDLERS[LIST]!(ctx);
      if (++listed === 1) gone();
      return answer;
    });
  };

  it('deleted (410): a new dashboard is created', async () => {
    const doomed = seedIssue(server, {
      title: 'dashboard',
      body: report('old'),
      labels: [LABEL],
      user: server.login,
    });
    afterFirstList(() => deleteIssue(server, doomed.number));

    expect(await publishDashboard(github, args())).toMatchObject({
      action: 'created',
      issue: doomed.number + 1,
    });
    const patch = server.requests.find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({ path: issuePath(doomed.number), status: 410 });
    expect(open()).toEqual([doomed.number + 1]);
  });

  it('moved out of reach (404): the next open dashboard is kept', async () => {
    const moved = seedIssue(server, {
      title: 'dashboard',
      body: report('old'),
      labels: [LABEL],
      user: server.login,
    });
    const other = seedIssue(server, {
      title: 'dashboard too',
      body: report('other'),
      labels: [LABEL],
      user: server.login,
    });
    server.state.issues.get(other.number)!.state = 'closed';
    afterFirstList(() => server.state.issues.delete(moved.number));

    expect(await publishDashboard(github, args())).toMatchObject({ action: 'reopened', issue: other.number });
    expect(server.requests.find((r) => r.method === 'PATCH')).toMatchObject({ status: 404 });
  });
});

describe('GitHub failing', () => {
  it('a create GitHub performed but whose answer was lost is found, not sent twice', async () => {
    server.fault({ key: CREATE, kind: 'error-after' });

    expect(await publishDashboard(github, args())).toMatchObject({ action: 'created', issue: 1 });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(open()).toEqual([1]);
  });

  it('a refused create is a GitHubApiError naming the endpoint and issues: write', async () => {
    server.handle(CREATE, (ctx) => errorResult(403, 'Resource not accessible by integration', ctx.docsUrl));

    const failure = await publishDashboard(github, args()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    const message = (failure as Error).message;
    expect(message).toContain(
      `could not create the drift dashboard issue (label ${LABEL}): POST /repos/${server.owner}/${server.repo}/issues ` +
        'answered HTTP 403 (Resource not accessible by integration',
    );
    expect(message).toMatch(/; the token is not allowed to: the token needs issues: write$/);
  });
});
