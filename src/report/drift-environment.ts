import type { DriftReport, EnvironmentFinding, EnvironmentPair } from '../drift/model.js';
import { cell, cellCode, code } from './markdown-escape.js';
import type { CutSection, SectionGroup } from './cut-sections.js';
import { clip, plural, REASON_MAX, VALUE_MAX } from './drift-format.js';

/** The environment details of the drift dashboard: each pair, its errors, then the values that differ. */

type Finding<K> = Extract<EnvironmentFinding, { kind: K }>;
const pairName = (p: EnvironmentPair) => `${cellCode(p.upstream)} → ${cellCode(p.downstream)}`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const value = (v: string | null) => (v === null ? '— (not set)' : cellCode(clip(v, VALUE_MAX)));

function pairLine(p: EnvironmentPair): string {
  const name = `${code(p.upstream)} → ${code(p.downstream)}`;
  if (p.state === 'unknown')
    return `- ❓ ${name}: unknown: ${cell(clip(p.reason ?? 'no reason given', REASON_MAX))}`;
  const total = p.findings.length + (p.omitted ?? 0);
  const unlisted = p.omitted ? ` (${p.omitted} more than are listed)` : '';
  return total === 0
    ? `- ✅ ${name}: compared, no divergence (but for the allowed values)`
    : `- ${name}: compared, ${plural(total, 'finding')}${unlisted}`;
}

function errorRow(p: EnvironmentPair, f: Finding<'downstream-only' | 'revision'>): string {
  if (f.kind === 'downstream-only')
    return row([
      '❌',
      pairName(p),
      'runs downstream only',
      `${cellCode(f.component)} on ${f.clusters.map(cellCode).join(', ') || '—'}`,
      `${cellCode(p.downstream)} runs it, ${cellCode(p.upstream)} never ran it`,
    ]);
  return row([
    '❌',
    pairName(p),
    'pinned revision',
    `${cellCode(f.application)} on ${cellCode(f.cluster)}`,
    `targetRevision ${cellCode(clip(f.revision, VALUE_MAX))}, not ${cellCode(f.expected)}`,
  ]);
}

function valuesRow(p: EnvironmentPair, f: Finding<'values'>): string {
  return row([
    '⚠️',
    pairName(p),
    cellCode(f.component),
    cellCode(f.cluster),
    cellCode(clip(f.path, VALUE_MAX)),
    value(f.upstream),
    value(f.downstream),
  ]);
}

function groups(pairs: readonly EnvironmentPair[]): SectionGroup[] {
  const errors: string[] = [];
  const values: string[] = [];
  for (const p of pairs)
    for (const f of p.findings) {
      if (f.kind === 'values') values.push(valuesRow(p, f));
      else errors.push(errorRow(p, f));
    }
  return [
    { head: null, items: pairs.map(pairLine) },
    { head: '| | environments | finding | what | detail |\n| --- | --- | --- | --- | --- |', items: errors },
    {
      head: '**Values that differ downstream** (not in `drift.allowValues`)\n\n| | environments | component | cluster | path | upstream | downstream |\n| --- | --- | --- | --- | --- | --- | --- |',
      items: values,
    },
  ];
}

export function environmentSection(r: DriftReport, more: (n: number) => string): CutSection {
  const env = r.environment;
  if (env.state === 'skipped')
    return { head: `### Environments\n\nSkipped: ${cell(clip(env.reason, REASON_MAX))}.`, groups: [], more };
  if (env.pairs.length === 0)
    return { head: '### Environments\n\nNo pair of environments to compare.', groups: [], more };
  return { head: '### Environments', groups: groups(env.pairs), more };
}
