import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { DEFECTS } from './seeded-defects.js';

describe.each(HELM_MAJORS)('validate with Helm %i', (major) => {
  const helm = testHelm(major);
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('finds nothing wrong in examples/gitops-repo', async () => {
    fx = new FixtureRepo();
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm,
      logger: new RecordingLogger(),
    });
    expect(result.findings).toEqual([]);
    expect(result.clusters).toEqual([
      { name: 'dev-01', env: 'dev', ref: 'dev', rendered: true, applications: 9 },
      { name: 'stag-01', env: 'staging', ref: 'staging', rendered: true, applications: 9 },
      { name: 'ops-01', env: 'prod', ref: 'stable', rendered: true, applications: 9 },
      { name: 'prod-01', env: 'prod', ref: 'stable', rendered: true, applications: 10 },
    ]);
  });

  it.each(DEFECTS.map((d) => [d.name, d] as const))('reports once: %s', async (_name, defect) => {
    fx = new FixtureRepo();
    defect.seed(fx);
    const want = defect.expect(fx);
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm,
      logger: new RecordingLogger(),
    });
    expect(result.findings.map(({ message: _m, column: _c, ...rest }) => rest)).toEqual([
      {
        severity: want.severity ?? 'error',
        rule: want.rule,
        file: want.file,
        line: want.line,
        cluster: want.cluster,
      },
    ]);
    expect(result.findings[0]!.message).toContain(want.says);
  });
});

it('seeds at least 15 kinds of defect, each with its own rule or place', () => {
  expect(DEFECTS.length).toBeGreaterThanOrEqual(15);
  expect(new Set(DEFECTS.map((d) => d.name)).size).toBe(DEFECTS.length);
});
