import { createHash } from 'node:crypto';
import path from 'node:path';
import type { TreeEntry } from '../git/export-tree.js';
import type { TreeListing } from './fingerprint.js';

const MAX_HOPS = 8;

/**
 * Path → git object id of every entry of a tree. A symlink's own blob is only its target's *path*,
 * so its id here is what it resolves to inside the tree: the target file's blob, or a hash of the
 * files under a target directory. Equal ids then prove equal content at both refs. A link that
 * cannot be resolved inside the tree (absolute, out of the tree, through another link's directory,
 * a loop) gets an id of its own per side: whatever reads it is rendered at both refs and compared.
 */
export function listingWithLinks(
  entries: readonly TreeEntry[],
  readLink: (path: string) => string,
  side: 'base' | 'head',
): TreeListing {
  const ids = new Map(entries.map((e) => [e.path, e.oid]));
  const links = new Map(entries.filter((e) => e.mode === '120000').map((e) => [e.path, readLink(e.path)]));
  const resolve = (link: string, hops: number): string | null => {
    const to = links.get(link)!;
    if (path.posix.isAbsolute(to) || hops > MAX_HOPS) return null;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(link), to));
    if (target === '..' || target.startsWith('../')) return null;
    if (links.has(target)) return resolve(target, hops + 1);
    const blob = ids.get(target);
    if (blob) return blob;
    const under = entries.filter((e) => e.path.startsWith(`${target}/`));
    if (under.some((e) => links.has(e.path))) return null;
    if (under.length === 0) return 'missing';
    const h = createHash('sha256');
    for (const e of under) h.update(`${e.path.slice(target.length)}\0${e.oid}\n`);
    return `tree:${h.digest('hex')}`;
  };
  const listing = new Map<string, string>();
  for (const e of entries) {
    if (!links.has(e.path)) listing.set(e.path, e.oid);
    else {
      const resolved = resolve(e.path, 0);
      listing.set(e.path, resolved ? `symlink:${links.get(e.path)}:${resolved}` : `symlink:${side}:${e.oid}`);
    }
  }
  return listing;
}
