/**
 * Sections of a budgeted markdown document that can be cut: each lists items (table rows, list lines) in
 * the order they matter, and a cut keeps the first ones and says how many it left out.
 */

/** Items under one head (a table's header, a heading); shown only when at least one of its items is. */
export interface SectionGroup {
  /** Markdown before the items, e.g. a table's header and separator; `\n` at its end leaves a blank line. */
  head: string | null;
  items: string[];
  /** After the shown items (a note on the group as a whole). */
  tail?: string | null;
}

export interface CutSection {
  /** Always shown with the section: its heading and what it says of itself ('' for none). */
  head: string;
  groups: SectionGroup[];
  /** The notice for `n` items left out (a link to where they are). */
  more(n: number): string;
  /** A cut takes from every group in turn (each edge keeps its first commits), not the first groups first. */
  spread?: boolean;
}

export const itemCount = (s: CutSection) => s.groups.reduce((n, g) => n + g.items.length, 0);

/** How many items of each group `limit` items show: the first groups first, or (spread) in turns. */
function shownCounts(s: CutSection, limit: number): number[] {
  const sizes = s.groups.map((g) => g.items.length);
  const shown = sizes.map(() => 0);
  let left = Math.min(
    limit,
    sizes.reduce((a, b) => a + b, 0),
  );
  if (!s.spread)
    return sizes.map((n) => {
      const k = Math.min(n, left);
      left -= k;
      return k;
    });
  while (left > 0)
    for (let i = 0; i < sizes.length && left > 0; i++)
      if (shown[i]! < sizes[i]!) {
        shown[i]!++;
        left--;
      }
  return shown;
}

/** The section with `limit` of its items (see shownCounts) and a notice for the rest. */
export function renderSection(s: CutSection, limit: number): string {
  const parts = s.head === '' ? [] : [s.head];
  const counts = shownCounts(s, limit);
  s.groups.forEach((g, i) => {
    const shown = g.items.slice(0, counts[i]);
    if (shown.length === 0) return;
    const body = (g.head === null ? '' : `${g.head}\n`) + shown.join('\n');
    parts.push(g.tail ? `${body}\n\n${g.tail}` : body);
  });
  const hidden = itemCount(s) - counts.reduce((a, b) => a + b, 0);
  if (hidden > 0) parts.push(s.more(hidden));
  return parts.filter((p) => p !== '').join('\n\n');
}

/** The document of these parts: the non-empty ones, a blank line between them, a line end last. */
export function joinParts(parts: readonly string[]): string {
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

const partsLength = (parts: readonly string[]) => joinParts(parts).length;

/** Items each section keeps in the first round of cuts, before any section is cut further. */
export const SECTION_FLOOR = 10;

/**
 * The sections, each cut as little as lets `before + sections + after` fit in `budget` characters. Two
 * rounds, each in `cutRank` order (the lowest first): the first cuts a section down to SECTION_FLOOR
 * items at most, so that every section keeps a glimpse while one can; the second down to its head and
 * notice. Null when even every section cut to its head does not fit.
 */
export function fitSections(
  before: readonly string[],
  sections: readonly { section: CutSection; cutRank: number }[],
  after: readonly string[],
  budget: number,
): string | null {
  const limits = sections.map((s) => itemCount(s.section));
  const rendered = sections.map((s, i) => renderSection(s.section, limits[i]!));
  const fits = () => partsLength([...before, ...rendered, ...after]) <= budget;
  if (fits()) return joinParts([...before, ...rendered, ...after]);
  const order = sections.map((s, i) => ({ i, rank: s.cutRank })).sort((a, b) => a.rank - b.rank);
  for (const floor of [SECTION_FLOOR, 0])
    for (const { i } of order) {
      const s = sections[i]!.section;
      const at = (limit: number) => {
        rendered[i] = renderSection(s, limit);
        return fits();
      };
      let [lo, hi] = [Math.min(floor, limits[i]!), limits[i]!];
      if (!at(lo)) {
        limits[i] = lo;
        continue;
      }
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (at(mid)) lo = mid;
        else hi = mid - 1;
      }
      at(lo);
      return joinParts([...before, ...rendered, ...after]);
    }
  return null;
}
