import { finding, type RawFinding } from '../findings.js';
import { Locator } from '../gitops/locate.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import type { Comparison } from '../diff/compare-model.js';
import { headValidation } from '../diff/head-findings.js';
import type { DiffReport } from '../diff/model.js';
import type { Tree } from './diff-trees.js';
import { applyRuleSettings } from './validate-check.js';

/** Diff's verdict on head: validate's, every cluster, plus the component charts diff rendered at head. */

export { isAbout } from '../diff/head-findings.js';
export { reportRisks } from '../diff/report-risks.js';

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
  return headValidation(validation.findings, headFailureFindings(failures, head));
}

/**
 * The component charts that fail at head as findings, located, the config's rule settings applied
 * (per finding, so before or after collapsing them is the same), not yet collapsed over clusters.
 */
export function headFailureFindings(failures: Comparison['headFailures'], head: Tree): RawFinding[] {
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
  return applyRuleSettings(raw, head.config);
}
