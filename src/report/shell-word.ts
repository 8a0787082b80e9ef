/**
 * One word of a shell command shown to a user to copy (a branch, a remote, a path): whatever the
 * repository's text, pasted into bash or zsh it is that one argument, never a second command, an
 * expansion or an invisible change of what is run.
 */

/** Left bare: nothing in it that a shell reads (no `=`, `~`, `%` either: zsh expands them at a word's start). */
const BARE = /^[A-Za-z0-9_@+:,./-]+$/;

/**
 * Characters a terminal does not show as themselves: C0 and C1 controls, DEL, and Unicode's
 * direction and zero-width marks (they can make a command read otherwise than it runs).
 */
const HIDDEN = '[\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff]';
const HAS_HIDDEN = new RegExp(HIDDEN, 'u');
const EACH_HIDDEN = new RegExp(HIDDEN, 'gu');

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** `$'…'` (bash, zsh, POSIX.1-2024 sh): hidden characters spelt as `\xHH` / `\uHHHH` escapes. */
function ansiQuoted(text: string): string {
  const escaped = text.replace(/[\\']/g, '\\$&').replace(EACH_HIDDEN, (ch) => {
    const c = ch.codePointAt(0)!;
    return c < 0x80 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
  });
  return `$'${escaped}'`;
}

/** The text as one shell word: bare when safe, else single-quoted, else `$'…'` for hidden characters. */
export function shellWord(text: string): string {
  if (BARE.test(text)) return text;
  if (HAS_HIDDEN.test(text)) return ansiQuoted(text);
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
