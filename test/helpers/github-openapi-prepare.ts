/**
 * GitHub's REST contract, from the official OpenAPI description shipped in `@octokit/openapi` (OpenAPI 3.0.3),
 * trimmed to the operations the tests use (third_party/github-rest-api), prepared for Ajv.
 *
 * The description is written for OpenAPI tools, not for a JSON Schema validator, so it is prepared once per
 * process before Ajv sees it:
 * - `nullable: true` is not JSON Schema: it becomes `type: [t, 'null']` (plus `null` in an `enum`), or an
 *   `anyOf` with `{type: 'null'}` when the schema has no `type` (`allOf`/`anyOf`/`oneOf` wrappers);
 * - inside a `oneOf`, several nullable branches would all match `null` and make the `oneOf` fail, so the
 *   nullability moves up to the `oneOf` itself;
 * - no schema says `additionalProperties: false`, so a misspelt optional field would pass: every object with
 *   known properties is closed, and an `allOf` (or `anyOf`/`oneOf` next to `properties`) is closed at its
 *   top with the union of its branches' properties, its branches left open (a `$ref`'d branch points to an
 *   open copy of the component), otherwise each branch would reject its siblings' properties;
 * - a few fields and bodies the live API sends but the description lacks or rejects are declared
 *   (`UNDOCUMENTED_PROPERTIES`, `UNDOCUMENTED_RESPONSES`, `EMPTY_URLS`, and `status` in inline error bodies).
 */
export type Schema = Record<string, unknown>;
export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
export interface Content {
  content?: Record<string, { schema?: Schema }>;
}
export interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: Content & { required?: boolean };
  responses: Record<string, Content | { $ref: string }>;
  externalDocs?: { url: string };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, Parameter>;
    responses: Record<string, Content>;
  };
  /** Written by scripts/github-openapi-trim.mjs: the keys of every operation of the full description. */
  'x-trimmed': { source: string; allOperations: string[] };
}

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;
export const SCHEMA_PREFIX = '#/components/schemas/';
const OPEN_SUFFIX = '__open';

/**
 * Fields GitHub's live API sends that its description lacks; closed schemas would flag them. Error bodies
 * carry `status` (a string, e.g. "422") since 2024, but only `basic-error` documents it.
 */
const UNDOCUMENTED_PROPERTIES: Record<string, Record<string, Schema>> = {
  'validation-error': { status: { type: 'string' } },
  'validation-error-simple': { status: { type: 'string' } },
};

/** GitHub's `validation-error` body (a new object each time: preparing the schemas changes them in place). */
const validationError = (): Schema => ({ $ref: `${SCHEMA_PREFIX}validation-error` });

/**
 * Response bodies (and statuses) the description lacks. GitHub refuses a deployment whose required contexts
 * are not all successful with 409 and a validation error listing every context of the commit and its state,
 * but the description documents this 409 without a body.
 */
const UNDOCUMENTED_RESPONSES: Record<string, Record<string, Schema>> = {
  // GitHub refuses a release body over 125,000 characters on update as on create (422, `validation-error`,
  // `body is too long (maximum is 125000 characters)`), but documents the 422 for the create only.
  'PATCH /repos/{owner}/{repo}/releases/{release_id}': { '422': validationError() },
  // An asset name the release already has: documented as a 422 without a body; GitHub sends a validation
  // error (`{"resource":"ReleaseAsset","code":"already_exists","field":"name"}`).
  'POST /repos/{owner}/{repo}/releases/{release_id}/assets': { '422': validationError() },
  'POST /repos/{owner}/{repo}/deployments': {
    '409': {
      type: 'object',
      required: ['message', 'documentation_url'],
      properties: {
        message: { type: 'string' },
        documentation_url: { type: 'string' },
        status: { type: 'string' },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code'],
            properties: {
              resource: { type: 'string' },
              field: { type: 'string' },
              code: { type: 'string' },
              contexts: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['context', 'state'],
                  properties: { context: { type: 'string' }, state: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
  },
};

/**
 * URLs GitHub sends as "" when they were not set, which `format: uri` rejects: a deployment status created
 * without `log_url` or `environment_url` has `"target_url": ""`, `"log_url": ""`, `"environment_url": ""`.
 */
const EMPTY_URLS: Record<string, string[]> = {
  'deployment-status': ['target_url', 'log_url', 'environment_url'],
};

/** Every place of the document that holds a schema (examples and descriptions are not walked). */
function schemaRoots(doc: OpenApiDocument): Schema[] {
  const roots: Schema[] = Object.values(doc.components.schemas);
  const fromContent = (c: Content | { $ref: string } | undefined): Schema[] =>
    c && 'content' in c ? Object.values(c.content ?? {}).flatMap((m) => (m.schema ? [m.schema] : [])) : [];
  for (const p of Object.values(doc.components.parameters)) if (p.schema) roots.push(p.schema);
  for (const r of Object.values(doc.components.responses)) roots.push(...fromContent(r));
  for (const ops of Object.values(doc.paths)) {
    for (const op of Object.values(ops)) {
      for (const p of op.parameters ?? []) if ('schema' in p && p.schema) roots.push(p.schema);
      roots.push(...fromContent(op.requestBody));
      for (const r of Object.values(op.responses ?? {})) roots.push(...fromContent(r));
    }
  }
  return roots;
}

/**
 * Child schemas of a schema, with whether each is a branch that an enclosing schema closes for it (see the file
 * header): `allOf` branches, branches next to `properties`, and the branches of a branch.
 */
function childSchemas(schema: Schema, isBranch: boolean): { child: Schema; branch: boolean }[] {
  const children: { child: Schema; branch: boolean }[] = [];
  const add = (value: unknown, branch: boolean) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      children.push({ child: value as Schema, branch });
  };
  for (const value of Object.values((schema.properties as Schema | undefined) ?? {})) add(value, false);
  add(schema.items, false);
  add(schema.additionalProperties, false);
  const closesBranches = isBranch || schema.properties !== undefined || schema.allOf !== undefined;
  for (const c of COMBINATORS) {
    for (const b of (schema[c] as unknown[] | undefined) ?? []) add(b, c === 'allOf' || closesBranches);
  }
  return children;
}

/**
 * Visits every schema under the roots. No visited-set: JSON.parse shares no objects and makes no cycles (refs
 * are strings); only the open copies share children with their originals, and `convertNullable` is idempotent.
 */
function walkSchemas(roots: Schema[], visit: (schema: Schema, branch: boolean) => void): void {
  const walk = (schema: Schema, branch: boolean) => {
    visit(schema, branch);
    for (const { child, branch: b } of childSchemas(schema, branch)) walk(child, b);
  };
  for (const root of roots) walk(root, false);
}

export function prepareSchemas(doc: OpenApiDocument): void {
  const component = (name: string): Schema => {
    const schema = doc.components.schemas[name];
    if (!schema) throw new Error(`GitHub's OpenAPI description no longer has the schema ${name}`);
    return schema;
  };
  for (const [name, extra] of Object.entries(UNDOCUMENTED_PROPERTIES)) {
    const schema = component(name);
    schema.properties = { ...(schema.properties as Schema), ...extra };
  }
  for (const [name, fields] of Object.entries(EMPTY_URLS)) {
    const properties = component(name).properties as Record<string, Schema>;
    for (const field of fields) {
      if (properties[field]?.format !== 'uri') throw new Error(`${name}.${field} is no longer a URI`);
      const { format: _uri, ...rest } = properties[field];
      properties[field] = { ...rest, anyOf: [{ format: 'uri' }, { maxLength: 0 }] };
    }
  }
  declareUndocumentedResponses(doc);
  const roots = schemaRoots(doc);
  closeObjects(doc, roots);
  walkSchemas(schemaRoots(doc), (schema) => convertNullable(schema));
}

function declareUndocumentedResponses(doc: OpenApiDocument): void {
  for (const [key, statuses] of Object.entries(UNDOCUMENTED_RESPONSES)) {
    const [method, path] = key.split(' ') as [string, string];
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`GitHub's OpenAPI description no longer has the operation ${key}`);
    for (const [status, schema] of Object.entries(statuses)) {
      // A status the description lists without a body gets one; one it does not list at all is added.
      const response = op.responses[status] ?? (op.responses[status] = {});
      if ('$ref' in response || response.content) {
        throw new Error(`${key} → ${status}: the description changed; review UNDOCUMENTED_RESPONSES`);
      }
      response.content = { 'application/json': { schema } };
    }
  }
  // Inline error bodies (`{message, documentation_url}`, e.g. a merge's 405 and 409) lack the `status` GitHub
  // adds to every error body since 2024; the named ones are patched in UNDOCUMENTED_PROPERTIES.
  for (const ops of Object.values(doc.paths)) {
    for (const op of Object.values(ops)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const schema = 'content' in response ? response.content?.['application/json']?.schema : undefined;
        const properties = schema?.properties as Record<string, Schema> | undefined;
        if (Number(status) < 400 || !properties?.message || !properties.documentation_url) continue;
        properties.status ??= { type: 'string' };
      }
    }
  }
}

function closeObjects(doc: OpenApiDocument, roots: Schema[]): void {
  const schemas = doc.components.schemas;
  const closed = new Set<Schema>();
  const memo = new Map<Schema, Set<string> | undefined>();
  const openBranchRefs: Schema[] = [];
  walkSchemas(roots, (schema, branch) => {
    if (branch) {
      if (typeof schema.$ref === 'string') openBranchRefs.push(schema);
      return;
    }
    if (schema.properties === undefined && schema.allOf === undefined) return;
    const names = propertyNames(schemas, schema, new Set(), memo);
    if (!names || schema.additionalProperties !== undefined) return;
    schema.properties = {
      ...Object.fromEntries([...names].map((n) => [n, {}])),
      ...((schema.properties as Schema | undefined) ?? {}),
    };
    schema.additionalProperties = false;
    closed.add(schema);
  });
  for (const ref of openBranchRefs) {
    const name = (ref.$ref as string).slice(SCHEMA_PREFIX.length);
    const target = schemas[name];
    if (!target || !closed.has(target)) continue;
    if (!schemas[name + OPEN_SUFFIX]) {
      const { additionalProperties: _closed, ...open } = target;
      schemas[name + OPEN_SUFFIX] = open;
    }
    ref.$ref = SCHEMA_PREFIX + name + OPEN_SUFFIX;
  }
}

/** All property names an object valid against `schema` may have, or undefined when any name is allowed. */
function propertyNames(
  schemas: Record<string, Schema>,
  schema: Schema,
  visiting: Set<Schema>,
  memo: Map<Schema, Set<string> | undefined>,
): Set<string> | undefined {
  if (memo.has(schema)) return memo.get(schema);
  if (visiting.has(schema)) return undefined;
  visiting.add(schema);
  const names = ownAndBranchNames(schemas, schema, visiting, memo);
  visiting.delete(schema);
  memo.set(schema, names);
  return names;
}

function ownAndBranchNames(
  schemas: Record<string, Schema>,
  schema: Schema,
  visiting: Set<Schema>,
  memo: Map<Schema, Set<string> | undefined>,
): Set<string> | undefined {
  if (typeof schema.$ref === 'string') {
    const target = schemas[schema.$ref.slice(SCHEMA_PREFIX.length)];
    return target ? propertyNames(schemas, target, visiting, memo) : undefined;
  }
  if (schema.patternProperties !== undefined) return undefined;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return undefined;
  // Some schemas require names their `properties` lack: closing must not make them unsatisfiable.
  const names = new Set([
    ...Object.keys((schema.properties as Schema | undefined) ?? {}),
    ...((schema.required as string[] | undefined) ?? []),
  ]);
  const branches = COMBINATORS.flatMap((c) => (schema[c] as Schema[] | undefined) ?? []);
  for (const branch of branches) {
    const branchNames = propertyNames(schemas, branch, visiting, memo);
    if (!branchNames) return undefined;
    for (const n of branchNames) names.add(n);
  }
  // A schema that says nothing about properties: an open object, or anything at all.
  if (schema.properties === undefined && branches.length === 0) {
    const unconstrained =
      schema.type === undefined && schema.required === undefined && schema.enum === undefined;
    if (schema.type === 'object' || unconstrained) return undefined;
  }
  return names;
}

function convertNullable(schema: Schema): void {
  const oneOf = schema.oneOf as Schema[] | undefined;
  if (oneOf?.some((b) => b.nullable === true)) {
    for (const b of oneOf) delete b.nullable;
    schema.nullable = true;
  }
  const nullable = schema.nullable === true;
  delete schema.nullable;
  if (!nullable) return;
  if (typeof schema.type === 'string') {
    schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    return;
  }
  if (schema.type !== undefined) return;
  const { title, description, ...rest } = schema;
  if (Object.keys(rest).length === 0) return; // `{nullable: true}` alone already accepts null
  for (const k of Object.keys(rest)) delete schema[k];
  schema.anyOf = [rest, { type: 'null' }];
  if (title !== undefined) schema.title = title;
  if (description !== undefined) schema.description = description;
}
