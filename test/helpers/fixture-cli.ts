import { expect } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { FixtureHistory } from './fixture-history.js';
import { helmBinary } from './helm.js';

/**
 * The engine as a user runs it on a fixture's clone: `validate` in the checked-out work tree and
 * `diff` between two commits, both through the CLI with JSON output, read back as plain data.
 */

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(h: FixtureHistory, argv: string[]): Promise<CliRun> {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd: h.dir,
    env: { ...h.env, HELM: helmBinary() },
  };
  const code = await runCli(argv, io);
  return { code, ...out };
}

/** A finding as the tests write it: the message is matched by substring. */
export interface ExpectedFinding {
  severity: 'error' | 'warning' | 'notice';
  rule: string;
  file: string | null;
  line: number | null;
  message: string;
}

export interface ValidateOutcome {
  code: number;
  findings: ExpectedFinding[];
  stderr: string;
}

/** `validate --format json` with the work tree at `sha`; the findings without column and cluster. */
export async function validateAt(h: FixtureHistory, sha: string): Promise<ValidateOutcome> {
  h.checkout(sha);
  const r = await cli(h, ['validate', '--format', 'json']);
  const findings = r.stdout.trim()
    ? ((JSON.parse(r.stdout) as { findings: ExpectedFinding[] }).findings ?? []).map((f) => ({
        severity: f.severity,
        rule: f.rule,
        file: f.file,
        line: f.line,
        message: f.message,
      }))
    : [];
  return { code: r.code, findings, stderr: r.stderr };
}

/** The parts of the diff JSON the tests read (the contract of issue 8). */
export interface DiffJson {
  complete: boolean;
  changedClusters: string[];
  clusters: {
    name: string;
    status: string;
    apps?: DiffEntry[];
    objects?: DiffEntry[];
  }[];
}

export interface DiffEntry {
  kind?: string;
  namespace: string;
  name: string;
  status: string;
  fields?: unknown[];
  deep?: { state: string; reason?: string; resources?: DiffEntry[] };
}

export interface DiffOutcome {
  code: number;
  report: DiffJson | null;
  stderr: string;
}

/** `diff --format json --exit-code` between two commits of the fixture. */
export async function diffBetween(
  h: FixtureHistory,
  base: string,
  head: string,
  extra: string[] = [],
): Promise<DiffOutcome> {
  const r = await cli(h, [
    'diff',
    '--base',
    base,
    '--head',
    head,
    '--format',
    'json',
    '--exit-code',
    ...extra,
  ]);
  let report: DiffJson | null;
  try {
    report = JSON.parse(r.stdout) as DiffJson;
  } catch {
    report = null;
  }
  return { code: r.code, report, stderr: r.stderr };
}

/**
 * A diff as the fixture tests assert it: exit code, `complete`, the changed clusters and, per
 * cluster that is not unchanged, its status and one line per changed entry (sorted) —
 * `<kind> <namespace>/<name>: <status>`, then (indented) the deep result of an Application:
 * `unknown: <reason>`, or each changed resource of its chart.
 */
export interface DiffSummary {
  code: number;
  complete: boolean | null;
  changedClusters: string[] | null;
  clusters: Record<string, { status: string; changes: string[] }>;
}

export function summarize(d: DiffOutcome): DiffSummary {
  const clusters: DiffSummary['clusters'] = {};
  for (const c of d.report?.clusters ?? []) {
    if (c.status === 'unchanged') continue;
    const groups: string[][] = [];
    for (const a of c.apps ?? []) {
      const deep = a.deep?.state === 'unknown' ? [`  unknown: ${a.deep.reason ?? '?'}`] : [];
      if (a.deep?.state === 'rendered')
        deep.push(...(a.deep.resources ?? []).map((r) => `  ${entryLine(r, '?')}`).sort());
      groups.push([entryLine(a, 'Application'), ...deep]);
    }
    for (const o of c.objects ?? []) groups.push([entryLine(o, '?')]);
    groups.sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
    clusters[c.name] = { status: c.status, changes: groups.flat() };
  }
  return {
    code: d.code,
    complete: d.report?.complete ?? null,
    changedClusters: d.report ? [...d.report.changedClusters].sort() : null,
    clusters,
  };
}

/** `Kind namespace/name: status` */
function entryLine(e: DiffEntry, kind: string): string {
  return `${e.kind ?? kind} ${e.namespace}/${e.name}: ${e.status}`;
}

/** What `toEqual` compares findings with: every field exact, the message by substring. */
export function findingsLike(expected: readonly ExpectedFinding[]): unknown[] {
  return expected.map((f) => ({ ...f, message: expect.stringContaining(f.message) }));
}
