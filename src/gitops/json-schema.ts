import { linearRegExp } from './linear-regexp.js';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Position } from '../findings.js';
import { looksSecret } from './secret-keys.js';
import { decodePointer } from '../util/json-pointer.js';
import { deepestNodeAt, nodeAt, pathToString, toJson, type VNode } from './vnode.js';
import builtinValuesSchema from '../../schemas/app-of-apps.values.schema.json' with { type: 'json' };
import applicationSchema from '../../schemas/argocd-application.schema.json' with { type: 'json' };
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { validate as builtinValuesValidate } from './generated/app-of-apps.values.validate.js';
import { validate as applicationValidate } from './generated/argocd-application.validate.js';
import { validate as configValidate } from './generated/config.validate.js';

/**
 * Compiled validators by schema object. The project's own schemas come precompiled
 * (scripts/gen-validators.mjs), so a run that meets no other schema never loads ajv's compiler;
 * others (a chart's values.schema.json) compile once per process.
 */
const compiled = new WeakMap<object, ValidateFunction>([
  [applicationSchema, applicationValidate],
  [configSchema, configValidate],
  [builtinValuesSchema, builtinValuesValidate],
]);
let shared: Promise<Ajv> | undefined;

/** The validator of one of the project's own schemas (always precompiled). */
export function precompiled(schema: object): ValidateFunction {
  const fn = compiled.get(schema);
  if (!fn) throw new Error('schema is not precompiled: run node scripts/gen-validators.mjs');
  return fn;
}

/** The validator of any schema: precompiled if it is ours, else compiled with ajv (loaded on first use). */
export async function compileSchema(schema: object): Promise<ValidateFunction> {
  let fn = compiled.get(schema);
  if (!fn) {
    shared ??= loadAjv();
    fn = (await shared).compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

async function loadAjv(): Promise<Ajv> {
  const [ajvModule, formatsModule] = await Promise.all([import('ajv'), import('ajv-formats')]);
  // Both are CommonJS: Node hands their exports over as named exports and `default`, a bundle only as
  // `default` (itself possibly wrapping `default`). Take the constructor wherever it is.
  type AjvClass = new (options: object) => Ajv;
  const loose = ajvModule as unknown as { Ajv?: AjvClass; default?: AjvClass & { Ajv?: AjvClass } };
  const AjvConstructor = loose.Ajv ?? loose.default?.Ajv ?? loose.default;
  const formats = formatsModule as unknown as {
    default: ((ajv: Ajv) => Ajv) & { default?: (ajv: Ajv) => Ajv };
  };
  const addFormats = formats.default.default ?? formats.default;
  if (typeof AjvConstructor !== 'function' || typeof addFormats !== 'function') {
    throw new Error('ajv could not be loaded from the bundle');
  }
  return addFormats(
    new AjvConstructor({
      strict: false,
      allErrors: true,
      validateSchema: false,
      code: { optimize: false, regExp: linearRegExp },
    }),
  );
}

export interface SchemaViolation {
  /** The value's path, for messages (`certManager.enable`). */
  path: string;
  /** The same path as segments (for an unknown key, ending in that key). */
  segments: string[];
  message: string;
  keyword: string;
  pos: Position;
}

/**
 * Validates a located tree and maps each ajv error back to the line of the offending value
 * (for an unknown key: the key itself; for a missing key: the map that lacks it).
 */
export function validateNode(validate: ValidateFunction, root: VNode, fallback: Position): SchemaViolation[] {
  if (validate(toJson(root))) return [];
  return explain(validate.errors ?? [], root, fallback);
}

export function explain(errors: readonly ErrorObject[], root: VNode, fallback: Position): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  const seen = new Set<string>();
  for (const e of pruneAlternatives(errors)) {
    const path = decodePointer(e.instancePath);
    let pos: Position = (nodeAt(root, path) ?? deepestNodeAt(root, path)).pos ?? fallback;
    let shownPath = path;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const node = nodeAt(root, [...path, extra]);
      pos = node?.keyPos ?? node?.pos ?? pos;
      shownPath = [...path, extra];
      message = 'is not allowed here (unknown field)';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'type') {
      const actual = nodeAt(root, path);
      // Messages reach PR annotations and comments: a secret-looking field's value is never quoted.
      const secret = path.length > 0 && looksSecret(path.at(-1)!);
      const got = actual ? describeValue(toJson(actual), !secret) : 'nothing';
      message = `must be ${(e.params as { type: string | string[] }).type}, got ${got}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    }
    const where = pathToString(shownPath) || '(root)';
    const text =
      e.keyword === 'required'
        ? `${where === '(root)' ? '' : `${where}: `}missing required field "${(e.params as { missingProperty: string }).missingProperty}"`
        : `${where} ${message}`;
    const key = `${pos.file}:${pos.line}:${pos.column}:${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: where, segments: shownPath, message: text, keyword: e.keyword, pos });
  }
  return out;
}

/** `string "abc"`, `number 3`, `an object`…; with `showValue` false, the type alone (`a string`). */
function describeValue(v: unknown, showValue = true): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (!showValue) return `a ${typeof v}`;
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

/**
 * anyOf/oneOf failures report every branch; when one branch got further (deeper path) only
 * that branch's errors help the user. Drops the summary error and the shallow branch errors.
 */
function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (combinators.length === 0) return [...errors];
  return errors.filter((e) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      return !errors.some(
        (o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.keyword !== e.keyword,
      );
    }
    return true;
  });
}
