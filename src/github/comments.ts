import type { Logger } from '../logger.js';
import type { GitHubClient, RepoRef } from './client.js';
import { COMMENT_PERMISSION, gitHubError } from './errors.js';
import { isAmbiguousFailure } from './retry.js';

export interface CommentSync {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** html_url of each part, in order. */
  urls: string[];
}

/** Where the comments go; `kind` only names it in messages (`PR #12`, `issue #3`). */
export type CommentTarget = RepoRef & { issue: number; kind?: 'pr' | 'issue' };

interface Ours {
  id: number;
  body: string;
  url: string;
}

type PartOf = (body: string) => number | null;

/**
 * Makes the marked comments on an issue or pull request equal `bodies`, in place: part N is
 * edited if it exists (and differs), created if not; parts beyond the new count and duplicates of
 * a part are deleted. `partOf` says which part a body is (null for comments that are not ours).
 * A create that may have happened (5xx, timeout, dropped connection) is checked by listing again
 * before it is sent once more: a part is never posted twice. Failures are GitHubApiErrors.
 */
export async function syncMarkedComments(
  gh: GitHubClient,
  where: CommentTarget,
  bodies: readonly string[],
  partOf: PartOf,
  logger: Logger,
): Promise<CommentSync> {
  const on = `${where.kind === 'issue' ? 'issue' : 'PR'} #${where.issue}`;
  const { ours, extra } = await markedComments(gh, where, bodies.length, partOf, on);
  const result: CommentSync = { created: 0, updated: 0, unchanged: 0, deleted: 0, urls: [] };
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i]!;
    const existing = ours.get(i + 1);
    if (existing && existing.body === body) {
      result.unchanged++;
      result.urls.push(existing.url);
    } else if (existing) {
      const r = await gh.rest.issues
        .updateComment({ owner: where.owner, repo: where.repo, comment_id: existing.id, body })
        .catch((e: unknown) => {
          throw gitHubError(e, `update comment ${existing.id} (part ${i + 1}) on ${on}`, COMMENT_PERMISSION);
        });
      result.updated++;
      result.urls.push(r.data.html_url);
    } else {
      result.urls.push(await createPart(gh, where, { part: i + 1, body, partOf, on }, logger));
      result.created++;
    }
  }
  for (const id of extra) {
    await gh.rest.issues
      .deleteComment({ owner: where.owner, repo: where.repo, comment_id: id })
      .catch((e) => {
        // Gone already: a retried DELETE whose first attempt GitHub performed.
        if ((e as { status?: number }).status === 404) return;
        throw gitHubError(e, `delete the surplus comment ${id} on ${on}`, COMMENT_PERMISSION);
      });
    result.deleted++;
  }
  logger.info(
    `comments on ${on}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.deleted} deleted`,
  );
  return result;
}

/** Our comments by part (the oldest of each), and the ids of duplicates and parts beyond `count`. */
async function markedComments(
  gh: GitHubClient,
  where: CommentTarget,
  count: number,
  partOf: PartOf,
  on: string,
): Promise<{ ours: Map<number, Ours>; extra: number[] }> {
  const all = await gh
    .paginate(gh.rest.issues.listComments, {
      owner: where.owner,
      repo: where.repo,
      issue_number: where.issue,
      per_page: 100,
    })
    .catch((e: unknown) => {
      throw gitHubError(e, `list the comments on ${on}`, COMMENT_PERMISSION);
    });
  const ours = new Map<number, Ours>();
  const extra: number[] = [];
  for (const c of [...all].sort((a, b) => a.id - b.id)) {
    const part = partOf(c.body ?? '');
    if (part === null || !trustedAuthor(c)) continue;
    if (ours.has(part) || part > count) extra.push(c.id);
    else ours.set(part, { id: c.id, body: c.body ?? '', url: c.html_url });
  }
  return { ours, extra };
}

/**
 * A marked comment is ours only when a bot (GITHUB_TOKEN, a GitHub App) or a member of the
 * repository wrote it: the marker alone is text anyone can post. A pull-request author's comment
 * starting with the marker is never edited, deleted or taken for the diff.
 */
function trustedAuthor(c: { user?: { type?: string } | null; author_association?: string }): boolean {
  return c.user?.type === 'Bot' || ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(c.author_association ?? '');
}

/**
 * Creates one part, at most twice: after a failure that may have created it, the comments are listed
 * again and a comment of that part found there is taken as the one created.
 */
async function createPart(
  gh: GitHubClient,
  where: CommentTarget,
  what: { part: number; body: string; partOf: PartOf; on: string },
  logger: Logger,
): Promise<string> {
  const action = `create comment part ${what.part} on ${what.on}`;
  let failure: unknown;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const r = await gh.rest.issues.createComment({
        owner: where.owner,
        repo: where.repo,
        issue_number: where.issue,
        body: what.body,
      });
      return r.data.html_url;
    } catch (e) {
      failure = e;
      if (!isAmbiguousFailure(e)) break;
      logger.warning(`${gitHubError(e, action).message}; looking for the comment before creating it again`);
      const { ours } = await markedComments(gh, where, what.part, what.partOf, what.on);
      const found = ours.get(what.part);
      if (found) return found.url;
    }
  }
  throw gitHubError(failure, action, COMMENT_PERMISSION);
}
