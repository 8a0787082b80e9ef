import type { RuleId } from './rule-ids.js';

export type Severity = 'error' | 'warning' | 'notice';

/** One problem, located where the user can fix it. `file` is relative to the repo root. */
export interface Finding {
  severity: Severity;
  rule: RuleId;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  cluster: string | null;
}

export interface Position {
  file: string;
  line: number;
  column: number;
}

export function finding(
  severity: Severity,
  rule: RuleId,
  message: string,
  at: Partial<Position> | null,
  cluster: string | null = null,
): Finding {
  return {
    severity,
    rule,
    message,
    file: at?.file ?? null,
    line: at?.line ?? null,
    column: at?.column ?? null,
    cluster,
  };
}

/** `file:line` of a finding (`file` alone without a line, '' without a file), for one-line messages. */
export function fileLine(f: Pick<Finding, 'file' | 'line'>): string {
  if (!f.file) return '';
  return f.line ? `${f.file}:${f.line}` : f.file;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Stable order: file, line, column, rule, cluster, message. Errors before warnings at one place. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => [f.file ?? '\uffff', f.line ?? 0, f.column ?? 0] as const;
  return [...findings].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    if (la !== lb) return la - lb;
    if (ca !== cb) return ca - cb;
    if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
    if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
    if ((a.cluster ?? '') !== (b.cluster ?? '')) return (a.cluster ?? '') < (b.cluster ?? '') ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A finding as rules produce it: `subject` names the Application it is about, if any. */
export interface RawFinding extends Finding {
  subject?: string;
}

const MAX_NAMED = 3;

/**
 * One defect often shows in many places: a wrong server in `values.dev-01.yaml` reaches every
 * Application of dev-01, a bad line in the base `values.yaml` reaches every cluster. Findings with
 * the same rule, location and message are one finding, naming the clusters and Applications it hit.
 */
export function collapseFindings(findings: readonly RawFinding[]): Finding[] {
  const groups = new Map<string, { first: RawFinding; clusters: Set<string>; subjects: Set<string> }>();
  for (const f of findings) {
    const key = JSON.stringify([f.severity, f.rule, f.file, f.line, f.column, genericMessage(f)]);
    let group = groups.get(key);
    if (!group) {
      group = { first: f, clusters: new Set(), subjects: new Set() };
      groups.set(key, group);
    }
    if (f.cluster) group.clusters.add(f.cluster);
    if (f.subject) group.subjects.add(f.subject);
  }
  return [...groups.values()].map(({ first, clusters, subjects }) => {
    const { subject, ...plain } = first;
    const names = [...clusters].sort();
    let message = names.length > 1 ? genericMessage(first).replaceAll(CLUSTER, '<cluster>') : plain.message;
    const apps = [...subjects].sort();
    if (apps.length === 1 && subject) message = `${subject}: ${message}`;
    else if (apps.length > 1) {
      const named = apps.slice(0, MAX_NAMED).join(', ');
      const more = apps.length > MAX_NAMED ? ` and ${apps.length - MAX_NAMED} more` : '';
      message = `${message} (${apps.length} Applications: ${named}${more})`;
    }
    if (names.length > 1) message = `${message} (clusters: ${names.join(', ')})`;
    return { ...plain, message, cluster: names.length === 1 ? names[0]! : null };
  });
}

const CLUSTER = '\u0000';

/** The message with its own cluster's name abstracted, so the same defect on two clusters compares equal. */
function genericMessage(f: Finding): string {
  return f.cluster ? f.message.replaceAll(f.cluster, CLUSTER) : f.message;
}
