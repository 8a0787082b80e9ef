/**
 * The fake GitHub's releases through the real adapter (src/github/releases.ts over Octokit): every request
 * and answer checked against GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { createGitHubPort } from '../../src/github/port.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { MAX_RELEASE_BODY } from '../helpers/github-releases.js';
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';

const TAGGED = 'a'.repeat(40);
const TAG = 'stable-2024.05.01';

let server: GitHubServer;
let github: GitHubPort;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.tags.set(TAG, TAGGED);
  github = createGitHubPort(
    server.token,
    server.url,
    { owner: server.owner, repo: server.repo },
    new RecordingLogger(),
    {
      retryDelayMs: 1,
    },
  );
});

afterEach(async () => {
  await server.close();
});

const create = (extra: Partial<Parameters<GitHubPort['createRelease']>[0]> = {}) =>
  github.createRelease({
    tag: TAG,
    name: 'Release 1',
    body: 'Notes',
    prerelease: false,
    makeLatest: true,
    ...extra,
  });

const requestsTo = (method: string, suffix: string) =>
  server.requests.filter((r) => r.method === method && r.path.endsWith(suffix));

describe('releases through the adapter', () => {
  it('creates a release of an existing tag, without target_commitish, and reads it back by tag', async () => {
    const created = await create();

    expect(created).toEqual({
      id: expect.any(Number),
      tagName: TAG,
      name: 'Release 1',
      body: 'Notes',
      url: `https://github.com/${server.owner}/${server.repo}/releases/tag/${TAG}`,
      uploadUrl: `${server.url}/repos/${server.owner}/${server.repo}/releases/${created.id}/assets`,
      draft: false,
      prerelease: false,
      assets: [],
    });
    const [post] = requestsTo('POST', '/releases');
    expect(post?.body).toEqual({
      tag_name: TAG,
      name: 'Release 1',
      body: 'Notes',
      draft: false,
      prerelease: false,
      make_latest: 'true',
    });
    expect(server.state.latestReleaseId).toBe(created.id);
    expect(await github.getReleaseByTag(TAG)).toEqual(created);
    expect(server.violations).toEqual([]);
  });

  it('answers null for a tag without a release (404)', async () => {
    expect(await github.getReleaseByTag('no-such-tag')).toBeNull();
    expect(requestsTo('GET', '/releases/tags/no-such-tag').map((r) => r.status)).toEqual([404]);
    expect(server.violations).toEqual([]);
  });

  it('sends make_latest false and prerelease as asked', async () => {
    const created = await create({ prerelease: true, makeLatest: false });
    expect(created.prerelease).toBe(true);
    expect(requestsTo('POST', '/releases')[0]?.body).toMatchObject({
      make_latest: 'false',
      prerelease: true,
    });
    expect(server.state.latestReleaseId).toBeNull();
    expect(server.violations).toEqual([]);
  });

  it('updates the body and name; the name is kept when not given', async () => {
    const created = await create();
    const renamed = await github.updateRelease(created.id, { body: 'New notes', name: 'Release 1b' });
    expect(renamed).toMatchObject({ id: created.id, body: 'New notes', name: 'Release 1b' });
    const kept = await github.updateRelease(created.id, { body: 'Newer notes' });
    expect(kept).toMatchObject({ body: 'Newer notes', name: 'Release 1b' });
    expect(requestsTo('PATCH', `/releases/${created.id}`).map((r) => r.body)).toEqual([
      { body: 'New notes', name: 'Release 1b' },
      { body: 'Newer notes' },
    ]);
    expect((await github.getReleaseByTag(TAG))?.body).toBe('Newer notes');
    expect(server.violations).toEqual([]);
  });

  it('uploads an asset as raw bytes to the upload URL, and replaces one of the same name', async () => {
    const release = await create();
    const first = await github.uploadReleaseAsset(release, {
      name: 'production.diff',
      contentType: 'text/x-diff',
      data: Buffer.from('--- a\n+++ b\n'),
    });
    expect(first).toEqual({
      id: expect.any(Number),
      name: 'production.diff',
      url: `https://github.com/${server.owner}/${server.repo}/releases/download/${TAG}/production.diff`,
    });
    const stored = server.state.releases[0]!.assets;
    expect(stored.map((a) => [a.name, a.content_type, a.data.toString()])).toEqual([
      ['production.diff', 'text/x-diff', '--- a\n+++ b\n'],
    ]);

    // JSON-looking bytes with a JSON content type stay bytes: an upload is never parsed.
    const withAsset = (await github.getReleaseByTag(TAG))!;
    expect(withAsset.assets).toEqual([first]);
    const second = await github.uploadReleaseAsset(withAsset, {
      name: 'production.diff',
      contentType: 'application/json',
      data: Buffer.from('{"not": "parsed"}'),
    });
    expect(second.id).not.toBe(first.id);
    expect(requestsTo('DELETE', `/releases/assets/${first.id}`).map((r) => r.status)).toEqual([204]);
    const after = server.state.releases[0]!.assets;
    expect(after.map((a) => [a.id, a.data.toString()])).toEqual([[second.id, '{"not": "parsed"}']]);
    const uploads = requestsTo('POST', `/releases/${release.id}/assets`);
    expect(uploads.map((r) => [r.query, r.status])).toEqual([
      [{ name: 'production.diff' }, 201],
      [{ name: 'production.diff' }, 201],
    ]);
    expect(server.violations).toEqual([]);
  });

  it('refuses a second asset of the same name with 422 already_exists (a stale release read)', async () => {
    const release = await create();
    const file = { name: 'diff.md', contentType: 'text/markdown', data: Buffer.from('x') };
    await github.uploadReleaseAsset(release, file);
    const failure = await github.uploadReleaseAsset(release, file).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } },
    });
    expect(server.violations).toEqual([]);
  });

  it('refuses a second release of a tag with 422 already_exists', async () => {
    await create();
    const failure = await create({ name: 'again' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } },
    });
    expect(server.state.releases).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('refuses a release of a tag that was not pushed (the fake never creates tags)', async () => {
    const failure = await create({ tag: 'not-pushed' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 422 });
    expect(server.state.releases).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('refuses a body over 125,000 characters with 422, on create and on update', async () => {
    const tooLong = 'x'.repeat(MAX_RELEASE_BODY + 1);
    const refusal = {
      status: 422,
      response: {
        data: {
          errors: [
            {
              resource: 'Release',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 125000 characters)',
            },
          ],
        },
      },
    };
    expect(await create({ body: tooLong }).catch((e: unknown) => e)).toMatchObject(refusal);
    expect(server.state.releases).toEqual([]);
    // Exactly at the limit is accepted; counted in characters: 125,000 emoji are 250,000 UTF-16 units.
    const release = await create({ body: '🚀'.repeat(MAX_RELEASE_BODY) });
    expect(release.body).toHaveLength(2 * MAX_RELEASE_BODY);
    expect(await github.updateRelease(release.id, { body: tooLong }).catch((e: unknown) => e)).toMatchObject(
      refusal,
    );
    expect(server.state.releases[0]?.body).toBe('🚀'.repeat(MAX_RELEASE_BODY));
    expect(server.violations).toEqual([]);
  });

  it('lists releases newest first, in pages', async () => {
    server.state.tags.set('stable-2', 'b'.repeat(40));
    server.state.tags.set('stable-3', 'c'.repeat(40));
    const ids = [];
    for (const tag of [TAG, 'stable-2', 'stable-3']) ids.push((await create({ tag })).id);
    const client = createGitHubClient(server.token, server.url, new RecordingLogger());
    const listed = await client.paginate(client.rest.repos.listReleases, {
      owner: server.owner,
      repo: server.repo,
      per_page: 2,
    });
    expect(listed.map((r) => r.id)).toEqual([...ids].reverse());
    expect(requestsTo('GET', '/releases').map((r) => r.query.page)).toEqual([undefined, '2']);
    expect(server.violations).toEqual([]);
  });
});
