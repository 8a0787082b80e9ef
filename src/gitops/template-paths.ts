/**
 * Which values a template line reads, as far as its text shows it: `.Values.a.b` (or `$.Values…`)
 * directly, or a field of the element a `range` over a `.Values` map gives a variable
 * (`range $name, $app := .Values.apps` … `{{ $app.wave }}`: `apps.<element>.wave`). A hint for
 * pointing at the values line that produced a value, not a template parser.
 */

/** A `range` over a `.Values` map: the map's path and the variable its elements get (null: the dot). */
export interface ValuesRange {
  path: string[];
  element: string | null;
}

/** A values path a line reads: `within` a range's map (one element of it, then `path`), or from the root. */
export interface ValuesRead {
  within: string[] | null;
  path: string[];
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const VAR = '\\$[A-Za-z0-9_]*';
// Anchored on a single action's text; no two parts can match the same characters (linear time).
const RANGE = new RegExp(
  `^-?\\s*range\\s+(?:(${VAR})\\s*,\\s*)?(?:(${VAR})\\s*:=\\s*)?\\$?\\.Values((?:\\.${NAME})*)\\s*-?$`,
);
const VALUES_READ = new RegExp(`(?<![A-Za-z0-9_)\\]])\\$?\\.Values((?:\\.${NAME})+)`, 'g');
const VAR_READ = new RegExp(`(${VAR})((?:\\.${NAME})+)`, 'g');
const DOT_READ = new RegExp(`(?<![A-Za-z0-9_$)\\]])\\.(${NAME}(?:\\.${NAME})*)`, 'g');

/** The text of every `{{ … }}` action of a template, in order. */
export function actions(text: string): string[] {
  const out: string[] = [];
  let at = text.indexOf('{{');
  while (at >= 0) {
    const end = text.indexOf('}}', at + 2);
    if (end < 0) break;
    out.push(text.slice(at + 2, end));
    at = text.indexOf('{{', end + 2);
  }
  return out;
}

/** Every `range` of a template over a `.Values` map (`range .Values.apps` included). */
export function valuesRanges(text: string): ValuesRange[] {
  const out: ValuesRange[] = [];
  for (const action of actions(text)) {
    const m = RANGE.exec(action.trim());
    if (!m) continue;
    out.push({ path: m[3]!.split('.').filter(Boolean), element: m[2] ?? null });
  }
  return out;
}

/** What the actions of one line read of the values, given the template's ranges. */
export function lineReads(line: string, ranges: readonly ValuesRange[]): ValuesRead[] {
  const out: ValuesRead[] = [];
  const split = (p: string) => p.split('.').filter(Boolean);
  for (const action of actions(line)) {
    for (const m of action.matchAll(VALUES_READ)) out.push({ within: null, path: split(m[1]!) });
    for (const m of action.matchAll(VAR_READ)) {
      const range = ranges.find((r) => r.element === m[1]);
      if (range) out.push({ within: range.path, path: split(m[2]!) });
    }
    const dotted = ranges.filter((r) => r.element === null);
    if (dotted.length !== 1) continue;
    for (const m of action.replace(VALUES_READ, '').matchAll(DOT_READ))
      out.push({ within: dotted[0]!.path, path: split(m[1]!) });
  }
  return out;
}
