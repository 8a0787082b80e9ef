import * as core from '@actions/core';
import { FAILED_FORWARD_MERGES, hotfix, type HotfixOutput } from '../commands/hotfix.js';
import { hotfixStart } from '../commands/hotfix-start.js';
import { FAILED_RELEASE_OUTCOMES } from '../commands/release.js';
import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { renderHotfixMarkdown } from '../report/hotfix-report.js';
import { gitAuthEnv } from './git-auth.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { coreLogger } from './logger.js';
import { runLinks } from './ports.js';
import { releaseRunOptions, WRITE_INPUTS } from './write-settings.js';
import { runStep } from './run-step.js';
import { workspacePath } from './workspace.js';

/** The inputs of actions/hotfix/action.yml (test/unit/action-inputs-contract.test.ts keeps them equal). */
export const HOTFIX_INPUTS = inputSpecs({
  branch: { type: 'string' },
  start: { type: 'string' },
  'forward-merge-mode': { type: 'enum', oneOf: ['', 'push', 'pull-request'], default: '' },
  'dry-run': { type: 'boolean', default: false },
  'skip-gates': { type: 'boolean', default: false },
  reason: { type: 'string' },
  verify: { type: 'boolean', default: false },
  'verify-timeout': { type: 'string' },
  'rollback-on-failure': { type: 'boolean', default: false },
  ...WRITE_INPUTS,
});

export type HotfixInputs = Inputs<typeof HOTFIX_INPUTS>;

export async function hotfixStep(
  inputs: HotfixInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const repoDir = workspacePath(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.path);
  const gitEnv = gitAuthEnv(inputs.token, env);
  if (inputs.start) return startStep(inputs, repoDir, gitEnv);
  const branch = inputs.branch || runBranch(env);
  const out = await hotfix({
    ...releaseRunOptions(inputs, repoDir, env),
    branch,
    ...(inputs['forward-merge-mode'] ? { mode: inputs['forward-merge-mode'] } : {}),
  });
  setOutputs(out);
  await writeSummary(out, env);
  const h = out.result;
  // A conflict does not fail the step (its pull request is the result), but until it is merged the
  // next release of staging would lack the hotfix: an annotation says so.
  for (const m of h.forwardMerges) {
    if (m.state === 'conflict-pr')
      core.warning(
        `${m.target} does not have the hotfix yet: ${m.message}; merge the pull request before the next release`,
      );
  }
  const failed =
    FAILED_RELEASE_OUTCOMES.includes(h.release.outcome) ||
    h.forwardMerges.some((m) => FAILED_FORWARD_MERGES.includes(m.state));
  return failed ? h.message : null;
}

/** The branch the workflow runs on (`GITHUB_REF` refs/heads/…): the default hotfix branch. */
function runBranch(env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_REF ?? '';
  if (!ref.startsWith('refs/heads/'))
    throw new ConfigurationError('input branch is required when the workflow does not run on a branch');
  return ref.slice('refs/heads/'.length);
}

function setOutputs(out: HotfixOutput): void {
  const h = out.result;
  const r = h.release;
  core.setOutput('branch', h.branch);
  core.setOutput('version', r.releaseVersion ?? '');
  core.setOutput('version-tag', r.versionTag ?? '');
  core.setOutput('sha', r.sha ?? '');
  core.setOutput('released', String(r.released));
  core.setOutput('release-url', r.release?.url ?? '');
  core.setOutput('forward-merges', JSON.stringify(h.forwardMerges));
}

async function startStep(
  inputs: HotfixInputs,
  repoDir: string,
  gitEnv: NodeJS.ProcessEnv,
): Promise<string | null> {
  const r = await hotfixStart({
    repoDir,
    remote: inputs.remote,
    name: inputs.start!,
    dryRun: inputs['dry-run'],
    ...(inputs.config ? { configFile: inputs.config } : {}),
    git: createGit(repoDir, gitEnv),
    logger: coreLogger,
  });
  core.setOutput('branch', r.branch);
  core.setOutput('sha', r.sha);
  coreLogger.info(r.message);
  return r.state === 'refused' ? r.message : null;
}

async function writeSummary(out: HotfixOutput, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  const text = truncateBytes(
    renderHotfixMarkdown(out.result, out.diffs, runLinks(env)),
    SUMMARY_MAX_BYTES,
    'The summary was cut at 1 MiB; the release asset has the whole production diff.',
  );
  await core.summary.addRaw(text).write();
}

export async function run(): Promise<void> {
  await runStep(() => hotfixStep(readInputs(HOTFIX_INPUTS)));
}
