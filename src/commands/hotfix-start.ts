import { ConfigurationError } from '../errors.js';
import { branch as branchRef, branchProblem } from '../git/refs.js';
import { loadConfig } from '../gitops/config.js';
import { branchGlob } from '../hotfix/branch-glob.js';
import type { Logger } from '../logger.js';
import type { GitPort } from '../ports/git.js';
import { shortSha } from '../util/short-sha.js';

export interface HotfixStartOptions {
  repoDir: string;
  remote: string;
  /** `x` → the branch `hotfix/x` (the `*` of hotfix.branches). */
  name: string;
  dryRun: boolean;
  configFile?: string;
  git: GitPort;
  logger: Logger;
}

/** created (pushed, leased absent); already (it exists at stable); would-create (dry run); refused (it exists elsewhere). */
export interface HotfixStartResult {
  state: 'created' | 'already' | 'would-create' | 'refused';
  branch: string;
  /** The commit of the first wave's tag (stable) it starts at. */
  sha: string;
  message: string;
}

/**
 * `hotfix start --name x`: creates the hotfix branch at what production runs (the first release
 * wave's tag on the remote), with a lease that it must not exist: never moved if it does.
 */
export async function hotfixStart(options: HotfixStartOptions): Promise<HotfixStartResult> {
  const config = loadConfig(options.repoDir, options.configFile);
  const branch = hotfixBranchName(config.hotfix.branches, options.name);
  const { git, remote } = options;
  await git.requireTopLevel();
  const stableTag = config.release.waves[0]!.tag;
  if (!(await git.listRemoteTags(remote)).some((t) => t.name === stableTag))
    throw new ConfigurationError(`${stableTag} does not exist on ${remote}: there is no release to fix`);
  await git.fetchRefs(remote, [{ kind: 'tag', name: stableTag }]);
  // The commit the tag peels to (revParse peels), as fetched from the remote just now.
  const sha = await git.revParse(`refs/tags/${stableTag}`);
  const existing = await git.remoteBranch(remote, branch);
  if (existing === sha)
    return {
      state: 'already',
      branch,
      sha,
      message: `${branch} is at ${stableTag} (${shortSha(sha)}) already`,
    };
  if (existing) {
    return {
      state: 'refused',
      branch,
      sha,
      message: `${branch} exists at ${shortSha(existing)}, not at ${stableTag} (${shortSha(sha)}): it is not moved; pick another name`,
    };
  }
  const at = `${branch} at ${stableTag} (${shortSha(sha)})`;
  if (options.dryRun) return { state: 'would-create', branch, sha, message: `dry run: would create ${at}` };
  const push = await git.tryPushRefs(remote, [{ ref: branchRef(branch), sha, expected: null }]);
  if (!push.pushed) {
    const why = push.leaseLost ? 'someone created it meanwhile' : push.reason;
    return { state: 'refused', branch, sha, message: `${remote} refused to create ${branch}: ${why}` };
  }
  return { state: 'created', branch, sha, message: `created ${at}` };
}

/** `hotfix/*` and `x` → `hotfix/x`, a valid branch name that matches the pattern. */
export function hotfixBranchName(pattern: string, name: string): string {
  if (!pattern.includes('*'))
    throw new ConfigurationError(`hotfix.branches ${pattern} has no * for the name`);
  // A function: a `$` in the name is the name's, never a replacement pattern.
  const branch = pattern.replace('*', () => name);
  const problem = branchProblem(branch);
  if (problem || name.includes('/') || !branchGlob(pattern).test(branch)) {
    throw new ConfigurationError(
      `--name ${JSON.stringify(name.slice(0, 80))}: ${problem ?? `not a name for ${pattern}`}`,
    );
  }
  return branch;
}
