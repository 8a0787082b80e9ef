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
  const at = body.indexOf(NOTE_MARKER);
  const original = (at < 0 ? body : body.slice(0, at)).trimEnd();
  const notes = at < 0 ? '' : body.slice(at).trimEnd();
  const tail = [notes, `${NOTE_MARKER}\n${section.trim()}`].filter((p) => p !== '').join('\n\n');
  const whole = original === '' ? tail : `${original}\n\n${tail}`;
  if (whole.length <= max) return whole;
  const cut = cutToFit(original, max - tail.length - 2);
  if (cut === null) {
    throw new Error(
      `a release note of ${section.length} characters does not fit in ${max} with the ${notes.length} ` +
        'characters of notes appended before it',
    );
  }
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
