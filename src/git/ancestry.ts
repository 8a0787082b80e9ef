import type { CommitInfo } from '../ports/git.js';
import { requireRevisions } from './arguments.js';
import type { GitRun } from './exec.js';

/** How commits relate: common ancestors, ancestry, the commits of a range. */

/** The best common ancestor of two commits, or null when they share no history. */
export async function mergeBase(git: GitRun, a: string, b: string): Promise<string | null> {
  requireRevisions(a, b);
  const r = await git.exec(['merge-base', '--end-of-options', a, b], { allowFailure: true });
  if (r.exitCode > 1) throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
  return r.exitCode === 0 ? r.stdout.trim() : null;
}

export async function isAncestor(git: GitRun, ancestor: string, descendant: string): Promise<boolean> {
  requireRevisions(ancestor, descendant);
  const r = await git.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
  if (r.exitCode > 1) throw new Error(`git merge-base failed: ${r.stderr.trim()}`);
  return r.exitCode === 0;
}

/** Whether `ancestor` is `descendant` or one of its ancestors; false also when either is not in the repository. */
export async function tryIsAncestor(git: GitRun, ancestor: string, descendant: string): Promise<boolean> {
  requireRevisions(ancestor, descendant);
  const r = await git.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
  return r.exitCode === 0;
}

/** Commits in `range` (e.g. `a..b`), oldest first: sha, author, ISO date, subject. */
export async function log(git: GitRun, range: string): Promise<CommitInfo[]> {
  requireRevisions(...range.split(/\.\.\.?/));
  const r = await git.exec(['log', '--reverse', LOG_FORMAT, '--end-of-options', range]);
  return commitLines(r.stdout);
}

const LOG_FORMAT = '--format=%H%x1f%an%x1f%cI%x1f%s';

/**
 * `git log --no-merges --cherry-pick --right-only target...source`: what `source` has that `target`
 * lacks, by change rather than by commit id (a cherry-picked fix counts as there).
 */
export async function unmergedChanges(git: GitRun, target: string, source: string): Promise<CommitInfo[]> {
  requireRevisions(target, source);
  const r = await git.exec([
    'log',
    '--reverse',
    '--no-merges',
    '--cherry-pick',
    '--right-only',
    LOG_FORMAT,
    '--end-of-options',
    `${target}...${source}`,
  ]);
  return commitLines(r.stdout);
}

function commitLines(stdout: string): CommitInfo[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, author, date, subject] = line.split('\x1f') as [string, string, string, string];
      return { sha, author, date, subject };
    });
}

/** The id of a commit's tree. */
export async function treeOf(git: GitRun, commit: string): Promise<string> {
  requireRevisions(commit);
  const r = await git.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${commit}^{tree}`]);
  return r.stdout.trim();
}

/** The committer date of a commit (ISO 8601). */
export async function commitDate(git: GitRun, sha: string): Promise<string> {
  requireRevisions(sha);
  return (await git.exec(['show', '-s', '--format=%cI', '--end-of-options', sha])).stdout.trim();
}
