import { CORE_SCHEMA, loadAll, Type, type YAMLException } from 'js-yaml';
import { isMap } from '../util/is-map.js';
import { memoByText } from '../util/memo.js';

/** One object helm rendered, with the template that produced it (`app-of-apps/templates/x.yaml`). */
export interface Manifest {
  source: string | null;
  object: Record<string, unknown>;
}

/**
 * The YAML core schema, reading a value with a tag it does not know (`!Ref x`, `!<tag:…>`) as the
 * untagged value, as Go's YAML reader (helm's and Argo CD's) does, instead of refusing the document.
 */
const RENDERED_SCHEMA = CORE_SCHEMA.extend(
  ['!', 'tag:'].flatMap((prefix) =>
    (['scalar', 'sequence', 'mapping'] as const).map(
      (kind) => new Type(prefix, { kind, multi: true, construct: (data: unknown) => data }),
    ),
  ),
);

/**
 * Helm rendered YAML that Argo CD would refuse (a document that does not parse, or is not an object):
 * thrown by splitManifests for a render that must be read whole.
 */
export class ManifestError extends Error {
  constructor(
    /** The template it came from (`app-of-apps/templates/x.yaml`), when helm said. */
    readonly source: string | null,
    readonly reason: string,
  ) {
    super(`helm rendered YAML that cannot be read${source ? ` from ${source}` : ''}: ${reason}`);
    this.name = 'ManifestError';
  }
}

/**
 * One rendered document with a defect: `unreadable` (it does not parse, or is not an object; Argo CD
 * refuses it, and it yields no object) or `duplicate-key` (a key twice in one mapping: Argo CD's reader
 * keeps the last value, and so do the objects returned).
 */
export interface ManifestProblem {
  kind: 'unreadable' | 'duplicate-key';
  /** The template it came from (`app-of-apps/templates/x.yaml`), when helm said. */
  source: string | null;
  /** 1-based position of the document among those of its template (of the whole output without one). */
  index: number;
  reason: string;
}

export interface ReadManifests {
  manifests: Manifest[];
  problems: ManifestProblem[];
}

/**
 * Splits `helm template` output into objects, keeping each one's `# Source:` template; a list's
 * items are objects of their own, as Argo CD deploys them (see listItems). A bad document is a problem
 * of its own: the other documents are still read. Empty and `null` documents are dropped, as Argo CD does.
 * Rendered output needs no positions, so it is read with js-yaml (core schema: no dates, no
 * YAML 1.1 booleans; unknown tags ignored), several times faster than the position-keeping reader used for values.
 */
export function readManifests(output: string): ReadManifests {
  const manifests: Manifest[] = [];
  const problems: ManifestProblem[] = [];
  const counts = new Map<string | null, number>();
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    if (chunk.trim() === '') continue;
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim() ?? null;
    const index = (counts.get(source) ?? 0) + 1;
    counts.set(source, index);
    const problem = (kind: ManifestProblem['kind'], reason: string) =>
      problems.push({ kind, source, index, reason });
    const read = readChunk(chunk);
    if ('error' in read) {
      problem('unreadable', read.error);
      continue;
    }
    if (read.duplicate) problem('duplicate-key', read.duplicate);
    for (const doc of read.docs) {
      if (doc === null || doc === undefined) continue;
      if (!isMap(doc)) {
        problem('unreadable', `the document is ${describe(doc)}, not an object`);
        continue;
      }
      const items = listItems(doc);
      if (typeof items === 'string') problem('unreadable', items);
      else for (const object of items) manifests.push({ source, object });
    }
  }
  return { manifests, problems };
}

/**
 * The objects of a render that must be read whole (a component chart's, in deep diff): its first
 * unreadable document is a ManifestError. A duplicate key is read as Argo CD reads it, the last value winning.
 */
export function splitManifests(output: string): Manifest[] {
  const { manifests, problems } = readManifests(output);
  const bad = problems.find((p) => p.kind === 'unreadable');
  if (bad) throw new ManifestError(bad.source, bad.reason);
  return manifests;
}

type ChunkReading = ReturnType<typeof readDocuments>;

/**
 * A chunk's documents, read once per text: both refs of a diff render mostly the same documents (in a
 * fleet-wide values change, every Application but the one it touches), and each is read once. The
 * objects are frozen: two renders may hold the same ones, and nothing may change what the other reads.
 */
const readChunk = memoByText(
  (chunk: string): ChunkReading => {
    const read = readDocuments(chunk);
    if ('docs' in read) read.docs.forEach(deepFreeze);
    return read;
  },
  64 * 1024 * 1024,
);

/** Freezes `v` and everything in it: rendered objects are shared, and nothing may change them. */
export function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const child of Object.values(v)) deepFreeze(child);
}

/** One chunk's documents; a duplicate key read last-wins (as Argo CD's non-strict reader does) and said. */
function readDocuments(chunk: string): { docs: unknown[]; duplicate: string | null } | { error: string } {
  try {
    return { docs: loadAll(chunk, undefined, { schema: RENDERED_SCHEMA }), duplicate: null };
  } catch (e) {
    const err = e as YAMLException;
    if (err.reason !== 'duplicated mapping key') return { error: firstLine(err) };
    try {
      const docs = loadAll(chunk, undefined, { schema: RENDERED_SCHEMA, json: true });
      const line = chunk.split('\n')[err.mark.line]?.slice(err.mark.column) ?? '';
      const key = /^["']?([^"':]*)/.exec(line)?.[1]?.trim();
      return {
        docs,
        duplicate: `${key ? `key "${key}"` : 'a key'} is written twice in one mapping (Argo CD keeps the last value)`,
      };
    } catch (again) {
      return { error: firstLine(again as Error) };
    }
  }
}

function firstLine(e: Error): string {
  return e.message.split('\n')[0]!;
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

/**
 * The objects Argo CD deploys for one rendered document. Like its repo-server (GenerateManifests:
 * `obj.IsList()` / `EachListItem`), any object with an `items` array is a list, whatever its kind
 * (`List`, `SecretList`, a custom one): each item is an object of its own, one level deep (an item
 * with `items` of its own is not flattened again), and an item that is not an object makes Argo CD
 * refuse the document: the reason is returned instead. An object with `items: null` and no
 * `spec` or `status` is an empty list (Argo CD's isNullList) and deploys nothing.
 */
function listItems(doc: Record<string, unknown>): Record<string, unknown>[] | string {
  const items = doc.items;
  if (Array.isArray(items)) {
    const bad = items.findIndex((item) => !isMap(item));
    if (bad >= 0) {
      const item: unknown = items[bad];
      const got = item === null ? 'null' : describe(item);
      return `items[${bad}] of a list must be an object, got ${got}`;
    }
    return items as Record<string, unknown>[];
  }
  const nullList = 'items' in doc && items === null && !('spec' in doc) && !('status' in doc);
  return nullList ? [] : [doc];
}
