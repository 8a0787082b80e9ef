import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';

const BOOTSTRAP = 'argocd-bootstrap-apps';
const NO_CLUSTER =
  'no cluster found at head (no bootstrap Application matches argocd-bootstrap-apps/*.yaml and the config declares no clusters)';

function cli(s: Scenario, ...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd: s.fx.dir,
    env: { ...s.env, HELM: helmBinary() },
  };
  return runCli(['diff', '--base', s.base, '--head', s.head, ...args], io).then((code) => ({ code, ...out }));
}

describe('a head with no cluster at all is incomplete, never "No changes"', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('every bootstrap file deleted: the clusters are removed, and the report says head has none', async () => {
    s = scenario((fx) => fx.remove(BOOTSTRAP));
    const report = await runDiff(s);
    expect(report.complete).toBe(false);
    expect(report.errors).toEqual([NO_CLUSTER]);
    expect(report.clusters.map((c) => [c.name, c.status])).toEqual([
      ['dev-01', 'removed'],
      ['stag-01', 'removed'],
      ['ops-01', 'removed'],
      ['prod-01', 'removed'],
    ]);
    expect(renderDiffMarkdown(report)).toContain(
      '**Incomplete**: no cluster found at head (no bootstrap Application matches argocd-bootstrap-apps/\\*.yaml and the config declares no clusters). 4 of 4 clusters change. ❌ validation at head: 6 errors.',
    );
    expect(renderDiffText(report)).toContain(`INCOMPLETE: ${NO_CLUSTER}\n`);
    expect(report.validation.findings.map((f) => f.rule)).toContain('bootstrap-invalid');
    const run = await cli(s);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gitops-promotion diff: ${NO_CLUSTER}; the diff is incomplete\n`);
  });

  it('a repository with no bootstrap directory and no config at either ref: exit 2, "Incomplete"', async () => {
    const fx = new FixtureRepo(null);
    const env = isolatedGitEnv();
    fx.write('README.md', '# not a gitops repo yet\n');
    const base = initRepo(fx.dir, env);
    fx.append('README.md', '\nSee the platform docs.\n');
    s = { fx, env, base, head: commitAll(fx.dir, env, 'docs') };
    const report = await runDiff(s);
    expect(report.clusters).toEqual([]);
    expect(report.complete).toBe(false);
    expect(report.changed).toBe(false);
    expect(report.errors).toEqual([NO_CLUSTER]);
    const markdown = renderDiffMarkdown(report);
    expect(markdown).not.toContain('No changes');
    expect(markdown).toContain('**Incomplete**: no cluster found at head');
    const run = await cli(s, '--format', 'markdown');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('**Incomplete**: no cluster found at head');
    expect(run.stdout).not.toContain('No changes');
  });
});

describe('a broken bootstrap at head hides its cluster: unknown, never "removed"', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a bootstrap Application Argo CD would refuse (schema): the cluster is unknown, with file:line', async () => {
    s = scenario((fx) =>
      fx.replace(
        `${BOOTSTRAP}/dev-01.yaml`,
        '    path: charts/app-of-apps\n',
        '    path: [charts/app-of-apps]\n',
      ),
    );
    const line = s.fx.lineOf(`${BOOTSTRAP}/dev-01.yaml`, 'path: [');
    const report = await runDiff(s);
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    expect(dev.status).toBe('unknown');
    expect(dev.errors).toHaveLength(1);
    expect(dev.errors[0]).toMatch(
      new RegExp(`^its bootstrap at head cannot be read: argocd-bootstrap-apps/dev-01\\.yaml:${line}: `),
    );
    expect(report.complete).toBe(false);
    expect(report.errors).toEqual([]);
    expect(report.changedClusters).toEqual([]);
    expect(report.risks.map((r) => r.kind)).not.toContain('production-changed');
    expect(renderDiffMarkdown(report)).toContain(
      '**Incomplete**: 1 of 4 clusters could not be fully compared',
    );
    expect((await cli(s)).code).toBe(2);
  });

  it('a bootstrap file that no longer parses as YAML: the cluster is unknown, not removed', async () => {
    s = scenario((fx) =>
      fx.replace(`${BOOTSTRAP}/prod-01.yaml`, 'targetRevision: stable\n', 'targetRevision: [stable\n'),
    );
    const report = await runDiff(s);
    const prod = report.clusters.find((c) => c.name === 'prod-01')!;
    expect(prod.status).toBe('unknown');
    expect(prod.errors[0]).toMatch(
      /^its bootstrap at head cannot be read: argocd-bootstrap-apps\/prod-01\.yaml:\d+: /,
    );
    expect(report.changedClusters).toEqual([]);
    expect(report.complete).toBe(false);
  });

  it('a bootstrap file really deleted: that cluster is removed, and the report is complete', async () => {
    s = scenario((fx) => fx.remove(`${BOOTSTRAP}/ops-01.yaml`));
    const report = await runDiff(s);
    expect(report.clusters.find((c) => c.name === 'ops-01')!.status).toBe('removed');
    expect(report.errors).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['ops-01']);
  });

  it('a new bootstrap file that Argo CD would refuse: what it deploys is unknown, at the report level', async () => {
    s = scenario((fx) =>
      fx.write(
        `${BOOTSTRAP}/qa-01.yaml`,
        fx
          .read(`${BOOTSTRAP}/dev-01.yaml`)
          .replaceAll('dev-01', 'qa-01')
          .replace('    path: charts/app-of-apps\n', ''),
      ),
    );
    const report = await runDiff(s);
    expect(report.clusters.map((c) => c.name)).not.toContain('qa-01');
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(
      /^a bootstrap file at head cannot be read, what it deploys is unknown: argocd-bootstrap-apps\/qa-01\.yaml:\d+: /,
    );
    expect(report.complete).toBe(false);
    expect(renderDiffMarkdown(report)).not.toContain('No changes');
  });
});
