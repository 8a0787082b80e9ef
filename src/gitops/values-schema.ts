import builtinSchema from '../../schemas/app-of-apps.values.schema.json' with { type: 'json' };
import { ConfigurationError } from '../errors.js';
import { finding, type Finding } from '../findings.js';
import type { Config } from './config.js';
import { compileSchema, validateNode } from './json-schema.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
import type { VNode } from './vnode.js';

export interface ValuesSchema {
  /** Where the schema came from: a repo path or `builtin`. */
  origin: string;
  schema: object;
}

/**
 * The schema values are checked against: the configured one, else the chart's own
 * values.schema.json (the one helm enforces), else the built-in component-block schema.
 */
export function selectValuesSchema(files: RepoFiles, config: Config, chart: string): ValuesSchema | null {
  const setting = config.valuesSchema;
  if (setting === 'none') return null;
  if (setting === 'builtin') return { origin: 'builtin', schema: builtinSchema };
  if (setting === 'auto') {
    const own = repoJoin(chart, 'values.schema.json');
    if (files.isFile(own)) return { origin: own, schema: readJsonSchema(files, own, own) };
    return { origin: 'builtin', schema: builtinSchema };
  }
  return { origin: setting, schema: readJsonSchema(files, setting, config.file ?? setting) };
}

function readJsonSchema(files: RepoFiles, rel: string, blame: string): object {
  const text = files.text(rel);
  if (text === null) throw new ConfigurationError(`values schema not found: ${rel}`, { file: blame });
  try {
    const schema = JSON.parse(text) as unknown;
    if (!schema || typeof schema !== 'object') throw new Error('not a JSON object');
    compileSchema(schema);
    return schema;
  } catch (e) {
    throw new ConfigurationError(
      `values schema ${rel} is not a usable JSON schema: ${(e as Error).message}`,
      {
        file: rel,
      },
    );
  }
}

/** Keywords that only make sense for the merged values: one file alone may leave a field to another. */
const WHOLE_ONLY = new Set(['required', 'dependencies', 'dependentRequired', 'minProperties']);

/** Checks one values file on its own: types, enums, unknown keys; not completeness. */
export function validateValuesFile(schema: ValuesSchema, root: VNode, file: string): Finding[] {
  const fn = compileSchema(schema.schema);
  return validateNode(fn, root, { file, line: 1, column: 1 })
    .filter((v) => !WHOLE_ONLY.has(v.keyword))
    .map((v) => finding('error', 'values-schema', v.message, v.pos));
}

/** Checks a cluster's merged values; each error points at the file and line that last set the value. */
export function validateMergedValues(
  schema: ValuesSchema,
  merged: VNode,
  cluster: string,
  fallbackFile: string,
): Finding[] {
  const fn = compileSchema(schema.schema);
  return validateNode(fn, merged, { file: fallbackFile, line: 1, column: 1 }).map((v) =>
    finding('error', 'values-schema', v.message, v.pos, cluster),
  );
}
