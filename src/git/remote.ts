import { ConfigurationError } from '../errors.js';
import type { RefUpdate, RemoteTag } from '../ports/git.js';
import { requireBranches, requireRefs, requireSha } from './arguments.js';
import { firstLine, type GitRun } from './exec.js';
import { readPushResult, type PushOutcome } from './push-result.js';
import { fullRef, tagProblem, type QualifiedRef } from './refs.js';
import { requireRemote } from './remote-config.js';
import { commitsAmong } from './resolve.js';

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
 * Every tag of a remote (`ls-remote --tags`): the object its ref points at, and the commit that
 * peels to when this repository has it as a commit (ls-remote does not say an object's type).
 */
export async function listRemoteTags(git: GitRun, remote: string): Promise<RemoteTag[]> {
  await requireRemote(git, remote);
  const r = await git.exec(['ls-remote', '--tags', '--', remote], { allowFailure: true });
  if (r.exitCode !== 0)
    throw new ConfigurationError(
      `cannot list the tags of ${remote}: ${firstLine(r.stderr) || `git ls-remote exit ${r.exitCode}`}`,
    );
  const listed = readTagListing(r.stdout);
  const commits = await commitsAmong(
    git,
    listed.map((t) => t.peeled),
  );
  return listed.map(({ name, object, peeled }) => ({
    name,
    object,
    commit: commits.has(peeled) ? peeled : null,
  }));
}

/**
 * The tags of `ls-remote --tags` output (`<oid>\trefs/tags/<name>`, and `<oid>\trefs/tags/<name>^{}`
 * for what an annotated tag peels to), in the order listed; a name git refuses as a tag (a flag,
 * a space, `..`) and a peeled line without its tag are left out.
 */
export function readTagListing(stdout: string): { name: string; object: string; peeled: string }[] {
  const tags = new Map<string, { object?: string; peeled?: string }>();
  for (const line of stdout.split('\n')) {
    const m = /^([0-9a-f]{40}(?:[0-9a-f]{24})?)\trefs\/tags\/(.+)$/.exec(line);
    if (!m) continue;
    const isPeeled = m[2]!.endsWith('^{}');
    const name = isPeeled ? m[2]!.slice(0, -'^{}'.length) : m[2]!;
    if (tagProblem(name)) continue;
    const entry = tags.get(name) ?? {};
    entry[isPeeled ? 'peeled' : 'object'] = m[1]!;
    tags.set(name, entry);
  }
  return [...tags].flatMap(([name, { object, peeled }]) =>
    object ? [{ name, object, peeled: peeled ?? object }] : [],
  );
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
