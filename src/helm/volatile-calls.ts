import path from 'node:path';
import { parseAllDocuments, visit } from 'yaml';
import { gunzipSync } from 'node:zlib';
import { foreignReference, parseSchema } from './schema-references.js';
import { tarMembers } from './tar-members.js';

/**
 * Template functions whose result changes from one render to the next (the clock, randomness, fresh
 * keys and salts, DNS): a render that calls one is not a function of its inputs, so it is never
 * served from a cache (two renders of it are two different outputs, as Argo CD would see them). A
 * name after `.` or `$` is a field or a variable (`.Values.now`), not a call.
 */
const VOLATILE =
  /(?<![\w.$-])(now|ago|randAlpha|randAlphaNum|randAscii|randNumeric|randInt|randBytes|uuidv4|genPrivateKey|genCA|genCAWithKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|shuffle|bcrypt|htpasswd|encryptAES|getHostByName)\b/;
/** A backslash escape of Go, JSON or YAML strings (`\x6e`, `\u006e`, `\156`, a YAML escaped line break). */
const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r?\n[ \t]*|[\s\S])/g;
/** What YAML decodes differently from its text: an escape (double-quoted scalars), a tag (`!!binary`). */
const YAML_DECODES = /[\\!]/;
/** A packed subchart is looked into up to this size unpacked (helm itself would have to read it all). */
const MAX_UNPACKED = 256 * 1024 * 1024;
const MAX_NESTING = 10;

/**
 * How a text is read by helm: a file of a chart (`rel`, its path in the chart: a values.schema.json
 * is a schema), a values file or inline values (YAML), or a `--set` value (its backslashes escape).
 */
export type ReadAs = { kind: 'chart-file'; rel: string } | { kind: 'values' } | { kind: 'parameter' };

/**
 * Why this content may make a render differ from the last one with the same inputs (`calls
 * randAlphaNum, …`), or null. Conservative, at the cost of cache hits: a text that holds a template
 * action (`{{`) and names a volatile function as a word anywhere (not only inside an action: a `}}`
 * in a string does not end one, a comment may hide nothing) is volatile, and so is one that does
 * once its escapes are decoded (Go template strings, JSON, YAML: `"{{ \x6eow }}"` read by `tpl`) or,
 * where it is YAML, once it is parsed (its keys and string scalars, `!!binary` ones decoded). Any
 * file can hold templates (`tpl` renders values, `.Files.Get` reads any file), so every file is
 * looked at; a gzip (a packed subchart) is unpacked and each of its files looked at. Best effort: a
 * name assembled at render time (`tpl (printf "{{ %s }}" .Values.fn)`) is not seen. A chart's
 * values.schema.json is parsed: one that does not parse, or has a `$ref` (`$dynamicRef`,
 * `$recursiveRef`, `$schema`) to anything but itself, is said too: what helm reads through it is not
 * part of the key.
 */
export function volatileCall(content: Buffer | string, as: ReadAs = { kind: 'values' }): string | null {
  return scan(content, as, 0);
}

function scan(content: Buffer | string, as: ReadAs, depth: number): string | null {
  if (typeof content !== 'string' && isGzip(content)) return packed(content, depth);
  const text = typeof content === 'string' ? content : content.toString('utf8');
  if (as.kind === 'chart-file' && path.posix.basename(as.rel) === 'values.schema.json') {
    const why = schemaProblem(text);
    if (why) return why;
  }
  const variants = [text, ...unescaped(text)];
  if (as.kind === 'parameter') variants.push(text.replace(/\\([\s\S])/g, '$1'));
  if (YAML_DECODES.test(text)) variants.push(yamlScalars(text));
  for (const t of variants) {
    const call = t.includes('{{') ? VOLATILE.exec(t) : null;
    if (call) return `calls ${call[1]!}, whose result changes from one render to the next`;
  }
  return null;
}

function schemaProblem(text: string): string | null {
  const parsed = parseSchema(text);
  if (!parsed) return 'is a values schema that does not parse as JSON';
  const bad = foreignReference(parsed.schema);
  return bad && `refers to a schema outside itself (${bad.key}), which the key does not cover`;
}

/** A packed chart: each of its files looked at as a file of the chart (its first path part is the chart's name). */
function packed(content: Buffer, depth: number): string | null {
  if (depth >= MAX_NESTING) return 'is a gzip nested too deep to look into';
  let tar: Buffer;
  try {
    tar = gunzipSync(content, { maxOutputLength: MAX_UNPACKED });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'is a gzip too big to look into';
    return scan(content.toString('latin1'), { kind: 'values' }, depth); // not a gzip after all: helm cannot read it either
  }
  const members = tarMembers(tar);
  if (!members) return scan(tar.toString('latin1'), { kind: 'values' }, depth);
  for (const m of members) {
    const rel = m.name.split('/').slice(1).join('/');
    const why = scan(m.data, { kind: 'chart-file', rel }, depth + 1);
    if (why) return `(${m.name}) ${why}`;
  }
  return null;
}

function isGzip(content: Buffer): boolean {
  return content.length > 2 && content[0] === 0x1f && content[1] === 0x8b;
}

/** The text with its backslash escapes decoded, again while any are left (a string in a string), up to 4 times. */
function unescaped(text: string): string[] {
  const out: string[] = [];
  let t = text;
  for (let i = 0; i < 4 && t.includes('\\'); i++) {
    const next = t.replace(ESCAPE, (_, e: string) => decodeEscape(e));
    if (next === t) break;
    out.push((t = next));
  }
  return out;
}

function decodeEscape(e: string): string {
  const hex = /^[xuU]([0-9a-fA-F]+)$/.exec(e);
  const code = hex ? parseInt(hex[1]!, 16) : /^[0-7]+$/.test(e) ? parseInt(e, 8) : null;
  if (code !== null) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  return /^\r?\n/.test(e) ? '' : e;
}

/** Every key and string scalar of a YAML text as parsed (a tagged one also as base64 decoded), joined; '' when it does not parse. */
function yamlScalars(text: string): string {
  const parts: string[] = [];
  try {
    for (const doc of parseAllDocuments(text, { uniqueKeys: false, strict: false, logLevel: 'silent' })) {
      if (!('contents' in doc)) continue;
      visit(doc, {
        Scalar(_, node) {
          const value = typeof node.value === 'string' ? node.value : String(node.value);
          parts.push(value);
          if (node.tag) parts.push(Buffer.from(value, 'base64').toString('utf8'));
        },
      });
    }
  } catch {
    return '';
  }
  return parts.join('\n');
}
