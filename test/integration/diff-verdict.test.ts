import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { validate } from '../../src/commands/validate.js';
import type { DiffReport } from '../../src/diff/model.js';
import type { Finding } from '../../src/findings.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { runDiff, runDiffCli, scenario, scenarioWith, type Scenario } from '../helpers/diff-scenario.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { git } from '../helpers/git.js';
import { helmBinary, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/** Diff's verdict on head is validate's verdict at head, repo-wide findings included (issue 8, item 5). */

const BOOTSTRAP = 'argocd-bootstrap-apps';
const CONFIG = '.github/gitops-promotion.yaml';
/** A defect in a cluster the pull requests below do not touch: there at base and at head. */
const PROD_DEFECT = (fx: FixtureRepo) =>
  fx.append(
    'charts/app-of-apps/values.prod-01.yaml',
    '\nloki:\n  annotations:\n    argocd.argoproj.io/sync-wave: "later"\n',
  );
const DEV_CHANGE = (fx: FixtureRepo) =>
  fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');

/** validate (the engine, as the CLI runs it) on the working tree, which is at head. */
async function validateHead(s: Scenario): Promise<Finding[]> {
  expect(git(s.fx.dir, s.env, 'rev-parse', 'HEAD')).toBe(s.head);
  const r = await validate({
    repoDir: s.fx.dir,
    git: createGit(s.fx.dir),
    helm: testHelm(),
    logger: new RecordingLogger(),
  });
  return r.findings;
}

async function expectSameVerdict(s: Scenario): Promise<{ findings: Finding[]; report: DiffReport }> {
  const [report, findings] = await Promise.all([runDiff(s), validateHead(s)]);
  expect(report.validation.findings).toEqual(findings);
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  expect([report.validation.errors, report.validation.warnings]).toEqual([count('error'), count('warning')]);
  return { findings, report };
}

describe("diff's findings at head are validate's at head", () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a defect in a cluster the pull request does not touch is in the verdict too', async () => {
    s = scenarioWith(PROD_DEFECT, DEV_CHANGE);
    const { findings, report } = await expectSameVerdict(s);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cluster])).toEqual([
      ['sync-wave-format', 'prod-01'],
    ]);
    expect(report.changedClusters).toEqual(['dev-01']);
    expect(renderDiffMarkdown(report)).toContain('❌ validation at head: 1 error');
  });

  it('nothing changes but validate fails at head: never "No changes"', async () => {
    s = scenarioWith(PROD_DEFECT, (fx) => fx.write('README.md', 'docs only\n'));
    const { report } = await expectSameVerdict(s);
    expect([report.complete, report.changed]).toEqual([true, false]);
    const md = renderDiffMarkdown(report);
    expect(md).toContain(
      '❌ **Validation at head fails** (1 error); no render input changed in 4 clusters: the same git object ids at both refs.',
    );
    expect(md).not.toContain('No changes');
  });

  it('no cluster found at head', async () => {
    s = scenario((fx) => fx.remove(BOOTSTRAP));
    const { findings } = await expectSameVerdict(s);
    expect(findings.map((f) => f.rule)).toContain('bootstrap-invalid');
  });

  it('a bootstrap Application at head that Argo CD would refuse', async () => {
    s = scenario((fx) =>
      fx.replace(
        `${BOOTSTRAP}/dev-01.yaml`,
        '    path: charts/app-of-apps\n',
        '    path: [charts/app-of-apps]\n',
      ),
    );
    const { findings } = await expectSameVerdict(s);
    expect(findings.some((f) => f.severity === 'error' && f.file === `${BOOTSTRAP}/dev-01.yaml`)).toBe(true);
  });

  it('a new bootstrap file that does not parse', async () => {
    s = scenario((fx) => fx.write(`${BOOTSTRAP}/qa-01.yaml`, 'kind: Application\nmetadata: [\n'));
    const { findings } = await expectSameVerdict(s);
    expect(findings.some((f) => f.rule === 'yaml-syntax' && f.file === `${BOOTSTRAP}/qa-01.yaml`)).toBe(true);
  });

  it("a component chart that fails at head: validate's findings plus that one error, nothing else", async () => {
    s = scenario((fx) =>
      fx.append('charts/loki/templates/statefulset.yaml', '{{ fail "no storage class" }}\n'),
    );
    const [report, findings] = await Promise.all([runDiff(s), validateHead(s)]);
    const extra = report.validation.findings.filter(
      (f) => !findings.some((g) => JSON.stringify(g) === JSON.stringify(f)),
    );
    expect(extra.map((f) => [f.rule, f.message.split(':')[0]])).toEqual([
      ['helm-template', 'component chart charts/loki does not render'],
    ]);
    expect(report.validation.findings).toHaveLength(findings.length + 1);
  });
});

describe('a config at head that validate refuses is refused by diff the same way', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('an invalid config file', async () => {
    s = scenario((fx) => fx.append(CONFIG, 'rules:\n  no-such-rule: off\n'));
    const v = await validateHead(s).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(v).toMatch(/unknown rule "no-such-rule"/);
    await expect(runDiff(s)).rejects.toThrow(v!);
    const run = await runDiffCli(s);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule "no-such-rule"');
  });

  it('a config that finds no cluster at head: exit 2, and validate fails the same way', async () => {
    s = scenario((fx) => fx.append(CONFIG, 'bootstrap:\n  glob: clusters/*.yaml\n'));
    const { findings, report } = await expectSameVerdict(s);
    expect(findings[0]).toMatchObject({ rule: 'bootstrap-invalid', file: CONFIG, line: 1 });
    expect(report.complete).toBe(false);
    expect(report.errors).toEqual([
      'no cluster found at head (no bootstrap Application matches clusters/*.yaml and the config declares no clusters)',
    ]);
    expect((await runDiffCli(s, '--exit-code')).code).toBe(2);
  });
});

describe('the CLIs agree', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('`validate --format json` at head and `diff --format json` list the same findings', async () => {
    s = scenarioWith(PROD_DEFECT, DEV_CHANGE);
    const out = { stdout: '' };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: () => undefined,
      cwd: s.fx.dir,
      env: { ...s.env, HELM: helmBinary() },
    };
    expect(await runCli(['validate', '--format', 'json'], io)).toBe(1);
    const validated = JSON.parse(out.stdout) as { findings: Finding[]; counts: { error: number } };
    const diffed = await runDiffCli(s, '--format', 'json');
    expect(diffed.code).toBe(0);
    const report = JSON.parse(diffed.stdout) as { validation: { findings: Finding[]; errors: number } };
    expect(report.validation.findings).toEqual(validated.findings);
    expect(report.validation.errors).toBe(validated.counts.error);
  });
});
