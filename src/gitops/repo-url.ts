import { memoByString } from '../util/memo.js';

/** This repository's URL, or every URL it goes by (normalized); null when unknown. */
export type RepoIdentity = string | readonly string[] | null;

/** Whether `url` is one of this repository's URLs (compared normalized); false when none is known. */
export function isOwnRepoURL(url: unknown, own: RepoIdentity): boolean {
  if (typeof url !== 'string' || own === null) return false;
  const n = normalizeRepoURL(url);
  return typeof own === 'string' ? n === own : own.includes(n);
}

/**
 * One spelling for one repository: `git@host:org/x`, `ssh://git@host/org/x`, `https://host/org/x.git`
 * and `https://Host/org/x/` are all `https://host/org/x`. Lowercase (GitHub's paths are case
 * insensitive, and Argo CD compares lowercased), no credentials, no `.git` or trailing slash, no
 * port of ssh or the scheme's default port.
 */
export const normalizeRepoURL = memoByString(normalizedRepoURL);

function normalizedRepoURL(url: string): string {
  let u = url.trim().toLowerCase();
  const scp = /^(?:[^@/:]+@)?([\w.-]+):(?!\/\/)\/*(.+)$/.exec(u);
  if (scp) u = `ssh://${scp[1]}/${scp[2]}`;
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:@]+)(?::(\d+))?(\/.*)?$/.exec(u);
  if (m) {
    const [, scheme, host, port, rest = ''] = m as unknown as [string, string, string, string?, string?];
    // An ssh port says nothing about the repository; a default port neither.
    const dropPort =
      port === undefined ||
      /ssh|git/.test(scheme) ||
      (scheme === 'https' && port === '443') ||
      (scheme === 'http' && port === '80');
    u = `https://${host}${dropPort ? '' : `:${port}`}${rest}`;
  }
  return u
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}
