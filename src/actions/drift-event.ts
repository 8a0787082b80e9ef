import type { DashboardEdit } from '../commands/drift-dashboard.js';
import type { GitHubEvent } from './event.js';

/** The fields of an `issues` event the drift action reads. */
interface IssuesEvent extends GitHubEvent {
  action?: unknown;
  issue?: {
    number?: unknown;
    body?: unknown;
    labels?: unknown;
    pull_request?: unknown;
    user?: { login?: unknown };
  };
  changes?: { body?: { from?: unknown } };
  sender?: { login?: unknown; type?: unknown };
}

/** What triggered the run: an edit of an issue's body (maybe the dashboard's), another issues event, or anything else. */
export type DriftTrigger =
  { kind: 'edit'; edit: DashboardEdit } | { kind: 'other-issue-event'; why: string } | { kind: 'scheduled' };

/** Reads the `issues: edited` event (GITHUB_EVENT_NAME `issues`) into an edit; every field is checked. */
export function driftTrigger(eventName: string | undefined, event: GitHubEvent): DriftTrigger {
  if (eventName !== 'issues') return { kind: 'scheduled' };
  const e = event as IssuesEvent;
  if (e.action !== 'edited') return { kind: 'other-issue-event', why: `an issues ${String(e.action)} event` };
  const issue = e.issue;
  const before = e.changes?.body?.from;
  if (!issue || typeof issue.number !== 'number' || issue.pull_request)
    return { kind: 'other-issue-event', why: 'the event names no issue' };
  if (typeof before !== 'string' || typeof issue.body !== 'string')
    return { kind: 'other-issue-event', why: 'the edit did not change the body' };
  const labels = Array.isArray(issue.labels)
    ? issue.labels.flatMap((l: unknown) => {
        const name = (l as { name?: unknown } | null)?.name;
        return typeof name === 'string' ? [name] : [];
      })
    : [];
  const login = e.sender?.login;
  const type = e.sender?.type;
  if (typeof login !== 'string' || typeof type !== 'string')
    return { kind: 'other-issue-event', why: 'the event names no sender' };
  return {
    kind: 'edit',
    edit: {
      issue: issue.number,
      labels,
      author: typeof issue.user?.login === 'string' ? issue.user.login : null,
      before,
      after: issue.body,
      editor: { login, type },
    },
  };
}
