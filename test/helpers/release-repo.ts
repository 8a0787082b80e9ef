import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { release, type ReleaseOptions, type ReleaseOutput } from '../../src/commands/release.js';
import { createGit } from '../../src/git/git.js';
import { createGitHubClient } from '../../src/github/client.js';
import { gitHubPort } from '../../src/github/port.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { GitBackedRefs } from './github-handlers.js';
import { startGitHubServer, type GitHubServer } from './github-server.js';
import { git } from './git.js';
import { testHelm } from './helm.js';
import { RecordingLogger } from './logger.js';
import { promoteRepo, type PromoteRepo } from './promote-repo.js';

/**
 * A bare `origin` holding examples/gitops-repo on `dev` and `staging`, a working clone, and what a
 * release test asks of the origin: its tags (object and peeled commit), every commit reachable
 * from any ref, and a pre-receive hook standing in for a tag ruleset.
 */
export interface ReleaseRepo extends PromoteRepo {
  /** The commit `refs/tags/<name>` peels to on the origin, or null. */
  tagCommit(name: string): string | null;
  /** Every tag of the origin: name → object id. */
  tags(): Record<string, string>;
  /** Every commit reachable from any ref of the origin. */
  reachable(): Set<string>;
  /** Moves `refs/tags/<name>` on the origin to `sha` from another clone (a racing release). */
  forceTag(name: string, sha: string): void;
  /** A pre-receive hook that refuses every ref matching `pattern` (a regexp) with `message`. */
  refuseRefs(pattern: string, message: string): void;
}

export function releaseRepo(): ReleaseRepo {
  const r = promoteRepo();
  const bare = (...args: string[]) => git(path.dirname(r.origin), r.env, '--git-dir', r.origin, ...args);
  return {
    ...r,
    tagCommit(name) {
      try {
        return bare('rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`) || null;
      } catch {
        return null;
      }
    },
    tags() {
      const out = bare('for-each-ref', '--format=%(refname:strip=2) %(objectname)', 'refs/tags');
      return Object.fromEntries(
        out
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ') as [string, string]),
      );
    },
    reachable() {
      return new Set(bare('rev-list', '--all').split('\n').filter(Boolean));
    },
    forceTag(name, sha) {
      bare('update-ref', `refs/tags/${name}`, sha);
    },
    refuseRefs(pattern, message) {
      const hook = path.join(r.origin, 'hooks', 'pre-receive');
      writeFileSync(
        hook,
        `#!/bin/sh\nwhile read old new ref; do\n  if echo "$ref" | grep -Eq '${pattern}'; then\n    echo "${message}" >&2\n    exit 1\n  fi\ndone\nexit 0\n`,
      );
      chmodSync(hook, 0o755);
    },
  };
}

/** release in `r.work`: no GitHub, no Argo CD, no verification, unless `options` say otherwise. */
export function runRelease(r: ReleaseRepo, options: Partial<ReleaseOptions> = {}): Promise<ReleaseOutput> {
  return release({
    repoDir: r.work.dir,
    remote: 'origin',
    bump: 'patch',
    dryRun: false,
    actor: 'release-bot',
    verify: null,
    helm: testHelm(),
    logger: new RecordingLogger(),
    git: createGit(r.work.dir, r.env),
    github: null,
    argocd: null,
    ...options,
  });
}

/** Runs `step` and checks that no commit reachable from the origin's refs before it became unreachable. */
export async function keepsEveryCommit<T>(r: ReleaseRepo, step: () => Promise<T>): Promise<T> {
  const before = r.reachable();
  const out = await step();
  const after = r.reachable();
  expect([...before].filter((c) => !after.has(c))).toEqual([]);
  return out;
}

/**
 * The local GitHub server as the origin's GitHub: its tags and branches are the bare origin's (a
 * tag or branch a command pushes exists for the API at once), and the port a command uses on it.
 */
export async function originGitHub(repo: ReleaseRepo): Promise<{ server: GitHubServer; github: GitHubPort }> {
  const server = await startGitHubServer();
  server.state.gitDir = repo.origin;
  server.state.refs = new GitBackedRefs(repo.origin);
  const client = createGitHubClient(server.token, server.url, new RecordingLogger());
  return { server, github: gitHubPort(client, { owner: server.owner, repo: server.repo }) };
}
