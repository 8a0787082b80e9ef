import type { Position } from '../findings.js';
import { fromJson, type VMap, type VNode } from './vnode.js';

export interface HelmParameter {
  name: string;
  value: string;
  forceString?: boolean;
  /** Where the parameter is written (its bootstrap or config entry), for findings about it. */
  at?: Position;
}

/**
 * Applies Argo CD `helm.parameters` and `helm.fileParameters` to a values tree as helm does: every
 * `--set` (typed: `true`/`false`, `null`, integers), then every `--set-string` (strings), then every
 * `--set-file` (the file's text, a string), whatever their order in the Application. Names follow
 * helm's strvals paths (`a.b`, `\.` for a dot, `a[0].b`); values are read as strvals reads the
 * argument Argo CD builds (its comma escaping, `\x` for x, `{a,b}` a list).
 */
export function applyParameters(
  base: VMap,
  params: readonly HelmParameter[],
  pos: Position,
  fileValues: readonly { name: string; text: string }[] = [],
): VMap {
  const ordered = [...params.filter((p) => !p.forceString), ...params.filter((p) => p.forceString)];
  let root = base;
  for (const p of ordered) {
    const at = p.at ?? pos;
    root = setPath(root, parseName(p.name), fromJson(helmSetValue(p.value, !!p.forceString), at), at) as VMap;
  }
  for (const f of fileValues)
    root = setPath(root, parseName(f.name), { kind: 'scalar', pos, value: f.text }, pos) as VMap;
  return root;
}

/** Argo CD's escaping of a parameter value: a `,` not after `\` becomes `\,`, unless the value is `{…}`. */
export function argoEscapedValue(value: string): string {
  return value.startsWith('{') && value.endsWith('}') ? value : value.replace(/(?<!\\),/g, '\\,');
}

type Json = string | number | boolean | null | Json[];

/** What helm's strvals makes of the value Argo CD passes for `value` (`asString`: `--set-string`). */
export function helmSetValue(value: string, asString: boolean): Json {
  const arg = argoEscapedValue(value);
  if (!arg.startsWith('{')) return typedValue(readUntil(arg, 0, ',').text, asString);
  const items: Json[] = [];
  let i = 1;
  for (;;) {
    const item = readUntil(arg, i, ',}');
    items.push(typedValue(item.text, asString));
    if (item.end >= arg.length || arg[item.end] === '}') return items;
    i = item.end + 1;
  }
}

/** Characters from `i` up to the first unescaped one of `stops`, each `\x` read as `x`. */
function readUntil(s: string, i: number, stops: string): { text: string; end: number } {
  let text = '';
  for (; i < s.length && !stops.includes(s[i]!); i++) {
    if (s[i] === '\\') i++;
    if (i < s.length) text += s[i];
  }
  return { text, end: i };
}

/** strvals `typedVal`: true/false/null in any case, 0, and int64 integers not written with a leading 0. */
function typedValue(v: string, asString: boolean): Json {
  if (asString) return v;
  const lower = v.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null') return null;
  if (v === '0') return 0;
  if (/^[+-]?\d+$/.test(v) && v[0] !== '0') {
    const n = BigInt(v);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return Number(n);
  }
  return v;
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
