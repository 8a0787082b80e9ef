import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { createGit } from '../../src/git/git.js';
import { readTagListing } from '../../src/git/remote.js';
import { tag } from '../../src/git/refs.js';
import type { GitPort } from '../../src/ports/git.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';

/**
 * A bare origin with branch dev at c2 (c1 before it), an annotated tag stable-v1.0.0 at c1 and a
 * lightweight tag lw at c2, pushed from a seed repository; clone `a` of it.
 */
interface Setup {
  env: NodeJS.ProcessEnv;
  root: string;
  origin: string;
  seed: string;
  a: GitPort;
  c1: string;
  c2: string;
  annotated: string;
  clone(name: string): GitPort;
  inOrigin(...args: string[]): string;
}

function setup(): Setup {
  const env = isolatedGitEnv();
  const root = mkdtempSync(path.join(os.tmpdir(), 'gp-remote-tags-'));
  const origin = path.join(root, 'origin.git');
  git(root, env, 'init', '-q', '--bare', '-b', 'dev', origin);
  const seed = path.join(root, 'seed');
  git(root, env, 'init', '-q', '-b', 'dev', seed);
  writeFileSync(path.join(seed, 'a.txt'), 'one\n');
  const c1 = commitAll(seed, env, 'one');
  writeFileSync(path.join(seed, 'a.txt'), 'two\n');
  const c2 = commitAll(seed, env, 'two');
  git(seed, env, 'tag', '-a', '-m', 'release 1.0.0', 'stable-v1.0.0', c1);
  git(seed, env, 'tag', 'lw', c2);
  git(seed, env, 'push', '-q', origin, 'refs/heads/dev', 'refs/tags/stable-v1.0.0', 'refs/tags/lw');
  const clone = (name: string) => {
    git(root, env, 'clone', '-q', origin, name);
    return createGit(path.join(root, name), env);
  };
  const inOrigin = (...args: string[]) => git(root, env, '--git-dir', origin, ...args);
  const annotated = inOrigin('rev-parse', 'refs/tags/stable-v1.0.0');
  return { env, root, origin, seed, a: clone('a'), c1, c2, annotated, clone, inOrigin };
}

describe('reading a remote’s tags and a local tag’s message (real git)', () => {
  let s: Setup;
  beforeEach(() => {
    s = setup();
  });
  afterEach(() => {
    rmSync(s.root, { recursive: true, force: true });
    rmSync(s.env.HOME!, { recursive: true, force: true });
  });

  it('lists an annotated and a lightweight tag: the object each ref is at and the commit it peels to', async () => {
    expect(s.annotated).not.toBe(s.c1);
    expect(s.inOrigin('cat-file', '-t', s.annotated)).toBe('tag');
    expect(await s.a.listRemoteTags('origin')).toEqual([
      { name: 'lw', object: s.c2, commit: s.c2 },
      { name: 'stable-v1.0.0', object: s.annotated, commit: s.c1 },
    ]);
  });

  it('a tag of a tree, a blob, or a commit this clone does not have peels to no commit it can name', async () => {
    const tree = s.inOrigin('rev-parse', `${s.c1}^{tree}`);
    const blob = s.inOrigin('rev-parse', `${s.c1}:a.txt`);
    git(s.seed, s.env, 'tag', '-a', '-m', 'a tree', 'of-tree', tree);
    git(s.seed, s.env, 'tag', 'of-blob', blob);
    writeFileSync(path.join(s.seed, 'a.txt'), 'three\n');
    const c3 = commitAll(s.seed, s.env, 'three, on no branch of origin');
    git(s.seed, s.env, 'tag', '-a', '-m', 'later', 'stable-v1.1.0', c3);
    git(
      s.seed,
      s.env,
      'push',
      '-q',
      s.origin,
      'refs/tags/of-tree',
      'refs/tags/of-blob',
      'refs/tags/stable-v1.1.0',
    );
    const later = s.inOrigin('rev-parse', 'refs/tags/stable-v1.1.0');
    const tags = await s.a.listRemoteTags('origin');
    expect(tags.filter((t) => t.commit === null)).toEqual([
      { name: 'of-blob', object: blob, commit: null },
      { name: 'of-tree', object: s.inOrigin('rev-parse', 'refs/tags/of-tree'), commit: null },
      { name: 'stable-v1.1.0', object: later, commit: null },
    ]);
    // Once the clone has c3, the tag peels to it.
    await s.a.fetchRefs('origin', [tag('stable-v1.1.0')]);
    const fetched = (await s.a.listRemoteTags('origin')).find((t) => t.name === 'stable-v1.1.0');
    expect(fetched).toEqual({ name: 'stable-v1.1.0', object: later, commit: c3 });
  });

  it('round-trips tags made with createTag and pushed atomically with tryPushRefs', async () => {
    const release = await s.a.createTag('stable-v1.1.0', s.c2, 'release 1.1.0\n\nfrom c2');
    const stable = await s.a.createTag('stable', s.c2, 'stable at 1.1.0');
    const pushed = await s.a.tryPushRefs('origin', [
      { ref: tag('stable-v1.1.0'), sha: release, expected: null },
      { ref: tag('stable'), sha: stable, expected: null },
    ]);
    expect(pushed).toEqual({ pushed: true });
    const b = s.clone('b');
    expect(await b.listRemoteTags('origin')).toEqual([
      { name: 'lw', object: s.c2, commit: s.c2 },
      { name: 'stable', object: stable, commit: s.c2 },
      { name: 'stable-v1.0.0', object: s.annotated, commit: s.c1 },
      { name: 'stable-v1.1.0', object: release, commit: s.c2 },
    ]);
    // createTag writes no local ref: the message is read once the tag is fetched.
    expect(await s.a.tagMessage('stable-v1.1.0')).toBeNull();
    await s.a.fetchRefs('origin', [tag('stable-v1.1.0')]);
    expect(await s.a.tagMessage('stable-v1.1.0')).toBe('release 1.1.0\n\nfrom c2');
    expect(await b.tagMessage('stable')).toBe('stable at 1.1.0');
  });

  it('tagMessage: the message of an annotated tag; null for a lightweight tag, a missing one, or a prefix', async () => {
    expect(await s.a.tagMessage('stable-v1.0.0')).toBe('release 1.0.0');
    expect(await s.a.tagMessage('lw')).toBeNull();
    expect(await s.a.tagMessage('nope')).toBeNull();
    git(s.a.dir, s.env, 'tag', '-a', '-m', 'nested', 'group/one', s.c1);
    expect(await s.a.tagMessage('group')).toBeNull();
    expect(await s.a.tagMessage('group/one')).toBe('nested');
    expect(await s.a.tagMessage('stable-v1.0')).toBeNull();
    await expect(s.a.tagMessage('--format=x')).rejects.toThrow(ConfigurationError);
    await expect(s.a.tagMessage('a b')).rejects.toThrow('"a b" is not a valid tag name');
  });

  it('leaves out tag names git refuses; refuses an unknown remote; lists nothing for a remote without tags', async () => {
    s.inOrigin('update-ref', 'refs/tags/-rf', s.c1);
    s.inOrigin('update-ref', 'refs/tags/HEAD', s.c1);
    const names = (await s.a.listRemoteTags('origin')).map((t) => t.name);
    expect(names).toEqual(['lw', 'stable-v1.0.0']);
    await expect(s.a.listRemoteTags('--upload-pack=touch x')).rejects.toThrow(ConfigurationError);
    await expect(s.a.listRemoteTags('upstream')).rejects.toThrow('"upstream" is not a git remote');
    const empty = path.join(s.root, 'empty.git');
    git(s.root, s.env, 'init', '-q', '--bare', empty);
    git(s.a.dir, s.env, 'remote', 'add', 'empty', empty);
    expect(await s.a.listRemoteTags('empty')).toEqual([]);
    git(s.a.dir, s.env, 'remote', 'add', 'gone', path.join(s.root, 'gone.git'));
    await expect(s.a.listRemoteTags('gone')).rejects.toThrow(/^cannot list the tags of gone: /);
  });
});

describe('readTagListing', () => {
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  const C = 'c'.repeat(64);

  it('pairs each tag with what it peels to, and leaves out what is not a tag git accepts', () => {
    const listing = [
      `${A}\trefs/tags/stable`,
      `${B}\trefs/tags/stable^{}`,
      `${C}\trefs/tags/sha256`,
      `${A}\trefs/tags/stable-v1.0.0; rm -rf`,
      `${A}\trefs/tags/-x`,
      `${A}\trefs/tags/a..b`,
      `${A}\trefs/tags/x^{}^{}`,
      `${B}\trefs/tags/orphan^{}`,
      `${A}\trefs/heads/dev`,
      `${A.slice(1)}\trefs/tags/short`,
      `${A}\trefs/tags/cr\r`,
      `${A} refs/tags/space`,
      'warning: something',
      '',
    ].join('\n');
    expect(readTagListing(listing)).toEqual([
      { name: 'stable', object: A, peeled: B },
      { name: 'sha256', object: C, peeled: C },
    ]);
  });
});
