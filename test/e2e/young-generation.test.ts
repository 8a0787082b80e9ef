import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { boundYoungGeneration } from '../../src/util/young-generation.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { describeWithNode24, NODE24, runAction, spawnCollect } from '../helpers/runner.js';

const describeBundles = describeWithNode24();
const MiB = 1024 * 1024;
/**
 * Bounded: the size it had when the entry point ran (2 to 8 MiB: loading a bundle's modules makes it grow
 * once or twice before), never the 128 MiB node 24 grows it to.
 */
const BOUNDED = 16 * MiB;

/**
 * Preloaded into the bundle: when the process ends it keeps 3 million small objects alive (a steady
 * survival rate, as a run's parsed renders make) and prints the young generation's size then.
 */
const PROBE = `
const v8 = require('node:v8');
process.on('exit', () => {
  const keep = [];
  for (let i = 0; i < 3e6; i++) keep.push({ i, s: 'x' + i });
  const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  require('node:fs').writeSync(2, 'young generation: ' + space.space_size + ' bytes, ' + keep.length + ' kept\\n');
});
`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-young-'));
const probe = path.join(dir, 'probe.cjs');
writeFileSync(probe, PROBE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function youngBytes(stderr: string): number {
  const m = /young generation: (\d+) bytes, 3000000 kept/.exec(stderr);
  if (!m) throw new Error(`the probe printed nothing: ${stderr}`);
  return Number(m[1]);
}

const cli = (nodeOptions: string) =>
  spawnCollect(
    NODE24.kind === 'found' ? NODE24.path : 'node',
    [path.join(PROJECT_ROOT, 'bin/gitops-promotion.js'), '--help'],
    {
      cwd: dir,
      env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions },
    },
  );

describeBundles('the young generation stays at its starting size (node 24 grows it to 128 MiB)', () => {
  it('in the committed CLI bundle', async () => {
    const run = await cli(`--require ${probe}`);
    expect(run.exitCode).toBe(0);
    expect(youngBytes(run.stderr)).toBeLessThanOrEqual(BOUNDED);
  });

  it('but not where the node options size it themselves', async () => {
    const run = await cli(`--require ${probe} --max-semi-space-size=32`);
    expect(run.exitCode).toBe(0);
    expect(youngBytes(run.stderr)).toBeGreaterThan(32 * MiB);
  });

  it('without it the probe sees the growth (what the bound is for)', async () => {
    const run = await spawnCollect(NODE24.kind === 'found' ? NODE24.path : 'node', ['-e', '0'], {
      cwd: dir,
      env: { PATH: process.env.PATH, NODE_OPTIONS: `--require ${probe}` },
    });
    expect(youngBytes(run.stderr)).toBeGreaterThan(32 * MiB);
  });

  it('in a committed action bundle, even for a step that fails on its inputs', async () => {
    const run = await runAction('actions/validate', {
      workspace: dir,
      inputs: { helm: path.join(dir, 'no-such-helm') },
      env: { NODE_OPTIONS: `--require ${probe}` },
    });
    expect(run.exitCode).not.toBe(0);
    expect(youngBytes(run.stderr)).toBeLessThanOrEqual(BOUNDED);
  });
});

it('leaves a young generation sized by node flags or NODE_OPTIONS alone', () => {
  expect(boundYoungGeneration(['--max-semi-space-size=64'], '')).toBe(false);
  expect(boundYoungGeneration([], '--require x --semi-space-growth-factor=4')).toBe(false);
  expect(boundYoungGeneration(['--max-young-generation-size=64'], '')).toBe(false);
});
