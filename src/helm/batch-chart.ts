/**
 * Whether a chart directory renders the same as one alias of a batch wrapper chart
 * (src/helm/batch.ts) as it does alone, read from every file helm would load: a conservative scan.
 * Refused: a chart helm would treat differently as a dependency (its own dependencies or charts/,
 * crds/, a .helmignore, dot-files under templates/ that helm ignores only at the top, a kubeVersion
 * constraint helm checks only at the top, a library chart, apiVersion v3), a values.yaml holding a
 * null (a batch drops null defaults), symlinks, and templates not proven by template-flow.ts.
 */
import { memoByText } from '../util/memo.js';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { batchRefusal, type TemplateFile } from './template-flow.js';
import { lexTemplate } from './template-lex.js';
import { parseTemplate } from './template-parse.js';

export type ChartScan =
  | {
      kind: 'batchable';
      /** Chart.yaml's name: what a single render's `# Source:` comments start with. */
      name: string;
      version: string;
      /** values.schema.json is there: batched only with --skip-schema-validation. */
      schema: boolean;
    }
  | { kind: 'single'; reason: string };

const MAX_FILES = 2000;
const MAX_BYTES = 8 * 1024 * 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const VERSION = /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const REFUSED_PATHS = [
  'charts',
  'crds',
  'requirements.yaml',
  'requirements.lock',
  'Chart.lock',
  '.helmignore',
];

class Refused extends Error {}

export function scanChart(dir: string): ChartScan {
  try {
    const files = listFiles(dir);
    for (const p of REFUSED_PATHS)
      if (files.some((f) => f === p || f.startsWith(`${p}/`))) throw new Refused(`the chart has ${p}`);
    const dotted = files.find(
      (f) => f.startsWith('templates/') && f.split('/').some((s) => s.startsWith('.')),
    );
    if (dotted) throw new Refused(`${dotted}: helm ignores it only in the top chart`);
    const meta = chartMetadata(readText(dir, 'Chart.yaml'));
    const valuesExact = files.includes('values.yaml') ? valuesAreExact(readText(dir, 'values.yaml')) : false;
    const templates = files.filter((f) => f.startsWith('templates/')).map((f) => templateFile(dir, f));
    const refusal = batchRefusal(templates, { valuesExact });
    if (refusal) throw new Refused(refusal);
    return { kind: 'batchable', ...meta, schema: files.includes('values.schema.json') };
  } catch (e) {
    if (e instanceof Refused) return { kind: 'single', reason: e.message };
    throw e;
  }
}

/**
 * What the scan of `dir` depends on, cheaply: every entry's path, kind, size and change times. A scan
 * is reused only while this is the same (a tree rewritten in place is scanned again).
 */
export function chartSignature(dir: string): string {
  const parts: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path.join(dir, r));
      parts.push(`${r}\0${st.mode}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}`);
      if (st.isDirectory() && parts.length <= MAX_FILES) walk(r);
    }
  };
  walk('');
  return parts.join('\n');
}

/** Every file under `dir`, relative with `/`; refused: symlinks, special files, too many or too large. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  let bytes = 0;
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (/[\p{Cc}\\]/u.test(name)) throw new Refused(`a file name with a control character or backslash`);
      const st = lstatSync(path.join(dir, r));
      if (st.isSymbolicLink()) throw new Refused(`${r} is a symlink`);
      if (st.isDirectory()) walk(r);
      else if (!st.isFile()) throw new Refused(`${r} is not a regular file`);
      else {
        out.push(r);
        bytes += st.size;
      }
      if (out.length > MAX_FILES || bytes > MAX_BYTES) throw new Refused('the chart is too large to scan');
    }
  };
  walk('');
  return out;
}

function readText(dir: string, rel: string): string {
  let text: string;
  try {
    text = readFileSync(path.join(dir, rel), 'utf8');
  } catch {
    throw new Refused(`${rel} cannot be read`);
  }
  if (text.includes('\uFFFD') || text.includes('\0')) throw new Refused(`${rel} is not UTF-8 text`);
  return text.replace(/^\uFEFF/, '');
}

/**
 * Chart.yaml's name and version, refusing what helm checks only of the top chart or treats otherwise
 * as a dependency. Keys are matched ignoring case, as helm reads them (JSON into a struct).
 */
function chartMetadata(text: string): { name: string; version: string } {
  const data = yamlData(text, 'Chart.yaml');
  const keys = (want: string) => Object.keys(data).filter((k) => k.toLowerCase() === want);
  const one = (want: string): unknown => {
    const found = keys(want);
    if (found.length !== 1) throw new Refused(`Chart.yaml: ${want} is not written once`);
    return data[found[0]!];
  };
  const apiVersion = one('apiversion');
  if (apiVersion !== 'v1' && apiVersion !== 'v2')
    throw new Refused(`Chart.yaml: apiVersion ${String(apiVersion)}`);
  const name = one('name');
  const version = one('version');
  if (typeof name !== 'string' || !NAME.test(name))
    throw new Refused('Chart.yaml: a name this check does not take');
  if (typeof version !== 'string' || !VERSION.test(version))
    throw new Refused('Chart.yaml: a version this check does not take');
  for (const k of ['dependencies', 'kubeversion'])
    if (keys(k).length > 0) throw new Refused(`Chart.yaml: ${k} (helm treats it otherwise in a dependency)`);
  for (const k of keys('type'))
    if (data[k] !== 'application') throw new Refused('Chart.yaml: a type other than application');
  return { name, version };
}

/**
 * Whether `.Values` as a whole is the same in a batch: values.yaml sets `global` to a mapping (else a
 * batch adds `global: {}`). A null anywhere refuses the chart: a batch drops null defaults (Helm 3
 * nested ones too).
 */
const valuesAreExact = memoByText(valuesExactly);

function valuesExactly(text: string): boolean {
  const versions = (['1.1', '1.2'] as const).map((version) => yamlData(text, 'values.yaml', version));
  for (const data of versions) if (hasNull(data)) throw new Refused('values.yaml holds a null');
  return versions.every((d) => isObject(d.global));
}

/** A YAML document as data, in one YAML version; refused unless it is one clean mapping (or empty). */
function yamlData(text: string, file: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
  let data: unknown;
  try {
    const doc = parseDocument(text, { version, merge: version === '1.1', uniqueKeys: true });
    if (doc.errors.length > 0) throw new Refused(`${file} does not parse`);
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (e instanceof Refused) throw e;
    throw new Refused(`${file} does not parse`);
  }
  if (data === null || data === undefined) return {};
  if (!isObject(data)) throw new Refused(`${file} is not a mapping`);
  return data;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasNull(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.some(hasNull);
  if (isObject(v)) return Object.values(v).some(hasNull);
  return false;
}

function templateFile(dir: string, rel: string): TemplateFile {
  const lexed = lexTemplate(readText(dir, rel));
  if (!lexed.ok) throw new Refused(`${rel}: ${lexed.reason}`);
  const parsed = parseTemplate(lexed.actions);
  if (!parsed.ok) throw new Refused(`${rel}: ${parsed.reason}`);
  return { path: rel, template: parsed.template };
}
