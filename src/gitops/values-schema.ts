import type { ValidateFunction } from 'ajv';
import builtinSchema from '../../schemas/app-of-apps.values.schema.json' with { type: 'json' };
import { ConfigurationError } from '../errors.js';
import { finding, type Finding } from '../findings.js';
import { valuesRoot } from './cluster-values.js';
import type { Config } from './config.js';
import { compileSchema, precompiled, validateNode } from './json-schema.js';
import { repoJoin, type RepoFiles } from './repo-files.js';
import { templateReads } from './template-reads.js';
import { inferShape, type ValuesShape } from './values-shape.js';
import type { VNode } from './vnode.js';

export interface ValuesSchema {
  /** Where the schema came from: a repo path or `builtin`. */
  origin: string;
  validate: ValidateFunction;
}

/** What a chart's values are held to. */
export type ValuesCheck =
  { kind: 'schema'; schema: ValuesSchema } | { kind: 'shape'; shape: ValuesShape } | { kind: 'none' };

/**
 * Picks what a chart's values are checked against (config `valuesSchema`): `auto` (the default) is the
 * chart's own values.schema.json, the one helm enforces, else the shape of the chart's own values.yaml
 * (warnings; nothing when it has none); `builtin` the built-in app-of-apps schema; a repo path that
 * schema; `none` nothing. One instance per run: `cache` is keyed by chart.
 */
export function selectValuesCheck(
  files: RepoFiles,
  config: Config,
  chart: string,
  cache: Map<string, Promise<ValuesCheck>>,
): Promise<ValuesCheck> {
  const setting = config.valuesSchema;
  const own = repoJoin(chart, 'values.schema.json');
  const source =
    setting === 'none' ? null : setting === 'auto' ? (files.isFile(own) ? own : 'shape') : setting;
  const key = source === 'shape' ? `shape\0${chart}` : (source ?? 'none');
  let found = cache.get(key);
  if (!found) {
    found =
      source === null
        ? Promise.resolve({ kind: 'none' })
        : source === 'shape'
          ? Promise.resolve(chartShape(files, chart))
          : source === 'builtin'
            ? Promise.resolve({
                kind: 'schema',
                schema: { origin: 'builtin', validate: precompiled(builtinSchema) },
              })
            : readJsonSchema(files, source, source === own ? own : (config.file ?? source)).then(
                (schema) => ({ kind: 'schema', schema }),
              );
    cache.set(key, found);
  }
  return found;
}

/**
 * The shape of a chart's values.yaml, with what its templates read; `global` and the chart's
 * dependencies (their names and aliases) are top-level keys of someone else's values.
 */
function chartShape(files: RepoFiles, chart: string): ValuesCheck {
  const file = repoJoin(chart, 'values.yaml');
  const base = files.isFile(file) ? valuesRoot(files.readYaml(file)) : null;
  if (!base) return { kind: 'none' };
  const freeRoots = new Set(['global', ...dependencyKeys(files, chart)]);
  return { kind: 'shape', shape: inferShape(base, file, templateReads(files, chart), freeRoots) };
}

/** The keys a chart's dependencies take their values from: each one's alias, else its name. */
function dependencyKeys(files: RepoFiles, chart: string): string[] {
  return ['Chart.yaml', 'requirements.yaml'].flatMap((name) => {
    const root = valuesRoot(files.readYaml(repoJoin(chart, name)));
    const deps = root?.kind === 'map' ? root.entries.get('dependencies') : undefined;
    if (deps?.kind !== 'seq') return [];
    return deps.items.flatMap((d) => {
      if (d.kind !== 'map') return [];
      return ['alias', 'name'].flatMap((field) => {
        const v = d.entries.get(field);
        return v?.kind === 'scalar' && typeof v.value === 'string' ? [v.value] : [];
      });
    });
  });
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
