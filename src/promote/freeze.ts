import { ConfigurationError } from '../errors.js';

/** A freeze window: a date range, or a weekly window in a time zone. */
export type FreezeWindow =
  | { name?: string; from: string; to: string }
  | { name?: string; days: string[]; start: string; end: string; timezone?: string };

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The window `now` falls in, or null. Date ranges are ISO 8601 instants; weekly windows use local time of `timezone` (default UTC). */
export function activeFreeze(windows: readonly FreezeWindow[], now: Date): FreezeWindow | null {
  for (const w of windows) if (inWindow(w, now)) return w;
  return null;
}

export function describeWindow(w: FreezeWindow): string {
  const name = w.name ? `${w.name}: ` : '';
  if ('from' in w) return `${name}${w.from} → ${w.to}`;
  return `${name}${w.days.join(',')} ${w.start}–${w.end} ${w.timezone ?? 'UTC'}`;
}

function inWindow(w: FreezeWindow, now: Date): boolean {
  if ('from' in w) {
    const from = Date.parse(w.from);
    const to = Date.parse(w.to);
    if (Number.isNaN(from) || Number.isNaN(to))
      throw new ConfigurationError(`freeze window ${describeWindow(w)}: from and to must be ISO 8601 dates`);
    return now.getTime() >= from && now.getTime() < to;
  }
  const { day, minutes } = localTime(now, w.timezone ?? 'UTC');
  const start = clock(w.start, w);
  const end = clock(w.end, w);
  const days = w.days.map((d) => {
    const i = DAYS.indexOf(d.toLowerCase().slice(0, 3));
    if (i < 0) throw new ConfigurationError(`freeze window ${describeWindow(w)}: unknown day "${d}"`);
    return i;
  });
  // A window that ends before it starts runs past midnight into the next day.
  if (start <= end) return days.includes(day) && minutes >= start && minutes < end;
  return (days.includes(day) && minutes >= start) || (days.includes((day + 6) % 7) && minutes < end);
}

function clock(hhmm: string, w: FreezeWindow): number {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m)
    throw new ConfigurationError(`freeze window ${describeWindow(w)}: times must be HH:MM, got "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function localTime(now: Date, timeZone: string): { day: number; minutes: number } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
  } catch {
    throw new ConfigurationError(`unknown time zone "${timeZone}" in a freeze window`);
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return {
    day: DAYS.indexOf(get('weekday').toLowerCase().slice(0, 3)),
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  };
}
