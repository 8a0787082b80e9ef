/** One changed field: where, and the value before and after (undefined = absent). */
export interface FieldChange {
  path: string;
  old: unknown;
  new: unknown;
}

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
 * matched by name (`containers[name=web].image`), other lists by index when their lengths agree,
 * else compared whole.
 */
export function diffObjects(a: Json, b: Json, path = ''): FieldChange[] {
  if (isMap(a) && isMap(b)) {
    const out: FieldChange[] = [];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) out.push(...diffObjects(a[k], b[k], `${path}${key(k)}`));
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
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path: path.replace(/^\./, ''), old: a, new: b }];
}

/** Reads a dotted/indexed path produced by diffObjects back out of an object (for tests and risks). */
export function valueAt(obj: Json, segments: readonly string[]): Json {
  let cur: Json = obj;
  for (const s of segments) {
    if (!isMap(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, Json>)[s];
  }
  return cur;
}
