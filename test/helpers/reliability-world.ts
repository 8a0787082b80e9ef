import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import type { GitPort } from '../../src/ports/git.js';
import { isolatedGitEnv } from './git.js';
import { racerBranch, WORLD_CONFIG, type SavedRefs, type Snapshot, type World } from './reliability-model.js';

/**
 * The world with real git: a tiny repository (no chart: the config and a `shared.txt` merges can
 * conflict on) in a bare origin reused by every generated case: `reset()` puts its refs back with one
 * `update-ref --stdin` (objects stay: they are never in the way). `work` is the clone the commands
 * run in (no origin/HEAD, as actions/checkout leaves it); `racer` a second clone pushing meanwhile.
 */
export class GitWorld implements World {
  readonly name = 'real git';
  readonly env = isolatedGitEnv();
  /** The racer's pushes: the test's pre-receive hook lets them through (it stands for the run's refusal). */
  private readonly racerEnv = { ...this.env, GP_RACER: '1' };
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'gp-reliability-'));
  readonly origin = path.join(this.root, 'origin.git');
  readonly repoDir = path.join(this.root, 'work');
  readonly racer = path.join(this.root, 'racer.git');
  private readonly initial: string;
  private readonly configTree: string;
  private counter = 0;
  private cloned = false;

  /** `config`: the repository's `.github/gitops-promotion.yaml`. */
  constructor(config = WORLD_CONFIG) {
    this.git(this.root, 'init', '-q', '--bare', '-b', 'dev', this.origin);
    const blob = this.input(this.origin, config, 'hash-object', '-w', '--stdin');
    this.configTree = this.input(this.origin, `100644 blob ${blob}\tgitops-promotion.yaml\n`, 'mktree');
    this.initial = this.git(this.origin, 'commit-tree', this.tree('initial'), '-m', 'initial');
    this.reset();
    this.git(this.root, 'clone', '-q', this.origin, this.repoDir);
    this.git(this.repoDir, 'checkout', '-q', '--detach');
    this.git(this.repoDir, 'remote', 'set-head', 'origin', '--delete');
    this.git(this.root, 'clone', '-q', '--bare', this.origin, this.racer);
    mkdirSync(path.join(this.origin, 'hooks'), { recursive: true });
    this.cloned = true;
  }

  git(dir: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, env: this.env, encoding: 'utf8', stdio: 'pipe' }).trim();
  }

  private input(dir: string, text: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, env: this.env, input: text, encoding: 'utf8' }).trim();
  }

  /** A tree: the config, and `shared.txt` holding `shared`. */
  private tree(shared: string): string {
    const blob = this.input(this.origin, `${shared}\n`, 'hash-object', '-w', '--stdin');
    const entries = `040000 tree ${this.configTree}\t.github\n100644 blob ${blob}\tshared.txt\n`;
    return this.input(this.origin, entries, 'mktree');
  }

  reset(): void {
    this.restore(
      new Map([
        ['refs/heads/dev', this.initial],
        ['refs/heads/staging', this.initial],
      ]),
    );
  }

  save(): SavedRefs {
    return this.refs();
  }

  restore(saved: SavedRefs): void {
    const lines = [...this.refs().keys()].filter((r) => !saved.has(r)).map((r) => `delete ${r}`);
    for (const [ref, object] of saved) lines.push(`update ${ref} ${object}`);
    this.input(this.origin, `${lines.join('\n')}\n`, 'update-ref', '--stdin');
    if (this.cloned) {
      const refs = this.git(this.repoDir, 'for-each-ref', '--format=delete %(refname)');
      if (refs) this.input(this.repoDir, `${refs}\n`, 'update-ref', '--stdin');
    }
    this.allowPushes();
  }

  commit(branch: string, touchShared: boolean): string {
    const parent = this.git(this.origin, 'rev-parse', `refs/heads/${branch}`);
    const n = ++this.counter;
    const tree = touchShared ? this.tree(`change ${n}`) : `${parent}^{tree}`;
    const sha = this.git(this.origin, 'commit-tree', tree, '-p', parent, '-m', `${branch} change ${n}`);
    this.git(this.origin, 'update-ref', `refs/heads/${branch}`, sha, parent);
    return sha;
  }

  private refs(): Map<string, string> {
    const out = this.git(this.origin, 'for-each-ref', '--format=%(refname) %(objectname)');
    return new Map(out ? out.split('\n').map((l) => l.split(' ') as [string, string]) : []);
  }

  snapshot(): Snapshot {
    const out = this.git(this.origin, 'for-each-ref', '--format=%(refname) %(objectname) %(*objectname)');
    const refs = new Map<string, string>();
    const commits = new Map<string, string>();
    for (const line of out ? out.split('\n') : []) {
      const [ref, object, peeled] = line.split(' ') as [string, string, string];
      refs.set(ref, object);
      commits.set(ref, peeled || object);
    }
    const parents = new Map<string, string[]>();
    if (refs.size > 0) {
      for (const line of this.git(this.origin, 'rev-list', '--all', '--parents').split('\n')) {
        const [sha, ...rest] = line.split(' ');
        if (sha) parents.set(sha, rest);
      }
    }
    return { refs, commits, parents };
  }

  racePushCommit(branch: string): string {
    this.git(this.racer, 'fetch', '-q', 'origin', `+refs/heads/${branch}:refs/heads/${branch}`);
    const parent = this.git(this.racer, 'rev-parse', `refs/heads/${branch}`);
    const n = ++this.counter;
    const sha = this.git(this.racer, 'commit-tree', `${parent}^{tree}`, '-p', parent, '-m', `racer ${n}`);
    this.racerPush(`${sha}:refs/heads/${branch}`);
    return sha;
  }

  raceTag(name: string, base: string, fresh: boolean): string {
    this.git(this.racer, 'fetch', '-q', '--no-tags', 'origin', `+${base}:refs/racer/base`);
    const parent = this.git(this.racer, 'rev-parse', 'refs/racer/base^{commit}');
    if (!fresh) {
      this.racerPush(`+${parent}:refs/tags/${name}`);
      return parent;
    }
    const n = ++this.counter;
    const sha = this.git(this.racer, 'commit-tree', `${parent}^{tree}`, '-p', parent, '-m', `racer ${n}`);
    this.racerPush(`${sha}:${racerBranch(sha)}`, `+${sha}:refs/tags/${name}`);
    return sha;
  }

  private racerPush(...specs: string[]): void {
    execFileSync('git', ['push', '-q', 'origin', ...specs], {
      cwd: this.racer,
      env: this.racerEnv,
      stdio: 'pipe',
    });
  }

  refuseRefs(pattern: RegExp): void {
    const hook = path.join(this.origin, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      `#!/bin/sh\n[ -n "$GP_RACER" ] && exit 0\nwhile read old new ref; do\n  if echo "$ref" | grep -Eq '${pattern.source}'; then\n    echo "refused by a test hook: $ref" >&2\n    exit 1\n  fi\ndone\nexit 0\n`,
    );
    chmodSync(hook, 0o755);
  }

  allowPushes(): void {
    rmSync(path.join(this.origin, 'hooks', 'pre-receive'), { force: true });
  }

  port(): GitPort {
    return createGit(this.repoDir, this.env);
  }

  cleanup(): void {
    for (const dir of [this.root, this.env.HOME!]) rmSync(dir, { recursive: true, force: true });
  }
}
