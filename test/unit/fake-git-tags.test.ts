import { describe, expect, it } from 'vitest';
import { FakeGit } from '../helpers/fake-ports.js';

/** The fake's tags behave as test/integration/git-remote-tags.test.ts shows real git's do. */
describe('FakeGit: annotated tags, remote tags, tag messages', () => {
  it('lists the remote tags by name, each with its object and the commit it peels to', async () => {
    const git = new FakeGit();
    const c1 = git.commit([], 'one');
    const c2 = git.commit([c1], 'two');
    const annotated = await git.createTag('stable-v1.0.0', c1, 'release 1.0.0');
    git.remote.set('refs/heads/dev', c2);
    git.remote.set('refs/tags/stable-v1.0.0', annotated);
    git.remote.set('refs/tags/lw', c2);
    git.remote.set('refs/tags/elsewhere', 'f'.repeat(40));
    expect(await git.listRemoteTags()).toEqual([
      { name: 'elsewhere', object: 'f'.repeat(40), commit: null },
      { name: 'lw', object: c2, commit: c2 },
      { name: 'stable-v1.0.0', object: annotated, commit: c1 },
    ]);
    expect(annotated).not.toBe(c1);
    expect(git.commits.has(annotated)).toBe(false);
  });

  it('reads the message of a local annotated tag; a ref at one peels to its commit', async () => {
    const git = new FakeGit();
    const c1 = git.commit([], 'one');
    git.local.set('refs/tags/stable', git.tag('stable', c1, 'stable at one\n'));
    git.local.set('refs/tags/lw', c1);
    expect(await git.tagMessage('stable')).toBe('stable at one');
    expect(await git.tagMessage('lw')).toBeNull();
    expect(await git.tagMessage('nope')).toBeNull();
    expect(await git.tryRevParse('refs/tags/stable')).toBe(c1);
  });
});
