import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { ConfigurationError } from '../errors.js';
import { canonicalJson } from '../util/canonical-json.js';
import { escapeRegExp } from '../util/regexp-escape.js';

/**
 * The edits that make a copy of a cluster's file another cluster's: its name, environment, server
 * and revision replaced where the file says they are the cluster's identity (fields named for them),
 * never in other text. Edits are made in the text itself (comments, quoting and layout kept), then
 * proven: the edited file reads as the original with exactly those values changed.
 */

export interface IdentityChange {
  name: { from: string; to: string };
  /** When the environment changes: `env`/`environment` fields equal to `from` become `to`. */
  env: { from: string; to: string } | null;
  /** The old cluster's environment: an `env` field holding it is no mention of the name, whatever the name. */
  likeEnv: string | null;
  /** When a server is given: `server` fields equal to one of `from` become `to`. */
  server: { from: readonly string[]; to: string } | null;
  /** When the environment changes: `targetRevision`/`revision` fields equal to one of `from` become `to`. */
  revision: { from: readonly string[]; to: string } | null;
  /** The label that names a cluster (config `clusterLabel`). */
  clusterLabel: string;
  /** A `valueFiles` entry as written → the entry the copy has (files copied or of the new environment). */
  valueFile: (entry: string) => string | null;
}

/** One value the copy changes, where it is (1-based line of the copy) and which field. */
export interface Replacement {
  line: number;
  field: string;
  from: string;
  to: string;
  /** Why, when it is not plainly the field's identity (a server derived from the name). */
  note?: string;
}

/** Text of the copy that names the old cluster but is not its identity: kept as it is, said. */
export interface Mention {
  line: number;
  field: string;
  text: string;
}

export interface EditedFile {
  text: string;
  replaced: Replacement[];
  kept: Mention[];
}

/** An identity field written as a block scalar (`|`, `>`): not edited in place. */
class BlockScalar extends Error {
  constructor(readonly value: string) {
    super('block scalar');
  }
}

const NAME_KEYS = new Set(['name', 'cluster', 'clusterName', 'cluster_name', 'releaseName']);
const ENV_KEYS = new Set(['env', 'environment']);
const REVISION_KEYS = new Set(['targetRevision', 'revision']);

/** A token of `name` in text: not inside a longer word of letters and digits. */
export function nameToken(name: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, 'g');
}

/** The edits of one YAML file (`file` names it in errors). */
export function editIdentity(file: string, text: string, change: IdentityChange): EditedFile {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  if (!Array.isArray(docs)) throw new ConfigurationError(`${file} is not a YAML stream`, { file });
  const bad = docs.flatMap((d) => d.errors)[0];
  if (bad) throw new ConfigurationError(`${file} does not parse: ${bad.message}`, { file });
  const found: Found[] = [];
  const kept: Mention[] = [];
  const at = (n: Node) => lines.linePos(n.range?.[0] ?? 0).line;
  const ctx: WalkContext = { change, found, kept, at, token: nameToken(change.name.from) };
  try {
    docs.forEach((d, i) => walk(ctx, d.contents, docs.length > 1 ? [`[${i}]`] : [], null));
  } catch (e) {
    if (!(e instanceof BlockScalar)) throw e;
    throw new ConfigurationError(
      `${file}: a block scalar (${JSON.stringify(e.value.split('\n')[0])}) would be edited: copy and edit the file by hand`,
      { file },
    );
  }
  const edited = applyEdits(text, found);
  prove(file, docs, edited, found);
  return {
    text: edited,
    replaced: found.map(({ node, line, to, field, note }) => ({
      line,
      field,
      from: String(node.value),
      to,
      ...(note ? { note } : {}),
    })),
    kept,
  };
}

interface Found {
  node: Scalar;
  /** 1-based, in the original and in the copy alike: an edit never adds or removes a line. */
  line: number;
  /** Where it is among the documents: [doc index when several, ...keys]. */
  path: (string | number)[];
  field: string;
  to: string;
  /** The scalar's new source text. */
  raw: string;
  note?: string;
}

interface WalkContext {
  change: IdentityChange;
  found: Found[];
  kept: Mention[];
  at: (n: Node) => number;
  token: RegExp;
}

type Path = (string | number)[];

function walk(ctx: WalkContext, node: unknown, path: Path, parent: YAMLMap | null): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && hasToken(ctx, pair.key.value))
        ctx.kept.push({ line: ctx.at(pair.key), field: fieldName([...path, key]), text: `key ${key}` });
      walk(ctx, pair.value, [...path, key], node);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(ctx, item, [...path, i], null));
  } else if (isScalar(node) && typeof node.value === 'string') {
    scalar(ctx, node as Scalar<string>, path, parent);
  }
}

function hasToken(ctx: WalkContext, text: string): boolean {
  ctx.token.lastIndex = 0;
  return ctx.token.test(text);
}

/** The field a scalar is: its key, or for a helm parameter's `value`, the last part of its `name`. */
function fieldKey(path: Path, parent: YAMLMap | null): string {
  const key = String(path[path.length - 1] ?? '');
  if (key === 'value' && parent && path.includes('parameters')) {
    const name = parent.get('name');
    if (typeof name === 'string') return name.split('.').pop() ?? key;
  }
  return key;
}

function scalar(ctx: WalkContext, node: Scalar<string>, path: Path, parent: YAMLMap | null): void {
  const { change } = ctx;
  const value = node.value;
  const key = fieldKey(path, parent);
  const field = fieldName(path);
  const add = (to: string, note?: string) => {
    if (to !== value)
      ctx.found.push({
        node,
        line: ctx.at(node),
        path,
        field,
        to,
        raw: rawFor(node, to),
        ...(note ? { note } : {}),
      });
  };
  if (typeof path[path.length - 1] === 'number' && path[path.length - 2] === 'valueFiles') {
    const to = change.valueFile(value);
    if (to !== null) return add(to);
  } else if (NAME_KEYS.has(key) || isMetadataName(path) || isClusterLabel(path, change.clusterLabel)) {
    if (hasToken(ctx, value)) return add(value.replace(ctx.token, change.name.to));
  } else if (key === 'server' || key.endsWith('Server')) {
    if (change.server?.from.includes(value)) return add(change.server.to);
    if (hasToken(ctx, value))
      return add(value.replace(ctx.token, change.name.to), 'derived from the name: give --server to set it');
  } else if (ENV_KEYS.has(key) && change.env && value === change.env.from) {
    return add(change.env.to);
  } else if (REVISION_KEYS.has(key) && change.revision?.from.includes(value)) {
    return add(change.revision.to);
  }
  // A value that is the name itself, in any other field but an environment's or a revision's.
  if (value === change.name.from && !ENV_KEYS.has(key) && !REVISION_KEYS.has(key))
    return add(change.name.to, "the whole value is the cluster's name");
  if (ENV_KEYS.has(key) && value === change.likeEnv) return;
  if (hasToken(ctx, value)) ctx.kept.push({ line: ctx.at(node), field, text: value.split('\n')[0]! });
}

function isMetadataName(path: Path): boolean {
  return path.length >= 2 && path[path.length - 1] === 'name' && path[path.length - 2] === 'metadata';
}

function isClusterLabel(path: Path, label: string): boolean {
  return path.length >= 2 && path[path.length - 1] === label && path[path.length - 2] === 'labels';
}

/** `spec.source.helm.valueFiles[0]`. */
function fieldName(path: Path): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 || p.startsWith('[') ? p : `.${p}`))
    .join('');
}

/**
 * The new source text of a scalar, in its own style: plain stays plain when the new value reads back
 * as that string (else double-quoted), quotes stay quotes. Values are names, refs and URLs checked
 * before (no quote, backslash or line break in them).
 */
function rawFor(node: Scalar, to: string): string {
  if (/["'\\\n\r]/.test(to)) throw new Error(`bug: ${JSON.stringify(to)} reached a YAML edit unchecked`);
  if (node.type === 'QUOTE_SINGLE') return `'${to}'`;
  if (node.type === 'QUOTE_DOUBLE') return `"${to}"`;
  if (node.type === 'PLAIN') {
    const back = parseAllDocuments(`x: ${to}\n`);
    const reads = !Array.isArray(back) ? null : (back[0]?.toJS() as { x?: unknown } | null)?.x;
    return reads === to ? to : JSON.stringify(to);
  }
  throw new BlockScalar(String(node.value));
}

function applyEdits(text: string, found: readonly Found[]): string {
  let out = text;
  for (const f of [...found].sort((a, b) => b.node.range![0] - a.node.range![0]))
    out = out.slice(0, f.node.range![0]) + f.raw + out.slice(f.node.range![1]);
  return out;
}

/** The edited text reads as the original with exactly the edited values changed; else nothing is written. */
function prove(file: string, before: readonly Document[], edited: string, found: readonly Found[]): void {
  const expected = before.map((d) => d.toJS() as unknown);
  for (const f of found) setAt(expected, f.path, f.to, before.length > 1);
  const after = parseAllDocuments(edited);
  const actual = Array.isArray(after) ? after.map((d) => d.toJS() as unknown) : null;
  if (!actual || canonicalJson(actual) !== canonicalJson(expected))
    throw new ConfigurationError(`${file} cannot be edited safely: copy and edit it by hand`, { file });
}

function setAt(docs: unknown[], path: Path, value: string, several: boolean): void {
  const [first, ...rest] = path;
  let target: unknown = docs;
  const keys = several ? [Number(String(first).slice(1, -1)), ...rest] : [0, ...path];
  for (const k of keys.slice(0, -1)) target = (target as Record<string | number, unknown>)[k];
  (target as Record<string | number, unknown>)[keys[keys.length - 1]!] = value;
}
