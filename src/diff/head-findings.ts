import { collapseFindings, fileLine, sortFindings, type Finding, type RawFinding } from '../findings.js';
import type { DiffReport } from './model.js';

/** What diff says of head from validate's findings: about a cluster, and the verdict with the charts' failures. */

/** Whether a finding is about a cluster: its own, or one collapsed over several that names it. */
export function isAbout(f: Finding, cluster: string): boolean {
  if (f.cluster !== null) return f.cluster === cluster;
  const named = /\(clusters: ([^()]*)\)$/.exec(f.message);
  return !!named && named[1]!.split(', ').includes(cluster);
}

export const HEAD_RENDER_ERROR = 'cannot render at head: ';

/** Why a cluster did not render at head: the first error validation found about it, with its file and line. */
export function headRenderError(findings: readonly Finding[], cluster: string): string {
  const why = findings.find((f) => f.severity === 'error' && isAbout(f, cluster));
  const at = why?.file ? `${fileLine(why)}: ` : '';
  return `${HEAD_RENDER_ERROR}${why ? `${at}${why.message}` : 'see validation'}`;
}

/**
 * Diff's validation of head: validate's findings, plus the component charts that fail at head
 * (`failures`: located, the config's rule settings applied), one finding for the same defect on
 * many clusters. The same whether the failures come from one run or from the parts of a sharded one.
 */
export function headValidation(
  validated: readonly Finding[],
  failures: readonly RawFinding[],
): DiffReport['validation'] {
  const findings = sortFindings([...validated, ...collapseFindings(failures)]);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), findings };
}
