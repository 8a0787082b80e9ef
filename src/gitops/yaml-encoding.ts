import type { Finding, Severity } from '../findings.js';
import type { RuleId } from '../rule-ids.js';
import { isMap } from '../util/is-map.js';
import type { VNode } from './vnode.js';
import type { LoadedYaml, YamlDocument } from './yaml-source.js';

/**
 * A parsed YAML file (parseYaml's LoadedYaml) as JSON and back, for the parse cache: every value,
 * position and finding as parsed, numbers JSON cannot hold (NaN, ±Infinity, -0) and bigints included.
 * A node is `[kind, line, column, keyLine, keyColumn, payload]` (the file is the LoadedYaml's), and
 * what does not decode to exactly that shape is refused whole (null): the file is parsed again.
 */

const MAP = 0;
const SEQ = 1;
const SCALAR = 2;
/** A number JSON cannot hold, as its name: `NaN`, `Infinity`, `-Infinity`, `-0`. */
const NUMBER = 3;
const BIGINT = 4;

type Encoded = [number, number, number, number | null, number | null, unknown];

export function encodeLoaded(loaded: LoadedYaml): unknown {
  return {
    file: loaded.file,
    documents: loaded.documents.map((d) => [d.root && encodeNode(d.root), d.commentBefore, d.line]),
    findings: loaded.findings,
  };
}

function encodeNode(n: VNode): Encoded {
  const head = [n.pos.line, n.pos.column, n.keyPos?.line ?? null, n.keyPos?.column ?? null] as const;
  if (n.kind === 'map') {
    const payload: unknown[] = [];
    for (const [k, v] of n.entries) payload.push(k, encodeNode(v));
    return [MAP, ...head, payload];
  }
  if (n.kind === 'seq') return [SEQ, ...head, n.items.map(encodeNode)];
  const v = n.value;
  if (typeof v === 'bigint') return [BIGINT, ...head, v.toString()];
  if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)))
    return [NUMBER, ...head, Object.is(v, -0) ? '-0' : String(v)];
  return [SCALAR, ...head, v];
}

/** What encodeLoaded gave, for the file `file`, or null when it is not exactly of that shape. */
export function decodeLoaded(value: unknown, file: string): LoadedYaml | null {
  try {
    if (!isMap(value) || value.file !== file) return null;
    const { documents, findings } = value;
    if (!Array.isArray(documents) || !Array.isArray(findings) || !findings.every(isFinding)) return null;
    // Rebuilt with exactly a finding's fields.
    const found = (findings as Finding[]).map(
      ({ severity, rule, message, file: f, line, column, cluster }) => ({
        severity,
        rule,
        message,
        file: f,
        line,
        column,
        cluster,
      }),
    );
    return { file, documents: documents.map((d) => decodeDocument(d, file)), findings: found };
  } catch (e) {
    if (e instanceof NotEncoded) return null;
    throw e;
  }
}

class NotEncoded extends Error {}

function decodeDocument(d: unknown, file: string): YamlDocument {
  if (!Array.isArray(d) || d.length !== 3) throw new NotEncoded();
  const [root, comment, line] = d as unknown[];
  if (!(comment === null || typeof comment === 'string') || !Number.isSafeInteger(line))
    throw new NotEncoded();
  return {
    root: root === null ? null : decodeNode(root, file),
    commentBefore: comment,
    line: line as number,
  };
}

function decodeNode(x: unknown, file: string): VNode {
  if (!Array.isArray(x) || x.length !== 6) throw new NotEncoded();
  const [kind, line, column, keyLine, keyColumn, payload] = x as unknown[];
  if (!Number.isSafeInteger(line) || !Number.isSafeInteger(column)) throw new NotEncoded();
  const pos = { file, line: line as number, column: column as number };
  const keyed = keyLine !== null || keyColumn !== null;
  if (keyed && (!Number.isSafeInteger(keyLine) || !Number.isSafeInteger(keyColumn))) throw new NotEncoded();
  const keyPos = keyed ? { keyPos: { file, line: keyLine as number, column: keyColumn as number } } : {};
  if (kind === MAP && Array.isArray(payload) && payload.length % 2 === 0) {
    const entries = new Map<string, VNode>();
    for (let i = 0; i < payload.length; i += 2) {
      const key: unknown = payload[i];
      if (typeof key !== 'string') throw new NotEncoded();
      entries.set(key, decodeNode(payload[i + 1], file));
    }
    return { kind: 'map', pos, ...keyPos, entries };
  }
  if (kind === SEQ && Array.isArray(payload))
    return { kind: 'seq', pos, ...keyPos, items: payload.map((i) => decodeNode(i, file)) };
  return { kind: 'scalar', pos, ...keyPos, value: decodeScalar(kind, payload) };
}

function decodeScalar(kind: unknown, v: unknown): string | number | boolean | null | bigint {
  if (kind === SCALAR && (v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    return v as string | number | boolean | null;
  if (kind === NUMBER && typeof v === 'string' && ['NaN', 'Infinity', '-Infinity', '-0'].includes(v))
    return v === '-0' ? -0 : Number(v);
  if (kind === BIGINT && typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  throw new NotEncoded();
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

function isFinding(f: unknown): boolean {
  if (!isMap(f)) return false;
  const nullable = (v: unknown, type: string) => v === null || typeof v === type;
  return (
    SEVERITIES.includes(f.severity as Severity) &&
    typeof (f.rule as RuleId) === 'string' &&
    typeof f.message === 'string' &&
    nullable(f.file, 'string') &&
    nullable(f.line, 'number') &&
    nullable(f.column, 'number') &&
    nullable(f.cluster, 'string')
  );
}
