/**
 * Argo CD's REST contract, from its own API description (`assets/swagger.json`, Swagger 2.0, vendored in
 * third_party/argo-cd/): checks the query parameters sent to, and every body answered by, the fake Argo CD
 * server (argocd-server.ts). Served Applications are also checked against the project's strict schema.
 *
 * The description is generated from Go/protobuf types by grpc-gateway; it is prepared once per process:
 * - no definition says `additionalProperties: false`, so a misspelt field (`sync.revison`) would pass: every
 *   object schema with `properties` is closed (`closed: false` skips this, to show what it catches);
 * - `v1alpha1ResourceNode` is `properties` + `allOf: [{$ref: v1alpha1ResourceRef}]`: closing both would reject
 *   each other's fields, so the referenced properties are merged in and the `allOf` dropped;
 * - types whose JSON is not their Go struct, as Kubernetes marshals them: `v1FieldsV1` (managedFields),
 *   `runtimeRawExtension` (helm.valuesObject) and `v1JSON` are raw JSON but described as `{raw: bytes}`;
 *   `intstrIntOrString` is an int or a string but described as `{type, intVal, strVal}`;
 * - `format: int64/int32/byte/date-time` need ajv-formats; int64 fields are JSON numbers here (Argo CD marshals
 *   with encoding/json, not protojson; only query parameters of other operations are `type: string, int64`).
 * Swagger 2.0 `title`, `collectionFormat` and `x-` keys are not JSON Schema keywords: `strict: false`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { validate as validateProjectSchema } from '../../src/gitops/generated/argocd-application.validate.js';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

type Schema = Record<string, unknown>;
interface SwaggerParameter {
  name: string;
  in: string;
  type?: string;
  required?: boolean;
}
interface SwaggerOperation {
  parameters?: SwaggerParameter[];
  responses: Record<string, { schema?: { $ref?: string } }>;
}
interface SwaggerDocument {
  swagger: string;
  paths: Record<string, Record<string, SwaggerOperation>>;
  definitions: Record<string, Schema>;
}

export interface ArgoCdContract {
  /** Milliseconds spent reading + parsing the JSON, and preparing it for Ajv. */
  readonly timings: { loadMs: number; prepareMs: number };
  /** Unknown, repeated (non-array) or comma-joined (collectionFormat multi) query parameters. */
  checkQuery(method: string, pathTemplate: string, query: URLSearchParams): string[];
  /** The body against the operation's response schema (`default` is `runtimeError`). */
  checkResponse(method: string, pathTemplate: string, status: number, body: unknown): string[];
}

const SWAGGER = new URL('../../third_party/argo-cd/swagger.json', import.meta.url);
const DEFINITIONS = '#/definitions/';
/** Raw JSON on the wire (any value), `{raw: bytes}` in the description. */
const RAW_JSON = ['v1FieldsV1', 'runtimeRawExtension', 'v1JSON'];

const cache = new Map<boolean, ArgoCdContract>();

export function loadArgoCdContract(options: { closed?: boolean } = {}): ArgoCdContract {
  const closed = options.closed ?? true;
  const cached = cache.get(closed);
  if (cached) return cached;
  const started = performance.now();
  const doc = JSON.parse(readFileSync(SWAGGER, 'utf8')) as SwaggerDocument;
  if (doc.swagger !== '2.0') throw new Error(`expected a Swagger 2.0 document, got ${doc.swagger}`);
  const loaded = performance.now();
  prepareDefinitions(doc.definitions, closed);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'argocd', definitions: doc.definitions }, undefined, undefined, false);
  const contract = createContract(doc, ajv, {
    loadMs: loaded - started,
    prepareMs: performance.now() - loaded,
  });
  cache.set(closed, contract);
  return contract;
}

function prepareDefinitions(definitions: Record<string, Schema>, closed: boolean): void {
  for (const name of RAW_JSON) {
    if (!definitions[name]) throw new Error(`Argo CD's description no longer has ${name}`);
    definitions[name] = {};
  }
  if (!definitions.intstrIntOrString)
    throw new Error("Argo CD's description no longer has intstrIntOrString");
  definitions.intstrIntOrString = { type: ['integer', 'string'] };
  const visit = (schema: Schema) => {
    const allOf = schema.allOf as Schema[] | undefined;
    if (allOf && allOf.every((b) => typeof b.$ref === 'string' && Object.keys(b).length === 1)) {
      const merged: Schema = {};
      for (const branch of allOf) {
        const target = definitions[(branch.$ref as string).slice(DEFINITIONS.length)];
        if (!target?.properties || target.allOf) throw new Error(`cannot merge allOf ${String(branch.$ref)}`);
        Object.assign(merged, target.properties);
      }
      schema.properties = { ...merged, ...((schema.properties as Schema | undefined) ?? {}) };
      delete schema.allOf;
    }
    if (closed && schema.properties !== undefined && schema.additionalProperties === undefined) {
      schema.additionalProperties = false;
    }
    for (const child of Object.values((schema.properties as Record<string, Schema> | undefined) ?? {})) {
      visit(child);
    }
    for (const key of ['items', 'additionalProperties']) {
      const child = schema[key];
      if (typeof child === 'object' && child !== null) visit(child as Schema);
    }
  };
  for (const schema of Object.values(definitions)) visit(schema);
}

function createContract(doc: SwaggerDocument, ajv: Ajv, timings: ArgoCdContract['timings']): ArgoCdContract {
  const validators = new Map<string, ValidateFunction>();
  const operation = (method: string, pathTemplate: string): SwaggerOperation => {
    const found = doc.paths[pathTemplate]?.[method.toLowerCase()];
    if (!found) throw new Error(`Argo CD's API description has no operation ${method} ${pathTemplate}`);
    return found;
  };
  return {
    timings,
    checkQuery(method, pathTemplate, query) {
      const params = new Map(
        (operation(method, pathTemplate).parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => [p.name, p]),
      );
      const problems: string[] = [];
      for (const name of new Set(query.keys())) {
        const param = params.get(name);
        const values = query.getAll(name);
        if (!param) {
          problems.push(`unknown query parameter '${name}' (known: ${[...params.keys()].join(', ')})`);
        } else if (param.type !== 'array' && values.length > 1) {
          problems.push(`query parameter '${name}' is not an array but was sent ${values.length} times`);
        } else if (param.type === 'array' && values.some((v) => v.includes(','))) {
          problems.push(
            `query parameter '${name}' is collectionFormat multi: repeat it; Argo CD does not split ` +
              `${JSON.stringify(values.find((v) => v.includes(',')))} on commas`,
          );
        }
      }
      return problems.map((p) => `${method} ${pathTemplate}: ${p}`);
    },
    checkResponse(method, pathTemplate, status, body) {
      const responses = operation(method, pathTemplate).responses;
      const ref = (responses[String(status)] ?? responses.default)?.schema?.$ref;
      if (!ref?.startsWith(DEFINITIONS))
        return [`${method} ${pathTemplate}: no response schema for ${status}`];
      let validate = validators.get(ref);
      if (!validate) {
        validate = ajv.compile({ $ref: `argocd${ref}` });
        validators.set(ref, validate);
      }
      if (validate(body)) return [];
      const subject = `${method} ${pathTemplate} ${status} (${ref.slice(DEFINITIONS.length)})`;
      return formatErrors(subject, validate.errors);
    },
  };
}

/**
 * An Application as served (no apiVersion/kind: Argo CD serves objects from its informer, which drops them)
 * against schemas/argocd-application.schema.json: spec closed, status an object.
 */
export function checkProjectSchema(app: unknown): string[] {
  const withTypeMeta = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...(app as object) };
  if (validateProjectSchema(withTypeMeta)) return [];
  const name = (app as { metadata?: { name?: unknown } }).metadata?.name;
  return formatErrors(
    `Application ${String(name)} (argocd-application.schema.json)`,
    validateProjectSchema.errors,
  );
}

function formatErrors(subject: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` ('${String(e.params.additionalProperty)}')` : '';
    return `${subject}: ${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
  });
}
