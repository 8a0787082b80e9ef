import { ConfigurationError } from '../errors.js';

/**
 * The oldest git with everything the commands use: `merge-tree --write-tree` (2.38) is the newest of
 * them; `--end-of-options` (2.24), `push --atomic` (2.4) and `--force-with-lease=<ref>:<expect>` (1.8.5)
 * are older.
 */
export const MIN_GIT_VERSION = [2, 38] as const;

/** The error for the output of `git version` when that git is older than MIN_GIT_VERSION, else null. */
export function gitVersionProblem(versionOutput: string): ConfigurationError | null {
  const m = /git version (\d+)\.(\d+)/.exec(versionOutput);
  if (!m) return null;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major > MIN_GIT_VERSION[0] || (major === MIN_GIT_VERSION[0] && minor >= MIN_GIT_VERSION[1]))
    return null;
  return new ConfigurationError(
    `${versionOutput.trim()} is too old: gitops-promotion needs git ${MIN_GIT_VERSION.join('.')} or newer (merge-tree --write-tree)`,
  );
}
