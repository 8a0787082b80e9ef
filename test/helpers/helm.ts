import { existsSync } from 'node:fs';
import { HELM_VERSIONS, helmPath } from '../../scripts/helm-paths.mjs';
import { Helm } from '../../src/helm/helm.js';

export type HelmMajor = 3 | 4;

/** The Helm major the suite runs with: 4, or 3 with GITOPS_PROMOTION_TEST_HELM=3 (`npm run test:helm3`). */
export function defaultHelmMajor(): HelmMajor {
  return process.env.GITOPS_PROMOTION_TEST_HELM === '3' ? 3 : 4;
}

/** The real helm binary provisioned by scripts/provision-helm.mjs. Never skipped: missing is a failure. */
export function helmBinary(major: HelmMajor = defaultHelmMajor()): string {
  const bin = helmPath(major);
  if (!existsSync(bin)) {
    throw new Error(
      `helm ${HELM_VERSIONS[major].version} is not provisioned at ${bin}: run "node scripts/provision-helm.mjs"`,
    );
  }
  return bin;
}

export function testHelm(major: HelmMajor = defaultHelmMajor()): Helm {
  return new Helm(helmBinary(major));
}

export const HELM_MAJORS: readonly HelmMajor[] = [4, 3];
