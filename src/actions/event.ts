import { readFileSync } from 'node:fs';

/** The fields of the GitHub event payload (`GITHUB_EVENT_PATH`) the actions read. */
export interface GitHubEvent {
  number?: number;
  pull_request?: { number: number; base: { sha: string }; head: { sha: string; ref?: unknown } };
  repository?: { default_branch?: unknown };
}

/** The event payload of the run, or `{}` outside a workflow or when it cannot be read. */
export function readEvent(env: NodeJS.ProcessEnv): GitHubEvent {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
    return event && typeof event === 'object' ? (event as GitHubEvent) : {};
  } catch {
    return {};
  }
}

/**
 * The repository's default branch as GitHub names it (`repository.default_branch`, in every event
 * about a repository): actions/checkout creates no `origin/HEAD`, so this is how an action knows it.
 */
export function eventDefaultBranch(event: GitHubEvent): string | undefined {
  const branch = event.repository?.default_branch;
  return typeof branch === 'string' && branch ? branch : undefined;
}
