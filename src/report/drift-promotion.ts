import type { DriftReport, EdgeDrift, MissedForwardMerge, PendingCommit } from '../drift/model.js';
import { commitLink, pullLink } from './markdown.js';
import { cell, code } from './markdown-escape.js';
import type { CutSection, SectionGroup } from './cut-sections.js';
import { ageText, clip, plural, REASON_MAX, SUBJECT_MAX } from './drift-format.js';
import { shortSha } from '../util/short-sha.js';

/** The promotion details of the drift dashboard: the errors first, then what waits on each edge. */

/** Commits of a missed forward-merge named in its line at most. */
const MISSED_LISTED = 10;
/** Authors named in an edge's heading at most. */
const AUTHORS_LISTED = 10;

type Link = (sha: string) => string;

function missedLine(m: MissedForwardMerge, link: Link): string {
  const from =
    m.hotfixes.length > 0
      ? `from ${m.hotfixes.map((h) => code(clip(h, REASON_MAX))).join(', ')}`
      : 'from no hotfix branch or tag found';
  const shown = m.commits.slice(0, MISSED_LISTED).map((c) => link(c.sha));
  const rest = m.commitCount - shown.length;
  const list = shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
  return `- ❌ **Missed forward-merge**: ${code(m.target)} lacks ${plural(m.commitCount, 'commit')} of ${code(m.source)} ${from}: ${list}.`;
}

function errorsGroup(r: DriftReport, link: Link): SectionGroup {
  const p = r.promotion;
  const items = [
    ...p.missedForwardMerges.map((m) => missedLine(m, link)),
    ...p.missingRefs.map(
      (m) =>
        `- ❌ **Missing ref** ${code(m.ref)} (${cell(clip(m.namedBy, REASON_MAX))}): the remote does not have it.`,
    ),
    ...p.edges.flatMap((e) =>
      e.state === 'unknown'
        ? [`- ❓ ${code(e.from)} → ${code(e.to)}: unknown: ${cell(clip(e.reason, REASON_MAX))}`]
        : [],
    ),
  ];
  return { head: null, items };
}

function commitRow(c: PendingCommit, link: Link, repoUrl: string | undefined): string {
  const pulls = c.pullRequests.map((n) => pullLink(n, repoUrl)).join(', ');
  const cells = [
    link(c.sha),
    pulls,
    cell(clip(c.author, REASON_MAX)),
    cell(c.date.slice(0, 10)),
    cell(clip(c.subject, SUBJECT_MAX)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function edgeGroup(
  e: Exclude<EdgeDrift, { state: 'unknown' }>,
  r: DriftReport,
  link: Link,
  repoUrl?: string,
): SectionGroup {
  const authors = e.authors.slice(0, AUTHORS_LISTED).map((a) => cell(clip(a, REASON_MAX)));
  if (e.authors.length > AUTHORS_LISTED) authors.push(`${e.authors.length - AUTHORS_LISTED} more`);
  const age = e.oldestAt === null ? [] : [`the oldest ${ageText(e.oldestAt, r.generatedAt)} old`];
  const notes = [...age, ...(e.overdue ? ['⏰ overdue'] : [])];
  const oldest = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  const by = authors.length > 0 ? `, by ${authors.join(', ')}` : '';
  const heading = `#### ${code(e.from)} → ${code(e.to)}: ${plural(e.pendingCount, 'commit')} pending${oldest}${by}`;
  const head = `${heading}\n\n| commit | pull request | author | date | subject |\n| --- | --- | --- | --- | --- |`;
  const unlisted = e.pendingCount - e.pending.length;
  const tail =
    unlisted > 0
      ? `_… and ${plural(unlisted, 'more commit')} not listed: \`git log ${shortSha(e.toSha)}..${shortSha(e.fromSha)}\`._`
      : null;
  return { head, items: e.pending.map((c) => commitRow(c, link, repoUrl)), tail };
}

/**
 * The promotion details as two sections: the errors (missed forward-merges, missing refs, unknown edges),
 * cut last, and what waits on each edge, cut in turns so that every edge keeps its oldest commits.
 */
export function promotionSections(
  r: DriftReport,
  repoUrl: string | null,
  more: (n: number, what: string) => string,
): { errors: CutSection; pending: CutSection } {
  const url = repoUrl ?? undefined;
  const link: Link = (sha) => commitLink(sha, url);
  const errors = errorsGroup(r, link);
  const pending = r.promotion.edges.flatMap((e) =>
    e.state === 'pending' ? [edgeGroup(e, r, link, url)] : [],
  );
  const head =
    errors.items.length === 0 && pending.length === 0
      ? '### Promotion\n\nEvery edge is in sync; no missed forward-merge, no missing ref.'
      : '### Promotion';
  return {
    errors: { head, groups: [errors], more: (n) => more(n, 'errors') },
    pending: { head: '', groups: pending, more: (n) => more(n, 'pending commits'), spread: true },
  };
}
