import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { makeApplication, startArgoCdServer, type ArgoCdServer } from '../helpers/argocd-server.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';
import { promoteRepo, type PromoteRepo } from '../helpers/promote-repo.js';

const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const PROD_VALUES = 'charts/app-of-apps/values.prod-01.yaml';
const short = (sha: string) => sha.slice(0, 7);

describe('gitops-promotion promote (CLI)', () => {
  let r: PromoteRepo | undefined;
  const fakes: (GitHubServer | ArgoCdServer)[] = [];
  /** What the logger writes to the real stderr (notices, the push line). */
  let logged = '';
  beforeEach(() => {
    logged = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged += String(chunk);
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    r?.cleanup();
    r = undefined;
    for (const f of fakes.splice(0)) {
      await f.close();
      expect(f.violations).toEqual([]);
    }
  });

  async function cli(argv: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    const out = { stdout: '', stderr: '', code: -1 };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: r!.work.dir,
      env: { ...r!.env, HELM: helmBinary(), ...extraEnv },
    };
    out.code = await runCli(['promote', ...argv], io);
    return out;
  }

  const change = (repo: PromoteRepo) =>
    repo.pushChange(
      'dev',
      DEV_VALUES,
      (t) => t.replace('retention: 2d', 'retention: 3d'),
      'monitoring: 3d retention',
    );

  it('exits 0 and prints the outcome, the gates and the commits', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    const c1 = change(r);
    const out = await cli([]);
    expect(out).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'dev → staging: promoted 1 commit from dev to staging (fast-forward)',
        '  pass    validation  no validation errors',
        '  skipped checks      no GitHub token',
        '  skipped soak        no soak time configured',
        '  skipped argocd      no Argo CD server and token',
        '  skipped labels      no GitHub token',
        '  skipped freeze      no freeze windows configured',
        'commits (1):',
        `  ${short(c1)} monitoring: 3d retention (Test Author)`,
        '',
      ].join('\n'),
    });
    expect(logged).toContain(`staging: ${short(before)} → ${short(c1)} (fast-forward)\n`);
    expect(r.remoteSha('staging')).toBe(c1);
  });

  it('exits 1 when a gate fails, and pushes nothing', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    // An error for the gate: the built-in schema (by default a string for a boolean is a warning).
    r.pushChange(
      'dev',
      '.github/gitops-promotion.yaml',
      (t) => `${t}valuesSchema: builtin\n`,
      'builtin schema',
    );
    r.pushChange(
      'dev',
      PROD_VALUES,
      (t) => t.replace('velero:\n  enable: true', 'velero:\n  enable: "yes"'),
      'prod: velero yes',
    );
    const out = await cli(['--repo', r.work.dir]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('dev → staging: gates failed: validation; nothing was pushed');
    expect(lines[1]).toMatch(
      /^ {2}fail {4}validation {2}1 validation error, first: charts\/app-of-apps\/values\.prod-01\.yaml:\d+ velero\.enable must be boolean, got string "yes"$/,
    );
    expect(r.remoteSha('staging')).toBe(before);
  });

  it('exits 2 on usage and configuration errors', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    change(r);
    for (const argv of [['--skip-gates'], ['--skip-gates', '--reason', '  ']]) {
      expect(await cli(argv)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'gitops-promotion promote: --skip-gates requires --reason\n',
      });
    }
    expect(await cli(['--from', 'staging', '--to', 'dev'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gitops-promotion promote: staging → dev is not a promotion edge (configured: dev → staging)\n',
    });
    expect(await cli(['--strategy', 'rebase'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gitops-promotion promote: --strategy must be fast-forward or merge, got "rebase"\n',
    });
    expect(await cli(['--mode', 'pull-request'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gitops-promotion promote: --mode pull-request needs --github-repo and $GITHUB_TOKEN\n',
    });
    expect(await cli(['--remote', 'upstream'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `gitops-promotion promote: "upstream" is not a git remote of ${r.work.dir} (remotes: origin)\n`,
    });
    expect(await cli(['--github-repo', 'not a repo'], { GITHUB_TOKEN: 'ghs_x' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gitops-promotion promote: repository must be owner/name, got "not a repo"\n',
    });
    expect(await cli(['--argocd-server', 'ftp://argocd'], { ARGOCD_TOKEN: 'x' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gitops-promotion promote: Argo CD server "ftp://argocd" must be an http(s) URL\n',
    });
    expect(r.remoteSha('staging')).toBe(before);
  });

  it("exits 1 with the remote's reason when the remote refuses the push; --skip-gates needs no helm", async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    change(r);
    // What branch protection does server-side: a hook that declines the update.
    const hook = path.join(r.origin, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/staging." >&2\nexit 1\n',
    );
    chmodSync(hook, 0o755);
    const out = await cli(['--skip-gates', '--reason', 'hook test'], {
      HELM: '/nonexistent/helm',
      PATH: process.env.PATH,
    });
    expect(out).toEqual({
      code: 1,
      stderr: '',
      stdout: expect.stringMatching(
        /^dev → staging: origin refused the push to staging: pre-receive hook declined; GH006: Protected branch update failed for refs\/heads\/staging\.\n/,
      ),
    });
    expect(r.remoteSha('staging')).toBe(before);
  });

  it('exits 2 with a clear message when git has no identity for the merge commit', async () => {
    r = promoteRepo();
    r.pushChange('staging', PROD_VALUES, (t) => `${t}# hotfix\n`, 'hotfix');
    const before = r.remoteSha('staging');
    change(r);
    const noIdentity = {
      ...Object.fromEntries(
        ['AUTHOR', 'COMMITTER']
          .flatMap((who) => [`GIT_${who}_NAME`, `GIT_${who}_EMAIL`])
          .map((k) => [k, undefined]),
      ),
      // Never guess an identity from the machine (user@hostname): what a bare CI runner gives.
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'user.useConfigOnly',
      GIT_CONFIG_VALUE_0: 'true',
    };
    expect(
      await cli(['--strategy', 'merge', '--skip-gates', '--reason', 'identity test'], noIdentity),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gitops-promotion promote: git has no identity for the merge commit: set user.name and user.email, or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL and GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL\n',
    });
    expect(r.remoteSha('staging')).toBe(before);
  });

  it('--format json', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    const c1 = change(r);
    const out = await cli(['--format', 'json', '--dry-run']);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'version',
      'from',
      'to',
      'candidate',
      'previous',
      'strategy',
      'skipGatesReason',
      'outcome',
      'promoted',
      'sha',
      'commits',
      'gates',
      'message',
    ]);
    expect(report).toMatchObject({
      version: 1,
      from: 'dev',
      to: 'staging',
      candidate: c1,
      previous: before,
      strategy: 'fast-forward',
      skipGatesReason: null,
      outcome: 'dry-run',
      promoted: false,
      sha: null,
      commits: [
        {
          sha: c1,
          author: 'Test Author',
          date: '2026-01-01T00:00:00+00:00',
          subject: 'monitoring: 3d retention',
        },
      ],
    });
    expect((report.gates as { id: string }[]).map((g) => g.id)).toEqual([
      'validation',
      'checks',
      'soak',
      'argocd',
      'labels',
      'freeze',
    ]);
    expect(r.remoteSha('staging')).toBe(before);
  });

  it('uses GITHUB_TOKEN and ARGOCD_TOKEN and never prints them', async () => {
    r = promoteRepo();
    const github = await startGitHubServer();
    const argo = await startArgoCdServer();
    fakes.push(github, argo);
    const c1 = change(r);
    github.state.statuses.push({
      id: 3_000_001,
      sha: c1,
      state: 'success',
      context: 'ci',
      description: null,
      target_url: null,
      creator: github.login,
      created_at: '2026-01-01T00:10:00Z',
      updated_at: '2026-01-01T00:10:00Z',
    });
    for (const name of ['dev-01-loki', 'dev-01-monitoring'])
      argo.setApp(makeApplication({ name, cluster: 'dev-01', revision: c1 }));
    const env = {
      GITHUB_TOKEN: github.token,
      GITHUB_API_URL: github.url,
      ARGOCD_TOKEN: argo.token,
    };
    const args = ['--argocd-server', argo.url, '--github-repo'];
    // A repository the token cannot see: the GitHub gates fail with GitHub's error.
    const missing = await cli([...args, 'example-org/other-repo', '--format', 'json'], env);
    expect(missing.code).toBe(1);
    const failed = JSON.parse(missing.stdout) as { gates: { id: string; status: string; why: string }[] };
    expect(failed.gates.filter((g) => g.status === 'fail').map((g) => [g.id, g.why.split(':')[0]])).toEqual([
      ['checks', 'could not be evaluated'],
      ['labels', 'could not be evaluated'],
    ]);

    const out = await cli([...args, `${github.owner}/${github.repo}`], env);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\n').slice(0, 7)).toEqual([
      'dev → staging: promoted 1 commit from dev to staging (fast-forward)',
      '  pass    validation  no validation errors',
      '  pass    checks      1 check succeeded',
      '  skipped soak        no soak time configured',
      `  pass    argocd      2 Applications Synced at ${short(c1)} and Healthy`,
      '  pass    labels      no open issue or pull request labelled promotion-blocker',
      '  skipped freeze      no freeze windows configured',
    ]);
    expect(out.code).toBe(0);
    expect(r.remoteSha('staging')).toBe(c1);
    expect(github.requests.length).toBeGreaterThan(0);
    expect(github.requests.filter((q) => q.status === 401)).toEqual([]);
    expect(argo.requests.map((q) => q.status)).toEqual([200, 200]);
    for (const text of [missing.stdout, missing.stderr, out.stdout, out.stderr, logged]) {
      expect(text).not.toContain(github.token);
      expect(text).not.toContain(argo.token);
    }
  });
});
