import type { AppChange, ClusterDiff, DiffReport, ResourceChange, Risk } from '../diff/model.js';
import type { FieldChange } from '../diff/object-diff.js';
import { details, table } from './markdown.js';
import { cell, cellCode, code, codeBlock, htmlCode, htmlText } from './markdown-escape.js';
import { plural } from './validate-report.js';

export const DIFF_MARKER = '<!-- gitops-promotion:diff -->';

const STATUS_ICON = { added: '🟢', removed: '🔴', modified: '🟡' } as const;
const RISK_ICON: Record<Risk['kind'], string> = {
  'app-removed': '🔴',
  'destination-changed': '🔴',
  'validation-errors': '🔴',
  'production-changed': '🟠',
  'target-revision-changed': '🟠',
  'sync-wave-changed': '🟡',
  'automated-sync-toggled': '🟡',
};

const short = (sha: string) => sha.slice(0, 7);

/** A field value in a table cell: short, one line, code-formatted. */
function value(v: unknown): string {
  if (v === undefined) return '_(absent)_';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  if (typeof v === 'string' && v.includes('\n')) return '_(multi-line, see diff)_';
  const cut = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return cellCode(cut);
}

function fieldTable(fields: readonly FieldChange[]): string {
  if (fields.length === 0) return '';
  return table(
    ['field', 'before', 'after'],
    fields.map((f) => [cellCode(f.path), value(f.old), value(f.new)]),
  );
}

function diffBlock(unified: string): string {
  return unified ? codeBlock(unified, 'diff') : '';
}

function resourceSection(r: ResourceChange): string {
  const id = `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
  const body = [fieldTable(r.fields), diffBlock(r.unified)].filter(Boolean).join('\n\n');
  return details(`${STATUS_ICON[r.status]} ${r.status} ${htmlCode(id)}`, body || '_no content_');
}

function deepSection(app: AppChange): string {
  const d = app.deep;
  if (d.state === 'skipped') return `_Resources: ${cell(d.reason)}._`;
  if (d.state === 'unchanged') return '_Resources: chart inputs unchanged, not rendered._';
  if (d.state !== 'rendered') return '';
  if (d.resources.length === 0) return '_Resources: rendered, no change._';
  const counts = countStatuses(d.resources);
  return [`**Resources** (${counts}):`, '', ...d.resources.map(resourceSection)].join('\n');
}

function countStatuses(items: readonly { status: keyof typeof STATUS_ICON }[]): string {
  const n = (s: keyof typeof STATUS_ICON) => items.filter((i) => i.status === s).length;
  return (['added', 'removed', 'modified'] as const)
    .filter((s) => n(s) > 0)
    .map((s) => `${n(s)} ${s}`)
    .join(', ');
}

/** One Application's section: field table, unified diff, then its chart's resources. */
export function appSection(app: AppChange): string {
  const note =
    app.status === 'modified' && app.fields.length === 0 && app.unified === ''
      ? ' (Application unchanged; its resources change)'
      : app.renamedFrom
        ? ` (renamed from ${htmlCode(app.renamedFrom)})`
        : app.renamedTo
          ? ` (renamed to ${htmlCode(app.renamedTo)})`
          : '';
  const body = [fieldTable(app.fields), diffBlock(app.unified), deepSection(app)]
    .filter(Boolean)
    .join('\n\n');
  return details(`${STATUS_ICON[app.status]} ${app.status} ${htmlCode(app.name)}${note}`, body);
}

export function clusterHeading(c: ClusterDiff): string {
  const what = c.status === 'error' ? 'could not be compared' : countStatuses(c.apps) || 'no change';
  return `<b>${htmlText(c.name)}</b> (${htmlText(c.env ?? 'no environment')}): ${what}`;
}

/** One cluster's section: its errors, then one collapsible block per changed Application. */
export function clusterSection(c: ClusterDiff, apps: readonly string[] = c.apps.map(appSection)): string {
  const errors = c.errors.map((e) => `> ❌ ${cell(e)}`).join('\n');
  return details(clusterHeading(c), [errors, ...apps].filter(Boolean).join('\n\n'));
}

/** Title, verdict, risks, summary table: what the first comment always keeps. */
export function diffHeader(report: DiffReport): string {
  const changed = report.clusters.filter((c) => report.changedClusters.includes(c.name));
  const apps = changed.flatMap((c) => c.apps);
  const lines = [
    DIFF_MARKER,
    `## gitops-promotion diff \`${short(report.base.sha)}\` → \`${short(report.head.sha)}\``,
    '',
  ];
  const validation =
    report.validation.errors > 0
      ? `❌ validation at head: ${plural(report.validation.errors, 'error')}`
      : `✅ validation at head: no errors`;
  const unknown = report.clusters.filter((c) => c.errors.length > 0);
  if (!report.complete && report.errors.length > 0) {
    const more = [
      unknown.length > 0 ? ` ${plural(unknown.length, 'cluster')} could not be compared either.` : '',
      changed.length > 0 ? ` ${changed.length} of ${plural(report.clusters.length, 'cluster')} change.` : '',
    ].join('');
    lines.push(`**Incomplete**: ${report.errors.map(cell).join('; ')}.${more} ${validation}.`);
  } else if (!report.complete) {
    const names = unknown.map((c) => `**${cell(c.name)}**`).join(', ');
    lines.push(
      `**Incomplete**: ${unknown.length} of ${plural(report.clusters.length, 'cluster')} could not be compared (${names}); ` +
        `${changed.length > 0 ? `${changed.length} changed` : 'no change is proven'} in the others. ${validation}.`,
    );
  } else if (!report.changed) {
    lines.push(
      `**No changes** to any rendered Application in ${plural(report.clusters.length, 'cluster')}. ${validation}.`,
    );
  } else {
    lines.push(
      `**${changed.length} of ${plural(report.clusters.length, 'cluster')} change**: ${countStatuses(apps) || 'clusters added or removed'} Applications. ${validation}.`,
    );
  }
  if (report.risks.length > 0) {
    lines.push('', '### ⚠️ Risks', '');
    for (const r of report.risks) {
      const where = [r.cluster && `**${cell(r.cluster)}**`, r.application && code(r.application)]
        .filter(Boolean)
        .join(' ');
      lines.push(`- ${RISK_ICON[r.kind]} ${where ? `${where}: ` : ''}${cell(r.message)}`);
    }
  }
  lines.push(
    '',
    table(
      ['cluster', 'env', 'added', 'removed', 'modified', 'risk'],
      report.clusters.map((c) => {
        const risk = report.risks.filter((r) => r.cluster === c.name).map((r) => RISK_ICON[r.kind]);
        const counts =
          c.status === 'unchanged'
            ? ['', '', '']
            : [c.counts.added, c.counts.removed, c.counts.modified].map(String);
        const label = c.status === 'unchanged' ? ' (unchanged)' : c.status === 'error' ? ' ❌' : '';
        return [
          `${cell(c.name)}${label}`,
          cell(c.env ?? '—'),
          ...counts,
          [...new Set(risk)].join(' ') || '—',
        ];
      }),
    ),
  );
  const notes: string[] = [];
  if (report.ignored.total > 0) {
    const by = Object.entries(report.ignored.byRule)
      .map(([rule, n]) => `${code(rule)}: ${n}`)
      .join(', ');
    notes.push(`${plural(report.ignored.total, 'change')} ignored by \`diff.ignore\` (${by}).`);
  }
  const s = report.stats;
  notes.push(
    `helm template ran ${plural(s.clustersRendered, 'time')} for clusters and ${plural(s.chartsRendered, 'time')} for charts; ` +
      `${plural(s.clustersSkipped, 'cluster')} and ${plural(s.chartsSkipped, 'chart')} were proven unchanged from git object ids and not rendered.`,
  );
  lines.push('', ...notes.map((n) => `<sub>${n}</sub>`));
  return lines.join('\n');
}

/** The complete report as one markdown document (job summary, artifact). */
export function renderDiffMarkdown(report: DiffReport): string {
  const sections = report.clusters
    .filter((c) => c.apps.length > 0 || c.errors.length > 0)
    .map((c) => clusterSection(c));
  return [diffHeader(report), ...sections].join('\n\n') + '\n';
}
