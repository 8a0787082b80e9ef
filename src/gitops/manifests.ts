import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { isMap } from '../util/is-map.js';

/** One object helm rendered, with the template that produced it (`app-of-apps/templates/x.yaml`). */
export interface Manifest {
  source: string | null;
  object: Record<string, unknown>;
}

/**
 * Helm rendered YAML that Argo CD would refuse (e.g. a key twice in one mapping: Go's YAML reader and
 * kubectl reject it): a finding about the chart, never a crash.
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
 * Splits `helm template` output into objects, keeping each one's `# Source:` template; a list's
 * items are objects of their own, as Argo CD deploys them (see listItems).
 * Rendered output needs no positions, so it is read with js-yaml (core schema: no dates, no
 * YAML 1.1 booleans), several times faster than the position-keeping reader used for values.
 */
export function splitManifests(output: string): Manifest[] {
  const out: Manifest[] = [];
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    if (chunk.trim() === '') continue;
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim() ?? null;
    let docs: unknown[];
    try {
      docs = loadAll(chunk, undefined, { schema: CORE_SCHEMA });
    } catch (e) {
      throw new ManifestError(source, (e as Error).message.split('\n')[0]!);
    }
    for (const doc of docs) {
      if (!isMap(doc)) continue;
      for (const object of listItems(doc, source)) out.push({ source, object });
    }
  }
  return out;
}

/**
 * The objects Argo CD deploys for one rendered document. Like its repo-server (GenerateManifests:
 * `obj.IsList()` / `EachListItem`), any object with an `items` array is a list, whatever its kind
 * (`List`, `SecretList`, a custom one): each item is an object of its own, one level deep (an item
 * with `items` of its own is not flattened again), and an item that is not an object makes Argo CD
 * refuse the whole render, so it is a ManifestError here. An object with `items: null` and no
 * `spec` or `status` is an empty list (Argo CD's isNullList) and deploys nothing.
 */
function listItems(doc: Record<string, unknown>, source: string | null): Record<string, unknown>[] {
  const items = doc.items;
  if (Array.isArray(items)) {
    return items.map((item, i) => {
      if (isMap(item)) return item;
      const got = item === null ? 'null' : Array.isArray(item) ? 'an array' : `a ${typeof item}`;
      throw new ManifestError(source, `items[${i}] of a list must be an object, got ${got}`);
    });
  }
  const nullList = 'items' in doc && items === null && !('spec' in doc) && !('status' in doc);
  return nullList ? [] : [doc];
}
