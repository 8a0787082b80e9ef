import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { spawnCollect } from '../helpers/runner.js';

it('the committed dist bundles are what the sources build to', async () => {
  const run = await spawnCollect(process.execPath, ['scripts/bundle.mjs', '--check'], {
    cwd: PROJECT_ROOT,
    env: process.env,
  });
  expect(run.stderr + run.stdout).not.toMatch(/differs|stale|missing/);
  expect(run.exitCode).toBe(0);
}, 600_000);
