import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { scenario, type Scenario } from '../helpers/diff-scenario.js';
import { EXAMPLE_REPO, FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';

function io(s: Scenario) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd: s.fx.dir,
    env: { ...s.env, HELM: helmBinary() },
  };
  return { cli, out };
}

describe('gitops-promotion diff (CLI)', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('prints changed fields per cluster; exit 0, or 1 with --exit-code', async () => {
    s = scenario((fx) =>
      fx.replace(
        'charts/app-of-apps/values.yaml',
        'namespace: external-dns\n  annotations:\n    argocd.argoproj.io/sync-wave: "-5"',
        'namespace: external-dns\n  annotations:\n    argocd.argoproj.io/sync-wave: "-3"',
      ),
    );
    const a = io(s);
    expect(await runCli(['diff', '--base', s.base, '--head', s.head, '--cluster', 'prod-01'], a.cli)).toBe(0);
    expect(a.out.stdout).toBe(
      [
        `diff ${s.base.slice(0, 7)}..${s.head.slice(0, 7)}: 1 of 1 cluster changed (validation at head: 0 errors)`,
        'risks:',
        '  ! prod-01: production cluster prod-01 (prod) changes',
        '  ! prod-01 prod-01-external-dns: sync-wave changes from -5 to -3',
        'prod-01 (prod): changed',
        '  ~ prod-01-external-dns',
        '      metadata.annotations["argocd.argoproj.io/sync-wave"]: "-5" → "-3"',
        '',
      ].join('\n'),
    );
    const b = io(s);
    expect(
      await runCli(['diff', '--base', s.base, '--head', s.head, '--exit-code', '--no-deep'], b.cli),
    ).toBe(1);
    const c = io(s);
    expect(await runCli(['diff', '--base', s.base, '--head', s.base, '--exit-code'], c.cli)).toBe(0);
  });

  it('writes the artifact files and stable JSON', async () => {
    s = scenario((fx) =>
      fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d'),
    );
    const out = mkdtempSync(path.join(os.tmpdir(), 'gp-out-'));
    const a = io(s);
    expect(
      await runCli(
        ['diff', '--base', s.base, '--head', s.head, '--format', 'json', '--output-dir', out],
        a.cli,
      ),
    ).toBe(0);
    const report = JSON.parse(a.out.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'version',
      'base',
      'head',
      'complete',
      'errors',
      'notes',
      'changed',
      'changedClusters',
      'clusters',
      'risks',
      'validation',
      'controlPlane',
      'ignored',
      'stats',
    ]);
    expect(report.changedClusters).toEqual(['dev-01']);
    expect(report.complete).toBe(true);
    expect(report.errors).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['clusters', 'diff.json', 'diff.md']);
    expect(readdirSync(path.join(out, 'clusters'))).toEqual(['dev-01.diff']);
    expect(readFileSync(path.join(out, 'clusters/dev-01.diff'), 'utf8')).toContain(
      '-            - --storage.tsdb.retention.time=2d\n+            - --storage.tsdb.retention.time=3d',
    );
  });

  it('exits 2 with a clear message for a missing ref, an unknown cluster or missing flags', async () => {
    s = scenario((fx) => fx.write('README.md', 'x\n'));
    const a = io(s);
    expect(await runCli(['diff', '--base', 'nope', '--head', s.head], a.cli)).toBe(2);
    expect(a.out.stderr).toBe(
      `gitops-promotion diff: git ref "nope" is not in ${s.fx.dir} (in a workflow, check out with fetch-depth: 0 so both refs are there)\n`,
    );
    const b = io(s);
    expect(await runCli(['diff', '--base', s.base, '--head', s.head, '--cluster', 'prod-99'], b.cli)).toBe(2);
    expect(b.out.stderr).toBe(
      'gitops-promotion diff: unknown cluster prod-99 (clusters: dev-01, stag-01, ops-01, prod-01)\n',
    );
    const c = io(s);
    expect(await runCli(['diff', '--base', s.base], c.cli)).toBe(2);
    expect(c.out.stderr).toBe('gitops-promotion diff: --base and --head are required\n');
    const d = io(s);
    expect(
      await runCli(['diff', '--base', s.base, '--head', s.head, '--repo', '/nonexistent/repo'], d.cli),
    ).toBe(2);
    expect(d.out.stderr).toBe(
      'gitops-promotion diff: /nonexistent/repo is not a directory (give the GitOps repo with --repo)\n',
    );
    const e = io(s);
    const args = ['diff', '--base', s.base, '--head', s.head, '--output-dir', 'README.md/out'];
    expect(await runCli(args, e.cli)).toBe(2);
    expect(e.out.stderr).toMatch(
      new RegExp(
        `^gitops-promotion diff: cannot write the diff files to ${s.fx.dir}/README.md/out: ENOTDIR[^\n]*\n$`,
      ),
    );
  });

  it('a directory inside a larger repository is refused clearly (Argo CD paths start at the top)', async () => {
    const fx = new FixtureRepo(null);
    cpSync(EXAMPLE_REPO, fx.path('deploy/gitops'), { recursive: true });
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env);
    fx.replace('deploy/gitops/charts/monitoring/values.yaml', 'tag: v2.54.1', 'tag: v2.55.0');
    s = { fx, env, base, head: commitAll(fx.dir, env, 'change') };
    const a = io(s);
    const code = await runCli(['diff', '--base', s.base, '--head', s.head, '--repo', 'deploy/gitops'], a.cli);
    expect([code, a.out.stdout, a.out.stderr]).toEqual([
      2,
      '',
      `gitops-promotion diff: ${fx.dir}/deploy/gitops is the directory deploy/gitops/ of a git repository: give its top (Argo CD resolves an Application's paths from the repository root)\n`,
    ]);
  });

  it('exits 2 when head cannot be rendered, and the report says which cluster and why', async () => {
    s = scenario((fx) => fx.write('charts/app-of-apps/templates/loki.yaml', '{{ fail "boom" }}\n'));
    const a = io(s);
    expect(await runCli(['diff', '--base', s.base, '--head', s.head, '--cluster', 'dev-01'], a.cli)).toBe(2);
    expect(a.out.stdout).toContain(
      'INCOMPLETE: 1 of 1 cluster could not be fully compared:\n' +
        '  not compared: dev-01: cannot render at head: charts/app-of-apps/templates/loki.yaml:1: helm template failed:',
    );
    expect(a.out.stdout).toContain('boom');
    expect(a.out.stdout).toContain('dev-01 (dev): unknown\n');
    expect(a.out.stderr).toMatch(
      /^gitops-promotion diff: dev-01: cannot render at head: charts\/app-of-apps\/templates\/loki\.yaml:1: helm template failed: .*boom.*; the diff is incomplete\n$/,
    );
  });
});
