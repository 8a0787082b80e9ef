import { CORE_SCHEMA, load } from 'js-yaml';

/** Nodes an inline values text may expand to (aliases counted each time they are used). */
const NODE_BUDGET = 100_000;

export type ParsedValues = { ok: true; value: unknown } | { ok: false };

/**
 * An Application's inline helm values (`helm.values`, YAML in a string) as data, read as helm reads
 * them: a key twice keeps the last. Not YAML, or an expansion past the node budget (an alias bomb
 * in a rendered string): not ok, and the caller treats the text whole.
 */
export function parseInlineValues(text: string): ParsedValues {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, json: true });
  } catch {
    return { ok: false };
  }
  return withinBudget(value) ? { ok: true, value } : { ok: false };
}

function withinBudget(root: unknown): boolean {
  let nodes = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++nodes > NODE_BUDGET) return false;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push(child);
  }
  return true;
}
