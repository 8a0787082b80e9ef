import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DRIFT_MARKER } from '../../src/drift/model.js';
import { startArgoCdServer, type ArgoCdServer } from '../helpers/argocd-server.js';
import { seedCollaborator } from '../helpers/github-collaborators.js';
import { emptyState, GitBackedRefs } from '../helpers/github-handlers.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { git } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';
import { releaseRepo, type ReleaseRepo } from '../helpers/release-repo.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';

/**
 * The drift dashboard through the committed bundle, against the local GitHub (and Argo CD) servers: the
 * issue's lifecycle, two runs racing, approvals from its checkboxes.
 */

const describeBundles = describeWithNode24();
// The example repo's production differs from staging by design (velero, kyverno's enforcing values): allowed.
const CONFIG = [
  'promotion:\n  requiredChecks: []',
  'drift:\n  downstreamOnly: [velero]\n  allowValues: [/spec/source/helm/valueFiles/*]',
].join('\n');
const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';

describeBundles('drift through the committed bundle', () => {
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

  function world(): ReleaseRepo {
    r = releaseRepo();
    r.configure(CONFIG);
    gh.state.gitDir = r.origin;
    gh.state.refs = new GitBackedRefs(r.origin);
    return r;
  }

  async function run(
    action: string,
    inputs: Record<string, string> = {},
    env: NodeJS.ProcessEnv = {},
    workspace = r!.work.dir,
  ) {
    return runAction(action, {
      workspace,
      inputs: {
        helm: helmBinary(),
        token: gh.token,
        ...(action === 'actions/drift'
          ? {
              'report-dir': path.join(
                path.dirname(r!.work.dir),
                `report-${Math.random().toString(36).slice(2)}`,
              ),
            }
          : {}),
        ...inputs,
      },
      env: {
        ...r!.env,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'example-org/gitops-repo',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_RUN_ID: '91',
        GITHUB_ACTOR: 'github-actions[bot]',
        ...env,
      },
    });
  }

  const dashboards = (state: 'open' | 'closed' | 'all' = 'open') =>
    [...gh.state.issues.values()].filter(
      (i) => !i.pull_request && i.labels.includes('gitops-drift') && (state === 'all' || i.state === state),
    );

  it('creates the issue when drift appears, edits it in place, closes it when clean is proven, reopens it', async () => {
    const repo = world();
    expect((await run('actions/release')).exitCode).toBe(0);
    repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');

    const first = await run('actions/drift');
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.drifted).toBe('true');
    const [issue] = dashboards();
    expect(issue).toBeDefined();
    expect(first.outputs['issue-number']).toBe(String(issue!.number));
    expect(issue!.body).toContain(DRIFT_MARKER);
    expect(issue!.body).toContain('- [ ] ');
    expect(first.outputs.report).toMatch(/drift-report\.md$/);
    expect(first.summary).toContain(DRIFT_MARKER);

    const again = await run('actions/drift');
    expect(again.exitCode).toBe(0);
    expect(again.outputs['issue-number']).toBe(String(issue!.number));
    expect(dashboards()).toHaveLength(1);

    // Promoted and released: every edge in sync, every environment compared equal → closed.
    expect((await run('actions/promote', {}, { GITHUB_EVENT_NAME: 'workflow_dispatch' })).exitCode).toBe(0);
    expect((await run('actions/release', {}, { GITHUB_EVENT_NAME: 'workflow_dispatch' })).exitCode).toBe(0);
    const clean = await run('actions/drift');
    expect(clean.exitCode).toBe(0);
    expect(clean.outputs.drifted).toBe('false');
    expect(dashboards()).toHaveLength(0);
    expect(gh.state.issues.get(issue!.number)!.state).toBe('closed');

    repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# another\n`, 'feat: another change');
    const back = await run('actions/drift', { 'fail-on-drift': 'true' });
    expect(back.exitCode).toBe(1);
    expect(dashboards().map((i) => i.number)).toEqual([issue!.number]);
  });

  it('two runs racing leave one open issue', async () => {
    const repo = world();
    expect((await run('actions/release')).exitCode).toBe(0);
    repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');
    // Each run on its own runner, with its own checkout (two fetches into one checkout race on its refs).
    const other = path.join(path.dirname(repo.origin), 'other-runner');
    git(path.dirname(repo.origin), repo.env, 'clone', '--quiet', repo.origin, other);
    const [a, b] = await Promise.all([run('actions/drift'), run('actions/drift', {}, {}, other)]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(dashboards()).toHaveLength(1);
  });

  describe('approvals from the checkboxes', () => {
    async function tick(repo: ReleaseRepo, sender: { login: string; type: string }) {
      const [issue] = dashboards();
      const before = issue!.body!;
      const after = before.replace(/- \[ \] (Promote \d+ commits? dev → staging)/, '- [x] $1');
      expect(after).not.toBe(before);
      issue!.body = after;
      const event = path.join(
        path.dirname(repo.work.dir),
        `event-${Math.random().toString(36).slice(2)}.json`,
      );
      writeFileSync(
        event,
        JSON.stringify({
          action: 'edited',
          issue: {
            number: issue!.number,
            body: after,
            labels: [{ name: 'gitops-drift' }],
            user: { login: 'github-actions[bot]' },
          },
          changes: { body: { from: before } },
          sender,
          repository: { default_branch: 'dev' },
        }),
      );
      return run(
        'actions/drift',
        {},
        { GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: event, GITHUB_ACTOR: sender.login },
      );
    }

    it('a tick by a user with write permission runs exactly that promotion, as that user, and rewrites the issue', async () => {
      const repo = world();
      expect((await run('actions/release')).exitCode).toBe(0);
      const head = repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');
      expect((await run('actions/drift')).exitCode).toBe(0);
      seedCollaborator(gh, 'alice', 'write');
      const approved = await tick(repo, { login: 'alice', type: 'User' });
      expect(approved.stderr).toBe('');
      expect(approved.exitCode).toBe(0);
      expect(repo.remoteSha('staging')).toBe(head);
      const [issue] = dashboards();
      expect(issue!.body).toContain('approved by alice');
      expect(issue!.body).not.toMatch(/- \[x\] Promote/);
      const deployment = gh.state.deployments.at(-1)!;
      expect(deployment.payload).toMatchObject({ from: 'dev', to: 'staging', approvedBy: 'alice' });
    });

    it('a tick by a user without write permission does nothing and says why', async () => {
      const repo = world();
      expect((await run('actions/release')).exitCode).toBe(0);
      repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');
      expect((await run('actions/drift')).exitCode).toBe(0);
      const staging = repo.remoteSha('staging');
      seedCollaborator(gh, 'mallory', 'read');
      const refused = await tick(repo, { login: 'mallory', type: 'User' });
      expect(refused.exitCode).toBe(0);
      expect(repo.remoteSha('staging')).toBe(staging);
      expect(dashboards()[0]!.body).toContain('mallory has read permission');
    });

    it('a stale box (dev moved since it was written) does nothing and says so', async () => {
      const repo = world();
      expect((await run('actions/release')).exitCode).toBe(0);
      repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');
      expect((await run('actions/drift')).exitCode).toBe(0);
      repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# later\n`, 'feat: a later change');
      const staging = repo.remoteSha('staging');
      seedCollaborator(gh, 'alice', 'admin');
      const stale = await tick(repo, { login: 'alice', type: 'User' });
      expect(stale.exitCode).toBe(0);
      expect(repo.remoteSha('staging')).toBe(staging);
      expect(dashboards()[0]!.body).toContain('dev moved since the box was written');
    });
  });

  describe('Argo CD', () => {
    let argo: ArgoCdServer;
    beforeAll(async () => {
      argo = await startArgoCdServer();
    });
    afterAll(() => argo.close());

    it.each([
      ['500', { status: 500, text: '{"error":"boom","code":2,"message":"boom"}' }],
      ['401', { status: 401, text: '{"error":"no","code":16,"message":"invalid session"}' }],
    ])(
      'answering %s: the report is posted with the unreachable section, and says it is incomplete',
      async (_, answer) => {
        const repo = world();
        expect((await run('actions/release')).exitCode).toBe(0);
        repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');
        argo.rawAnswer = { ...answer, contentType: 'application/json' };
        const out = await run('actions/drift', { 'argocd-server': argo.url, 'argocd-token': argo.token });
        argo.rawAnswer = null;
        expect(out.exitCode).toBe(0);
        const [issue] = dashboards();
        expect(issue!.body).toMatch(/unreachable/i);
        expect(issue!.body).toMatch(/incomplete/i);
        expect(out.stdout).not.toContain(argo.token);
        expect(issue!.body).not.toContain(argo.token);
      },
    );
  });
});
