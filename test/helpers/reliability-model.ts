import type { GitPort } from '../../src/ports/git.js';

/**
 * What the reliability properties run against: an origin (a real bare repository, or the in-memory
 * FakeGit's remote), the clone the commands run in (its GitPort), and a second clone racing them.
 */
export interface World {
  readonly name: string;
  /** The commands' repoDir: where the config is read. */
  readonly repoDir: string;
  /** Back to the first state: dev and staging at the first commit, no tag, no other branch. */
  reset(): void;
  /** A commit landing on `branch` of the origin (empty, or one that changes the file merges conflict on). */
  commit(branch: string, touchShared: boolean): string;
  /** The origin's refs and the commit graph reachable from them. */
  snapshot(): Snapshot;
  /** The second clone pushes one new commit on top of `branch` (a fast-forward); the new sha. */
  racePushCommit(branch: string): string;
  /**
   * The second clone points tag `name` (moved, or created) at the commit of `base` (a ref of the
   * origin), or with `fresh` at a new commit of its own on top of it, which it also pushes to the
   * branch `racerBranch(sha)` (a release by hand from a branch); the commit.
   */
  raceTag(name: string, base: string, fresh: boolean): string;
  /** The origin refuses pushes of refs matching `pattern` (a pre-receive hook), until `allowPushes`. */
  refuseRefs(pattern: RegExp): void;
  allowPushes(): void;
  /** The work clone's git. */
  port(): GitPort;
  /** The origin's refs now, to go back to (objects are kept: a run from there makes the same ones again). */
  save(): SavedRefs;
  /** The origin's refs as saved; the work clone forgets what it fetched (a re-run is a fresh checkout). */
  restore(saved: SavedRefs): void;
}

/** Ref → object, as `save()` found them. */
export type SavedRefs = ReadonlyMap<string, string>;

export interface Snapshot {
  /** Full ref name → the object it points at (a tag's own object for an annotated tag). */
  refs: Map<string, string>;
  /** Ref → the commit it peels to. */
  commits: Map<string, string>;
  /** Every commit reachable from a ref → its parents. */
  parents: Map<string, string[]>;
}

export const WAVES = ['stable', 'stable-late'] as const;
export const VERSION_REF = /^refs\/tags\/stable-v\d+\.\d+\.\d+$/;
export const TARGETS = ['staging', 'dev'] as const;

/** The config every world's commands read: two waves without clusters, the default hotfix settings. */
export const WORLD_CONFIG = `repoURL: https://github.com/example-org/gitops-repo.git
release:
  waves:
    - tag: ${WAVES[0]}
      clusters: []
    - tag: ${WAVES[1]}
      clusters: []
`;

/** Where a racer's own commit is kept (a release by hand from a branch): never lost. */
export const racerBranch = (sha: string) => `refs/heads/racer/${sha}`;

/** True when `a` is `b` or one of its ancestors, in the snapshot's graph. */
export function contains(s: Snapshot, b: string, a: string): boolean {
  const seen = new Set<string>();
  const todo = [b];
  while (todo.length > 0) {
    const c = todo.pop()!;
    if (c === a) return true;
    if (seen.has(c)) continue;
    seen.add(c);
    todo.push(...(s.parents.get(c) ?? []));
  }
  return false;
}

/** The next patch version a release would create: above every version tag of the origin. */
export function nextVersionTag(s: Snapshot): string {
  const versions = [...s.refs.keys()]
    .filter((r) => VERSION_REF.test(r))
    .map((r) => r.slice('refs/tags/stable-v'.length).split('.').map(Number) as [number, number, number]);
  if (versions.length === 0) return 'stable-v1.0.0';
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const [major, minor, patch] = versions.at(-1)!;
  return `stable-v${major}.${minor}.${patch + 1}`;
}
