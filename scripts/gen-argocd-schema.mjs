// Generates schemas/argocd-application.schema.json, a strict JSON Schema (draft-07) for Argo CD `Application`
// manifests, from the vendored upstream CRD in third_party/argo-cd/application-crd.yaml (see NOTICE.md there).
//
// Derived from spec.versions[name=v1alpha1].schema.openAPIV3Schema with these changes:
//   - every `description` is dropped;
//   - every object schema with `properties` and without `x-kubernetes-preserve-unknown-fields: true` gets
//     `additionalProperties: false` (unless it already says something about additionalProperties);
//   - the root requires apiVersion (const argoproj.io/v1alpha1), kind (const Application), metadata and spec,
//     and metadata is a closed ObjectMeta subset with a required name;
//   - $schema, $id and a $comment naming the source commit and license are added.
// Everything else (x-kubernetes-* keywords, formats such as int64/date-time) is kept as is; consumers compile
// with ajv `strict: false` plus ajv-formats.
//
// Usage: node scripts/gen-argocd-schema.mjs           writes the schema file
//        node scripts/gen-argocd-schema.mjs --check   exits 1 (via process.exitCode) if the file is stale
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CRD_PATH = path.join(ROOT, 'third_party', 'argo-cd', 'application-crd.yaml');
const OUT_PATH = path.join(ROOT, 'schemas', 'argocd-application.schema.json');

const SOURCE_REPO = 'argoproj/argo-cd';
const SOURCE_PATH = 'manifests/crds/application-crd.yaml';
const SOURCE_COMMIT = '37ee0097cf851bc2dd7665fc081bbce61a7e836e';
const SCHEMA_ID = 'https://gitops-promotion.dev/schemas/argocd-application.schema.json';
const VERSION = 'v1alpha1';

/** Keywords whose value is a single subschema. */
const SCHEMA_KEYWORDS = new Set([
  'not',
  'additionalItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
]);
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf']);
/** Keywords whose value is a map of name -> subschema. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);

/** The parsed YAML is plain JSON data (the core schema has no timestamps), so a JSON round trip is a deep copy. */
const clone = (v) => JSON.parse(JSON.stringify(v));
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Returns a transformed deep copy of one schema node. Only schema positions are walked as schemas; property names,
 * `required` lists, `enum`/`default`/`example` values are copied verbatim (the CRD has a property named `type`).
 */
function transform(node, stats) {
  if (!isPlainObject(node)) return clone(node);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description') continue;
    if (SCHEMA_MAP_KEYWORDS.has(key) && isPlainObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, stats)]));
    } else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => transform(v, stats));
    } else if (key === 'items') {
      out[key] = Array.isArray(value) ? value.map((v) => transform(v, stats)) : transform(value, stats);
    } else if ((key === 'additionalProperties' || SCHEMA_KEYWORDS.has(key)) && isPlainObject(value)) {
      out[key] = transform(value, stats);
    } else {
      out[key] = clone(value);
    }
  }
  if (
    isPlainObject(out.properties) &&
    out['x-kubernetes-preserve-unknown-fields'] !== true &&
    !('additionalProperties' in out)
  ) {
    out.additionalProperties = false;
    stats.closed += 1;
  }
  return out;
}

const stringMap = () => ({ type: 'object', additionalProperties: { type: 'string' } });
const timestamp = () => ({ type: 'string', format: 'date-time' });

/** A closed subset of Kubernetes ObjectMeta (what a manifest in git may reasonably carry). */
function objectMetaSchema() {
  return {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      generateName: { type: 'string' },
      namespace: { type: 'string' },
      labels: stringMap(),
      annotations: stringMap(),
      finalizers: { type: 'array', items: { type: 'string' } },
      uid: { type: 'string' },
      resourceVersion: { type: 'string' },
      generation: { type: 'integer', format: 'int64' },
      // `kubectl create --dry-run=client -o yaml` emits `creationTimestamp: null`.
      creationTimestamp: { type: ['string', 'null'], format: 'date-time' },
      deletionTimestamp: timestamp(),
      deletionGracePeriodSeconds: { type: 'integer', format: 'int64' },
      ownerReferences: {
        type: 'array',
        items: {
          type: 'object',
          required: ['apiVersion', 'kind', 'name', 'uid'],
          properties: {
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            name: { type: 'string' },
            uid: { type: 'string' },
            controller: { type: 'boolean' },
            blockOwnerDeletion: { type: 'boolean' },
          },
          additionalProperties: false,
        },
      },
      managedFields: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            apiVersion: { type: 'string' },
            fieldsType: { type: 'string' },
            fieldsV1: { type: 'object' },
            manager: { type: 'string' },
            operation: { type: 'string' },
            subresource: { type: 'string' },
            time: timestamp(),
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

/** Builds the schema object and returns it with the number of CRD object schemas that were closed. */
function buildSchema(crdText) {
  const crd = parse(crdText);
  const version = crd?.spec?.versions?.find((v) => v?.name === VERSION);
  const openApi = version?.schema?.openAPIV3Schema;
  if (!isPlainObject(openApi))
    throw new Error(`${CRD_PATH}: no spec.versions[name=${VERSION}].schema.openAPIV3Schema`);
  const group = crd.spec.group;
  const kind = crd.spec.names?.kind;
  if (group !== 'argoproj.io' || kind !== 'Application') {
    throw new Error(`${CRD_PATH}: expected the argoproj.io Application CRD, got ${group} ${kind}`);
  }

  const stats = { closed: 0 };
  const body = transform(openApi, stats);
  for (const name of ['apiVersion', 'kind', 'metadata', 'spec']) {
    if (!isPlainObject(body.properties?.[name])) throw new Error(`${CRD_PATH}: root has no ${name} property`);
  }
  body.properties.apiVersion = { ...body.properties.apiVersion, const: `${group}/${VERSION}` };
  body.properties.kind = { ...body.properties.kind, const: kind };
  body.properties.metadata = objectMetaSchema();
  // Argo CD writes status; a manifest in git has no business checking it field by field, and it is
  // two thirds of the schema (compile time). Kept as an object so a rendered status is still allowed.
  body.properties.status = { type: 'object' };
  body.required = [...new Set(['apiVersion', 'kind', 'metadata', 'spec', ...(body.required ?? [])])];

  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    $comment:
      `Generated by scripts/gen-argocd-schema.mjs from ${SOURCE_REPO} ${SOURCE_PATH} at commit ${SOURCE_COMMIT} ` +
      `(Copyright The Argo Authors, Apache License 2.0, see third_party/argo-cd/LICENSE and NOTICE.md). ` +
      `Modified: descriptions removed, additionalProperties:false added to closed objects, root apiVersion/kind/` +
      `metadata constrained, status reduced to an object. Do not edit by hand; run node scripts/gen-argocd-schema.mjs.`,
    ...body,
  };
  return { schema, closed: stats.closed };
}

function render(schema) {
  return `${JSON.stringify(schema, null, 1)}\n`;
}

function main(argv) {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`gen-argocd-schema: unknown argument(s): ${unknown.join(' ')}`);
    process.exitCode = 2;
    return;
  }
  const { schema, closed } = buildSchema(readFileSync(CRD_PATH, 'utf8'));
  const text = render(schema);
  const rel = path.relative(ROOT, OUT_PATH);
  if (check) {
    const current = existsSync(OUT_PATH) ? readFileSync(OUT_PATH, 'utf8') : null;
    if (current !== text) {
      console.error(
        `gen-argocd-schema: ${rel} is ${current === null ? 'missing' : 'out of date'}; run node scripts/gen-argocd-schema.mjs`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`gen-argocd-schema: ${rel} is up to date`);
    return;
  }
  mkdirSync(path.dirname(OUT_PATH), { recursive: true });
  writeFileSync(OUT_PATH, text);
  console.log(`gen-argocd-schema: wrote ${rel} (${Buffer.byteLength(text)} bytes, ${closed} objects closed)`);
}

main(process.argv.slice(2));
