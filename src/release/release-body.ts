/**
 * Appending a section (a rollback record, …) to a release's notes within GitHub's limit. Appended
 * sections follow an invisible marker, so that a later append tells the original notes (which may be
 * cut) from the sections appended since (which never are).
 */
import { RELEASE_BODY_MAX_CHARS } from '../report/budget.js';

/** Precedes each appended section; an HTML comment, so GitHub does not render it. */
export const NOTE_MARKER = '<!-- gitops-promotion: appended note -->';
/** Replaces the tail of original notes cut to make room. */
export const CUT_NOTICE = '…cut to fit; see the asset';

/**
 * `body` with `section` appended. Over `max` characters, the tail of the original notes (before the
 * first appended section) is replaced with CUT_NOTICE; the sections appended before and the new one
 * are kept whole. Throws when they alone do not fit.
 */
export function appendSection(body: string, section: string, max = RELEASE_BODY_MAX_CHARS): string {
  const { original, sections } = splitNotes(body);
  const tail = [sections, `${NOTE_MARKER}\n${section.trim()}`].filter((p) => p !== '').join('\n\n');
  return fitWithin(original, tail, max, () => {
    return (
      `a release note of ${section.length} characters does not fit in ${max} with the ` +
      `${sections.length} characters of notes appended before it`
    );
  });
}

/**
 * New notes for a release whose current body is `current`: `notes`, then the sections appended to
 * `current` (everything from its first NOTE_MARKER on: rollback records, …), which a re-release must
 * not drop. Over `max` characters, the tail of `notes` is cut as appendSection cuts it, never a
 * section. Throws when the sections alone do not fit.
 */
export function keepAppendedSections(notes: string, current: string, max = RELEASE_BODY_MAX_CHARS): string {
  const { sections } = splitNotes(current);
  if (sections === '') return notes;
  return fitWithin(notes.trimEnd(), sections, max, () => {
    return `the ${sections.length} characters of notes appended to the release do not fit in ${max}`;
  });
}

/**
 * A body split at its first appended section: a NOTE_MARKER on a line of its own, where appendSection
 * puts it (a marker inside a line, e.g. quoted in a code span, does not count).
 */
function splitNotes(body: string): { original: string; sections: string } {
  const match = MARKER_LINE.exec(body);
  if (!match) return { original: body.trimEnd(), sections: '' };
  const at = match.index + match[1]!.length;
  return { original: body.slice(0, at).trimEnd(), sections: body.slice(at).trimEnd() };
}

const MARKER_LINE = new RegExp(`(^|\\n)${NOTE_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\n|$)`);

/**
 * `original`, then `tail` kept whole; over `max`, the tail of `original` is cut. Throws `tooLong()`
 * when `tail` alone does not fit.
 */
function fitWithin(original: string, tail: string, max: number, tooLong: () => string): string {
  const whole = original === '' ? tail : `${original}\n\n${tail}`;
  if (whole.length <= max) return whole;
  const cut = cutToFit(original, max - tail.length - 2);
  if (cut === null) throw new Error(tooLong());
  return `${cut}\n\n${tail}`;
}

/** `text` cut at a line boundary to at most `room` characters, CUT_NOTICE included; null if it cannot be. */
function cutToFit(text: string, room: number): string | null {
  const base = text.endsWith(CUT_NOTICE) ? text.slice(0, -CUT_NOTICE.length).trimEnd() : text;
  const budget = room - CUT_NOTICE.length - 2;
  if (budget < 0) return null;
  for (let limit = budget; ;) {
    let kept = base.slice(0, limit);
    const wholeLines = limit >= base.length || base[limit] === '\n';
    const nl = wholeLines ? kept.length : kept.lastIndexOf('\n');
    kept = (nl > 0 ? kept.slice(0, nl) : kept.replace(/[\uD800-\uDBFF]$/, '')).trimEnd();
    // A cut inside a code block is closed, or the notice and the sections after it would be code too.
    const fence = openFence(kept);
    const closed = fence === null ? kept : `${kept}\n${fence}`;
    if (closed.length <= budget) return closed === '' ? CUT_NOTICE : `${closed}\n\n${CUT_NOTICE}`;
    limit = kept.length - 1;
  }
}

/** The fence that closes the code block `markdown` ends inside, or null when it ends outside one. */
export function openFence(markdown: string): string | null {
  let open: string | null = null;
  for (const line of markdown.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const [, marker = '', rest = ''] = match;
    if (open === null) open = marker;
    else if (marker[0] === open[0] && marker.length >= open.length && rest.trim() === '') open = null;
  }
  return open;
}
