import { branchProblem } from '../git/refs.js';
import { NO_FACTS, type RepoFacts } from '../gitops/repo-context.js';
import { normalizeRepoURL } from '../gitops/repo-url.js';
import type { GitReader } from '../ports/git.js';

/** What readRepoFacts asks of git. */
export type FactsGit = Pick<GitReader, 'tryLocation' | 'tryRemoteHead' | 'tryBranchesNamed' | 'tryRemoteUrl'>;

const REMOTE = 'origin';

/**
 * What the repository at `git`'s directory says of itself: `origin/HEAD`, which of main/master exist, the origin
 * URL (credentials stripped). Only for the top of a repository: a directory inside another one (the
 * examples of a project) would otherwise take that project's facts. `eventDefaultBranch` is the
 * GitHub event's, read by the action.
 */
export async function readRepoFacts(git: FactsGit, eventDefaultBranch?: string | null): Promise<RepoFacts> {
  const event = eventDefaultBranch && !branchProblem(eventDefaultBranch) ? eventDefaultBranch : null;
  if ((await git.tryLocation()) !== 'top-level') return { ...NO_FACTS, eventDefaultBranch: event };
  const [originHead, mainOrMaster, url] = await Promise.all([
    git.tryRemoteHead(REMOTE),
    git.tryBranchesNamed(['main', 'master']),
    git.tryRemoteUrl(REMOTE),
  ]);
  return { originHead, eventDefaultBranch: event, mainOrMaster, originURL: remoteURL(url) };
}

/** A remote URL as a repoURL to compare with: normalized (no credentials), or null for a local path. */
function remoteURL(url: string | null): string | null {
  if (!url || url.startsWith('/') || url.startsWith('.') || /^file:/i.test(url)) return null;
  // Neither a query nor a fragment names a repository; either could carry a token.
  const normalized = normalizeRepoURL(url.replace(/[?#].*$/s, ''));
  return /^https:\/\/[^/]+\/./.test(normalized) ? normalized : null;
}
