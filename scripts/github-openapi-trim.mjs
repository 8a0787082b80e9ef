// Trimming GitHub's REST API description (OpenAPI 3.0) down to the operations the tests use, shared by
// scripts/gen-github-openapi.mjs (writes third_party/github-rest-api/api.github.com.json) and the unit test that
// checks the committed file (test/unit/github-openapi-trimmed.test.ts).
//
// Kept: the operations named by a string literal `'METHOD /path'` in test/**/*.ts that GitHub's description has
// (the fake GitHub server's handler keys, and every key a test gives `handle`, `fault` or the contract), every
// schema the contract helpers name (REQUIRED_SCHEMAS), and every component those reference, transitively.
// Everything kept is copied verbatim, in the source's order. `x-trimmed` records the source and the keys of all
// of GitHub's operations, so that "not an operation of GitHub's REST API" is told apart from "trimmed away".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = Object.freeze({
  pkg: '@octokit/openapi',
  version: '23.0.2',
  file: 'generated/api.github.com.json',
});
export const TRIMMED_FILE = path.join(REPO_ROOT, 'third_party', 'github-rest-api', 'api.github.com.json');

/**
 * Schemas test/helpers/github-openapi.ts and github-openapi-prepare.ts name directly: `basic-error` (the body of
 * the generic 401/403/404), the error and deployment-status schemas they patch.
 */
export const REQUIRED_SCHEMAS = Object.freeze([
  'basic-error',
  'validation-error',
  'validation-error-simple',
  'deployment-status',
]);

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)$/;
const KEY_LITERAL = /['"`]((?:GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \/[^'"`\s]*)['"`]/g;

/** Every operation key of a description (`'GET /repos/{owner}/{repo}'`), in its order. */
export function operationKeys(doc) {
  return Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.includes(m))
      .map((m) => `${m.toUpperCase()} ${p}`),
  );
}

/** The operation-key string literals in the .ts files under a directory (sorted, unique). */
export function operationKeysInSources(dir = path.join(REPO_ROOT, 'test')) {
  const keys = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
    for (const match of text.matchAll(KEY_LITERAL)) keys.add(match[1]);
  }
  return [...keys].sort();
}

/**
 * The description with only the operations `keep` names (those it has) and what they reference.
 * @returns {{ doc: object, kept: string[] }}
 */
export function trimDescription(full, keep) {
  const allOperations = full['x-trimmed']?.allOperations ?? operationKeys(full);
  const wanted = new Set(keep);
  const paths = {};
  for (const [p, item] of Object.entries(full.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method) || !wanted.has(`${method.toUpperCase()} ${p}`)) continue;
      (paths[p] ??= {})[method] = op;
    }
  }
  const components = referencedComponents(full, [paths, ...REQUIRED_SCHEMAS.map((n) => schemaRef(full, n))]);
  const { openapi, info, servers, externalDocs } = full;
  const doc = { openapi, info, servers, externalDocs, paths, components };
  doc['x-trimmed'] = { source: `${SOURCE.pkg}@${SOURCE.version} ${SOURCE.file}`, allOperations };
  return { doc, kept: operationKeys(doc) };
}

export function serialize(doc) {
  return `${JSON.stringify(doc, null, 1)}\n`;
}

function schemaRef(full, name) {
  if (!full.components.schemas[name]) throw new Error(`the description has no schema ${name}`);
  return { $ref: `#/components/schemas/${name}` };
}

/** The components reachable from the roots through `$ref`, in the source's order, every section present. */
function referencedComponents(full, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const value = queue.pop();
    if (Array.isArray(value)) queue.push(...value);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string') {
          if (seen.has(v)) continue;
          const match = COMPONENT_REF.exec(v);
          const target = match && full.components[match[1]]?.[match[2]];
          if (!target) throw new Error(`unresolved $ref ${v}`);
          seen.add(v);
          queue.push(target);
        } else queue.push(v);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(full.components).map(([section, entries]) => [
      section,
      Object.fromEntries(
        Object.entries(entries).filter(([name]) => seen.has(`#/components/${section}/${name}`)),
      ),
    ]),
  );
}
