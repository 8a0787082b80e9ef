import { resolveHelm } from '../../scripts/helm-paths.mjs';
import { Helm } from '../../src/helm/helm.js';

export type HelmMajor = 3 | 4;

/** The Helm major the suite runs with: 4, or 3 with GITOPS_PROMOTION_TEST_HELM=3 (`npm run test:helm3`). */
export function defaultHelmMajor(): HelmMajor {
  return process.env.GITOPS_PROMOTION_TEST_HELM === '3' ? 3 : 4;
}

const resolved = new Map<HelmMajor, string>();

/**
 * The real helm binary of a major: $HELM (Helm 4) / $HELM3 (Helm 3), else the one scripts/provision-helm.mjs
 * extracted, else a `helm` on PATH of that major (scripts/helm-paths.mjs). Never skipped: missing is a failure.
 */
export function helmBinary(major: HelmMajor = defaultHelmMajor()): string {
  const known = resolved.get(major);
  if (known) return known;
  const found = resolveHelm(major);
  if (found.kind !== 'found') throw new Error(`${found.reason} (see "npm run helm:provision")`);
  resolved.set(major, found.path);
  return found.path;
}

export function testHelm(major: HelmMajor = defaultHelmMajor()): Helm {
  return new Helm(helmBinary(major));
}

export const HELM_MAJORS: readonly HelmMajor[] = [4, 3];
