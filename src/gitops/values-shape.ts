import { finding, type Finding, type Position } from '../findings.js';
import { closestKey } from './closest-key.js';
import { parseName, type HelmParameter } from './set-parameters.js';
import type { TemplateReads } from './template-reads.js';
import { pathToString, type VNode } from './vnode.js';

/**
 * The shape a chart's own values.yaml gives its values, for charts without a values.schema.json: which
 * keys a map has, and whether a value is a map, a list or a scalar. `free` is a value whose content is
 * the user's (a null, an empty map, a map of names, a dependency's block, a map a template writes out
 * whole or iterates): nothing under it is checked.
 */
export type Shape =
  | { kind: 'free'; line?: number }
  | { kind: 'map'; line: number; entries: Map<string, Shape> }
  | { kind: 'list'; line: number }
  | { kind: 'scalar'; line: number; type: ScalarType };

type ScalarType = 'boolean' | 'number' | 'string';

export interface ValuesShape {
  /** The chart's values.yaml it is inferred from. */
  file: string;
  root: Shape;
  reads: TemplateReads;
}

/**
 * Map keys whose values are the user's own by convention (annotations, labels, selectors, environment
 * variables, config data, a nested chart's values), whatever the base happens to list as examples.
 */
const FREE_NAME = /(annotations|labels|selector|env|envvars|environment|args|data|values)$/i;

/**
 * Infers the shape of a chart's values from its values.yaml. `freeRoots` are top-level keys that
 * belong to someone else (`global`, the chart's dependencies).
 */
export function inferShape(
  base: VNode,
  file: string,
  reads: TemplateReads,
  freeRoots: ReadonlySet<string>,
): ValuesShape {
  const root = shapeOf(base, [], reads, freeRoots);
  // `global` and a dependency's block may be set whether the base mentions them or not.
  if (root.kind === 'map')
    for (const k of freeRoots) if (!root.entries.has(k)) root.entries.set(k, { kind: 'free' });
  return { file, root, reads };
}

function shapeOf(node: VNode, path: string[], reads: TemplateReads, freeRoots: ReadonlySet<string>): Shape {
  const line = (node.keyPos ?? node.pos).line;
  if (node.kind === 'seq') return { kind: 'list', line };
  if (node.kind === 'scalar') {
    if (node.value === null) return { kind: 'free', line };
    return { kind: 'scalar', line, type: scalarType(node.value) };
  }
  if (isFreeForm(node.entries, path, reads)) return { kind: 'free', line };
  const entries = new Map<string, Shape>();
  for (const [k, v] of node.entries) {
    entries.set(
      k,
      path.length === 0 && freeRoots.has(k)
        ? { kind: 'free', line: (v.keyPos ?? v.pos).line }
        : shapeOf(v, [...path, k], reads, freeRoots),
    );
  }
  return { kind: 'map', line, entries };
}

function isFreeForm(
  entries: ReadonlyMap<string, VNode>,
  path: readonly string[],
  reads: TemplateReads,
): boolean {
  if (entries.size === 0) return true;
  if (path.length > 0 && FREE_NAME.test(path.at(-1)!)) return true;
  if (reads.wholePaths.has(path.join('.'))) return true;
  // `argocd.argoproj.io/sync-wave`, `app.kubernetes.io/name`: a map of names, not of fields.
  for (const k of entries.keys()) if (/[./]/.test(k)) return true;
  return false;
}

function scalarType(value: string | number | boolean | bigint): ScalarType {
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : 'number';
}

/**
 * Compares one values file (or inline values) with the shape: a key the base does not have and no
 * template reads, and a value of another kind than the base's (a map where the base has a string, a
 * string where it has a boolean…), are warnings at the value, naming the base's line. A `null` removes
 * a key (Helm's way), whatever the base says.
 */
export function compareWithShape(shape: ValuesShape, root: VNode, cluster: string | null = null): Finding[] {
  const out: Finding[] = [];
  walk(shape, shape.root, root, [], (at, message) =>
    out.push(finding('warning', 'values-shape', message, at, cluster)),
  );
  return out;
}

type Report = (at: Position, message: string) => void;

function walk(shape: ValuesShape, expected: Shape, node: VNode, path: string[], report: Report): void {
  if (node.kind === 'scalar' && node.value === null) return;
  if (expected.kind === 'free') return;
  const mismatch = kindMismatch(shape, expected, node);
  if (mismatch) {
    report(node.pos, `${pathToString(path) || '(root)'} is ${mismatch}`);
    return;
  }
  if (expected.kind !== 'map' || node.kind !== 'map') return;
  for (const [key, value] of node.entries) {
    if (value.kind === 'scalar' && value.value === null) continue;
    const child = expected.entries.get(key);
    if (child) walk(shape, child, value, [...path, key], report);
    else {
      const unknown = unknownKey(shape, expected, path, key);
      if (unknown) report(value.keyPos ?? value.pos, unknown);
    }
  }
}

/** `a string here, but a map in <base>:<line>`, or null when the kinds agree. */
function kindMismatch(
  shape: ValuesShape,
  expected: Exclude<Shape, { kind: 'free' }>,
  node: VNode,
): string | null {
  const got = node.kind === 'map' ? 'map' : node.kind === 'seq' ? 'list' : scalarType(node.value!);
  const want = expected.kind === 'scalar' ? expected.type : expected.kind;
  const agree =
    expected.kind === 'scalar'
      ? node.kind === 'scalar' && !(want === 'boolean' && got === 'string')
      : got === want;
  return agree ? null : differs(shape, got, expected);
}

/** `a string here, but a map in <base>:<line>`. */
function differs(shape: ValuesShape, got: string, expected: Exclude<Shape, { kind: 'free' }>): string {
  const want = expected.kind === 'scalar' ? expected.type : expected.kind;
  return `a ${got} here, but a ${want} in ${shape.file}:${expected.line}`;
}

/**
 * The message for a key the base map does not have, or null when a template reads a field of that
 * name (an optional key the base leaves out), with the closest base key as a suggestion.
 */
function unknownKey(
  shape: ValuesShape,
  parent: Extract<Shape, { kind: 'map' }>,
  path: readonly string[],
  key: string,
): string | null {
  if (shape.reads.names.has(key)) return null;
  const name = pathToString([...path, key]);
  const suggestion = closestKey(key, parent.entries.keys());
  const suggested = suggestion ? parent.entries.get(suggestion) : undefined;
  const where = path.length === 0 ? shape.file : `${pathToString(path)} in ${shape.file}:${parent.line}`;
  const line = suggested?.line ? `:${suggested.line}` : '';
  return suggestion
    ? `${name} is not a key of ${where} and no template reads it: did you mean \`${suggestion}\` (${shape.file}${line})?`
    : `${name} is not a key of ${where} and no template reads it`;
}

/**
 * Checks a `--set` parameter (Argo CD `helm.parameters`) against the shape, at the line that sets it:
 * each name segment must be a key of the base (or under a free value), an index must land on a list
 * (its elements are not checked), and the value must be of the base's kind.
 */
export function checkParameter(
  shape: ValuesShape,
  p: HelmParameter,
  at: Position,
  cluster: string,
): Finding[] {
  let segments: ReturnType<typeof parseName>;
  try {
    segments = parseName(p.name);
  } catch {
    return []; // a name helm cannot read is helm-argument's finding
  }
  const out: Finding[] = [];
  const report = (message: string) =>
    out.push(finding('warning', 'values-shape', `parameter ${p.name}: ${message}`, at, cluster));
  let expected = shape.root;
  const path: string[] = [];
  for (const segment of segments) {
    if (expected.kind === 'free') return out;
    if ('index' in segment) {
      if (expected.kind !== 'list') report(`${pathToString(path)} is ${differs(shape, 'list', expected)}`);
      return out;
    }
    if (expected.kind !== 'map') {
      report(`${pathToString(path) || '(root)'} is ${differs(shape, 'map', expected)}`);
      return out;
    }
    const child = expected.entries.get(segment.key);
    if (!child) {
      const unknown = unknownKey(shape, expected, path, segment.key);
      if (unknown) report(unknown);
      return out;
    }
    path.push(segment.key);
    expected = child;
  }
  const value = parameterValue(p, at);
  if (expected.kind !== 'free' && value) {
    const mismatch = kindMismatch(shape, expected, value);
    if (mismatch) report(`${pathToString(path)} is ${mismatch}`);
  }
  return out;
}

/**
 * The value helm's strvals makes of a parameter, as far as its kind goes: `{a,b}` a list, `true`/`false` a
 * boolean, an integer a number, `null` nothing (it removes the key), else a string; `forceString` a string.
 */
function parameterValue(p: HelmParameter, at: Position): VNode | null {
  const v = p.value;
  if (p.forceString) return { kind: 'scalar', pos: at, value: v };
  if (v === 'null') return null;
  if (/^\{.*\}$/s.test(v)) return { kind: 'seq', pos: at, items: [] };
  if (v === 'true' || v === 'false') return { kind: 'scalar', pos: at, value: v === 'true' };
  if (/^-?(0|[1-9]\d*)$/.test(v)) return { kind: 'scalar', pos: at, value: Number(v) };
  return { kind: 'scalar', pos: at, value: v };
}
