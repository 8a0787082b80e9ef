import {
  hasEntries,
  type AppChange,
  type ClusterDiff,
  type DependencyChange,
  type DiffReport,
  type ObjectChange,
  type ResourceChange,
  type Risk,
} from '../diff/model.js';
import type { FieldChange } from '../diff/object-diff.js';
import { clipPair } from '../util/clip.js';
import { details, table } from './markdown.js';
import { cell, cellCode, code, codeBlock, htmlCode, htmlText } from './markdown-escape.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';

export const DIFF_MARKER = '<!-- gitops-promotion:diff -->';

const STATUS_ICON = { added: '🟢', removed: '🔴', modified: '🟡' } as const;
const RISK_ICON: Record<Risk['kind'], string> = {
  'app-removed': '🔴',
  'destination-changed': '🔴',
  'validation-errors': '🔴',
  'production-changed': '🟠',
  'target-revision-changed': '🟠',
  'sources-changed': '🟠',
  'sync-wave-changed': '🟡',
  'automated-sync-toggled': '🟡',
};

/**
 * A field's before and after for table cells: short, one line, code-formatted; cut where they
 * differ, so two different values never show alike.
 */
function values(f: FieldChange, max = 80): [string, string] {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const [a, b] = clipPair(text(f.old) ?? '', text(f.new) ?? '', max);
  const show = (v: unknown, shown: string) =>
    v === undefined
      ? '_(absent)_'
      : typeof v === 'string' && v.includes('\n')
        ? '_(multi-line, see diff)_'
        : cellCode(shown);
  return [show(f.old, a), show(f.new, b)];
}

function fieldTable(fields: readonly FieldChange[]): string {
  if (fields.length === 0) return '';
  return table(
    ['field', 'before', 'after'],
    fields.map((f) => [cellCode(f.path), ...values(f)]),
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

/** `name: 1.0.0 → 1.1.0 (Chart.yaml)`, with the repository when it changes, one line per dependency. */
export function dependencyText(d: DependencyChange): string {
  const version = `${d.from ?? '(new)'} → ${d.to ?? '(removed)'}`;
  const repository = d.repositoryFrom !== null ? `, repository ${d.repositoryFrom} → ${d.repository}` : '';
  return `${d.name}: ${version}${repository} (${d.file})`;
}

function dependencySection(deps: readonly DependencyChange[]): string {
  if (deps.length === 0) return '';
  return ['**Chart dependencies**:', '', ...deps.map((d) => `- ${cell(dependencyText(d))}`)].join('\n');
}

/** What deep mode says of an Application's resources; `omitted` replaces the resources (comment budget). */
function deepSection(app: AppChange, omitted?: string): string {
  const d = app.deep;
  const deps = d.state === 'rendered' || d.state === 'unknown' ? dependencySection(d.dependencies) : '';
  const resources = (): string => {
    if (omitted) return `_Resources: ${cell(omitted)}._`;
    if (d.state === 'unknown') return `_Resources: ❓ not compared: ${cell(d.reason)}._`;
    if (d.state === 'unchanged') return '_Resources: chart inputs unchanged, not rendered._';
    if (d.state !== 'rendered') return '';
    if (d.resources.length === 0) return '_Resources: rendered, no change._';
    const counts = countStatuses(d.resources);
    return [`**Resources** (${counts}):`, '', ...d.resources.map(resourceSection)].join('\n');
  };
  return [deps, resources()].filter(Boolean).join('\n\n');
}

function countStatuses(items: readonly { status: keyof typeof STATUS_ICON }[]): string {
  const n = (s: keyof typeof STATUS_ICON) => items.filter((i) => i.status === s).length;
  return (['added', 'removed', 'modified'] as const)
    .filter((s) => n(s) > 0)
    .map((s) => `${n(s)} ${s}`)
    .join(', ');
}

/**
 * One Application's section: field table, unified diff, then its chart's dependencies and
 * resources (`omitted`: why the resources are left out of this copy).
 */
export function appSection(app: AppChange, omitted?: string): string {
  const note =
    app.status === 'modified' && app.fields.length === 0 && app.unified === ''
      ? app.deep.state === 'rendered' && app.deep.resources.length > 0
        ? ' (Application unchanged; its resources change)'
        : app.deep.state === 'unknown' && app.deep.dependencies.length === 0
          ? ' (Application unchanged; what it renders from changes)'
          : ' (Application unchanged; its chart changes)'
      : app.renamedFrom
        ? ` (renamed from ${htmlCode(app.renamedFrom)})`
        : app.renamedTo
          ? ` (renamed to ${htmlCode(app.renamedTo)})`
          : '';
  const body = [fieldTable(app.fields), diffBlock(app.unified), deepSection(app, omitted)]
    .filter(Boolean)
    .join('\n\n');
  // A nested app-of-apps level's Application is one of the cluster's: the Application that renders it is named.
  const by = app.parent ? ` (rendered by ${htmlCode(app.parent)})` : '';
  return details(`${STATUS_ICON[app.status]} ${app.status} ${htmlCode(app.name)}${by}${note}`, body);
}

/** How many fields of one object the objects table names before it says how many more. */
const FIELDS_SHOWN = 3;

function objectChanges(o: ObjectChange): string {
  if (o.status !== 'modified') return '';
  const shown = o.fields.slice(0, FIELDS_SHOWN).map((f) => {
    const [a, b] = values(f, 40);
    return `${cellCode(f.path)}: ${a} → ${b}`;
  });
  const more = o.fields.length - shown.length;
  return [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('<br>');
}

/**
 * The other objects a cluster's app-of-apps chart changes, in one compact table (status, kind,
 * namespace, name, what changed), then their unified diffs in one collapsed block.
 */
export function objectsSection(objects: readonly ObjectChange[], diffs = true): string {
  if (objects.length === 0) return '';
  const rows = objects.map((o) => [
    `${STATUS_ICON[o.status]} ${o.status}`,
    cell(o.kind),
    o.namespace ? cell(o.namespace) : '_(cluster-scoped)_',
    cellCode(o.name),
    objectChanges(o),
  ]);
  const patch = objects.map((o) => o.unified).filter(Boolean);
  const body = [
    `**Other objects** (${countStatuses(objects)}):`,
    table(['', 'kind', 'namespace', 'name', 'changes'], rows),
    diffs && patch.length > 0
      ? details(`diff of ${plural(patch.length, 'object')}`, codeBlock(patch.join('\n'), 'diff'))
      : '',
  ];
  return body.filter(Boolean).join('\n\n');
}

/** `1 modified` for Applications, `; other objects: 1 removed` after them. */
function entryCounts(apps: readonly AppChange[], objects: readonly ObjectChange[]): string {
  return [countStatuses(apps), objects.length > 0 ? `other objects: ${countStatuses(objects)}` : '']
    .filter(Boolean)
    .join('; ');
}

export function clusterHeading(c: ClusterDiff): string {
  const what =
    c.status === 'unknown' ? 'could not be compared' : entryCounts(c.apps, c.objects) || 'no change';
  return `<b>${htmlText(c.name)}</b> (${htmlText(c.env ?? 'no environment')}): ${what}`;
}

/** A cluster's entries as sections: one collapsible block per changed Application, then the objects table. */
export function entrySections(c: ClusterDiff): string[] {
  return [...c.apps.map((a) => appSection(a)), objectsSection(c.objects)].filter(Boolean);
}

/** One cluster's section: what it could not compare, then its entries (entrySections). */
export function clusterSection(c: ClusterDiff, entries: readonly string[] = entrySections(c)): string {
  const errors = c.errors.map((e) => `> ❓ ${cell(e)}`).join('\n');
  return details(clusterHeading(c), [errors, ...entries].filter(Boolean).join('\n\n'));
}

/** Title, verdict, what could not be compared, notes, risks, summary table: what the first comment always keeps. */
export function diffHeader(report: DiffReport): string {
  const lines = [
    DIFF_MARKER,
    `## gitops-promotion diff \`${shortSha(report.base.sha)}\` → \`${shortSha(report.head.sha)}\``,
    '',
    verdict(report),
  ];
  const unknown = notCompared(report);
  if (unknown.length > 0) {
    const shown = unknown.slice(0, NOT_COMPARED_SHOWN).map((u) => `- ${u}`);
    const more = unknown.length - shown.length;
    lines.push('', '**Not compared:**', '', ...shown);
    if (more > 0) lines.push(`- … and ${more} more (see the clusters below)`);
  }
  if (report.notes.length > 0) lines.push('', ...report.notes.map((n) => `> ℹ️ ${cell(n)}`));
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
        const label =
          c.status === 'unchanged' ? ' (unchanged)' : c.status === 'unknown' ? ' (unknown) ❓' : '';
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
    `helm template ran ${plural(s.clustersRendered, 'time')} for clusters (every cluster at head, for validation) and ${plural(s.chartsRendered, 'time')} for charts; ` +
      `${plural(s.clustersSkipped, 'cluster')} and ${plural(s.chartsSkipped, 'chart')} were proven unchanged from git object ids.`,
  );
  lines.push('', ...notes.map((n) => `<sub>${n}</sub>`));
  return lines.join('\n');
}

/**
 * The verdict of a complete report without changes, saying how it is known: "No changes" only when
 * something was rendered at both refs and compared equal, never when nothing rendered.
 */
function unchangedVerdict(report: DiffReport): { head: string; rest: string } {
  const all = plural(report.clusters.length, 'cluster');
  const rendered = report.clusters.filter((c) => c.compared !== null);
  if (report.clusters.length === 0) return { head: 'Nothing compared', rest: ': no cluster.' };
  if (rendered.length === 0)
    return { head: 'No render input changed', rest: ` in ${all}: the same git object ids at both refs.` };
  const empty = rendered.filter((c) => c.compared === 0).map((c) => `**${cell(c.name)}**`);
  const objects = rendered.reduce((n, c) => n + (c.compared ?? 0), 0);
  const proven = report.clusters.length - rendered.length;
  if (objects === 0)
    return {
      head: 'Nothing rendered',
      rest:
        `: ${empty.join(', ')} render${empty.length === 1 ? 's' : ''} no object at either ref, so no change can be shown` +
        `${proven > 0 ? `; the other ${plural(proven, 'cluster')} were proven unchanged from git object ids` : ''}.`,
    };
  const nothing =
    empty.length > 0
      ? ` ${empty.join(', ')} render${empty.length === 1 ? 's' : ''} no object at either ref.`
      : '';
  return {
    head: 'No changes',
    rest:
      ` in ${all}: ${plural(objects, 'object')} of ${plural(rendered.length, 'cluster')} rendered at both refs compared equal` +
      `${proven > 0 ? `, ${proven} proven unchanged from git object ids` : ''}.${nothing}`,
  };
}

const NOT_COMPARED_SHOWN = 10;
const NOT_COMPARED_CHARS = 300;

/** The verdict line: incomplete, what changes, failing validation, or how "no change" is known. */
function verdict(report: DiffReport): string {
  const changed = report.clusters.filter((c) => report.changedClusters.includes(c.name));
  const total = plural(report.clusters.length, 'cluster');
  const errors = report.validation.errors;
  const validation = report.validation.unknown
    ? `❓ validation at head: unknown (${cell(report.validation.unknown)})`
    : errors > 0
      ? `❌ validation at head: ${plural(errors, 'error')}`
      : `✅ validation at head: no errors`;
  const unknown = report.clusters.filter((c) => c.errors.length > 0);
  if (!report.complete && report.errors.length > 0) {
    const more = [
      unknown.length > 0 ? ` ${plural(unknown.length, 'cluster')} could not be compared either.` : '',
      changed.length > 0 ? ` ${changed.length} of ${total} change.` : '',
    ].join('');
    return `**Incomplete**: ${report.errors.map(cell).join('; ')}.${more} ${validation}.`;
  }
  if (!report.complete) {
    const names = unknown.map((c) => `**${cell(c.name)}**`).join(', ');
    return (
      `**Incomplete**: ${unknown.length} of ${total} could not be fully compared (${names}); ` +
      `${changed.length > 0 ? `${changed.length} changed` : 'no change is proven'}. ${validation}.`
    );
  }
  if (changed.length > 0) {
    const apps = changed.flatMap((c) => c.apps);
    const objects = changed.flatMap((c) => c.objects);
    const what = [
      apps.length > 0 ? `${countStatuses(apps)} Applications` : '',
      objects.length > 0 ? `${countStatuses(objects)} other objects` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `**${changed.length} of ${total} change**: ${what || 'clusters added or removed'}. ${validation}.`;
  }
  const same = unchangedVerdict(report);
  // Never "No changes" while validate at head fails (an error from before the change is still one).
  if (errors > 0)
    return `❌ **Validation at head fails** (${plural(errors, 'error')}); ${same.head.toLowerCase()}${same.rest}`;
  return `**${same.head}**${same.rest} ${validation}.`;
}

/** What each cluster could not compare, one line each (the report's own reasons are in the verdict). */
function notCompared(report: DiffReport): string[] {
  const line = (text: string) =>
    cell(text.length > NOT_COMPARED_CHARS ? `${text.slice(0, NOT_COMPARED_CHARS - 1)}…` : text);
  return report.clusters.flatMap((c) => c.errors.map((e) => `**${cell(c.name)}**: ${line(e)}`));
}

/** The complete report as one markdown document (job summary, artifact). */
export function renderDiffMarkdown(report: DiffReport): string {
  const sections = report.clusters
    .filter((c) => hasEntries(c) || c.errors.length > 0)
    .map((c) => clusterSection(c));
  return [diffHeader(report), ...sections].join('\n\n') + '\n';
}
