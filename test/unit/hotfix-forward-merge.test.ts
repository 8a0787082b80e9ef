import { describe, expect, it } from 'vitest';
import { branchProblem } from '../../src/git/refs.js';
import type { ConflictPullRequestArgs } from '../../src/hotfix/conflict-pr.js';
import {
  conflictBranch,
  forwardMerge,
  type ForwardMergeRequest,
  type OpenConflictPr,
} from '../../src/hotfix/forward-merge.js';
import { FakeGit, FakeGitHub } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const short = (s: string) => s.slice(0, 7);
const BRANCH = 'forward-merge/hotfix-quota-into-staging';

/** origin: stable ← hotfix/quota (the released head); stable ← staging ← dev. */
function world() {
  const git = new FakeGit();
  const stable = git.commit([], 'release v1.2.3');
  const head = git.commit([stable], 'fix: stag-01 quota');
  const staging = git.commit([stable], 'staging: more replicas');
  const dev = git.commit([staging], 'dev: new app');
  git.remote.set('refs/heads/hotfix/quota', head);
  git.remote.set('refs/heads/staging', staging);
  git.remote.set('refs/heads/dev', dev);
  const opened: ConflictPullRequestArgs[] = [];
  let prFailure: Error | null = null;
  const openPr: OpenConflictPr = async (_gh, args) => {
    opened.push(args);
    if (prFailure) throw prFailure;
    return {
      number: 41,
      url: 'https://github.test/pull/41',
      created: opened.length === 1,
      label: { state: 'labelled' },
    };
  };
  const request = (changes: Partial<ForwardMergeRequest> = {}): ForwardMergeRequest => ({
    remote: 'origin',
    git,
    github: null,
    logger: new RecordingLogger(),
    hotfix: 'hotfix/quota',
    head,
    versionTag: 'v1.2.4',
    targets: ['staging', 'dev'],
    mode: 'push',
    dryRun: false,
    conflictLabel: 'forward-merge-conflict',
    ...changes,
  });
  const failPr = (e: Error | null) => {
    prFailure = e;
  };
  return { git, stable, head, staging, dev, opened, openPr, failPr, request };
}

const pushedRefs = (git: FakeGit) => git.pushes.map((p) => p.map((u) => `${u.ref.name}@${u.expected}`));

describe('forwardMerge, through in-memory ports', () => {
  it('merges the head into each target in order, each pushed with a lease on its head', async () => {
    const { git, head, staging, dev, request } = world();
    const targets: string[] = [];
    const results = await forwardMerge(request({ beforePush: async (t) => void targets.push(t) }));
    expect(targets).toEqual(['staging', 'dev']);
    expect(results.map((r) => [r.target, r.state, r.before])).toEqual([
      ['staging', 'merged', staging],
      ['dev', 'merged', dev],
    ]);
    expect(pushedRefs(git)).toEqual([[`staging@${staging}`], [`dev@${dev}`]]);
    for (const r of results) {
      expect(git.remote.get(`refs/heads/${r.target}`)).toBe(r.after);
      expect(git.commits.get(r.after!)!.parents).toEqual([r.before, head]);
      expect(git.mergeMessages.get(r.after!)).toBe(
        `Forward-merge hotfix/quota (v1.2.4) into ${r.target}\n\nHotfix head: ${head}\n`,
      );
      expect(r).toMatchObject({ conflicts: [], pullRequest: null, branch: null });
    }
    expect(results[0]!.message).toBe(
      `merged hotfix/quota (${short(head)}) into staging: ${short(staging)} → ${short(results[0]!.after!)} (merge commit)`,
    );
  });

  it('names no version when there is no tag', async () => {
    const { git, head, request } = world();
    const [r] = await forwardMerge(request({ versionTag: null, targets: ['staging'] }));
    expect(git.mergeMessages.get(r!.after!)).toBe(
      `Forward-merge hotfix/quota into staging\n\nHotfix head: ${head}\n`,
    );
  });

  it('already-contained: a target that has the head is left alone', async () => {
    const { git, head, request } = world();
    const merged = git.commit([git.remote.get('refs/heads/staging')!, head], 'merged before');
    git.remote.set('refs/heads/staging', merged);
    const pushesBefore: string[] = [];
    const results = await forwardMerge(request({ beforePush: async (t) => void pushesBefore.push(t) }));
    expect(results[0]).toEqual({
      target: 'staging',
      state: 'already-contained',
      before: merged,
      after: merged,
      conflicts: [],
      pullRequest: null,
      branch: null,
      message: `staging (${short(merged)}) already contains hotfix/quota (${short(head)})`,
    });
    expect(results[1]!.state).toBe('merged');
    expect(pushesBefore).toEqual(['dev']);
    expect(
      pushedRefs(git)
        .flat()
        .map((p) => p.split('@')[0]),
    ).toEqual(['dev']);
  });

  it('a conflict: the conflict branch at the head, its pull request, and dev still merged', async () => {
    const { git, head, staging, opened, openPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['charts/app-of-apps/values.stag-01.yaml']);
    const gh = new FakeGitHub();
    const results = await forwardMerge(request({ github: gh, conflictLabel: 'hotfix-conflict' }), openPr);
    expect(results[0]).toEqual({
      target: 'staging',
      state: 'conflict-pr',
      before: staging,
      after: staging,
      conflicts: ['charts/app-of-apps/values.stag-01.yaml'],
      pullRequest: { number: 41, url: 'https://github.test/pull/41' },
      branch: BRANCH,
      message: `hotfix/quota (${short(head)}) does not merge cleanly into staging (charts/app-of-apps/values.stag-01.yaml): pushed ${BRANCH} (${short(head)}), opened #41 to resolve them`,
    });
    expect(opened).toEqual([
      {
        branch: BRANCH,
        target: 'staging',
        hotfix: 'hotfix/quota',
        versionTag: 'v1.2.4',
        conflicts: ['charts/app-of-apps/values.stag-01.yaml'],
        remote: 'origin',
        label: 'hotfix-conflict',
        // staging is the first target: no branch was merged into before it.
        mergedInto: [],
      },
    ]);
    expect(git.pushes[0]).toEqual([{ ref: { kind: 'branch', name: BRANCH }, sha: head, expected: null }]);
    expect(git.remote.get(`refs/heads/${BRANCH}`)).toBe(head);
    expect(git.remote.get('refs/heads/staging')).toBe(staging);
    expect(results[1]!.state).toBe('merged');
    expect(gh.calls).toEqual([]);
  });

  it('a conflict without GitHub: the branch, and which pull request to open', async () => {
    const { git, head, staging, opened, openPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['a.yaml', 'b.yaml']);
    const [r] = await forwardMerge(request({ targets: ['staging'] }), openPr);
    expect(r).toMatchObject({
      state: 'conflict-pr',
      pullRequest: null,
      branch: BRANCH,
      conflicts: ['a.yaml', 'b.yaml'],
    });
    expect(r!.message).toBe(
      `hotfix/quota (${short(head)}) does not merge cleanly into staging (a.yaml, b.yaml): pushed ${BRANCH} (${short(head)}); open a pull request ${BRANCH} → staging and resolve the conflicts there`,
    );
    expect(opened).toEqual([]);
    expect(git.remote.get(`refs/heads/${BRANCH}`)).toBe(head);
  });

  it('keeps a conflict branch that contains the head (someone may be resolving there)', async () => {
    const { git, head, staging, opened, openPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['a.yaml']);
    const resolving = git.commit([head, staging], 'resolve the conflict');
    git.remote.set(`refs/heads/${BRANCH}`, resolving);
    const [r] = await forwardMerge(request({ github: new FakeGitHub(), targets: ['staging'] }), openPr);
    expect(r).toMatchObject({ state: 'conflict-pr', branch: BRANCH, pullRequest: { number: 41 } });
    expect(r!.message).toContain(`kept ${BRANCH} (${short(resolving)}), opened #41`);
    expect(git.pushes).toEqual([]);
    expect(git.remote.get(`refs/heads/${BRANCH}`)).toBe(resolving);
    expect(opened).toHaveLength(1);
  });

  it('refuses a conflict branch that does not contain the head, never forcing it; dev still merged', async () => {
    const { git, head, stable, staging, opened, openPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['a.yaml']);
    const other = git.commit([stable], 'someone else');
    git.remote.set(`refs/heads/${BRANCH}`, other);
    const results = await forwardMerge(request({ github: new FakeGitHub() }), openPr);
    expect(results[0]).toMatchObject({
      state: 'refused',
      branch: BRANCH,
      conflicts: ['a.yaml'],
      pullRequest: null,
    });
    expect(results[0]!.message).toBe(
      `${BRANCH} exists at ${short(other)} without hotfix/quota (${short(head)}); it is never forced: delete it, or merge ${short(head)} into it, and re-run`,
    );
    expect(git.remote.get(`refs/heads/${BRANCH}`)).toBe(other);
    expect(opened).toEqual([]);
    expect(results[1]!.state).toBe('merged');
    expect(
      pushedRefs(git)
        .flat()
        .map((p) => p.split('@')[0]),
    ).toEqual(['dev']);
  });

  it('a conflict branch created meanwhile (lease lost) is judged as one that was there', async () => {
    const { git, head, staging, openPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['a.yaml']);
    git.onPush = () => {
      if (!git.remote.has(`refs/heads/${BRANCH}`)) git.remote.set(`refs/heads/${BRANCH}`, head);
    };
    const [r] = await forwardMerge(request({ github: new FakeGitHub(), targets: ['staging'] }), openPr);
    expect(r).toMatchObject({ state: 'conflict-pr', pullRequest: { number: 41 } });
    expect(r!.message).toContain(`kept ${BRANCH} (${short(head)})`);
  });

  it('a GitHub failure after the branch was pushed is refused; a re-run keeps the branch and opens the PR', async () => {
    const { git, head, staging, opened, openPr, failPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['a.yaml']);
    failPr(new Error('Resource not accessible by integration'));
    const gh = new FakeGitHub();
    const [first] = await forwardMerge(request({ github: gh, targets: ['staging'] }), openPr);
    expect(first).toMatchObject({ state: 'refused', branch: BRANCH, pullRequest: null });
    expect(first!.message).toBe(
      `hotfix/quota (${short(head)}) does not merge cleanly into staging (a.yaml): pushed ${BRANCH} (${short(head)}), but GitHub refused the pull request ${BRANCH} → staging: Resource not accessible by integration; re-run to open it`,
    );
    expect(git.remote.get(`refs/heads/${BRANCH}`)).toBe(head);
    failPr(null);
    const [again] = await forwardMerge(request({ github: gh, targets: ['staging'] }), openPr);
    expect(again).toMatchObject({ state: 'conflict-pr', pullRequest: { number: 41 } });
    expect(again!.message).toContain(`kept ${BRANCH} (${short(head)}), found #41`);
    expect(opened).toHaveLength(2);
    expect(git.pushes).toHaveLength(1);
  });

  it('dry run: would-merge and would-open-pr, nothing pushed, no pull request, no beforePush', async () => {
    const { git, head, staging, dev, opened, openPr, request } = world();
    git.conflicts.set(`${staging}..${head}`, ['a.yaml']);
    const hooked: string[] = [];
    const gh = new FakeGitHub();
    const results = await forwardMerge(
      request({ dryRun: true, github: gh, beforePush: async (t) => void hooked.push(t) }),
      openPr,
    );
    expect(results).toEqual([
      {
        target: 'staging',
        state: 'would-open-pr',
        before: staging,
        after: staging,
        conflicts: ['a.yaml'],
        pullRequest: null,
        branch: BRANCH,
        message: `dry run: hotfix/quota (${short(head)}) does not merge cleanly into staging (${short(staging)}): a.yaml; would push ${BRANCH} at ${short(head)} and open a pull request into staging`,
      },
      {
        target: 'dev',
        state: 'would-merge',
        before: dev,
        after: dev,
        conflicts: [],
        pullRequest: null,
        branch: null,
        message: `dry run: would merge hotfix/quota (${short(head)}) into dev (${short(dev)})`,
      },
    ]);
    expect(git.pushes).toEqual([]);
    expect(opened).toEqual([]);
    expect(hooked).toEqual([]);
    expect(gh.calls).toEqual([]);
    expect(git.remote.get('refs/heads/staging')).toBe(staging);
    expect(git.remote.get('refs/heads/dev')).toBe(dev);
  });

  it('moved: a target that moved before the push is not overwritten; the next one is merged', async () => {
    const { git, staging, request } = world();
    const meanwhile = git.commit([staging], 'pushed meanwhile');
    const results = await forwardMerge(
      request({
        beforePush: async (t) => {
          if (t === 'staging') git.remote.set('refs/heads/staging', meanwhile);
        },
      }),
    );
    expect(results[0]).toMatchObject({ state: 'moved', before: staging, after: meanwhile });
    expect(results[0]!.message).toBe(
      `staging moved from ${short(staging)} to ${short(meanwhile)} during the forward-merge; re-run`,
    );
    expect(git.remote.get('refs/heads/staging')).toBe(meanwhile);
    expect(results[1]!.state).toBe('merged');
  });

  it('refused: the remote refuses the push (branch protection), with its reason', async () => {
    const { git, staging, dev, request } = world();
    git.rejectPushes = 'protected branch hook declined';
    const results = await forwardMerge(request());
    expect(results.map((r) => [r.state, r.after, r.message])).toEqual([
      ['refused', staging, 'origin refused the push to staging: protected branch hook declined'],
      ['refused', dev, 'origin refused the push to dev: protected branch hook declined'],
    ]);
  });

  it('a target that cannot be fetched is refused, with no head; the next one still runs', async () => {
    const { head, request } = world();
    const results = await forwardMerge(request({ targets: ['qa', 'dev'] }));
    expect(results[0]).toMatchObject({ target: 'qa', state: 'refused', before: null, after: null });
    expect(results[0]!.message).toBe(
      `cannot merge hotfix/quota (${short(head)}) into qa: fake git: origin has no branch qa`,
    );
    expect(results[1]!.state).toBe('merged');
  });

  describe('pull-request mode', () => {
    const MERGED = 'e'.repeat(40);

    it('opens the pull request hotfix → target and merges it pinned to the head', async () => {
      const { git, head, staging, request } = world();
      const gh = new FakeGitHub();
      gh.headSha = head;
      gh.mergeResult = MERGED;
      const [r] = await forwardMerge(request({ mode: 'pull-request', github: gh, targets: ['staging'] }));
      expect(r).toMatchObject({
        state: 'merged',
        before: staging,
        after: MERGED,
        pullRequest: { number: 1, url: 'https://github.test/pull/1' },
      });
      expect(r!.message).toBe(
        `merged hotfix/quota (${short(head)}) into staging: ${short(staging)} → ${short(MERGED)} through #1`,
      );
      expect(gh.calls).toEqual(['findOpenPullRequest', 'createPullRequest', 'mergePullRequest']);
      expect(gh.state.openPulls.get(1)).toBe('hotfix/quota staging');
      expect(git.pushes).toEqual([]);
    });

    it('moved: the hotfix branch is past the released head, or GitHub answers 409', async () => {
      const { head, request } = world();
      const gh = new FakeGitHub();
      gh.headSha = 'f'.repeat(40);
      const [ahead] = await forwardMerge(request({ mode: 'pull-request', github: gh, targets: ['staging'] }));
      expect(ahead).toMatchObject({ state: 'moved', pullRequest: { number: 1 } });
      expect(ahead!.message).toBe(
        `hotfix/quota is at fffffff in #1, not at the released ${short(head)}; re-run`,
      );
      expect(gh.calls).not.toContain('mergePullRequest');

      gh.headSha = head;
      gh.mergeResult = { status: 409, message: 'Head branch was modified' };
      const [conflict] = await forwardMerge(
        request({ mode: 'pull-request', github: gh, targets: ['staging'] }),
      );
      expect(conflict!.state).toBe('moved');
      expect(conflict!.message).toContain('GitHub refused to merge #1: ');
    });

    it('refused: GitHub refuses the merge (405), or there is no GitHub', async () => {
      const { head, request } = world();
      const gh = new FakeGitHub();
      gh.headSha = head;
      gh.mergeResult = { status: 405, message: 'Required status check "ci" is expected' };
      const [r] = await forwardMerge(request({ mode: 'pull-request', github: gh, targets: ['staging'] }));
      expect(r).toMatchObject({ state: 'refused', pullRequest: { number: 1 } });
      const [none] = await forwardMerge(
        request({ mode: 'pull-request', github: null, targets: ['staging'] }),
      );
      expect(none).toMatchObject({
        state: 'refused',
        message: 'mode pull-request needs a GitHub token and repository',
      });
    });

    it('a conflict goes to its branch and pull request, as in push mode', async () => {
      const { git, head, staging, opened, openPr, request } = world();
      git.conflicts.set(`${staging}..${head}`, ['a.yaml']);
      const gh = new FakeGitHub();
      const [r] = await forwardMerge(
        request({ mode: 'pull-request', github: gh, targets: ['staging'] }),
        openPr,
      );
      expect(r).toMatchObject({ state: 'conflict-pr', branch: BRANCH });
      expect(opened).toHaveLength(1);
      expect(gh.calls).toEqual([]);
    });
  });
});

describe('conflictBranch', () => {
  it.each([
    ['hotfix/quota', 'staging', 'forward-merge/hotfix-quota-into-staging'],
    ['hotfix/team/quota', 'dev', 'forward-merge/hotfix-team-quota-into-dev'],
    ['hotfix/x', 'env/stag', 'forward-merge/hotfix-x-into-env/stag'],
  ])('%s into %s: %s, a valid branch name', (hotfix, target, name) => {
    expect(conflictBranch(hotfix, target)).toBe(name);
    expect(branchProblem(name)).toBeNull();
  });
});
