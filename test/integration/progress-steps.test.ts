import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { createGit } from '../../src/git/git.js';
import { scenario, runDiff, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger, type ProgressStep } from '../helpers/logger.js';

/** The progress steps validate and diff report while they render (what the loggers throttle and show). */

const sequence = (steps: readonly ProgressStep[], what: string) =>
  steps.filter((s) => s.what === what).map((s) => [s.done, s.total]);

describe('progress of the cluster renders', () => {
  let fx: FixtureRepo | undefined;
  let s: Scenario | undefined;
  afterEach(() => {
    fx?.cleanup();
    s?.fx.cleanup();
    fx = s = undefined;
  });

  it('validate: step 0 of the 4 clusters, then one per cluster rendered', async () => {
    fx = new FixtureRepo();
    const logger = new RecordingLogger();
    await validate({ repoDir: fx.dir, git: createGit(fx.dir), helm: testHelm(), logger });
    expect(logger.steps.map((x) => x.what)).toEqual(Array(5).fill('clusters rendered'));
    expect(sequence(logger.steps, 'clusters rendered')).toEqual([0, 1, 2, 3, 4].map((d) => [d, 4]));
  });

  it('diff: head (4 clusters) and base (the 1 changed) in one sequence, then each cluster compared', async () => {
    s = scenario((f) => f.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d'));
    const logger = new RecordingLogger();
    await runDiff(s, { logger });
    expect(sequence(logger.steps, 'clusters rendered at head and base')).toEqual([
      [0, 4],
      [0, 5],
      ...[1, 2, 3, 4, 5].map((d) => [d, 5]),
    ]);
    expect(sequence(logger.steps, 'clusters compared')).toEqual([0, 1, 2, 3, 4].map((d) => [d, 4]));
    expect(logger.steps).toHaveLength(12);
  });
});
