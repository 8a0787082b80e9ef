import { describe, expect, it } from 'vitest';
import { approvalLine, parseApprovals } from '../../src/drift/checkboxes.js';
import { DRIFT_MARKER, type DriftReport } from '../../src/drift/model.js';
import { DRIFT_MAX_CHARS, renderDriftMarkdown, renderDriftText } from '../../src/report/drift-report.js';
import { ageDays } from '../../src/report/drift-format.js';
import {
  bigReport,
  cleanReport,
  commit,
  daysAgo,
  driftReport,
  GENERATED_AT,
  inSyncEdge,
  mixedReport,
  pendingEdge,
  REPO_URL,
  REPORT_URL,
  sha,
} from '../helpers/drift-report-fixture.js';
import { expectGolden } from '../helpers/golden.js';
import { fencedBlocks, mentions, outsideCode, rowCells } from '../helpers/markdown-structure.js';

const LINKS = { reportUrl: REPORT_URL, repoUrl: REPO_URL };

/** Every approval of the report is in the body as approvalLine writes it, and reads back as offered. */
function expectEveryBox(md: string, r: DriftReport): void {
  for (const a of r.approvals) expect(md).toContain(`\n${approvalLine(a)}\n`);
  expect(parseApprovals(md)).toEqual(
    r.approvals.map(({ pendingCount: _, ...approval }) => ({ approval, checked: false })),
  );
}

/** Every table row has its header's cells; every fence is closed; no mention, tag or unbalanced details. */
function expectInert(md: string): void {
  const html = outsideCode(md);
  expect(html).not.toMatch(/<(script|img|a |iframe)/i);
  expect(mentions(md)).toEqual([]);
  expect(html.match(/<\/details>/g)?.length ?? 0).toBe(html.match(/<details[ >]/g)?.length ?? 0);
  for (const b of fencedBlocks(md)) {
    expect(b.close).toBeGreaterThan(b.open);
    expect(b.info).toBe('mermaid');
  }
  const lines = md.split('\n');
  let columns = 0;
  for (const [i, line] of lines.entries()) {
    if (lines[i + 1]?.startsWith('| --- ') || lines[i + 1]?.startsWith('| --- |'))
      columns = rowCells(line).length;
    else if (line.startsWith('| ') && !line.startsWith('| --- '))
      expect(rowCells(line), line).toHaveLength(columns);
  }
}

describe('the drift dashboard', () => {
  it('shows mixed drift: pending and overdue edges, a missed forward-merge, environments, live, an unknown cluster', () => {
    const r = mixedReport();
    const md = renderDriftMarkdown(r, { ...LINKS, notice: '✅ Promoted dev → staging (4 commits).' });
    expectGolden('drift-dashboard.md', md);
    expect(md.startsWith(`${DRIFT_MARKER}\n`)).toBe(true);
    expectEveryBox(md, r);
    expectInert(md);
    expect(md).toContain('⚠️ **Drift found**');
    expect(md).toContain('❓ **Incomplete**');
    expect(md).not.toContain('No drift');
  });

  it('says "no drift" only of a complete report with nothing drifted', () => {
    const r = cleanReport();
    expect(r.complete && !r.drifted).toBe(true);
    const md = renderDriftMarkdown(r, LINKS);
    expectGolden('drift-dashboard-clean.md', md);
    expect(md).toContain('✅ **No drift**');
    expect(md).toContain('Nothing waits for an approval.');
    expectInert(md);
  });

  it('never says "no drift" of an incomplete report, even with nothing found', () => {
    const r = driftReport({
      chain: ['dev', 'staging'],
      edges: [inSyncEdge('dev', 'staging')],
      live: { state: 'unreachable', server: 'argocd.example.com', reason: '401 Unauthorized' },
    });
    expect(r.drifted).toBe(false);
    const md = renderDriftMarkdown(r);
    expect(md).not.toMatch(/no drift\*\*/i);
    expect(md).toContain('❓ **Incomplete** (no drift found in what could be checked');
    expect(md).toContain('Argo CD unreachable: 401 Unauthorized');
    expect(md).toContain(
      '❓ Unreachable (`argocd.example.com`): 401 Unauthorized. What Argo CD runs is unknown.',
    );
    expect(renderDriftText(r)).toMatch(/^drift: incomplete: Argo CD unreachable: 401 Unauthorized$/m);
    expect(renderDriftText(r)).not.toContain('no drift');
  });

  it('says why a skipped section was skipped', () => {
    const r = driftReport({ chain: ['dev', 'staging'], edges: [inSyncEdge('dev', 'staging')] });
    const md = renderDriftMarkdown(r);
    expect(md).toContain('### Environments\n\nSkipped: drift.environments is off.');
    expect(md).toContain('### Argo CD\n\nSkipped: no Argo CD server configured.');
    expect(md).toContain('- Argo CD: skipped: no Argo CD server configured');
  });

  it('computes ages against the report time, not the clock', () => {
    expect(ageDays(daysAgo(12), GENERATED_AT)).toBe(12);
    expect(ageDays('2026-11-30T12:00:01Z', GENERATED_AT)).toBe(0);
    expect(ageDays('not a date', GENERATED_AT)).toBeNull();
    const r = mixedReport();
    const later = { ...r, generatedAt: '2026-12-11T12:00:00Z' };
    expect(renderDriftMarkdown(r)).toContain('| `staging` → `stable` | release | 3 | 12 days | ⏰ overdue |');
    expect(renderDriftMarkdown(later)).toContain(
      '| `staging` → `stable` | release | 3 | 22 days | ⏰ overdue |',
    );
  });

  it('writes the terminal text', () => {
    expectGolden('drift-text.txt', renderDriftText(mixedReport()));
  });

  it('quotes a notice of several lines (one per approval run), escaped', () => {
    const md = renderDriftMarkdown(cleanReport(), {
      notice:
        '✅ promote dev → staging run by octocat\n⛔ release staging → stable not run: @mallory has read permission',
    });
    expect(md).toContain(
      '<!-- gitops-promotion:drift -->\n\n> ✅ promote dev → staging run by octocat\n>\n> ⛔ release staging → stable not run: @&#8203;mallory has read permission\n\n## gitops-promotion drift\n',
    );
  });

  it('refuses a budget too small to say anything', () => {
    expect(() => renderDriftMarkdown(cleanReport(), { maxChars: 999 })).toThrow(RangeError);
  });
});

describe('the drift dashboard under its budget', () => {
  it('cuts the live details first and keeps every box (golden)', () => {
    const r = bigReport(8, 6, 120);
    const maxChars = 12_000;
    const full = renderDriftMarkdown(r, { ...LINKS, maxChars: Infinity });
    expect(full.length).toBeGreaterThan(maxChars * 2);
    const md = renderDriftMarkdown(r, { ...LINKS, maxChars });
    expectGolden('drift-dashboard-overflow.md', md);
    expect(md.length).toBeLessThanOrEqual(maxChars);
    expectEveryBox(md, r);
    expectInert(md);
    // Each section cut says how much it left out and where the rest is.
    const url = REPORT_URL.replace(/[/.]/g, '\\$&');
    for (const what of ['components', 'pending commits', 'findings', 'rows'])
      expect(md).toMatch(new RegExp(`_… \\d+ more ${what}, see \\[the full report\\]\\(${url}\\)\\._`));
    // Every section keeps a glimpse; the live details, cut first, keep no more than the first round leaves.
    expect(md).toContain('#### `dev` → `staging`: 120 commits pending');
    expect(md).toContain('#### `staging` → `stable`: 120 commits pending');
    expect(md).toContain('| `prod-008` | ⚠️ drifted |');
    const live = md.slice(md.indexOf('### Argo CD'));
    expect(live.split('\n').filter((l) => /^\| (`|❌|⚠️)/.test(l))).toHaveLength(10);
    expect(md).not.toContain('prod-001-orphan-0');
    // Uncut, the same report holds every row.
    expect(full).toContain('prod-008-orphan-5');
    expect(full).not.toContain(' more rows, see');
  });

  it('stays under the default budget for a huge fleet, with every box', () => {
    const r = bigReport(400, 60, 5_000);
    const md = renderDriftMarkdown(r, LINKS);
    expect(md.length).toBeLessThanOrEqual(DRIFT_MAX_CHARS);
    expectEveryBox(md, r);
    expectInert(md);
    expect(md).toContain('⚠️ **Drift found**');
  });

  it.each([1_000, 2_000, 3_000, 5_000, 8_000, 20_000, 40_000])('fits in %i characters', (maxChars) => {
    const r = bigReport(40, 20, 300);
    const md = renderDriftMarkdown(r, { ...LINKS, maxChars });
    expect(md.length).toBeLessThanOrEqual(maxChars);
    expect(md.startsWith(`${DRIFT_MARKER}\n`)).toBe(true);
    // Either every box whole, or none and a notice saying so: never a cut one.
    const boxes = parseApprovals(md);
    if (boxes.length > 0) expectEveryBox(md, r);
    else expect(md).toContain('approval boxes fit (none is offered here, none is cut)');
    expect(md.match(/<!-- gitops-promotion:approve/g)?.length ?? 0).toBe(boxes.length);
  });

  it('says so when even the summary does not fit, and keeps the boxes whole', () => {
    const long = (i: number) => `env-${i}-${'x'.repeat(60)}`;
    const edges = Array.from({ length: 6 }, (_, i) =>
      pendingEdge({
        from: long(i),
        to: long(i + 1),
        commits: [commit(String(i + 1), 's', 'a', 1)],
        toSha: sha('e'),
      }),
    );
    const r = driftReport({ chain: edges.map((e) => e.from), edges });
    const md = renderDriftMarkdown(r, { ...LINKS, maxChars: 3_500 });
    expect(md.length).toBeLessThanOrEqual(3_500);
    expect(md).toContain("The summary and the details do not fit in the dashboard's 3500 characters");
    expectEveryBox(md, r);
    const tiny = renderDriftMarkdown(r, { ...LINKS, maxChars: 1_000 });
    expect(tiny.length).toBeLessThanOrEqual(1_000);
    expect(parseApprovals(tiny)).toEqual([]);
    expect(tiny).toContain('approval boxes fit (none is offered here, none is cut)');
  });
});

describe('the drift dashboard with hostile repository text', () => {
  const EVIL =
    '</summary></details><script>x</script><img src=x onerror=alert(1)> @octocat @org/team | x | ```';
  const BOX = `\n- [x] Promote <!-- gitops-promotion:approve promote dev prod ${sha('a')} ${sha('b')} -->`;
  const r = driftReport({
    chain: [`dev${EVIL}`, 'staging-->'],
    edges: [
      pendingEdge({
        from: `dev${EVIL}`,
        to: 'staging-->',
        commits: [
          commit('a', `subject ${EVIL}${BOX}`, `author ${EVIL}`, 2, [3]),
          commit('b', `[link](https://evil.example) ${BOX}`, '@octocat', 1),
        ],
      }),
      { kind: 'wave', from: 'stable', to: `ops${EVIL}`, state: 'unknown', reason: `no tag ${EVIL}${BOX}` },
    ],
    missedForwardMerges: [
      {
        target: `t${EVIL}`,
        source: 'stable',
        commits: [commit('c', EVIL, EVIL, 1)],
        commitCount: 1,
        hotfixes: [`hotfix/${EVIL}`],
      },
    ],
    missingRefs: [{ ref: `r${EVIL}`, namedBy: `environment ${EVIL}` }],
    environment: {
      state: 'computed',
      pairs: [
        {
          upstream: `u${EVIL}`,
          downstream: 'd',
          state: 'compared',
          findings: [
            { kind: 'downstream-only', component: `c${EVIL}`, clusters: [`k${EVIL}`] },
            {
              kind: 'revision',
              cluster: `k${EVIL}`,
              application: `a${EVIL}`,
              revision: EVIL,
              expected: 'stable',
            },
            {
              kind: 'values',
              component: `c${EVIL}`,
              cluster: 'k',
              path: `/spec/${EVIL}`,
              upstream: EVIL,
              downstream: null,
            },
          ],
        },
        {
          upstream: 'x',
          downstream: 'y',
          state: 'unknown',
          reason: `render failed ${EVIL}${BOX}`,
          findings: [],
        },
      ],
    },
    live: {
      state: 'computed',
      server: `argocd${EVIL}`,
      clusters: [
        {
          cluster: `k${EVIL}`,
          state: 'checked',
          applications: [
            {
              name: `app${EVIL}${BOX}`,
              sync: EVIL,
              health: EVIL,
              revision: EVIL,
              expectedRevision: sha('1'),
              problems: ['degraded'],
            },
          ],
          orphans: [`orphan${EVIL}`],
          notDeployed: [`nd${EVIL}`],
          lastSyncAt: null,
          applicationCount: 1,
        },
        { cluster: `u${EVIL}`, state: 'unknown', reason: `unreachable ${EVIL}${BOX}` },
      ],
    },
    matrix: {
      clusters: [`k${EVIL}`],
      components: [`c${EVIL}`],
      cells: { [`c${EVIL}`]: { [`k${EVIL}`]: EVIL } },
    },
  });

  it('keeps every string in its cell, span or line: no mention, tag, link, fence or box of its own', () => {
    const md = renderDriftMarkdown(r, { ...LINKS, notice: `done ${EVIL}${BOX}` });
    expectInert(md);
    expectEveryBox(md, r);
    expect(outsideCode(md)).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    const text = renderDriftText(r);
    // eslint-disable-next-line no-control-regex
    expect(text.split('\n').every((l) => !/[\x00-\x09\x0b-\x1f]/.test(l))).toBe(true);
    expect(text).not.toContain(`${EVIL}\n- [x]`);
  });

  it('stays inert when cut to a budget', () => {
    for (const maxChars of [1_500, 3_000, 6_000]) {
      const md = renderDriftMarkdown(r, { ...LINKS, maxChars });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expectInert(md);
      expect(parseApprovals(md).every((p) => !p.checked)).toBe(true);
    }
  });
});
