import type { Logger } from '../logger.js';
import type { GitHubClient, RepoRef } from './client.js';

export interface CommentSync {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** html_url of each part, in order. */
  urls: string[];
}

/**
 * Makes the marked comments on an issue or pull request equal `bodies`, in place: part N is
 * edited if it exists (and differs), created if not; parts beyond the new count and duplicates of
 * a part are deleted. `partOf` says which part a body is (null for comments that are not ours).
 */
export async function syncMarkedComments(
  gh: GitHubClient,
  where: RepoRef & { issue: number },
  bodies: readonly string[],
  partOf: (body: string) => number | null,
  logger: Logger,
): Promise<CommentSync> {
  const all = await gh.paginate(gh.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issue,
    per_page: 100,
  });
  const ours = new Map<number, { id: number; body: string; url: string }>();
  const extra: number[] = [];
  for (const c of [...all].sort((a, b) => a.id - b.id)) {
    const part = partOf(c.body ?? '');
    if (part === null) continue;
    if (ours.has(part) || part > bodies.length) extra.push(c.id);
    else ours.set(part, { id: c.id, body: c.body ?? '', url: c.html_url });
  }
  const result: CommentSync = { created: 0, updated: 0, unchanged: 0, deleted: 0, urls: [] };
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i]!;
    const existing = ours.get(i + 1);
    if (existing && existing.body === body) {
      result.unchanged++;
      result.urls.push(existing.url);
    } else if (existing) {
      const r = await gh.rest.issues.updateComment({
        owner: where.owner,
        repo: where.repo,
        comment_id: existing.id,
        body,
      });
      result.updated++;
      result.urls.push(r.data.html_url);
    } else {
      const r = await gh.rest.issues.createComment({
        owner: where.owner,
        repo: where.repo,
        issue_number: where.issue,
        body,
      });
      result.created++;
      result.urls.push(r.data.html_url);
    }
  }
  for (const id of extra) {
    await gh.rest.issues.deleteComment({ owner: where.owner, repo: where.repo, comment_id: id });
    result.deleted++;
  }
  logger.info(
    `comments on #${where.issue}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.deleted} deleted`,
  );
  return result;
}
