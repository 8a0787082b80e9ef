/**
 * The fake GitHub's git references. The fake owns no git: branches and tags are `state.refs` and
 * `state.tags` (name → sha), which tests set; any full 40-hex sha counts as an existing commit.
 */
import type { GitHubState, Handler, HandlerContext, HandlerResult } from './github-handlers.js';
import { notFound, repoApiUrl } from './github-handlers.js';
import { FULL_SHA, nodeId } from './github-objects.js';

export const refHandlers: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
};

/**
 * The commit a `{ref}` parameter names, as GitHub resolves it: a branch, a tag (bare, `heads/…`, `tags/…` or
 * `refs/…`) or a full sha. Undefined for anything else, which GitHub answers with an error.
 */
export function resolveCommit(state: GitHubState, ref: string): string | undefined {
  const name = ref.replace(/^refs\//, '');
  if (name.startsWith('heads/') && state.refs.has(name.slice('heads/'.length))) {
    return state.refs.get(name.slice('heads/'.length));
  }
  if (name.startsWith('tags/') && state.tags.has(name.slice('tags/'.length))) {
    return state.tags.get(name.slice('tags/'.length));
  }
  const named = state.refs.get(name) ?? state.tags.get(name);
  if (named !== undefined) return named;
  return FULL_SHA.test(name) ? name.toLowerCase() : undefined;
}

/** `GET git/ref/heads/staging` or `git/ref/tags/stable`: an exact ref (no prefix matching, unlike git). */
function getRef(ctx: HandlerContext): HandlerResult {
  const ref = ctx.params.ref ?? '';
  const [kind, ...rest] = ref.split('/');
  const name = rest.join('/');
  const sha =
    kind === 'heads' ? ctx.state.refs.get(name) : kind === 'tags' ? ctx.state.tags.get(name) : undefined;
  if (sha === undefined || name === '') return notFound(ctx);
  const api = repoApiUrl(ctx.server);
  const body = {
    ref: `refs/${ref}`,
    node_id: nodeId('REF', `${ctx.server.repo}:refs/${ref}`),
    url: `${api}/git/refs/${ref}`,
    // Lightweight tags: a tag points at its commit, as a branch does.
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
  return { status: 200, body };
}
