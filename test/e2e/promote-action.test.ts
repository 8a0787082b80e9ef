import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { deploymentHandlers } from '../helpers/github-deployments.js';
import { emptyState, errorResult } from '../helpers/github-handlers.js';
import { seedMergedPull } from '../helpers/github-pulls.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';
import { promoteRepo, type PromoteRepo } from '../helpers/promote-repo.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';

const describeBundles = describeWithNode24();

describeBundles('promote through the committed bundle', () => {
  let gh: GitHubServer;
  let r: PromoteRepo | undefined;
  beforeAll(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => gh.close());
  // Commits have fixed dates, so each test's commits have the same shas: start each from a clean API.
  beforeEach(() => Object.assign(gh.state, emptyState()));
  afterEach(() => {
    r?.cleanup();
    expect(gh.violations).toEqual([]);
  });

  async function run(inputs: Record<string, string> = {}) {
    return runAction('actions/promote', {
      workspace: r!.work.dir,
      inputs: { helm: helmBinary(), token: gh.token, ...inputs },
      env: {
        ...r!.env,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'example-org/gitops-repo',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_RUN_ID: '42',
      },
    });
  }

  it('promotes after the gates pass, records a deployment, writes outputs and the summary', async () => {
    r = promoteRepo();
    const sha = r.pushChange(
      'dev',
      'charts/app-of-apps/values.yaml',
      (t) => t.replace('sync-wave: "5"', 'sync-wave: "4"'),
      'loki: wave 4',
    );
    // Landed on dev through a rebase-merged pull request: its subject names none, the API knows it.
    const pr = seedMergedPull(gh, { title: 'loki: wave 4', head: 'loki-wave', base: 'dev', commits: [sha] });
    await fetch(`${gh.url}/repos/example-org/gitops-repo/statuses/${sha}`, {
      method: 'POST',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success', context: 'ci/validate' }),
    });
    const run1 = await run();
    expect(run1.stderr).toBe('');
    expect(run1.exitCode).toBe(0);
    expect(run1.outputs.promoted).toBe('true');
    expect(run1.outputs.sha).toBe(sha);
    expect(r.remoteSha('staging')).toBe(sha);
    expect(JSON.parse(run1.outputs.gates!)).toEqual([
      { id: 'validation', status: 'pass', why: 'no validation errors' },
      { id: 'checks', status: 'pass', why: '1 check succeeded' },
      { id: 'soak', status: 'skipped', why: 'no soak time configured' },
      { id: 'argocd', status: 'skipped', why: 'no Argo CD server and token' },
      { id: 'labels', status: 'pass', why: 'no open issue or pull request labelled promotion-blocker' },
      { id: 'freeze', status: 'skipped', why: 'no freeze windows configured' },
    ]);
    expect(JSON.parse(run1.outputs.commits!)).toEqual([
      {
        sha,
        author: 'Test Author',
        date: expect.any(String),
        subject: 'loki: wave 4',
        pullRequest: pr.number,
      },
    ]);
    expect(gh.state.deployments.map((d) => [d.environment, d.sha])).toEqual([['staging', sha]]);
    expect(run1.summary).toContain('✅ promoted 1 commit from dev to staging (fast-forward)');
    expect(run1.summary).toContain('**1 of 1 cluster change**');
    expect(run1.summary).toContain('```mermaid\ngraph LR\n  dev[dev] ==>|0 pending| staging[staging]');
    expect(run1.summary).toContain(
      `| [\`${sha.slice(0, 7)}\`](https://github.com/example-org/gitops-repo/commit/${sha}) | [#${pr.number}](https://github.com/example-org/gitops-repo/pull/${pr.number}) | Test Author | loki: wave 4 |`,
    );
    expect(run1.summary).toContain("### What changes on staging's clusters");
    expect(run1.summary).toContain('<code>stag-01-loki</code>');
    expect(run1.stdout).not.toContain(gh.token);

    const run2 = await run();
    expect(run2.exitCode).toBe(0);
    expect(run2.outputs.promoted).toBe('false');
    expect(run2.summary).toContain('nothing to promote');
    expect(gh.state.deployments).toHaveLength(1);
  });

  it('fails the step and pushes nothing when a gate fails', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    r.pushChange(
      'dev',
      'charts/app-of-apps/values.dev-01.yaml',
      (t) => t.replace('retention: 2d', 'retention: 3d'),
      'monitoring: 3d',
    );
    const res = await run();
    expect(res.exitCode).toBe(1);
    expect(res.stdout).toContain('::error::gates failed: checks; nothing was pushed');
    expect(r.remoteSha('staging')).toBe(before);
    expect(res.outputs.promoted).toBe('false');
  });

  it('a deployment that cannot be recorded after the push is a warning: outputs and summary are still written', async () => {
    r = promoteRepo();
    const sha = r.pushChange(
      'dev',
      'charts/app-of-apps/values.dev-01.yaml',
      (t) => t.replace('retention: 2d', 'retention: 3d'),
      'monitoring: 3d',
    );
    gh.handle('POST /repos/{owner}/{repo}/deployments', (ctx) =>
      errorResult(403, 'Resource not accessible by integration', ctx.docsUrl),
    );
    try {
      const res = await run({ 'skip-gates': 'true', reason: 'deployment test' });
      expect(res.exitCode).toBe(0);
      expect(r.remoteSha('staging')).toBe(sha);
      expect(res.stdout).toContain(
        '::warning::the deployment of staging could not be recorded: could not record the deployment of ',
      );
      expect(res.stdout).toContain(
        'POST /repos/example-org/gitops-repo/deployments answered HTTP 403 (Resource not accessible by integration',
      );
      expect(res.stdout).toContain('the token needs deployments: write');
      expect([res.outputs.promoted, res.outputs.sha]).toEqual(['true', sha]);
      expect(res.summary).toContain('✅ promoted 1 commit from dev to staging (fast-forward)');
    } finally {
      gh.handle(
        'POST /repos/{owner}/{repo}/deployments',
        deploymentHandlers['POST /repos/{owner}/{repo}/deployments']!,
      );
    }
  });
});
