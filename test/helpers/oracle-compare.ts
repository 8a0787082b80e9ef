import { rmSync } from 'node:fs';
import { oracleChanges, oracleSnapshot, type OracleChanges, type OracleSnapshot } from './argo-oracle.js';
import { diffBetween, type DiffJson } from './fixture-cli.js';
import { exportCommit, fixtureMeta, type FixtureHistory } from './fixture-history.js';

/**
 * One case of the differential test: what `diff` reports between two commits against what the
 * oracle (helm template with Argo CD's recipe, argo-oracle.ts) says changed, as comparable sets.
 */

/** The engine's and the oracle's view of one commit pair, in the same shape. */
export interface ChangeSets {
  /** `cluster|kind|namespace|name`: Applications whose own object changed, and every other changed object. */
  objects: string[];
  /** `cluster|application|kind|namespace|name`: resources of component charts. */
  deep: string[];
  /** `cluster|application`: components whose render could not be computed. */
  unknown: string[];
  /** Clusters that could not be compared. */
  failed: string[];
  changedClusters: string[];
  complete: boolean | null;
  code: number;
}

/** Snapshots by commit, taken once per history. */
export function snapshotter(h: FixtureHistory): (sha: string) => OracleSnapshot {
  const glob = fixtureMeta(h.name).bootstrapGlob;
  const cache = new Map<string, OracleSnapshot>();
  return (sha) => {
    let s = cache.get(sha);
    if (!s) {
      const dir = exportCommit(h, sha);
      try {
        s = oracleSnapshot(dir, sha, glob);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      cache.set(sha, s);
    }
    return s;
  };
}

export interface OracleCase {
  engine: ChangeSets;
  oracle: ChangeSets;
  /** How many keys the two sides were compared on. */
  keys: number;
  /** The `kind` of every entry of `clusters[].apps` (the contract: always `Application`). */
  appKinds: unknown[];
}

export async function oracleCase(
  h: FixtureHistory,
  snapshot: (sha: string) => OracleSnapshot,
  base: string,
  head: string,
): Promise<OracleCase> {
  const o = oracleChanges(snapshot(base), snapshot(head));
  const d = await diffBetween(h, base, head);
  const engine = engineSets(d.report, d.code, o);
  const oracle = expectedSets(o);
  const keys = new Set([...engine.objects, ...oracle.objects, ...engine.deep, ...oracle.deep]).size;
  const appKinds = (d.report?.clusters ?? []).flatMap((c) => (c.apps ?? []).map((a) => a.kind));
  return { engine, oracle, keys, appKinds };
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function expectedSets(o: OracleChanges): ChangeSets {
  const clusterOf = (k: string) => k.split('|')[0]!;
  const changedClusters = sorted([...o.objects, ...o.deep, ...o.unknown].map(clusterOf));
  const complete = o.unknown.size === 0 && o.failed.size === 0;
  // What deep mode says of an added or removed chart it cannot render is not asserted; nor, then, completeness.
  const open = o.unrenderedAddedOrRemoved.size > 0;
  return {
    objects: sorted(o.objects),
    deep: sorted(o.deep),
    unknown: sorted(o.unknown),
    failed: sorted(o.failed),
    changedClusters,
    complete: open ? null : complete,
    code: open ? -1 : !complete ? 2 : changedClusters.length > 0 ? 1 : 0,
  };
}

function engineSets(report: DiffJson | null, code: number, o: OracleChanges): ChangeSets {
  const objects: string[] = [];
  const deep: string[] = [];
  const unknown: string[] = [];
  const failed: string[] = [];
  for (const c of report?.clusters ?? []) {
    if (c.status === 'unknown') failed.push(c.name);
    for (const a of c.apps ?? []) {
      const own = a.status !== 'modified' || (a.fields?.length ?? 0) > 0;
      if (own) objects.push(`${c.name}|${a.kind ?? 'Application'}|${a.namespace}|${a.name}`);
      const app = `${c.name}|${a.name}`;
      if (o.unrenderedAddedOrRemoved.has(app)) continue;
      if (a.deep?.state === 'unknown') unknown.push(app);
      if (a.deep?.state === 'rendered')
        for (const r of a.deep.resources ?? []) deep.push(`${app}|${r.kind}|${r.namespace}|${r.name}`);
    }
    for (const x of c.objects ?? []) objects.push(`${c.name}|${x.kind}|${x.namespace}|${x.name}`);
  }
  const open = o.unrenderedAddedOrRemoved.size > 0;
  return {
    objects: sorted(objects),
    deep: sorted(deep),
    unknown: sorted(unknown),
    failed: sorted(failed),
    changedClusters: report ? sorted(report.changedClusters) : [],
    complete: open ? null : (report?.complete ?? null),
    code: open ? -1 : code,
  };
}
