import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { git } from '../helpers/git.js';
import { promoteRepo, runPromote, type PromoteRepo } from '../helpers/promote-repo.js';

const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const STAG_VALUES = 'charts/app-of-apps/values.stag-01.yaml';
const short = (sha: string) => sha.slice(0, 7);

function retention(r: PromoteRepo, days: string, branch = 'dev'): string {
  return r.pushChange(
    branch,
    DEV_VALUES,
    (t) => t.replace(/retention: \d+d/, `retention: ${days}`),
    `monitoring: ${days} retention`,
  );
}

/** A commit on staging that dev does not have (a hotfix made on staging). */
function hotfix(r: PromoteRepo, subject = 'hotfix: stag-01'): string {
  return r.pushChange('staging', STAG_VALUES, (t) => `${t}# ${subject}\n`, subject);
}

async function configurationError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return (error as Error).message;
}

describe('promote: fast-forward, merge, races (real git, bare origin)', () => {
  let r: PromoteRepo | undefined;
  afterEach(() => {
    r?.cleanup();
    r = undefined;
  });

  const originGit = (...args: string[]) => git(r!.origin, r!.env, ...args);

  it('refuses to fast-forward a staging that is ahead, and merges it with strategy merge', async () => {
    r = promoteRepo();
    const fix = hotfix(r);
    const c1 = retention(r, '3d');
    const c2 = retention(r, '4d');

    const refused = await runPromote(r);
    expect(refused.outcome).toBe('refused');
    expect(refused.message).toBe(
      'staging has 1 commit that dev does not (a forward-merged hotfix?): a fast-forward is impossible; promote with strategy merge',
    );
    expect(refused.gates).toEqual([]);
    expect(r.remoteSha('staging')).toBe(fix);

    const merged = await runPromote(r, { strategy: 'merge' });
    expect(merged.outcome).toBe('promoted');
    expect(merged.gates.every((g) => g.status !== 'fail')).toBe(true);
    const sha = merged.sha!;
    expect(merged.message).toBe(`promoted 2 commits from dev to staging (merge commit ${short(sha)})`);
    expect(r.remoteSha('staging')).toBe(sha);
    expect(originGit('rev-list', '--parents', '-n1', sha)).toBe(`${sha} ${fix} ${c2}`);
    // Both sides are in the merged tree.
    expect(originGit('show', `${sha}:${DEV_VALUES}`)).toContain('retention: 4d');
    expect(originGit('show', `${sha}:${STAG_VALUES}`)).toContain('# hotfix: stag-01');

    const again = await runPromote(r, { strategy: 'merge' });
    expect(again.outcome).toBe('nothing-to-promote');
    expect(again.message).toBe(`nothing to promote: staging already contains ${short(c2)}`);
    expect(r.remoteSha('staging')).toBe(sha);
    // The merge commit's message lists the promoted commits.
    expect(originGit('log', '-1', '--format=%B', sha)).toBe(
      [
        'Promote dev → staging (2 commits)',
        '',
        `- ${short(c1)} monitoring: 3d retention (Test Author)`,
        `- ${short(c2)} monitoring: 4d retention (Test Author)`,
      ].join('\n'),
    );
  });

  it('refuses a merge that conflicts, naming the file, and pushes nothing', async () => {
    r = promoteRepo();
    const fix = retention(r, '5d', 'staging');
    retention(r, '3d');
    const result = await runPromote(r, { strategy: 'merge' });
    expect(result.outcome).toBe('refused');
    expect(result.message).toBe(`dev does not merge cleanly into staging: ${DEV_VALUES}`);
    expect(result.sha).toBeNull();
    expect(r.remoteSha('staging')).toBe(fix);
  });

  it('dry run: evaluates everything and names the old and new sha, pushing nothing', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    retention(r, '3d');
    const c2 = retention(r, '4d');
    const result = await runPromote(r, { dryRun: true });
    expect(result.outcome).toBe('dry-run');
    expect(result.promoted).toBe(false);
    expect(result.sha).toBeNull();
    expect(result.gates.map((g) => g.status)).toEqual(['pass', ...Array<string>(5).fill('skipped')]);
    expect(result.message).toBe(
      `dry run: would move staging from ${short(before)} to ${short(c2)} (fast-forward, 2 commits)`,
    );
    expect(r.remoteSha('staging')).toBe(before);

    const fix = hotfix(r);
    const merge = await runPromote(r, { dryRun: true, strategy: 'merge' });
    expect(merge.outcome).toBe('dry-run');
    expect(merge.message).toMatch(
      new RegExp(
        `^dry run: would move staging from ${short(fix)} to ([0-9a-f]{7}) \\(merge commit \\1, 2 commits\\)$`,
      ),
    );
    expect(r.remoteSha('staging')).toBe(fix);
  });

  it('dry run of one commit says "1 commit"', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    const c1 = retention(r, '3d');
    const result = await runPromote(r, { dryRun: true });
    expect(result.message).toBe(
      `dry run: would move staging from ${short(before)} to ${short(c1)} (fast-forward, 1 commit)`,
    );
  });

  it('reports a staging that moved during the promotion and overwrites nothing', async () => {
    r = promoteRepo();
    const before = r.remoteSha('staging');
    const c1 = retention(r, '3d');
    let moved = '';
    const result = await runPromote(r, {
      beforePush: async () => {
        moved = hotfix(r!, 'hotfix: pushed meanwhile');
      },
    });
    expect(result.outcome).toBe('moved');
    expect(result.promoted).toBe(false);
    expect(result.sha).toBeNull();
    expect(result.message).toBe(
      `staging moved from ${short(before)} to ${short(moved)} during promotion; re-run`,
    );
    expect(r.remoteSha('staging')).toBe(moved);
    expect(r.remoteSha('dev')).toBe(c1);
  });

  it('skips the gates with a reason, which goes into the merge message', async () => {
    r = promoteRepo();
    r.configure(
      'promotion:\n  freeze:\n    - from: "2025-12-20T00:00:00Z"\n      to: "2026-01-05T00:00:00Z"',
    );
    const now = new Date('2026-01-01T12:00:00Z');
    const fix = hotfix(r);
    const c1 = retention(r, '3d');
    const frozen = await runPromote(r, { strategy: 'merge', now });
    expect(frozen.outcome).toBe('gates-failed');
    expect(r.remoteSha('staging')).toBe(fix);

    const reason = 'INC-42: monitoring retention needed during the freeze';
    const result = await runPromote(r, { strategy: 'merge', now, skipGatesReason: reason });
    expect(result.outcome).toBe('promoted');
    expect(result.gates).toEqual([]);
    expect(result.skipGatesReason).toBe(reason);
    expect(r.remoteSha('staging')).toBe(result.sha);
    expect(originGit('log', '-1', '--format=%B', result.sha!)).toBe(
      [
        'Promote dev → staging (1 commit)',
        '',
        `- ${short(c1)} monitoring: 3d retention (Test Author)`,
        '',
        `Gates skipped: ${reason}`,
      ].join('\n'),
    );
  });

  it('promotes exactly the commit given with sha, and refuses one that is not on dev', async () => {
    r = promoteRepo();
    const c1 = retention(r, '3d');
    const c2 = retention(r, '4d');
    const result = await runPromote(r, { sha: c1 });
    expect(result.outcome).toBe('promoted');
    expect(result.candidate).toBe(c1);
    expect(result.commits.map((c) => c.sha)).toEqual([c1]);
    expect(r.remoteSha('staging')).toBe(c1);
    expect(r.remoteSha('dev')).toBe(c2);

    const fix = hotfix(r);
    expect(await configurationError(runPromote(r, { sha: fix, strategy: 'merge' }))).toBe(
      `${short(fix)} is not on dev (origin/dev is ${short(c2)})`,
    );
    expect(r.remoteSha('staging')).toBe(fix);
  });

  it('refuses an edge that is not configured, naming the configured ones', async () => {
    r = promoteRepo();
    const before = r.remoteSha('dev');
    expect(await configurationError(runPromote(r, { from: 'staging', to: 'dev' }))).toBe(
      'staging → dev is not a promotion edge (configured: dev → staging)',
    );
    r.configure(
      'promotion:\n  edges:\n    - { from: dev, to: staging }\n    - { from: staging, to: stable }',
    );
    expect(await configurationError(runPromote(r, { from: 'staging', to: 'dev' }))).toBe(
      'staging → dev is not a promotion edge (configured: dev → staging, staging → stable)',
    );
    expect(r.remoteSha('dev')).toBe(before);
  });
});
