import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import type { ConflictPullRequestArgs } from '../../src/hotfix/conflict-pr.js';
import {
  forwardMerge,
  type ForwardMergeRequest,
  type OpenConflictPr,
} from '../../src/hotfix/forward-merge.js';
import type { GitPort } from '../../src/ports/git.js';
import { FakeGitHub } from '../helpers/fake-ports.js';
import { git } from '../helpers/git.js';
import { RecordingLogger } from '../helpers/logger.js';
import { keepsEveryCommit, releaseRepo, type ReleaseRepo } from '../helpers/release-repo.js';

const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const STAG_VALUES = 'charts/app-of-apps/values.stag-01.yaml';
const BASE_VALUES = 'charts/app-of-apps/values.yaml';
const HOTFIX = 'hotfix/quota';
const BRANCH = 'forward-merge/hotfix-quota-into-staging';
const short = (sha: string) => sha.slice(0, 7);

/** The git port of the work clone, counting its pushes. */
function countingGit(r: ReleaseRepo): { port: GitPort; pushes: string[] } {
  const pushes: string[] = [];
  const real = createGit(r.work.dir, r.env);
  const port = new Proxy(real, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (key === 'tryPushRefs' || key === 'tryPushWithLease') pushes.push(String(key));
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return { port, pushes };
}

/**
 * origin: `stable` and `hotfix/quota` off the first commit, one fix on the hotfix (appended to the
 * stag-01 values), and each of staging and dev one commit ahead on a file the fix does not touch.
 */
function hotfixWorld(r: ReleaseRepo) {
  const initial = r.remoteSha('staging');
  r.forceTag('stable', initial);
  git(r.origin, r.env, 'update-ref', `refs/heads/${HOTFIX}`, initial);
  const head = r.pushChange(HOTFIX, STAG_VALUES, (t) => `${t}# hotfix: quota\n`, 'fix: stag-01 quota');
  r.pushChange('staging', BASE_VALUES, (t) => `${t}# staging work\n`, 'staging work');
  r.pushChange('dev', DEV_VALUES, (t) => `${t}# dev work\n`, 'dev work');
  const opened: ConflictPullRequestArgs[] = [];
  const openPr: OpenConflictPr = async (_gh, args) => {
    opened.push(args);
    return {
      number: 7,
      url: 'https://github.test/pull/7',
      created: opened.length === 1,
      label: { state: 'labelled' },
    };
  };
  const counting = countingGit(r);
  const request = (changes: Partial<ForwardMergeRequest> = {}): ForwardMergeRequest => ({
    remote: 'origin',
    git: counting.port,
    github: new FakeGitHub(),
    logger: new RecordingLogger(),
    hotfix: HOTFIX,
    head,
    versionTag: 'v1.0.1',
    targets: ['staging', 'dev'],
    mode: 'push',
    dryRun: false,
    conflictLabel: 'forward-merge-conflict',
    ...changes,
  });
  return { head, opened, openPr, request, pushes: counting.pushes };
}

/** The work clone: HEAD (its branch and commit) and `git status --porcelain`. */
function workState(r: ReleaseRepo): string[] {
  const g = (...args: string[]) => git(r.work.dir, r.env, ...args);
  return [g('symbolic-ref', 'HEAD'), g('rev-parse', 'HEAD'), g('status', '--porcelain')];
}

describe('hotfix forward-merge (real git, bare origin)', () => {
  let r: ReleaseRepo | undefined;
  afterEach(() => {
    r?.cleanup();
    r = undefined;
  });
  const originGit = (...args: string[]) => git(r!.origin, r!.env, ...args);
  const originRefs = () => originGit('for-each-ref', '--format=%(refname) %(objectname)');

  it('merges the hotfix into staging and dev without a work tree; a re-run finds both contained', async () => {
    r = releaseRepo();
    const w = hotfixWorld(r);
    const staging = r.remoteSha('staging');
    const dev = r.remoteSha('dev');
    const work = workState(r);
    expect(work[2]).toBe('');
    const results = await keepsEveryCommit(r, () => forwardMerge(w.request(), w.openPr));
    expect(results.map((m) => [m.target, m.state, m.before])).toEqual([
      ['staging', 'merged', staging],
      ['dev', 'merged', dev],
    ]);
    for (const m of results) {
      expect(r.remoteSha(m.target)).toBe(m.after);
      expect(originGit('rev-list', '--parents', '-n1', m.after!)).toBe(`${m.after} ${m.before} ${w.head}`);
      expect(originGit('log', '-1', '--format=%B', m.after!)).toBe(
        `Forward-merge ${HOTFIX} (v1.0.1) into ${m.target}\n\nHotfix head: ${w.head}`,
      );
      expect(originGit('show', `${m.after}:${STAG_VALUES}`)).toContain('# hotfix: quota');
    }
    expect(originGit('show', `${results[0]!.after}:${BASE_VALUES}`)).toContain('# staging work');
    expect(originGit('show', `${results[1]!.after}:${DEV_VALUES}`)).toContain('# dev work');
    expect(workState(r)).toEqual(work);
    expect(w.opened).toEqual([]);
    expect(w.pushes).toHaveLength(2);

    const refs = originRefs();
    const again = await keepsEveryCommit(r, () => forwardMerge(w.request(), w.openPr));
    expect(again.map((m) => [m.target, m.state, m.after])).toEqual([
      ['staging', 'already-contained', results[0]!.after],
      ['dev', 'already-contained', results[1]!.after],
    ]);
    expect(w.pushes).toHaveLength(2);
    expect(originRefs()).toBe(refs);
    expect(workState(r)).toEqual(work);
  });

  it('a conflict into staging: the conflict branch at the head and its pull request; dev still merged; a re-run finds them again', async () => {
    r = releaseRepo();
    const w = hotfixWorld(r);
    const staging = r.pushChange(
      'staging',
      STAG_VALUES,
      (t) => `${t}# staging: other quota\n`,
      'staging quota',
    );
    const work = workState(r);
    const results = await keepsEveryCommit(r, () => forwardMerge(w.request(), w.openPr));
    expect(results[0]).toMatchObject({
      target: 'staging',
      state: 'conflict-pr',
      before: staging,
      after: staging,
      conflicts: [STAG_VALUES],
      branch: BRANCH,
      pullRequest: { number: 7, url: 'https://github.test/pull/7' },
    });
    expect(r.remoteSha(BRANCH)).toBe(w.head);
    expect(r.remoteSha('staging')).toBe(staging);
    expect(w.opened).toEqual([
      {
        branch: BRANCH,
        target: 'staging',
        hotfix: HOTFIX,
        versionTag: 'v1.0.1',
        conflicts: [STAG_VALUES],
        remote: 'origin',
        label: 'forward-merge-conflict',
        // staging is the first target: no branch was merged into before it.
        mergedInto: [],
      },
    ]);
    expect(results[1]!.state).toBe('merged');
    expect(r.remoteSha('dev')).toBe(results[1]!.after);
    expect(workState(r)).toEqual(work);

    const refs = originRefs();
    const again = await keepsEveryCommit(r, () => forwardMerge(w.request(), w.openPr));
    expect(again.map((m) => [m.target, m.state])).toEqual([
      ['staging', 'conflict-pr'],
      ['dev', 'already-contained'],
    ]);
    expect(again[0]).toMatchObject({ branch: BRANCH, pullRequest: { number: 7 } });
    expect(again[0]!.message).toContain(`kept ${BRANCH} (${short(w.head)}), found #7`);
    expect(w.opened).toHaveLength(2);
    expect(w.opened[1]).toEqual(w.opened[0]);
    expect(w.pushes).toHaveLength(2);
    expect(originRefs()).toBe(refs);
  });

  it('another clone moves staging during the merge: moved, staging untouched by us; dev merged', async () => {
    r = releaseRepo();
    const w = hotfixWorld(r);
    const staging = r.remoteSha('staging');
    let meanwhile = '';
    const results = await keepsEveryCommit(r, () =>
      forwardMerge(
        w.request({
          beforePush: async (target) => {
            if (target !== 'staging') return;
            meanwhile = r!.pushChange('staging', BASE_VALUES, (t) => `${t}# meanwhile\n`, 'pushed meanwhile');
          },
        }),
        w.openPr,
      ),
    );
    expect(results[0]).toMatchObject({ state: 'moved', before: staging, after: meanwhile });
    expect(results[0]!.message).toBe(
      `staging moved from ${short(staging)} to ${short(meanwhile)} during the forward-merge; re-run`,
    );
    expect(r.remoteSha('staging')).toBe(meanwhile);
    expect(results[1]!.state).toBe('merged');
  });

  it('the remote refuses the push to staging (a protection hook): refused with its reason; dev merged', async () => {
    r = releaseRepo();
    const w = hotfixWorld(r);
    const staging = r.remoteSha('staging');
    r.refuseRefs('^refs/heads/staging$', 'staging is protected');
    const results = await keepsEveryCommit(r, () => forwardMerge(w.request(), w.openPr));
    expect(results[0]).toMatchObject({ state: 'refused', before: staging, after: staging });
    expect(results[0]!.message).toMatch(
      /^origin refused the push to staging: pre-receive hook declined; staging is protected$/,
    );
    expect(r.remoteSha('staging')).toBe(staging);
    expect(results[1]!.state).toBe('merged');
  });
});
