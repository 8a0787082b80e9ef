import { readFileSync, renameSync } from 'node:fs';
import { createGit } from '../../src/git/git.js';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { runDiff, runDiffCli, scenarioWith, type Scenario } from '../helpers/diff-scenario.js';
import { EXAMPLE_REPO, type FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/** Adoption and history: each side's config, and a base from before the config read with head's (issue 8, item 6). */

const CONFIG = '.github/gitops-promotion.yaml';
const EXAMPLE_CONFIG = readFileSync(path.join(EXAMPLE_REPO, CONFIG), 'utf8');
const NO_CONFIG = (fx: FixtureRepo) => fx.remove(CONFIG);
const DEV_CHANGE = (fx: FixtureRepo) =>
  fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
const BORROWED = `Base has no config file; it was read with head's ${CONFIG}, so both sides are read alike.`;

describe('each side with its own config, or none', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('no config at either ref: zero-config on both sides, and head validates as validate does', async () => {
    s = scenarioWith(NO_CONFIG, DEV_CHANGE);
    const report = await runDiff(s);
    expect([report.complete, report.changedClusters, report.notes]).toEqual([true, ['dev-01'], []]);
    const validated = await validate({
      repoDir: s.fx.dir,
      git: createGit(s.fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(report.validation.findings).toEqual(validated.findings);
    expect((await runDiffCli(s, '--exit-code')).code).toBe(1);
  });

  it('the config removed at head: head is read zero-config, base with its own; nothing else changes', async () => {
    s = scenarioWith(
      () => undefined,
      (fx) => {
        NO_CONFIG(fx);
        DEV_CHANGE(fx);
      },
    );
    const report = await runDiff(s);
    expect([report.complete, report.changedClusters, report.notes]).toEqual([true, ['dev-01'], []]);
    // The config's object id changed: every cluster was rendered at both refs and compared.
    expect(report.stats.clustersSkipped).toBe(0);
    expect(report.clusters.map((c) => c.status)).toEqual(['changed', 'unchanged', 'unchanged', 'unchanged']);
  });
});

describe("a base from before the config existed is read with head's config, and the report says so", () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('the pull request that adds the config compares like with like: no change, proven, a note', async () => {
    s = scenarioWith(NO_CONFIG, (fx) => fx.write(CONFIG, EXAMPLE_CONFIG));
    const report = await runDiff(s);
    expect(report.notes).toEqual([BORROWED]);
    expect([report.complete, report.changed, report.errors]).toEqual([true, false, []]);
    // Same config on both sides, so the clusters' inputs are equal: proven without rendering base.
    expect(report.stats.clustersSkipped).toBe(4);
    const md = renderDiffMarkdown(report);
    expect(md).toContain(`> ℹ️ ${BORROWED}`);
    expect(md).toContain('**No render input changed** in 4 clusters: the same git object ids at both refs.');
    const run = await runDiffCli(s, '--exit-code');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`note: ${BORROWED}\n`);
  });

  it('a layout only the new config describes: the clusters are found at both refs, not "added"', async () => {
    s = scenarioWith(
      (fx) => {
        NO_CONFIG(fx);
        renameSync(fx.path('argocd-bootstrap-apps'), fx.path('clusters'));
      },
      (fx) => {
        fx.write(CONFIG, 'bootstrap:\n  glob: clusters/*.yaml\n');
        DEV_CHANGE(fx);
      },
    );
    const report = await runDiff(s);
    expect(report.notes).toEqual([BORROWED]);
    expect(report.clusters.map((c) => [c.name, c.status])).toEqual([
      ['dev-01', 'changed'],
      ['stag-01', 'unchanged'],
      ['ops-01', 'unchanged'],
      ['prod-01', 'unchanged'],
    ]);
    expect(report.complete).toBe(true);
  });

  it('clusters that only the defaults find at base are named, and the diff is incomplete', async () => {
    s = scenarioWith(NO_CONFIG, (fx) =>
      fx.write(CONFIG, 'bootstrap:\n  glob: argocd-bootstrap-apps/dev-*.yaml\n'),
    );
    const report = await runDiff(s);
    expect(report.clusters.map((c) => c.name)).toEqual(['dev-01']);
    expect(report.notes).toEqual([BORROWED]);
    expect(report.complete).toBe(false);
    expect(report.errors).toEqual([
      "base, read without a config, also has stag-01, ops-01, prod-01, which head's config finds at neither ref: not compared",
    ]);
    expect((await runDiffCli(s, '--exit-code')).code).toBe(2);
  });

  it("a config at base that no longer loads: base is read with head's, and the note says why", async () => {
    s = scenarioWith(
      (fx) => fx.append(CONFIG, 'rules:\n  no-such-rule: off\n'),
      (fx) => fx.write(CONFIG, EXAMPLE_CONFIG),
    );
    const report = await runDiff(s);
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatch(
      new RegExp(
        `^The config at base is invalid \\(${CONFIG.replaceAll('.', '\\.')}:\\d+: unknown rule "no-such-rule".*\\); base was read with head's ${CONFIG.replaceAll('.', '\\.')}\\.$`,
      ),
    );
    expect([report.complete, report.changed]).toEqual([true, false]);
  });
});

describe('what the diff shows never comes from head alone', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a head config (base has none) that turns deep off and ignores fields hides nothing; its production list adds risks', async () => {
    s = scenarioWith(NO_CONFIG, (fx) => {
      fx.write(
        CONFIG,
        'diff:\n  deep: false\n  productionEnvironments: [dev]\n  ignore:\n    paths: ["/spec/source/helm"]\n',
      );
      fx.replace('charts/monitoring/values.yaml', 'tag: v2.54.1', 'tag: v2.55.0');
      DEV_CHANGE(fx);
    });
    const report = await runDiff(s);
    expect(report.notes).toEqual([BORROWED]);
    expect(report.ignored.total).toBe(0);
    const dev = report.clusters.find((c) => c.name === 'dev-01')!;
    const monitoring = dev.apps.find((a) => a.name === 'dev-01-monitoring')!;
    expect(monitoring.fields.map((f) => f.path)).toEqual(['spec.source.helm.values.prometheus.retention']);
    expect(monitoring.deep.state).toBe('rendered');
    const risks = report.risks.filter((r) => r.kind === 'production-changed').map((r) => r.cluster);
    // dev is production by head's list, prod by the defaults: head adds, it cannot take away.
    expect(risks).toEqual(['dev-01', 'ops-01', 'prod-01']);
  });
});
