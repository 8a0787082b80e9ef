import type { ApplicationObject } from '../gitops/applications.js';
import type { AppChange, Risk } from './model.js';
import { appRisks } from './risks.js';
import { maskSecrets } from './secrets.js';

/** A change's risks, computed from masked copies: risk messages quote fields (a server URL may carry a password). */
export function maskedRisks(
  change: AppChange,
  before: ApplicationObject | undefined,
  after: ApplicationObject | undefined,
  salt: string,
): Risk[] {
  const masked = (o: ApplicationObject | undefined) =>
    o && (maskSecrets(o as Record<string, unknown>, salt) as ApplicationObject);
  return appRisks(change, masked(before), masked(after));
}
