import { parseAllDocuments } from 'yaml';

/** One object helm rendered, with the template that produced it (`app-of-apps/templates/x.yaml`). */
export interface Manifest {
  source: string | null;
  object: Record<string, unknown>;
}

/** Splits `helm template` output into objects, keeping each one's `# Source:` template. */
export function splitManifests(output: string): Manifest[] {
  const out: Manifest[] = [];
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    if (chunk.trim() === '') continue;
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim() ?? null;
    for (const doc of parseAllDocuments(chunk)) {
      if (doc.errors.length > 0)
        throw new Error(`helm produced unparsable YAML from ${source}: ${doc.errors[0]!.message}`);
      const object = doc.toJS({ maxAliasCount: -1 }) as unknown;
      if (object && typeof object === 'object' && !Array.isArray(object)) {
        out.push({ source, object: object as Record<string, unknown> });
      }
    }
  }
  return out;
}
