import type { ValidateResult } from '../gitops/validate-model.js';
import type { Finding, Severity } from '../findings.js';
import { details, table } from './markdown.js';
import { cell, cellCode } from './markdown-escape.js';
import type { Matrix } from './matrix.js';
import { plural } from '../util/plural.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };

function countsText(c: { error: number; warning: number; notice: number }): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}`;
}

export function locationText(f: Finding): string {
  if (!f.file) return '';
  return f.line ? `${f.file}:${f.line}${f.column ? `:${f.column}` : ''}` : f.file;
}

/** Plain text, one finding a line, for terminals: `file:line:col: error [rule] (cluster) message`. */
export function renderText(result: ValidateResult): string {
  const lines = result.findings.map((f) => {
    const where = locationText(f);
    const cluster = f.cluster ? ` (${f.cluster})` : '';
    return `${where ? `${where}: ` : ''}${f.severity} [${f.rule}]${cluster} ${f.message}`;
  });
  const rendered = result.clusters.filter((c) => c.rendered).length;
  const apps = result.clusters.reduce((n, c) => n + c.applications, 0);
  lines.push(
    topologyText(result),
    `${countsText(result.counts)} (${rendered}/${result.clusters.length} clusters rendered, ${plural(apps, 'Application')} checked)`,
  );
  return `${lines.join('\n')}\n`;
}

const BRANCH_SOURCE: Record<ValidateResult['topology']['defaultBranchSource'], string> = {
  config: 'from the config',
  'origin-head': 'from origin/HEAD',
  event: 'from the GitHub event',
  'main-or-master': 'the only one of main and master',
  unknown: 'unknown',
};

/** One line: the control plane the rules assumed, and the default branch HEAD means. */
function topologyText(result: ValidateResult): string {
  const cp = result.controlPlane;
  const plane = cp.kind === 'single' ? 'one Argo CD for every cluster' : 'one Argo CD per cluster';
  const t = result.topology;
  const branch =
    t.defaultBranch === null ? 'unknown' : `${t.defaultBranch} (${BRANCH_SOURCE[t.defaultBranchSource]})`;
  return `topology: ${plane} (${cp.source === 'config' ? 'configured' : `detected: ${cp.reason}`}); default branch ${branch}`;
}

/** The stable JSON report (documented in the README). */
export function renderJson(result: ValidateResult): string {
  const report = {
    version: 1,
    counts: result.counts,
    topology: {
      controlPlane: result.controlPlane.kind,
      controlPlaneSource: result.controlPlane.source,
      controlPlaneReason: result.controlPlane.reason,
      defaultBranch: result.topology.defaultBranch,
      defaultBranchSource: result.topology.defaultBranchSource,
      repoURL: result.topology.repoURL,
      repoURLSource: result.topology.repoURLSource,
      root: result.config.root,
    },
    findings: result.findings,
    clusters: result.clusters,
    matrix: result.matrix,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderMatrix(matrix: Matrix): string {
  if (matrix.clusters.length === 0) return '_No cluster rendered._';
  const rows = matrix.components.map((component) => [
    cellCode(component),
    ...matrix.clusters.map((c) => {
      const rev = matrix.cells[component]![c];
      return rev === null || rev === undefined ? '❌' : cellCode(rev);
    }),
  ]);
  return table(['component', ...matrix.clusters.map(cell)], rows);
}

/** The job summary / markdown report: verdict, findings table, clusters, what-runs-where. */
export function renderMarkdown(result: ValidateResult, options: { annotated?: number } = {}): string {
  const { error, warning, notice } = result.counts;
  const verdict = error > 0 ? '❌ **validation failed**' : '✅ **validation passed**';
  const parts = [
    `## gitops-promotion validate`,
    '',
    `${verdict}: ${error} errors, ${warning} warnings, ${notice} notices`,
  ];
  if (options.annotated !== undefined && options.annotated < result.findings.length) {
    parts.push(
      '',
      `GitHub shows the first ${options.annotated} findings as annotations; all ${result.findings.length} are listed here.`,
    );
  }
  if (result.findings.length > 0) {
    parts.push(
      '',
      table(
        ['', 'rule', 'where', 'cluster', 'message'],
        result.findings.map((f) => [
          ICON[f.severity],
          cellCode(f.rule),
          cell(locationText(f)),
          cell(f.cluster ?? ''),
          cell(f.message),
        ]),
      ),
    );
  }
  parts.push(
    '',
    '### Clusters',
    '',
    table(
      ['cluster', 'environment', 'tracks', 'Applications'],
      result.clusters.map((c) => [
        cell(c.name),
        cell(c.env ?? '—'),
        c.ref === null ? cell('HEAD (default branch unknown)') : cellCode(c.ref),
        c.rendered ? String(c.applications) : '❌ not rendered',
      ]),
    ),
    '',
    details(
      '<b>What runs where</b> (component × cluster → targetRevision)',
      renderMatrix(result.matrix),
      true,
    ),
    '',
  );
  return parts.join('\n');
}
