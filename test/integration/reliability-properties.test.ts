import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { FakeWorld } from '../helpers/reliability-fake-world.js';
import type { World } from '../helpers/reliability-model.js';
import { CaseRunner } from '../helpers/reliability-run.js';
import { historyArbitrary, type StepKind } from '../helpers/reliability-steps.js';
import { GitWorld } from '../helpers/reliability-world.js';

/**
 * Issue 15: nothing lost under races and faults. fast-check generates histories (commits on dev,
 * staging and hotfix branches) interleaved with promote, release (waves, rollback), hotfix start,
 * hotfix and forward-merge runs, some raced by a second clone's push, stopped after a step, or
 * refused a push by the origin; after every run the checks of reliability-checks.ts hold, a stopped
 * or refused run done again completes, and a run done again after it completed is a no-op.
 *
 * Most cases run on the in-memory git (test/helpers/fake-ports.ts's FakeGit: the commands and use
 * cases whole, through the GitPort), fewer on real git (a bare origin reset between cases), where
 * leases are git's own `--force-with-lease` and a refusal is a pre-receive hook.
 * GITOPS_PROMOTION_SEED=<n> replays a run; a failure prints the shrunk history and the seed.
 */
const SEED = process.env.GITOPS_PROMOTION_SEED
  ? Number(process.env.GITOPS_PROMOTION_SEED)
  : Math.floor(Math.random() * 2 ** 31);

const worlds: World[] = [];
afterAll(() => {
  for (const w of worlds) (w as FakeWorld | GitWorld).cleanup();
});

async function check(
  name: string,
  world: World,
  options: { numRuns: number; maxSteps: number; weights?: Partial<Record<StepKind, number>> },
): Promise<void> {
  worlds.push(world);
  const runner = new CaseRunner(world);
  let cases = 0;
  const started = Date.now();
  const property = fc.asyncProperty(historyArbitrary(options.maxSteps, options.weights), async (history) => {
    cases++;
    await runner.run(history);
  });
  const say = (what: string) =>
    console.log(
      `reliability: ${what}, seed ${SEED} (${name}, ${world.name}: ${runner.runs} command runs, ${((Date.now() - started) / 1000).toFixed(1)}s)`,
    );
  try {
    await fc.assert(property, { numRuns: options.numRuns, seed: SEED, verbose: 1 });
  } catch (e) {
    say(`FAILED after ${cases} cases (shrinking included)`);
    throw e;
  }
  say(`${cases} cases`);
  if (process.env.GITOPS_PROMOTION_STATS)
    console.log(
      [...runner.outcomes]
        .sort()
        .map(([k, n]) => `${n}\t${k}`)
        .join('\n'),
    );
}

const HOTFIXES: Partial<Record<StepKind, number>> = {
  commit: 3,
  promote: 1,
  release: 2,
  rollback: 1,
  'hotfix-start': 2,
  hotfix: 4,
  'forward-merge': 2,
};

describe('reliability under races, crashes and refusals (issue 15, properties)', () => {
  it('in-memory git: promote, release, rollback, hotfix and forward-merge interleaved', async () => {
    await check('every command', new FakeWorld(), { numRuns: 400, maxSteps: 10 });
  }, 600_000);

  it('in-memory git: hotfixes and forward-merges over releases and rollbacks', async () => {
    await check('hotfixes', new FakeWorld(), { numRuns: 400, maxSteps: 8, weights: HOTFIXES });
  }, 600_000);

  it('real git: the same histories, shorter (leases are git push --force-with-lease, refusals a hook)', async () => {
    await check('every command', new GitWorld(), {
      numRuns: 30,
      maxSteps: 4,
      weights: { ...HOTFIXES, commit: 4 },
    });
  }, 600_000);
});
