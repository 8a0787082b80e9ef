import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import type { GateResult } from '../../src/promote/gates.js';
import { runPromotion, type PromotionRequest } from '../../src/promote/run.js';
import { FakeGit, FakeGitHub } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const PASS: GateResult[] = [{ id: 'validation', status: 'pass', why: 'no validation errors' }];

/** origin: staging at base, dev at base + one commit (the candidate). */
function world() {
  const git = new FakeGit();
  const base = git.commit([], 'base');
  const candidate = git.commit([base], 'monitoring: 3d (#12)');
  git.remote.set('refs/heads/staging', base);
  git.remote.set('refs/heads/dev', candidate);
  const request = (changes: Partial<PromotionRequest> = {}): PromotionRequest => ({
    remote: 'origin',
    from: 'dev',
    to: 'staging',
    strategy: 'fast-forward',
    dryRun: false,
    logger: new RecordingLogger(),
    git,
    github: null,
    ...changes,
  });
  return { git, base, candidate, request };
}

const short = (s: string) => s.slice(0, 7);

describe('the promote use case, through in-memory ports', () => {
  it('fast-forwards to the candidate with a lease on the old head', async () => {
    const { git, base, candidate, request } = world();
    let evaluated = '';
    const r = await runPromotion(request(), async (sha) => ((evaluated = sha), PASS));
    expect(evaluated).toBe(candidate);
    expect(r).toMatchObject({
      outcome: 'promoted',
      promoted: true,
      sha: candidate,
      previous: base,
      gates: PASS,
      message: 'promoted 1 commit from dev to staging (fast-forward)',
    });
    expect(r.commits.map((c) => [c.subject, c.pullRequest])).toEqual([['monitoring: 3d (#12)', 12]]);
    expect(git.pushes).toEqual([
      [{ ref: { kind: 'branch', name: 'staging' }, sha: candidate, expected: base }],
    ]);
    expect(git.remote.get('refs/heads/staging')).toBe(candidate);
  });

  it('nothing to promote: no gates evaluated, nothing pushed', async () => {
    const { git, candidate, request } = world();
    git.remote.set('refs/heads/staging', candidate);
    const r = await runPromotion(request(), () => Promise.reject(new Error('no gates')));
    expect([r.outcome, r.message, r.gates]).toEqual([
      'nothing-to-promote',
      `nothing to promote: staging already contains ${short(candidate)}`,
      [],
    ]);
    expect(git.pushes).toEqual([]);
  });

  it('a failed gate pushes nothing', async () => {
    const { git, request } = world();
    const gates: GateResult[] = [...PASS, { id: 'soak', status: 'fail', why: '1h, needs 2h' }];
    const r = await runPromotion(request(), async () => gates);
    expect([r.outcome, r.message, r.sha, r.gates]).toEqual([
      'gates-failed',
      'gates failed: soak; nothing was pushed',
      null,
      gates,
    ]);
    expect(git.pushes).toEqual([]);
  });

  it('a diverged `to` refuses a fast-forward, and merges with strategy merge (dry run first)', async () => {
    const { git, base, candidate, request } = world();
    const hotfix = git.commit([base], 'hotfix');
    git.remote.set('refs/heads/staging', hotfix);
    const refused = await runPromotion(request(), async () => PASS);
    expect([refused.outcome, refused.message]).toEqual([
      'refused',
      'staging has 1 commit that dev does not (a forward-merged hotfix?): a fast-forward is impossible; promote with strategy merge',
    ]);
    const dry = await runPromotion(request({ strategy: 'merge', dryRun: true }), async () => PASS);
    expect(dry.outcome).toBe('dry-run');
    expect(dry.message).toMatch(
      new RegExp(
        `^dry run: would move staging from ${short(hotfix)} to [0-9a-f]{7} \\(merge commit [0-9a-f]{7}, 1 commit\\)$`,
      ),
    );
    expect(git.pushes).toEqual([]);
    const merged = await runPromotion(request({ strategy: 'merge' }), async () => PASS);
    expect(merged.outcome).toBe('promoted');
    expect(git.commits.get(merged.sha!)?.parents).toEqual([hotfix, candidate]);
    expect(git.remote.get('refs/heads/staging')).toBe(merged.sha);
  });

  it('a merge that conflicts is refused, naming the paths', async () => {
    const { git, base, candidate, request } = world();
    const hotfix = git.commit([base], 'hotfix');
    git.remote.set('refs/heads/staging', hotfix);
    git.conflicts.set(`${hotfix}..${candidate}`, ['values.yaml']);
    const r = await runPromotion(request({ strategy: 'merge' }), async () => PASS);
    expect([r.outcome, r.message]).toEqual([
      'refused',
      'dev does not merge cleanly into staging: values.yaml',
    ]);
    expect(git.pushes).toEqual([]);
  });

  it('a lost lease is "moved" (naming where `to` is now); a refusal of the remote is "refused"', async () => {
    const { git, base, request } = world();
    const other = git.commit([base], 'someone else');
    git.onPush = () => git.remote.set('refs/heads/staging', other);
    const moved = await runPromotion(request(), async () => PASS);
    expect([moved.outcome, moved.message]).toEqual([
      'moved',
      `staging moved from ${short(base)} to ${short(other)} during promotion; re-run`,
    ]);
    expect(git.remote.get('refs/heads/staging')).toBe(other);
    const second = world();
    second.git.rejectPushes = 'protected branch hook declined';
    const refused = await runPromotion(second.request(), async () => PASS);
    expect([refused.outcome, refused.message]).toEqual([
      'refused',
      'origin refused the push to staging: protected branch hook declined',
    ]);
  });

  it('refuses a candidate that is not on `from`, and mode pull-request without GitHub or not at the head', async () => {
    const { git, base, candidate, request } = world();
    const elsewhere = git.commit([base], 'elsewhere');
    await expect(runPromotion(request({ sha: elsewhere }), async () => PASS)).rejects.toThrow(
      `${short(elsewhere)} is not on dev (origin/dev is ${short(candidate)})`,
    );
    await expect(runPromotion(request({ mode: 'pull-request' }), async () => PASS)).rejects.toThrow(
      new ConfigurationError('mode pull-request needs a GitHub token and repository'),
    );
    const next = git.commit([candidate], 'next');
    git.remote.set('refs/heads/dev', next);
    const github = new FakeGitHub();
    await expect(
      runPromotion(request({ mode: 'pull-request', github, sha: candidate }), async () => PASS),
    ).rejects.toThrow(`mode pull-request promotes the head of dev (${short(next)}), not ${short(candidate)}`);
  });

  it('mode pull-request, merge: GitHub merges the pull request; a 409 is "moved", a moved head too', async () => {
    const { git, base, candidate, request } = world();
    git.remote.set('refs/heads/staging', git.commit([base], 'hotfix'));
    const github = new FakeGitHub();
    github.headSha = candidate;
    const r = await runPromotion(
      request({ mode: 'pull-request', strategy: 'merge', github }),
      async () => PASS,
    );
    expect(r).toMatchObject({
      outcome: 'promoted',
      sha: github.mergeResult,
      message: 'promoted 1 commit from dev to staging (through #1)',
      pullRequest: { number: 1, url: 'https://github.test/pull/1' },
    });
    expect(git.pushes).toEqual([]);
    // A merge GitHub already made (a retried one) is a success: merged at the candidate.
    github.mergeResult = { status: 502, message: 'Bad gateway' };
    const retried = await runPromotion(
      request({ mode: 'pull-request', strategy: 'merge', github }),
      async () => PASS,
    );
    expect([retried.outcome, retried.sha]).toEqual(['promoted', r.sha]);
    // Not merged, and GitHub says the head moved: "moved".
    Object.assign(github.state.pulls[0]!, { merged: false, mergeCommitSha: null });
    github.mergeResult = { status: 409, message: 'Head branch was modified' };
    const conflict = await runPromotion(
      request({ mode: 'pull-request', strategy: 'merge', github }),
      async () => PASS,
    );
    expect(conflict.outcome).toBe('moved');
    expect(conflict.message).toMatch(/^GitHub refused to merge #1: could not merge PR #1: .*409/);
    github.headSha = base;
    const headMoved = await runPromotion(
      request({ mode: 'pull-request', strategy: 'merge', github }),
      async () => PASS,
    );
    expect([headMoved.outcome, headMoved.message]).toEqual([
      'moved',
      `dev moved to ${short(base)} while #1 was opened; re-run`,
    ]);
  });

  it('mode pull-request, fast-forward: opens the pull request, then pushes its head', async () => {
    const { git, candidate, request } = world();
    const github = new FakeGitHub();
    github.headSha = candidate;
    const r = await runPromotion(request({ mode: 'pull-request', github }), async () => PASS);
    expect([r.outcome, r.message, r.sha]).toEqual([
      'promoted',
      'promoted 1 commit from dev to staging (fast-forward through #1)',
      candidate,
    ]);
    expect(github.calls.filter((c) => c.includes('Pull'))).toEqual([
      'findOpenPullRequest',
      'createPullRequest',
    ]);
    expect(git.remote.get('refs/heads/staging')).toBe(candidate);
  });
});
