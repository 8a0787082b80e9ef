import type { RawFinding } from '../findings.js';
import { valuesRoot, type ClusterValues } from './cluster-values.js';
import type { Config } from './config.js';
import type { RepoFiles } from './repo-files.js';
import type { Cluster } from './topology.js';
import {
  selectValuesCheck,
  validateMergedValues,
  validateValuesFile,
  type ValuesCheck,
  type ValuesSchema,
} from './values-schema.js';
import { checkParameter, compareWithShape, type ValuesShape } from './values-shape.js';

/**
 * The `values-schema` and `values-shape` findings of every cluster's values: each values file once per
 * chart, the inline values and the `--set` parameters of each cluster, at the line that wrote them.
 */
export async function checkClusterValues(
  files: RepoFiles,
  config: Config,
  clusters: readonly Cluster[],
  values: ReadonlyMap<string, ClusterValues>,
): Promise<RawFinding[]> {
  const schema = new SchemaFindings();
  const shape: RawFinding[] = [];
  const checkedFiles = new Set<string>();
  const once = (origin: string, file: string) => {
    const key = `${origin}\0${file}`;
    if (checkedFiles.has(key)) return false;
    checkedFiles.add(key);
    return true;
  };
  const checks = new Map<string, Promise<ValuesCheck>>();
  for (const cluster of clusters) {
    const check = await selectValuesCheck(files, config, cluster.chart, checks);
    const v = values.get(cluster.name)!;
    if (check.kind === 'schema') schema.check(files, check.schema, cluster, v, once);
    else if (check.kind === 'shape') shape.push(...againstShape(files, check.shape, cluster, v, once));
  }
  return [...schema.findings(), ...shape];
}

type Once = (origin: string, file: string) => boolean;

/**
 * A JSON schema's findings: each file alone for shape keywords, then the merged values of each cluster
 * for everything. One problem, one finding: a file's problem that reaches a cluster's merged values is
 * reported there (with its cluster); the file's own check keeps what no merge holds (a value every
 * cluster overrides). A value keeps its position through the merge, so the position says which.
 */
class SchemaFindings {
  private readonly perFile: { origin: string; finding: RawFinding }[] = [];
  private readonly merged: RawFinding[] = [];
  private readonly flagged = new Set<string>();

  check(files: RepoFiles, schema: ValuesSchema, cluster: Cluster, v: ClusterValues, once: Once): void {
    for (const file of v.files) {
      if (!once(schema.origin, file)) continue;
      const root = valuesRoot(files.readYaml(file));
      if (root)
        for (const finding of validateValuesFile(schema, root, file))
          this.perFile.push({ origin: schema.origin, finding });
    }
    if (!v.merged || v.broken) return;
    const fallback = v.chartValues ?? v.files[0] ?? cluster.chart;
    for (const f of validateMergedValues(schema, v.merged, cluster.name, fallback)) {
      this.merged.push(f);
      this.flagged.add(at(schema.origin, f));
    }
  }

  findings(): RawFinding[] {
    const alone = this.perFile.filter((p) => !this.flagged.has(at(p.origin, p.finding)));
    return [...alone.map((p) => p.finding), ...this.merged];
  }
}

function at(origin: string, f: RawFinding): string {
  return JSON.stringify([origin, f.file, f.line, f.column]);
}

/** Each values file of the cluster (not the base itself), its inline values and its `--set` parameters. */
function againstShape(
  files: RepoFiles,
  shape: ValuesShape,
  cluster: Cluster,
  v: ClusterValues,
  once: Once,
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const file of v.valueFiles) {
    if (file === shape.file || !once(`shape:${shape.file}`, file)) continue;
    const root = valuesRoot(files.readYaml(file));
    if (root) out.push(...compareWithShape(shape, root));
  }
  if (v.inline) out.push(...compareWithShape(shape, v.inline, cluster.name));
  // The parameters helm gets: each name once, build variables substituted, overrides applied.
  v.recipe.parameters.forEach((p, i) => {
    out.push(...checkParameter(shape, p, v.parameterAt[i] ?? cluster.definedAt, cluster.name));
  });
  return out;
}
