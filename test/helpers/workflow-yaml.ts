// A workflow or action.yml read with positions, and walks over its jobs and steps, for the workflow lints.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';

export interface YamlFile {
  /** Path relative to the root it was read from, with forward slashes. */
  rel: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

export interface JobNode {
  id: string;
  node: YAMLMap;
  line: number;
}

export interface StepNode {
  /** The job the step belongs to ('' for the steps of an action.yml). */
  job: string;
  node: YAMLMap;
  line: number;
}

export function readYaml(root: string, rel: string): YamlFile {
  const text = readFileSync(path.join(root, rel), 'utf8');
  const lines = new LineCounter();
  return { rel, text, doc: parseDocument(text, { lineCounter: lines }), lines };
}

export function lineOf(file: YamlFile, node: Node | null | undefined): number {
  return file.lines.linePos(node?.range?.[0] ?? 0).line;
}

/** A finding as the lints report it: `file:line: message`. */
export function at(file: YamlFile, node: Node | null | undefined, message: string): string {
  return `${file.rel}:${lineOf(file, node)}: ${message}`;
}

/** The YAML files directly in `dir` (relative to root), sorted; none when it does not exist. */
export function yamlFilesIn(root: string, dir: string): string[] {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** action.yml at the root and actions/<name>/action.yml, sorted. */
export function actionFilesIn(root: string): string[] {
  const nested = existsSync(path.join(root, 'actions'))
    ? readdirSync(path.join(root, 'actions'))
        .sort()
        .map((d) => `actions/${d}/action.yml`)
        .filter((f) => existsSync(path.join(root, f)))
    : [];
  return [...(existsSync(path.join(root, 'action.yml')) ? ['action.yml'] : []), ...nested];
}

export function mapAt(node: unknown, key: string): YAMLMap | undefined {
  if (!isMap(node)) return undefined;
  const value = node.get(key, true);
  return isMap(value) ? value : undefined;
}

/** The string value of a scalar under `key`, or undefined. */
export function scalarAt(node: unknown, key: string): string | undefined {
  if (!isMap(node)) return undefined;
  const value = node.get(key, true);
  return isScalar(value) && value.value !== null ? String(value.value) : undefined;
}

export function jobsOf(file: YamlFile): JobNode[] {
  const jobs = mapAt(file.doc.contents, 'jobs');
  if (!jobs) return [];
  return jobs.items.flatMap((pair) =>
    isScalar(pair.key) && isMap(pair.value)
      ? [{ id: String(pair.key.value), node: pair.value, line: lineOf(file, pair.key) }]
      : [],
  );
}

function stepsIn(file: YamlFile, job: string, owner: unknown): StepNode[] {
  const steps = isMap(owner) ? owner.get('steps', true) : undefined;
  if (!isSeq(steps)) return [];
  return steps.items.flatMap((s) => (isMap(s) ? [{ job, node: s, line: lineOf(file, s) }] : []));
}

/** Every step: of each job of a workflow, or of `runs.steps` of an action.yml. */
export function stepsOf(file: YamlFile): StepNode[] {
  const runs = mapAt(file.doc.contents, 'runs');
  if (runs) return stepsIn(file, '', runs);
  return jobsOf(file).flatMap((j) => stepsIn(file, j.id, j.node));
}

/** The events of a workflow's `on:` (a name, a list of names, or a mapping). */
export function triggersOf(file: YamlFile): string[] {
  const on: unknown = file.doc.toJS()?.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/** The `on.workflow_call` section of a reusable workflow, as plain data (undefined for other workflows). */
export function workflowCallOf(file: YamlFile): WorkflowCall | undefined {
  const on: unknown = file.doc.toJS()?.on;
  if (!triggersOf(file).includes('workflow_call')) return undefined;
  const call =
    on && typeof on === 'object' && !Array.isArray(on) ? (on as Record<string, unknown>).workflow_call : {};
  return (call ?? {}) as WorkflowCall;
}

export interface WorkflowCall {
  inputs?: Record<string, { type?: string; required?: boolean; description?: string } | null>;
  secrets?: Record<string, { required?: boolean; description?: string } | null>;
  outputs?: Record<string, { value?: string; description?: string } | null>;
}

/**
 * The file (relative to root) a job's `uses:` names: `./path` in the same repository, and this project's
 * own `<owner>/gitops-promotion/<path>@<ref>` resolved to the local copy (examples call it so); any other
 * repository is not here (undefined).
 */
export function resolveWorkflowRef(ref: string): string | undefined {
  if (ref.startsWith('./')) return path.posix.normalize(ref.slice(2));
  const m = /^[^/@\s]+\/gitops-promotion\/([^@\s]+)@[^@\s]+$/.exec(ref);
  return m ? path.posix.normalize(m[1]!) : undefined;
}
