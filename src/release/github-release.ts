/**
 * The GitHub Release of a version tag, published idempotently: re-running a release brings the one
 * release of the tag up to date, never makes a second one. The tag itself is pushed with git first:
 * a release is never created for a missing tag (GitHub would create the tag).
 */
import { gitHubError, type Permission } from '../github/errors.js';
import { isAmbiguousFailure } from '../github/retry.js';
import type { GitHubReleases, Release } from '../ports/github.js';
import { RELEASE_BODY_MAX_CHARS } from '../report/budget.js';
import { appendSection, keepAppendedSections } from './release-body.js';

const RELEASES_PERMISSION: Permission = 'contents: write';

/** What publishing did to the release's name and notes (the asset, when given, is uploaded every time). */
export type PublishState = 'created' | 'updated' | 'unchanged';

export interface ReleaseFile {
  name: string;
  contentType: string;
  data: Buffer;
}

/** What to publish as the GitHub Release of a version tag. */
export interface PublishArgs {
  tag: string;
  name: string;
  /** The release notes; sections appended to an existing release's notes since are kept after them. */
  body: string;
  prerelease: boolean;
  makeLatest: boolean;
  asset?: ReleaseFile;
}

/**
 * The release of `args.tag`: an existing one gets its name and body updated when they differ
 * ('unchanged' when equal), else it is created. The body of an existing one keeps the sections
 * appended to it (appendReleaseNote: rollback records) after the new notes, whose tail is cut if
 * both do not fit (release-body.ts). A create that may have happened (5xx, timeout) or that GitHub
 * refused as already existing is looked up again before it fails. The asset, when given, is uploaded
 * after, replacing one of that name. Failures are GitHubApiErrors.
 */
export async function publishRelease(
  gh: GitHubReleases,
  args: PublishArgs,
): Promise<{ release: Release; state: PublishState }> {
  if (args.body.length > RELEASE_BODY_MAX_CHARS) {
    throw new Error(
      `the notes of release ${args.tag} are ${args.body.length} characters, over GitHub's ` +
        `${RELEASE_BODY_MAX_CHARS}: cut them before publishing`,
    );
  }
  const existing = await lookUp(gh, args.tag);
  const published = existing ? await bringUpToDate(gh, existing, args) : await create(gh, args);
  if (!args.asset) return published;
  return { release: await attach(gh, published.release, args.asset), state: published.state };
}

/**
 * Appends `section` (markdown, e.g. a rollback record) to the notes of the release of `tag`, keeping
 * them within GitHub's limit (release-body.ts: the original notes' tail may be cut, never a section).
 * Null when the tag has no release. Failures are GitHubApiErrors.
 */
export async function appendReleaseNote(
  gh: GitHubReleases,
  tag: string,
  section: string,
): Promise<Release | null> {
  const release = await lookUp(gh, tag);
  if (!release) return null;
  const body = appendSection(release.body, section);
  return gh.updateRelease(release.id, { body }).catch((e: unknown) => {
    throw gitHubError(e, `add a note to the release of tag ${tag}`, RELEASES_PERMISSION);
  });
}

async function lookUp(gh: GitHubReleases, tag: string): Promise<Release | null> {
  return gh.getReleaseByTag(tag).catch((e: unknown) => {
    throw gitHubError(e, `read the release of tag ${tag}`, RELEASES_PERMISSION);
  });
}

/**
 * The existing release with `args`' name and notes, the sections appended to its notes kept.
 * `createdByUs`: found after a create that failed ambiguously, so GitHub did perform it.
 */
async function bringUpToDate(
  gh: GitHubReleases,
  release: Release,
  args: PublishArgs,
  createdByUs = false,
): Promise<{ release: Release; state: PublishState }> {
  const body = keepAppendedSections(args.body, release.body);
  if (release.body === body && release.name === args.name)
    return { release, state: createdByUs ? 'created' : 'unchanged' };
  const updated = await gh.updateRelease(release.id, { body, name: args.name }).catch((e: unknown) => {
    throw gitHubError(e, `update the release of tag ${args.tag}`, RELEASES_PERMISSION);
  });
  return { release: updated, state: createdByUs ? 'created' : 'updated' };
}

async function create(
  gh: GitHubReleases,
  args: PublishArgs,
): Promise<{ release: Release; state: PublishState }> {
  const { tag, name, body, prerelease, makeLatest } = args;
  try {
    return { release: await gh.createRelease({ tag, name, body, prerelease, makeLatest }), state: 'created' };
  } catch (e) {
    const ambiguous = isAmbiguousFailure(e);
    const found = ambiguous || alreadyExists(e) ? await lookUp(gh, tag) : null;
    // Found after an ambiguous failure: GitHub did create it (ours); after 422, another run made it.
    if (found) return bringUpToDate(gh, found, args, ambiguous);
    throw gitHubError(e, `create the release of tag ${tag}`, RELEASES_PERMISSION);
  }
}

/** GitHub's 422 `already_exists` (a release of that tag, or an asset of that name). */
function alreadyExists(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: { code?: string }[] } } } | null;
  return e?.status === 422 && (e.response?.data?.errors ?? []).some((x) => x?.code === 'already_exists');
}

/**
 * Uploads the asset, replacing one of that name. An upload that may have happened, or that found an
 * asset of that name the release read did not list, is done once more on a fresh read of the release
 * (the port deletes the named asset first): what is left is always this upload.
 */
async function attach(gh: GitHubReleases, release: Release, file: ReleaseFile): Promise<Release> {
  const what = `upload ${file.name} to the release of tag ${release.tagName}`;
  const upload = async (to: Release) => {
    const asset = await gh.uploadReleaseAsset(to, file);
    return { ...to, assets: [...to.assets.filter((a) => a.name !== file.name), asset] };
  };
  try {
    return await upload(release);
  } catch (e) {
    if (!isAmbiguousFailure(e) && !alreadyExists(e)) throw gitHubError(e, what, RELEASES_PERMISSION);
    const fresh = await lookUp(gh, release.tagName);
    if (!fresh) throw gitHubError(e, what, RELEASES_PERMISSION);
    return upload(fresh).catch((again: unknown) => {
      throw gitHubError(again, what, RELEASES_PERMISSION);
    });
  }
}
