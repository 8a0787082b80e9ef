import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { validate } from '../commands/validate.js';
import { validateObjects } from '../commands/validate-objects.js';
import { withTree } from '../commands/with-tree.js';
import { createGit } from '../git/git.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { createCachingHelm } from '../helm/render-cache.js';
import { annotation, selectAnnotations } from '../report/annotations.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { renderJson, renderMarkdown } from '../report/validate-report.js';
import { renderedNotice, writeRenderedFiles } from '../report/rendered-files.js';
import { eventDefaultBranch, readEvent } from './event.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { coreLogger } from './logger.js';
import { runStep } from './run-step.js';
import { workspacePath } from './workspace.js';
import { plural } from '../util/plural.js';

/** The inputs of actions/validate/action.yml (test/unit/action-inputs-contract.test.ts keeps them equal). */
export const VALIDATE_INPUTS = inputSpecs({
  path: { type: 'string', default: '.' },
  ref: { type: 'string' },
  config: { type: 'string' },
  helm: { type: 'string' },
  'report-path': { type: 'string' },
  'fail-on-error': { type: 'boolean', default: true },
  /** None: nothing is rendered beyond validate's own renders. */
  'output-dir': { type: 'string' },
  /** None: renders are reused within the run only. */
  'cache-dir': { type: 'string' },
});

export type ValidateInputs = Inputs<typeof VALIDATE_INPUTS>;

/** Runs validate as an action step: annotations, job summary, outputs. Returns the failure to report, if any. */
export async function validateStep(
  inputs: ValidateInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const repo = workspacePath(workspace, inputs.path);
  const binary = resolveHelmBinary(inputs.helm, env);
  const helm = createCachingHelm(createHelm(binary), {
    cacheDir: inputs['cache-dir'] ? path.resolve(workspace, inputs['cache-dir']) : null,
    repoDir: repo,
    logger: coreLogger,
  });
  const git = createGit(repo, env);
  coreLogger.info(`helm: ${binary} (${await helm.version()})`);
  const defaultBranch = eventDefaultBranch(readEvent(env));
  const options = {
    git,
    ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
    helm,
    logger: coreLogger,
    ...(inputs.config ? { configFile: inputs.config } : {}),
  };
  const outDir = inputs['output-dir'] ? path.resolve(workspace, inputs['output-dir']) : null;
  const { result, clusters } = await withTree(repo, inputs.ref, git, async (dir) =>
    outDir
      ? validateObjects({ ...options, repoDir: dir })
      : { result: await validate({ ...options, repoDir: dir }), clusters: null },
  ).finally(() => helm.finish());
  if (outDir && clusters)
    coreLogger.info(renderedNotice(await writeRenderedFiles(clusters, outDir), outDir).trimEnd());
  core.setOutput('output-dir', outDir ?? '');
  const shown = selectAnnotations(result.findings);
  for (const f of shown) process.stdout.write(`${annotation(f)}\n`);
  if (shown.length < result.findings.length) {
    core.info(`${result.findings.length - shown.length} more findings are listed in the job summary.`);
  }
  const reportPath = path.resolve(
    workspace,
    inputs['report-path'] ??
      path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'gitops-promotion', 'validate-report.json'),
  );
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeFile(reportPath, renderJson(result));
  await writeSummary(result, shown.length);
  core.setOutput('errors', String(result.counts.error));
  core.setOutput('warnings', String(result.counts.warning));
  core.setOutput('report', reportPath);
  if (result.counts.error > 0 && inputs['fail-on-error']) {
    return `validation found ${plural(result.counts.error, 'error')}`;
  }
  return null;
}

async function writeSummary(result: ValidateResult, annotated: number): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const markdown = truncateBytes(
    renderMarkdown(result, { annotated }),
    SUMMARY_MAX_BYTES,
    'The summary was cut at 1 MiB; the complete findings are in the JSON report (output `report`).',
  );
  await core.summary.addRaw(markdown).write();
}

/** The one place that turns a failure into a failed step. */
export async function run(): Promise<void> {
  await runStep(() => validateStep(readInputs(VALIDATE_INPUTS)));
}
