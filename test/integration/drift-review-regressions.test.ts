/**
 * Regressions found reviewing the drift feature (issue #12), on real git, real helm, the local GitHub
 * server and the action's step run in this process. Each test states what the feature promises (README
 * "The drift action", the invariants "proven or said" and "repository and issue content is hostile")
 * and fails where the code does not keep it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRIFT_INPUTS, driftStep } from '../../src/actions/drift-action.js';
import { parseInputs } from '../../src/actions/inputs.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { drift } from '../../src/commands/drift.js';
import { approvalLine } from '../../src/drift/checkboxes.js';
import { DRIFT_MARKER, type DriftReport } from '../../src/drift/model.js';
import { promotionDrift } from '../../src/drift/promotion.js';
import { createGit } from '../../src/git/git.js';
import { loadConfig } from '../../src/gitops/config.js';
import { FakeArgoCd, fakeApp } from '../helpers/fake-ports.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, git } from '../helpers/git.js';
import { seedCollaborator } from '../helpers/github-collaborators.js';
import { GitBackedRefs } from '../helpers/github-handlers.js';
import { seedIssue } from '../helpers/github-issues.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary, testHelm } from '../helpers/helm.js';
import { HOTFIX, hotfixWorld, PROD_VALUES, runHotfix } from '../helpers/hotfix-repo.js';
import { RecordingLogger } from '../helpers/logger.js';
import { releaseRepo, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';
import { actedOn, runnerReads } from '../helpers/runner-commands.js';

const CONFIG = 'repoURL: https://github.com/example-org/gitops-repo.git\npromotion:\n  requiredChecks: []';
// The example's production differs from staging by design (velero, kyverno's enforcing values): allowed.
const ALLOWED = 'drift:\n  downstreamOnly: [velero]\n  allowValues: [/spec/source/helm/valueFiles/*]';
const CONFIG_FILE = '.github/gitops-promotion.yaml';
const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const NOW = new Date('2026-01-03T00:00:00Z');

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function world(config = CONFIG): ReleaseRepo {
  const repo = releaseRepo();
  cleanups.push(() => repo.cleanup());
  repo.configure(config);
  return repo;
}

/** Commits `edits` (file → new text from old) on `from` in a fresh clone, pushed as branch `to`; the sha. */
function pushEdits(
  repo: ReleaseRepo,
  from: string,
  to: string,
  edits: Record<string, (text: string) => string>,
  message: string,
): string {
  const clone = new FixtureRepo(null);
  cleanups.push(() => clone.cleanup());
  git(clone.dir, repo.env, 'clone', '-q', '-b', from, repo.origin, '.');
  for (const [file, edit] of Object.entries(edits)) {
    let text = '';
    try {
      text = clone.read(file);
    } catch {
      // a new file
    }
    clone.write(file, edit(text));
  }
  const sha = commitAll(clone.dir, repo.env, message);
  git(clone.dir, repo.env, 'push', '-q', 'origin', `HEAD:refs/heads/${to}`);
  return sha;
}

function runDrift(repo: ReleaseRepo, argocd: FakeArgoCd | null = null): Promise<DriftReport> {
  return drift({
    repoDir: repo.work.dir,
    remote: 'origin',
    git: createGit(repo.work.dir, repo.env),
    github: null,
    argocd: argocd ? { port: argocd, server: argocd.server } : null,
    helm: testHelm(),
    logger: new RecordingLogger(),
    now: NOW,
  });
}

function readPromotion(repo: ReleaseRepo) {
  return promotionDrift({
    git: createGit(repo.work.dir, repo.env),
    github: null,
    logger: new RecordingLogger(),
    remote: 'origin',
    config: loadConfig(repo.work.dir),
    now: NOW,
  });
}

describe('promotion drift', () => {
  it('a hotfix squash-merged forward (one commit with all its changes) is no missed forward-merge', async () => {
    const w = await hotfixWorld();
    cleanups.push(
      () => w.gh.close(),
      () => w.repo.cleanup(),
    );
    // A second fix on the hotfix branch: two commits.
    const OPS_VALUES = 'charts/app-of-apps/values.ops-01.yaml';
    w.repo.pushChange(HOTFIX, OPS_VALUES, (t) => `${t}\n# quota raised\n`, 'fix: quota on ops-01');
    // The forward-merges are refused (protected branches): they land later through pull requests...
    w.repo.refuseRefs('refs/heads/(staging|dev)', 'protected');
    await runHotfix(w.repo, w.github);
    w.repo.refuseRefs('refs/heads/nothing', 'none');
    // ... squash-merged, as many repositories merge every pull request: one commit with both fixes.
    for (const target of ['staging', 'dev']) {
      const clone = new FixtureRepo(null);
      cleanups.push(() => clone.cleanup());
      git(clone.dir, w.repo.env, 'clone', '-q', '-b', target, w.repo.origin, '.');
      git(clone.dir, w.repo.env, 'merge', '-q', '--squash', `origin/${HOTFIX}`);
      commitAll(clone.dir, w.repo.env, `fix: ${HOTFIX} (#7)`);
      git(clone.dir, w.repo.env, 'push', '-q', 'origin', `HEAD:refs/heads/${target}`);
    }
    // Both targets have every change production has.
    git(w.repo.work.dir, w.repo.env, 'fetch', '-q', 'origin');
    for (const target of ['staging', 'dev'])
      expect(
        git(
          w.repo.work.dir,
          w.repo.env,
          'diff',
          `origin/${HOTFIX}`,
          `origin/${target}`,
          '--',
          PROD_VALUES,
          OPS_VALUES,
        ),
      ).toBe('');
    const { section } = await readPromotion(w.repo);
    expect(section.missedForwardMerges).toEqual([]);
  });

  it('an edge whose target has a commit its source never had is not said to be in sync', async () => {
    const repo = world();
    await runRelease(repo);
    // Pushed to staging directly: dev never had it, and `promote` (fast-forward) can no longer move staging.
    repo.pushChange(
      'staging',
      'charts/cert-manager/values.yaml',
      (t) => `${t}\n# hand edit\n`,
      'tweak on staging',
    );
    const { section } = await readPromotion(repo);
    const devToStaging = section.edges.find((e) => e.from === 'dev' && e.to === 'staging')!;
    expect(devToStaging.state).not.toBe('in-sync');
  });
});

describe('environment drift: proven or said', () => {
  it('an environment on no edge that does not render makes the report incomplete', async () => {
    const repo = world(
      `${CONFIG}\n${ALLOWED}\nenvironments:\n  dev: {ref: dev}\n  staging: {ref: staging}\n  prod: {ref: stable}\n  sandbox: {ref: sandbox}`,
    );
    await runRelease(repo);
    // sandbox: ops-01, relabelled, on a branch of its own whose app-of-apps chart does not render.
    pushEdits(
      repo,
      'staging',
      'sandbox',
      {
        'argocd-bootstrap-apps/ops-01.yaml': (t) =>
          t.replace('env: prod', 'env: sandbox').replace('targetRevision: stable', 'targetRevision: sandbox'),
        'charts/app-of-apps/templates/broken.yaml': () => '{{ fail "broken on purpose" }}\n',
      },
      'sandbox: broken',
    );
    const report = await runDrift(repo);
    expect(report.chain).toContain('sandbox');
    // sandbox did not render: ops-01 is in the what-runs-where once, as production's.
    expect(report.matrix?.clusters.filter((c) => c === 'ops-01')).toEqual(['ops-01']);
    expect(report.complete).toBe(false);
    expect(report.incomplete.join('\n')).toMatch(/sandbox/);
  });

  it('Applications on HEAD when the default branch is not known are unknown, not pinned revisions', async () => {
    const repo = world(`${CONFIG}\n${ALLOWED}`);
    // No `defaultBranch` in the config at any ref, and no refs/remotes/origin/HEAD in the clone.
    const drop = (t: string) => t.replace(/^defaultBranch: dev$/m, '');
    for (const b of ['dev', 'staging']) repo.pushChange(b, CONFIG_FILE, drop, 'config: no defaultBranch');
    repo.work.write(CONFIG_FILE, drop(repo.work.read(CONFIG_FILE)));
    await runRelease(repo);
    git(repo.work.dir, repo.env, 'remote', 'set-head', 'origin', '-d');
    const report = await runDrift(repo);
    if (report.environment.state !== 'computed') throw new Error('skipped');
    const pinned = report.environment.pairs.flatMap((p) => p.findings).filter((f) => f.kind === 'revision');
    expect(pinned).toEqual([]);
    expect(report.complete).toBe(false);
  });

  it('a cluster of a later release wave tracking its wave tag is not a pinned revision', async () => {
    // README: `- tag: ops-stable  # ops-01 tracks ops-stable`.
    const repo = world(
      `${CONFIG}\n${ALLOWED}\nrelease:\n  waves:\n    - tag: stable\n      clusters: [prod-01]\n    - tag: ops-stable\n      clusters: [ops-01]`,
    );
    const toWave = (t: string) => t.replace('targetRevision: stable', 'targetRevision: ops-stable');
    const head = pushEdits(
      repo,
      'staging',
      'staging',
      { 'argocd-bootstrap-apps/ops-01.yaml': toWave, 'charts/app-of-apps/values.ops-01.yaml': toWave },
      'ops-01 follows the second wave',
    );
    repo.forceTag('stable', head);
    repo.forceTag('ops-stable', head);
    const report = await runDrift(repo);
    if (report.environment.state !== 'computed') throw new Error('skipped');
    const pinned = report.environment.pairs.flatMap((p) => p.findings).filter((f) => f.kind === 'revision');
    expect(pinned).toEqual([]);
  });
});

describe('live drift', () => {
  it('finds an Application Synced at another revision whichever of the repo’s URLs the clone’s remote has', async () => {
    // No repoURL in the config: the clone's origin (a mirror) is the repo's first URL, the bootstrap
    // Applications' https URL the next; Argo CD knows the repo by the latter.
    const repo = world(`promotion:\n  requiredChecks: []\n${ALLOWED}`);
    await runRelease(repo);
    const MIRROR = 'https://git.mirror.example.com/example-org/gitops-repo.git';
    git(repo.work.dir, repo.env, 'config', '--global', `url.${repo.origin}.insteadOf`, MIRROR);
    git(repo.work.dir, repo.env, 'remote', 'set-url', 'origin', MIRROR);
    const argocd = new FakeArgoCd();
    argocd.apps.push(fakeApp('dev-01-cert-manager', 'dev-01', { revision: 'b'.repeat(40) }));
    const report = await runDrift(repo, argocd);
    if (report.live.state !== 'computed') throw new Error(`live ${report.live.state}`);
    const dev = report.live.clusters.find((c) => c.cluster === 'dev-01');
    if (dev?.state !== 'checked') throw new Error('dev-01 not checked');
    const app = dev.applications.find((a) => a.name === 'dev-01-cert-manager');
    expect(app?.problems ?? []).toContain('wrong-revision');
  });
});

describe('the drift action step', () => {
  interface ActionWorld {
    repo: ReleaseRepo;
    gh: GitHubServer;
    step(inputs?: Record<string, string>, event?: { name: string; payload: unknown }): Promise<string | null>;
    stdout: () => string;
  }

  async function actionWorld(config = `${CONFIG}\n${ALLOWED}`): Promise<ActionWorld> {
    const repo = world(config);
    const gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
    cleanups.push(() => gh.close());
    gh.state.gitDir = repo.origin;
    gh.state.refs = new GitBackedRefs(repo.origin);
    const temp = mkdtempSync(path.join(os.tmpdir(), 'gp-drift-review-'));
    cleanups.push(() => rmSync(temp, { recursive: true, force: true }));
    const outputs = path.join(temp, 'outputs');
    writeFileSync(outputs, '');
    vi.stubEnv('GITHUB_OUTPUT', outputs);
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    });
    let n = 0;
    const step: ActionWorld['step'] = async (inputs = {}, event) => {
      const eventPath = path.join(temp, `event-${++n}.json`);
      writeFileSync(eventPath, JSON.stringify(event?.payload ?? { repository: { default_branch: 'dev' } }));
      return driftStep(
        parseInputs(DRIFT_INPUTS, {
          helm: helmBinary(),
          token: gh.token,
          'report-dir': path.join(temp, `report-${n}`),
          ...inputs,
        }),
        {
          ...repo.env,
          GITHUB_WORKSPACE: repo.work.dir,
          GITHUB_API_URL: gh.url,
          GITHUB_REPOSITORY: 'example-org/gitops-repo',
          GITHUB_EVENT_NAME: event?.name ?? 'schedule',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_RUN_ID: '91',
          RUNNER_TEMP: temp,
        },
      );
    };
    return { repo, gh, step, stdout: () => printed };
  }

  /** The `issues: edited` event of `issue` going from `before` to `after`, by `sender`. */
  function edited(
    issue: number,
    before: string,
    after: string,
    sender: { login: string; type: string },
    author = 'github-actions[bot]',
  ) {
    return {
      name: 'issues',
      payload: {
        action: 'edited',
        issue: { number: issue, body: after, labels: [{ name: 'gitops-drift' }], user: { login: author } },
        changes: { body: { from: before } },
        sender,
        repository: { default_branch: 'dev' },
      },
    };
  }

  /** The world with a change pending on dev and the dashboard issue the scheduled run created. */
  async function pendingWorld() {
    const w = await actionWorld();
    await runRelease(w.repo);
    w.repo.pushChange('dev', DEV_VALUES, (t) => `${t}\n# a change\n`, 'feat: a change on dev');
    expect(await w.step()).toBeNull();
    const dashboard = [...w.gh.state.issues.values()].find((i) => i.body?.includes(DRIFT_MARKER));
    if (!dashboard?.body) throw new Error('no dashboard issue');
    return { ...w, dashboard };
  }

  it('prints no workflow command from a box’s names (the approval outcomes in the log)', async () => {
    const w = await pendingWorld();
    seedCollaborator(w.gh, 'alice', 'write');
    const forged = approvalLine({
      kind: 'promote',
      from: '\n::error title=owned::injected from the issue body',
      to: 'staging',
      fromSha: 'a'.repeat(40),
      toSha: 'b'.repeat(40),
      pendingCount: 1,
    });
    const before = `${w.dashboard.body}\n${forged}\n`;
    const after = `${w.dashboard.body}\n${forged.replace('- [ ]', '- [x]')}\n`;
    w.dashboard.body = after;
    await w.step({}, edited(w.dashboard.number, before, after, { login: 'alice', type: 'User' }));
    const commands = actedOn(runnerReads(w.stdout()));
    // Only what the action means to say: debug lines, and the token masked.
    expect(commands.filter((c) => !['debug', 'add-mask'].includes(c.command))).toEqual([]);
  });

  it('runs nothing ticked in an issue that is not the dashboard (one anybody wrote, labelled later)', async () => {
    const w = await pendingWorld();
    const staging = w.repo.remoteSha('staging');
    const box = approvalLine({
      kind: 'promote',
      from: 'dev',
      to: 'staging',
      fromSha: w.repo.remoteSha('dev'),
      toSha: staging,
      pendingCount: 1,
    }).replace('Promote 1 commit dev → staging', 'I have read the contributing guidelines');
    const before = `${DRIFT_MARKER}\nThanks for the report! Please confirm:\n\n${box}\n`;
    const theirs = seedIssue(w.gh, {
      title: 'Question',
      body: before,
      labels: ['gitops-drift'],
      user: 'mallory',
    });
    seedCollaborator(w.gh, 'alice', 'write');
    const after = before.replace('- [ ]', '- [x]');
    w.gh.state.issues.get(theirs.number)!.body = after;
    await w.step({}, edited(theirs.number, before, after, { login: 'alice', type: 'User' }, 'mallory'));
    expect(w.repo.remoteSha('staging')).toBe(staging);
  });

  it('an edit that ticks no box (the dashboard rewritten through a user’s token) rewrites nothing: no loop of runs', async () => {
    const w = await pendingWorld();
    // What the previous run's rewrite sends when the token is a person's (a PAT): a User edited it.
    const before = w.dashboard.body!;
    const after = before.replace(/Generated at [^ ]+/, 'Generated at 2026-01-02T00:00:00.000Z');
    w.dashboard.body = after;
    w.gh.requests.length = 0;
    await w.step({}, edited(w.dashboard.number, before, after, { login: 'release-manager', type: 'User' }));
    expect(w.gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('argocd-server without a token does not prove clean: the dashboard is not closed', async () => {
    const w = await actionWorld();
    await runRelease(w.repo);
    const open = seedIssue(w.gh, {
      title: 'GitOps drift dashboard',
      body: `${DRIFT_MARKER}\nold report`,
      labels: ['gitops-drift'],
      user: w.gh.login,
    });
    // The secret is missing (a fork, a renamed secret): the input is empty.
    await w.step({ 'argocd-server': 'https://argocd.example.com', 'argocd-token': '' }).catch(() => null);
    expect(w.gh.state.issues.get(open.number)!.state).toBe('open');
  });
});

describe('the drift command', () => {
  it('a --repo that does not exist is a usage error, without a stack trace', async () => {
    const out = { stdout: '', stderr: '' };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH, HELM: helmBinary() },
    };
    const code = await runCli(['drift', '--repo', '/nonexistent/gitops-repo'], io);
    expect(code).toBe(2);
    expect(out.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(out.stderr).toMatch(/nonexistent/);
  });
});
