import { decodePointer } from '../util/json-pointer.js';

/** Config `diff.ignore`: what never counts as a change. */
export interface IgnoreConfig {
  /** JSON pointers with `*` segments, e.g. `/metadata/annotations/checksum~1config`. */
  paths: string[];
  labels: string[];
  annotations: string[];
}

interface Rule {
  name: string;
  segments: string[];
}

const META_PREFIXES = [['metadata'], ['spec', 'template', 'metadata']];

export function ignoreRules(config: IgnoreConfig): Rule[] {
  const rules: Rule[] = config.paths.map((p) => ({ name: p, segments: parsePointer(p) }));
  for (const [kind, keys] of [
    ['labels', config.labels] as const,
    ['annotations', config.annotations] as const,
  ]) {
    for (const k of keys) {
      for (const prefix of META_PREFIXES)
        rules.push({ name: `${kind}:${k}`, segments: [...prefix, kind, k] });
    }
  }
  return rules;
}

function parsePointer(p: string): string[] {
  if (!p.startsWith('/')) throw new Error(`ignore path "${p}" must be a JSON pointer starting with /`);
  return decodePointer(p);
}

type Obj = Record<string, unknown>;

/**
 * Removes ignored fields from both sides of a pair (copies), counting, per rule, the places
 * where the two sides differed: those are the changes the report did not show.
 */
export function applyIgnores(
  a: Obj | undefined,
  b: Obj | undefined,
  rules: readonly Rule[],
  counts: Record<string, number>,
): [Obj | undefined, Obj | undefined] {
  if (rules.length === 0) return [a, b];
  const ca = a ? structuredClone(a) : undefined;
  const cb = b ? structuredClone(b) : undefined;
  for (const rule of rules) {
    const paths = new Set(
      [...expand(ca, rule.segments), ...expand(cb, rule.segments)].map((p) => JSON.stringify(p)),
    );
    for (const json of paths) {
      const path = JSON.parse(json) as string[];
      const va = get(ca, path);
      const vb = get(cb, path);
      if (JSON.stringify(va) !== JSON.stringify(vb) && ca && cb)
        counts[rule.name] = (counts[rule.name] ?? 0) + 1;
      remove(ca, path);
      remove(cb, path);
    }
  }
  return [compact(ca) as Obj | undefined, compact(cb) as Obj | undefined];
}

/** An array item being removed keeps its slot until the end, so the other paths' indices stay right. */
const REMOVED = Symbol('removed');

function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== REMOVED).map(compact);
  if (node === null || typeof node !== 'object') return node;
  for (const [k, v] of Object.entries(node)) (node as Obj)[k] = compact(v);
  return node;
}

function expand(obj: unknown, segments: readonly string[], at: string[] = []): string[][] {
  if (segments.length === 0) return [at];
  if (obj === null || typeof obj !== 'object') return [];
  const [head, ...rest] = segments as [string, ...string[]];
  const keys = head === '*' ? Object.keys(obj) : head in obj ? [head] : [];
  return keys.flatMap((k) => expand((obj as Obj)[k], rest, [...at, k]));
}

function get(obj: unknown, path: readonly string[]): unknown {
  let cur = obj;
  for (const s of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Obj)[s];
  }
  return cur;
}

function remove(obj: unknown, path: readonly string[]): void {
  const parent = get(obj, path.slice(0, -1));
  if (parent && typeof parent === 'object') {
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent[Number(last)] = REMOVED;
    else delete (parent as Obj)[last];
  }
}
