/**
 * A release world through the in-memory ports (fake-ports.ts), for the tests of what a re-run does with
 * the notes of a release a run stopped in: release-notes-refresh.test.ts and review-notes-refresh.test.ts.
 */
import type {
  ReleaseHooks,
  ReleaseRequest,
  ReleaseSettings,
  ReleaseStep,
} from '../../src/release/request.js';
import { runRelease } from '../../src/release/run.js';
import { FakeArgoCd, FakeGit, FakeGitHub, fakeApp } from './fake-ports.js';
import { RecordingLogger } from './logger.js';

/** Two waves, `stable` then `ops-stable`, cut from staging. */
export const TWO_WAVES: ReleaseSettings = {
  from: 'staging',
  versionTag: 'stable-v{major}.{minor}.{patch}',
  firstVersion: '1.0.0',
  waves: ['stable', 'ops-stable'],
};

/** GitHub calls that write. */
export const WRITES = /^(createRelease|updateRelease|uploadReleaseAsset)/;

/** Thrown by `afterStep` to kill a run right after a step (nothing catches it). */
export class Stopped extends Error {}

/**
 * origin: stable-v1.0.0 at `v1` with both waves there, staging one commit further (`head`, whose subject
 * is `subject`). `hooks` makes the hooks of each run.
 */
export function releaseWorld(hooks: () => ReleaseHooks, subject = 'loki: wave 4 (#12)') {
  const git = new FakeGit();
  const github = new FakeGitHub();
  const argocd = new FakeArgoCd();
  const logger = new RecordingLogger();
  const v1 = git.commit([], 'base');
  const head = git.commit([v1], subject);
  git.remote.set('refs/heads/staging', head);
  git.remote.set('refs/tags/stable-v1.0.0', git.tag('stable-v1.0.0', v1, 'Previous-Release: none\n'));
  git.remote.set('refs/tags/stable', v1);
  git.remote.set('refs/tags/ops-stable', v1);
  const request = (changes: Partial<ReleaseRequest> = {}): ReleaseRequest => ({
    remote: 'origin',
    bump: 'patch',
    dryRun: false,
    actor: 'release-bot',
    verify: null,
    logger,
    git,
    github,
    argocd: null,
    ...changes,
  });
  /** The run, killed (an exception nothing catches) right after `step`. */
  const stoppedAfter = (step: ReleaseStep, changes: Partial<ReleaseRequest> = {}, settings = TWO_WAVES) =>
    runRelease(
      request({
        ...changes,
        afterStep: async (s) => {
          if (s === step) throw new Stopped(step);
        },
      }),
      settings,
      hooks(),
    ).catch((e: unknown) => {
      if (!(e instanceof Stopped)) throw e;
    });
  const healthy = () => {
    for (const cluster of ['prod-01', 'ops-01'])
      argocd.apps.push(fakeApp(`${cluster}-loki`, cluster, { revision: head }));
  };
  const body = (tag = 'stable-v1.0.1') => github.state.releases.find((x) => x.tagName === tag)?.body ?? null;
  const writes = () => github.calls.filter((c) => WRITES.test(c));
  return { git, github, argocd, logger, v1, head, request, stoppedAfter, healthy, body, writes };
}
