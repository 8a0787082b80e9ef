import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { boundYoungGeneration, YOUNG_GENERATION_BOUND } from '../../src/util/young-generation.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { describeWithNode24, NODE24, runAction, spawnCollect } from '../helpers/runner.js';

const describeBundles = describeWithNode24();
/**
 * Bounded: YOUNG_GENERATION_BOUND, or a doubling or two past it (growth is stopped between turns of the
 * event loop, after the scavenge that reached it), never the 128 MiB node 24 grows it to.
 */
const BOUNDED = 4 * YOUNG_GENERATION_BOUND;

/**
 * Preloaded into the bundle: when the process has done its work it keeps 3 million small objects alive
 * (a steady survival rate, as a run's parsed renders make), a slice per turn of the event loop as a
 * run reads its renders, and prints the young generation's size then.
 */
const PROBE = `
const v8 = require('node:v8');
let started = false;
process.on('beforeExit', () => {
  if (started) return;
  started = true;
  const keep = [];
  const slice = () => {
    for (let i = 0; i < 2e4; i++) keep.push({ i, s: 'x' + keep.length });
    if (keep.length < 3e6) return setImmediate(slice);
    const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    require('node:fs').writeSync(2, 'young generation: ' + space.space_size + ' bytes, ' + keep.length + ' kept\\n');
  };
  slice();
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
      // CI: the CLI keeps no compile cache in this home (cli-compile-cache.test.ts).
      env: { PATH: process.env.PATH, HOME: dir, CI: 'true', NODE_OPTIONS: nodeOptions },
    },
  );

describeBundles('the young generation stops growing at its bound (node 24 grows it to 128 MiB)', () => {
  it('in the committed CLI bundle', async () => {
    const run = await cli(`--require ${probe}`);
    expect(run.exitCode).toBe(0);
    expect(youngBytes(run.stderr)).toBeLessThanOrEqual(BOUNDED);
  });

  it('but not where the node options size it themselves', async () => {
    const run = await cli(`--require ${probe} --max-semi-space-size=64`);
    expect(run.exitCode).toBe(0);
    expect(youngBytes(run.stderr)).toBeGreaterThan(BOUNDED);
  });

  it('without it the probe sees the growth (what the bound is for)', async () => {
    const run = await spawnCollect(NODE24.kind === 'found' ? NODE24.path : 'node', ['-e', '0'], {
      cwd: dir,
      env: { PATH: process.env.PATH, NODE_OPTIONS: `--require ${probe}` },
    });
    expect(youngBytes(run.stderr)).toBeGreaterThan(BOUNDED);
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

it('leaves a young generation sized by node flags or NODE_OPTIONS alone, and only then', () => {
  expect(boundYoungGeneration(['--max-semi-space-size=64'], '')).toBe(false);
  expect(boundYoungGeneration(['--max_semi_space_size=64'], '')).toBe(false);
  expect(boundYoungGeneration([], '--require x --semi-space-growth-factor=4')).toBe(false);
  expect(boundYoungGeneration([], '--max-heap-size=512')).toBe(false);
  expect(boundYoungGeneration(['--min-semi-space-size', '8'], '')).toBe(false);
  expect(boundYoungGeneration(['--require', '/opt/max-semi-space-size/x.cjs'], '--title=semi-space')).toBe(
    true,
  );
  expect(boundYoungGeneration(['--max-old-space-size=512'], '')).toBe(true);
});
