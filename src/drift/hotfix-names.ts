import type { CommitInfo, GitReader, RemoteTag } from '../ports/git.js';
import { compareVersions, type VersionPattern } from '../release/versions.js';

/** At most this many missed commits are traced to the release that shipped them. */
const TRACED = 10;
const HOTFIX_TRAILER = /^Hotfix: (.+)$/m;

/**
 * What shipped `commits` to production: for each (the first TRACED), the oldest version tag containing it
 * (of the newest ones with local commits),
 * named with the hotfix branch its message records (`hotfix/fix-login (stable-v1.2.1)`), else the tag alone.
 */
export async function hotfixesOf(
  git: Pick<GitReader, 'tryIsAncestor' | 'tagMessage'>,
  tags: readonly RemoteTag[],
  pattern: VersionPattern,
  commits: readonly CommitInfo[],
): Promise<string[]> {
  const versions = tags
    .flatMap((t) => {
      const v = pattern.parse(t.name);
      return v && t.commit ? [{ name: t.name, commit: t.commit, v }] : [];
    })
    .sort((a, b) => compareVersions(b.v, a.v));
  const names = new Set<string>();
  for (const c of commits.slice(0, TRACED)) {
    // Newest first: the oldest of the run of tags that contain it (releases are cut forward).
    let shipped: (typeof versions)[number] | undefined;
    for (const v of versions) {
      if (!(await git.tryIsAncestor(c.sha, v.commit))) break;
      shipped = v;
    }
    if (!shipped) continue;
    const hotfix = HOTFIX_TRAILER.exec((await git.tagMessage(shipped.name)) ?? '')?.[1]?.trim();
    names.add(hotfix ? `${hotfix} (${shipped.name})` : shipped.name);
  }
  return [...names];
}
