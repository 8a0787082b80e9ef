import { ConfigurationError } from '../errors.js';
import { clip } from '../util/clip.js';
import { settleAll } from '../util/concurrency.js';
import { requireRevisions, requireSha } from './arguments.js';
import type { GitRun } from './exec.js';
import { isFullSha, revisionBase } from './refs.js';

/**
 * The commit a ref names, or null when there is none. A name that is not a ref or a sha is a
 * ConfigurationError (never an argument), and so is a name both a branch and a tag have.
 */
export async function tryRevParse(git: GitRun, ref: string): Promise<string | null> {
  requireRevisions(ref);
  // Both read-only, at once: an ambiguous name is refused whatever rev-parse found.
  const [, r] = await settleAll([
    refuseAmbiguous(git, ref),
    git.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      allowFailure: true,
    }),
  ]);
  return r.exitCode === 0 ? r.stdout.trim() : null;
}

export async function revParse(git: GitRun, ref: string): Promise<string> {
  const sha = await tryRevParse(git, ref);
  if (!sha) throw new ConfigurationError(`git ref "${clip(ref)}" does not name a commit in ${git.dir}`);
  return sha;
}

/** A short name that is both a branch and a tag (or a remote-tracking branch) is refused, naming both. */
async function refuseAmbiguous(git: GitRun, ref: string): Promise<void> {
  const name = revisionBase(ref);
  if (name === 'HEAD' || name.startsWith('refs/') || isFullSha(name)) return;
  const candidates = [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`];
  const r = await git.exec(['for-each-ref', '--format=%(refname)', '--', ...candidates], {
    allowFailure: true,
  });
  const found = r.stdout.split('\n').filter((l) => candidates.includes(l));
  if (found.length > 1)
    throw new ConfigurationError(
      `git ref "${clip(ref)}" is ambiguous: ${found.join(' and ')} both exist; give the full ref name`,
    );
}

/** Which of `oids` (full object ids) are commits in this repository (`cat-file --batch-check`). */
export async function commitsAmong(git: GitRun, oids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(oids)];
  if (unique.length === 0) return new Set();
  unique.forEach(requireSha);
  const r = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: Buffer.from(unique.map((oid) => `${oid}\n`).join('')),
  });
  const commits = r.stdout
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([oid, type]) => type === 'commit' && unique.includes(oid!));
  return new Set(commits.map(([oid]) => oid!));
}
