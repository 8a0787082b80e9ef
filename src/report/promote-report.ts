import type { GateResult } from '../promote/gate-ids.js';
import type { PromoteResult } from '../promote/model.js';
import { commitLink, pullLink, table } from './markdown.js';
import { cell, code } from './markdown-escape.js';
import { shortSha } from '../util/short-sha.js';

const GATE_ICON: Record<GateResult['status'], string> = { pass: '✅', fail: '❌', skipped: '⏭️' };

/** Terminal output: outcome, gates, commits. */
export function renderPromoteText(r: PromoteResult): string {
  const lines = [`${r.from} → ${r.to}: ${r.message}`];
  if (r.skipGatesReason !== null) lines.push(`gates skipped: ${r.skipGatesReason}`);
  if (r.approvedBy) lines.push(`approved by ${r.approvedBy} from the drift dashboard`);
  const width = Math.max(0, ...r.gates.map((g) => g.id.length)) + 1;
  for (const g of r.gates) lines.push(`  ${g.status.padEnd(7)} ${g.id.padEnd(width)} ${g.why}`);
  if (r.commits.length > 0) lines.push(`commits (${r.commits.length}):`);
  for (const c of r.commits) lines.push(`  ${shortSha(c.sha)} ${c.subject} (${c.author})`);
  return `${lines.join('\n')}\n`;
}

export function renderPromoteJson(r: PromoteResult): string {
  return `${JSON.stringify({ version: 1, ...r }, null, 2)}\n`;
}

/** Job summary: outcome, gates table, the commits promoted (linked to their commit and pull request). */
export function renderPromoteMarkdown(r: PromoteResult, repoUrl?: string): string {
  const icon = r.promoted
    ? '✅'
    : r.outcome === 'nothing-to-promote' || r.outcome === 'dry-run'
      ? 'ℹ️'
      : '❌';
  const parts = [
    `## gitops-promotion promote ${code(r.from)} → ${code(r.to)}`,
    '',
    `${icon} ${cell(r.message)}`,
  ];
  if (r.skipGatesReason !== null) parts.push('', `> ⚠️ Gates skipped: ${cell(r.skipGatesReason)}`);
  if (r.approvedBy) parts.push('', `Approved by ${cell(r.approvedBy)} from the drift dashboard.`);
  if (r.gates.length > 0) {
    parts.push(
      '',
      '### Gates',
      '',
      table(
        ['', 'gate', 'why'],
        r.gates.map((g) => [GATE_ICON[g.status], cell(g.id), cell(g.why)]),
      ),
    );
  }
  if (r.commits.length > 0) {
    const rows = r.commits.map((c) => [
      commitLink(c.sha, repoUrl),
      pullLink(c.pullRequest, repoUrl),
      cell(c.author),
      cell(c.subject),
    ]);
    parts.push(
      '',
      `### Commits (${r.commits.length})`,
      '',
      table(['commit', 'pull request', 'author', 'subject'], rows),
    );
  }
  return `${parts.join('\n')}\n`;
}
