import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';

describe('a helm error names the template line, whatever the chart directory is called', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('a chart at the repository root (helm names its templates after Chart.yaml, not the directory)', async () => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures/root-chart-repo'));
    fx.write('templates/broken.yaml', '# a comment\n{{ fail "boom" }}\n');
    const r = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    const f = r.findings.find((x) => x.rule === 'helm-template')!;
    expect([f.file, f.line]).toEqual(['templates/broken.yaml', 2]);
  });

  it('a chart whose Chart.yaml name differs from its directory', async () => {
    fx = new FixtureRepo();
    fx.replace('charts/app-of-apps/Chart.yaml', 'name: app-of-apps', 'name: platform-apps');
    fx.write('charts/app-of-apps/templates/broken.yaml', '\n\n{{ fail "boom" }}\n');
    const r = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    const f = r.findings.find((x) => x.rule === 'helm-template')!;
    expect([f.file, f.line]).toEqual(['charts/app-of-apps/templates/broken.yaml', 3]);
  });
});

describe("a helm error is helm's error, without the notes helm logs before it", () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  // Helm 4 logs these as `level=WARN msg="this chart is deprecated"` and `level=INFO msg="warning: skipped
  // value for …"`, Helm 3 as `WARNING: This chart is deprecated` and `coalesce.go:…: warning: …`.
  it.each(HELM_MAJORS)(
    'helm %i: a deprecated chart with a skipped value whose template fails',
    async (major) => {
      fx = new FixtureRepo();
      fx.append('charts/app-of-apps/Chart.yaml', 'deprecated: true\n');
      fx.append('charts/app-of-apps/values.yaml', '\nextraList: [1]\n');
      fx.append('charts/app-of-apps/values.dev-01.yaml', '\nextraList:\n  x: 1\n');
      fx.write('charts/app-of-apps/templates/broken.yaml', '{{ fail "boom" }}\n');
      const r = await validate({
        repoDir: fx.dir,
        git: createGit(fx.dir),
        helm: testHelm(major),
        logger: new RecordingLogger(),
      });
      const failures = r.findings.filter((x) => x.rule === 'helm-template');
      // dev-01's helm also logged the skipped value: still the same error as the other clusters', so one finding.
      expect(failures.map((f) => [f.message, f.file, f.line])).toEqual([
        [
          'helm template failed: execution error at (app-of-apps/templates/broken.yaml:1:3): boom' +
            ' (clusters: dev-01, ops-01, prod-01, stag-01)',
          'charts/app-of-apps/templates/broken.yaml',
          1,
        ],
      ]);
    },
  );
});

describe("diff: a component chart's helm error is helm's error, without the notes logged before it", () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a deprecated component chart whose template fails at head (Helm 4 logs level=WARN first)', async () => {
    s = scenario((fx) => {
      fx.append('charts/loki/Chart.yaml', 'deprecated: true\n');
      fx.append('charts/loki/templates/statefulset.yaml', '{{ fail "no storage class" }}\n');
    });
    const report = await runDiff(s);
    const failures = report.validation.findings.filter((f) => f.message.startsWith('component chart'));
    expect(failures.map((f) => f.message.replace(/ \(clusters: [^()]*\)$/, ''))).toEqual([
      'component chart charts/loki does not render: helm template failed: execution error at (loki/templates/statefulset.yaml:' +
        `${s.fx.lineOf('charts/loki/templates/statefulset.yaml', 'no storage class')}:3): no storage class` +
        ' (4 Applications: dev-01-loki, ops-01-loki, prod-01-loki and 1 more)',
    ]);
  });
});
