import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { emptyState, GitBackedRefs } from '../helpers/github-handlers.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';
import { releaseRepo, type ReleaseRepo } from '../helpers/release-repo.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';

const describeBundles = describeWithNode24();
const CONFIG = 'promotion:\n  requiredChecks: []';
const PROD_VALUES = 'charts/app-of-apps/values.prod-01.yaml';

describeBundles('hotfix through the committed bundles', () => {
  let gh: GitHubServer;
  let r: ReleaseRepo | undefined;
  beforeAll(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => gh.close());
  beforeEach(() => Object.assign(gh.state, emptyState()));
  afterEach(() => {
    r?.cleanup();
    r = undefined;
    expect(gh.violations).toEqual([]);
  });

  async function run(action: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
    return runAction(action, {
      workspace: r!.work.dir,
      inputs: { helm: helmBinary(), token: gh.token, ...inputs },
      env: {
        ...r!.env,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'example-org/gitops-repo',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_RUN_ID: '78',
        GITHUB_ACTOR: 'on-call',
        ...env,
      },
    });
  }

  it('start, release the fix over stable, merge it forward; a hotfix pull request is diffed against stable', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    gh.state.gitDir = r.origin;
    gh.state.refs = new GitBackedRefs(r.origin);
    const first = await run('actions/release', {});
    expect(first.exitCode).toBe(0);
    const start = await run('actions/hotfix', { start: 'velero' });
    expect(start.stderr).toBe('');
    expect(start.exitCode).toBe(0);
    expect(start.outputs.branch).toBe('hotfix/velero');
    expect(start.outputs.sha).toBe(r.tagCommit('stable'));
    const head = r.pushChange(
      'hotfix/velero',
      PROD_VALUES,
      (t) => t.replace('velero:\n  enable: true', 'velero:\n  enable: false'),
      'fix: velero off on prod-01',
    );

    // The pull request of the hotfix (into staging, for review) is compared with stable.
    git(r.work.dir, r.env, 'fetch', '-q', 'origin', 'hotfix/velero', '--tags');
    const event = path.join(path.dirname(r.work.dir), `event-${path.basename(r.work.dir)}.json`);
    const pr = {
      number: 9,
      base: { sha: r.remoteSha('staging') },
      head: { sha: head, ref: 'hotfix/velero' },
    };
    writeFileSync(event, JSON.stringify({ number: 9, pull_request: pr }));
    const diff = await run(
      'actions/diff',
      { comment: 'false' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    expect(diff.exitCode).toBe(0);
    expect(diff.summary).toContain(`\`${r.tagCommit('stable')!.slice(0, 7)}\` → \`${head.slice(0, 7)}\``);
    expect(diff.summary).toContain(
      `compared with stable (${r.tagCommit('stable')!.slice(0, 7)}), what production runs, not with its base branch`,
    );
    expect(diff.outputs['changed-clusters']).toBe('["prod-01"]');

    const fix = await run('actions/hotfix', { branch: 'hotfix/velero', reason: 'velero crashloops' });
    expect(fix.stderr).toBe('');
    expect(fix.exitCode).toBe(0);
    expect(fix.outputs.version).toBe('1.0.1');
    expect(fix.outputs.sha).toBe(head);
    expect(fix.outputs.released).toBe('true');
    expect(
      JSON.parse(fix.outputs['forward-merges']!).map((m: { target: string; state: string }) => [
        m.target,
        m.state,
      ]),
    ).toEqual([
      ['staging', 'merged'],
      ['dev', 'merged'],
    ]);
    expect(gh.state.releases.map((x) => x.name)).toEqual(['stable-v1.0.0', 'stable-v1.0.1 (hotfix)']);
    expect(fix.summary).toContain('```mermaid');
    expect(fix.summary).toContain('### Forward-merges');
    expect(r.tagCommit('stable')).toBe(head);
  });
});
