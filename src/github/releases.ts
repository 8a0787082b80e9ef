import type { GitHubReleases, Release, ReleaseAsset, RepoRef } from '../ports/github.js';
import type { GitHubClient } from './client.js';

type ApiAsset = { id: number; name: string; browser_download_url: string };
type ApiRelease = {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  html_url: string;
  upload_url: string;
  draft: boolean;
  prerelease: boolean;
  assets: ApiAsset[];
};

const asset = (a: ApiAsset): ReleaseAsset => ({ id: a.id, name: a.name, url: a.browser_download_url });

/** `…/releases/1/assets{?name,label}` → `…/releases/1/assets`: the URL template's query part dropped. */
export function uploadUrlOf(template: string): string {
  return template.replace(/\{\?[^}]*\}$/, '');
}

const release = (r: ApiRelease): Release => ({
  id: r.id,
  tagName: r.tag_name,
  name: r.name,
  body: r.body ?? '',
  url: r.html_url,
  uploadUrl: uploadUrlOf(r.upload_url),
  draft: r.draft,
  prerelease: r.prerelease,
  assets: r.assets.map(asset),
});

const latest = (makeLatest: boolean) => (makeLatest ? 'true' : 'false');

/**
 * The Releases part of the GitHub port. A release is only ever created for a tag that exists (pushed
 * with git first): `target_commitish` is never sent, so GitHub never creates a tag itself.
 */
export function releasesPort(gh: GitHubClient, r: RepoRef): GitHubReleases {
  return {
    async getReleaseByTag(tag) {
      try {
        return release((await gh.rest.repos.getReleaseByTag({ ...r, tag })).data);
      } catch (e) {
        if ((e as { status?: number } | null)?.status === 404) return null;
        throw e;
      }
    },
    createRelease: async (a) =>
      release(
        (
          await gh.rest.repos.createRelease({
            ...r,
            tag_name: a.tag,
            name: a.name,
            body: a.body,
            draft: false,
            prerelease: a.prerelease,
            make_latest: latest(a.makeLatest),
          })
        ).data,
      ),
    updateRelease: async (id, a) =>
      release(
        (
          await gh.rest.repos.updateRelease({
            ...r,
            release_id: id,
            body: a.body,
            ...(a.name !== undefined ? { name: a.name } : {}),
            ...(a.makeLatest !== undefined ? { make_latest: latest(a.makeLatest) } : {}),
          })
        ).data,
      ),
    async uploadReleaseAsset(rel, file) {
      for (const old of rel.assets.filter((a) => a.name === file.name)) {
        await gh.rest.repos.deleteReleaseAsset({ ...r, asset_id: old.id }).catch((e: unknown) => {
          // Already gone (another run replaced it): what matters is that it is not there.
          if ((e as { status?: number } | null)?.status !== 404) throw e;
        });
      }
      const uploaded = await gh.request({
        method: 'POST',
        url: `${rel.uploadUrl}?name=${encodeURIComponent(file.name)}`,
        headers: { 'content-type': file.contentType },
        data: file.data,
      });
      return asset(uploaded.data as ApiAsset);
    },
  };
}
