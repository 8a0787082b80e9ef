import { CORE_SCHEMA, loadAll } from 'js-yaml';

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
 * Splits `helm template` output into objects, keeping each one's `# Source:` template.
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
    for (const object of docs) {
      if (object && typeof object === 'object' && !Array.isArray(object)) {
        out.push({ source, object: object as Record<string, unknown> });
      }
    }
  }
  return out;
}
