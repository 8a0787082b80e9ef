import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GitPort, PushOutcome, RefUpdate, TreeEntryInfo } from '../../src/ports/git.js';
import { FakeGit } from './fake-ports.js';
import { racerBranch, WORLD_CONFIG, type SavedRefs, type Snapshot, type World } from './reliability-model.js';

/**
 * FakeGit as a whole repository for the commands: every commit's `shared.txt` (a merge of two sides
 * that both changed it since their merge base conflicts, as git's would), every candidate's tree the
 * config alone, and a remote that refuses refs matching a pattern (a pre-receive hook).
 */
export class WorldGit extends FakeGit {
  /** What `shared.txt` holds at each commit. */
  readonly shared = new Map<string, string>();
  refused: RegExp | null = null;

  constructor(private readonly configDir: string) {
    super();
  }

  /** Content-addressed, as git's objects are (with fixed dates): the same commit made again is the same. */
  override commit(parents: string[], subject: string): string {
    const sha = createHash('sha1')
      .update(`commit ${parents.join(' ')}\n${subject}`)
      .digest('hex');
    if (!this.commits.has(sha))
      this.commits.set(sha, { sha, parents, subject, date: '2026-01-01T00:00:00Z', author: 'Test Author' });
    return sha;
  }

  override tag(name: string, commit: string, message = `tag ${name}`): string {
    const id = createHash('sha1').update(`tag ${name} ${commit}\n${message}`).digest('hex');
    this.tagObjects.set(id, { name, commit, message });
    return id;
  }

  override withExportedTree = (async <T>(_sha: string, fn: (dir: string, e: TreeEntryInfo[]) => Promise<T>) =>
    fn(this.configDir, [])) as GitPort['withExportedTree'];
  override tryLocation = async () => 'top-level' as const;
  override tryRemoteHead = async () => null;
  override tryBranchesNamed = async () => [];
  override tryRemoteUrl = async () => null;

  sharedAt(sha: string): string {
    return this.shared.get(sha) ?? 'initial';
  }

  override async mergeTree(
    ours: string,
    theirs: string,
  ): Promise<{ tree: string } | { conflicts: string[] }> {
    const merged = await this.mergedShared(ours, theirs);
    return merged === null ? { conflicts: ['shared.txt'] } : { tree: `tree:${merged}` };
  }

  override async mergeCommit(ours: string, theirs: string, message: string) {
    const merged = await this.mergedShared(ours, theirs);
    if (merged === null) return { conflicts: ['shared.txt'] };
    const sha = this.commit([ours, theirs], message.split('\n')[0]!);
    this.shared.set(sha, merged);
    this.mergeMessages.set(sha, message);
    return { sha };
  }

  /** The three-way merge of `shared.txt`, or null for a conflict. */
  private async mergedShared(ours: string, theirs: string): Promise<string | null> {
    const base = await this.mergeBase(ours, theirs);
    const [b, o, t] = [base ? this.sharedAt(base) : '', this.sharedAt(ours), this.sharedAt(theirs)];
    if (o === t || t === b) return o;
    if (o === b) return t;
    return null;
  }

  override async tryPushRefs(remote: string, updates: readonly RefUpdate[]): Promise<PushOutcome> {
    const name = (u: RefUpdate) => `refs/${u.ref.kind === 'branch' ? 'heads' : 'tags'}/${u.ref.name}`;
    const hit = this.refused ? updates.find((u) => this.refused!.test(name(u))) : undefined;
    if (hit)
      return { pushed: false, leaseLost: false, reason: `refused by a test hook: ${name(hit)}`, lost: [] };
    return super.tryPushRefs(remote, updates);
  }
}

/** The in-memory world: a new FakeGit for each case, a second "clone" writing the same remote. */
export class FakeWorld implements World {
  readonly name = 'in-memory git';
  readonly repoDir = mkdtempSync(path.join(os.tmpdir(), 'gp-reliability-fake-'));
  git: WorldGit;
  private counter = 0;

  constructor() {
    mkdirSync(path.join(this.repoDir, '.github'));
    writeFileSync(path.join(this.repoDir, '.github', 'gitops-promotion.yaml'), WORLD_CONFIG);
    this.git = this.fresh();
  }

  private fresh(): WorldGit {
    const git = new WorldGit(this.repoDir);
    const initial = git.commit([], 'initial');
    git.remote.set('refs/heads/dev', initial);
    git.remote.set('refs/heads/staging', initial);
    return git;
  }

  reset(): void {
    this.git = this.fresh();
  }

  save(): SavedRefs {
    return new Map(this.git.remote);
  }

  restore(saved: SavedRefs): void {
    this.git.remote.clear();
    for (const [ref, object] of saved) this.git.remote.set(ref, object);
    this.git.local.clear();
    this.git.refused = null;
  }

  commit(branch: string, touchShared: boolean): string {
    const ref = `refs/heads/${branch}`;
    const sha = this.git.commit([this.git.remote.get(ref)!], `${branch} change ${++this.counter}`);
    const parent = this.git.remote.get(ref)!;
    this.git.shared.set(sha, touchShared ? `change ${this.counter}` : this.git.sharedAt(parent));
    this.git.remote.set(ref, sha);
    return sha;
  }

  snapshot(): Snapshot {
    const refs = new Map(this.git.remote);
    const peel = (o: string) => this.git.tagObjects.get(o)?.commit ?? o;
    const commits = new Map([...refs].map(([r, o]) => [r, peel(o)]));
    const parents = new Map<string, string[]>();
    const todo = [...commits.values()];
    while (todo.length > 0) {
      const c = todo.pop()!;
      if (parents.has(c)) continue;
      const ps = this.git.commits.get(c)?.parents ?? [];
      parents.set(c, ps);
      todo.push(...ps);
    }
    return { refs, commits, parents };
  }

  racePushCommit(branch: string): string {
    return this.commit(branch, false);
  }

  raceTag(name: string, base: string, fresh: boolean): string {
    const object = this.git.remote.get(base)!;
    const parent = this.git.tagObjects.get(object)?.commit ?? object;
    if (!fresh) {
      this.git.remote.set(`refs/tags/${name}`, parent);
      return parent;
    }
    const sha = this.git.commit([parent], `racer ${++this.counter}`);
    this.git.shared.set(sha, this.git.sharedAt(parent));
    this.git.remote.set(racerBranch(sha), sha);
    this.git.remote.set(`refs/tags/${name}`, sha);
    return sha;
  }

  refuseRefs(pattern: RegExp): void {
    this.git.refused = pattern;
  }

  allowPushes(): void {
    this.git.refused = null;
  }

  port(): GitPort {
    return this.git;
  }

  cleanup(): void {
    rmSync(this.repoDir, { recursive: true, force: true });
  }
}
