import { afterEach, describe, expect, it } from 'vitest';
import { promoteRepo, runPromote, type PromoteRepo } from '../helpers/promote-repo.js';

const VALUES = 'charts/app-of-apps/values.dev-01.yaml';

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
    const result = await runPromote(r);
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
    const again = await runPromote(r);
    expect(again.outcome).toBe('nothing-to-promote');
    expect(again.message).toBe(`nothing to promote: staging already contains ${c1.slice(0, 7)}`);
  });
});
