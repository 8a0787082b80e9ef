import type { Position } from '../findings.js';

/**
 * A YAML value that remembers where it came from. `pos` is where the value starts,
 * `keyPos` where its key is (for map entries). Merged values keep the position of the
 * file that last set each value, so a schema error points at the line to edit.
 */
export type VNode = VMap | VSeq | VScalar;

interface Located {
  pos: Position;
  keyPos?: Position;
}

export interface VMap extends Located {
  kind: 'map';
  entries: Map<string, VNode>;
}

export interface VSeq extends Located {
  kind: 'seq';
  items: VNode[];
}

export interface VScalar extends Located {
  kind: 'scalar';
  value: string | number | boolean | null | bigint;
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function toJson(node: VNode): Json {
  switch (node.kind) {
    case 'map': {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of node.entries) out[k] = toJson(v);
      return out;
    }
    case 'seq':
      return node.items.map(toJson);
    case 'scalar':
      return typeof node.value === 'bigint' ? Number(node.value) : node.value;
  }
}

/** Builds a VNode from plain data (values that came from the command line or config), all at one position. */
export function fromJson(value: unknown, pos: Position): VNode {
  if (Array.isArray(value)) return { kind: 'seq', pos, items: value.map((v) => fromJson(v, pos)) };
  if (value !== null && typeof value === 'object') {
    const entries = new Map<string, VNode>();
    for (const [k, v] of Object.entries(value)) entries.set(k, { ...fromJson(v, pos), keyPos: pos });
    return { kind: 'map', pos, entries };
  }
  if (value === undefined) return { kind: 'scalar', pos, value: null };
  return { kind: 'scalar', pos, value: value as VScalar['value'] };
}

/** The node at a JSON pointer-like path of segments, or undefined. */
export function nodeAt(root: VNode, path: readonly string[]): VNode | undefined {
  let node: VNode | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (node.kind === 'map') node = node.entries.get(seg);
    else if (node.kind === 'seq') node = node.items[Number(seg)];
    else return undefined;
  }
  return node;
}

/** The deepest existing node along a path: where to point when the path itself does not exist. */
export function deepestNodeAt(root: VNode, path: readonly string[]): VNode {
  let node: VNode = root;
  for (const seg of path) {
    const next: VNode | undefined =
      node.kind === 'map' ? node.entries.get(seg) : node.kind === 'seq' ? node.items[Number(seg)] : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}

/** Every scalar leaf with its path, depth first in document order. */
export function* leaves(node: VNode, path: string[] = []): Generator<{ path: string[]; node: VScalar }> {
  if (node.kind === 'scalar') {
    yield { path, node };
  } else if (node.kind === 'map') {
    for (const [k, v] of node.entries) yield* leaves(v, [...path, k]);
  } else {
    for (let i = 0; i < node.items.length; i++) yield* leaves(node.items[i]!, [...path, String(i)]);
  }
}

export function pathToString(path: readonly string[]): string {
  return path
    .map((p) => (/^[A-Za-z_][\w-]*$/.test(p) ? `.${p}` : /^\d+$/.test(p) ? `[${p}]` : `["${p}"]`))
    .join('')
    .replace(/^\./, '');
}
