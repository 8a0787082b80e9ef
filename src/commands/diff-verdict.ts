import { collapseFindings, finding, sortFindings, type Finding, type RawFinding } from '../findings.js';
import type { RenderedApp } from '../gitops/applications.js';
import { Locator } from '../gitops/locate.js';
import type { Helm } from '../helm/helm.js';
import type { Logger } from '../logger.js';
import type { ChartRenders } from '../diff/chart-renders.js';
import type { Comparison } from '../diff/compare.js';
import { hasEntries, type ClusterDiff, type DiffReport, type Risk } from '../diff/model.js';
import type { RenderedObject } from '../gitops/objects.js';
import type { Tree } from './diff-trees.js';
import { applyRuleSettings, validate, type ValidateResult } from './validate.js';
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

/** How many times helm template ran with this Helm so far. */
export function templateRuns(helm: Helm): number {
  return helm.invocations.filter((args) => args[0] === 'template').length;
}

export interface HeadRender {
  apps: readonly RenderedApp[];
  rendered: ReadonlySet<string>;
  objects: readonly RenderedObject[];
  /** Per cluster, the rendered documents that could not be read. */
  unreadable: ReadonlyMap<string, readonly string[]>;
}

/**
 * validate at head, every cluster, with the trees already read: diff's verdict on head is validate's.
 * `headReady` settles once the clusters are rendered (before the rules run, which then overlap
 * with the component chart renders of the comparison).
 */
export function validateHead(
  head: Tree,
  options: { helm: Helm; logger: Logger; charts: ChartRenders; dependencyBuild: boolean },
  concurrency: number,
): { validating: Promise<ValidateResult>; headReady: Promise<HeadRender> } {
  let headRendered!: (head: HeadRender) => void;
  const headReady = new Promise<HeadRender>((r) => (headRendered = r));
  const validating = validate({
    repoDir: head.dir,
    helm: options.helm,
    logger: options.logger,
    concurrency,
    prepared: head,
    charts: options.charts,
    dependencyBuild: options.dependencyBuild,
    onRendered: (apps, rendered, objects, unreadable) =>
      headRendered({ apps, rendered, objects, unreadable }),
  }).finally(() => headRendered({ apps: [], rendered: new Set(), objects: [], unreadable: new Map() }));
  // Awaited by the caller; until then a failure must not count as unhandled.
  validating.catch(() => undefined);
  return { validating, headReady };
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
