/**
 * What the use cases ask of GitHub, typed by what they read (not Octokit's types). The adapter
 * (src/github/port.ts) calls the REST API through Octokit with retries and timeouts; failures are
 * thrown as they come (an error with GitHub's `status` when there was an answer), and the use cases
 * turn them into messages (src/github/errors.ts gitHubError).
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A commit status (`GET /repos/{o}/{r}/commits/{ref}/statuses`, newest first). */
export interface CommitStatus {
  context: string;
  state: string;
}

/** A check run on a commit (`filter=latest`). */
export interface CheckRun {
  name: string;
  status: string;
  conclusion: string | null;
  htmlUrl: string | null;
  detailsUrl: string | null;
}

export interface DeploymentStatus {
  state: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface NewDeployment {
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
}

/** A push or merge on a ref (`GET /repos/{o}/{r}/activity`), newest first. */
export interface Activity {
  activityType: string;
  /** The ref's sha after the activity. */
  after: string;
  timestamp: string;
}

/** A pull request a commit is associated with. */
export interface AssociatedPullRequest {
  number: number;
  mergedAt: string | null;
  /** The branch it merges into. */
  baseRef: string;
}

export interface PullRequest {
  number: number;
  url: string;
  headSha: string;
  merged: boolean;
  mergeCommitSha: string | null;
}

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  /** `Bot` for GITHUB_TOKEN and GitHub Apps. */
  authorType: string | null;
  authorAssociation: string | null;
}

/** Checks, statuses, deployments, activity and labels: what the gates and the records read. */
export interface GitHubChecks {
  listCommitStatuses(ref: string): Promise<CommitStatus[]>;
  listCheckRuns(ref: string): Promise<CheckRun[]>;
  listDeployments(query: { sha: string; environment: string }): Promise<{ id: number }[]>;
  listDeploymentStatuses(deploymentId: number): Promise<DeploymentStatus[]>;
  /** The new deployment's id; `notCreated` holds GitHub's answer when it made none (a 202 merge message). */
  createDeployment(deployment: NewDeployment): Promise<{ id: number } | { notCreated: string }>;
  createDeploymentStatus(
    deploymentId: number,
    status: { state: 'success' | 'failure' | 'inactive'; description: string; logUrl?: string },
  ): Promise<void>;
  /** Pages of a ref's activity (`refs/heads/x`, `refs/tags/x`), newest first. */
  activities(ref: string): AsyncIterable<Activity[]>;
  /** Open issues and pull requests carrying `label`. */
  listOpenLabelled(label: string): Promise<{ number: number }[]>;
}

/** Pull requests: promotion pull requests, and the pull request a commit came through. */
export interface GitHubPulls {
  pullRequestsOfCommit(sha: string): Promise<AssociatedPullRequest[]>;
  findOpenPullRequest(head: string, base: string): Promise<PullRequest | null>;
  createPullRequest(args: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  updatePullRequest(number: number, args: { title: string; body: string }): Promise<PullRequest>;
  getPullRequest(number: number): Promise<PullRequest>;
  /** A merge commit, pinned to `sha` (GitHub answers 409 when the head moved); returns its sha. */
  mergePullRequest(number: number, args: { sha: string; title: string; message: string }): Promise<string>;
}

/** Issue and pull-request comments (the diff comment), and labels (a pull request is an issue). */
export interface GitHubIssues {
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  deleteComment(commentId: number): Promise<void>;
  /**
   * Adds labels to an issue or pull request (`POST /repos/{o}/{r}/issues/{n}/labels`), keeping its
   * others; one it already has is no change, one the repository lacks GitHub creates.
   */
  addLabels(issue: number, labels: string[]): Promise<void>;
}

export type IssueStateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

/** An issue (not a pull request) as the dashboard reads it. */
export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** Why it was last closed or reopened (`duplicate`: closed as a duplicate of another); null if never. */
  stateReason: IssueStateReason | null;
  url: string;
  labels: string[];
  /** Login of the author, or null. */
  author: string | null;
}

/** What a user may do in the repository (`permission` of the collaborator permission API; `none` for a stranger). */
export type RepoPermission = 'admin' | 'write' | 'read' | 'none';

/** The drift dashboard: one issue found by label and marker, created, edited, closed, reopened. */
export interface GitHubDashboard {
  /** Issues (never pull requests) with this label, newest first, in `state` (`all`: both). */
  listLabelledIssues(label: string, state: 'open' | 'closed' | 'all'): Promise<Issue[]>;
  /** The issue, or null when it does not exist (or was deleted, or is a pull request). */
  getIssue(number: number): Promise<Issue | null>;
  createIssue(args: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(
    number: number,
    args: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: IssueStateReason;
    },
  ): Promise<Issue>;
  /** A user's permission on the repository (`GET /repos/{o}/{r}/collaborators/{user}/permission`). */
  permissionOf(user: string): Promise<RepoPermission>;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  /** browser_download_url */
  url: string;
}

export interface Release {
  id: number;
  tagName: string;
  name: string | null;
  body: string;
  /** html_url */
  url: string;
  /** upload_url without its {?name,label} template */
  uploadUrl: string;
  draft: boolean;
  prerelease: boolean;
  assets: ReleaseAsset[];
}

/** GitHub Releases: the release of a version tag, its notes and the asset with the full diff. */
export interface GitHubReleases {
  /** The published release of a tag (GET /repos/{o}/{r}/releases/tags/{tag}), or null on 404. */
  getReleaseByTag(tag: string): Promise<Release | null>;
  /**
   * A published release of `tag`, which must exist already (pushed with git first): GitHub would
   * create a missing tag from the default branch, so no `target_commitish` is ever sent.
   */
  createRelease(args: {
    tag: string;
    name: string;
    body: string;
    prerelease: boolean;
    makeLatest: boolean;
  }): Promise<Release>;
  updateRelease(id: number, args: { body: string; name?: string; makeLatest?: boolean }): Promise<Release>;
  /** Uploads an asset (POST to the release's upload_url); an asset of that name is replaced (deleted first). */
  uploadReleaseAsset(
    release: Release,
    asset: { name: string; contentType: string; data: Buffer },
  ): Promise<ReleaseAsset>;
}

export interface GitHubPort extends GitHubChecks, GitHubPulls, GitHubIssues, GitHubReleases, GitHubDashboard {
  readonly repo: RepoRef;
}
