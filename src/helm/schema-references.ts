/** Metaschemas helm knows without fetching them. */
const KNOWN_METASCHEMA =
  /^https?:\/\/json-schema\.org\/(schema|draft-0[3-7]\/schema|draft\/20(19-09|20-12)\/schema)#?$/;
/** Keys whose value helm resolves (and, unless it is `#…`, reads or fetches) while validating values. */
const REFERENCE_KEYS = new Set(['$ref', '$dynamicRef', '$recursiveRef']);

/**
 * A `values.schema.json` as helm reads it: helm's chart loader strips one leading UTF-8 byte order
 * mark from every file, then Go's JSON decoder takes the same whitespace as JSON.parse (space, tab,
 * CR, LF; helm 4.1.4 measured: a second mark, or a space before the mark, fails). Undefined when it
 * does not parse (helm fails on it too).
 */
export function parseSchema(text: string): { schema: unknown } | undefined {
  try {
    return { schema: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The first value of a parsed schema that makes helm read or fetch anything but the schema itself:
 * a `$ref`, `$dynamicRef` or `$recursiveRef` (keys as decoded, `"\u0024ref"` included) that does not
 * start with `#`, or a `$schema` that is not a known metaschema; null when there is none.
 */
export function foreignReference(node: unknown): { key: string; value: string } | null {
  if (Array.isArray(node)) {
    for (const v of node) {
      const r = foreignReference(v);
      if (r) return r;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  for (const [k, v] of Object.entries(node)) {
    if (REFERENCE_KEYS.has(k) && typeof v === 'string' && !v.startsWith('#')) return { key: k, value: v };
    if (k === '$schema' && typeof v === 'string' && !KNOWN_METASCHEMA.test(v)) return { key: k, value: v };
    const r = foreignReference(v);
    if (r) return r;
  }
  return null;
}
