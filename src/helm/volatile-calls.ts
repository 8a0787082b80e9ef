import { gunzipSync } from 'node:zlib';

/**
 * Template functions whose result changes from one render to the next (the clock, randomness, fresh
 * keys and salts, DNS): a render that calls one is not a function of its inputs, so it is never
 * served from a cache (two renders of it are two different outputs, as Argo CD would see them). A
 * name after `.` or `$` is a field or a variable (`.Values.now`), not a call.
 */
const VOLATILE =
  /(?<![\w.$-])(now|ago|randAlpha|randAlphaNum|randAscii|randNumeric|randInt|randBytes|uuidv4|genPrivateKey|genCA|genCAWithKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|shuffle|bcrypt|htpasswd|encryptAES|getHostByName)\b/;
const ACTION = /\{\{([\s\S]*?)\}\}/g;
/** A JSON schema reference to anything but itself: helm reads (or fetches) it while rendering. */
const FOREIGN_REF = /"\$ref"\s*:\s*"(?!#)/;
/** A packed subchart is looked into up to this size unpacked (helm itself would have to read it all). */
const MAX_UNPACKED = 256 * 1024 * 1024;

/**
 * Why this content may make a render differ from the last one with the same inputs (`calls
 * randAlphaNum, …`: the first volatile function a template action `{{ … }}` of it calls), or null. Any
 * file can hold templates (`tpl` renders values, `.Files.Get` reads any file), so every file is looked
 * at; a gzip (a packed subchart) is unpacked first. Best effort: a function name assembled at render
 * time (`tpl (printf "{{ %s }}" .Values.fn)`) is not seen. A schema `$ref` to anything but itself
 * is said too: what helm reads through it is not part of the key.
 */
export function volatileCall(content: Buffer | string): string | null {
  const text = typeof content === 'string' ? content : readable(content);
  if (text === null) return 'is a gzip too big to look into';
  // Refused before helm runs where the schema is unpacked; inside a packed subchart it is not.
  if (FOREIGN_REF.test(text)) return 'refers to a schema outside itself ($ref), which the key does not cover';
  if (!VOLATILE.test(text)) return null;
  for (const m of text.matchAll(ACTION)) {
    const call = VOLATILE.exec(m[1]!);
    if (call) return `calls ${call[1]!}, whose result changes from one render to the next`;
  }
  return null;
}

/** The bytes as text; a gzip (a packed chart) unpacked, its tar headers and files together; null: too big. */
function readable(content: Buffer): string | null {
  if (!(content.length > 2 && content[0] === 0x1f && content[1] === 0x8b)) return content.toString('latin1');
  try {
    return gunzipSync(content, { maxOutputLength: MAX_UNPACKED }).toString('latin1');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    return content.toString('latin1'); // not a gzip after all: helm cannot read it either
  }
}
