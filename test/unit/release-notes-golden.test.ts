import { describe, expect, it } from 'vitest';
import type { AppChange, ClusterDiff, DiffReport } from '../../src/diff/model.js';
import type { ProductionDiff, ReleaseResult, WaveDiff } from '../../src/release/model.js';
import { notesStamp, readNotesStamp } from '../../src/release/notes-stamp.js';
import { RELEASE_BODY_MAX_CHARS } from '../../src/report/budget.js';
import { DIFF_ASSET, renderReleaseNotes } from '../../src/report/release-report.js';
import { expectGolden } from '../helpers/golden.js';
import { fencedBlocks, mentions, outsideCode, rowCells } from '../helpers/markdown-structure.js';

const sha = (c: string) => c.repeat(40);
const REPO = 'https://github.com/example-org/gitops-repo';
const LINKS = { repoUrl: REPO, runUrl: `${REPO}/actions/runs/42` };
/** The production diff of wave 1 (stable), from the previous release. */
const stable = (diff: ProductionDiff): WaveDiff[] => [{ tags: ['stable'], base: sha('a'), diff }];

/** stable-v1.4.0: stable moved (verified), ops-stable held for a later run. */
const released: ReleaseResult = {
  outcome: 'released',
  released: true,
  releaseVersion: '1.4.0',
  versionTag: 'stable-v1.4.0',
  newTag: true,
  previousReleaseVersion: '1.3.0',
  previousVersionTag: 'stable-v1.3.0',
  from: 'staging',
  candidate: sha('c'),
  sha: sha('c'),
  previousSha: sha('a'),
  waves: [
    {
      wave: 1,
      tag: 'stable',
      clusters: ['prod-01'],
      previous: sha('a'),
      sha: sha('c'),
      state: 'moved',
      gates: null,
      verification: {
        state: 'verified',
        waitedMs: 40_000,
        apps: [
          {
            name: 'prod-01-loki',
            cluster: 'prod-01',
            sync: 'Synced',
            health: 'Healthy',
            revisions: [sha('c')],
            state: 'ok',
            why: `Synced at ${sha('c').slice(0, 7)} and Healthy`,
          },
          {
            name: 'prod-01-cert-manager',
            cluster: 'prod-01',
            sync: 'Synced',
            health: 'Healthy',
            revisions: [sha('c')],
            state: 'ok',
            why: `Synced at ${sha('c').slice(0, 7)} and Healthy`,
          },
        ],
      },
    },
    {
      wave: 2,
      tag: 'ops-stable',
      clusters: ['ops-01'],
      previous: sha('a'),
      sha: sha('a'),
      state: 'held',
      gates: null,
      verification: null,
    },
  ],
  commits: [
    {
      sha: sha('b'),
      author: 'Ada',
      date: '2026-11-30T10:00:00Z',
      subject: 'loki: wave 4 (#12)',
      pullRequest: 12,
    },
    {
      sha: sha('c'),
      author: 'Linus',
      date: '2026-11-30T11:00:00Z',
      subject: 'cert-manager: 1.16',
      pullRequest: null,
    },
  ],
  gates: [
    { id: 'validation', status: 'pass', why: 'no validation errors' },
    { id: 'checks', status: 'pass', why: '2 checks succeeded' },
    { id: 'soak', status: 'pass', why: '26h since deployed to staging (needs 24h)' },
    { id: 'argocd', status: 'pass', why: '2 Applications Synced at ccccccc and Healthy' },
    { id: 'labels', status: 'pass', why: 'no open issue or pull request labelled promotion-blocker' },
    { id: 'freeze', status: 'skipped', why: 'no freeze windows configured' },
  ],
  skipGatesReason: null,
  hotfix: null,
  firstRelease: false,
  resumed: false,
  notesRefresh: null,
  reason: 'weekly release',
  actor: 'release-bot',
  release: null,
  rollback: null,
  message: `released stable-v1.4.0 at ${sha('c').slice(0, 7)}: stable; not yet: ops-stable (a later run continues)`,
};

function app(cluster: string, component: string, unified: string): AppChange {
  return {
    kind: 'Application',
    cluster,
    name: `${cluster}-${component}`,
    namespace: 'argocd',
    status: 'modified',
    fields: [{ path: 'spec.syncPolicy.syncOptions', old: ['CreateNamespace=true'], new: [] }],
    unified,
    deep: { state: 'not-applicable' },
  };
}

const unifiedOf = (name: string, lines: number) =>
  [
    `--- a/${name}.yaml`,
    `+++ b/${name}.yaml`,
    `@@ -1,${lines} +1,${lines} @@`,
    ...Array.from(
      { length: lines },
      (_, i) => `-  line${i}: old value of ${name}\n+  line${i}: new value of ${name}`,
    ),
  ].join('\n');

function cluster(name: string, apps: AppChange[]): ClusterDiff {
  return {
    name,
    env: 'prod',
    status: 'changed',
    apps,
    objects: [],
    counts: { added: 0, removed: 0, modified: apps.length },
    compared: apps.length + 3,
    errors: [],
  };
}

/** The diff engine's report between the releases: `perCluster` changed Applications each of `lines` lines. */
function report(perCluster: number, lines: number): DiffReport {
  const clusters = ['ops-01', 'prod-01'].map((c) =>
    cluster(
      c,
      Array.from({ length: perCluster }, (_, i) =>
        app(c, `component-${i}`, unifiedOf(`${c}-component-${i}`, lines)),
      ),
    ),
  );
  return {
    base: { ref: 'stable-v1.3.0', sha: sha('a') },
    head: { ref: 'stable-v1.4.0', sha: sha('c') },
    complete: true,
    errors: [],
    notes: [],
    changed: true,
    changedClusters: ['ops-01', 'prod-01'],
    clusters,
    risks: [
      {
        kind: 'production-changed',
        cluster: 'prod-01',
        application: 'prod-01-component-0',
        message: 'changes a production cluster',
      },
      {
        kind: 'sync-wave-changed',
        cluster: 'ops-01',
        application: 'ops-01-component-0',
        message: 'sync wave 5 → 4',
      },
    ],
    validation: { errors: 0, warnings: 0, findings: [] },
    controlPlane: { kind: 'single', source: 'config', reason: 'controlPlane: single in the config' },
    ignored: { total: 0, byRule: {} },
    stats: { clustersRendered: 4, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 },
  };
}

const diffed = (r: DiffReport): ProductionDiff => ({ state: 'diffed', report: r });
const appNames = (r: DiffReport) => r.clusters.flatMap((c) => c.apps.map((a) => a.name));

/** What every part of the notes must keep: the release's header, its gates and commits, the risks. */
function expectHeadKept(body: string): void {
  // The first line is the stamp of the waves a later run reads (a comment GitHub does not show).
  expect(body.split('\n', 1)[0]).toBe(notesStamp(released.waves));
  expect(readNotesStamp(body)).toEqual([
    { tag: 'stable', sha: sha('c'), verification: 'verified' },
    { tag: 'ops-stable', sha: sha('a'), verification: null },
  ]);
  expect(body.slice(body.indexOf('\n') + 1).startsWith('## gitops-promotion release `stable-v1.4.0`\n')).toBe(
    true,
  );
  for (const part of [
    '**Reason:** weekly release',
    '### Waves',
    '#### Verification of wave 1 (`stable`)',
    '### Gates',
    '### Commits since `stable-v1.3.0` (2)',
    `[#12](${REPO}/pull/12)`,
    '### What changes in production',
    '### ⚠️ Risks',
    'changes a production cluster',
    'sync wave 5 → 4',
  ])
    expect(body).toContain(part);
}

describe('release notes (golden)', () => {
  it('a release with linked commits, gates, a moved and a held wave, a verification, a small production diff', () => {
    const { body, asset } = renderReleaseNotes(released, stable(diffed(report(1, 2))), LINKS);
    expect(asset).toBeNull();
    expectHeadKept(body);
    expect(body).not.toContain(DIFF_ASSET);
    expectGolden('release-notes.md', body);
  });

  it('a production diff longer than the notes: its start, a notice naming the asset, the whole diff in the asset', () => {
    const big = report(12, 30);
    const max = 8_000;
    const { body, asset } = renderReleaseNotes(released, stable(diffed(big)), LINKS, max);
    expect(body.length).toBeLessThanOrEqual(max);
    expect(body).toContain(`the whole diff is attached to this release as \`${DIFF_ASSET}\``);
    expectHeadKept(body);
    expect(asset).not.toBeNull();
    expect(asset!.length).toBeGreaterThan(max);
    for (const name of appNames(big)) expect(asset).toContain(`<code>${name}</code>`);
    // The notes end in the diff's start, not in a continuation pointer of PR comments.
    expect(body).not.toMatch(/Continued in|part \d+ of/);
    expect(fencedBlocks(body).every((b) => b.close >= 0)).toBe(true);
    expectGolden('release-notes-overflow.md', body);
  });

  it("at GitHub's limit, a very large production diff: the notes fit, the asset holds every Application", () => {
    const huge = report(150, 40);
    const { body, asset } = renderReleaseNotes(released, stable(diffed(huge)), LINKS);
    expect(body.length).toBeLessThanOrEqual(RELEASE_BODY_MAX_CHARS);
    expect(body.length).toBeGreaterThan(RELEASE_BODY_MAX_CHARS / 2);
    expectHeadKept(body);
    expect(body).toContain(DIFF_ASSET);
    expect(asset!.length).toBeGreaterThan(5 * RELEASE_BODY_MAX_CHARS);
    for (const name of appNames(huge)) expect(asset).toContain(`<code>${name}</code>`);
    expect(fencedBlocks(body).every((b) => b.close >= 0)).toBe(true);
  });

  it("at GitHub's limit, a header too long itself (a big verification, many long commits, a huge reason): it is shortened, the diff keeps its start", () => {
    const check = (i: number, state: 'ok' | 'waiting') => ({
      name: `prod-01-component-with-a-long-name-${i}`,
      cluster: 'prod-01',
      sync: 'Synced',
      health: state === 'ok' ? 'Healthy' : 'Degraded',
      revisions: [sha('c')],
      state,
      why: state === 'ok' ? 'Synced at ccccccc and Healthy' : 'Degraded',
    });
    const apps = Array.from({ length: 800 }, (_, i) => check(i, i === 500 || i === 700 ? 'waiting' : 'ok'));
    const big: ReleaseResult = {
      ...released,
      waves: [{ ...released.waves[0]!, verification: { state: 'verified', waitedMs: 1_000, apps } }],
      commits: Array.from({ length: 400 }, (_, i) => ({
        sha: i.toString(16).padStart(4, '0').padEnd(40, 'f'),
        author: 'Someone With A Long Name',
        date: '2026-11-30T10:00:00Z',
        subject: `component-${i}: ${'a long subject '.repeat(10)}(#${i + 1})`,
        pullRequest: i + 1,
      })),
    };
    const huge = report(40, 40);
    const { body, asset } = renderReleaseNotes(big, stable(diffed(huge)), LINKS);
    expect(body.length).toBeLessThanOrEqual(RELEASE_BODY_MAX_CHARS);
    expect(body).toContain('### Commits since `stable-v1.3.0` (400)');
    const more = /… and (\d+) more: `git log ([0-9a-f]{7})\.\.ccccccc`/.exec(body);
    expect(more).not.toBeNull();
    // The commits listed are the oldest; the range names the last of them.
    const left = Number(more![1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(400);
    expect(more![2]).toBe((399 - left).toString(16).padStart(4, '0').padEnd(7, 'f'));
    // The Applications not ok are listed first; the others are counted.
    const rows = body.split('\n').filter((l) => l.startsWith('| prod-01-component-with-a-long-name-'));
    expect(rows).toHaveLength(20);
    expect(rows.slice(0, 2).map((l) => rowCells(l)[0])).toEqual([
      'prod-01-component-with-a-long-name-500',
      'prod-01-component-with-a-long-name-700',
    ]);
    expect(body).toContain('… and 780 more Applications (780 ok) not listed here.');
    expect(body).toContain(DIFF_ASSET);
    expect(body).toContain('### ⚠️ Risks');
    for (const name of appNames(huge)) expect(asset).toContain(`<code>${name}</code>`);

    const reason = 'why '.repeat(40_000);
    const cut = renderReleaseNotes({ ...released, reason }, stable(diffed(huge)), LINKS).body;
    expect(cut.length).toBeLessThanOrEqual(RELEASE_BODY_MAX_CHARS);
    expect(cut).toContain("> ⚠️ The release's header was cut to fit GitHub's limit on a release's notes.");
    expect(cut).toContain('### What changes in production');
    expect(cut).toContain(DIFF_ASSET);
  });

  it('the first release, a diff not computed, a release from a commit that is no release', () => {
    const first = renderReleaseNotes(
      {
        ...released,
        previousVersionTag: null,
        previousReleaseVersion: null,
        previousSha: null,
        commits: [],
        firstRelease: true,
      },
      stable({ state: 'first-release' }),
    ).body;
    expect(first).toContain('(the first release)');
    expect(first).toContain('The first release: no earlier release to list commits since.');
    expect(first).toContain('The first release: there is no earlier release to compare with.');
    const unknown = renderReleaseNotes(
      released,
      stable({ state: 'unknown', why: 'helm failed\n## injected' }),
    ).body;
    expect(unknown).toContain(
      '> ❓ Not computed: helm failed<br>## injected. The change to these clusters is unknown.',
    );
    // stable was moved by hand to a commit that is no release: the notes are since that commit.
    const byHand = renderReleaseNotes(
      { ...released, previousVersionTag: null, previousReleaseVersion: null },
      stable(diffed(report(1, 2))),
      LINKS,
    ).body;
    expect(byHand).toContain(`since [\`aaaaaaa\`](${REPO}/commit/${sha('a')}) (no release)`);
    expect(byHand).toContain(`### Commits since [\`aaaaaaa\`](${REPO}/commit/${sha('a')}) (no release) (2)`);
    expect(byHand).not.toContain('first release');
  });
});

describe('release notes with hostile text', () => {
  const EVIL = 'ping @org/team <img src=x onerror=alert(1)> | a | `b` ```\n## injected';

  it('rendered by a later run: the gates are said to be unknown, unless that run skipped them (as the line above says)', () => {
    const unknown = 'Evaluated by the run that pushed the tags';
    const later = { ...released, resumed: true, gates: [] };
    expect(renderReleaseNotes(later, stable({ state: 'first-release' })).body).toContain(unknown);
    const skipped = renderReleaseNotes(
      { ...later, skipGatesReason: 'an outage' },
      stable({ state: 'first-release' }),
    );
    expect(skipped.body).not.toContain(unknown);
    expect(skipped.body).toContain('> ⚠️ Gates skipped: an outage');
  });

  it('a commit subject, an author, a reason, an actor, a gate and a cluster stay in their cells', () => {
    const hostile: ReleaseResult = {
      ...released,
      reason: EVIL,
      actor: `bot${EVIL}`,
      skipGatesReason: EVIL,
      commits: [{ ...released.commits[0]!, subject: EVIL, author: `Ada${EVIL}` }, released.commits[1]!],
      gates: [{ id: 'checks', status: 'fail', why: EVIL }],
      waves: released.waves.map((w) => ({ ...w, clusters: [`prod${EVIL}`] })),
      message: `released: ${EVIL}`,
    };
    const { body } = renderReleaseNotes(hostile, stable({ state: 'unknown', why: EVIL }), LINKS);
    expect(mentions(body)).toEqual([]);
    expect(outsideCode(body)).not.toMatch(/<img|<script/i);
    expect(body).not.toContain('\n## injected');
    expect(fencedBlocks(body)).toEqual([]);
    // Every row of every table has as many cells as its header.
    const lines = body.split('\n');
    let columns = 0;
    let rows = 0;
    for (const [i, line] of lines.entries()) {
      if (lines[i + 1]?.startsWith('| --- ')) columns = rowCells(line).length;
      else if (line.startsWith('| ') && !line.startsWith('| --- ')) {
        expect(rowCells(line), line).toHaveLength(columns);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(6);
    const escaped =
      'ping @&#8203;org/team &lt;img src=x onerror=alert(1)&gt; \\| a \\| \\`b\\` \\`\\`\\`<br>## injected';
    expect(lines).toContain(`**Reason:** ${escaped}`);
    expect(lines).toContain(`> ⚠️ Gates skipped: ${escaped}`);
    const commitRow = lines.find((l) => l.startsWith('| [`bbbbbbb`]'))!;
    expect(rowCells(commitRow).slice(2)).toEqual([`Ada${escaped}`, escaped]);
  });
});
