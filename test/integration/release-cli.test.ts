import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { RELEASE_HELP } from '../../src/cli/release-command.js';
import { helmBinary } from '../helpers/helm.js';
import { releaseRepo, type ReleaseRepo } from '../helpers/release-repo.js';

const short = (sha: string) => sha.slice(0, 7);

describe('gitops-promotion release (CLI)', () => {
  let r: ReleaseRepo | undefined;
  /** What the logger writes to the real stderr (notices, the push lines). */
  let logged = '';
  beforeEach(() => {
    logged = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    r?.cleanup();
    r = undefined;
  });

  async function cli(argv: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    const out = { stdout: '', stderr: '', code: -1 };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: r!.work.dir,
      env: { ...r!.env, HELM: helmBinary(), ...extraEnv },
    };
    out.code = await runCli(['release', ...argv], io);
    return out;
  }

  it('--help; usage and configuration errors exit 2 with one line, no stack, nothing pushed', async () => {
    r = releaseRepo();
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: RELEASE_HELP, stderr: '' });
    const usage: [string[], string][] = [
      [['--bump', 'bogus'], '--bump must be patch, minor or major, got "bogus"'],
      [['--wave', '0'], '--wave must be a wave number (1, 2, …), got "0"'],
      [['--rollback-to', 'previous'], '--rollback-to requires --reason'],
      [['--rollback-to', 'previous', '--reason', '   '], '--rollback-to requires --reason'],
      [['--skip-gates'], '--skip-gates requires --reason'],
      [['--format', 'yaml'], '--format must be text or json, got "yaml"'],
      [['--wave', '2'], '--wave 2: the release has 1 wave (1..1)'],
      [
        ['--rollback-to', 'staging', '--reason', 'x'],
        'stable does not exist on origin: nothing to roll back',
      ],
    ];
    for (const [argv, message] of usage) {
      const out = await cli(argv);
      expect(out, argv.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: `gitops-promotion release: ${message}\n`,
      });
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(out.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    const unknown = await cli(['--bogus']);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toMatch(/^gitops-promotion release: Unknown option '--bogus'[^\n]*\n$/);
    expect(r.tags()).toEqual({});
  });

  it('--dry-run --format json prints the result and pushes nothing; the real run exits 0 and pushes both tags', async () => {
    r = releaseRepo();
    const staging = r.remoteSha('staging');
    const dry = await cli(['--dry-run', '--format', 'json']);
    expect([dry.code, dry.stderr]).toEqual([0, '']);
    const result = JSON.parse(dry.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      version: 1,
      outcome: 'dry-run',
      released: false,
      releaseVersion: '1.0.0',
      versionTag: 'stable-v1.0.0',
      newTag: true,
      from: 'staging',
      candidate: staging,
      sha: null,
      previousSha: null,
      release: null,
      message: `dry run: would create stable-v1.0.0 and move stable at ${short(staging)} (0 commits since the start)`,
      waves: [
        {
          wave: 1,
          tag: 'stable',
          clusters: ['ops-01', 'prod-01'],
          previous: null,
          sha: null,
          state: 'would-move',
          verification: null,
        },
      ],
    });
    expect(r.tags()).toEqual({});

    const real = await cli([]);
    expect([real.code, real.stderr]).toEqual([0, '']);
    expect(real.stdout.split('\n').slice(0, 2)).toEqual([
      `release stable-v1.0.0: released stable-v1.0.0 at ${short(staging)}: stable`,
      `  wave 1 stable [ops-01, prod-01]: moved ((none) → ${short(staging)})`,
    ]);
    expect(real.stdout).toMatch(/^ {2}pass {4}validation +no validation errors$/m);
    expect(logged).toContain(`stable: (new) → ${short(staging)}`);
    expect(r.tagCommit('stable')).toBe(staging);
    expect(r.tagCommit('stable-v1.0.0')).toBe(staging);
  });

  it('a failing gate exits 1 and pushes nothing', async () => {
    r = releaseRepo();
    r.pushChange('staging', 'charts/app-of-apps/values.yaml', (t) => `${t}\n  broken: [\n`, 'broken values');
    const out = await cli([]);
    expect([out.code, out.stderr]).toEqual([1, '']);
    expect(out.stdout.split('\n')[0]).toBe(
      'release stable-v1.0.0: gates failed: validation; nothing was pushed',
    );
    expect(out.stdout).toMatch(/^ {2}fail {4}validation /m);
    expect(r.tags()).toEqual({});
  });
});
