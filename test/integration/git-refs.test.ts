import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { createGit } from '../../src/git/git.js';
import { branch, tag } from '../../src/git/refs.js';
import type { GitPort } from '../../src/ports/git.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';

/**
 * A bare origin with branches dev and staging at c1, tag stable (annotated) at c1, and two clones
 * (`a`, `b`) that race each other. c2 is a second commit on dev, in both clones.
 */
interface Race {
  env: NodeJS.ProcessEnv;
  root: string;
  origin: string;
  a: GitPort;
  b: GitPort;
  c1: string;
  c2: string;
  stable: string;
  remote(ref: string): string;
}

function race(): Race {
  const env = isolatedGitEnv();
  const root = mkdtempSync(path.join(os.tmpdir(), 'gp-git-refs-'));
  const origin = path.join(root, 'origin.git');
  git(root, env, 'init', '-q', '--bare', '-b', 'dev', origin);
  const seed = path.join(root, 'seed');
  git(root, env, 'init', '-q', '-b', 'dev', seed);
  writeFileSync(path.join(seed, 'a.txt'), 'one\n');
  const c1 = commitAll(seed, env, 'one');
  writeFileSync(path.join(seed, 'a.txt'), 'two\n');
  const c2 = commitAll(seed, env, 'two');
  git(seed, env, 'tag', '-a', '-m', 'stable', 'stable', c1);
  git(
    seed,
    env,
    'push',
    '-q',
    origin,
    `${c2}:refs/heads/dev`,
    `${c1}:refs/heads/staging`,
    'refs/tags/stable',
  );
  const clone = (name: string) => {
    git(root, env, 'clone', '-q', origin, name);
    return createGit(path.join(root, name), env);
  };
  const remote = (ref: string) => git(root, env, '--git-dir', origin, 'rev-parse', ref);
  return {
    env,
    root,
    origin,
    a: clone('a'),
    b: clone('b'),
    c1,
    c2,
    stable: remote('refs/tags/stable'),
    remote,
  };
}

describe('git refs: annotated tags, leased tag moves, atomic multi-ref pushes (real git)', () => {
  let r: Race;
  beforeEach(() => {
    r = race();
  });
  afterEach(() => {
    rmSync(r.root, { recursive: true, force: true });
    rmSync(r.env.HOME!, { recursive: true, force: true });
  });

  it('creates an annotated tag object without a local ref, and publishes it only if the tag does not exist', async () => {
    const id = await r.a.createTag('stable-v1.0.0', r.c2, 'release 1.0.0');
    expect(git(r.a.dir, r.env, 'cat-file', '-t', id)).toBe('tag');
    expect(git(r.a.dir, r.env, 'rev-parse', `${id}^{commit}`)).toBe(r.c2);
    expect(git(r.a.dir, r.env, 'cat-file', 'tag', id)).toContain(
      'tag stable-v1.0.0\ntagger Test Committer <committer@example.com>',
    );
    expect(git(r.a.dir, r.env, 'tag', '--list')).toBe('stable');
    const update = { ref: tag('stable-v1.0.0'), sha: id, expected: null };
    expect(await r.a.tryPushRefs('origin', [update])).toEqual({ pushed: true });
    expect(r.remote('refs/tags/stable-v1.0.0')).toBe(id);
    expect(await r.a.remoteRef('origin', tag('stable-v1.0.0'))).toBe(id);
    // An immutable tag: pushing it again (another object) is a lost lease, and the tag stays.
    const again = await r.b.createTag('stable-v1.0.0', r.c1, 'release 1.0.0, again');
    const second = await r.b.tryPushRefs('origin', [{ ...update, sha: again }]);
    expect(second).toEqual({
      pushed: false,
      leaseLost: true,
      reason: 'stale info',
      lost: ['refs/tags/stable-v1.0.0'],
    });
    expect(r.remote('refs/tags/stable-v1.0.0')).toBe(id);
  });

  it('moves a tag only from the object it is expected at', async () => {
    const next = await r.a.createTag('stable', r.c2, 'stable at c2');
    const stale = await r.a.tryPushRefs('origin', [{ ref: tag('stable'), sha: next, expected: r.c2 }]);
    expect(stale).toMatchObject({ pushed: false, leaseLost: true, lost: ['refs/tags/stable'] });
    expect(r.remote('refs/tags/stable')).toBe(r.stable);
    const moved = await r.a.tryPushRefs('origin', [{ ref: tag('stable'), sha: next, expected: r.stable }]);
    expect(moved).toEqual({ pushed: true });
    expect(r.remote('refs/tags/stable')).toBe(next);
    expect(r.remote('refs/tags/stable^{commit}')).toBe(r.c2);
  });

  it('pushes branches and tags atomically: one lost lease and no ref moves', async () => {
    const stable = await r.a.createTag('stable', r.c2, 'stable at c2');
    const release = await r.a.createTag('stable-v1.0.0', r.c2, 'release 1.0.0');
    const updates = [
      { ref: branch('staging'), sha: r.c2, expected: r.c1 },
      { ref: tag('stable'), sha: stable, expected: r.stable },
      { ref: tag('stable-v1.0.0'), sha: release, expected: null },
    ];
    // Clone b moves staging first: a's lease on staging is lost.
    expect(await r.b.tryPushWithLease('origin', 'staging', r.c2, r.c1)).toEqual({ pushed: true });
    git(r.b.dir, r.env, 'push', '-q', '--force', 'origin', `${r.c1}:refs/heads/staging`);
    const other = git(r.b.dir, r.env, 'commit-tree', '-p', r.c1, '-m', 'b', `${r.c1}^{tree}`);
    git(r.b.dir, r.env, 'push', '-q', '--force', 'origin', `${other}:refs/heads/staging`);
    const lost = await r.a.tryPushRefs('origin', updates);
    expect(lost).toEqual({
      pushed: false,
      leaseLost: true,
      reason: 'stale info',
      lost: ['refs/heads/staging'],
    });
    expect(r.remote('refs/heads/staging')).toBe(other);
    expect(r.remote('refs/tags/stable')).toBe(r.stable);
    expect(() => r.remote('refs/tags/stable-v1.0.0')).toThrow();
    // With the lease on what staging is now, every ref moves at once.
    const ok = await r.a.tryPushRefs('origin', [{ ...updates[0]!, expected: other }, ...updates.slice(1)]);
    expect(ok).toEqual({ pushed: true });
    expect([
      r.remote('refs/heads/staging'),
      r.remote('refs/tags/stable'),
      r.remote('refs/tags/stable-v1.0.0'),
    ]).toEqual([r.c2, stable, release]);
  });

  it('two clones racing to move stable: exactly one wins, the other loses every ref', async () => {
    const fromA = await r.a.createTag('stable', r.c2, 'a');
    const fromB = await r.b.createTag('stable', r.c2, 'b');
    const push = (g: GitPort, sha: string) =>
      g.tryPushRefs('origin', [
        { ref: tag('stable'), sha, expected: r.stable },
        { ref: branch('staging'), sha: r.c2, expected: r.c1 },
      ]);
    const results = await Promise.all([push(r.a, fromA), push(r.b, fromB)]);
    const won = results.filter((x) => x.pushed);
    expect(won).toHaveLength(1);
    const winner = results[0]!.pushed ? fromA : fromB;
    // The loser lost its lease, either at the lease check or in the remote's ref transaction (both
    // pushes passed the check at once): a ref it expected at r.stable / r.c1 had moved.
    expect(results.find((x) => !x.pushed)).toMatchObject({
      pushed: false,
      leaseLost: true,
      reason: 'stale info',
    });
    expect(r.remote('refs/tags/stable')).toBe(winner);
    expect(r.remote('refs/heads/staging')).toBe(r.c2);
  });

  it('a remote that refuses one ref (a hook) fails the atomic push with its reason, and nothing moves', async () => {
    const hook = path.join(r.origin, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/tags/*) echo "tags are protected" >&2; exit 1;; esac; done\n',
      { mode: 0o755 },
    );
    const stable = await r.a.createTag('stable', r.c2, 'stable at c2');
    const result = await r.a.tryPushRefs('origin', [
      { ref: branch('staging'), sha: r.c2, expected: r.c1 },
      { ref: tag('stable'), sha: stable, expected: r.stable },
    ]);
    expect(result).toMatchObject({ pushed: false, leaseLost: false, lost: [] });
    expect(!result.pushed && result.reason).toContain('tags are protected');
    expect(r.remote('refs/heads/staging')).toBe(r.c1);
    expect(r.remote('refs/tags/stable')).toBe(r.stable);
  });

  it('fetches branches and tags, and reads remote refs of both kinds', async () => {
    const next = await r.b.createTag('stable', r.c2, 'moved');
    await r.b.tryPushRefs('origin', [{ ref: tag('stable'), sha: next, expected: r.stable }]);
    await r.a.fetchRefs('origin', [branch('staging'), tag('stable')]);
    expect(await r.a.revParse('refs/tags/stable')).toBe(r.c2);
    expect(git(r.a.dir, r.env, 'rev-parse', 'refs/tags/stable')).toBe(next);
    expect(await r.a.revParse('refs/remotes/origin/staging')).toBe(r.c1);
    expect(await r.a.remoteRef('origin', tag('stable'))).toBe(next);
    expect(await r.a.remoteRef('origin', branch('staging'))).toBe(r.c1);
    expect(await r.a.remoteRef('origin', tag('nope'))).toBeNull();
    await expect(r.a.fetchRefs('origin', [tag('nope')])).rejects.toThrow(ConfigurationError);
  });

  it('merge-base, merge-tree and reading trees and blobs', async () => {
    expect(await r.a.mergeBase(r.c1, r.c2)).toBe(r.c1);
    expect(await r.a.mergeTree(r.c2, r.c1)).toEqual({
      tree: git(r.a.dir, r.env, 'rev-parse', `${r.c2}^{tree}`),
    });
    const entries = await r.a.listTree(r.c2);
    expect(entries.map((e) => e.path)).toEqual(['a.txt']);
    expect((await r.a.readBlob(entries[0]!.oid)).toString()).toBe('two\n');
  });

  it('withExportedTree: the tree in a temp dir, removed after, also when fn throws', async () => {
    let seen = '';
    const read = await r.a.withExportedTree(r.c1, async (dir) => {
      seen = dir;
      return readdirSync(dir);
    });
    expect(read).toEqual(['a.txt']);
    expect(existsSync(seen)).toBe(false);
    await expect(
      r.a.withExportedTree(r.c1, async (dir) => {
        seen = dir;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(seen)).toBe(false);
  });

  it('refuses a ref name that is a flag or a revision expression before git runs', async () => {
    await expect(r.a.createTag('--delete', r.c1, 'x')).rejects.toThrow('"--delete" is not a valid tag name');
    await expect(
      r.a.tryPushRefs('origin', [{ ref: branch('staging~1'), sha: r.c2, expected: r.c1 }]),
    ).rejects.toThrow('"staging~1" is not a valid branch name');
    await expect(r.a.remoteRef('origin', tag('-x'))).rejects.toThrow(ConfigurationError);
  });
});
