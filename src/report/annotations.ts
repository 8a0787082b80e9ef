import type { Finding, Severity } from '../findings.js';

/** GitHub shows at most this many annotations of each severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command: `::error file=…,line=…,col=…,title=…::message`. */
export function annotation(f: Finding): string {
  const props: string[] = [];
  if (f.file) props.push(`file=${escapeProperty(f.file)}`);
  if (f.file && f.line) props.push(`line=${f.line}`);
  if (f.file && f.line && f.column) props.push(`col=${f.column}`);
  props.push(`title=${escapeProperty(`${f.rule}${f.cluster ? ` (${f.cluster})` : ''}`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/** The annotations GitHub will show (the first 10 of each severity); the rest belong in the summary. */
export function selectAnnotations(findings: readonly Finding[]): Finding[] {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  return findings.filter((f) => used[f.severity]++ < ANNOTATIONS_PER_SEVERITY);
}
