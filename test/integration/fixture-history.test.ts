import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureHistory, fixtureNames } from '../helpers/fixture-history.js';
import { git } from '../helpers/git.js';

describe('fixture histories (test/helpers/fixture-history.ts)', () => {
  it('at least ten fixtures, each with a history of real commits', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(10);
  });

  it('builds the same commits every time, with a bare origin whose HEAD is the default branch', () => {
    const a = buildFixtureHistory('layered-env-values');
    const b = buildFixtureHistory('layered-env-values');
    try {
      expect(a.commits.map((c) => c.sha)).toEqual(b.commits.map((c) => c.sha));
      expect(a.commits.map((c) => c.step)).toEqual([
        'base',
        '1-eu-ingress-4.11.3',
        '2-prod-api-replicas',
        '3-worker-staging-concurrency',
        '4-prod-worker-wave-typo',
      ]);
      expect(git(a.origin, a.env, 'symbolic-ref', 'HEAD')).toBe('refs/heads/master');
      expect(git(a.dir, a.env, 'symbolic-ref', 'refs/remotes/origin/HEAD')).toBe(
        'refs/remotes/origin/master',
      );
      expect(git(a.dir, a.env, 'log', '-1', '--format=%s|%aI', a.commits[2]!.sha)).toBe(
        'prod-eu1: api to 6 replicas for the spring sale|2026-03-04T09:30:00+00:00',
      );
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it("applies an overlay's DELETE list", () => {
    const h = buildFixtureHistory('no-chart-values-repo');
    try {
      const at = (step: string) => h.commits.find((c) => c.step === step)!.sha;
      const tree = (sha: string) => git(h.dir, h.env, 'ls-tree', '-r', '--name-only', sha).split('\n');
      expect(tree(at('1-enable-dashboard-prod'))).toContain('components/worker/Chart.yaml');
      expect(tree(at('2-retire-worker')).filter((f) => f.startsWith('components/worker/'))).toEqual([]);
      h.checkout(at('2-retire-worker'));
      expect(existsSync(path.join(h.dir, 'components/worker'))).toBe(false);
    } finally {
      h.cleanup();
    }
  });
});
