/**
 * A batch wrapper chart's `helm template` output, split back per alias into what a single render of
 * the chart prints. Helm prints each document as `---\n# Source: <template>\n<document>\n` (the
 * document trimmed, and never holding a line starting `---`: helm splits there), every alias's
 * documents in the order a single render would print them (sorted by file path then by kind, stable,
 * over the whole release: restricted to one alias, the order of its own render), then the hooks of
 * every alias. Output with a hook is not split (the hooks would have to be told apart), nor output
 * with any document not under one of the batch's aliases: the caller renders alone instead.
 */

/** The wrapper chart's name: its aliases' templates are `gp-batch/charts/<alias>/…`. */
export const WRAPPER_NAME = 'gp-batch';

/** Each alias's stdout, or null when the output cannot be attributed document by document. */
export function splitOutput(
  stdout: string,
  aliases: readonly string[],
  chartName: string,
): Map<string, string> | null {
  const parts = new Map<string, string[]>(aliases.map((a) => [a, []]));
  if (stdout.includes('helm.sh/hook')) return null;
  if (stdout !== '\n') {
    if (!stdout.startsWith('---\n') || !stdout.endsWith('\n')) return null;
    for (const piece of stdout.slice(4, -1).split('\n---\n')) {
      const m = /^# Source: ([^\n]*)\n([\s\S]+)$/.exec(piece);
      const source = m && MEMBER_SOURCE.exec(m[1]!);
      const mine = source && parts.get(source[1]!);
      if (!m || !source || !mine || m[2]!.startsWith('---') || m[2]!.includes('\n---')) return null;
      mine.push(`---\n# Source: ${chartName}/${source[2]!}\n${m[2]!}\n`);
    }
  }
  return new Map([...parts].map(([alias, docs]) => [alias, docs.length > 0 ? docs.join('') : '\n']));
}

/** A member's template path in the wrapper's output: its alias (`c<n>`) and the path in its chart. */
const MEMBER_SOURCE = new RegExp(`^${WRAPPER_NAME}/charts/(c\\d+)/(.+)$`);
