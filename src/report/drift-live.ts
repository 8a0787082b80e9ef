import type { DriftMatrix, DriftReport, LiveApplication, LiveCluster } from '../drift/model.js';
import { liveSeverity } from '../drift/severity.js';
import { cell, cellCode } from './markdown-escape.js';
import type { CutSection } from './cut-sections.js';
import { ageText, clip, REASON_MAX, VALUE_MAX } from './drift-format.js';

/** The live details of the drift dashboard (what Argo CD runs) and the what-runs-where matrix. */

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
type Checked = Extract<LiveCluster, { state: 'checked' }>;

function clusterRow(c: LiveCluster, now: string): string {
  if (c.state === 'unknown')
    return row([
      cellCode(c.cluster),
      `❓ unknown: ${cell(clip(c.reason, REASON_MAX))}`,
      '—',
      '—',
      '—',
      '—',
      '—',
    ]);
  const bad = c.applications.length + c.orphans.length + c.notDeployed.length;
  return row([
    cellCode(c.cluster),
    bad === 0 ? '✅ as rendered' : '⚠️ drifted',
    String(c.applicationCount),
    String(c.applications.length),
    String(c.orphans.length),
    String(c.notDeployed.length),
    c.lastSyncAt === null ? 'never' : `${ageText(c.lastSyncAt, now)} ago`,
  ]);
}

function appRow(cluster: string, a: LiveApplication): string {
  const revision =
    a.revision === null
      ? '—'
      : `${cellCode(clip(a.revision, VALUE_MAX))}${a.expectedRevision ? ` (expected ${cellCode(a.expectedRevision)})` : ''}`;
  return row([
    liveSeverity(a) === 'error' ? '❌' : '⚠️',
    cellCode(cluster),
    cellCode(a.name),
    cell(a.sync),
    cell(a.health),
    revision,
    cell(a.problems.join(', ')),
  ]);
}

function strayRows(c: Checked): string[] {
  return [
    ...c.orphans.map((n) =>
      row(['⚠️', cellCode(c.cluster), cellCode(n), 'orphan: Argo CD has it, the repo does not render it']),
    ),
    ...c.notDeployed.map((n) =>
      row([
        '⚠️',
        cellCode(c.cluster),
        cellCode(n),
        'not deployed: the repo renders it, Argo CD does not have it',
      ]),
    ),
  ];
}

function head(r: DriftReport): string | null {
  const live = r.live;
  if (live.state === 'skipped') return `### Argo CD\n\nSkipped: ${cell(clip(live.reason, REASON_MAX))}.`;
  if (live.state === 'unreachable')
    return `### Argo CD\n\n❓ Unreachable (${cellCode(clip(live.server, REASON_MAX))}): ${cell(clip(live.reason, REASON_MAX))}. What Argo CD runs is unknown.`;
  return null;
}

export function liveSection(r: DriftReport, more: (n: number) => string): CutSection {
  const said = head(r);
  if (said !== null || r.live.state !== 'computed') return { head: said ?? '', groups: [], more };
  const { clusters, server } = r.live;
  const checked = clusters.filter((c): c is Checked => c.state === 'checked');
  const apps = checked.flatMap((c) => c.applications.map((a) => ({ c, a })));
  // Errors (degraded, missing) before warnings; the model's order otherwise.
  apps.sort((x, y) => Number(liveSeverity(x.a) !== 'error') - Number(liveSeverity(y.a) !== 'error'));
  return {
    head: `### Argo CD\n\nLive state from ${cellCode(clip(server, REASON_MAX))}.`,
    groups: [
      {
        head: '| cluster | state | Applications | problems | orphans | not deployed | last sync |\n| --- | --- | --- | --- | --- | --- | --- |',
        items: clusters.map((c) => clusterRow(c, r.generatedAt)),
      },
      {
        head: '**Applications not as they should be**\n\n| | cluster | Application | sync | health | revision | problems |\n| --- | --- | --- | --- | --- | --- | --- |',
        items: apps.map(({ c, a }) => appRow(c.cluster, a)),
      },
      {
        head: '**Orphans and Applications not deployed**\n\n| | cluster | Application | |\n| --- | --- | --- | --- |',
        items: checked.flatMap(strayRows),
      },
    ],
    more,
  };
}

/** The matrix: a row per component, `❌` where it is not deployed. */
export function matrixSection(m: DriftMatrix | null, more: (n: number) => string): CutSection {
  if (m === null) return { head: '', groups: [], more };
  if (m.clusters.length === 0)
    return { head: '### What runs where\n\n_No cluster rendered._', groups: [], more };
  const header = `| component | ${m.clusters.map(cellCode).join(' | ')} |\n|${' --- |'.repeat(m.clusters.length + 1)}`;
  const items = m.components.map((component) =>
    row([
      cellCode(component),
      ...m.clusters.map((c) => {
        const rev = m.cells[component]?.[c];
        return rev === null || rev === undefined ? '❌' : cellCode(clip(rev, VALUE_MAX));
      }),
    ]),
  );
  return {
    head: '### What runs where\n\ncomponent × cluster → targetRevision',
    groups: [{ head: header, items }],
    more,
  };
}
