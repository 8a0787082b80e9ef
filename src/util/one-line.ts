/**
 * Repository text on one line of a terminal or a tag message: every run of control characters (a
 * line break, a tab, an escape sequence, a carriage return) becomes one space.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ');
}
