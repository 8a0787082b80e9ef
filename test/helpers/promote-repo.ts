import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promote, type PromoteOptions, type PromoteResult } from '../../src/commands/promote.js';
import { createGit } from '../../src/git/git.js';
import { FixtureRepo } from './fixture-repo.js';
import { commitAll, git, isolatedGitEnv } from './git.js';
import { testHelm } from './helm.js';
import { RecordingLogger } from './logger.js';

/**
 * A bare `origin` holding examples/gitops-repo on `dev` and `staging` (same commit), and a
 * working clone of it. `work` is where promote runs; `other` is a second clone to race with.
 */
export interface PromoteRepo {
  env: NodeJS.ProcessEnv;
  origin: string;
  work: FixtureRepo;
  /** Commits a change on `branch` in a fresh clone and pushes it; returns the new sha. */
  pushChange(branch: string, file: string, edit: (text: string) => string, message: string): string;
  remoteSha(branch: string): string;
  /**
   * Appends `yaml` (top-level keys, e.g. a `promotion:` section) to the work clone's
   * `.github/gitops-promotion.yaml`, uncommitted: promote reads its config from the work tree.
   */
  configure(yaml: string): void;
  cleanup(): void;
}

const CONFIG = '.github/gitops-promotion.yaml';

/** promote in `r.work`: dev → staging, fast-forward, no GitHub and no Argo CD, unless `options` say otherwise. */
export function runPromote(r: PromoteRepo, options: Partial<PromoteOptions> = {}): Promise<PromoteResult> {
  return promote({
    repoDir: r.work.dir,
    remote: 'origin',
    from: 'dev',
    to: 'staging',
    strategy: 'fast-forward',
    dryRun: false,
    helm: testHelm(),
    logger: new RecordingLogger(),
    git: createGit(r.work.dir, r.env),
    github: null,
    argocd: null,
    ...options,
  });
}

export function promoteRepo(): PromoteRepo {
  const env = isolatedGitEnv();
  const root = mkdtempSync(path.join(os.tmpdir(), 'gp-promote-'));
  const origin = path.join(root, 'origin.git');
  git(root, env, 'init', '-q', '--bare', '-b', 'dev', origin);
  const seed = new FixtureRepo();
  git(seed.dir, env, 'init', '-q', '-b', 'dev');
  commitAll(seed.dir, env, 'initial');
  git(seed.dir, env, 'push', '-q', origin, 'dev:refs/heads/dev', 'dev:refs/heads/staging');
  seed.cleanup();
  const work = new FixtureRepo(null);
  git(work.dir, env, 'clone', '-q', origin, '.');
  const clones: FixtureRepo[] = [work];
  return {
    env,
    origin,
    work,
    pushChange(branch, file, edit, message) {
      const other = new FixtureRepo(null);
      clones.push(other);
      git(other.dir, env, 'clone', '-q', '-b', branch, origin, '.');
      other.write(file, edit(other.read(file)));
      const sha = commitAll(other.dir, env, message);
      git(other.dir, env, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
      return sha;
    },
    remoteSha(branch) {
      return git(root, env, '--git-dir', origin, 'rev-parse', `refs/heads/${branch}`);
    },
    configure(yaml) {
      work.append(CONFIG, `\n${yaml.trim()}\n`);
    },
    cleanup() {
      for (const c of clones) c.cleanup();
      for (const dir of [root, env.HOME!]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
