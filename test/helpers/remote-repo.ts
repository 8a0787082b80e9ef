import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FixtureRepo } from './fixture-repo.js';
import { git, initRepo, isolatedGitEnv } from './git.js';

/**
 * A fixture published the way real repositories are: a bare `origin` whose HEAD names `defaultBranch`,
 * and working copies of it made as a user (`git clone`, which writes origin/HEAD) or as
 * actions/checkout does (init + fetch, which writes none).
 */
export class PublishedRepo {
  readonly env = isolatedGitEnv();
  readonly sandbox = mkdtempSync(path.join(os.tmpdir(), 'gp-published-'));
  readonly origin = path.join(this.sandbox, 'origin.git');
  readonly source: FixtureRepo;

  /** `edit` changes the fixture before it is committed; `alsoBranches` are pushed at the same commit. */
  constructor(
    fixture: string | null,
    readonly defaultBranch: string,
    alsoBranches: readonly string[] = [],
    edit: (fx: FixtureRepo) => void = () => undefined,
  ) {
    this.source = new FixtureRepo(fixture);
    edit(this.source);
    initRepo(this.source.dir, this.env, defaultBranch);
    git(this.sandbox, this.env, 'init', '-q', '--bare', '-b', defaultBranch, this.origin);
    const specs = [defaultBranch, ...alsoBranches].map((b) => `HEAD:refs/heads/${b}`);
    git(this.source.dir, this.env, 'push', '-q', this.origin, ...specs);
  }

  /** `git clone`: origin/HEAD names the default branch. */
  clone(name = 'clone'): string {
    const dir = path.join(this.sandbox, name);
    git(this.sandbox, this.env, 'clone', '-q', this.origin, dir);
    return dir;
  }

  /** What actions/checkout does: init, add origin, fetch every branch, check out a detached commit. No origin/HEAD. */
  checkout(name = 'checkout'): string {
    const dir = path.join(this.sandbox, name);
    git(this.sandbox, this.env, 'init', '-q', '-b', 'unborn-placeholder', dir);
    git(dir, this.env, 'remote', 'add', 'origin', this.origin);
    git(dir, this.env, 'fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*');
    git(dir, this.env, 'checkout', '-q', '--detach', `refs/remotes/origin/${this.defaultBranch}`);
    return dir;
  }

  cleanup(): void {
    this.source.cleanup();
    rmSync(this.sandbox, { recursive: true, force: true });
  }
}
