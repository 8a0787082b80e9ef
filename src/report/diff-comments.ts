import { hasEntries, type AppChange, type ClusterDiff, type DiffReport } from '../diff/model.js';
import { COMMENT_MAX_CHARS } from './budget.js';
import { appSection, clusterSection, diffHeader, DIFF_MARKER, objectsSection } from './diff-markdown.js';

/** Marker of a continuation comment; the first comment carries DIFF_MARKER. */
export const partMarker = (n: number) => `<!-- gitops-promotion:diff part ${n} -->`;

/** Which part of the diff a comment body is (1 for the first), or null when it is not ours. */
export function commentPart(body: string): number | null {
  if (body.startsWith(DIFF_MARKER)) return 1;
  const m = /^<!-- gitops-promotion:diff part (\d+) -->/.exec(body);
  return m ? Number(m[1]) : null;
}

const RESERVE = 200;

/** An app section that alone is too big: its fields table stays, the diffs go, and it says so. */
function shrinkApp(app: AppChange, budget: number): string {
  const full = appSection(app);
  if (full.length <= budget) return full;
  const resources =
    app.deep.state === 'rendered'
      ? `${app.deep.resources.length} resource changes left out of this comment; the job summary and the diff artifact have them`
      : undefined;
  const lean = appSection(
    {
      ...app,
      unified: `(unified diff of ${full.length} characters left out of this comment; the job summary and the diff artifact have it)`,
    },
    resources,
  );
  if (lean.length <= budget) return lean;
  return appSection(
    {
      ...app,
      fields: [],
      unified: `(${app.fields.length} field changes left out of this comment; the job summary and the diff artifact have them)`,
    },
    'left out of this comment; the job summary and the diff artifact have them',
  );
}

/** The objects table that alone is too big: the table stays, the diffs go, and it says so. */
function shrinkObjects(c: ClusterDiff, budget: number): string {
  const full = objectsSection(c.objects);
  if (full.length <= budget) return full;
  const note = `_(diffs of ${c.objects.length} objects left out of this comment; the job summary and the diff artifact have them)_`;
  const lean = `${objectsSection(c.objects, false)}\n\n${note}`;
  if (lean.length <= budget) return lean;
  return `**Other objects**: ${c.objects.length} changed, too many for this comment; the job summary and the diff artifact have them.`;
}

/** A cluster as one or more sections that each fit the budget (`continued` when split). */
function clusterChunks(c: ClusterDiff, budget: number): string[] {
  const whole = clusterSection(c);
  if (whole.length <= budget) return [whole];
  const chunks: string[] = [];
  let apps: string[] = [];
  const flush = () => {
    if (apps.length > 0)
      chunks.push(
        clusterSection(
          {
            ...c,
            errors: chunks.length ? [] : c.errors,
            name: chunks.length ? `${c.name} (continued)` : c.name,
          },
          apps,
        ),
      );
    apps = [];
  };
  const entries = [
    ...c.apps.map((app) => shrinkApp(app, budget - 500)),
    ...(c.objects.length > 0 ? [shrinkObjects(c, budget - 500)] : []),
  ];
  for (const s of entries) {
    if (clusterSection(c, [...apps, s]).length > budget) flush();
    apps.push(s);
  }
  flush();
  return chunks;
}

/**
 * The PR comments for a report: the first keeps the header (verdict, risks, summary table) and as
 * many clusters as fit; the rest follow in marked continuation comments, each under `max`
 * characters. Every changed Application is named in some comment; nothing is dropped silently.
 */
export function splitDiffComments(report: DiffReport, max = COMMENT_MAX_CHARS): string[] {
  const budget = max - RESERVE;
  let header = diffHeader(report);
  if (header.length > budget)
    header = `${header.slice(0, budget - 120)}\n\n> ⚠️ Summary cut to fit a comment; the job summary has all of it.`;
  const sections = report.clusters
    .filter((c) => hasEntries(c) || c.errors.length > 0)
    .flatMap((c) => clusterChunks(c, budget));
  const parts: string[][] = [[header]];
  let size = header.length;
  for (const s of sections) {
    if (size + s.length + 2 > budget) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1]!.push(s);
    size += s.length + 2;
  }
  const total = parts.length;
  return parts.map((p, i) => {
    if (i === 0)
      return total > 1
        ? `${p.join('\n\n')}\n\n<sub>Continued in ${total - 1} more comment${total > 2 ? 's' : ''}.</sub>\n`
        : `${p.join('\n\n')}\n`;
    return `${partMarker(i + 1)}\n### gitops-promotion diff (part ${i + 1} of ${total})\n\n${p.join('\n\n')}\n`;
  });
}
