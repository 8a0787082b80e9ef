import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node } from 'yaml';
import type { Position } from '../findings.js';
import type { VNode } from './vnode.js';

/** A document that cannot be converted within its budget, or whose alias is inside its own anchor. */
export class AliasLimitError extends Error {
  constructor(
    message: string,
    readonly pos: Position,
  ) {
    super(message);
  }
}

interface Converted {
  node: VNode;
  /** How many nodes this value is once every alias in it is expanded (itself included). */
  size: number;
}

/**
 * Converts a parsed YAML document into located values, expanding aliases as Helm's reader does, within
 * a budget of `maxExpandedNodes` nodes produced by expansion. Each anchored value is converted once and
 * shared by its aliases (values are never modified in place), and each alias adds the full expanded
 * size of its anchor to the count: a billion-laughs document is refused after converting its own few
 * nodes, while hundreds of ordinary aliases cost what they expand to.
 */
export function convertDocument(
  doc: Document.Parsed,
  at: (offset: number) => Position,
  maxExpandedNodes: number,
): VNode | null {
  if (!doc.contents) return null;
  return new Converter(doc, at, maxExpandedNodes).convert(doc.contents as Node).node;
}

class Converter {
  private readonly targets: Map<Alias, Node | null>;
  private readonly anchored = new Map<Node, Converted>();
  private readonly converting = new Set<Node>();
  private expanded = 0;

  constructor(
    doc: Document.Parsed,
    private readonly at: (offset: number) => Position,
    private readonly budget: number,
  ) {
    this.targets = aliasTargets(doc);
  }

  convert(node: Node, posOverride?: Position): Converted {
    const pos = posOverride ?? this.at(node.range?.[0] ?? 0);
    if (isAlias(node)) return this.expand(node, pos);
    const anchor = (node as { anchor?: string }).anchor;
    if (!anchor) return this.convertValue(node, pos);
    this.converting.add(node);
    const converted = this.convertValue(node, pos);
    this.converting.delete(node);
    this.anchored.set(node, converted);
    return converted;
  }

  private expand(alias: Alias, pos: Position): Converted {
    const target = this.targets.get(alias) ?? null;
    if (!target) return { node: { kind: 'scalar', pos, value: null }, size: 1 };
    if (this.converting.has(target)) {
      throw new AliasLimitError(`alias *${alias.source} is inside the value it refers to`, pos);
    }
    const shared = this.anchored.get(target) ?? this.convert(target);
    this.expanded += shared.size;
    if (this.expanded > this.budget) {
      throw new AliasLimitError(
        `aliases expand to more than ${this.budget} nodes (limits.maxExpandedNodes): an alias bomb?`,
        pos,
      );
    }
    return { node: { ...shared.node, pos }, size: shared.size };
  }

  private convertValue(node: Node, pos: Position): Converted {
    if (isScalar(node)) return { node: { kind: 'scalar', pos, value: scalarValue(node) }, size: 1 };
    if (isSeq(node)) {
      let size = 1;
      const items = node.items.map((item) => {
        if (!item) return { kind: 'scalar' as const, pos, value: null };
        const c = this.convert(item as Node);
        size += c.size;
        return c.node;
      });
      return { node: { kind: 'seq', pos, items }, size };
    }
    if (isMap(node)) return this.convertMap(node, pos);
    return { node: { kind: 'scalar', pos, value: null }, size: 1 };
  }

  private convertMap(node: Node & { items: unknown[] }, pos: Position): Converted {
    const entries = new Map<string, VNode>();
    const merged: VNode[] = [];
    let size = 1;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keyPos = this.at(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const value = pair.value ? this.convert(pair.value as Node) : null;
      if (value) size += value.size;
      if (keyNode && isScalar(keyNode) && (keyNode.value === '<<' || typeof keyNode.value === 'symbol')) {
        if (value?.node.kind === 'map') merged.push(value.node);
        else if (value?.node.kind === 'seq') merged.push(...value.node.items.filter((i) => i.kind === 'map'));
        continue;
      }
      entries.set(key, { ...(value?.node ?? { kind: 'scalar', pos: keyPos, value: null }), keyPos });
    }
    // YAML merge keys: explicit keys win, earlier merged maps win over later ones.
    for (const m of merged) {
      if (m.kind !== 'map') continue;
      for (const [k, v] of m.entries) if (!entries.has(k)) entries.set(k, v);
    }
    return { node: { kind: 'map', pos, entries }, size };
  }
}

/**
 * What each alias refers to: the last node with its anchor before it, in document order (as the
 * `yaml` package resolves one, but for all aliases in one pass instead of one pass per alias).
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node | null> {
  const out = new Map<Alias, Node | null>();
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) out.set(node, anchors.get(node.source) ?? null);
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return out;
}

function scalarValue(node: Node & { value: unknown }): string | number | boolean | null | bigint {
  const v = node.value;
  // yaml's 1.1 schema reads a lone `.` (or `1.2.3`-like text) as NaN; Go's YAML reads a string.
  const source = (node as { source?: unknown }).source;
  if (
    typeof v === 'number' &&
    Number.isNaN(v) &&
    typeof source === 'string' &&
    !/^[-+]?\.nan$/i.test(source)
  ) {
    return source;
  }
  const value = v instanceof Date ? v.toISOString() : (v as string | number | boolean | null | bigint);
  return value ?? null;
}
