import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { driftDashboard, type DashboardRun } from '../commands/drift-dashboard.js';
import type { RunApproval } from '../commands/drift-approve.js';
import { argocdOption } from '../commands/drift.js';
import { FAILED_OUTCOMES, promote } from '../commands/promote.js';
import { FAILED_RELEASE_OUTCOMES, release } from '../commands/release.js';
import { createGit } from '../git/git.js';
import { loadConfig } from '../gitops/config.js';
import { envForRef } from '../gitops/env-for-ref.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { createCachingHelm } from '../helm/render-cache.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { renderDriftJson } from '../report/drift-json.js';
import { renderDriftMarkdown } from '../report/drift-report.js';
import { recordPromotion } from './deployment-record.js';
import { driftTrigger } from './drift-event.js';
import { eventDefaultBranch, readEvent } from './event.js';
import { gitAuthEnv } from './git-auth.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { coreLogger } from './logger.js';
import { actionPorts, runLinks } from './ports.js';
import { runStep } from './run-step.js';
import { releaseRunOptions, WRITE_INPUTS } from './write-settings.js';
import { workspacePath } from './workspace.js';

/** The inputs of actions/drift/action.yml (test/unit/action-inputs-contract.test.ts keeps them equal). */
export const DRIFT_INPUTS = inputSpecs({
  'fail-on-drift': { type: 'boolean', default: false },
  publish: { type: 'boolean', default: true },
  'dry-run': { type: 'boolean', default: false },
  'report-dir': { type: 'string' },
  strategy: { type: 'enum', oneOf: ['fast-forward', 'merge'], default: 'fast-forward' },
  mode: { type: 'enum', oneOf: ['push', 'pull-request'], default: 'push' },
  bump: { type: 'enum', oneOf: ['patch', 'minor', 'major'], default: 'patch' },
  deployment: { type: 'boolean', default: true },
  /** None: renders are reused within the run only. */
  'cache-dir': { type: 'string' },
  ...WRITE_INPUTS,
});

export type DriftInputs = Inputs<typeof DRIFT_INPUTS>;

export async function driftStep(
  inputs: DriftInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const repoDir = workspacePath(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.path);
  const event = readEvent(env);
  const trigger = driftTrigger(env.GITHUB_EVENT_NAME, event);
  if (trigger.kind === 'other-issue-event') {
    core.info(`${trigger.why}: nothing to approve, the dashboard is left as it is`);
    return null;
  }
  if (trigger.kind === 'edit' && trigger.edit.editor.type === 'Bot') {
    // Its own rewrite (or another bot's): never a loop of runs rewriting the issue.
    core.info(`the dashboard was edited by a bot (${trigger.edit.editor.login}): nothing to do`);
    return null;
  }
  const { github, argocd } = actionPorts(inputs, env);
  const defaultBranch = eventDefaultBranch(event);
  const links = runLinks(env);
  const git = createGit(repoDir, gitAuthEnv(inputs.token, env));
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const helm = createCachingHelm(createHelm(resolveHelmBinary(inputs.helm, env)), {
    cacheDir: inputs['cache-dir'] ? path.resolve(workspace, inputs['cache-dir']) : null,
    repoDir,
    logger: coreLogger,
  });
  const run = await driftDashboard({
    repoDir,
    remote: inputs.remote,
    git,
    github,
    argocd: argocdOption(argocd, inputs['argocd-server'], 'argocd-token is empty (a missing secret?)'),
    helm,
    logger: coreLogger,
    ...(inputs.config ? { configFile: inputs.config } : {}),
    ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
    repository: env.GITHUB_REPOSITORY ?? null,
    publish: inputs.publish,
    dryRun: inputs['dry-run'],
    ...(trigger.kind === 'edit' ? { edit: trigger.edit } : {}),
    runApproval: approvalRunner(inputs, repoDir, env),
    links: { repoUrl: links.repoUrl, reportUrl: links.runUrl },
  }).finally(() => helm.finish());
  if (run.state === 'nothing-to-do') {
    coreLogger.info(run.reason);
    return null;
  }
  return finish(run, inputs, env);
}

async function finish(
  run: DashboardRun,
  inputs: DriftInputs,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  const dir = path.resolve(
    inputs['report-dir'] || path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'gitops-promotion-drift'),
  );
  mkdirSync(dir, { recursive: true });
  const full = path.join(dir, 'drift-report.md');
  writeFileSync(full, renderDriftMarkdown(run.report, { maxChars: Number.POSITIVE_INFINITY }));
  writeFileSync(path.join(dir, 'drift-report.json'), renderDriftJson(run.report));
  const p = run.publication;
  core.setOutput('drifted', String(run.report.drifted));
  core.setOutput('issue-number', 'issue' in p ? String(p.issue) : '');
  core.setOutput('report', full);
  core.info(
    `drift dashboard: ${'issue' in p ? `${p.action} issue #${p.issue}` : p.action === 'none' ? `none (${p.reason})` : `${p.action} (${p.reason})`}`,
  );
  // Through the logger: a box's names come from the issue body, and no line of them may be a workflow command.
  for (const a of run.approvals) coreLogger.info(a.message);
  if (env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(truncateBytes(run.body, SUMMARY_MAX_BYTES, 'The summary was cut at 1 MiB.'))
      .write();
  const failedApproval = run.approvals.find((a) => a.state === 'ran' && !a.ok);
  if (failedApproval) return failedApproval.message;
  if (inputs['fail-on-drift'] && run.report.drifted)
    return `drift found: ${run.report.counts.errors} errors, ${run.report.counts.warnings} warnings, ${run.report.counts.pendingCommits} commits pending`;
  return null;
}

/** Runs a ticked box: a promotion (recorded as a deployment) or a release, as the user who ticked it. */
function approvalRunner(inputs: DriftInputs, repoDir: string, env: NodeJS.ProcessEnv): RunApproval {
  return async (approval, actor) => {
    const { github, argocd } = actionPorts(inputs, env);
    if (approval.kind === 'release') {
      const out = await release({
        ...releaseRunOptions(
          {
            ...inputs,
            reason: `approved by ${actor} from the drift dashboard`,
            'skip-gates': false,
            verify: false,
            'rollback-on-failure': false,
          },
          repoDir,
          env,
        ),
        actor,
        bump: inputs.bump,
        sha: approval.fromSha,
      });
      return {
        ok: !FAILED_RELEASE_OUTCOMES.includes(out.result.outcome),
        message: `release ${approval.from} → ${approval.to}, approved by ${actor}: ${out.result.message}`,
      };
    }
    const defaultBranch = eventDefaultBranch(readEvent(env));
    const result = await promote({
      repoDir,
      remote: inputs.remote,
      from: approval.from,
      to: approval.to,
      sha: approval.fromSha,
      strategy: inputs.strategy,
      mode: inputs.mode,
      dryRun: false,
      approvedBy: actor,
      helm: createHelm(resolveHelmBinary(inputs.helm, env)),
      logger: coreLogger,
      git: createGit(repoDir, gitAuthEnv(inputs.token, env)),
      github,
      argocd,
      ...(inputs.config ? { configFile: inputs.config } : {}),
      ...(env.GITHUB_RUN_ID ? { ownRunId: env.GITHUB_RUN_ID } : {}),
      ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
    });
    const toEnv = envForRef(loadConfig(repoDir, inputs.config), result.to);
    if (inputs.deployment) await recordPromotion(github, result, toEnv, env);
    return {
      ok: !FAILED_OUTCOMES.includes(result.outcome),
      message: `promote ${approval.from} → ${approval.to}, approved by ${actor}: ${result.message}`,
    };
  };
}

export async function run(): Promise<void> {
  await runStep(() => driftStep(readInputs(DRIFT_INPUTS)));
}
