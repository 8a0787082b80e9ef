import { plural } from '../util/plural.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the render cache did in one run. */
export interface RenderCacheStats {
  /** Every render asked (each `template` call, each request of `templateMany`). */
  asked: number;
  /** Served from the cache directory. */
  hits: number;
  /** Served from an identical request of this run. */
  repeated: number;
  /** Rendered by helm with a key (kept when successful). */
  misses: number;
  /** Of the misses, those helm failed (never kept). */
  failed: number;
  /** Rendered by helm without a key (and not kept): see `reasons`. */
  uncacheable: number;
  /** Written to the cache directory. */
  stored: number;
  /** Entries of the cache directory found for a key and not used (corrupted, another key's, a symlink). */
  rejected: number;
  /** The first few reasons a render was not cacheable. */
  reasons: string[];
}

/** `render cache (DIR): 196 hits, 4 misses (4 stored), …`: one log line. */
export function cacheSummary(s: RenderCacheStats, dir: string | null, pruned: PruneOutcome): string {
  const parts = [
    plural(s.hits, 'hit'),
    `${count(s.misses, 'miss', 'misses')}${s.misses > 0 ? ` (${s.stored} stored${s.failed ? `, ${s.failed} failed` : ''})` : ''}`,
    ...(s.repeated > 0 ? [`${s.repeated} repeated in this run`] : []),
    ...(s.uncacheable > 0 ? [`${s.uncacheable} not cacheable (${s.reasons[0] ?? ''})`] : []),
    ...(s.rejected > 0 ? [`${count(s.rejected, 'entry', 'entries')} ignored`] : []),
  ];
  const where = dir ? ` (${dir})` : ' (this run only)';
  const bound =
    pruned === null
      ? ''
      : typeof pruned === 'string'
        ? `; not pruned: ${pruned}`
        : `; ${count(pruned.kept, 'entry', 'entries')} kept (${Math.ceil(pruned.bytes / 1024)} KiB)${pruned.removed ? `, ${pruned.removed} pruned` : ''}`;
  return `render cache${where}: ${parts.join(', ')}${bound}`;
}

export type PruneOutcome = { kept: number; removed: number; bytes: number } | string | null;
