import { ConfigurationError } from '../errors.js';
import type { GitReader } from '../ports/git.js';

/** The commit a ref of the diff names; a missing one is the user's to fix (a shallow clone says so). */
export async function resolveRef(
  git: Pick<GitReader, 'dir' | 'tryRevParse' | 'isRepository' | 'isShallow'>,
  ref: string,
): Promise<string> {
  const sha = await git.tryRevParse(ref);
  if (sha) return sha;
  if (!(await git.isRepository())) throw new ConfigurationError(`${git.dir} is not a git repository`);
  if (await git.isShallow())
    throw new ConfigurationError(
      `git ref "${ref}" is not in ${git.dir}, a shallow clone: check out with fetch-depth: 0 (actions/checkout) so both refs are there`,
    );
  throw new ConfigurationError(
    `git ref "${ref}" is not in ${git.dir} (in a workflow, check out with fetch-depth: 0 so both refs are there)`,
  );
}
