/**
 * The fake GitHub's single issues (github-issue-edits.ts), its issue list's filters (github-issues.ts) and its
 * collaborator permissions (github-collaborators.ts), through the real adapter (src/github/dashboard.ts) where it
 * reaches them and through Octokit otherwise: every request and answer checked against GitHub's OpenAPI
 * description.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubPort } from '../../src/github/port.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { seedCollaborator } from '../helpers/github-collaborators.js';
import { errorResult } from '../helpers/github-handlers.js';
import { deleteIssue, MAX_ISSUE_BODY } from '../helpers/github-issue-edits.js';
import { seedIssue } from '../helpers/github-issues.js';
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';

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

const octokit = () => getOctokit(server.token, { baseUrl: server.url });
const repo = () => ({ owner: server.owner, repo: server.repo });
const issuesPath = () => `/repos/${server.owner}/${server.repo}/issues`;

/** A request Octokit would not send, straight to the fake. */
async function rawRequest(method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${server.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: unknown) => (e as { status?: number }).status,
  );

describe('creating and reading an issue', () => {
  it('creates an open issue by the token’s user with its labels (one per name, any case), and reads it back', async () => {
    const created = await github.createIssue({
      title: 'Drift',
      body: 'report',
      labels: ['gitops-drift', 'Ops', 'ops'],
    });

    expect(created).toEqual({
      number: 1,
      title: 'Drift',
      body: 'report',
      state: 'open',
      stateReason: null,
      url: `https://github.com/${server.owner}/${server.repo}/issues/1`,
      labels: ['gitops-drift', 'Ops'],
      author: server.login,
    });
    const post = server.requests.find((r) => r.method === 'POST' && r.path === issuesPath());
    expect(post).toMatchObject({ status: 201, body: { title: 'Drift', body: 'report' } });
    expect(await github.getIssue(1)).toEqual(created);
    expect(server.state.issues.get(1)).toMatchObject({ user: server.login, closed_at: null });
  });

  it('answers 422 for a missing title or a body over 65536 characters, and creates nothing', async () => {
    expect((await rawRequest('POST', issuesPath(), { body: 'x' })).status).toBe(422);
    // A request GitHub's description rejects too: the contract says so.
    expect(server.violations.splice(0)).toEqual([
      "request POST /repos/{owner}/{repo}/issues: body must have required property 'title'",
    ]);
    const tooLong = await rawRequest('POST', issuesPath(), {
      title: 't',
      body: 'é'.repeat(MAX_ISSUE_BODY + 1),
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'custom' })]);
    const fits = await rawRequest('POST', issuesPath(), { title: 't', body: 'é'.repeat(MAX_ISSUE_BODY) });
    expect(fits.status).toBe(201);
    expect([...server.state.issues.keys()]).toEqual([1]);
  });

  it('answers 404 for an issue that never was, 410 for a deleted one, whose number is never given again', async () => {
    const kept = seedIssue(server, { title: 'kept' });
    const doomed = seedIssue(server, { title: 'doomed', labels: ['gitops-drift'] });
    deleteIssue(server, doomed.number);

    expect((await rawRequest('GET', `${issuesPath()}/${doomed.number}`)).status).toBe(410);
    expect((await rawRequest('GET', `${issuesPath()}/99`)).status).toBe(404);
    expect(await github.getIssue(doomed.number)).toBeNull();
    expect(await github.getIssue(99)).toBeNull();
    expect(await status(github.updateIssue(doomed.number, { body: 'x' }))).toBe(410);
    expect(await status(github.updateIssue(99, { body: 'x' }))).toBe(404);
    expect((await github.listLabelledIssues('gitops-drift', 'all')).map((i) => i.number)).toEqual([]);
    expect((await github.createIssue({ title: 'next', body: '', labels: [] })).number).toBe(
      doomed.number + 1,
    );
    expect((await github.getIssue(kept.number))?.title).toBe('kept');
  });

  it('reads a pull request as an issue through Octokit, which the adapter takes for none', async () => {
    const pr = seedIssue(server, { title: 'Promote', pull_request: true });
    const { data } = await octokit().rest.issues.get({ ...repo(), issue_number: pr.number });
    expect(data.pull_request).toBeDefined();
    expect(await github.getIssue(pr.number)).toBeNull();
  });
});

describe('editing an issue', () => {
  it('edits title and body, leaving state and labels alone', async () => {
    const issue = seedIssue(server, { title: 'old', body: 'old body', labels: ['gitops-drift'] });
    const edited = await github.updateIssue(issue.number, { title: 'new', body: 'new body' });
    expect(edited).toMatchObject({ title: 'new', body: 'new body', state: 'open', labels: ['gitops-drift'] });
    const sent = server.requests.find((r) => r.method === 'PATCH');
    expect(sent?.body).toEqual({ title: 'new', body: 'new body' });
  });

  it('closes as completed by default, or with the reason given; reopening makes the reason reopened', async () => {
    const a = seedIssue(server, { title: 'a' });
    const b = seedIssue(server, { title: 'b' });

    expect(await github.updateIssue(a.number, { state: 'closed' })).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
    });
    expect(server.state.issues.get(a.number)?.closed_at).toEqual(expect.any(String));
    expect(await github.updateIssue(b.number, { state: 'closed', stateReason: 'duplicate' })).toMatchObject({
      state: 'closed',
      stateReason: 'duplicate',
    });
    const reopened = await github.updateIssue(b.number, {
      state: 'open',
      stateReason: 'reopened',
      body: 'again',
    });
    expect(reopened).toMatchObject({ state: 'open', stateReason: 'reopened', body: 'again' });
    expect(server.state.issues.get(b.number)?.closed_at).toBeNull();
  });

  it('ignores state_reason unless the state changes, as GitHub documents', async () => {
    const issue = seedIssue(server, { title: 'a' });
    await github.updateIssue(issue.number, { state: 'closed', stateReason: 'not_planned' });
    const again = await github.updateIssue(issue.number, { state: 'closed', stateReason: 'duplicate' });
    expect(again.stateReason).toBe('not_planned');
    const open = seedIssue(server, { title: 'b' });
    expect(
      (await github.updateIssue(open.number, { state: 'open', stateReason: 'reopened' })).stateReason,
    ).toBeNull();
  });

  it('replaces the labels when given (Octokit)', async () => {
    const issue = seedIssue(server, { title: 'a', labels: ['one', 'two'] });
    const { data } = await octokit().rest.issues.update({
      ...repo(),
      issue_number: issue.number,
      labels: ['three'],
    });
    expect(data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['three']);
  });
});

describe('listing issues', () => {
  const seedThree = () => {
    seedIssue(server, { title: 'old', labels: ['gitops-drift'], created_at: '2024-01-01T00:00:00Z' });
    seedIssue(server, {
      title: 'closed',
      labels: ['GitOps-Drift', 'ops'],
      state: 'closed',
      created_at: '2024-02-01T00:00:00Z',
    });
    seedIssue(server, { title: 'new', labels: ['gitops-drift', 'ops'], created_at: '2024-03-01T00:00:00Z' });
    seedIssue(server, { title: 'unlabelled', created_at: '2024-04-01T00:00:00Z' });
  };
  const titles = async (query: Record<string, string>) =>
    (await octokit().request('GET /repos/{owner}/{repo}/issues', { ...repo(), ...query })).data.map(
      (i: { title: string }) => i.title,
    );

  it('filters by state (open by default) and by every label, case-insensitively', async () => {
    seedThree();
    expect(await titles({})).toEqual(['unlabelled', 'new', 'old']);
    expect(await titles({ state: 'closed' })).toEqual(['closed']);
    expect(await titles({ state: 'all', labels: 'gitops-drift' })).toEqual(['new', 'closed', 'old']);
    expect(await titles({ state: 'all', labels: 'GITOPS-DRIFT,ops' })).toEqual(['new', 'closed']);
  });

  it('sorts by created (default) or updated, descending by default or ascending', async () => {
    seedThree();
    server.state.issues.get(1)!.updated_at = '2025-01-01T00:00:00Z';
    expect(await titles({ state: 'all', direction: 'asc' })).toEqual(['old', 'closed', 'new', 'unlabelled']);
    expect(await titles({ state: 'all', sort: 'updated' })).toEqual(['old', 'unlabelled', 'new', 'closed']);
    expect(await titles({ state: 'all', sort: 'updated', direction: 'asc' })).toEqual([
      'closed',
      'new',
      'unlabelled',
      'old',
    ]);
  });

  it('lists labelled issues newest first through the adapter, never pull requests', async () => {
    seedThree();
    seedIssue(server, { title: 'a PR', labels: ['gitops-drift'], pull_request: true });
    const open = await github.listLabelledIssues('gitops-drift', 'open');
    expect(open.map((i) => i.title)).toEqual(['new', 'old']);
    expect((await github.listLabelledIssues('gitops-drift', 'all')).map((i) => i.title)).toEqual([
      'new',
      'closed',
      'old',
    ]);
    const sent = server.requests.filter((r) => r.method === 'GET' && r.path === issuesPath()).at(-1);
    expect(sent?.query).toMatchObject({
      state: 'all',
      labels: 'gitops-drift',
      sort: 'created',
      direction: 'desc',
    });
  });
});

describe('a user’s permission on the repository', () => {
  it('answers the base role of each collaborator, none for a user without access, and 404 for a stranger', async () => {
    seedCollaborator(server, 'Admin-User', 'admin');
    seedCollaborator(server, 'maintainer', 'maintain');
    seedCollaborator(server, 'writer', 'write');
    seedCollaborator(server, 'triager', 'triage');
    seedCollaborator(server, 'reader', 'read');
    seedCollaborator(server, 'outsider', 'none');

    expect(await github.permissionOf('admin-user')).toBe('admin');
    expect(await github.permissionOf('maintainer')).toBe('write');
    expect(await github.permissionOf('writer')).toBe('write');
    expect(await github.permissionOf('triager')).toBe('read');
    expect(await github.permissionOf('reader')).toBe('read');
    expect(await github.permissionOf('outsider')).toBe('none');
    expect(await github.permissionOf('stranger')).toBe('none');

    const answered = server.requests.filter((r) => r.path.endsWith('/permission')).map((r) => r.status);
    expect(answered).toEqual([200, 200, 200, 200, 200, 200, 404]);
    const { data } = await octokit().rest.repos.getCollaboratorPermissionLevel({
      ...repo(),
      username: 'triager',
    });
    expect(data).toMatchObject({ permission: 'read', role_name: 'triage', user: { login: 'triager' } });
  });

  it('throws what GitHub answers other than 404: a token that may not read permissions', async () => {
    server.handle('GET /repos/{owner}/{repo}/collaborators/{username}/permission', (ctx) =>
      errorResult(403, 'Must have push access to view collaborator permission.', ctx.docsUrl),
    );
    await expect(github.permissionOf('writer')).rejects.toMatchObject({ status: 403 });
  });
});
