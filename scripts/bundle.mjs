// Bundles every GitHub Action with @vercel/ncc.
//   actions/<name>/action.yml  →  src/actions/<name>.ts  →  actions/<name>/dist/
//   action.yml (root)          →  src/actions/main.ts    →  dist/
//   bin/gitops-promotion.js    →  src/cli-entry.ts       →  cli/dist/
// `--check` bundles into a temp dir and compares byte-for-byte with the committed dist directories.
// Each target is bundled in its own child process (`--only <name>`), as many at once as there are cores:
// ncc is single-threaded, and the targets share no state.
import { Buffer } from 'node:buffer';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {{name: string, entry: string, outDir: string}[]} outDir relative to the repo root */
function findTargets() {
  const targets = [];
  const actionsDir = path.join(repoRoot, 'actions');
  const names = existsSync(actionsDir)
    ? readdirSync(actionsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(actionsDir, d.name, 'action.yml')))
        .map((d) => d.name)
        .sort()
    : [];
  for (const name of names) {
    targets.push({
      name,
      entry: path.join('src', 'actions', `${name}.ts`),
      outDir: path.join('actions', name, 'dist'),
    });
  }
  if (existsSync(path.join(repoRoot, 'action.yml'))) {
    targets.push({ name: '(root)', entry: path.join('src', 'actions', 'main.ts'), outDir: 'dist' });
  }
  // The CLI too: one file loads several times faster than the module graph under build/.
  targets.push({ name: '(cli)', entry: path.join('src', 'cli-entry.ts'), outDir: path.join('cli', 'dist') });
  return targets;
}

/** @returns {Promise<Map<string, Buffer>>} output file (relative to the dist dir) → contents */
async function bundle(entry) {
  const { code, assets } = await ncc(path.join(repoRoot, entry), {
    cache: false,
    filterAssetBase: repoRoot,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    target: 'es2022',
    quiet: true,
  });
  const files = new Map([['index.js', Buffer.from(code)]]);
  for (const [name, asset] of Object.entries(assets)) files.set(name, Buffer.from(asset.source));
  if (!files.has('package.json')) files.set('package.json', Buffer.from('{\n  "type": "module"\n}\n'));
  return files;
}

function writeDist(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, source] of files) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, source);
  }
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/** @returns {string[]} human-readable differences between two directories */
function compareDirs(expectedDir, actualDir, label) {
  const expected = new Set(listFiles(expectedDir));
  const actual = new Set(listFiles(actualDir));
  const diffs = [];
  for (const f of [...new Set([...expected, ...actual])].sort()) {
    const shown = path.join(label, f);
    if (!actual.has(f)) diffs.push(`missing from committed dist: ${shown}`);
    else if (!expected.has(f)) diffs.push(`stale file in committed dist: ${shown}`);
    else if (!readFileSync(path.join(expectedDir, f)).equals(readFileSync(path.join(actualDir, f)))) {
      diffs.push(`differs: ${shown}`);
    }
  }
  return diffs;
}

/** Bundles one target; in check mode into `tmp`, returning its differences from the committed dist. */
async function bundleTarget({ name, entry, outDir }, tmp) {
  if (!existsSync(path.join(repoRoot, entry))) throw new Error(`${name}: entry ${entry} does not exist`);
  const files = await bundle(entry);
  const target = tmp ? path.join(tmp, outDir) : path.join(repoRoot, outDir);
  writeDist(target, files);
  if (tmp) return compareDirs(target, path.join(repoRoot, outDir), outDir);
  console.log(`bundled ${entry} → ${outDir}/ (${files.size} files)`);
  return [];
}

/** Runs `node bundle.mjs [--check] --only <name>` for each target, `jobs` at a time; its output passed on. */
async function inChildren(targets, check, jobs) {
  const failed = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const { name } = targets[next++];
      const args = [fileURLToPath(import.meta.url), ...(check ? ['--check'] : []), '--only', name];
      const code = await new Promise((resolve) => {
        const child = spawn(process.execPath, args, { stdio: 'inherit' });
        child.on('error', () => resolve(1));
        child.on('exit', (c) => resolve(c ?? 1));
      });
      if (code !== 0) failed.push(name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, targets.length) }, worker));
  return failed;
}

async function main() {
  const check = process.argv.includes('--check');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const all = findTargets();
  const targets = only ? all.filter((t) => t.name === only) : all;
  if (targets.length === 0) {
    console.log(only ? `bundle: no target named ${only}` : 'bundle: no action.yml found, nothing to bundle');
    if (only) process.exitCode = 1;
    return;
  }
  if (!only && targets.length > 1) {
    const failed = await inChildren(targets, check, Math.max(1, availableParallelism()));
    if (failed.length > 0) process.exitCode = 1;
    else if (check) console.log(`check-dist: ${targets.length} dist directories up to date`);
    return;
  }
  const tmp = check ? mkdtempSync(path.join(tmpdir(), 'gitops-promotion-dist-')) : undefined;
  const diffs = [];
  try {
    for (const t of targets) diffs.push(...(await bundleTarget(t, tmp)));
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  if (diffs.length > 0) {
    console.error(
      `check-dist: committed dist is out of date (run \`npm run bundle\`):\n  ${diffs.join('\n  ')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(`bundle: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
