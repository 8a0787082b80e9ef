import { DRIFT_MARKER, type DriftReport } from '../drift/model.js';
import { fitSections, joinParts, type CutSection } from './cut-sections.js';
import { approvals, footer, moreNotice, picture, summary, verdict, type Links } from './drift-core.js';
import { environmentSection } from './drift-environment.js';
import { clip } from './drift-format.js';
import { liveSection, matrixSection } from './drift-live.js';
import { promotionSections } from './drift-promotion.js';
import { cell } from './markdown-escape.js';

export { renderDriftText } from './drift-text.js';

/** The dashboard's default budget: under GitHub's 65,536 characters of an issue body, with room to spare. */
export const DRIFT_MAX_CHARS = 60_000;
/** Below this no dashboard can say anything useful: a caller's mistake. */
export const DRIFT_MIN_CHARS = 1_000;
const TITLE = '## gitops-promotion drift';
const NOTICE_MAX = 500;
const NOTICE_LINES = 20;

export interface DriftMarkdownOptions {
  /** At most this many characters (default DRIFT_MAX_CHARS; Infinity: the full report, uncut). */
  maxChars?: number;
  /** The full report (the run or its artifact): the cut notices link it. */
  reportUrl?: string | null;
  /** https://github.com/o/r, for commit and pull request links. */
  repoUrl?: string | null;
  /** A line at the top, e.g. what an approval did. */
  notice?: string | null;
}

/**
 * The drift dashboard (the body). The marker, the verdict, the summary and every approval box are
 * always there; the details (the picture, the matrix, promotion, environments, Argo CD) are cut to fit
 * `maxChars`, the live details first and the promotion details last, each cut saying how much it left
 * out and where the rest is. When even the kept part does not fit, the body says so (and, when even the
 * boxes do not fit, offers none rather than a cut one). Never longer than `maxChars`.
 */
export function renderDriftMarkdown(report: DriftReport, options: DriftMarkdownOptions = {}): string {
  const max = options.maxChars ?? DRIFT_MAX_CHARS;
  if (!(max >= DRIFT_MIN_CHARS))
    throw new RangeError(`maxChars must be at least ${DRIFT_MIN_CHARS}, not ${max}`);
  const links: Links = { reportUrl: options.reportUrl ?? null, repoUrl: options.repoUrl ?? null };
  const notice = noticeQuote(options.notice ?? null);
  const top = [DRIFT_MARKER, notice, TITLE];
  const more = (what: string) => (n: number) => moreNotice(n, what, links);
  const promotion = promotionSections(report, links.repoUrl, (n, what) => moreNotice(n, what, links));
  const sections: { section: CutSection; cutRank: number }[] = [
    { section: pictureSection(report), cutRank: 5 },
    { section: matrixSection(report.matrix, more('components')), cutRank: 1 },
    { section: promotion.errors, cutRank: 4 },
    { section: promotion.pending, cutRank: 3 },
    { section: environmentSection(report, more('findings')), cutRank: 2 },
    { section: liveSection(report, more('rows')), cutRank: 0 },
  ];
  const kept = [...top, verdict(report), summary(report), approvals(report)];
  const fitted = fitSections(kept, sections, [footer(report, links)], max);
  if (fitted !== null) return fitted;
  const cut = (what: string) => `> ⚠️ ${what} in the dashboard's ${max} characters: ${seeFull(links)}.`;
  return firstFitting(max, [
    [...kept, cut('The details do not fit'), footer(report, links)],
    [
      ...top,
      verdict(report, true),
      cut('The summary and the details do not fit'),
      approvals(report),
      footer(report, links),
    ],
    [
      DRIFT_MARKER,
      TITLE,
      verdict(report, true),
      cut(`Not even the ${report.approvals.length} approval boxes fit (none is offered here, none is cut)`),
      footer(report, links),
    ],
  ]);
}

/** The notice as a quote, a paragraph per line (one per approval run), each line and their count bounded. */
function noticeQuote(notice: string | null): string {
  if (!notice) return '';
  const lines = notice.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  // Bounded after escaping too: escaping can make a line several times longer.
  const shown = lines
    .slice(0, NOTICE_LINES)
    .map((l) => `> ${clip(cell(clip(l, NOTICE_MAX)), NOTICE_MAX * 2)}`);
  if (lines.length > NOTICE_LINES) shown.push(`> … and ${lines.length - NOTICE_LINES} more.`);
  return shown.join('\n>\n');
}

/** The picture, all or nothing (no notice: the summary says the same). */
function pictureSection(r: DriftReport): CutSection {
  const block = picture(r);
  return { head: '', groups: block === '' ? [] : [{ head: null, items: [block] }], more: () => '' };
}

const seeFull = (links: Links) =>
  links.reportUrl ? `see [the full report](${links.reportUrl})` : 'the full report has them';

/** The first document that fits; the last one cut to the marker and its first lines when none does. */
function firstFitting(max: number, candidates: readonly (readonly string[])[]): string {
  for (const parts of candidates) {
    const doc = joinParts(parts);
    if (doc.length <= max) return doc;
  }
  return `${DRIFT_MARKER}\n${TITLE}\n\n> ⚠️ The dashboard does not fit in ${max} characters.\n`;
}
