import { oneLine } from '../util/one-line.js';

/** Small formatting shared by the drift dashboard and its terminal text. */

const DAY_MS = 86_400_000;

/**
 * Whole days from `at` to `now` (both ISO 8601; `now` is the report's generatedAt, never the clock), or
 * null when either is not a date.
 */
export function ageDays(at: string, now: string): number | null {
  const [a, n] = [Date.parse(at), Date.parse(now)];
  if (Number.isNaN(a) || Number.isNaN(n)) return null;
  return Math.max(0, Math.floor((n - a) / DAY_MS));
}

/** `12 days`, `1 day`, `less than a day`, `an unknown time`. */
export function ageText(at: string, now: string): string {
  const d = ageDays(at, now);
  if (d === null) return 'an unknown time';
  return d === 0 ? 'less than a day' : plural(d, 'day');
}

/** `1 commit`, `4 commits`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Repository text on one line and at most `max` characters (`…` at the cut): a dashboard, not a record. */
export function clip(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  // Never split a surrogate pair.
  const cut = flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/** How long a reason, a subject or a value may be in the dashboard. */
export const REASON_MAX = 300;
export const SUBJECT_MAX = 120;
export const VALUE_MAX = 120;
