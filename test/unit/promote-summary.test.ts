import { describe, it } from 'vitest';
import type { PromoteResult } from '../../src/commands/promote.js';
import { mermaidPath } from '../../src/promote/record.js';
import { renderPromoteMarkdown, renderPromoteText } from '../../src/report/promote-report.js';
import { expectGolden } from '../helpers/golden.js';

const sha = (c: string) => c.repeat(40);
const REPO = 'https://github.com/example-org/gitops-repo';

const promoted: PromoteResult = {
  outcome: 'promoted',
  promoted: true,
  from: 'dev',
  to: 'staging',
  candidate: sha('c'),
  previous: sha('a'),
  strategy: 'merge',
  sha: sha('d'),
  commits: [
    {
      sha: sha('b'),
      author: 'Ada',
      date: '2026-11-30T10:00:00Z',
      subject: 'loki: wave 4 (#12)',
      pullRequest: 12,
    },
    {
      sha: sha('c'),
      author: 'Grace | Ops',
      date: '2026-11-30T11:00:00Z',
      subject: 'pipe | in <subject>',
      pullRequest: 15,
    },
    {
      sha: sha('e'),
      author: 'Linus',
      date: '2026-11-30T12:00:00Z',
      subject: 'pushed to dev',
      pullRequest: null,
    },
  ],
  gates: [
    { id: 'validation', status: 'pass', why: 'no validation errors' },
    { id: 'checks', status: 'pass', why: '2 checks succeeded' },
    { id: 'soak', status: 'pass', why: '3h5m since deployed to dev (needs 2h)' },
    { id: 'argocd', status: 'skipped', why: 'no Argo CD server and token' },
    { id: 'labels', status: 'pass', why: 'no open issue or pull request labelled promotion-blocker' },
    { id: 'freeze', status: 'skipped', why: 'no freeze windows configured' },
  ],
  skipGatesReason: null,
  message: `promoted 3 commits from dev to staging (merge commit ${sha('d').slice(0, 7)})`,
};

const failed: PromoteResult = {
  ...promoted,
  outcome: 'gates-failed',
  promoted: false,
  sha: null,
  strategy: 'fast-forward',
  commits: promoted.commits.slice(0, 1),
  gates: [
    {
      id: 'validation',
      status: 'fail',
      why: '1 validation error, first: charts/app-of-apps/values.prod-01.yaml:17 velero.enable must be boolean, got string "yes"',
    },
    { id: 'checks', status: 'fail', why: 'build: in_progress, ci/test: failure' },
    { id: 'soak', status: 'fail', why: '25m since commit date, needs 2h' },
    { id: 'argocd', status: 'fail', why: 'dev-01-loki OutOfSync' },
    { id: 'labels', status: 'fail', why: 'blocked by #7' },
    { id: 'freeze', status: 'fail', why: 'freeze window 2026-12-20 → 2027-01-04 (Europe/Berlin)' },
  ],
  message: 'gates failed: validation, checks, soak, argocd, labels, freeze; nothing was pushed',
};

describe('promote summary and text (golden)', () => {
  it('a merge promotion: gates, linked commits (pipes escaped), the promotion path', () => {
    const md = renderPromoteMarkdown(promoted, REPO);
    expectGolden(
      'promote-summary-promoted.md',
      `${md}\n${mermaidPath(['dev', 'staging', 'stable'], [0, 4], promoted)}\n`,
    );
  });

  it('every gate failing, gates skipped with a reason, and the text form', () => {
    expectGolden('promote-summary-gates-failed.md', renderPromoteMarkdown(failed));
    expectGolden(
      'promote-text-skipped.txt',
      renderPromoteText({
        ...promoted,
        gates: [],
        skipGatesReason: 'incident 4711: hotfix must reach staging',
      }),
    );
  });
});
