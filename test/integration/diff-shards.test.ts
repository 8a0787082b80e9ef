/**
 * A diff sharded over jobs, on examples/gitops-repo with real git and real helm: the plan, each part
 * of its matrix, and the merge of the parts is the report one diff job writes (markdown and JSON),
 * but for the count of helm runs (the shards render their own clusters at head again). A missing,
 * duplicated or foreign part makes exactly its clusters unknown, named, and the verdict incomplete.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffAggregate } from '../../src/commands/diff-shard.js';
import { ConfigurationError } from '../../src/errors.js';
import type { DiffReport } from '../../src/diff/model.js';
import { partFileName, PLAN_FILE } from '../../src/diff/shard-model.js';
import { partClusters } from '../../src/diff/shard-split.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffJson } from '../../src/report/diff-text.js';
import { runDiff, scenario, scenarioWith, type Scenario } from '../helpers/diff-scenario.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll } from '../helpers/git.js';
import { shardedDiff, type Sharded } from '../helpers/sharded-diff.js';

const AOA = 'charts/app-of-apps';

/**
 * The sharded report is the single one, but for how often helm ran for clusters: every shard renders
 * its clusters at head again (part 0 rendered all of head, for validation); `goneAtHead` are not.
 */
function expectSameReport(
  sharded: DiffReport,
  single: DiffReport,
  sh: Sharded,
  goneAtHead: string[] = [],
): void {
  const { clustersRendered, ...rest } = sharded.stats;
  const { clustersRendered: singleRendered, ...singleRest } = single.stats;
  expect(rest).toEqual(singleRest);
  const againAtHead = sh.plan.clusters.filter((c) => c.part > 0 && !goneAtHead.includes(c.name)).length;
  expect(clustersRendered - singleRendered).toBe(againAtHead);
  const same = { ...sharded, stats: single.stats };
  expect(renderDiffMarkdown(same)).toBe(renderDiffMarkdown(single));
  expect(renderDiffJson(same)).toBe(renderDiffJson(single));
}

/** An annotation the base's config ignores, set on one component of a cluster. */
function annotate(fx: FixtureRepo, cluster: string, component: string, key: string): void {
  fx.append(`${AOA}/values.${cluster}.yaml`, `\n${component}:\n  annotations:\n    ${key}: changed\n`);
}

describe('a sharded diff merged is the report of one diff job', () => {
  const open: { s?: Scenario; sh?: Sharded }[] = [];
  afterAll(() => {
    for (const o of open) {
      o.s?.fx.cleanup();
      o.sh?.cleanup();
    }
  });

  it('app-of-apps changes in three clusters, in two shards; ops-01 (a bootstrap change only) in part 0', async () => {
    const s = scenarioWith(
      (fx) =>
        fx.append(
          '.github/gitops-promotion.yaml',
          'diff:\n  ignore:\n    annotations: [example.com/first, example.com/second]\n',
        ),
      (fx) => {
        fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
        // A component file would make every cluster compare its Applications: only the app-of-apps changes here.
        fx.append(`${AOA}/values.stag-01.yaml`, '\npromtail:\n  enable: false\n');
        fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: false');
        // Ignored: stag-01 (2nd in the report, shard 2) meets `second` before prod-01 (4th, shard 1) meets `first`.
        annotate(fx, 'stag-01', 'loki', 'example.com/second');
        annotate(fx, 'prod-01', 'kyverno', 'example.com/first');
        fx.replace('argocd-bootstrap-apps/ops-01.yaml', 'selfHeal: true', 'selfHeal: false');
      },
    );
    const o: { s?: Scenario; sh?: Sharded } = { s };
    open.push(o);
    const single = await runDiff(s);
    o.sh = await shardedDiff(s, 2);
    const sh = o.sh;
    expect(sh.plan.shards).toBe(2);
    expect(partClusters(sh.plan, 0)).toEqual(['ops-01']);
    expect(partClusters(sh.plan, 1)).toEqual(['dev-01', 'prod-01']);
    expect(partClusters(sh.plan, 2)).toEqual(['stag-01']);
    // What the comparison is about is there: changes in every part, the ignored counts in one job's order.
    expect(single.changedClusters).toEqual(['dev-01', 'stag-01', 'ops-01', 'prod-01']);
    expect(Object.keys(single.ignored.byRule)).toEqual([
      'annotations:example.com/second',
      'annotations:example.com/first',
    ]);
    expect(single.risks.map((r) => r.kind)).toContain('production-changed');
    expect([single.errors, single.clusters.flatMap((c) => c.errors)]).toEqual([[], []]);
    expectSameReport(sh.report, single, sh);
  });

  it('a component chart change (deep): every cluster in its own shard, a Secret masked, a chart failing at head', async () => {
    const s = scenario((fx) => {
      fx.replace('charts/external-dns/values.yaml', 'apiToken: replace-me', 'apiToken: s3cr3t-v4lue');
      fx.replace(
        'charts/loki/templates/statefulset.yaml',
        '    app.kubernetes.io/instance: {{ .Release.Name }}\nspec:',
        '    app.kubernetes.io/instance: {{ .Release.Name }}\n    app.kubernetes.io/part-of: logging\nspec:',
      );
      fx.append('charts/kyverno/templates/configmap.yaml', '\n{{ fail "kyverno is broken" }}\n');
    });
    const o: { s?: Scenario; sh?: Sharded } = { s };
    open.push(o);
    const single = await runDiff(s);
    o.sh = await shardedDiff(s, 8);
    expect(o.sh.plan.shards).toBe(4);
    expect(partClusters(o.sh.plan, 0)).toEqual([]);
    // One finding for the chart failing on four clusters, each compared by another shard.
    const failing = single.validation.findings.filter((f) => f.message.includes('kyverno is broken'));
    expect(failing).toHaveLength(1);
    expect(failing[0]!.message).toMatch(/\(clusters: dev-01, ops-01, prod-01, stag-01\)$/);
    expect(JSON.stringify(single)).not.toContain('s3cr3t-v4lue');
    expectSameReport(o.sh.report, single, o.sh);
  });

  it('two clusters that fail to render at head: their reason is the full validation one (collapsed over both)', async () => {
    const s = scenario((fx) => {
      fx.write(`${AOA}/templates/boom.yaml`, '{{- if .Values.boom }}{{ fail "boom" }}{{- end }}\n');
      fx.append(`${AOA}/values.stag-01.yaml`, '\nboom: true\n');
      fx.append(`${AOA}/values.prod-01.yaml`, '\nboom: true\n');
    });
    const o: { s?: Scenario; sh?: Sharded } = { s };
    open.push(o);
    const single = await runDiff(s);
    o.sh = await shardedDiff(s, 4);
    const stag = single.clusters.find((c) => c.name === 'stag-01')!;
    expect(stag.status).toBe('unknown');
    expect(stag.errors[0]).toMatch(/^cannot render at head: .*\(clusters: prod-01, stag-01\)$/);
    // The part alone saw only its own cluster: the merge says it as one job does.
    const part = o.sh.parts.find((p) => p.clusters.includes('stag-01'))!;
    expect(part.report.clusters[0]!.errors[0]).not.toBe(stag.errors[0]);
    expectSameReport(o.sh.report, single, o.sh);
  });

  it('nothing that renders changed: part 0 alone (0/0), and the verdict says how it is known', async () => {
    const s = scenario((fx) => fx.write('README.md', 'not part of any render\n'));
    const o: { s?: Scenario; sh?: Sharded } = { s };
    open.push(o);
    const single = await runDiff(s);
    o.sh = await shardedDiff(s, 5);
    expect(o.sh.plan.matrix.include).toEqual([{ shard: '0/0', part: 0 }]);
    expect(renderDiffMarkdown(single)).toContain('**No render input changed** in 4 clusters');
    expectSameReport(o.sh.report, single, o.sh);
  });

  it('a cluster added and one removed', async () => {
    const s = scenario((fx) => {
      fx.write(
        'argocd-bootstrap-apps/dev-02.yaml',
        fx.read('argocd-bootstrap-apps/dev-01.yaml').replaceAll('dev-01', 'dev-02'),
      );
      fx.write(
        `${AOA}/values.dev-02.yaml`,
        fx.read(`${AOA}/values.dev-01.yaml`).replaceAll('dev-01', 'dev-02'),
      );
      fx.remove('argocd-bootstrap-apps/ops-01.yaml');
    });
    const o: { s?: Scenario; sh?: Sharded } = { s };
    open.push(o);
    const single = await runDiff(s);
    o.sh = await shardedDiff(s, 3);
    expect(single.clusters.map((c) => [c.name, c.status])).toEqual(
      expect.arrayContaining([
        ['dev-02', 'added'],
        ['ops-01', 'removed'],
      ]),
    );
    expectSameReport(o.sh.report, single, o.sh, ['ops-01']);
  });
});

describe('parts missing, duplicated or foreign', () => {
  let s: Scenario;
  let sh: Sharded;
  let single: DiffReport;
  let other: Sharded;
  let work: string;

  beforeAll(async () => {
    s = scenario((fx) => {
      fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
      fx.append(`${AOA}/values.stag-01.yaml`, '\npromtail:\n  enable: false\n');
      fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: false');
    });
    single = await runDiff(s);
    sh = await shardedDiff(s, 3);
    // The same pull request one commit later: parts of another plan.
    s.fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 3d', 'retention: 4d');
    const later = { ...s, head: commitAll(s.fx.dir, s.env, 'later') };
    other = await shardedDiff(later, 3);
    work = path.join(sh.dir, '..', `${path.basename(sh.dir)}-work`);
  }, 120_000);
  afterAll(() => {
    s.fx.cleanup();
    sh.cleanup();
    other.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  /** The parts' directory as downloaded, changed by `edit`, merged. */
  async function mergedAfter(edit: (dir: string) => void): Promise<DiffReport> {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    copyFileSync(path.join(sh.dir, PLAN_FILE), path.join(work, PLAN_FILE));
    for (const p of sh.parts)
      copyFileSync(path.join(sh.dir, partFileName(p.shard)), path.join(work, partFileName(p.shard)));
    edit(work);
    return diffAggregate(work);
  }

  const file = (index: number) => partFileName({ index, count: 3 });

  it('the plan: dev-01, stag-01 and prod-01 each in a shard, ops-01 in part 0', () => {
    expect(sh.plan.clusters.map((c) => [c.name, c.part])).toEqual([
      ['dev-01', 1],
      ['stag-01', 2],
      ['ops-01', 0],
      ['prod-01', 3],
    ]);
    expect([sh.report.errors, sh.report.clusters.flatMap((c) => c.errors)]).toEqual([[], []]);
  });

  it('all parts there: complete, as one job', async () => {
    const r = await mergedAfter(() => undefined);
    expect(r.complete).toBe(true);
    expect(renderDiffJson({ ...r, stats: single.stats })).toBe(renderDiffJson(single));
  });

  it('a missing shard: its cluster is unknown, named, and the verdict says incomplete', async () => {
    const r = await mergedAfter((dir) => rmSync(path.join(dir, file(2))));
    expect(r.complete).toBe(false);
    const stag = r.clusters.find((c) => c.name === 'stag-01')!;
    expect(stag).toMatchObject({
      status: 'unknown',
      errors: ['not compared: the part of shard 2/3 is missing'],
    });
    // The others are as one job says them.
    for (const name of ['dev-01', 'ops-01', 'prod-01'])
      expect(r.clusters.find((c) => c.name === name)).toEqual(single.clusters.find((c) => c.name === name));
    expect(r.changedClusters).toEqual(['dev-01', 'prod-01']);
    const md = renderDiffMarkdown(r);
    expect(md).toContain('**Incomplete**: 1 of 4 clusters could not be fully compared (**stag-01**)');
    expect(md).toContain('- **stag-01**: not compared: the part of shard 2/3 is missing');
    expect(md).not.toMatch(/No changes/);
  });

  it('every shard missing (part 0 only): nothing is said to change or not', async () => {
    const r = await mergedAfter((dir) => [1, 2, 3].forEach((i) => rmSync(path.join(dir, file(i)))));
    expect(r.complete).toBe(false);
    expect(r.changed).toBe(false);
    expect(r.clusters.filter((c) => c.status === 'unknown').map((c) => c.name)).toEqual([
      'dev-01',
      'stag-01',
      'prod-01',
    ]);
    expect(renderDiffMarkdown(r)).toMatch(
      /\*\*Incomplete\*\*: 3 of 4 clusters could not be fully compared.*no change is proven/,
    );
  });

  it('a duplicated shard: neither copy is used, its cluster is unknown, and the report says which files', async () => {
    const r = await mergedAfter((dir) => {
      mkdirSync(path.join(dir, 'gitops-diff-part-1'));
      copyFileSync(path.join(dir, file(1)), path.join(dir, 'gitops-diff-part-1', file(1)));
    });
    expect(r.complete).toBe(false);
    expect(r.clusters.find((c) => c.name === 'dev-01')).toMatchObject({
      status: 'unknown',
      errors: [
        'not compared: the part of shard 1/3 is there 2 times, and which one holds its diff is not known',
      ],
    });
    expect(r.errors).toEqual([
      `shard 1/3 is there 2 times (gitops-diff-part-1/${file(1)}, ${file(1)}): none of them is used`,
    ]);
    expect(r.changedClusters).toEqual(['stag-01', 'prod-01']);
  });

  it("a part of another plan (the next commit's) in place of one: not used, its cluster unknown", async () => {
    const r = await mergedAfter((dir) =>
      copyFileSync(path.join(other.dir, file(1)), path.join(dir, file(1))),
    );
    expect(r.complete).toBe(false);
    const dev = r.clusters.find((c) => c.name === 'dev-01')!;
    expect(dev.status).toBe('unknown');
    expect(dev.errors[0]).toMatch(
      /^not compared: the part of shard 1\/3 is of another plan \([0-9a-f]{12}, not [0-9a-f]{12}\)$/,
    );
    expect(r.errors[0]).toMatch(new RegExp(`^${file(1)} \\(shard 1/3\\) is of another plan .*: not used$`));
    // What the foreign part says (retention 4d) is nowhere in the report.
    expect(JSON.stringify(r)).not.toContain('4d');
  });

  it('a plan of another head than the pull request it is posted for: no part used, every cluster unknown with why', async () => {
    // What the merge is given by the pull request event after a push: `other`'s head, with sh's plan and parts.
    const r = await diffAggregate(sh.dir, { base: null, head: other.plan.head.sha });
    expect(r.complete).toBe(false);
    expect(r.changed).toBe(false);
    expect(r.changedClusters).toEqual([]);
    const why = `plan.json compares ${sh.plan.base.sha.slice(0, 12)}..${sh.plan.head.sha.slice(0, 12)}, not the head of this pull request (${other.plan.head.sha.slice(0, 12)})`;
    expect(r.errors[0]).toContain(why);
    for (const c of r.clusters) {
      expect(c.status).toBe('unknown');
      expect(c.errors[0]).toContain(why);
    }
    expect(r.validation.unknown).toBeDefined();
    expect(renderDiffMarkdown(r)).not.toMatch(/No changes/);
    // The head it was planned for: merged as before.
    expect((await diffAggregate(sh.dir, { base: sh.plan.base.sha, head: sh.plan.head.sha })).complete).toBe(
      true,
    );
    expect((await diffAggregate(sh.dir, { base: other.plan.head.sha, head: null })).complete).toBe(false);
  });

  it('a part that claims the plan but holds other clusters: not used', async () => {
    const r = await mergedAfter((dir) => {
      const part = JSON.parse(readFileSync(path.join(dir, file(2)), 'utf8')) as { clusters: string[] };
      part.clusters = ['dev-01'];
      writeFileSync(path.join(dir, file(2)), JSON.stringify(part));
    });
    expect(r.clusters.find((c) => c.name === 'stag-01')!.errors).toEqual([
      'not compared: the part of shard 2/3 does not hold the clusters the plan gives it',
    ]);
    expect(r.clusters.find((c) => c.name === 'dev-01')).toEqual(
      single.clusters.find((c) => c.name === 'dev-01'),
    );
  });

  it('a part file that is not a part: said, and its cluster missing', async () => {
    const r = await mergedAfter((dir) =>
      writeFileSync(path.join(dir, file(3)), '{"version": 1, "kind": "x"'),
    );
    expect(r.errors).toEqual([`${file(3)} is not a part of this diff (not JSON): not used`]);
    expect(r.clusters.find((c) => c.name === 'prod-01')!.errors).toEqual([
      'not compared: the part of shard 3/3 is missing',
    ]);
  });

  it('part 0 missing: validation at head is unknown, never "no errors"', async () => {
    const r = await mergedAfter((dir) => rmSync(path.join(dir, file(0))));
    expect(r.complete).toBe(false);
    expect(r.validation.unknown).toBe(
      'the part of shard 0/3 (head rendered and validated in full) is not there',
    );
    expect(r.clusters.find((c) => c.name === 'ops-01')!.status).toBe('unknown');
    const md = renderDiffMarkdown(r);
    expect(md).toContain('❓ validation at head: unknown (the part of shard 0/3');
    expect(md).not.toContain('validation at head: no errors');
    expect(r.controlPlane.reason).toMatch(/^not known: the part of shard 0\/3/);
  });

  it('no plan, or a plan whose id is not its content: a configuration error, nothing merged', async () => {
    await expect(mergedAfter((dir) => rmSync(path.join(dir, PLAN_FILE)))).rejects.toThrow(
      /no plan\.json under/,
    );
    await expect(
      mergedAfter((dir) => {
        const plan = JSON.parse(readFileSync(path.join(dir, PLAN_FILE), 'utf8')) as {
          clusters: { part: number }[];
        };
        plan.clusters[0]!.part = 2;
        writeFileSync(path.join(dir, PLAN_FILE), JSON.stringify(plan));
      }),
    ).rejects.toThrow(ConfigurationError);
  });
});
