// npm run demo: validates the bundled example GitOps repo with the built CLI and the provisioned Helm,
// printing the findings and what runs where. (The other commands join the demo as they land.)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { helmPath } from './helm-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples', 'gitops-repo');
const cli = path.join(root, 'bin', 'gitops-promotion.js');

console.log(`$ gitops-promotion validate --repo examples/gitops-repo --matrix\n`);
const run = spawnSync(
  process.execPath,
  [cli, 'validate', '--repo', example, '--helm', helmPath(4), '--matrix'],
  {
    stdio: 'inherit',
  },
);
process.exitCode = run.status ?? 1;
