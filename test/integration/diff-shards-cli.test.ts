/**
 * `gitops-promotion diff --plan-shards N | --shard K/N | --aggregate DIR` through the CLI, on
 * examples/gitops-repo with real git and helm: what each prints and writes, the exit codes, and the
 * usage mistakes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { ShardPlan } from '../../src/diff/shard-model.js';
import { runDiffCli, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { helmBinary } from '../helpers/helm.js';

const AOA = 'charts/app-of-apps';

describe('diff sharded through the CLI', () => {
  let s: Scenario;
  let dir: string;
  beforeAll(() => {
    s = scenario((fx) => {
      fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
      fx.append(`${AOA}/values.stag-01.yaml`, '\npromtail:\n  enable: false\n');
    });
    dir = mkdtempSync(path.join(os.tmpdir(), 'gp-shards-cli-'));
  });
  afterAll(() => {
    s.fx.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The CLI without --base/--head. */
  async function cli(...args: string[]) {
    const out = { stdout: '', stderr: '' };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: s.fx.dir,
      env: { ...s.env, HELM: helmBinary() },
    };
    return { code: await runCli(['diff', ...args], io), ...out };
  }

  it('--plan-shards prints the parts and their clusters, and writes plan.json; no helm runs', async () => {
    // A helm that does not exist: the plan never needs one.
    const r = await runDiffCli(s, '--plan-shards', '4', '--output-dir', dir, '--helm', '/nonexistent/helm');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `diff plan ${s.base.slice(0, 7)}..${s.head.slice(0, 7)}: 4 clusters, 2 with changed inputs in 2 shards (at most 4 asked)`,
      'shard 0/2: head rendered and validated in full; 2 clusters with equal inputs: ops-01, prod-01',
      'shard 1/2: 1 cluster: dev-01',
      'shard 2/2: 1 cluster: stag-01',
    ]);
    expect(lines[4]).toMatch(/^plan [0-9a-f]{64}$/);
    const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as ShardPlan;
    expect(plan.matrix.include.map((e) => e.shard)).toEqual(['0/2', '1/2', '2/2']);
    const json = await runDiffCli(s, '--plan-shards', '4', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual(plan);
  });

  it('--shard writes its part (exit 0), and --aggregate merges them as a diff prints (exit codes too)', async () => {
    for (const shard of ['0/2', '1/2', '2/2']) {
      const r = await runDiffCli(s, '--shard', shard, '--output-dir', dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^part ${shard} of plan [0-9a-f]{12}: \\d clusters?, written to `));
    }
    expect(readdirSync(dir).sort()).toEqual([
      'part-0-of-2.json',
      'part-1-of-2.json',
      'part-2-of-2.json',
      'plan.json',
    ]);
    const single = await runDiffCli(s, '--format', 'json', '--exit-code');
    const merged = await cli('--aggregate', dir, '--format', 'json', '--exit-code');
    expect(merged.code).toBe(1);
    expect(single.code).toBe(1);
    const { stats: _, ...mergedReport } = JSON.parse(merged.stdout) as Record<string, unknown>;
    const { stats: __, ...singleReport } = JSON.parse(single.stdout) as Record<string, unknown>;
    expect(mergedReport).toEqual(singleReport);
    const out = path.join(dir, '..', `${path.basename(dir)}-out`);
    expect((await cli('--aggregate', dir, '--output-dir', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['clusters', 'diff.json', 'diff.md']);
    rmSync(out, { recursive: true, force: true });

    rmSync(path.join(dir, 'part-2-of-2.json'));
    const missing = await cli('--aggregate', dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'gitops-promotion diff: stag-01: not compared: the part of shard 2/2 is missing; the diff is incomplete\n',
    );
  });

  it.each([
    [['--shard', '1/2'], '--shard needs --output-dir'],
    [['--shard', '3/2', '--output-dir', 'x'], '--shard must be K/N'],
    [['--plan-shards', '0'], 'from 1 to 255'],
    [['--plan-shards', '256'], 'from 1 to 255'],
    [['--plan-shards', 'two'], '--plan-shards must be a whole number'],
    [['--plan-shards', '2', '--shard', '1/2'], '--plan-shards and --shard do not go together'],
  ])('%j is a usage error', async (args, says) => {
    const r = await runDiffCli(s, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
  });

  it('--aggregate takes no refs, and needs a directory with a plan', async () => {
    const withRefs = await runDiffCli(s, '--aggregate', dir);
    expect(withRefs.code).toBe(2);
    expect(withRefs.stderr).toContain('--aggregate reads the refs from the plan');
    const empty = mkdtempSync(path.join(os.tmpdir(), 'gp-shards-empty-'));
    const none = await cli('--aggregate', empty);
    rmSync(empty, { recursive: true });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no plan.json under');
  });

  it('a part planned with other inputs (one cluster only) is refused by the part itself', async () => {
    const r = await runDiffCli(s, '--shard', '2/2', '--output-dir', dir, '--cluster', 'dev-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shard 2/2: this diff splits into 1 shards, not 2');
  });
});
