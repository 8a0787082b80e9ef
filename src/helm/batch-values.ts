/**
 * A values file as one alias's values in a batch wrapper chart: its text, unchanged but indented two
 * spaces under `<alias>:`. Helm still reads every file itself, in the same order, so its merge of
 * `--values` files (maps merged key by key, the later file winning) means under the alias exactly
 * what it meant at the top: nothing of helm's merge is redone here. Only a mapping
 * document is nested; anything whose meaning could change with the indentation (a second document, a
 * directive, a line break other than `\n`: YAML also breaks lines at `\r`, NEL, LS and PS, which could
 * start a key outside the alias) is refused, and so is a file whose nested reading (YAML 1.1 and 1.2)
 * is not exactly its own.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { memoByText } from '../util/memo.js';

export type NestedValues =
  /** `body`: the file's lines indented, to follow a line `<alias>:`. */
  | { kind: 'nested'; body: string }
  /** Nothing to merge (empty, comments only, null): helm would merge an empty map. */
  | { kind: 'empty' }
  | { kind: 'refused'; reason: string };

const MAX_BYTES = 1024 * 1024;
/** Beyond the C0 controls but tab and `\n`: DEL, the other YAML line breaks (NEL, LS, PS), a byte-order mark. */
const REFUSED_CODES = new Set([0x7f, 0x85, 0x2028, 0x2029, 0xfeff]);
const DOCUMENT_START = /^---[ \t]*(#.*)?$/;
const MARKER = /^(---|\.\.\.)([ \t]|$)|^%/;

/** The alias the nested reading is checked under: which one does not change it. */
const PROBE = 'c0';

/** nestValues, once per text however many requests of both refs read it. */
export const nestValues = memoByText(nestedValues);

function nestedValues(text: string): NestedValues {
  if (text.length > MAX_BYTES) return refused('too large to nest');
  if (hasRefusedChar(text)) return refused('a control character or a line break other than \\n');
  const lines = text.split('\n');
  const first = lines.findIndex((l) => !/^[ \t]*(#.*)?$/.test(l));
  if (first >= 0 && DOCUMENT_START.test(lines[first]!)) lines[first] = '';
  if (lines.some((l) => MARKER.test(l))) return refused('more than one document, or a directive');
  const own = readings(lines.join('\n'));
  if (!own) return refused('not one YAML mapping');
  if (own.every((d) => d === null)) return { kind: 'empty' };
  if (!own.every(isMapping)) return refused('not one YAML mapping');
  const body = lines.map((l) => (l === '' ? '' : `  ${l}`)).join('\n');
  const read = readings(`${PROBE}:\n${body}`);
  const same = read?.every(
    (d, i) => isMapping(d) && Object.keys(d).length === 1 && isDeepStrictEqual(d[PROBE], own[i]),
  );
  return same ? { kind: 'nested', body } : refused('its nested reading differs');
}

function hasRefusedChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || REFUSED_CODES.has(c)) return true;
  }
  return false;
}

function refused(reason: string): NestedValues {
  return { kind: 'refused', reason };
}

/** The document as data in YAML 1.1 (helm's go-yaml) and 1.2, or null when either does not parse. */
function readings(text: string): unknown[] | null {
  try {
    return (['1.1', '1.2'] as const).map((version) => {
      const doc = parseDocument(text, { version, merge: version === '1.1', uniqueKeys: false });
      if (doc.errors.length > 0) throw new Error('does not parse');
      return doc.toJS({ maxAliasCount: 1000 }) ?? null;
    });
  } catch {
    return null;
  }
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
