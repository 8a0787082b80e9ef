import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOTFIX_HELP } from '../../src/cli/hotfix-command.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { helmBinary } from '../helpers/helm.js';
import { releaseRepo, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

const PROD_VALUES = 'charts/app-of-apps/values.prod-01.yaml';

describe('gitops-promotion hotfix (CLI)', () => {
  let r: ReleaseRepo | undefined;
  beforeEach(() => {
    // The logger's notices go to the real stderr: keep the test output clean.
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    r?.cleanup();
    r = undefined;
  });

  async function cli(argv: string[]) {
    const out = { stdout: '', stderr: '', code: -1 };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: r!.work.dir,
      env: { ...r!.env, HELM: helmBinary() },
    };
    out.code = await runCli(['hotfix', ...argv], io);
    return out;
  }

  it('--help, usage errors, start (dry run, then for real, then again), a dry run and the release', async () => {
    r = releaseRepo();
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: HOTFIX_HELP, stderr: '' });
    const usage: [string[], string][] = [
      [[], '--branch is required (the hotfix branch, e.g. hotfix/fix-login)'],
      [['start'], 'hotfix start needs --name NAME (the branch is hotfix/NAME)'],
      [['stop'], 'unexpected argument "stop" (only "start")'],
      [['--branch', 'hotfix/x', '--mode', 'rebase'], '--mode must be push or pull-request, got "rebase"'],
      [['--branch', 'hotfix/x', '--skip-gates'], '--skip-gates requires --reason'],
      [['--branch', 'staging'], 'staging is not a hotfix branch (hotfix.branches: hotfix/*)'],
      [['start', '--name', 'a/b'], '--name "a/b": not a name for hotfix/*'],
      [['start', '--name', 'x'], 'stable does not exist on origin: there is no release to fix'],
    ];
    for (const [argv, message] of usage) {
      const out = await cli(argv);
      expect(out, argv.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: `gitops-promotion hotfix: ${message}\n`,
      });
    }
    await runRelease(r);
    const stable = r.tagCommit('stable')!;
    const dry = await cli(['start', '--name', 'x', '--dry-run']);
    expect(dry).toEqual({
      code: 0,
      stdout: `dry run: would create hotfix/x at stable (${stable.slice(0, 7)})\n`,
      stderr: '',
    });
    expect((await cli(['start', '--name', 'x'])).stdout).toBe(
      `created hotfix/x at stable (${stable.slice(0, 7)})\n`,
    );
    expect((await cli(['start', '--name', 'x'])).stdout).toBe(
      `hotfix/x is at stable (${stable.slice(0, 7)}) already\n`,
    );
    expect(r.remoteSha('hotfix/x')).toBe(stable);
    const head = r.pushChange(
      'hotfix/x',
      PROD_VALUES,
      (t) => t.replace('velero:\n  enable: true', 'velero:\n  enable: false'),
      'fix',
    );
    const plan = await cli(['--branch', 'hotfix/x', '--dry-run', '--format', 'json']);
    expect(plan.code).toBe(0);
    const json = JSON.parse(plan.stdout) as {
      release: { outcome: string; versionTag: string };
      forwardMerges: { state: string }[];
    };
    expect([json.release.outcome, json.release.versionTag]).toEqual(['dry-run', 'stable-v1.0.1']);
    expect(json.forwardMerges.map((m) => m.state)).toEqual(['would-merge', 'would-merge']);
    expect(r.tagCommit('stable')).toBe(stable);
    const real = await cli(['--branch', 'hotfix/x']);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('forward-merges of hotfix/x');
    expect(real.stdout).toMatch(/ {2}staging: merged — /);
    expect(r.tagCommit('stable')).toBe(head);
  });
});
