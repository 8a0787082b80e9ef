/**
 * The drift dashboard issue's lifecycle (src/drift/dashboard-issue.ts) over the in-memory GitHub
 * (FakeGitHub): created, edited in place, left alone when unchanged, closed with a comment when clean is
 * proven, reopened when drift returns, duplicates converged, gone issues looked for again.
 */
import { describe, expect, it } from 'vitest';
import { DRIFT_MARKER } from '../../src/drift/model.js';
import { type DashboardArgs, publishDashboard } from '../../src/drift/dashboard-issue.js';
import { ConfigurationError } from '../../src/errors.js';
import { GitHubApiError } from '../../src/github/errors.js';
import type { Issue } from '../../src/ports/github.js';
import { FakeGitHub } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const LABEL = 'gitops-drift';
const report = (text: string) => `${DRIFT_MARKER}\n# Drift\n\n${text}\n`;

function args(extra: Partial<DashboardArgs> = {}): DashboardArgs {
  return {
    label: LABEL,
    title: 'Drift: 2 findings',
    body: report('two findings'),
    drifted: true,
    proven: false,
    closeWhenClean: true,
    closeComment: 'No drift any more: closing.',
    logger: new RecordingLogger(),
    ...extra,
  };
}
const clean = (extra: Partial<DashboardArgs> = {}) =>
  args({ title: 'Drift: none', body: report('no drift'), drifted: false, proven: true, ...extra });
const incomplete = (extra: Partial<DashboardArgs> = {}) =>
  args({
    title: 'Drift: unknown',
    body: report('argo unreachable'),
    drifted: false,
    proven: false,
    ...extra,
  });

const dashboard = (github: FakeGitHub, extra: Partial<Issue> = {}) =>
  github.addIssue({ title: 'Drift: old', body: report('old'), labels: [LABEL], ...extra });
const openIssues = (github: FakeGitHub) =>
  [...github.state.issues.values()].filter((i) => i.state === 'open').map((i) => i.number);
const writes = (github: FakeGitHub) =>
  github.calls.filter((c) => /^(createIssue|updateIssue|createComment)/.test(c));

describe('publishDashboard', () => {
  it('creates the dashboard issue with the label when drift appears and none is open', async () => {
    const github = new FakeGitHub();
    const outcome = await publishDashboard(github, args());

    expect(outcome).toEqual({
      action: 'created',
      issue: 1,
      url: 'https://github.com/example-org/gitops-repo/issues/1',
      duplicatesClosed: [],
    });
    expect(github.state.issues.get(1)).toMatchObject({
      title: 'Drift: 2 findings',
      body: report('two findings'),
      labels: [LABEL],
      state: 'open',
    });
  });

  it('edits the open one in place, and sends nothing when title and body are the report already', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);

    expect(await publishDashboard(github, args())).toMatchObject({ action: 'updated', issue: open.number });
    expect(github.state.issues.get(open.number)).toMatchObject({
      title: 'Drift: 2 findings',
      body: args().body,
    });
    github.calls.length = 0;
    expect(await publishDashboard(github, args())).toMatchObject({ action: 'unchanged', issue: open.number });
    expect(writes(github)).toEqual([]);
    expect(await publishDashboard(github, args({ title: 'Drift: 3 findings' }))).toMatchObject({
      action: 'updated',
    });
  });

  it('closes it with the comment when clean is proven, the clean report written', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);

    const outcome = await publishDashboard(github, clean());
    expect(outcome).toMatchObject({ action: 'closed', issue: open.number, commentUrl: expect.any(String) });
    expect(github.state.issues.get(open.number)).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
      title: 'Drift: none',
      body: report('no drift'),
    });
    expect(github.state.comments.get(open.number)?.map((c) => c.body)).toEqual([
      'No drift any more: closing.',
    ]);
    expect(writes(github)).toEqual([`createComment ${open.number}`, `updateIssue ${open.number} closed`]);
  });

  it('closes without a comment when the comment is empty', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);
    expect(await publishDashboard(github, clean({ closeComment: '' }))).toMatchObject({
      action: 'closed',
      commentUrl: null,
    });
    expect(github.state.comments.get(open.number)).toBeUndefined();
  });

  it('keeps it open, updated, when clean is proven but closing is not configured', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);
    expect(await publishDashboard(github, clean({ closeWhenClean: false }))).toMatchObject({
      action: 'updated',
    });
    expect(github.state.issues.get(open.number)).toMatchObject({ state: 'open', body: report('no drift') });
  });

  it('never closes on an incomplete report: no drift found is not clean proven', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);
    expect(await publishDashboard(github, incomplete())).toMatchObject({
      action: 'updated',
      issue: open.number,
    });
    expect(github.state.issues.get(open.number)).toMatchObject({
      state: 'open',
      body: report('argo unreachable'),
    });
    expect(github.calls.filter((c) => c.startsWith('createComment'))).toEqual([]);
  });

  it('opens nothing without drift: clean, or incomplete, with no dashboard open', async () => {
    const github = new FakeGitHub();
    dashboard(github, { state: 'closed', stateReason: 'completed' });

    expect(await publishDashboard(github, clean())).toEqual({
      action: 'none',
      reason: 'no drift, and no dashboard issue is open',
      duplicatesClosed: [],
    });
    expect(await publishDashboard(github, incomplete())).toMatchObject({
      action: 'none',
      reason: expect.stringContaining('incomplete'),
    });
    expect(writes(github)).toEqual([]);
  });

  it('reopens the newest closed dashboard when drift returns, never one closed as a duplicate', async () => {
    const github = new FakeGitHub();
    dashboard(github, { state: 'closed', stateReason: 'completed' });
    const newest = dashboard(github, { state: 'closed', stateReason: 'completed' });
    dashboard(github, { state: 'closed', stateReason: 'duplicate' });

    expect(await publishDashboard(github, args())).toMatchObject({
      action: 'reopened',
      issue: newest.number,
    });
    expect(github.state.issues.get(newest.number)).toMatchObject({
      state: 'open',
      stateReason: 'reopened',
      body: args().body,
      title: args().title,
    });
    expect(openIssues(github)).toEqual([newest.number]);
    expect(github.calls).not.toContain('createIssue');
  });

  it('ignores a labelled issue without the marker, and one with the marker but not the label', async () => {
    const github = new FakeGitHub();
    const unmarked = github.addIssue({ title: 'about drift', body: 'no marker here', labels: [LABEL] });
    const unlabelled = github.addIssue({ title: 'copy', body: report('pasted'), labels: ['bug'] });

    expect(await publishDashboard(github, args())).toMatchObject({ action: 'created', issue: 3 });
    expect(github.state.issues.get(unmarked.number)).toMatchObject({ body: 'no marker here', state: 'open' });
    expect(github.state.issues.get(unlabelled.number)).toMatchObject({
      body: report('pasted'),
      state: 'open',
    });
  });

  it('finds the label whatever its case, as GitHub matches labels', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github, { labels: ['GitOps-Drift'] });
    expect(await publishDashboard(github, args())).toMatchObject({ action: 'updated', issue: open.number });
  });
});

describe('never two open dashboard issues', () => {
  it('converges several open ones: the lowest number kept, the others closed as its duplicates', async () => {
    const github = new FakeGitHub();
    const first = dashboard(github);
    const second = dashboard(github);
    const third = dashboard(github);

    const outcome = await publishDashboard(github, args());
    expect(outcome).toEqual({
      action: 'updated',
      issue: first.number,
      url: first.url,
      duplicatesClosed: [second.number, third.number],
    });
    expect(openIssues(github)).toEqual([first.number]);
    for (const n of [second.number, third.number]) {
      expect(github.state.issues.get(n)).toMatchObject({ state: 'closed', stateReason: 'duplicate' });
      expect(github.state.comments.get(n)?.map((c) => c.body)).toEqual([
        expect.stringContaining(`duplicate of #${first.number}`),
      ]);
    }
  });

  it('converges before closing as clean: duplicates closed as such, the kept one as completed', async () => {
    const github = new FakeGitHub();
    const first = dashboard(github);
    const second = dashboard(github);
    expect(await publishDashboard(github, clean())).toMatchObject({
      action: 'closed',
      issue: first.number,
      duplicatesClosed: [second.number],
    });
    expect(github.state.issues.get(first.number)?.stateReason).toBe('completed');
    expect(github.state.issues.get(second.number)?.stateReason).toBe('duplicate');
  });

  it('closes its own new issue when another run created one first, and updates that one', async () => {
    const github = new FakeGitHub();
    let other: Issue | undefined;
    github.onCall = (name) => {
      if (name === 'createIssue' && !other) other = dashboard(github, { body: report('other run') });
    };

    const outcome = await publishDashboard(github, args());
    expect(other?.number).toBe(1);
    expect(outcome).toEqual({ action: 'updated', issue: 1, url: other!.url, duplicatesClosed: [2] });
    expect(openIssues(github)).toEqual([1]);
    expect(github.state.issues.get(1)?.body).toBe(args().body);
  });

  it('two runs at once, both seeing none and both creating, end with one open issue', async () => {
    const github = new FakeGitHub();
    let arrived = 0;
    let release: () => void = () => {};
    const both = new Promise<void>((resolve) => (release = resolve));
    github.onCall = async (name) => {
      if (name !== 'createIssue') return;
      if (++arrived === 2) release();
      await both;
    };

    const [a, b] = await Promise.all([publishDashboard(github, args()), publishDashboard(github, args())]);
    expect(github.calls.filter((c) => c === 'createIssue')).toHaveLength(2);
    expect(openIssues(github)).toEqual([1]);
    expect(github.state.issues.get(2)).toMatchObject({ state: 'closed', stateReason: 'duplicate' });
    expect([a.action, b.action].sort()).toEqual(['created', 'unchanged']);
    expect([a, b].map((o) => ('issue' in o ? o.issue : null))).toEqual([1, 1]);
    // Both close #2 (GitHub ignores the second), but only the run that created it comments on it.
    const second = [a, b].find((o) => o.action === 'unchanged')!;
    expect(second.duplicatesClosed).toEqual([2]);
    expect(github.state.comments.get(2)?.map((c) => c.body)).toEqual([
      expect.stringContaining('duplicate of #1'),
    ]);
    expect(github.state.comments.get(1)).toBeUndefined();
  });
});

describe('issues that go away, and GitHub failures', () => {
  it('looks again when the open issue is deleted between listing and editing it', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);
    github.onCall = (name) => {
      if (name === `updateIssue ${open.number}`) github.deleteIssue(open.number);
    };
    const logger = new RecordingLogger();

    const outcome = await publishDashboard(github, args({ logger }));
    expect(outcome).toMatchObject({ action: 'created', issue: open.number + 1 });
    expect(openIssues(github)).toEqual([open.number + 1]);
    expect(logger.lines).toContainEqual({
      level: 'warning',
      message: `drift dashboard: issue #${open.number} is gone since it was listed; looking again`,
    });
  });

  it('fails with GitHub’s answer when the issues keep going away', async () => {
    const github = new FakeGitHub();
    github.onCall = (name) => {
      const edited = /^updateIssue (\d+)/.exec(name);
      if (edited) github.deleteIssue(Number(edited[1]));
    };
    for (let i = 0; i < 3; i++) dashboard(github, { state: 'closed', stateReason: 'completed' });

    const failure = await publishDashboard(github, args()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as Error).message).toMatch(/could not reopen issue #1: .*HTTP 410/);
  });

  it('wraps a refused edit in a GitHubApiError naming issues: write', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);
    github.fail.set(
      `updateIssue ${open.number}`,
      Object.assign(new Error('Resource not accessible by integration'), { status: 403 }),
    );

    const failure = await publishDashboard(github, args()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as Error).message).toContain(`could not update issue #${open.number}`);
    expect((failure as Error).message).toContain('the token needs issues: write');
  });

  it('takes an issue found after a create that may have happened as the one created', async () => {
    const github = new FakeGitHub();
    github.onCall = (name) => {
      // GitHub created it, then the answer was lost.
      if (name === 'createIssue')
        github.addIssue({ title: args().title, body: args().body, labels: [LABEL] });
    };
    github.fail.set('createIssue', Object.assign(new Error('Server Error'), { status: 502 }));

    expect(await publishDashboard(github, args())).toMatchObject({ action: 'created', issue: 1 });
    expect(openIssues(github)).toEqual([1]);
  });

  it('fails when a create that may have happened left no issue', async () => {
    const github = new FakeGitHub();
    github.fail.set('createIssue', Object.assign(new Error('Server Error'), { status: 502 }));
    await expect(publishDashboard(github, args())).rejects.toThrow(
      /could not create the drift dashboard issue \(label gitops-drift\): .*HTTP 502/,
    );
  });

  it('does not post the close comment twice when its answer was lost', async () => {
    const github = new FakeGitHub();
    const open = dashboard(github);
    github.onCall = (name) => {
      if (name === `createComment ${open.number}`)
        github.state.comments.set(open.number, [
          { id: 1, body: clean().closeComment, url: 'u', authorType: 'Bot', authorAssociation: 'NONE' },
        ]);
    };
    github.fail.set(`createComment ${open.number}`, Object.assign(new Error('timeout'), { status: 504 }));

    expect(await publishDashboard(github, clean())).toMatchObject({ action: 'closed', commentUrl: 'u' });
    expect(github.state.comments.get(open.number)).toHaveLength(1);
  });
});

describe('what it is given', () => {
  it('refuses a body without the marker, a drifted report said clean, and a label that is not one', async () => {
    const github = new FakeGitHub();
    await expect(publishDashboard(github, args({ body: '# Drift' }))).rejects.toThrow(/DRIFT_MARKER/);
    await expect(publishDashboard(github, args({ proven: true }))).rejects.toThrow(/cannot prove clean/);
    for (const label of ['a,b', ' gitops-drift', ''])
      await expect(publishDashboard(github, args({ label }))).rejects.toBeInstanceOf(ConfigurationError);
    expect(github.calls).toEqual([]);
  });
});
