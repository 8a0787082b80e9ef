import { afterEach, describe, expect, it } from 'vitest';
import { promote, type PromoteOptions } from '../../src/commands/promote.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { promoteRepo, type PromoteRepo } from '../helpers/promote-repo.js';

const VALUES = 'charts/app-of-apps/values.dev-01.yaml';

function run(r: PromoteRepo, options: Partial<PromoteOptions> = {}) {
  return promote({
    repoDir: r.work.dir,
    remote: 'origin',
    from: 'dev',
    to: 'staging',
    strategy: 'fast-forward',
    dryRun: false,
    helm: testHelm(),
    logger: new RecordingLogger(),
    env: r.env,
    github: null,
    argocd: null,
    ...options,
  });
}

describe('promote (real git, bare origin)', () => {
  let r: PromoteRepo | undefined;
  afterEach(() => r?.cleanup());

  it('fast-forwards staging to dev after the gates pass', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    const c1 = r.pushChange(
      'dev',
      VALUES,
      (t) => t.replace('retention: 2d', 'retention: 3d'),
      'monitoring: 3d retention',
    );
    const result = await run(r);
    expect(result.outcome).toBe('promoted');
    expect(result.sha).toBe(c1);
    expect(result.previous).toBe(before);
    expect(r.remoteSha('staging')).toBe(c1);
    expect(result.commits.map((c) => c.subject)).toEqual(['monitoring: 3d retention']);
    expect(result.gates.map((g) => [g.id, g.status])).toEqual([
      ['validation', 'pass'],
      ['checks', 'skipped'],
      ['soak', 'skipped'],
      ['argocd', 'skipped'],
      ['labels', 'skipped'],
      ['freeze', 'skipped'],
    ]);
    const again = await run(r);
    expect(again.outcome).toBe('nothing-to-promote');
    expect(again.message).toBe(`nothing to promote: staging already contains ${c1.slice(0, 7)}`);
  });
});
