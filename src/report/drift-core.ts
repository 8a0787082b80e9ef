import { approvalLine } from '../drift/checkboxes.js';
import type { DriftReport, EdgeDrift } from '../drift/model.js';
import { table } from './markdown.js';
import { cell, cellCode, code } from './markdown-escape.js';
import { mermaidGraph } from './mermaid.js';
import { ageText, clip, plural, REASON_MAX } from './drift-format.js';

/** The parts of the drift dashboard that are never cut: verdict, summary, every approval box. */

/** Incomplete reasons the verdict lists at most (the rest counted). */
const REASONS_LISTED = 10;

const counted = (r: DriftReport) =>
  `${plural(r.counts.errors, 'error')}, ${plural(r.counts.warnings, 'warning')}, ${plural(r.counts.pendingCommits, 'commit')} pending`;

/** What "no drift" covers: the edges, and the environments and clusters only when they were checked. */
function checked(r: DriftReport): string {
  const parts = ['every edge in sync'];
  if (r.environment.state === 'computed') parts.push('every environment as the one it is promoted from');
  if (r.live.state === 'computed') parts.push('every cluster as promoted in Argo CD');
  const skipped = [
    r.environment.state === 'skipped' ? 'environments' : null,
    r.live.state === 'skipped' ? 'Argo CD' : null,
  ].filter(Boolean);
  const not = skipped.length > 0 ? ` (${skipped.join(' and ')} not checked)` : '';
  return `${parts.join(', ')}${not}`;
}

/**
 * Drift found, no drift (only when every section was computed and nothing drifted), or incomplete with
 * why: "no drift" is never said of what was not checked. `brief`: the reasons counted, not listed.
 */
export function verdict(r: DriftReport, brief = false): string {
  const lines: string[] = [];
  if (r.drifted) lines.push(`⚠️ **Drift found**: ${counted(r)}.`);
  else if (r.complete) lines.push(`✅ **No drift**: ${checked(r)}.`);
  if (!r.complete) {
    const shown = brief ? [] : r.incomplete.slice(0, REASONS_LISTED);
    const rest = r.incomplete.length - shown.length;
    const reasons = shown.map((x) => cell(clip(x, REASON_MAX)));
    if (rest > 0) reasons.push(`${shown.length > 0 ? 'and ' : ''}${plural(rest, 'more reason')} (see below)`);
    const what = r.drifted ? '' : ' (no drift found in what could be checked, which is not the same as none)';
    lines.push(`❓ **Incomplete**${what}: ${reasons.join('; ') || 'no reason given'}.`);
  }
  return lines.join('\n\n');
}

const edgeName = (e: { from: string; to: string }, c: (s: string) => string) => `${c(e.from)} → ${c(e.to)}`;

function edgeRow(e: EdgeDrift, now: string): string[] {
  const name = edgeName(e, cellCode);
  if (e.state === 'unknown')
    return [name, e.kind, '—', '—', `❓ unknown: ${cell(clip(e.reason, REASON_MAX))}`];
  const oldest = e.oldestAt === null ? '—' : ageText(e.oldestAt, now);
  const state =
    e.state === 'in-sync'
      ? '✅ in sync'
      : e.state === 'diverged'
        ? `⚠️ diverged: ${cellCode(e.to)} has ${e.targetOnly} commits ${cellCode(e.from)} lacks`
        : e.overdue
          ? '⏰ overdue'
          : '🔜 pending';
  return [name, e.kind, String(e.pendingCount), oldest, state];
}

/** What each section covered: the promotion errors, the environment pairs, the Argo CD clusters. */
function coverage(r: DriftReport): string {
  const p = r.promotion;
  const unknownEdges = p.edges.filter((e) => e.state === 'unknown').length;
  const promotion = [
    plural(p.edges.length, 'edge') + (unknownEdges > 0 ? ` (${unknownEdges} unknown)` : ''),
    ...(p.missedForwardMerges.length > 0
      ? [`❌ ${plural(p.missedForwardMerges.length, 'missed forward-merge')}`]
      : []),
    ...(p.missingRefs.length > 0 ? [`❌ ${plural(p.missingRefs.length, 'missing ref')}`] : []),
  ];
  const env = r.environment;
  const environments =
    env.state === 'skipped'
      ? `skipped: ${cell(clip(env.reason, REASON_MAX))}`
      : `${plural(env.pairs.length, 'pair')} compared` +
        unknownCount(env.pairs.filter((x) => x.state === 'unknown').length);
  const live = r.live;
  const argo =
    live.state === 'skipped'
      ? `skipped: ${cell(clip(live.reason, REASON_MAX))}`
      : live.state === 'unreachable'
        ? `❓ unreachable: ${cell(clip(live.reason, REASON_MAX))}`
        : `${plural(live.clusters.length, 'cluster')} checked` +
          unknownCount(live.clusters.filter((c) => c.state === 'unknown').length);
  return [
    `- Promotion: ${promotion.join(', ')}`,
    `- Environments: ${environments}`,
    `- Argo CD: ${argo}`,
  ].join('\n');
}

const unknownCount = (n: number) => (n > 0 ? ` (${n} unknown)` : '');

/** The summary: the chain, a row per edge and what each section covered. */
export function summary(r: DriftReport): string {
  const chain =
    r.chain.length > 0 ? `Chain: ${r.chain.map((c) => code(clip(c, REASON_MAX))).join(' → ')}\n\n` : '';
  const rows = r.promotion.edges.map((e) => edgeRow(e, r.generatedAt));
  const edges =
    rows.length > 0
      ? table(['edge', 'kind', 'pending', 'oldest', 'state'], rows)
      : '_No promotion edge configured._';
  return `${chain}${edges}\n\n${coverage(r)}`;
}

/** Every approval box, whole: the dashboard is cut elsewhere, never here. */
export function approvals(r: DriftReport): string {
  if (r.approvals.length === 0) return '### Approvals\n\nNothing waits for an approval.';
  return [
    '### Approvals',
    '',
    'Tick a box to run that promotion. A box whose edge moved since it was written does nothing; the next run offers a new one.',
    '',
    ...r.approvals.map(approvalLine),
  ].join('\n');
}

/** The chain as a picture: an arrow per edge with what waits on it. */
export function picture(r: DriftReport): string {
  if (r.promotion.edges.length === 0) return '';
  return mermaidGraph(
    r.promotion.edges.map((e) => ({
      from: e.from,
      to: e.to,
      label:
        e.state === 'unknown'
          ? 'unknown'
          : e.state === 'in-sync'
            ? 'in sync'
            : e.state === 'diverged'
              ? 'diverged'
              : `${e.pendingCount} pending${e.overdue ? ' overdue' : ''}`,
      highlight: e.state === 'pending' && e.overdue,
    })),
  );
}

export interface Links {
  reportUrl: string | null;
  repoUrl: string | null;
}

/** The line under everything: when, and where the full report is. */
export function footer(r: DriftReport, links: Links): string {
  const full = links.reportUrl ? ` [The full report](${links.reportUrl}).` : '';
  return `<sub>Generated at ${cell(r.generatedAt)} by gitops-promotion drift.${full}</sub>`;
}

/** The notice for `n` items (`what`: `pending commits`) a cut left out. */
export function moreNotice(n: number, what: string, links: Links): string {
  return links.reportUrl
    ? `_… ${n} more ${what}, see [the full report](${links.reportUrl})._`
    : `_… ${n} more ${what}, not shown: the dashboard's length is limited._`;
}
