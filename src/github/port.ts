import type { Logger } from '../logger.js';
import type { GitHubPort, IssueComment, PullRequest, RepoRef } from '../ports/github.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './client.js';
import { dashboardPort } from './dashboard.js';
import { releasesPort } from './releases.js';

type Pull = {
  number: number;
  html_url: string;
  head: { sha: string };
  merged?: boolean;
  merge_commit_sha?: string | null;
};
type Comment = {
  id: number;
  body?: string;
  html_url: string;
  user?: { type?: string } | null;
  author_association?: string;
};

const pull = (p: Pull): PullRequest => ({
  number: p.number,
  url: p.html_url,
  headSha: p.head.sha,
  merged: p.merged ?? false,
  mergeCommitSha: p.merge_commit_sha ?? null,
});
const comment = (c: Comment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  url: c.html_url,
  authorType: c.user?.type ?? null,
  authorAssociation: c.author_association ?? null,
});

/**
 * The GitHub port over an Octokit client and one repository: each method is one REST call (or its
 * pages), errors thrown as Octokit throws them. Releases are in releases.ts.
 */
export function gitHubPort(gh: GitHubClient, repo: RepoRef): GitHubPort {
  const r = repo;
  return {
    repo,
    listCommitStatuses: async (ref) =>
      (await gh.paginate(gh.rest.repos.listCommitStatusesForRef, { ...r, ref, per_page: 100 })).map((s) => ({
        context: s.context,
        state: s.state,
      })),
    listCheckRuns: async (ref) =>
      (await gh.paginate(gh.rest.checks.listForRef, { ...r, ref, filter: 'latest', per_page: 100 })).map(
        (c) => ({
          name: c.name,
          status: c.status,
          conclusion: c.conclusion ?? null,
          htmlUrl: c.html_url ?? null,
          detailsUrl: c.details_url ?? null,
        }),
      ),
    listDeployments: async ({ sha, environment }) =>
      (await gh.paginate(gh.rest.repos.listDeployments, { ...r, sha, environment, per_page: 100 })).map(
        (d) => ({
          id: d.id,
        }),
      ),
    listDeploymentStatuses: async (id) =>
      (
        await gh.paginate(gh.rest.repos.listDeploymentStatuses, { ...r, deployment_id: id, per_page: 100 })
      ).map((s) => ({ state: s.state, createdAt: s.created_at })),
    async createDeployment(d) {
      const created = await gh.rest.repos.createDeployment({
        ...r,
        ref: d.ref,
        environment: d.environment,
        auto_merge: false,
        required_contexts: [],
        description: d.description,
        payload: d.payload,
      });
      return 'id' in created.data ? { id: created.data.id } : { notCreated: JSON.stringify(created.data) };
    },
    async createDeploymentStatus(id, s) {
      await gh.rest.repos.createDeploymentStatus({
        ...r,
        deployment_id: id,
        state: s.state,
        description: s.description,
        ...(s.logUrl ? { log_url: s.logUrl } : {}),
      });
    },
    async *activities(ref) {
      const pages = gh.paginate.iterator(gh.rest.repos.listActivities, {
        ...r,
        ref,
        direction: 'desc',
        per_page: 100,
      });
      for await (const page of pages)
        yield page.data.map((a) => ({
          activityType: a.activity_type,
          after: a.after,
          timestamp: a.timestamp,
        }));
    },
    listOpenLabelled: async (label) =>
      (
        await gh.paginate(gh.rest.issues.listForRepo, { ...r, state: 'open', labels: label, per_page: 100 })
      ).map((i) => ({ number: i.number })),
    async pullRequestsOfCommit(sha) {
      const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
        ...r,
        commit_sha: sha,
        per_page: 100,
      });
      return data.map((p) => ({ number: p.number, mergedAt: p.merged_at, baseRef: p.base.ref }));
    },
    async findOpenPullRequest(head, base) {
      const open = await gh.rest.pulls.list({
        ...r,
        state: 'open',
        head: `${r.owner}:${head}`,
        base,
        per_page: 10,
      });
      return open.data[0] ? pull(open.data[0]) : null;
    },
    createPullRequest: async (a) =>
      pull(
        (await gh.rest.pulls.create({ ...r, head: a.head, base: a.base, title: a.title, body: a.body })).data,
      ),
    updatePullRequest: async (n, a) =>
      pull((await gh.rest.pulls.update({ ...r, pull_number: n, title: a.title, body: a.body })).data),
    getPullRequest: async (n) => pull((await gh.rest.pulls.get({ ...r, pull_number: n })).data),
    async mergePullRequest(n, a) {
      const merged = await gh.rest.pulls.merge({
        ...r,
        pull_number: n,
        sha: a.sha,
        merge_method: 'merge',
        commit_title: a.title,
        commit_message: a.message,
      });
      return merged.data.sha;
    },
    listComments: async (n) =>
      (await gh.paginate(gh.rest.issues.listComments, { ...r, issue_number: n, per_page: 100 })).map(comment),
    createComment: async (n, body) =>
      comment((await gh.rest.issues.createComment({ ...r, issue_number: n, body })).data),
    updateComment: async (id, body) =>
      comment((await gh.rest.issues.updateComment({ ...r, comment_id: id, body })).data),
    async deleteComment(id) {
      await gh.rest.issues.deleteComment({ ...r, comment_id: id });
    },
    async addLabels(n, labels) {
      await gh.rest.issues.addLabels({ ...r, issue_number: n, labels });
    },
    ...releasesPort(gh, r),
    ...dashboardPort(gh, r),
  };
}

/** The GitHub port for a token, an API URL and a repository: the one factory of GitHubPort. */
export function createGitHubPort(
  token: string,
  apiUrl: string,
  repo: RepoRef,
  logger: Logger,
  options: GitHubClientOptions = {},
): GitHubPort {
  return gitHubPort(createGitHubClient(token, apiUrl, logger, options), repo);
}
