/**
 * Mermaid pictures of the promotion chain. Names come from the repository's config: a label keeps only
 * characters that can neither end it nor the fence around it.
 */

/** A name as a mermaid label: letters, digits and `._/-`; anything else becomes `_`. */
export function mermaidLabel(name: string): string {
  return name.replace(/[^A-Za-z0-9._/-]/g, '_');
}

/** Labels longer than this are cut (with `…`): a picture, not a record. */
const LABEL_MAX = 60;

export interface MermaidEdge {
  from: string;
  to: string;
  /** The edge's label, e.g. `4 pending`; sanitized like a name. */
  label: string;
  /** Drawn thick (`==>`). */
  highlight?: boolean;
}

/**
 * `graph LR` of the edges, each node once whatever its name (nodes are `n0`, `n1`, … so that two names
 * that sanitize alike stay two nodes), labels quoted so that no shape syntax (`[/x/]`) is read in them.
 */
export function mermaidGraph(edges: readonly MermaidEdge[]): string {
  const ids = new Map<string, string>();
  const node = (name: string) => {
    if (!ids.has(name)) ids.set(name, `n${ids.size}`);
    return `${ids.get(name)!}["${clip(mermaidLabel(name))}"]`;
  };
  const lines = ['```mermaid', 'graph LR'];
  for (const e of edges) {
    const arrow = e.highlight ? '==>' : '-->';
    lines.push(
      `  ${node(e.from)} ${arrow}|${clip(e.label.replace(/[^A-Za-z0-9 ._/-]/g, '_'))}| ${node(e.to)}`,
    );
  }
  lines.push('```');
  return lines.join('\n');
}

const clip = (s: string) => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);
