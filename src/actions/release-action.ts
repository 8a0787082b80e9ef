import * as core from '@actions/core';
import { FAILED_RELEASE_OUTCOMES, release, type ReleaseOutput } from '../commands/release.js';
import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { loadConfig } from '../gitops/config.js';
import { mermaidPath, pendingCounts } from '../promote/record.js';
import { SUMMARY_MAX_BYTES, truncateBytes } from '../report/budget.js';
import { releaseHeader, renderProductionDiffs } from '../report/release-report.js';
import { gitAuthEnv } from './git-auth.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { runLinks } from './ports.js';
import { runStep } from './run-step.js';
import { releaseRunOptions, WRITE_INPUTS } from './write-settings.js';
import { workspacePath } from './workspace.js';

/** The inputs of actions/release/action.yml (test/unit/action-inputs-contract.test.ts keeps them equal). */
export const RELEASE_INPUTS = inputSpecs({
  bump: { type: 'enum', oneOf: ['patch', 'minor', 'major'], default: 'patch' },
  sha: { type: 'string' },
  wave: { type: 'integer' },
  'rollback-to': { type: 'string' },
  reason: { type: 'string' },
  'skip-gates': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  verify: { type: 'boolean', default: false },
  'verify-timeout': { type: 'string' },
  'rollback-on-failure': { type: 'boolean', default: false },
  ...WRITE_INPUTS,
});

export type ReleaseInputs = Inputs<typeof RELEASE_INPUTS>;

export async function releaseStep(
  inputs: ReleaseInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  if (inputs['rollback-to'] && !inputs.reason)
    throw new ConfigurationError('input rollback-to needs a reason');
  const repoDir = workspacePath(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.path);
  const gitEnv = gitAuthEnv(inputs.token, env);
  const out = await release({
    ...releaseRunOptions(inputs, repoDir, env),
    bump: inputs.bump,
    ...(inputs.sha ? { sha: inputs.sha } : {}),
    ...(inputs.wave !== undefined ? { wave: inputs.wave } : {}),
    ...(inputs['rollback-to'] ? { rollbackTo: inputs['rollback-to'] } : {}),
  });
  const r = out.result;
  core.setOutput('version', r.releaseVersion ?? '');
  core.setOutput('version-tag', r.versionTag ?? '');
  core.setOutput('sha', r.sha ?? '');
  core.setOutput('previous-sha', r.previousSha ?? '');
  core.setOutput('released', String(r.released));
  core.setOutput('release-url', r.release?.url ?? '');
  core.setOutput(
    'waves',
    JSON.stringify(
      r.waves.map(({ verification, ...w }) => ({ ...w, verified: verification?.state ?? null })),
    ),
  );
  core.setOutput('gates', JSON.stringify(r.gates));
  await writeSummary(out, repoDir, inputs, gitEnv, env);
  return FAILED_RELEASE_OUTCOMES.includes(r.outcome) ? r.message : null;
}

/** The job summary: the release's header, the promotion path with its waves, the production diff. */
async function writeSummary(
  out: ReleaseOutput,
  repoDir: string,
  inputs: ReleaseInputs,
  gitEnv: NodeJS.ProcessEnv,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  const r = out.result;
  const config = loadConfig(repoDir, inputs.config);
  const path = [
    ...Object.values(config.environments)
      .map((e) => e.ref)
      .filter((ref) => !r.waves.some((w) => w.tag === ref)),
    ...r.waves.map((w) => w.tag),
  ];
  const git = createGit(repoDir, gitEnv);
  const parts = [releaseHeader(r, runLinks(env)), '', '### Release path', ''];
  try {
    // The branches before the release's own, for their pending counts (an unknown one shows `?`).
    const branches = path.filter((p) => p !== r.from && !r.waves.some((w) => w.tag === p));
    if (branches.length > 0) await git.fetch(inputs.remote, branches).catch(() => undefined);
    parts.push(
      mermaidPath(path, await pendingCounts(git, inputs.remote, path), { from: r.from, to: r.waves[0]!.tag }),
    );
  } catch (e) {
    parts.push(`> ⚠️ The release path could not be drawn: ${(e as Error).message}`);
  }
  if (out.diffs.length > 0) parts.push('', renderProductionDiffs(out.diffs));
  const text = truncateBytes(
    parts.join('\n'),
    SUMMARY_MAX_BYTES,
    'The summary was cut at 1 MiB; the release asset has the whole production diff.',
  );
  await core.summary.addRaw(text).write();
}

export async function run(): Promise<void> {
  await runStep(() => releaseStep(readInputs(RELEASE_INPUTS)));
}
