import type { Config } from './config.js';

/** The configured environment whose clusters track `ref`, or null when none does. */
export function envForRef(config: Pick<Config, 'environments'>, ref: string | null): string | null {
  if (ref === null) return null;
  return Object.entries(config.environments).find(([, e]) => e.ref === ref)?.[0] ?? null;
}
