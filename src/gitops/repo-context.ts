import type { Config } from './config.js';

/** What git and the platform say about the repository, gathered by the command (commands/repo-facts.ts). */
export interface RepoFacts {
  /** The branch `refs/remotes/origin/HEAD` names (written by `git clone`, `git remote set-head`). */
  originHead: string | null;
  /** The default branch the GitHub event names (`repository.default_branch`); actions only. */
  eventDefaultBranch: string | null;
  /** Which of `main` and `master` exist as a local or remote-tracking branch. */
  mainOrMaster: string[];
  /** `remote.origin.url`, normalized (credentials, scheme and `.git` dropped), or null. */
  originURL: string | null;
}

export const NO_FACTS: RepoFacts = {
  originHead: null,
  eventDefaultBranch: null,
  mainOrMaster: [],
  originURL: null,
};

export type DefaultBranchSource = 'config' | 'origin-head' | 'event' | 'main-or-master' | 'unknown';

/** The branch a targetRevision of `HEAD` tracks, and what said so; `name` is null when nothing did. */
export interface DefaultBranch {
  name: string | null;
  source: DefaultBranchSource;
}

/** What topology discovery takes from outside the tree. */
export interface RepoContext {
  defaultBranch: DefaultBranch;
  originURL: string | null;
}

/**
 * The default branch, first found of: the config's `defaultBranch`, `origin/HEAD`, the GitHub event's
 * `repository.default_branch`, the only one of `main`/`master` there is. Never assumed.
 */
export function resolveDefaultBranch(config: Pick<Config, 'defaultBranch'>, facts: RepoFacts): DefaultBranch {
  if (config.defaultBranch) return { name: config.defaultBranch, source: 'config' };
  if (facts.originHead) return { name: facts.originHead, source: 'origin-head' };
  if (facts.eventDefaultBranch) return { name: facts.eventDefaultBranch, source: 'event' };
  if (facts.mainOrMaster.length === 1) return { name: facts.mainOrMaster[0]!, source: 'main-or-master' };
  return { name: null, source: 'unknown' };
}

export function repoContext(config: Pick<Config, 'defaultBranch'>, facts: RepoFacts): RepoContext {
  return { defaultBranch: resolveDefaultBranch(config, facts), originURL: facts.originURL };
}
