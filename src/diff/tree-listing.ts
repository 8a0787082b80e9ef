import { createHash } from 'node:crypto';
import type { TreeEntry } from '../git/export-tree.js';
import type { Resolved } from '../gitops/tree-index.js';
import type { TreeListing } from './fingerprint.js';

/**
 * Path → git object id of every entry of a tree. A symlink's own blob is only its target's *path*,
 * so its id here is what it resolves to inside the tree (`resolve`: followed as the kernel does, links
 * on the way included): the target file's blob, or a hash of the files under a target directory.
 * Equal ids then prove equal content at both refs. A link that cannot be resolved inside the tree
 * (absolute, out of the tree, a loop, a directory holding links) gets an id of its own per side:
 * whatever reads it is rendered at both refs and compared.
 */
export function listingWithLinks(
  entries: readonly TreeEntry[],
  resolve: (path: string) => Resolved,
  side: 'base' | 'head',
): TreeListing {
  const links = new Set(entries.filter((e) => e.mode === '120000').map((e) => e.path));
  const idOf = (link: string): string | null => {
    const r = resolve(link);
    if (r.kind === 'file') return r.oid;
    if (r.kind !== 'directory') return r.kind === 'missing' ? 'missing' : null;
    const prefix = r.path === '' ? '' : `${r.path}/`;
    const under = entries.filter((e) => e.path.startsWith(prefix));
    if (under.some((e) => links.has(e.path))) return null;
    if (under.length === 0) return 'missing';
    const h = createHash('sha256');
    for (const e of under) h.update(`${e.path.slice(prefix.length)}\0${e.oid}\n`);
    return `tree:${h.digest('hex')}`;
  };
  const listing = new Map<string, string>();
  for (const e of entries) {
    if (!links.has(e.path)) listing.set(e.path, e.oid);
    else {
      const resolved = idOf(e.path);
      listing.set(e.path, resolved ? `symlink:${e.oid}:${resolved}` : `symlink:${side}:${e.oid}`);
    }
  }
  return listing;
}
