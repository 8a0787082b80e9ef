import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, git, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';

function io(cwd: string, env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HELM: helmBinary() }) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd, env };
  return { cli, out };
}

describe('gitops-promotion validate (CLI)', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('exits 0 on the example and prints a one-line summary and the matrix', async () => {
    fx = new FixtureRepo();
    const { cli, out } = io(fx.dir);
    expect(await runCli(['validate', '--matrix'], cli)).toBe(0);
    expect(out.stdout).toContain(
      '0 errors, 0 warnings, 0 notices (4/4 clusters rendered, 37 Applications checked)',
    );
    expect(out.stdout).toContain('velero          ✗       ✗        stable  stable');
  });

  it('exits 1 with findings as file:line text and as stable JSON', async () => {
    fx = new FixtureRepo();
    // An error-level finding: the built-in schema (by default a string for a boolean is a warning).
    fx.append('.github/gitops-promotion.yaml', 'valuesSchema: builtin\n');
    fx.replace(
      'charts/app-of-apps/values.prod-01.yaml',
      'velero:\n  enable: true',
      'velero:\n  enable: "yes"',
    );
    const line = fx.lineOf('charts/app-of-apps/values.prod-01.yaml', '"yes"');
    const text = io(fx.dir);
    expect(await runCli(['validate', '--repo', fx.dir], text.cli)).toBe(1);
    expect(text.out.stdout.split('\n')[0]).toBe(
      `charts/app-of-apps/values.prod-01.yaml:${line}:11: error [values-schema] (prod-01) velero.enable must be boolean, got string "yes"`,
    );
    const json = io('/');
    expect(await runCli(['validate', '--repo', fx.dir, '--format', 'json'], json.cli)).toBe(1);
    const report = JSON.parse(json.out.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['version', 'counts', 'topology', 'findings', 'clusters', 'matrix']);
    expect(report.findings).toEqual([
      {
        severity: 'error',
        rule: 'values-schema',
        message: 'velero.enable must be boolean, got string "yes"',
        file: 'charts/app-of-apps/values.prod-01.yaml',
        line,
        column: 11,
        cluster: 'prod-01',
      },
    ]);
  });

  it('validates a git ref without touching the working tree', async () => {
    fx = new FixtureRepo();
    const env = { ...isolatedGitEnv(), HELM: helmBinary() };
    fx.append('.github/gitops-promotion.yaml', 'valuesSchema: builtin\n');
    const good = initRepo(fx.dir, env);
    fx.replace(
      'charts/app-of-apps/values.prod-01.yaml',
      'velero:\n  enable: true',
      'velero:\n  enable: "yes"',
    );
    commitAll(fx.dir, env, 'break prod');
    fx.replace('charts/app-of-apps/values.prod-01.yaml', 'enable: "yes"', 'enable: false');
    const status = git(fx.dir, env, 'status', '--porcelain');
    const atHead = io(fx.dir, env);
    expect(await runCli(['validate', '--ref', 'HEAD'], atHead.cli)).toBe(1);
    expect(atHead.out.stdout).toContain('velero.enable must be boolean');
    const atGood = io(fx.dir, env);
    expect(await runCli(['validate', '--ref', good], atGood.cli)).toBe(0);
    const tree = io(fx.dir, env);
    expect(await runCli(['validate'], tree.cli)).toBe(0);
    expect(git(fx.dir, env, 'status', '--porcelain')).toBe(status);
    const missing = io(fx.dir, env);
    expect(await runCli(['validate', '--ref', 'no-such-branch'], missing.cli)).toBe(2);
    expect(missing.out.stderr).toBe(
      `gitops-promotion validate: git ref "no-such-branch" does not name a commit in ${fx.dir}\n`,
    );
  });

  it('exits 2 on usage and configuration errors, naming the file and line, with no stack trace', async () => {
    fx = new FixtureRepo();
    fx.write(
      '.github/gitops-promotion.yaml',
      'dependsOn:\n  envoyGateway: [certManager]\nrulez:\n  foo: off\n',
    );
    const bad = io(fx.dir);
    expect(await runCli(['validate'], bad.cli)).toBe(2);
    expect(bad.out.stderr).toBe(
      'gitops-promotion validate: .github/gitops-promotion.yaml:3: rulez is not allowed here (unknown field)\n',
    );
    const usage = io(fx.dir);
    expect(await runCli(['validate', '--format', 'xml'], usage.cli)).toBe(2);
    expect(usage.out.stderr).toBe(
      'gitops-promotion validate: --format must be one of text, json, github, markdown, got "xml"\n',
    );
    const unknown = io(fx.dir);
    expect(await runCli(['validate', '--nope'], unknown.cli)).toBe(2);
    expect(unknown.out.stderr).toMatch(/^gitops-promotion validate: Unknown option '--nope'/);
    const nohelm = io(fx.dir, { PATH: '/usr/bin:/bin' });
    expect(await runCli(['validate'], nohelm.cli)).toBe(2);
    expect(nohelm.out.stderr).toContain('helm was not found');
    const cmd = io(fx.dir);
    expect(await runCli(['frobnicate'], cmd.cli)).toBe(2);
    expect(cmd.out.stderr).toContain('unknown command "frobnicate"');
    for (const o of [bad, usage, unknown, nohelm, cmd]) expect(o.out.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints workflow annotations with --format github', async () => {
    fx = new FixtureRepo();
    fx.write('charts/app-of-apps/values.dev-02.yaml', '{}\n');
    const { cli, out } = io(fx.dir);
    expect(await runCli(['validate', '--format', 'github'], cli)).toBe(0);
    expect(out.stdout).toBe(
      '::warning file=charts/app-of-apps/values.dev-02.yaml,line=1,col=1,title=orphan-values-file::values.dev-02.yaml belongs to no cluster or environment (clusters: dev-01, stag-01, ops-01, prod-01) and no Application uses it\n',
    );
  });
});
