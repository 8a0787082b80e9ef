import { ConfigurationError } from '../errors.js';
import { clip } from '../util/clip.js';
import { requireBranches } from './arguments.js';
import type { GitRun } from './exec.js';
import { branchProblem } from './refs.js';

/** What the repository's config and refs say of its remotes. */

/** Refuses a remote that is not configured in the repository (never an arbitrary URL or flag). */
export async function requireRemote(git: GitRun, remote: string): Promise<void> {
  const r = await git.exec(['remote'], { allowFailure: true });
  const remotes = r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!remotes.includes(remote))
    throw new ConfigurationError(
      `"${clip(remote)}" is not a git remote of ${git.dir} (remotes: ${remotes.join(', ') || 'none'})`,
    );
}

/**
 * The branch a remote's HEAD names (`refs/remotes/<remote>/HEAD`, which `git clone` and
 * `git remote set-head` write), or null when there is none or it is not a branch name.
 */
export async function tryRemoteHead(git: GitRun, remote: string): Promise<string | null> {
  requireBranches([remote]);
  const r = await git.exec(['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`], {
    allowFailure: true,
  });
  const prefix = `refs/remotes/${remote}/`;
  const target = r.stdout.trim();
  if (r.exitCode !== 0 || !target.startsWith(prefix)) return null;
  const branch = target.slice(prefix.length);
  return branchProblem(branch) ? null : branch;
}

/**
 * Which of `names` exist as a local branch or a remote-tracking branch of any remote
 * (`refs/heads/<n>`, `refs/remotes/<remote>/<n>`), each once, in the order given.
 */
export async function tryBranchesNamed(git: GitRun, names: readonly string[]): Promise<string[]> {
  requireBranches(names);
  const patterns = names.flatMap((n) => [`refs/heads/${n}`, `refs/remotes/*/${n}`]);
  const r = await git.exec(['for-each-ref', '--format=%(refname)', '--', ...patterns], {
    allowFailure: true,
  });
  if (r.exitCode !== 0) return [];
  const refs = r.stdout.split('\n').filter(Boolean);
  return names.filter((n) =>
    refs.some((ref) => ref === `refs/heads/${n}` || /^refs\/remotes\/[^/]+\/(.+)$/.exec(ref)?.[1] === n),
  );
}

/**
 * The URL configured for a remote (`remote.<name>.url`, as written: no `insteadOf` rewriting), or
 * null. It may carry credentials: callers strip them before the URL goes anywhere.
 */
export async function tryRemoteUrl(git: GitRun, remote: string): Promise<string | null> {
  requireBranches([remote]);
  const r = await git.exec(['config', '--get', '--', `remote.${remote}.url`], { allowFailure: true });
  const url = r.stdout.trim();
  return r.exitCode === 0 && url ? url : null;
}
