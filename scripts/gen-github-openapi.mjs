// Writes third_party/github-rest-api/api.github.com.json: GitHub's REST API description from the npm package
// @octokit/openapi (SOURCE in github-openapi-trim.mjs), trimmed to the operations the tests use and the components
// they reference (see github-openapi-trim.mjs). The full description (13 MB, the package 400 MB) is not a dev
// dependency: install it for this one-off step, without saving it:
//
//   npm install --no-save @octokit/openapi@23.0.2 && npm run gen:github-openapi
//
// Usage: node scripts/gen-github-openapi.mjs [--check] [--source <api.github.com.json>]
//   --check   writes nothing; exits 1 if the committed file is not what this generates.
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  operationKeysInSources,
  REPO_ROOT,
  serialize,
  SOURCE,
  TRIMMED_FILE,
  trimDescription,
} from './github-openapi-trim.mjs';

/** A failure the user can act on: printed as one line, exit code 1. */
class GenError extends Error {}
function fail(message) {
  throw new GenError(message);
}

function sourceFile(args) {
  const at = args.indexOf('--source');
  if (at >= 0) {
    if (!args[at + 1]) fail('--source needs a file');
    return path.resolve(args[at + 1]);
  }
  const require = createRequire(import.meta.url);
  let pkgJson;
  try {
    pkgJson = require.resolve(`${SOURCE.pkg}/package.json`);
  } catch {
    fail(
      `${SOURCE.pkg} is not installed: run \`npm install --no-save ${SOURCE.pkg}@${SOURCE.version}\` first`,
    );
  }
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  if (version !== SOURCE.version) {
    fail(
      `${SOURCE.pkg}@${version} is installed, SOURCE says ${SOURCE.version}: update SOURCE (and the README)`,
    );
  }
  return path.join(path.dirname(pkgJson), SOURCE.file);
}

function main(args) {
  const full = JSON.parse(readFileSync(sourceFile(args), 'utf8'));
  const { doc, kept } = trimDescription(full, operationKeysInSources());
  const text = serialize(doc);
  const relative = path.relative(REPO_ROOT, TRIMMED_FILE);
  if (args.includes('--check')) {
    const current = existsSync(TRIMMED_FILE) ? readFileSync(TRIMMED_FILE, 'utf8') : '';
    if (current !== text) fail(`${relative} is stale: run \`npm run gen:github-openapi\``);
    console.log(`${relative} is current (${kept.length} operations)`);
  } else {
    mkdirSync(path.dirname(TRIMMED_FILE), { recursive: true });
    writeFileSync(TRIMMED_FILE, text);
    console.log(`${relative}: ${kept.length} operations, ${Buffer.byteLength(text)} bytes`);
    for (const key of kept) console.log(`  ${key}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof GenError)) throw err;
  console.error(`gen-github-openapi: ${err.message}`);
  process.exitCode = 1;
}
