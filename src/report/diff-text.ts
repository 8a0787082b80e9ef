import type { ClusterDiff, DiffReport, ObjectChange, ResourceChange } from '../diff/model.js';
import type { FieldChange } from '../diff/object-diff.js';
import { clipPair } from '../util/clip.js';
import { dependencyText } from './diff-markdown.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

const MARK = { added: '+', removed: '-', modified: '~' } as const;

/** Before → after, each cut to 100 characters where they differ (two different values never look alike). */
function change(f: FieldChange): string {
  const json = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));
  const [a, b] = clipPair(json(f.old), json(f.new), 100);
  return `${f.old === undefined ? '(absent)' : a} → ${f.new === undefined ? '(absent)' : b}`;
}

function fieldLines(fields: readonly FieldChange[], indent: string): string[] {
  return fields.map((f) => `${indent}${f.path}: ${change(f)}`);
}

/** The other objects of a cluster as a compact table: mark, kind and namespace/name aligned, fields below. */
function objectLines(objects: readonly ObjectChange[]): string[] {
  if (objects.length === 0) return [];
  const width = Math.max(...objects.map((o) => o.kind.length));
  const lines = ['  other objects:'];
  for (const o of objects) {
    lines.push(
      `    ${MARK[o.status]} ${o.kind.padEnd(width)}  ${o.namespace ? `${o.namespace}/` : ''}${o.name}`,
    );
    lines.push(...fieldLines(o.fields, '        '));
  }
  return lines;
}

/** Why an unchanged cluster is unchanged: not rendered (equal inputs), compared equal, or nothing rendered. */
function unchangedWhy(c: ClusterDiff): string {
  if (c.compared === null) return 'unchanged (same inputs at both refs, not rendered)';
  if (c.compared === 0) return 'renders no object at either ref (nothing to compare)';
  return `unchanged (${plural(c.compared, 'object')} compared)`;
}

function resourceLines(r: ResourceChange, indent: string): string[] {
  return [
    `${indent}${MARK[r.status]} ${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`,
    ...fieldLines(r.fields, `${indent}    `),
  ];
}

/** Terminal output: risks, then per cluster the changed Applications with their changed fields. */
export function renderDiffText(report: DiffReport): string {
  const changed = report.changedClusters.length;
  const unknown = report.clusters.filter((c) => c.errors.length > 0).length;
  const lines = [
    `diff ${shortSha(report.base.sha)}..${shortSha(report.head.sha)}: ${changed} of ${plural(report.clusters.length, 'cluster')} changed (validation at head: ${report.validation.unknown ? `unknown: ${report.validation.unknown}` : plural(report.validation.errors, 'error')})`,
  ];
  if (!report.complete) {
    for (const e of report.errors) lines.push(`INCOMPLETE: ${e}`);
    if (unknown > 0 || report.errors.length === 0)
      lines.push(
        `INCOMPLETE: ${unknown} of ${plural(report.clusters.length, 'cluster')} could not be fully compared:`,
      );
    for (const c of report.clusters) for (const e of c.errors) lines.push(`  not compared: ${c.name}: ${e}`);
  }
  for (const n of report.notes) lines.push(`note: ${n}`);
  if (report.risks.length > 0) {
    lines.push('risks:');
    for (const r of report.risks) {
      const where = [r.cluster, r.application].filter(Boolean).join(' ');
      lines.push(`  ! ${where ? `${where}: ` : ''}${r.message}`);
    }
  }
  for (const c of report.clusters) {
    if (c.status === 'unchanged') {
      lines.push(`${c.name} (${c.env ?? '-'}): ${unchangedWhy(c)}`);
      continue;
    }
    lines.push(`${c.name} (${c.env ?? '-'}): ${c.status}`);
    for (const a of c.apps) {
      const by = a.parent ? ` (rendered by ${a.parent})` : '';
      lines.push(`  ${MARK[a.status]} ${a.name}${by}`, ...fieldLines(a.fields, '      '));
      if (a.deep.state === 'rendered')
        for (const r of a.deep.resources) lines.push(...resourceLines(r, '      '));
      if (a.deep.state === 'rendered' || a.deep.state === 'unknown')
        for (const d of a.deep.dependencies) lines.push(`      dependency ${dependencyText(d)}`);
      if (a.deep.state === 'unknown') lines.push(`      resources not compared: ${a.deep.reason}`);
    }
    lines.push(...objectLines(c.objects));
  }
  if (report.ignored.total > 0)
    lines.push(`${plural(report.ignored.total, 'change')} ignored by diff.ignore`);
  return `${lines.join('\n')}\n`;
}

/** A cluster's patch file in an output directory (relative to it). */
export interface PatchFile {
  cluster: string;
  file: string;
}

/** The report as JSON; `patchFiles` (when the files were written) says where each cluster's patch is. */
export function renderDiffJson(report: DiffReport, patchFiles?: readonly PatchFile[]): string {
  return `${JSON.stringify({ version: 1, ...report, ...(patchFiles ? { patchFiles } : {}) }, null, 2)}\n`;
}

/** All unified diffs of one cluster (Applications and their resources), as one patch file. */
export function clusterPatch(report: DiffReport, cluster: string): string {
  const c = report.clusters.find((x) => x.name === cluster);
  if (!c) return '';
  const parts: string[] = [];
  for (const a of c.apps) {
    if (a.unified) parts.push(a.unified);
    if (a.deep.state === 'rendered') for (const r of a.deep.resources) if (r.unified) parts.push(r.unified);
  }
  for (const o of c.objects) if (o.unified) parts.push(o.unified);
  return parts.length ? `${parts.join('\n')}\n` : '';
}
