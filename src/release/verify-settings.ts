import type { ReleaseConfig } from '../gitops/config.js';
import { parseDuration } from '../promote/duration.js';

/** How a run verifies its waves (ReleaseRequest.verify), or null when it does not. */
export type VerifySettings = { timeoutMs: number; intervalMs: number; rollbackOnFailure: boolean } | null;

/**
 * Verification when asked (`--verify` / input `verify`) or configured (`release.verify.enabled`):
 * the timeout given (`timeoutFrom` names it in a message) or configured, the configured interval,
 * rollback-on-failure when either says so.
 */
export function verifySettings(
  config: ReleaseConfig['verify'],
  asked: { verify: boolean; timeout: string | undefined; rollbackOnFailure: boolean },
  timeoutFrom: string,
): VerifySettings {
  if (!asked.verify && !config.enabled) return null;
  const timeout = asked.timeout || config.timeout;
  return {
    timeoutMs: parseDuration(timeout, asked.timeout ? timeoutFrom : 'release.verify.timeout'),
    intervalMs: parseDuration(config.interval, 'release.verify.interval'),
    rollbackOnFailure: asked.rollbackOnFailure || config.rollbackOnFailure,
  };
}
