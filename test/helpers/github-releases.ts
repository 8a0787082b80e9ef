/**
 * The fake GitHub's releases and their assets: created, read by tag, listed, updated; assets uploaded (raw
 * bytes, on the same 127.0.0.1 server the `upload_url` points at) and deleted.
 *
 * The fake owns no git: tags are `state.tags` (name → sha), which tests set, and those of `state.gitDir`
 * (the tests' bare origin), as GitHub knows the tags pushed to it. GitHub creates a missing tag
 * from `target_commitish` (default: the default branch) when a release is created; the fake refuses that
 * with 422 instead, so that no client can pass while relying on GitHub creating its tags (the tag is pushed
 * with git first), and it does not implement `target_commitish` at all.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  type GitHubState,
  type Handler,
  type HandlerContext,
  type HandlerResult,
  intParam,
  invalidRequest,
  nextId,
  notFound,
  paginate,
  repoApiUrl,
  simpleUser,
  timestamp,
  validationFailed,
} from './github-handlers.js';
import { nodeId, repoHtmlUrl } from './github-objects.js';
import type { GitHubServer } from './github-server.js';

/**
 * GitHub refuses a longer release body with 422 `body is too long (maximum is 125000 characters)`, on
 * create and on update. Not in GitHub's documentation: the message as GitHub's API answers it, quoted in
 * public release workflows that hit it. Counted in characters (code points), as GitHub counts them.
 */
export const MAX_RELEASE_BODY = 125_000;

const FIRST_RELEASE_ID = 90_000_001;
const FIRST_ASSET_ID = 95_000_001;

export interface ReleaseAsset {
  id: number;
  name: string;
  label: string | null;
  content_type: string;
  data: Buffer;
  uploader: string;
  created_at: string;
  updated_at: string;
}

export interface Release {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  assets: ReleaseAsset[];
}

export const releaseHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/releases': listReleases,
  'POST /repos/{owner}/{repo}/releases': createRelease,
  'GET /repos/{owner}/{repo}/releases/tags/{tag}': getReleaseByTag,
  'PATCH /repos/{owner}/{repo}/releases/{release_id}': updateRelease,
  'POST /repos/{owner}/{repo}/releases/{release_id}/assets': uploadAsset,
  'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}': deleteAsset,
};

/** The published release of a tag (drafts have no tag yet, for GitHub's lookup by tag). */
export function publishedRelease(state: GitHubState, tag: string): Release | undefined {
  return state.releases.find((r) => !r.draft && r.tag_name === tag);
}

type ReleaseBody = Partial<
  Record<
    | 'tag_name'
    | 'target_commitish'
    | 'name'
    | 'body'
    | 'draft'
    | 'prerelease'
    | 'make_latest'
    | 'generate_release_notes'
    | 'discussion_category_name',
    unknown
  >
>;

const UPDATABLE = new Set(['name', 'body', 'prerelease', 'make_latest']);

function tooLong(ctx: HandlerContext, body: unknown): HandlerResult | null {
  if (typeof body !== 'string' || [...body].length <= MAX_RELEASE_BODY) return null;
  const message = `body is too long (maximum is ${MAX_RELEASE_BODY} characters)`;
  return validationFailed(ctx, { resource: 'Release', code: 'custom', field: 'body', message });
}

function createRelease(ctx: HandlerContext): HandlerResult {
  const { state, server } = ctx;
  const body = (ctx.body ?? {}) as ReleaseBody;
  for (const name of ['target_commitish', 'generate_release_notes', 'discussion_category_name'] as const) {
    if (body[name] !== undefined) throw new Error(`the fake does not implement '${name}'`);
  }
  if (typeof body.tag_name !== 'string') return invalidRequest(ctx, '"tag_name" is required.');
  const tag = body.tag_name;
  const draft = body.draft === true;
  if (!draft && publishedRelease(state, tag)) {
    return validationFailed(ctx, { resource: 'Release', code: 'already_exists', field: 'tag_name' });
  }
  if (!state.tags.has(tag) && !tagInGit(state.gitDir, tag)) {
    const message = `the fake creates no tag: '${tag}' is not in state.tags (GitHub would create it)`;
    return validationFailed(ctx, { resource: 'Release', code: 'custom', field: 'tag_name', message });
  }
  const refused = tooLong(ctx, body.body);
  if (refused) return refused;
  const now = timestamp();
  const release: Release = {
    id: nextId(
      state.releases.map((r) => r.id),
      FIRST_RELEASE_ID,
    ),
    tag_name: tag,
    target_commitish: state.defaultBranch,
    name: typeof body.name === 'string' ? body.name : null,
    body: typeof body.body === 'string' ? body.body : null,
    draft,
    prerelease: body.prerelease === true,
    author: server.login,
    created_at: now,
    published_at: draft ? null : now,
    updated_at: now,
    assets: [],
  };
  state.releases.push(release);
  markLatest(state, release, body.make_latest);
  const rendered = renderRelease(server, release);
  return { status: 201, body: rendered, headers: { location: String(rendered.url) } };
}

/** `make_latest` (default `'true'` for a published full release); `legacy` is not implemented. */
function markLatest(state: GitHubState, release: Release, makeLatest: unknown): void {
  if (makeLatest === 'legacy') throw new Error("the fake does not implement make_latest: 'legacy'");
  const wanted = makeLatest === undefined ? 'true' : makeLatest;
  if (wanted === 'true' && !release.draft && !release.prerelease) state.latestReleaseId = release.id;
}

function updateRelease(ctx: HandlerContext): HandlerResult {
  const { state, server } = ctx;
  const release = state.releases.find((r) => r.id === intParam(ctx, 'release_id'));
  if (!release) return notFound(ctx);
  const body = (ctx.body ?? {}) as ReleaseBody;
  const unsupported = Object.keys(body).filter((k) => !UPDATABLE.has(k));
  if (unsupported.length > 0)
    throw new Error(`the fake does not implement updating ${unsupported.join(', ')}`);
  const refused = tooLong(ctx, body.body);
  if (refused) return refused;
  if (typeof body.name === 'string') release.name = body.name;
  if (typeof body.body === 'string') release.body = body.body;
  if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease;
  if (body.make_latest !== undefined) markLatest(state, release, body.make_latest);
  release.updated_at = timestamp();
  return { status: 200, body: renderRelease(server, release) };
}

function getReleaseByTag(ctx: HandlerContext): HandlerResult {
  const release = publishedRelease(ctx.state, ctx.params.tag ?? '');
  return release ? { status: 200, body: renderRelease(ctx.server, release) } : notFound(ctx);
}

/** Newest first, as GitHub lists them (drafts included: the token can push). */
function listReleases(ctx: HandlerContext): HandlerResult {
  const releases = [...ctx.state.releases].sort(
    (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id,
  );
  return paginate(
    ctx,
    releases.map((r) => renderRelease(ctx.server, r)),
  );
}

/** The raw body is the file; its name comes in the query; a name the release has already is refused. */
function uploadAsset(ctx: HandlerContext): HandlerResult {
  const { state, server } = ctx;
  const release = state.releases.find((r) => r.id === intParam(ctx, 'release_id'));
  if (!release) return notFound(ctx);
  const name = ctx.query.name;
  const contentType = ctx.headers['content-type'];
  if (!name) return invalidRequest(ctx, '"name" is required.');
  if (!contentType) throw new Error('an asset upload without a Content-Type header (GitHub requires one)');
  if (release.assets.some((a) => a.name === name)) {
    return validationFailed(ctx, { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
  }
  const now = timestamp();
  const ids = state.releases.flatMap((r) => r.assets.map((a) => a.id));
  state.lastAssetId = nextId([state.lastAssetId, ...ids], FIRST_ASSET_ID);
  const asset: ReleaseAsset = {
    id: state.lastAssetId,
    name,
    label: ctx.query.label ?? null,
    content_type: contentType,
    data: Buffer.isBuffer(ctx.body) ? ctx.body : Buffer.alloc(0),
    uploader: server.login,
    created_at: now,
    updated_at: now,
  };
  release.assets.push(asset);
  return { status: 201, body: renderAsset(server, release, asset) };
}

function deleteAsset(ctx: HandlerContext): HandlerResult {
  const id = intParam(ctx, 'asset_id');
  const release = ctx.state.releases.find((r) => r.assets.some((a) => a.id === id));
  if (!release) return notFound(ctx);
  release.assets = release.assets.filter((a) => a.id !== id);
  return { status: 204 };
}

/** GitHub's `release`. */
export function renderRelease(server: GitHubServer, release: Release): Record<string, unknown> {
  const api = repoApiUrl(server);
  const url = `${api}/releases/${release.id}`;
  const tag = encodeURIComponent(release.tag_name);
  return {
    url,
    html_url: `${repoHtmlUrl(server)}/releases/tag/${tag}`,
    assets_url: `${url}/assets`,
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${tag}`,
    zipball_url: `${api}/zipball/${tag}`,
    id: release.id,
    node_id: nodeId('RE', release.id),
    tag_name: release.tag_name,
    target_commitish: release.target_commitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.created_at,
    published_at: release.published_at,
    updated_at: release.updated_at,
    author: simpleUser(server, release.author),
    assets: release.assets.map((a) => renderAsset(server, release, a)),
  };
}

/** GitHub's `release-asset`. */
function renderAsset(server: GitHubServer, release: Release, asset: ReleaseAsset): Record<string, unknown> {
  const download = `${repoHtmlUrl(server)}/releases/download/${encodeURIComponent(release.tag_name)}`;
  return {
    url: `${repoApiUrl(server)}/releases/assets/${asset.id}`,
    browser_download_url: `${download}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.content_type,
    size: asset.data.length,
    digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
    download_count: 0,
    created_at: asset.created_at,
    updated_at: asset.updated_at,
    uploader: simpleUser(server, asset.uploader),
  };
}

/** Whether the bare repository behind the fake has `refs/tags/<tag>` (what GitHub's own git has). */
function tagInGit(gitDir: string | null, tag: string): boolean {
  if (!gitDir) return false;
  try {
    execFileSync('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
    return true;
  } catch {
    return false;
  }
}
