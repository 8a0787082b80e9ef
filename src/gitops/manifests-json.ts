import { isMap } from '../util/is-map.js';
import { deepFreeze, type ManifestProblem, type ReadManifests } from './manifests.js';

/**
 * A render's objects as JSON text, kept beside its output in the render cache: reading that text
 * back is about ten times faster than reading the YAML again (js-yaml), and gives the same objects.
 * JSON cannot hold every number YAML can (`.nan`, `.inf`, `-0`): such a render has no JSON form, and
 * its output is read as YAML each time.
 */

/** The JSON text of `read`, or null when JSON would not give the same values back. */
export function readingJson(read: ReadManifests): string | null {
  try {
    return jsonExact(read) ? JSON.stringify(read) : null;
  } catch (e) {
    // Nested deeper than the stack takes: kept as its output only.
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * What `readingJson` wrote, read back deep-frozen (as readManifests' objects are), or null when
 * the text is not of that shape (an entry of another build): its output is then read as YAML.
 */
export function readingFromJson(text: string): ReadManifests | null {
  try {
    return readingOf(JSON.parse(text));
  } catch (e) {
    // Not JSON, or nested deeper than the stack takes (a hand-made entry): the output is read as YAML.
    if (e instanceof SyntaxError || e instanceof RangeError) return null;
    throw e;
  }
}

function readingOf(value: unknown): ReadManifests | null {
  if (!isMap(value) || !Array.isArray(value.manifests) || !Array.isArray(value.problems)) return null;
  const sourced = (s: unknown) => s === null || typeof s === 'string';
  const manifest = (m: unknown) => isMap(m) && sourced(m.source) && isMap(m.object);
  if (!value.manifests.every(manifest) || !value.problems.every(problem)) return null;
  deepFreeze(value);
  return value as unknown as ReadManifests;
}

function problem(p: unknown): boolean {
  if (!isMap(p)) return false;
  const kinds: ManifestProblem['kind'][] = ['unreadable', 'duplicate-key'];
  return (
    kinds.includes(p.kind as ManifestProblem['kind']) &&
    (p.source === null || typeof p.source === 'string') &&
    Number.isSafeInteger(p.index) &&
    typeof p.reason === 'string'
  );
}

/** True when JSON.stringify then JSON.parse gives `v` back: no NaN, ±Infinity or -0 anywhere in it. */
function jsonExact(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v !== 'object') return typeof v !== 'undefined';
  const children = Array.isArray(v) ? v : Object.values(v);
  for (const child of children) if (!jsonExact(child)) return false;
  return true;
}
