import { ConfigurationError } from '../errors.js';
import { tag } from '../git/refs.js';
import { loadConfig } from '../gitops/config.js';
import { branchGlob } from '../hotfix/branch-glob.js';
import type { GitPort } from '../ports/git.js';
import type { GitHubEvent } from './event.js';

/**
 * A hotfix pull request (its head branch matches `hotfix.branches`) is released over `stable`, not
 * merged into its base branch: its diff compares with what production runs, the commit of the first
 * release wave's tag. Null for any other pull request.
 */
export async function hotfixBase(
  event: GitHubEvent,
  repoDir: string,
  configFile: string | undefined,
  git: GitPort,
): Promise<{ base: string; note: string } | null> {
  const headRef = event.pull_request?.head.ref;
  if (typeof headRef !== 'string') return null;
  const config = loadConfig(repoDir, configFile);
  if (!branchGlob(config.hotfix.branches).test(headRef)) return null;
  const stable = config.release.waves[0]!.tag;
  // The remote's stable now (a local tag may be old); the checkout's, when it cannot be fetched.
  await git.fetchRefs('origin', [tag(stable)]).catch(() => undefined);
  const base = await git.tryRevParse(`refs/tags/${stable}`);
  if (!base) {
    throw new ConfigurationError(
      `a hotfix pull request is compared with ${stable}, which this checkout does not have: check out with fetch-depth: 0 (tags included)`,
    );
  }
  return {
    base,
    note: `A hotfix pull request (${headRef}): compared with ${stable} (${base.slice(0, 7)}), what production runs, not with its base branch.`,
  };
}
