import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createGit } from '../../src/git/git.js';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/actions/inputs.js';
import { VALIDATE_INPUTS, validateStep } from '../../src/actions/validate-action.js';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { diff } from '../../src/commands/diff.js';
import { validate } from '../../src/commands/validate.js';
import { commitAll, git } from '../helpers/git.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { helmBinary, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { PublishedRepo } from '../helpers/remote-repo.js';

/** dev tracks HEAD, prod tracks stable; one Argo CD per cluster; no config file. */
const PER_CLUSTER = path.join(PROJECT_ROOT, 'test/fixtures/topology-per-cluster');

async function check(dir: string, env: NodeJS.ProcessEnv, extra: { eventDefaultBranch?: string } = {}) {
  return validate({
    repoDir: dir,
    git: createGit(dir, env),
    helm: testHelm(),
    logger: new RecordingLogger(),
    ...extra,
  });
}

const refs = (r: Awaited<ReturnType<typeof check>>) => r.clusters.map((c) => [c.name, c.env, c.ref]);

describe('the default branch comes from the repository, never assumed', () => {
  let repo: PublishedRepo | undefined;
  afterEach(() => repo?.cleanup());

  it('a clone of a repository whose HEAD is master: HEAD means master (origin/HEAD)', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'master');
    const r = await check(repo.clone(), repo.env);
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual(['master', 'origin-head']);
    expect(refs(r)).toEqual([
      ['dev', 'dev', 'master'],
      ['prod', 'prod', 'stable'],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('origin/HEAD wins over a branch named main: the remote says what its default is', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'trunk', ['main']);
    const r = await check(repo.clone(), repo.env);
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual(['trunk', 'origin-head']);
  });

  it('a checkout without origin/HEAD (as actions/checkout makes) takes the only one of main and master', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', ['feature/x']);
    const dir = repo.checkout();
    expect(() => git(dir, repo!.env, 'symbolic-ref', 'refs/remotes/origin/HEAD')).toThrow();
    const r = await check(dir, repo.env);
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual(['main', 'main-or-master']);
    expect(r.findings).toEqual([]);
  });

  it('with both main and master and no origin/HEAD it is unknown: one notice, clusters on HEAD have no ref, no error cascade', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', ['master']);
    const r = await check(repo.checkout(), repo.env);
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual([null, 'unknown']);
    expect(refs(r)).toEqual([
      ['dev', 'dev', null],
      ['prod', 'prod', 'stable'],
    ]);
    expect(r.findings).toEqual([
      {
        severity: 'notice',
        rule: 'default-branch-unknown',
        message:
          "targetRevision HEAD means the repository's default branch, which is unknown here (no defaultBranch in the config, no refs/remotes/origin/HEAD, not exactly one of main and master): cluster dev has no ref and its environment's ref is not checked. Set defaultBranch in the config, or run git remote set-head origin --auto",
        file: 'argocd-bootstrap-apps/dev.yaml',
        line: 14,
        column: 21,
        cluster: null,
      },
    ]);
  });

  it("the GitHub event's repository.default_branch, when git does not say", async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', ['master']);
    const r = await check(repo.checkout(), repo.env, { eventDefaultBranch: 'main' });
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual(['main', 'event']);
    expect(r.findings).toEqual([]);
  });

  it('the config says it first', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'master', [], (fx) =>
      fx.write('.github/gitops-promotion.yaml', 'defaultBranch: release\n'),
    );
    const r = await check(repo.clone(), repo.env);
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual(['release', 'config']);
    expect(refs(r)[0]).toEqual(['dev', 'dev', 'release']);
    expect(r.findings).toEqual([]);
  });

  it("a directory inside another repository does not take that repository's default branch", async () => {
    repo = new PublishedRepo(null, 'main', [], (fx) => {
      for (const f of ['argocd-bootstrap-apps/dev.yaml', 'apps/Chart.yaml'])
        fx.write(`nested/${f}`, readFileSync(path.join(PER_CLUSTER, f), 'utf8'));
    });
    const r = await check(path.join(repo.clone(), 'nested'), repo.env);
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual([null, 'unknown']);
  });
});

describe('validate without git', () => {
  it('still validates a plain directory: nothing says the default branch, nothing fails for want of git', async () => {
    const r = await check(PER_CLUSTER, { PATH: '/nonexistent' });
    expect([r.topology.defaultBranch, r.topology.defaultBranchSource]).toEqual([null, 'unknown']);
    expect(r.findings.map((f) => f.rule)).toEqual(['default-branch-unknown']);
  });
});

describe('the default branch reaches validate wherever the tree comes from', () => {
  async function diffOfChange(dir: string, env: NodeJS.ProcessEnv) {
    const base = git(dir, env, 'rev-parse', 'HEAD');
    writeFileSync(
      path.join(dir, 'apps/values.yaml'),
      readFileSync(path.join(dir, 'apps/values.yaml'), 'utf8').replace('wave: "-5"', 'wave: "-4"'),
    );
    const head = commitAll(dir, env, 'cert-manager one wave later');
    return diff({
      git: createGit(dir, env),
      base,
      head,
      helm: testHelm(),
      logger: new RecordingLogger(),
      secretSalt: 'x',
    });
  }

  it("diff validates head with the repository's default branch, read from the repository, not the exported trees", async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'master');
    const known = await diffOfChange(repo.clone(), repo.env);
    expect(known.changedClusters).toEqual(['dev', 'prod']);
    expect(known.validation.findings).toEqual([]);
    const ambiguous = new PublishedRepo(PER_CLUSTER, 'main', ['master']);
    const unknown = await diffOfChange(ambiguous.checkout(), ambiguous.env).finally(() =>
      ambiguous.cleanup(),
    );
    expect(unknown.validation.findings.map((f) => [f.severity, f.rule])).toEqual([
      ['notice', 'default-branch-unknown'],
    ]);
  });

  let repo: PublishedRepo | undefined;
  const temps: string[] = [];
  afterEach(() => {
    repo?.cleanup();
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  it('validate --ref reads the tree from git into a temp dir and the git facts from the repository', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'master');
    const dir = repo.clone();
    const out = { stdout: '', stderr: '' };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: dir,
      env: { ...repo.env, HELM: helmBinary() },
    };
    expect(await runCli(['validate', '--ref', 'HEAD', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(out.stdout) as {
      topology: Record<string, unknown>;
      clusters: { ref: string }[];
    };
    expect(report.topology).toMatchObject({ defaultBranch: 'master', defaultBranchSource: 'origin-head' });
    expect(report.clusters.map((c) => c.ref)).toEqual(['master', 'stable']);
  });

  it('the validate action takes the default branch from the event payload (actions/checkout writes no origin/HEAD)', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', ['master']);
    const dir = repo.checkout();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-event-'));
    temps.push(tmp);
    const event = path.join(tmp, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ repository: { default_branch: 'master', full_name: 'example-org/x' } }),
    );
    const report = path.join(tmp, 'report.json');
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = path.join(tmp, 'output');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    try {
      const inputs = parseInputs(VALIDATE_INPUTS, {
        path: '',
        ref: '',
        config: '',
        helm: helmBinary(),
        'report-path': report,
        'fail-on-error': '',
      });
      const env = { ...repo.env, GITHUB_WORKSPACE: dir, GITHUB_EVENT_PATH: event, RUNNER_TEMP: tmp };
      expect(await validateStep(inputs, env)).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      topology: Record<string, unknown>;
      findings: unknown[];
      clusters: { ref: string }[];
    };
    expect(json.topology).toMatchObject({ defaultBranch: 'master', defaultBranchSource: 'event' });
    expect(json.clusters.map((c) => c.ref)).toEqual(['master', 'stable']);
    expect(json.findings).toEqual([]);
  });
});
