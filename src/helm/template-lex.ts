/**
 * The actions of a Go text/template file (what helm parses every file under templates/ as), lexed the
 * way text/template/parse/lex.go does: `{{` … `}}` with the trim markers `{{- ` and ` -}}`, comments
 * `{{/* … *\/}}`, quoted, raw and character constants (a `}}` inside one does not end the action).
 * Text between actions is not kept. Whatever this lexer does not know for sure it refuses: the file
 * is then not proven batchable, and renders alone (src/helm/batch-chart.ts).
 */

export type Token =
  | { t: 'space' }
  | { t: 'field'; name: string }
  | { t: 'dot' }
  | { t: 'var'; name: string }
  | { t: 'ident'; name: string }
  | { t: 'keyword'; name: string }
  /** A string constant; `value` null when it has escapes this lexer does not decode. */
  | { t: 'string'; value: string | null }
  | { t: 'literal' }
  | { t: 'pipe' }
  | { t: 'declare' }
  | { t: 'assign' }
  | { t: 'comma' }
  | { t: 'lparen' }
  | { t: 'rparen' };

export interface Action {
  tokens: Token[];
  /** 1-based line of its `{{`. */
  line: number;
}

export type Lexed = { ok: true; actions: Action[] } | { ok: false; reason: string };

const KEYWORDS = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'nil',
  'template',
  'with',
]);
const SPACE = /[ \t\r\n]/;
const ALNUM = /[\p{L}\p{Nd}_]/u;

class Refused extends Error {}

/** Every action of `text`, comments dropped. */
export function lexTemplate(text: string): Lexed {
  const actions: Action[] = [];
  let pos = 0;
  try {
    for (;;) {
      const start = text.indexOf('{{', pos);
      if (start < 0) return { ok: true, actions };
      const line = lineAt(text, start);
      let at = start + 2;
      if (text[at] === '-' && SPACE.test(text[at + 1] ?? '')) at += 2;
      if (text.startsWith('/*', at)) {
        pos = skipComment(text, at, line);
        continue;
      }
      const lexed = lexAction(text, at, line);
      actions.push({ tokens: lexed.tokens, line });
      pos = lexed.end;
    }
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.message };
    throw e;
  }
}

function lineAt(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The length of the right delimiter at `at` (`}}` or ` -}}`), or 0. */
function rightDelim(text: string, at: number): number {
  if (SPACE.test(text[at] ?? '') && text.startsWith('-}}', at + 1)) return 4;
  return text.startsWith('}}', at) ? 2 : 0;
}

function skipComment(text: string, at: number, line: number): number {
  const close = text.indexOf('*/', at + 2);
  if (close < 0) throw new Refused(`line ${line}: unclosed comment`);
  const delim = rightDelim(text, close + 2);
  if (!delim) throw new Refused(`line ${line}: comment ends before the closing delimiter`);
  return close + 2 + delim;
}

/** The tokens of one action, from after its left delimiter to past its right one. */
function lexAction(text: string, from: number, line: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let at = from;
  let depth = 0;
  for (;;) {
    const delim = rightDelim(text, at);
    if (delim) {
      if (depth !== 0) throw new Refused(`line ${line}: unclosed left parenthesis`);
      return { tokens, end: at + delim };
    }
    if (at >= text.length) throw new Refused(`line ${line}: unclosed action`);
    const next = lexToken(text, at, line);
    if (next.token.t === 'lparen') depth++;
    if (next.token.t === 'rparen' && --depth < 0) throw new Refused(`line ${line}: unexpected )`);
    tokens.push(next.token);
    at = next.end;
  }
}

function lexToken(text: string, at: number, line: number): { token: Token; end: number } {
  const c = text[at]!;
  const simple: Record<string, Token> = {
    '|': { t: 'pipe' },
    '=': { t: 'assign' },
    ',': { t: 'comma' },
    '(': { t: 'lparen' },
    ')': { t: 'rparen' },
  };
  if (SPACE.test(c)) {
    let end = at;
    while (SPACE.test(text[end] ?? '') && !rightDelim(text, end)) end++;
    return { token: { t: 'space' }, end: Math.max(end, at + 1) };
  }
  if (simple[c]) return { token: simple[c]!, end: at + 1 };
  if (c === ':') {
    if (text[at + 1] !== '=') throw new Refused(`line ${line}: expected :=`);
    return { token: { t: 'declare' }, end: at + 2 };
  }
  if (c === '"') return quoted(text, at, line);
  if (c === '`') return raw(text, at, line);
  if (c === "'") return charConstant(text, at, line);
  if (c === '$' || (c === '.' && !/[0-9]/.test(text[at + 1] ?? ''))) return fieldOrVariable(text, at, line);
  if (/[0-9+\-.]/.test(c)) return numberConstant(text, at, line);
  if (ALNUM.test(c)) return identifier(text, at, line);
  throw new Refused(`line ${line}: unexpected character ${JSON.stringify(c)} in an action`);
}

/** lex.go's atTerminator: what may follow a word. */
function atTerminator(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || SPACE.test(c) || '.,|:()'.includes(c) || rightDelim(text, at) > 0;
}

function word(text: string, at: number): number {
  let end = at;
  while (end < text.length && ALNUM.test(text[end]!)) end++;
  return end;
}

function fieldOrVariable(text: string, at: number, line: number): { token: Token; end: number } {
  const end = word(text, at + 1);
  if (!atTerminator(text, end)) throw new Refused(`line ${line}: bad character after ${text.slice(at, end)}`);
  const name = text.slice(at + 1, end);
  if (text[at] === '$') return { token: { t: 'var', name: `$${name}` }, end };
  return { token: name ? { t: 'field', name } : { t: 'dot' }, end };
}

function identifier(text: string, at: number, line: number): { token: Token; end: number } {
  const end = word(text, at);
  if (!atTerminator(text, end)) throw new Refused(`line ${line}: bad character after ${text.slice(at, end)}`);
  const name = text.slice(at, end);
  if (name === 'true' || name === 'false') return { token: { t: 'literal' }, end };
  return { token: KEYWORDS.has(name) ? { t: 'keyword', name } : { t: 'ident', name }, end };
}

/** A number constant, refused unless it is a plain one followed by a terminator. */
function numberConstant(text: string, at: number, line: number): { token: Token; end: number } {
  const m = /^[+-]?(?:0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+)/.exec(
    text.slice(at, at + 64),
  );
  const end = at + (m?.[0].length ?? 0);
  if (!m || (text[end] !== undefined && !SPACE.test(text[end]!) && !'|)}'.includes(text[end]!)))
    throw new Refused(`line ${line}: a number this check does not read`);
  return { token: { t: 'literal' }, end };
}

function quoted(text: string, at: number, line: number): { token: Token; end: number } {
  let escaped = false;
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') break;
    if (c === '\\') {
      escaped = true;
      i++;
      if (text[i] === '\n' || text[i] === undefined) break;
      continue;
    }
    if (c === '"') {
      const value = escaped ? null : text.slice(at + 1, i);
      return { token: { t: 'string', value }, end: i + 1 };
    }
  }
  throw new Refused(`line ${line}: unterminated quoted string`);
}

function raw(text: string, at: number, line: number): { token: Token; end: number } {
  const close = text.indexOf('`', at + 1);
  if (close < 0) throw new Refused(`line ${line}: unterminated raw string`);
  return { token: { t: 'string', value: text.slice(at + 1, close) }, end: close + 1 };
}

function charConstant(text: string, at: number, line: number): { token: Token; end: number } {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') break;
    if (c === '\\') {
      i++;
      if (text[i] === '\n' || text[i] === undefined) break;
      continue;
    }
    if (c === "'") return { token: { t: 'literal' }, end: i + 1 };
  }
  throw new Refused(`line ${line}: unterminated character constant`);
}
