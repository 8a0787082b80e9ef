import { structuredPatch } from 'diff';

/** A unified diff (`---`/`+++`, `@@` hunks, 3 lines of context) of two texts; empty when equal. */
export function unifiedDiff(
  oldText: string,
  newText: string,
  oldName: string,
  newName: string,
  context = 3,
): string {
  if (oldText === newText) return '';
  const patch = structuredPatch(oldName, newName, oldText, newText, '', '', { context });
  const lines = [`--- ${oldName}`, `+++ ${newName}`];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    for (const l of h.lines) if (!l.startsWith('\\')) lines.push(l);
  }
  return lines.join('\n');
}
