/**
 * Objects of GitHub's REST API that several resources of the fake embed: the repository, the GitHub Actions
 * app, node ids. Built field by field from the OpenAPI schemas (`repository`, `minimal-repository`,
 * `integration`), not from GitHub's examples, which lag behind them.
 */
import { createHash } from 'node:crypto';
import { repoApiUrl, simpleUser } from './github-handlers.js';
import type { GitHubServer } from './github-server.js';

/** A GraphQL node id in GitHub's current style: a type prefix and an opaque key. */
export function nodeId(prefix: string, key: string | number): string {
  return `${prefix}_${Buffer.from(String(key)).toString('base64url')}`;
}

/** A made-up, stable commit sha for what the fake cannot ask git about. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export const FULL_SHA = /^[0-9a-f]{40}$/i;

export const REPOSITORY_ID = 700_000_001;
const REPOSITORY_CREATED_AT = '2024-01-02T03:04:05Z';

/** `https://github.com/owner/repo`: the web side of the fake repository. */
export function repoHtmlUrl(server: GitHubServer): string {
  return `https://github.com/${server.owner}/${server.repo}`;
}

/**
 * GitHub's `minimal-repository` for the fake repository (the combined status embeds it). The full
 * `repository` of pull requests adds the merge settings (`full`).
 */
export function renderRepository(server: GitHubServer, full = false): Record<string, unknown> {
  const api = repoApiUrl(server);
  const fullName = `${server.owner}/${server.repo}`;
  const openIssues = [...server.state.issues.values()].filter((i) => i.state === 'open').length;
  const minimal = {
    id: REPOSITORY_ID,
    node_id: nodeId('R', REPOSITORY_ID),
    name: server.repo,
    full_name: fullName,
    owner: simpleUser(server, server.owner),
    private: true,
    html_url: repoHtmlUrl(server),
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `https://github.com/${fullName}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: repoHtmlUrl(server),
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: server.state.defaultBranch,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: REPOSITORY_CREATED_AT,
    created_at: REPOSITORY_CREATED_AT,
    updated_at: REPOSITORY_CREATED_AT,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    license: null,
    allow_forking: false,
    web_commit_signoff_required: false,
    delete_branch_on_merge: false,
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
  };
  if (!full) return minimal;
  return {
    ...minimal,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    allow_update_branch: false,
  };
}

/** The GitHub Actions app, as `integration`: it runs check runs and acts for a workflow's GITHUB_TOKEN. */
export function githubActionsApp(server: GitHubServer): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: { ...simpleUser(server, 'github'), type: 'Organization' },
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: 'https://github.com/apps/github-actions',
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'pull_request', 'push', 'status'],
  };
}

/** `performed_via_github_app` of what the client writes: the Actions app when it holds a workflow's token. */
export function performedViaApp(server: GitHubServer): Record<string, unknown> | null {
  return server.login === 'github-actions[bot]' ? githubActionsApp(server) : null;
}
