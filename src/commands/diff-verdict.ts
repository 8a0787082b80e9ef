import { collapseFindings, finding, sortFindings, type Finding, type RawFinding } from '../findings.js';
import { Locator } from '../gitops/locate.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import type { Comparison } from '../diff/compare-model.js';
import { hasEntries, type ClusterDiff, type DiffReport, type Risk } from '../diff/model.js';
import type { Tree } from './diff-trees.js';
import { applyRuleSettings } from './validate-check.js';
import { plural } from '../util/plural.js';

/** Diff's verdict on head: validate's, every cluster, plus the component charts diff rendered at head; and the risks. */

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

/** Whether a finding is about a cluster: its own, or one collapsed over several that names it. */
export function isAbout(f: Finding, cluster: string): boolean {
  if (f.cluster !== null) return f.cluster === cluster;
  const named = /\(clusters: ([^()]*)\)$/.exec(f.message);
  return !!named && named[1]!.split(', ').includes(cluster);
}

/**
 * validate's findings at head, plus one error for each component chart this diff rendered at head
 * that fails as it would in Argo CD (validate does not render component charts): `helm-template`, or
 * `helm-argument` for a value helm must not get, at the template line that writes the Application's
 * source path; one finding for the same defect on many clusters.
 */
export function headVerdict(
  validation: ValidateResult,
  failures: Comparison['headFailures'],
  head: Tree,
): DiffReport['validation'] {
  const locate = new Locator(head.files, new Map());
  const raw: RawFinding[] = failures.map((f) => ({
    ...finding(
      'error',
      f.rule,
      `component chart ${f.chart} does not render: ${f.reason}`,
      locate.template(f.app, ['spec', 'source', 'path']),
      f.app.cluster.name,
    ),
    subject: f.app.name,
  }));
  const findings = sortFindings([
    ...validation.findings,
    ...applyRuleSettings(collapseFindings(raw), head.config),
  ]);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), findings };
}

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
