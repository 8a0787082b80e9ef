import type { ValidateFunction } from 'ajv';
import builtinSchema from '../../schemas/app-of-apps.values.schema.json' with { type: 'json' };
import { ConfigurationError } from '../errors.js';
import { finding, type Finding } from '../findings.js';
import type { Config } from './config.js';
import { compileSchema, precompiled, validateNode } from './json-schema.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
import type { VNode } from './vnode.js';

export interface ValuesSchema {
  /** Where the schema came from: a repo path or `builtin`. */
  origin: string;
  validate: ValidateFunction;
}

/**
 * Picks the schema values are checked against: the configured one, else the chart's own
 * values.schema.json (the one helm enforces), else the built-in component-block schema.
 * One instance per run and schema file: `cache` is keyed by chart.
 */
export function selectValuesSchema(
  files: RepoFiles,
  config: Config,
  chart: string,
  cache: Map<string, Promise<ValuesSchema | null>>,
): Promise<ValuesSchema | null> {
  const setting = config.valuesSchema;
  const own = repoJoin(chart, 'values.schema.json');
  const source =
    setting === 'none'
      ? null
      : setting === 'builtin' || (setting === 'auto' && !files.isFile(own))
        ? 'builtin'
        : setting === 'auto'
          ? own
          : setting;
  const key = source ?? 'none';
  let found = cache.get(key);
  if (!found) {
    found =
      source === null
        ? Promise.resolve(null)
        : source === 'builtin'
          ? Promise.resolve({ origin: 'builtin', validate: precompiled(builtinSchema) })
          : readJsonSchema(files, source, source === own ? own : (config.file ?? source));
    cache.set(key, found);
  }
  return found;
}

async function readJsonSchema(files: RepoFiles, rel: string, blame: string): Promise<ValuesSchema> {
  const text = files.text(rel);
  if (text === null) throw new ConfigurationError(`values schema not found: ${rel}`, { file: blame });
  try {
    const schema = JSON.parse(text) as unknown;
    if (!schema || typeof schema !== 'object') throw new Error('not a JSON object');
    return { origin: rel, validate: await compileSchema(schema) };
  } catch (e) {
    throw new ConfigurationError(
      `values schema ${rel} is not a usable JSON schema: ${(e as Error).message}`,
      {
        file: rel,
      },
    );
  }
}

/**
 * What a values file alone can be held to: its shape (types, unknown keys). Completeness and value
 * constraints (required, pattern, enum, minLength…) belong to the merged values: a base file's
 * placeholder (`server: ""`) is fine as long as every cluster overrides it.
 */
const SHAPE_KEYWORDS = new Set(['type', 'additionalProperties', 'propertyNames', 'additionalItems']);

/**
 * Checks one values file on its own, for shape only. A `null` value in a map is Helm's way of deleting
 * an inherited key, never a value of its own: it is left out here (the merged values hold the result).
 */
export function validateValuesFile(schema: ValuesSchema, root: VNode, file: string): Finding[] {
  return validateNode(schema.validate, withoutNullEntries(root), { file, line: 1, column: 1 })
    .filter((v) => SHAPE_KEYWORDS.has(v.keyword))
    .map((v) => finding('error', 'values-schema', v.message, v.pos));
}

/** Checks a cluster's merged values; each error points at the file and line that last set the value. */
export function validateMergedValues(
  schema: ValuesSchema,
  merged: VNode,
  cluster: string,
  fallbackFile: string,
): Finding[] {
  return validateNode(schema.validate, merged, { file: fallbackFile, line: 1, column: 1 }).map((v) =>
    finding('error', 'values-schema', v.message, v.pos, cluster),
  );
}

function withoutNullEntries(node: VNode): VNode {
  if (node.kind === 'seq') return { ...node, items: node.items.map(withoutNullEntries) };
  if (node.kind !== 'map') return node;
  const entries = new Map<string, VNode>();
  for (const [k, v] of node.entries) {
    if (v.kind === 'scalar' && v.value === null) continue;
    entries.set(k, withoutNullEntries(v));
  }
  return { ...node, entries };
}
