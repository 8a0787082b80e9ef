/**
 * publishRelease and appendReleaseNote (src/release/github-release.ts) against the fake GitHub server
 * through the real adapter, faults included, and the fitting of appended notes (release-body.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/errors.js';
import { createGitHubPort } from '../../src/github/port.js';
import type { GitHubPort } from '../../src/ports/github.js';
import { appendReleaseNote, publishRelease, type PublishArgs } from '../../src/release/github-release.js';
import {
  appendSection,
  CUT_NOTICE,
  keepAppendedSections,
  NOTE_MARKER,
  openFence,
} from '../../src/release/release-body.js';
import { RELEASE_BODY_MAX_CHARS } from '../../src/report/budget.js';
import { FakeGitHub } from '../helpers/fake-ports.js';
import { notFound } from '../helpers/github-handlers.js';
import { MAX_RELEASE_BODY, releaseHandlers } from '../helpers/github-releases.js';
import { type GitHubServer, startGitHubServer } from '../helpers/github-server.js';
import { RecordingLogger } from '../helpers/logger.js';

const TAG = 'stable-7';
const CREATE = 'POST /repos/{owner}/{repo}/releases';
const BY_TAG = 'GET /repos/{owner}/{repo}/releases/tags/{tag}';
const UPLOAD = 'POST /repos/{owner}/{repo}/releases/{release_id}/assets';

let server: GitHubServer;
let github: GitHubPort;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.tags.set(TAG, 'd'.repeat(40));
  const repo = { owner: server.owner, repo: server.repo };
  github = createGitHubPort(server.token, server.url, repo, new RecordingLogger(), { retryDelayMs: 1 });
});

afterEach(async () => {
  await server.close();
});

const request = (extra: Partial<PublishArgs> = {}): PublishArgs => ({
  tag: TAG,
  name: 'stable 7',
  body: '## Changes\n\n- one',
  prerelease: false,
  makeLatest: true,
  asset: { name: 'production.diff', contentType: 'text/x-diff', data: Buffer.from('diff 1\n') },
  ...extra,
});

const assetsOnServer = () =>
  server.state.releases.flatMap((r) => r.assets.map((a) => [a.name, a.data.toString()]));
const count = (method: string, suffix: string) =>
  server.requests.filter((r) => r.method === method && r.path.endsWith(suffix)).length;

describe('publishRelease', () => {
  it('creates the release with its asset, then leaves it unchanged, then updates it', async () => {
    const first = await publishRelease(github, request());
    expect(first.state).toBe('created');
    expect(first.release).toMatchObject({ tagName: TAG, name: 'stable 7', body: '## Changes\n\n- one' });
    expect(first.release.assets.map((a) => a.name)).toEqual(['production.diff']);
    expect(assetsOnServer()).toEqual([['production.diff', 'diff 1\n']]);

    const again = await publishRelease(
      github,
      request({ asset: { ...request().asset!, data: Buffer.from('2') } }),
    );
    expect(again.state).toBe('unchanged');
    expect(count('PATCH', `/releases/${first.release.id}`)).toBe(0);
    expect(assetsOnServer()).toEqual([['production.diff', '2']]);

    const changed = await publishRelease(github, request({ body: 'other notes', asset: undefined }));
    expect(changed.state).toBe('updated');
    expect(changed.release.body).toBe('other notes');
    expect(server.state.releases).toHaveLength(1);
    expect(server.state.releases[0]?.body).toBe('other notes');
    expect(server.violations).toEqual([]);
  });

  it('a create answered 502 after GitHub made it: still exactly one release, reported created', async () => {
    server.fault({ key: CREATE, kind: 'error-after' });
    const published = await publishRelease(github, request());
    expect(published.state).toBe('created');
    expect(server.state.releases).toHaveLength(1);
    expect(published.release.id).toBe(server.state.releases[0]?.id);
    expect(count('POST', '/releases')).toBe(1); // never sent again: the release was looked up instead
    expect(assetsOnServer()).toEqual([['production.diff', 'diff 1\n']]);
    expect(server.violations).toEqual([]);
  });

  it('a create answered 502 that GitHub did not perform fails, naming what and why', async () => {
    server.fault({ key: CREATE, kind: 'error-after', perform: false });
    const failure = await publishRelease(github, request()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).message).toMatch(
      /^could not create the release of tag stable-7: POST \/repos\/example-org\/gitops-repo\/releases answered HTTP 502/,
    );
    expect((failure as GitHubApiError).ambiguous).toBe(true);
    expect(server.state.releases).toEqual([]);
  });

  it('a release another run created meanwhile (422 already_exists) is updated, not duplicated', async () => {
    let reads = 0;
    server.handle(BY_TAG, (ctx) => {
      // The first read misses the release the other run is creating right then.
      if (reads++ === 0) {
        otherRunCreates();
        return notFound(ctx);
      }
      return releaseHandlers[BY_TAG]!(ctx);
    });
    const published = await publishRelease(github, request({ asset: undefined }));
    expect(published.state).toBe('updated');
    expect(server.state.releases).toHaveLength(1);
    expect(server.state.releases[0]).toMatchObject({ name: 'stable 7', body: '## Changes\n\n- one' });
    expect(server.violations).toEqual([]);
  });

  it('an upload answered 502 after it was stored is done again: one asset, this one', async () => {
    server.fault({ key: UPLOAD, kind: 'error-after' });
    const published = await publishRelease(github, request());
    expect(assetsOnServer()).toEqual([['production.diff', 'diff 1\n']]);
    expect(published.release.assets.map((a) => a.id)).toEqual(
      server.state.releases[0]!.assets.map((a) => a.id),
    );
    expect(count('POST', '/assets')).toBe(2);
    expect(server.violations).toEqual([]);
  });

  it('a tag that was not pushed is a failure, not a tag GitHub creates', async () => {
    const failure = await publishRelease(github, request({ tag: 'not-pushed' })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as Error).message).toMatch(/^could not create the release of tag not-pushed: .*HTTP 422/);
    expect(server.state.releases).toEqual([]);
  });

  it('refuses notes over the limit before sending anything', async () => {
    const body = 'x'.repeat(RELEASE_BODY_MAX_CHARS + 1);
    await expect(publishRelease(github, request({ body }))).rejects.toThrow(/over GitHub's 125000/);
    expect(server.requests).toEqual([]);
  });

  it('the in-memory fake: an unchanged release is neither updated nor created', async () => {
    const fake = new FakeGitHub();
    await publishRelease(fake, request({ asset: undefined }));
    expect((await publishRelease(fake, request({ asset: undefined }))).state).toBe('unchanged');
    expect(fake.calls).toEqual([`getReleaseByTag ${TAG}`, `createRelease ${TAG}`, `getReleaseByTag ${TAG}`]);
    expect(fake.state.latestRelease).toBe(1);
  });
});

function otherRunCreates(body = 'older notes'): void {
  const at = '2024-05-01T00:00:00Z';
  server.state.releases.push({
    id: 42,
    tag_name: TAG,
    target_commitish: 'main',
    name: 'by the other run',
    body,
    draft: false,
    prerelease: false,
    author: server.login,
    created_at: at,
    published_at: at,
    updated_at: at,
    assets: [],
  });
}

describe('appendReleaseNote', () => {
  it('is null for a tag without a release', async () => {
    expect(await appendReleaseNote(github, TAG, '## Rolled back')).toBeNull();
    expect(server.violations).toEqual([]);
  });

  it('appends sections to the notes, each kept', async () => {
    await publishRelease(github, request({ asset: undefined }));
    await appendReleaseNote(github, TAG, '## Rolled back at 10:00');
    const after = await appendReleaseNote(github, TAG, '## Rolled back at 11:00');
    expect(after?.body).toBe(
      `## Changes\n\n- one\n\n${NOTE_MARKER}\n## Rolled back at 10:00\n\n${NOTE_MARKER}\n## Rolled back at 11:00`,
    );
    expect(server.state.releases[0]?.body).toBe(after?.body);
    expect(server.violations).toEqual([]);
  });

  it('notes at the limit: the original tail is cut, the sections are whole, GitHub accepts it', async () => {
    const line = `${'d'.repeat(99)}\n`;
    const body = `## Diff\n\n\`\`\`diff\n${line.repeat(1249)}\`\`\``.slice(0, MAX_RELEASE_BODY);
    await publishRelease(github, request({ body, asset: undefined }));
    const first = await appendReleaseNote(github, TAG, '## Rolled back at 10:00');
    const second = await appendReleaseNote(github, TAG, '## Rolled back at 11:00');
    const notes = second!.body;
    expect(notes.length).toBeLessThanOrEqual(MAX_RELEASE_BODY);
    expect(notes).toContain(`\`\`\`\n\n${CUT_NOTICE}\n\n${NOTE_MARKER}\n## Rolled back at 10:00\n\n`);
    expect(notes.endsWith(`${NOTE_MARKER}\n## Rolled back at 11:00`)).toBe(true);
    expect(notes.split(CUT_NOTICE)).toHaveLength(2);
    expect(openFence(notes.slice(0, notes.indexOf(CUT_NOTICE)))).toBeNull();
    expect(first!.body.length).toBeLessThanOrEqual(MAX_RELEASE_BODY);
    expect(server.violations).toEqual([]);
  });
});

describe('publishRelease of a release with appended notes (a re-release after a rollback)', () => {
  const RECORD = `${NOTE_MARKER}\n## Rolled back at 10:00`;

  it('keeps the appended records after the new notes; the same notes again are unchanged', async () => {
    await publishRelease(github, request({ asset: undefined }));
    await appendReleaseNote(github, TAG, '## Rolled back at 10:00');
    const id = server.state.releases[0]!.id;

    const same = await publishRelease(github, request({ asset: undefined }));
    expect(same.state).toBe('unchanged');
    expect(same.release.body).toBe(`## Changes\n\n- one\n\n${RECORD}`);
    expect(count('PATCH', `/releases/${id}`)).toBe(1); // the append only

    const changed = await publishRelease(
      github,
      request({ body: '## Changes\n\n- two\n', asset: undefined }),
    );
    expect(changed.state).toBe('updated');
    expect(server.state.releases).toHaveLength(1);
    expect(server.state.releases[0]?.body).toBe(`## Changes\n\n- two\n\n${RECORD}`);
    expect(changed.release.body).toBe(server.state.releases[0]?.body);

    await appendReleaseNote(github, TAG, '## Rolled back at 11:00');
    const third = await publishRelease(github, request({ body: 'three', asset: undefined }));
    expect(third.release.body).toBe(`three\n\n${RECORD}\n\n${NOTE_MARKER}\n## Rolled back at 11:00`);
    expect(server.violations).toEqual([]);
  });

  it('a rename alone updates the name, the records kept', async () => {
    await publishRelease(github, request({ asset: undefined }));
    await appendReleaseNote(github, TAG, '## Rolled back at 10:00');
    const renamed = await publishRelease(github, request({ name: 'stable 7b', asset: undefined }));
    expect(renamed.state).toBe('updated');
    expect(server.state.releases[0]).toMatchObject({
      name: 'stable 7b',
      body: `## Changes\n\n- one\n\n${RECORD}`,
    });
  });

  it('new notes at the limit: their tail is cut, the records are whole, GitHub accepts it', async () => {
    await publishRelease(github, request({ asset: undefined }));
    await appendReleaseNote(github, TAG, '## Rolled back at 10:00');
    const line = `${'d'.repeat(99)}\n`;
    const body = `## Diff\n\n\`\`\`diff\n${line.repeat(1300)}\`\`\``.slice(0, MAX_RELEASE_BODY);
    const published = await publishRelease(github, request({ body, asset: undefined }));
    expect(published.state).toBe('updated');
    const notes = server.state.releases[0]!.body!;
    expect(notes.length).toBeLessThanOrEqual(MAX_RELEASE_BODY);
    expect(notes.startsWith(`## Diff\n\n\`\`\`diff\n${line}`)).toBe(true);
    expect(body).toHaveLength(MAX_RELEASE_BODY);
    expect(notes.endsWith(`${line}\`\`\`\n\n${CUT_NOTICE}\n\n${RECORD}`)).toBe(true);
    expect(openFence(notes.slice(0, notes.indexOf(CUT_NOTICE)))).toBeNull();
    // The same notes again: the same cut, nothing to update.
    expect((await publishRelease(github, request({ body, asset: undefined }))).state).toBe('unchanged');
    expect(server.violations).toEqual([]);
  });

  it('a release another run created with a record (422 already_exists) keeps it', async () => {
    let reads = 0;
    server.handle(BY_TAG, (ctx) => {
      if (reads++ === 0) {
        otherRunCreates(`older notes\n\n${RECORD}`);
        return notFound(ctx);
      }
      return releaseHandlers[BY_TAG]!(ctx);
    });
    const published = await publishRelease(github, request({ asset: undefined }));
    expect(published.state).toBe('updated');
    expect(server.state.releases[0]?.body).toBe(`## Changes\n\n- one\n\n${RECORD}`);
  });
});

describe('keepAppendedSections', () => {
  it('is the new notes when the current body has no appended section', () => {
    expect(keepAppendedSections('new', 'old notes')).toBe('new');
    expect(keepAppendedSections('new\n', '')).toBe('new\n');
  });

  it('a marker inside a line (quoted in code) is not an appended section', () => {
    const current = `old \`${NOTE_MARKER}\` notes`;
    expect(keepAppendedSections('new', current)).toBe('new');
    expect(appendSection(current, 'x')).toBe(`${current}\n\n${NOTE_MARKER}\nx`);
  });

  it('keeps every section after the first marker, the new notes cut at a line to fit', () => {
    const sections = `${NOTE_MARKER}\none\n\n${NOTE_MARKER}\ntwo`;
    expect(keepAppendedSections('', `old\n\n${sections}\n`)).toBe(sections);
    const max = sections.length + 2 + CUT_NOTICE.length + 2 + 'line one'.length;
    const cut = keepAppendedSections(`line one\n${'x'.repeat(60)}`, `old\n\n${sections}`, max);
    expect(cut).toBe(`line one\n\n${CUT_NOTICE}\n\n${sections}`);
    expect(cut).toHaveLength(max);
  });

  it('never cuts a section: sections that alone do not fit are an error', () => {
    const current = `old\n\n${NOTE_MARKER}\n${'x'.repeat(100)}`;
    expect(() => keepAppendedSections('new', current, 80)).toThrow(/do not fit in 80/);
  });
});

describe('appendSection', () => {
  it('leaves notes that fit uncut, and cuts at a line boundary when they do not', () => {
    expect(appendSection('notes', 'new', 100)).toBe(`notes\n\n${NOTE_MARKER}\nnew`);
    expect(appendSection('', 'new', 100)).toBe(`${NOTE_MARKER}\nnew`);
    const max = NOTE_MARKER.length + 42;
    const cut = appendSection(`line one\n${'x'.repeat(60)}\nline three`, 'new', max);
    expect(cut).toBe(`line one\n\n${CUT_NOTICE}\n\n${NOTE_MARKER}\nnew`);
    expect(cut).toHaveLength(max);
  });

  it('never cuts the new section: one that cannot fit is an error', () => {
    expect(() => appendSection('notes', 'x'.repeat(100), 80)).toThrow(/does not fit in 80/);
  });

  it('closes a code block the cut ends inside', () => {
    const notes = `\`\`\`diff\n${'+line\n'.repeat(20)}\`\`\``;
    const cut = appendSection(notes, 'new', NOTE_MARKER.length + 51);
    expect(cut).toBe(`\`\`\`diff\n+line\n\`\`\`\n\n${CUT_NOTICE}\n\n${NOTE_MARKER}\nnew`);
    expect(openFence('~~~~\n```\n~~~\n')).toBe('~~~~');
    expect(openFence('```\na\n```\n')).toBeNull();
  });
});
