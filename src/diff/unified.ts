import { structuredPatch } from 'diff';

/** Line edits the diff search may consider before it reports the texts as replaced outright. */
export const MAX_EDIT_LENGTH = 2000;

/** A unified diff (`---`/`+++`, `@@` hunks, 3 lines of context) of two texts; empty when equal. */
export function unifiedDiff(
  oldText: string,
  newText: string,
  oldName: string,
  newName: string,
  context = 3,
): string {
  if (oldText === newText) return '';
  const patch = structuredPatch(oldName, newName, oldText, newText, '', '', {
    context,
    maxEditLength: MAX_EDIT_LENGTH,
  });
  const lines = [`--- ${oldName}`, `+++ ${newName}`];
  // Past MAX_EDIT_LENGTH line edits the search costs more than it tells (the texts share little):
  // the diff says "all of it was replaced" instead, in one hunk.
  if (!patch) return [...lines, ...replaceAll(oldText, newText)].join('\n');
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    for (const l of h.lines) if (!l.startsWith('\\')) lines.push(l);
  }
  return lines.join('\n');
}

function replaceAll(oldText: string, newText: string): string[] {
  const split = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
  const [a, b] = [split(oldText), split(newText)];
  return [
    `@@ -${a.length ? 1 : 0},${a.length} +${b.length ? 1 : 0},${b.length} @@`,
    ...a.map((l) => `-${l}`),
    ...b.map((l) => `+${l}`),
  ];
}
