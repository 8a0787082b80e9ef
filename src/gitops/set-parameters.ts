import type { Position } from '../findings.js';
import type { VMap, VNode } from './vnode.js';

export interface HelmParameter {
  name: string;
  value: string;
  forceString?: boolean;
}

/**
 * Applies Argo CD `helm.parameters` (passed to helm as `--set` / `--set-string`) to a values tree,
 * as Helm's strvals parser does for one `name=value`: dotted names (`\.` escapes a dot), list
 * indexes (`a[0].b`), and typed values unless forceString (`true`/`false`, `null`, integers).
 */
export function applyParameters(base: VMap, params: readonly HelmParameter[], pos: Position): VMap {
  let root = base;
  for (const p of params) root = setPath(root, parseName(p.name), typedValue(p, pos), pos) as VMap;
  return root;
}

type Segment = { key: string } | { index: number };

export function parseName(name: string): Segment[] {
  const segments: Segment[] = [];
  let current = '';
  let pending = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (ch === '\\' && i + 1 < name.length) {
      current += name[++i];
      pending = true;
    } else if (ch === '.') {
      if (pending || current) segments.push({ key: current });
      current = '';
      pending = false;
    } else if (ch === '[') {
      const end = name.indexOf(']', i);
      if (end < 0) throw new Error(`unclosed "[" in parameter name "${name}"`);
      if (pending || current) segments.push({ key: current });
      const index = Number(name.slice(i + 1, end));
      if (!Number.isInteger(index) || index < 0)
        throw new Error(`bad list index in parameter name "${name}"`);
      segments.push({ index });
      current = '';
      pending = false;
      i = end;
    } else {
      current += ch;
      pending = true;
    }
  }
  if (pending || current) segments.push({ key: current });
  if (segments.length === 0) throw new Error('empty parameter name');
  return segments;
}

function typedValue(p: HelmParameter, pos: Position): VNode {
  const v = p.value;
  if (p.forceString) return { kind: 'scalar', pos, value: v };
  if (v === 'true' || v === 'false') return { kind: 'scalar', pos, value: v === 'true' };
  if (v === 'null') return { kind: 'scalar', pos, value: null };
  if (/^-?(0|[1-9]\d*)$/.test(v) && Number.isSafeInteger(Number(v)))
    return { kind: 'scalar', pos, value: Number(v) };
  return { kind: 'scalar', pos, value: v };
}

function setPath(node: VNode | undefined, path: Segment[], value: VNode, pos: Position): VNode {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  if ('key' in head) {
    const map: VMap = node?.kind === 'map' ? node : { kind: 'map', pos, entries: new Map() };
    const entries = new Map(map.entries);
    if (rest.length === 0 && value.kind === 'scalar' && value.value === null) entries.delete(head.key);
    else entries.set(head.key, { ...setPath(entries.get(head.key), rest, value, pos), keyPos: pos });
    return { ...map, entries };
  }
  const items = node?.kind === 'seq' ? [...node.items] : [];
  while (items.length <= head.index) items.push({ kind: 'scalar', pos, value: null });
  items[head.index] = setPath(items[head.index], rest, value, pos);
  return { kind: 'seq', pos: node?.pos ?? pos, items };
}
