/**
 * GitHub's REST contract, from GitHub's official OpenAPI description (OpenAPI 3.0.3, shipped in the npm package
 * `@octokit/openapi`), trimmed to the operations the tests use: third_party/github-rest-api/api.github.com.json,
 * written by `npm run gen:github-openapi` (see the README there). It checks requests to and responses from the
 * fake GitHub server. The description is prepared for Ajv once per process (github-openapi-prepare.ts); schemas
 * are compiled lazily, one per operation and status, and cached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import {
  type Content,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  prepareSchemas,
  SCHEMA_PREFIX,
  type Schema,
} from './github-openapi-prepare.js';
import { PROJECT_ROOT } from './fixture-repo.js';

const TRIMMED_FILE = 'third_party/github-rest-api/api.github.com.json';
/** The trimmed copy of GitHub's description the contract reads. */
export const GITHUB_OPENAPI_FILE = path.join(PROJECT_ROOT, TRIMMED_FILE);
const REGENERATE =
  'add a handler or a literal key under test/, then `npm install --no-save @octokit/openapi@23.0.2 && ' +
  'npm run gen:github-openapi` (third_party/github-rest-api/README.md)';

/**
 * Whether GitHub's REST API has an operation: `present` in the trimmed description (usable), `trimmed` (GitHub
 * has it, the trimmed copy does not: regenerate it), or `absent` (GitHub has no such operation).
 */
export type OperationStatus = 'present' | 'trimmed' | 'absent';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

export interface RequestParts {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

export interface GitHubContract {
  /** Milliseconds spent reading + parsing the JSON, and preparing it for Ajv (first call in this process). */
  readonly timings: { loadMs: number; prepareMs: number };
  /** The operation key (`'GET /repos/{owner}/{repo}/…'`) GitHub's description has for this request, if any. */
  findOperation(method: string, path: string): { key: string; params: Record<string, string> } | undefined;
  operationStatus(key: string): OperationStatus;
  /** Throws unless the operation is `present`, saying why (not GitHub's, or trimmed away and how to add it). */
  requireOperation(key: string): void;
  docsUrl(key: string): string;
  /** The operation takes its body as raw bytes (e.g. `application/octet-stream`), not as JSON. */
  takesRawBody(key: string): boolean;
  checkRequest(key: string, request: RequestParts): string[];
  checkResponse(key: string, status: number, body: unknown): string[];
}

/** Statuses GitHub may answer on any endpoint although few operations list them (auth, rate limit, no access). */
const GENERIC_ERROR_STATUSES = new Set([401, 403, 404]);

let cached: GitHubContract | undefined;

/** Loads and prepares GitHub's OpenAPI description once per process (each vitest fork pays it once). */
export function loadGitHubContract(): GitHubContract {
  if (cached) return cached;
  const started = performance.now();
  const doc = JSON.parse(readFileSync(GITHUB_OPENAPI_FILE, 'utf8')) as OpenApiDocument;
  const loaded = performance.now();
  prepareSchemas(doc);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // Formats of GitHub's description that ajv-formats does not define (Ajv would warn on each compile); they
  // carry no constraint worth checking.
  for (const format of ['repo.nwo', 'timestamp']) ajv.addFormat(format, true);
  // Only schemas are referenced through Ajv: parameters and responses are resolved here. No meta-schema check:
  // the schemas carry OpenAPI keywords (example, discriminator, …) that Ajv ignores anyway with strict: false.
  ajv.addSchema({ $id: 'gh', components: { schemas: doc.components.schemas } }, undefined, undefined, false);
  cached = createContract(doc, ajv, { loadMs: loaded - started, prepareMs: performance.now() - loaded });
  return cached;
}

function createContract(doc: OpenApiDocument, ajv: Ajv, timings: GitHubContract['timings']): GitHubContract {
  const validators = new Map<string, ValidateFunction>();
  // Every operation GitHub has, trimmed away or not: a request to one the fake does not serve is a 404, not a
  // violation, as with the full description.
  const allOperations = doc['x-trimmed'].allOperations;
  const routes = allOperations.map(compileRoute);
  const known = new Set(allOperations);
  const operationStatus = (key: string): OperationStatus => {
    const [method, path] = splitKey(key);
    if (doc.paths[path]?.[method.toLowerCase()] !== undefined) return 'present';
    return known.has(`${method} ${path}`) ? 'trimmed' : 'absent';
  };
  const validatorFor = (cacheKey: string, schema: Schema): ValidateFunction => {
    let validate = validators.get(cacheKey);
    if (!validate) {
      validate = ajv.compile(rewriteLocalRefs(schema) as Schema);
      validators.set(cacheKey, validate);
    }
    return validate;
  };
  const operation = (key: string): Operation => {
    const [method, path] = splitKey(key);
    const found = doc.paths[path]?.[method.toLowerCase()];
    if (!found) throw new Error(`the trimmed GitHub OpenAPI description has no operation ${key}`);
    return found;
  };
  return {
    timings,
    findOperation: (method, path) => matchRoute(routes, method, path),
    operationStatus,
    requireOperation: (key) => {
      const status = operationStatus(key);
      if (status === 'absent') throw new Error(`${key} is not an operation of GitHub's REST API`);
      if (status === 'trimmed') {
        throw new Error(
          `${key} is an operation of GitHub's REST API that ${TRIMMED_FILE} does not carry: ${REGENERATE}`,
        );
      }
    },
    docsUrl: (key) => operation(key).externalDocs?.url ?? 'https://docs.github.com/rest',
    takesRawBody: (key) => takesRawBody(operation(key)),
    checkRequest: (key, request) => checkRequest(doc, key, operation(key), request, validatorFor),
    checkResponse: (key, status, body) => checkResponse(doc, key, operation(key), status, body, validatorFor),
  };
}

type ValidatorFor = (cacheKey: string, schema: Schema) => ValidateFunction;

function checkRequest(
  doc: OpenApiDocument,
  key: string,
  op: Operation,
  { params, query, body }: RequestParts,
  validatorFor: ValidatorFor,
): string[] {
  const problems: string[] = [];
  const parameters = (op.parameters ?? []).map((p) => resolveRef<Parameter>(doc, p));
  for (const p of parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const value = p.in === 'path' ? params[p.name] : query[p.name];
    if (value === undefined) {
      if (p.required) problems.push(`${p.in} parameter '${p.name}' is required`);
      continue;
    }
    const validate = validatorFor(`${key} ${p.in} ${p.name}`, p.schema ?? {});
    if (!validate(coerceParameter(value, p.schema))) {
      problems.push(...formatErrors(`${p.in} parameter '${p.name}'`, validate.errors));
    }
  }
  for (const name of Object.keys(query)) {
    if (!parameters.some((p) => p.in === 'query' && p.name === name)) {
      problems.push(`query parameter '${name}' is not a parameter of this operation`);
    }
  }
  problems.push(...checkRequestBody(key, op, body, validatorFor));
  return problems.map((p) => `request ${key}: ${p}`);
}

function takesRawBody(op: Operation): boolean {
  const types = Object.keys(op.requestBody?.content ?? {});
  return types.length > 0 && !types.includes('application/json');
}

function checkRequestBody(key: string, op: Operation, body: unknown, validatorFor: ValidatorFor): string[] {
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (Buffer.isBuffer(body)) return takesRawBody(op) ? [] : ['this operation takes no raw request body'];
  if (takesRawBody(op) && body !== undefined) return ['this operation takes raw bytes, not JSON'];
  if (body === undefined) return op.requestBody?.required ? ['a JSON request body is required'] : [];
  if (!schema) return ['this operation takes no JSON request body'];
  const validate = validatorFor(`${key} request`, schema);
  return validate(body) ? [] : formatErrors('body', validate.errors);
}

function checkResponse(
  doc: OpenApiDocument,
  key: string,
  op: Operation,
  status: number,
  body: unknown,
  validatorFor: ValidatorFor,
): string[] {
  const declared = op.responses[String(status)];
  const response = declared
    ? resolveRef<Content>(doc, declared)
    : GENERIC_ERROR_STATUSES.has(status)
      ? { content: { 'application/json': { schema: { $ref: `${SCHEMA_PREFIX}basic-error` } } } }
      : undefined;
  const where = `response ${key} → ${status}`;
  if (!response) return [`${where}: status ${status} is not a documented response of this operation`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema)
    return body === undefined ? [] : [`${where}: this response has no JSON body, but one was sent`];
  if (body === undefined) return [`${where}: a JSON body is documented, but none was sent`];
  const validate = validatorFor(`${key} ${status}`, schema);
  return validate(body) ? [] : formatErrors('body', validate.errors).map((e) => `${where}: ${e}`);
}

/** Query and path values arrive as strings; convert the ones the schema types otherwise, as GitHub does. */
function coerceParameter(value: string, schema: Schema | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (type === 'array') return value.split(',');
  return value;
}

function formatErrors(subject: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` ('${String(e.params.additionalProperty)}')` : '';
    const allowed = e.keyword === 'enum' ? ` (${JSON.stringify(e.params.allowedValues)})` : '';
    return `${subject}${e.instancePath || ''} ${e.message ?? e.keyword}${extra}${allowed}`;
  });
}

function resolveRef<T>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
  const [, , section, name] = value.$ref.split('/');
  const target = (doc.components as unknown as Record<string, Record<string, T>>)[section]?.[name];
  if (!target) throw new Error(`unresolved $ref ${value.$ref}`);
  return target;
}

/** Operation schemas are compiled on their own: point their local refs into the document added as 'gh'. */
function rewriteLocalRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteLocalRefs);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rewriteLocalRefs(v),
    ]),
  );
}

function splitKey(key: string): [string, string] {
  const space = key.indexOf(' ');
  if (space < 0) throw new Error(`operation key '${key}' is not 'METHOD /path'`);
  return [key.slice(0, space).toUpperCase(), key.slice(space + 1)];
}

// ---------------------------------------------------------------------------------------------- routing

export interface Route {
  key: string;
  method: string;
  pattern: RegExp;
  names: string[];
  literals: number;
}

/** Turns an operation key into a matcher; `{param}` matches one path segment. */
export function compileRoute(key: string): Route {
  const [method, path] = splitKey(key);
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const literals = path.split('/').filter((s) => s && !s.startsWith('{')).length;
  return { key, method, pattern: new RegExp(`^${source}/?$`), names, literals };
}

/** The matching route with the most literal segments wins (`/issues/comments` before `/issues/{number}`). */
export function matchRoute(
  routes: Route[],
  method: string,
  path: string,
): { key: string; params: Record<string, string> } | undefined {
  let best: { route: Route; match: RegExpExecArray } | undefined;
  for (const route of routes) {
    if (route.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(path);
    if (match && (!best || route.literals > best.route.literals)) best = { route, match };
  }
  if (!best) return undefined;
  const { route, match } = best;
  const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')]));
  return { key: route.key, params };
}
