import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { diff, type DiffOptions } from '../commands/diff.js';
import { diffAggregate, diffPart, diffPlan } from '../commands/diff-shard.js';
import type { MergeTarget } from '../diff/merge-parts.js';
import type { DiffReport } from '../diff/model.js';
import { writePart, writePlan } from '../diff/part-files.js';
import { parseShard, shardName } from '../diff/shard-model.js';
import { ConfigurationError } from '../errors.js';
import { createGitHubClient, httpTimeoutFromEnv, parseRepository } from '../github/client.js';
import { syncMarkedComments } from '../github/comments.js';
import { GitHubApiError } from '../github/errors.js';
import { createGit } from '../git/git.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { type CachingHelm, createCachingHelm } from '../helm/render-cache.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { commentPart, splitDiffComments } from '../report/diff-comments.js';
import { writeDiffFiles } from '../report/diff-files.js';
import { renderDiffMarkdown } from '../report/diff-markdown.js';
import { eventDefaultBranch, readEvent } from './event.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { runStep } from './run-step.js';
import { coreLogger } from './logger.js';
import { workspacePath } from './workspace.js';
import { hotfixBase } from './hotfix-base.js';
import { ParseCache } from '../gitops/parse-cache.js';

/** The inputs of actions/diff/action.yml (test/unit/action-inputs-contract.test.ts keeps them equal). */
export const DIFF_INPUTS = inputSpecs({
  base: { type: 'string' },
  head: { type: 'string' },
  path: { type: 'string', default: '.' },
  config: { type: 'string' },
  helm: { type: 'string' },
  /** None: the config's `diff.deep` decides. */
  deep: { type: 'boolean' },
  'dependency-build': { type: 'boolean', default: false },
  clusters: { type: 'list', default: [] },
  comment: { type: 'boolean', default: true },
  'pr-number': { type: 'integer' },
  token: { type: 'string', default: '', actionDefault: '${{ github.token }}' },
  'output-dir': { type: 'string' },
  /** None: renders are reused within the run only. */
  'cache-dir': { type: 'string' },
  /** Plan the diff in at most this many shards (the `matrix` output); nothing rendered or posted. */
  shards: { type: 'integer' },
  /** `K/N`: diff that part of the plan, written to output-dir; nothing posted. */
  shard: { type: 'string' },
  /** The plan and the parts, downloaded: merged into the one diff, posted as a diff is. */
  parts: { type: 'string' },
});

export type DiffInputs = Inputs<typeof DIFF_INPUTS>;

/**
 * Runs diff as an action step: PR comment(s), job summary, artifact files, outputs. Sharded over
 * jobs: `shards` plans, `shard` diffs one part, `parts` merges the parts and posts like one diff.
 */
export async function diffStep(
  inputs: DiffInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const modes = (['shards', 'shard', 'parts'] as const).filter((m) => inputs[m] !== undefined);
  if (modes.length > 1) throw new ConfigurationError(`inputs ${modes.join(' and ')} do not go together`);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const outDir = path.resolve(
    workspace,
    inputs['output-dir'] ?? path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'gitops-promotion', 'diff'),
  );
  if (inputs.shards !== undefined) {
    // The plan runs no helm: only git object ids and the topology.
    const { options } = await diffOptions(inputs, env);
    const plan = await diffPlan(options, inputs.shards);
    core.setOutput('matrix', JSON.stringify(plan.matrix));
    core.setOutput('report', await writePlan(plan, outDir));
    return null;
  }
  if (inputs.shard !== undefined) return partStep(inputs, env, outDir);
  let report: DiffReport;
  if (inputs.parts !== undefined)
    report = await diffAggregate(path.resolve(workspace, inputs.parts), mergeTarget(inputs, env));
  else {
    const { options, note } = await diffOptions(inputs, env);
    const helm = helmOf(inputs, env);
    const parseCache = ParseCache.open(helm.store?.dir ?? null, coreLogger);
    report = await diff({ ...options, helm, parseCache }).finally(() => helm.finish());
    if (note) report.notes.push(note);
  }
  return publishReport(report, inputs, env, outDir);
}

/**
 * What the merged diff is posted for: the head of the pull request (or input head) and input base.
 * The event's base is not required: a hotfix pull request's plan compares with the stable tag, which
 * the merge job (no checkout of the repository) cannot tell; its head is what makes another run's parts.
 */
function mergeTarget(inputs: DiffInputs, env: NodeJS.ProcessEnv): MergeTarget {
  const event = readEvent(env);
  return { base: inputs.base ?? null, head: inputs.head ?? event.pull_request?.head.sha ?? null };
}

/** The diff's options from the inputs and the event; the note of a hotfix pull request's base. */
async function diffOptions(
  inputs: DiffInputs,
  env: NodeJS.ProcessEnv,
): Promise<{ options: Omit<DiffOptions, 'helm'>; note: string | null }> {
  const event = readEvent(env);
  const repoDir = workspacePath(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.path);
  const git = createGit(repoDir, env);
  const hotfix = inputs.base ? null : await hotfixBase(event, repoDir, inputs.config, git);
  const base = inputs.base ?? hotfix?.base ?? event.pull_request?.base.sha;
  const head = inputs.head ?? event.pull_request?.head.sha;
  if (!base || !head)
    throw new ConfigurationError('inputs base and head are required outside pull_request events');
  const defaultBranch = eventDefaultBranch(event);
  const options: Omit<DiffOptions, 'helm'> = {
    git,
    base,
    head,
    logger: coreLogger,
    ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
    ...(inputs.clusters.length ? { clusters: inputs.clusters } : {}),
    ...(inputs.deep !== undefined ? { deep: inputs.deep } : {}),
    dependencyBuild: inputs['dependency-build'],
    ...(inputs.config ? { configFile: inputs.config } : {}),
  };
  return { options, note: hotfix?.note ?? null };
}

/** The helm of a diff or a part: behind the render cache, kept in input cache-dir when one is given. */
function helmOf(inputs: DiffInputs, env: NodeJS.ProcessEnv): CachingHelm {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  return createCachingHelm(createHelm(resolveHelmBinary(inputs.helm, env)), {
    cacheDir: inputs['cache-dir'] ? path.resolve(workspace, inputs['cache-dir']) : null,
    repoDir: workspacePath(workspace, inputs.path),
    logger: coreLogger,
  });
}

/** One part of a sharded diff, written to `outDir`; it fails only when it cannot be written. */
async function partStep(inputs: DiffInputs, env: NodeJS.ProcessEnv, outDir: string): Promise<null> {
  const shard = parseShard(inputs.shard!, 'input shard');
  const { options, note } = await diffOptions(inputs, env);
  const helm = helmOf(inputs, env);
  const parseCache = ParseCache.open(helm.store?.dir ?? null, coreLogger);
  const part = await diffPart({ ...options, helm, parseCache }, shard).finally(() => helm.finish());
  if (note) part.report.notes.push(note);
  const file = await writePart(part, outDir);
  const unknown = part.report.complete
    ? ''
    : '; some of them could not be compared (the merged diff says what)';
  coreLogger.info(
    `part ${shardName(part.shard)}: ${part.clusters.length} clusters diffed, written to ${file}${unknown}`,
  );
  core.setOutput('report', file);
  return null;
}

/** The report's files, summary, outputs and comment; the failure to report (one line), or null. */
async function publishReport(
  report: DiffReport,
  inputs: DiffInputs,
  env: NodeJS.ProcessEnv,
  outDir: string,
): Promise<string | null> {
  const event = readEvent(env);
  const reportPath = await writeDiffFiles(report, outDir);
  if (env.GITHUB_STEP_SUMMARY) {
    const md = truncateBytes(
      renderDiffMarkdown(report),
      SUMMARY_MAX_BYTES,
      `The summary was cut at 1 MiB; ${outDir} (upload it as an artifact) has the complete diff.`,
    );
    await core.summary.addRaw(md).write();
  }
  // The outputs and the summary are there even when commenting fails below.
  // `changed` is what is proven to change; `complete: false` says that something else is unknown.
  core.setOutput('changed', String(report.changed));
  core.setOutput('complete', String(report.complete));
  core.setOutput('changed-clusters', JSON.stringify(report.changedClusters));
  core.setOutput('report', reportPath);
  const prNumber = inputs['pr-number'] ?? (event.pull_request?.number || event.number || 0);
  const commented =
    inputs.comment && prNumber > 0 ? await commentOnPullRequest(inputs.token, env, prNumber, report) : null;
  // Each incomplete cluster with its first reason (file:line where there is one).
  const broken = report.clusters
    .filter((c) => c.errors.length > 0)
    .map((c) => `${c.name} (${c.errors[0]}${c.errors.length > 1 ? `; ${c.errors.length - 1} more` : ''})`);
  const failures = [
    ...report.errors.map((e) => `the diff is incomplete: ${e}`),
    ...(broken.length ? [`could not compare ${broken.join(', ')}; the diff is incomplete`] : []),
    ...(commented ? [commented] : []),
  ];
  return failures.length ? failures.join('; ') : null;
}

/** Posts or edits the diff comment(s); the failure to report (one line), or null. */
async function commentOnPullRequest(
  token: string,
  env: NodeJS.ProcessEnv,
  prNumber: number,
  report: DiffReport,
): Promise<string | null> {
  if (!token) return 'input token is required to comment on the pull request';
  const timeoutMs = httpTimeoutFromEnv(env);
  const gh = createGitHubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com', coreLogger, {
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  const repo = parseRepository(env.GITHUB_REPOSITORY ?? '');
  try {
    await syncMarkedComments(
      gh,
      { ...repo, issue: prNumber, kind: 'pr' },
      splitDiffComments(report),
      commentPart,
      coreLogger,
    );
    return null;
  } catch (e) {
    if (e instanceof GitHubApiError) return e.message;
    throw e;
  }
}

export async function run(): Promise<void> {
  await runStep(() => diffStep(readInputs(DIFF_INPUTS)));
}
