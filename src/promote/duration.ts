import { ConfigurationError } from '../errors.js';

const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** `2h`, `1h30m`, `45m`, `1d` → milliseconds. */
export function parseDuration(text: string, where = 'duration'): number {
  const t = text.trim();
  if (!/^(\d+[wdhms])+$/.test(t)) {
    throw new ConfigurationError(`${where} must look like 2h, 1h30m or 1d, got "${text}"`);
  }
  let ms = 0;
  for (const m of t.matchAll(/(\d+)([wdhms])/g)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms;
}

/** 5400000 → `1h30m`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Math.max(0, Math.round(ms / 1000))}s`;
  const parts: string[] = [];
  let rest = Math.floor(ms / 60_000);
  for (const [unit, size] of [
    ['d', 1440],
    ['h', 60],
    ['m', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join('');
}
