/** One changed field: where, and the value before and after (undefined = absent). */
export interface FieldChange {
  path: string;
  old: unknown;
  new: unknown;
}

import { parseInlineValues } from './inline-values.js';

type Json = unknown;

function isMap(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function named(list: Json[]): boolean {
  return list.length > 0 && list.every((i) => isMap(i) && typeof i.name === 'string');
}

function key(k: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
}

/**
 * Field-level differences of two objects. Lists of named items (containers, env, ports) are
 * matched by name (`containers[name=web].image`), other lists by index when their lengths agree
 * or one extends the other (an appended item is one change), else compared whole. Inline helm
 * values (`helm.values`, YAML in a string) are compared key by key (`helm.values.image.tag`).
 */
export function diffObjects(a: Json, b: Json, path = ''): FieldChange[] {
  if (isMap(a) && isMap(b)) {
    const out: FieldChange[] = [];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const at = `${path}${key(k)}`;
      const inline = k === 'values' && /(^|\.)helm$/.test(path) ? inlineValuesDiff(a[k], b[k], at) : null;
      out.push(...(inline ?? diffObjects(a[k], b[k], at)));
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (named(a) && named(b)) {
      const byName = (l: Json[]) => new Map(l.map((i) => [(i as { name: string }).name, i]));
      const am = byName(a);
      const bm = byName(b);
      if (am.size === a.length && bm.size === b.length) {
        const names = [...new Set([...am.keys(), ...bm.keys()])];
        return names.flatMap((n) => diffObjects(am.get(n), bm.get(n), `${path}[name=${n}]`));
      }
    }
    if (a.length === b.length) return a.flatMap((item, i) => diffObjects(item, b[i], `${path}[${i}]`));
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (short.every((item, i) => JSON.stringify(item) === JSON.stringify(long[i])))
      return long.slice(short.length).map((item, j) => {
        const i = short.length + j;
        return a.length < b.length
          ? { path: `${path}[${i}]`.replace(/^\./, ''), old: undefined, new: item }
          : { path: `${path}[${i}]`.replace(/^\./, ''), old: item, new: undefined };
      });
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path: path.replace(/^\./, ''), old: a, new: b }];
}

/**
 * Two inline values texts (either may be absent) parsed and compared as data, so a change shows
 * as the keys it changes. Null when a side is not a YAML text (compared as it is). Texts that
 * differ only where data does not (comments, layout) are one change of the whole text.
 */
function inlineValuesDiff(a: Json, b: Json, path: string): FieldChange[] | null {
  const text = (v: Json) => typeof v === 'string' || v === undefined;
  if (!text(a) || !text(b) || a === b) return null;
  const pa = a === undefined ? { ok: true as const, value: {} } : parseInlineValues(a as string);
  const pb = b === undefined ? { ok: true as const, value: {} } : parseInlineValues(b as string);
  if (!pa.ok || !pb.ok) return null;
  const changes = diffObjects(pa.value ?? {}, pb.value ?? {}, path);
  return changes.length > 0 ? changes : [{ path: path.replace(/^\./, ''), old: a, new: b }];
}
