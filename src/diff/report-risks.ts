import { hasEntries, type ClusterDiff, type DiffReport, type Risk } from './model.js';
import { plural } from '../util/plural.js';

/** Risks are listed most dangerous first. */
const RISK_ORDER: Risk['kind'][] = [
  'validation-errors',
  'app-removed',
  'destination-changed',
  'production-changed',
  'target-revision-changed',
  'sources-changed',
  'automated-sync-toggled',
  'sync-wave-changed',
];

/** The report's risks, most dangerous first: validation errors, production clusters that change, then each Application's. */
export function reportRisks(
  validation: DiffReport['validation'],
  clusters: readonly ClusterDiff[],
  production: ReadonlySet<string>,
  appRisks: readonly Risk[],
): Risk[] {
  const risks: Risk[] = [];
  const errors = validation.errors;
  if (errors > 0) {
    risks.push({
      kind: 'validation-errors',
      cluster: null,
      application: null,
      message: `validation at head found ${plural(errors, 'error')}`,
    });
  }
  for (const c of clusters) {
    if (c.env && production.has(c.env) && hasEntries(c)) {
      risks.push({
        kind: 'production-changed',
        cluster: c.name,
        application: null,
        message: `production cluster ${c.name} (${c.env}) changes`,
      });
    }
  }
  risks.push(...appRisks);
  return risks.sort((a, b) => RISK_ORDER.indexOf(a.kind) - RISK_ORDER.indexOf(b.kind));
}

/**
 * The risks of a report merged from parts, in the order one run lists them: its validation's risk,
 * then by kind and, within a kind, by the cluster's place in the report (one run lists each kind
 * cluster by cluster); each part's order is kept for one cluster's risks of one kind. `parts` hold
 * each part's risks but validation's, which is the merged report's.
 */
export function mergedRisks(
  validation: DiffReport['validation'],
  parts: readonly (readonly Risk[])[],
  clusterOrder: readonly string[],
): Risk[] {
  const place = new Map(clusterOrder.map((c, i) => [c, i]));
  const at = (r: Risk) => (r.cluster === null ? -1 : (place.get(r.cluster) ?? clusterOrder.length));
  const merged = parts
    .flat()
    .filter((r) => r.kind !== 'validation-errors')
    .sort((a, b) => RISK_ORDER.indexOf(a.kind) - RISK_ORDER.indexOf(b.kind) || at(a) - at(b));
  return [...reportRisks(validation, [], new Set(), []), ...merged];
}
