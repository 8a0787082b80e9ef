import { oneLine } from '../util/one-line.js';

/** The longest reason a drift section gives (they are rendered into the dashboard issue). */
export const MAX_REASON = 300;

/**
 * A reason as the dashboard shows it: one line (control characters, C1 controls and Unicode line
 * separators become a space, runs of spaces one), at most MAX_REASON characters.
 */
export function reasonLine(text: string): string {
  const line = oneLine(text)
    .replace(/[\u0080-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const chars = Array.from(line);
  return chars.length > MAX_REASON ? `${chars.slice(0, MAX_REASON - 1).join('')}…` : line;
}
