/**
 * Repository text on one line of a terminal or a tag message: every run of control characters (a
 * line break, a tab, an escape sequence, a carriage return, C1 controls such as U+0085 NEXT LINE) and
 * of Unicode line and paragraph separators (U+2028, U+2029: line ends to JavaScript's `/m` and to
 * some viewers) becomes one space.
 */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ');
}
