/**
 * openConflictPullRequest (src/hotfix/conflict-pr.ts) against the fake GitHub server through the real
 * adapter, faults included, and its body (src/report/conflict-pr-body.ts): golden, hostile names, and
 * its commands read back by bash.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/errors.js';
import { createGitHubPort } from '../../src/github/port.js';
import {
  CONFLICT_LABEL,
  type ConflictPullRequestArgs,
  openConflictPullRequest,
} from '../../src/hotfix/conflict-pr.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { PULL_REQUEST_BODY_MAX_CHARS } from '../../src/report/budget.js';
import {
  conflictPullRequestTitle,
  type ConflictPullRequestText,
  renderConflictPullRequestBody,
} from '../../src/report/conflict-pr-body.js';
import { code } from '../../src/report/markdown-escape.js';
import { expectGolden } from '../helpers/golden.js';
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';
import { fencedBlocks, mentions, outsideCode } from '../helpers/markdown-structure.js';

const PULLS = 'POST /repos/{owner}/{repo}/pulls';
const LABELS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels';
const BRANCH = 'forward-merge/hotfix-cert-expiry-into-staging';

const ARGS: ConflictPullRequestArgs = {
  branch: BRANCH,
  target: 'staging',
  hotfix: 'hotfix/cert-expiry',
  versionTag: 'stable-v1.0.2',
  conflicts: ['apps/prod-01/values.yaml', 'charts/cert-manager/Chart.yaml'],
  remote: 'origin',
  label: CONFLICT_LABEL,
};

let server: GitHubServer;
let github: GitHubPort;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.refs.set('staging', 'a'.repeat(40));
  server.state.refs.set(BRANCH, 'b'.repeat(40));
  const repo = { owner: server.owner, repo: server.repo };
  github = createGitHubPort(server.token, server.url, repo, new RecordingLogger(), { retryDelayMs: 1 });
});

afterEach(async () => {
  await server.close();
});

const issue = (n: number) => server.state.issues.get(n)!;
const text = (args: ConflictPullRequestArgs): ConflictPullRequestText => ({ ...args, mergedInto: [] });

describe('openConflictPullRequest', () => {
  it('opens one pull request branch → target, titled, with the body, labelled', async () => {
    const pr = await openConflictPullRequest(github, ARGS);

    expect(pr).toEqual({
      number: 1,
      url: `https://github.com/${server.owner}/${server.repo}/pull/1`,
      created: true,
      label: { state: 'labelled' },
    });
    expect(server.state.pulls.get(1)).toMatchObject({ head: BRANCH, base: 'staging' });
    expect(issue(1)).toMatchObject({
      title: 'Forward-merge hotfix/cert-expiry (stable-v1.0.2) into staging: conflicts to resolve',
      body: renderConflictPullRequestBody(text(ARGS)),
      labels: [CONFLICT_LABEL],
      state: 'open',
    });
    expect(server.violations).toEqual([]);
  });

  it('a re-run finds it: the same number, its title and body brought up to date, no second one', async () => {
    await openConflictPullRequest(github, ARGS);
    const rerun = { ...ARGS, versionTag: 'stable-v1.0.3', conflicts: ['apps/dev-01/values.yaml'] };

    const again = await openConflictPullRequest(github, rerun);

    expect(again).toMatchObject({ number: 1, created: false, label: { state: 'labelled' } });
    expect(server.state.pulls.size).toBe(1);
    expect(issue(1).title).toBe(conflictPullRequestTitle(text(rerun)));
    expect(issue(1).body).toBe(renderConflictPullRequestBody(text(rerun)));
    expect(issue(1).body).toContain('- `apps/dev-01/values.yaml`');
    expect(issue(1).body).not.toContain('charts/cert-manager/Chart.yaml');
    expect(issue(1).labels).toEqual([CONFLICT_LABEL]);
    const creates = server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls'));
    expect(creates).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('a 502 after GitHub opened it: found, and still one pull request', async () => {
    server.fault({ key: PULLS, kind: 'error-after' });

    const pr = await openConflictPullRequest(github, ARGS);

    expect(pr).toMatchObject({ number: 1, created: true, label: { state: 'labelled' } });
    expect(server.state.pulls.size).toBe(1);
    expect(issue(1).labels).toEqual([CONFLICT_LABEL]);
  });

  it('a 502 when GitHub opened none: fails, naming the request, and claims no pull request', async () => {
    server.fault({ key: PULLS, kind: 'error-after', perform: false });

    const failed = openConflictPullRequest(github, ARGS);

    await expect(failed).rejects.toBeInstanceOf(GitHubApiError);
    await expect(failed).rejects.toThrow(
      /^could not create the pull request forward-merge\/hotfix-cert-expiry-into-staging → staging: POST \/repos\/example-org\/gitops-repo\/pulls answered HTTP 502/,
    );
    expect(server.state.pulls.size).toBe(0);
  });

  it('a create GitHub refuses: a GitHubApiError naming pull-requests: write', async () => {
    server.fault({ key: PULLS, kind: 'error-after', perform: false, status: 403 });

    await expect(openConflictPullRequest(github, ARGS)).rejects.toThrow(
      /HTTP 403.*the token needs pull-requests: write$/,
    );
  });

  it('a label GitHub refuses: the pull request is returned, the label not-labelled with the reason', async () => {
    server.fault({ key: LABELS, kind: 'error-after', perform: false, status: 403 });

    const pr = await openConflictPullRequest(github, ARGS);

    expect(pr).toMatchObject({ number: 1, created: true, label: { state: 'not-labelled' } });
    const message = pr.label.state === 'not-labelled' ? pr.label.message : '';
    expect(message).toMatch(
      /^could not add the label forward-merge-conflict to PR #1: POST \/repos\/example-org\/gitops-repo\/issues\/1\/labels answered HTTP 403/,
    );
    expect(message).toContain('the token needs issues: write or pull-requests: write');
    expect(issue(1).labels).toEqual([]);
    // A re-run labels it.
    expect((await openConflictPullRequest(github, ARGS)).label).toEqual({ state: 'labelled' });
    expect(issue(1).labels).toEqual([CONFLICT_LABEL]);
  });

  it('a label that may have failed (502) is sent once more: labelled once', async () => {
    server.fault({ key: LABELS, kind: 'error-after' });

    const pr = await openConflictPullRequest(github, ARGS);

    expect(pr.label).toEqual({ state: 'labelled' });
    expect(issue(1).labels).toEqual([CONFLICT_LABEL]);
    expect(server.requests.filter((r) => r.path.endsWith('/labels'))).toHaveLength(2);
  });
});

describe('the conflict pull request body', () => {
  it('golden: released, merged into staging, conflicting in dev', () => {
    const body = renderConflictPullRequestBody({
      ...text(ARGS),
      target: 'dev',
      branch: 'forward-merge/hotfix-cert-expiry-into-dev',
      mergedInto: ['staging'],
    });
    expectGolden('hotfix-conflict-pr-body.md', body);
  });

  const EVIL = "@org/team <img src=x onerror=alert(1)> | `a` ``` $(id) it's\n## injected";
  const hostile: ConflictPullRequestArgs = {
    ...ARGS,
    hotfix: `hotfix/${EVIL}`,
    branch: `forward-merge/${EVIL}`,
    target: `staging${EVIL}`,
    remote: `origin${EVIL}`,
    versionTag: `stable-v1.0.2${EVIL}`,
    conflicts: [`apps/${EVIL}.yaml`, '````', '-rf', 'bidi\u202elmay.exe'],
  };

  it('hostile names and paths stay in their code spans and in the fence', async () => {
    server.state.refs.set(hostile.target, 'a'.repeat(40));
    server.state.refs.set(hostile.branch, 'b'.repeat(40));
    await openConflictPullRequest(github, hostile);
    const body = issue(1).body!;

    expect(mentions(body)).toEqual([]);
    expect(outsideCode(body)).not.toMatch(/<img|\$\(id\)|```/);
    expect(
      outsideCode(body)
        .split('\n')
        .filter((l) => l.startsWith('#')),
    ).toEqual([
      expect.stringMatching(/^## Forward-merge of /),
      '### Conflicting files (4)',
      '### To resolve',
    ]);
    const items = body.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toEqual(hostile.conflicts.map((c) => `- ${code(c)}`));
    for (const item of items) expect(outsideCode(item)).toBe('- ');
    const blocks = fencedBlocks(body);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ info: 'sh' });
    expect(blocks[0]!.close).toBeGreaterThan(blocks[0]!.open);
    expect(blocks[0]!.content.split('\n')).toHaveLength(6);
    expect(server.violations).toEqual([]);
  });

  it('bash runs the commands as written: each name one argument, nothing else run', () => {
    for (const args of [ARGS, hostile]) {
      const body = renderConflictPullRequestBody(text(args));
      const [block] = fencedBlocks(body);
      expect(gitCalls(block!.content)).toEqual([
        ['fetch', args.remote],
        ['switch', args.branch],
        ['merge', `${args.remote}/${args.target}`],
        ['add', '--', ...args.conflicts],
        ['commit'],
        ['push', args.remote, args.branch],
      ]);
    }
  });

  it('too many conflicting files to list: the first listed, the rest counted, git add --update', () => {
    const conflicts = Array.from({ length: 3000 }, (_, i) => `apps/cluster-${i}/some/long/path/values.yaml`);
    const body = renderConflictPullRequestBody({ ...text(ARGS), conflicts });

    expect(body.length).toBeLessThanOrEqual(PULL_REQUEST_BODY_MAX_CHARS);
    const listed = body.split('\n').filter((l) => l.startsWith('- `apps/'));
    expect(listed.length).toBeGreaterThan(100);
    expect(listed).toEqual(conflicts.slice(0, listed.length).map((c) => `- ${code(c)}`));
    expect(body).toContain(`- … and ${3000 - listed.length} more: \`git diff --name-only --diff-filter=U\``);
    expect(gitCalls(fencedBlocks(body)[0]!.content)[3]).toEqual(['add', '--update']);
  });
});

/** The argument lists of the `git` commands the block runs, read by bash with `git` a recorder. */
function gitCalls(commands: string): string[][] {
  const script = `git() { printf '%s\\0' "$@"; printf '\\n'; }\n${commands}`;
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    encoding: 'utf8',
    // The function shadows any git on PATH.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8', HOME: '/nonexistent' },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout
    .split('\0\n')
    .slice(0, -1)
    .map((call) => call.split('\0'));
}
