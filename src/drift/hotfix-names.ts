import type { CommitInfo, GitReader, RemoteTag } from '../ports/git.js';
import { versionTags } from '../release/state.js';
import { hotfixOf } from '../release/tag-message.js';
import type { VersionPattern } from '../release/versions.js';

/** At most this many missed commits are traced to the release that shipped them. */
const TRACED = 10;

/**
 * What shipped `commits` to production: for each (the first TRACED), the oldest version tag containing it
 * (of those with local commits), named with the hotfix branch its message records (`hotfix/fix-login (stable-v1.2.1)`), else the tag alone.
 */
export async function hotfixesOf(
  git: Pick<GitReader, 'tryIsAncestor' | 'tagMessage'>,
  tags: readonly RemoteTag[],
  pattern: VersionPattern,
  commits: readonly CommitInfo[],
): Promise<string[]> {
  const versions = versionTags(tags, pattern).reverse();
  const names = new Set<string>();
  for (const c of commits.slice(0, TRACED)) {
    // Newest first: the oldest of the run of tags that contain it (releases are cut forward).
    let shipped: (typeof versions)[number] | undefined;
    for (const v of versions) {
      if (!(await git.tryIsAncestor(c.sha, v.commit))) break;
      shipped = v;
    }
    if (!shipped) continue;
    const hotfix = hotfixOf((await git.tagMessage(shipped.tag)) ?? '');
    names.add(hotfix ? `${hotfix} (${shipped.tag})` : shipped.tag);
  }
  return [...names];
}
