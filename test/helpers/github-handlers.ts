/**
 * What the fake GitHub's handlers share: its state, the handler signature, and GitHub's response conventions
 * (error bodies, pagination, users). Handlers for one resource live in their own file (github-comments.ts,
 * github-statuses.ts, github-checks.ts, github-deployments.ts, github-issues.ts, github-issue-edits.ts,
 * github-collaborators.ts, github-pulls.ts, github-refs.ts, github-releases.ts).
 */
import { execFileSync } from 'node:child_process';
import type { IncomingHttpHeaders } from 'node:http';
import type { Activity } from './github-activity.js';
import type { CheckRun } from './github-checks.js';
import type { CollaboratorRole } from './github-collaborators.js';
import type { Deployment } from './github-deployments.js';
import type { Issue } from './github-issues.js';
import type { PullRequest } from './github-pulls.js';
import type { Release } from './github-releases.js';
import type { GitHubServer } from './github-server.js';
import type { CommitStatus } from './github-statuses.js';

export interface IssueComment {
  id: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface GitHubState {
  /** By issue/PR number. */
  comments: Map<number, IssueComment[]>;
  /**
   * Branch name → commit sha (`staging` → `3f2a…`). The fake owns no git: tests set these, e.g. from
   * `git rev-parse`; a merge moves its base branch here. `{ref}` parameters resolve through it.
   */
  refs: Map<string, string>;
  /** Tag name → commit sha (lightweight tags), as `refs` for branches. */
  tags: Map<string, string>;
  /**
   * A bare repository GitHub's git side is (the tests' `origin`): a tag pushed there exists for the API
   * too, as on GitHub. Null: only `tags` exist.
   */
  gitDir: string | null;
  /** The repository's default branch (`default_branch` of the repository objects). */
  defaultBranch: string;
  /** Commit statuses, oldest first. */
  statuses: CommitStatus[];
  /** Check runs, oldest first (seedCheckRun: creating one takes a GitHub App). */
  checkRuns: CheckRun[];
  /** Deployments with their statuses, oldest first. */
  deployments: Deployment[];
  /** Issues and pull requests by number: every pull request is an issue, and has its `pulls` entry too. */
  issues: Map<number, Issue>;
  /** Numbers of deleted issues (deleteIssue): GitHub answers 410 for them and never gives the number again. */
  deletedIssues: Set<number>;
  /** Login → role on the repository (seedCollaborator); a login not here is no user GitHub knows. */
  collaborators: Map<string, CollaboratorRole>;
  /** What a pull request has beyond its issue, by number. */
  pulls: Map<number, PullRequest>;
  /** Pushes and merges to branches, in the order seeded (seedActivity). */
  activities: Activity[];
  /** Releases with their assets, oldest first. */
  releases: Release[];
  /** The id of the release marked latest (`make_latest`), if any. */
  latestReleaseId: number | null;
  /** The last release asset id given out: GitHub never reuses the id of a deleted asset. */
  lastAssetId: number;
}

export function emptyState(): GitHubState {
  return {
    comments: new Map(),
    refs: new Map(),
    tags: new Map(),
    gitDir: null,
    defaultBranch: 'main',
    statuses: [],
    checkRuns: [],
    deployments: [],
    issues: new Map(),
    deletedIssues: new Set(),
    collaborators: new Map(),
    pulls: new Map(),
    activities: [],
    releases: [],
    latestReleaseId: null,
    lastAssetId: 0,
  };
}

export interface HandlerContext {
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, or the raw bytes (a Buffer) for an operation that takes no JSON (asset uploads). */
  body: unknown;
  headers: IncomingHttpHeaders;
  state: GitHubState;
  server: GitHubServer;
  /** The request's absolute URL on the fake server (Link headers repeat it with another page). */
  url: URL;
  /** GitHub's documentation page for the operation: GitHub puts it in every error body. */
  docsUrl: string;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** GitHub's error body (`basic-error`); GitHub adds the status as a string since 2024. */
export function errorResult(status: number, message: string, docsUrl: string): HandlerResult {
  return { status, body: { message, documentation_url: docsUrl, status: String(status) } };
}

export function notFound(ctx: { docsUrl: string }): HandlerResult {
  return errorResult(404, 'Not Found', ctx.docsUrl);
}

/** GitHub's answer to a request its JSON schema rejects, e.g. a missing required field. */
export function invalidRequest(ctx: HandlerContext, detail: string): HandlerResult {
  return errorResult(422, `Invalid request.\n\n${detail}`, ctx.docsUrl);
}

/** GitHub's `validation-error` body, for a request that is well-formed but breaks a rule of the resource. */
export function validationFailed(
  ctx: HandlerContext,
  error: { resource: string; field?: string; code: string; message?: string },
): HandlerResult {
  const body = {
    message: 'Validation Failed',
    errors: [error],
    documentation_url: ctx.docsUrl,
    status: '422',
  };
  return { status: 422, body };
}

/** The fake implements only some filters of a list: a test relying on another must not pass by accident. */
export function rejectUnsupportedQuery(ctx: HandlerContext, names: string[]): void {
  for (const name of names) {
    if (ctx.query[name] !== undefined) throw new Error(`the fake does not implement the '${name}' parameter`);
  }
}

/** The next id of a resource: above every id in the state (tests may fill it directly), from `first` on. */
export function nextId(ids: Iterable<number>, first: number): number {
  return Math.max(first - 1, ...ids) + 1;
}

/** GitHub's timestamps: UTC, whole seconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An integer path parameter; the contract check has already reported a non-integer one. */
export function intParam(ctx: HandlerContext, name: string): number {
  return Number(ctx.params[name]);
}

function queryInt(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = value === undefined ? NaN : Number(value);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/**
 * One page of `items`, as GitHub pages lists: `per_page` (default 30, at most 100) and `page` (from 1), with
 * an RFC 5988 Link header (prev, next, last, first, in GitHub's order) that Octokit's paginate follows.
 */
export function paginate(ctx: HandlerContext, items: unknown[]): HandlerResult {
  const perPage = queryInt(ctx.query.per_page, 30, 1, 100);
  const page = queryInt(ctx.query.page, 1, 1, Number.MAX_SAFE_INTEGER);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const url = new URL(ctx.url);
    url.searchParams.set('page', String(p));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  const body = items.slice((page - 1) * perPage, page * perPage);
  return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

/** The id GitHub gives `github-actions[bot]`, the author of everything a workflow's GITHUB_TOKEN writes. */
const GITHUB_ACTIONS_BOT_ID = 41898282;

function stableId(login: string): number {
  let hash = 7;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 2_000_000_000;
  return hash + 1;
}

/** GitHub's `simple-user` for a login; bots (`name[bot]`) are typed `Bot` and link to their app. */
export function simpleUser(server: GitHubServer, login: string): Record<string, unknown> {
  const bot = login.endsWith('[bot]');
  const id = login === 'github-actions[bot]' ? GITHUB_ACTIONS_BOT_ID : stableId(login);
  const api = `${server.url}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `${bot ? 'BOT' : 'U'}_${Buffer.from(`${login}:${id}`).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: bot
      ? `https://github.com/apps/${login.slice(0, -'[bot]'.length)}`
      : `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The API base of the fake repository, e.g. `http://127.0.0.1:43123/repos/example-org/gitops-repo`. */
export function repoApiUrl(server: GitHubServer): string {
  return `${server.url}/repos/${server.owner}/${server.repo}`;
}

/**
 * Branches as GitHub's own git has them: those set in the map, else the bare repository's
 * `refs/heads/<name>` (the tests' origin), so a branch a command pushes exists for the API at once.
 */
export class GitBackedRefs extends Map<string, string> {
  constructor(private readonly gitDir: string) {
    super();
  }
  override get(name: string): string | undefined {
    return super.get(name) ?? gitBranch(this.gitDir, name);
  }
  override has(name: string): boolean {
    return super.has(name) || gitBranch(this.gitDir, name) !== undefined;
  }
}

function gitBranch(gitDir: string, name: string): string | undefined {
  try {
    const out = execFileSync(
      'git',
      ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `refs/heads/${name}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      },
    );
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}
