import { ConfigurationError } from '../errors.js';
import type { RefUpdate } from '../ports/git.js';
import { requireBranches, requireRefs, requireSha } from './arguments.js';
import { firstLine, type GitRun } from './exec.js';
import { readPushResult, type PushOutcome } from './push-result.js';
import { fullRef, type QualifiedRef } from './refs.js';
import { requireRemote } from './remote-config.js';

/** Talking to a remote: fetches, what its refs are now, leased pushes (never a plain force). */

/** Fetches branches from a remote into its remote-tracking refs (`refs/remotes/<remote>/<b>`). */
export async function fetch(git: GitRun, remote: string, branches: readonly string[]): Promise<void> {
  await requireRemote(git, remote);
  requireBranches(branches);
  const specs = branches.map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
  const r = await git.exec(['fetch', '--quiet', '--no-tags', '--end-of-options', remote, ...specs], {
    allowFailure: true,
  });
  if (r.exitCode !== 0) {
    // An unknown remote, a branch it does not have, no access: the user's to fix.
    throw new ConfigurationError(
      `cannot fetch ${branches.join(', ')} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`,
    );
  }
}

/**
 * Fetches branches into their remote-tracking refs and tags into `refs/tags/<t>` (a tag that moved
 * on the remote, such as `stable`, replaces the local one).
 */
export async function fetchRefs(git: GitRun, remote: string, refs: readonly QualifiedRef[]): Promise<void> {
  await requireRemote(git, remote);
  requireRefs(refs);
  const specs = refs.map((r) =>
    r.kind === 'branch'
      ? `+refs/heads/${r.name}:refs/remotes/${remote}/${r.name}`
      : `+${fullRef(r)}:${fullRef(r)}`,
  );
  const r = await git.exec(['fetch', '--quiet', '--no-tags', '--end-of-options', remote, ...specs], {
    allowFailure: true,
  });
  if (r.exitCode !== 0) {
    const names = refs.map((x) => x.name).join(', ');
    throw new ConfigurationError(
      `cannot fetch ${names} from ${remote}: ${firstLine(r.stderr) || `git fetch exit ${r.exitCode}`}`,
    );
  }
}

/**
 * Moves every ref of `updates` or none (`git push --atomic`), each with its own lease
 * (`--force-with-lease=<ref>:<expected>`, empty for a ref that must not exist yet): one lost lease
 * or refused ref fails the whole push. Branches and tags alike; never a plain force.
 */
export async function tryPushRefs(
  git: GitRun,
  remote: string,
  updates: readonly RefUpdate[],
): Promise<PushOutcome> {
  await requireRemote(git, remote);
  if (updates.length === 0) throw new Error('tryPushRefs needs at least one ref');
  requireRefs(updates.map((u) => u.ref));
  for (const u of updates) {
    requireSha(u.sha);
    if (u.expected !== null) requireSha(u.expected);
  }
  const leases = updates.map((u) => `--force-with-lease=${fullRef(u.ref)}:${u.expected ?? ''}`);
  const specs = updates.map((u) => `${u.sha}:${fullRef(u.ref)}`);
  const atomic = updates.length > 1 ? ['--atomic'] : [];
  const r = await git.exec(['push', '--porcelain', ...atomic, ...leases, '--', remote, ...specs], {
    allowFailure: true,
  });
  if (r.exitCode === 0) return { pushed: true };
  const failed = readPushResult(r.stdout, r.stderr);
  if (failed) return failed;
  throw new ConfigurationError(
    `cannot push to ${remote}: ${firstLine(r.stderr) || `git push exit ${r.exitCode}`}`,
  );
}

/** The object a remote ref is at now (`ls-remote --refs`: a tag's own object, not the commit), or null. */
export async function remoteRef(git: GitRun, remote: string, ref: QualifiedRef): Promise<string | null> {
  await requireRemote(git, remote);
  requireRefs([ref]);
  const r = await git.exec(['ls-remote', '--refs', '--', remote, fullRef(ref)]);
  const line = r.stdout.split('\n').find((l) => l.endsWith(`\t${fullRef(ref)}`));
  return line?.split('\t')[0]?.trim() || null;
}

/** The sha a remote branch has now (ls-remote), or null when it does not exist. */
export async function remoteBranch(git: GitRun, remote: string, branch: string): Promise<string | null> {
  await requireRemote(git, remote);
  requireBranches([branch]);
  const r = await git.exec(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`]);
  return r.stdout.split('\t')[0]?.trim() || null;
}

/**
 * Pushes `sha` to `refs/heads/<branch>` only if the remote branch is still at `expected`
 * (compare-and-swap; git's `--force-with-lease`): `leaseLost` when it moved, the remote's reason
 * when the remote refused the update (branch protection, a hook).
 */
export async function tryPushWithLease(
  git: GitRun,
  remote: string,
  branch: string,
  sha: string,
  expected: string,
): Promise<PushOutcome> {
  await requireRemote(git, remote);
  requireBranches([branch]);
  requireSha(sha);
  requireSha(expected);
  return tryPushRefs(git, remote, [{ ref: { kind: 'branch', name: branch }, sha, expected }]);
}
