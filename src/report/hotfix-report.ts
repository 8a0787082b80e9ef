import type { ForwardMerge, HotfixResult } from '../hotfix/model.js';
import type { ProductionDiff, WaveDiff } from '../release/model.js';
import { oneLine } from '../util/one-line.js';
import { shortSha } from '../util/short-sha.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import { commitLink, table } from './markdown.js';
import { cell, cellCode, code } from './markdown-escape.js';
import { releaseHeader, renderProductionDiffs, renderReleaseText } from './release-report.js';

const MERGE_ICON: Record<ForwardMerge['state'], string> = {
  merged: '✅',
  'already-contained': '✔️',
  'conflict-pr': '⚠️',
  'would-merge': '🔜',
  'would-open-pr': '⚠️',
  moved: '❌',
  refused: '❌',
  'not-run': '⏸️',
};

/** Terminal output: the release, then one line per forward-merge. */
export function renderHotfixText(h: HotfixResult): string {
  const lines = [
    renderReleaseText(h.release).trimEnd(),
    `forward-merges of ${oneLine(h.branch)} (${shortSha(h.head)}):`,
  ];
  for (const m of h.forwardMerges) {
    const pr = m.pullRequest ? ` #${m.pullRequest.number} ${m.pullRequest.url}` : '';
    lines.push(`  ${m.target}: ${m.state}${pr} — ${oneLine(m.message)}`);
    if (m.conflicts.length > 0) lines.push(`    conflicts: ${m.conflicts.map(oneLine).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderHotfixJson(h: HotfixResult): string {
  return `${JSON.stringify({ version: 1, ...h }, null, 2)}\n`;
}

/** `hotfix/x ==> stable`, and an arrow to each downstream branch labelled with what its forward-merge did. */
export function hotfixGraph(h: HotfixResult): string {
  const id = (n: string) => `n_${n.replace(/[^A-Za-z0-9]/g, '_')}`;
  // Names come from the repository and the config: nothing in a label can close it or the fence.
  const label = (n: string) => n.replace(/[^A-Za-z0-9._/# -]/g, '_');
  const node = (n: string) => `${id(n)}[${label(n)}]`;
  const stable = h.release.waves[0]?.tag ?? 'stable';
  const released =
    h.release.versionTag && h.release.sha === h.head ? label(h.release.versionTag) : label(h.release.outcome);
  const lines = ['```mermaid', 'graph LR', `  ${node(h.branch)} ==>|${released}| ${node(stable)}`];
  for (const m of h.forwardMerges) {
    const what = m.pullRequest ? `${m.state} #${m.pullRequest.number}` : m.state;
    const arrow = m.state === 'merged' || m.state === 'already-contained' ? '-->' : '-.->';
    lines.push(`  ${id(h.branch)} ${arrow}|${label(what)}| ${node(m.target)}`);
  }
  lines.push('```');
  return lines.join('\n');
}

function mergesTable(h: HotfixResult, repoUrl?: string): string {
  const sha = (s: string | null) => (s ? commitLink(s, repoUrl) : '—');
  const rows = h.forwardMerges.map((m) => [
    cellCode(m.target),
    `${MERGE_ICON[m.state]} ${m.state}${m.pullRequest ? ` [#${m.pullRequest.number}](${m.pullRequest.url})` : ''}`,
    sha(m.before),
    sha(m.after),
    cell(m.message),
  ]);
  return table(['branch', 'forward-merge', 'before', 'after', ''], rows);
}

function forwardDiff(target: string, d: ProductionDiff): string {
  const heading = `#### What the forward-merge changes on ${code(target)}'s clusters`;
  if (d.state === 'diffed') return `${heading}\n\n${renderDiffMarkdown(d.report)}`;
  if (d.state === 'no-clusters') return `${heading}\n\nNo cluster tracks ${code(target)}.`;
  if (d.state === 'unknown') return `${heading}\n\n> ❓ Not computed: ${cell(d.why)}. The change is unknown.`;
  return `${heading}\n\nNothing to compare with.`;
}

/** The job summary: the release's header, the graph, the forward-merges, and every diff. */
export function renderHotfixMarkdown(
  h: HotfixResult,
  diffs: readonly WaveDiff[],
  links: { repoUrl?: string; runUrl?: string } = {},
): string {
  const parts = [
    releaseHeader(h.release, links),
    '',
    '### Hotfix',
    '',
    hotfixGraph(h),
    '',
    '### Forward-merges',
    '',
    mergesTable(h, links.repoUrl),
  ];
  for (const m of h.forwardMerges) {
    if (m.conflicts.length > 0) {
      parts.push('', `Conflicts into ${code(m.target)}: ${m.conflicts.map(code).join(', ')}`);
    }
  }
  for (const [target, d] of Object.entries(h.diffs)) parts.push('', forwardDiff(target, d));
  if (diffs.length > 0) parts.push('', renderProductionDiffs(diffs));
  return `${parts.join('\n')}\n`;
}
