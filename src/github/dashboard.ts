import type { GitHubDashboard, Issue, IssueStateReason, RepoPermission, RepoRef } from '../ports/github.js';
import type { GitHubClient } from './client.js';

type ApiIssue = {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  html_url: string;
  labels: (string | { name?: string })[];
  user?: { login?: string } | null;
  pull_request?: unknown;
};

const REASONS: readonly IssueStateReason[] = ['completed', 'not_planned', 'duplicate', 'reopened'];

const issue = (i: ApiIssue): Issue => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  state: i.state === 'closed' ? 'closed' : 'open',
  stateReason: REASONS.find((r) => r === i.state_reason) ?? null,
  url: i.html_url,
  labels: i.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
  author: i.user?.login ?? null,
});

const isStatus = (e: unknown, ...codes: number[]) =>
  codes.includes((e as { status?: number } | null)?.status ?? 0);

const PERMISSIONS: readonly RepoPermission[] = ['admin', 'write', 'read', 'none'];

/** The dashboard part of the GitHub port: the drift issue and who may approve from it. */
export function dashboardPort(gh: GitHubClient, r: RepoRef): GitHubDashboard {
  return {
    async listLabelledIssues(label, state) {
      const all = await gh.paginate(gh.rest.issues.listForRepo, {
        ...r,
        state,
        labels: label,
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      });
      return all.filter((i) => !i.pull_request).map(issue);
    },
    async getIssue(number) {
      try {
        const { data } = await gh.rest.issues.get({ ...r, issue_number: number });
        return data.pull_request ? null : issue(data);
      } catch (e) {
        // 410: the issue was deleted; 404: it never was (or the token cannot see it).
        if (isStatus(e, 404, 410)) return null;
        throw e;
      }
    },
    createIssue: async (a) =>
      issue((await gh.rest.issues.create({ ...r, title: a.title, body: a.body, labels: a.labels })).data),
    async updateIssue(number, a) {
      const { data } = await gh.rest.issues.update({
        ...r,
        issue_number: number,
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.body !== undefined ? { body: a.body } : {}),
        ...(a.state ? { state: a.state } : {}),
        ...(a.stateReason ? { state_reason: a.stateReason } : {}),
      });
      return issue(data);
    },
    async permissionOf(user) {
      try {
        const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...r, username: user });
        return PERMISSIONS.find((p) => p === data.permission) ?? 'none';
      } catch (e) {
        // A user who is not a collaborator (or does not exist): no permission.
        if (isStatus(e, 404)) return 'none';
        throw e;
      }
    },
  };
}
