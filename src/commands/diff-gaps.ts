import { fileLine, type Finding } from '../findings.js';
import { globFiles } from '../gitops/glob.js';
import type { Tree } from './diff-trees.js';

/**
 * What head cannot say: report-level reasons (no cluster at all, a changed bootstrap file that does not
 * parse), and the base clusters a broken bootstrap at head hides (unknown, never 'removed').
 */
export interface HeadGaps {
  errors: string[];
  hidden: Map<string, string>;
}

export function headGaps(base: Tree, head: Tree): HeadGaps {
  const errors: string[] = [];
  if (head.topology.clusters.length === 0)
    errors.push(
      `no cluster found at head (no bootstrap Application matches ${head.config.bootstrapGlob} and the config declares no clusters)`,
    );
  const headNames = new Set(head.topology.clusters.map((c) => c.name));
  const problems = bootstrapProblems(head);
  const hidden = new Map<string, string>();
  for (const c of base.topology.clusters) {
    const why = c.bootstrap && !headNames.has(c.name) ? problems.get(c.bootstrap.file) : undefined;
    if (why) hidden.set(c.name, `its bootstrap at head cannot be read: ${why}`);
  }
  const explained = new Set(
    base.topology.clusters.flatMap((c) => (c.bootstrap && hidden.has(c.name) ? [c.bootstrap.file] : [])),
  );
  for (const [file, why] of problems) {
    if (explained.has(file) || base.listing.get(file) === head.listing.get(file)) continue;
    errors.push(`a bootstrap file at head cannot be read, what it deploys is unknown: ${why}`);
  }
  return { errors, hidden };
}

/** Bootstrap files at head with an error that drops what they define (YAML, schema): file → first reason. */
function bootstrapProblems(head: Tree): Map<string, string> {
  const files = new Set(head.topology.clusters.flatMap((c) => (c.bootstrap ? [c.bootstrap.file] : [])));
  const fatal = (f: Finding) =>
    f.severity === 'error' &&
    !!f.file &&
    (f.rule.startsWith('yaml-') || (f.rule === 'bootstrap-invalid' && !f.cluster));
  const found = [
    ...head.topology.findings,
    ...globFiles(head.files, head.config.bootstrapGlob).flatMap(
      (f) => head.files.readYaml(f)?.findings ?? [],
    ),
  ];
  const out = new Map<string, string>();
  for (const f of found) {
    if (!fatal(f) || out.has(f.file!)) continue;
    // A file that still defines a cluster at head is validated with it.
    if (files.has(f.file!)) continue;
    out.set(f.file!, `${fileLine(f)}: ${f.message}`);
  }
  return out;
}
