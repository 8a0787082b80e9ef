import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAILED_RELEASE_OUTCOMES, release, type ReleaseOutput } from '../commands/release.js';
import { createGit } from '../git/git.js';
import { configInRepo, loadConfig } from '../gitops/config.js';
import { createHelm, tryResolveHelmBinary } from '../helm/helm.js';
import { stderrLogger, type Logger } from '../logger.js';
import { verifySettings as releaseVerify, type VerifySettings } from '../release/verify-settings.js';
import { renderReleaseJson, renderReleaseText } from '../report/release-report.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { cliPorts, WRITE_OPTIONS } from './ports.js';

export const RELEASE_HELP = `Usage: gitops-promotion release [options]

Cut a release from staging (config release.from): evaluate the gates on the candidate, create the
next immutable version tag (config release.versionTag, default stable-v{major}.{minor}.{patch}) and
move the stable tag to the same commit in one atomic push, each with a lease (a version tag is never
moved). Waves (config release.waves) move one after the other, each verified in Argo CD when asked.
With --github-repo and $GITHUB_TOKEN, a GitHub Release holds the notes: the commits, the gates and
what changes on the production clusters.

Options:
  --bump B             patch (default), minor or major
  --sha SHA            release this commit of staging (default: its head)
  --wave N             move the waves up to N, then stop (a later run continues)
  --rollback-to TAG    move stable (or --wave N's tag) back to release TAG, or "previous"; needs --reason
  --reason TEXT        why (recorded in the notes); required with --skip-gates and --rollback-to
  --skip-gates         do not evaluate the gates (requires --reason)
  --verify             after each wave, wait until Argo CD reports its Applications Synced and Healthy
  --verify-timeout D   how long to wait per wave (default: config release.verify.timeout, 10m)
  --rollback-on-failure  move a wave that fails verification back (default: config)
  --dry-run            compute everything (version, notes, diff, gates), push nothing
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --format FORMAT      text (default) or json
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the validation gate and the production diff
  --github-repo O/N    GitHub repository: gates, the GitHub Release (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for the health gate and verification (token: $ARGOCD_TOKEN)
  -h, --help           this help

Tokens are read from the environment only, never from arguments.
Exit codes: 0 released, nothing to release, rolled back, or dry run; 1 a gate failed, a push was
refused, a tag moved meanwhile, verification failed, or the GitHub Release is missing; 2 usage or
configuration error.
`;

const OPTIONS = {
  bump: { type: 'string', default: 'patch' },
  sha: { type: 'string' },
  wave: { type: 'string' },
  'rollback-to': { type: 'string' },
  reason: { type: 'string' },
  'skip-gates': { type: 'boolean', default: false },
  verify: { type: 'boolean', default: false },
  'verify-timeout': { type: 'string' },
  'rollback-on-failure': { type: 'boolean', default: false },
  ...WRITE_OPTIONS,
} as const;

export async function releaseCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help) {
    io.stdout(RELEASE_HELP);
    return EXIT.ok;
  }
  const bump = values.bump;
  if (bump !== 'patch' && bump !== 'minor' && bump !== 'major')
    throw new UsageError(`--bump must be patch, minor or major, got "${bump}"`);
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, got "${values.format}"`);
  if (values['rollback-to'] !== undefined && !values.reason?.trim())
    throw new UsageError('--rollback-to requires --reason');
  const wave = values.wave === undefined ? undefined : waveNumber(values.wave);
  const out = await release({
    ...cliReleaseOptions(values, io, {
      github:
        'no GitHub Release; the checks, soak (by deployment) and labels gates use git only or are skipped',
      argocd: 'the Argo CD health gate and verification are skipped',
    }),
    bump,
    ...(values.sha ? { sha: values.sha } : {}),
    ...(wave !== undefined ? { wave } : {}),
    ...(values['rollback-to'] !== undefined ? { rollbackTo: values['rollback-to'] } : {}),
  });
  io.stdout(values.format === 'json' ? renderReleaseJson(out.result) : releaseText(out, values['dry-run']));
  return FAILED_RELEASE_OUTCOMES.includes(out.result.outcome) ? EXIT.findings : EXIT.ok;
}

function releaseText(out: ReleaseOutput, dryRun: boolean): string {
  const text = renderReleaseText(out.result);
  return dryRun && out.notes ? `${text}\n--- release notes ---\n${out.notes.body}` : text;
}

function waveNumber(text: string): number {
  if (!/^[1-9]\d{0,2}$/.test(text))
    throw new UsageError(`--wave must be a wave number (1, 2, …), got "${text}"`);
  return Number(text);
}

/**
 * What release and hotfix pass the use case alike: the repo, the ports (GitHub and Argo CD from the
 * environment's tokens, git, helm when there is one), who runs it and why, verification.
 */
export function cliReleaseOptions(
  values: {
    repo?: string;
    config?: string;
    remote: string;
    reason?: string;
    'skip-gates': boolean;
    'dry-run': boolean;
    verify: boolean;
    'verify-timeout'?: string;
    'rollback-on-failure': boolean;
    helm?: string;
    'github-repo'?: string;
    'argocd-server'?: string;
  },
  io: CliIO,
  without: { github: string; argocd: string },
) {
  const reason = values.reason?.trim() || undefined;
  if (values['skip-gates'] && !reason) throw new UsageError('--skip-gates requires --reason');
  const logger = stderrLogger(false);
  const { github, argocd } = cliPorts(values, io, logger, without);
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  const configFile = values.config ? configInRepo(repoDir, values.config) : undefined;
  return {
    repoDir,
    remote: values.remote,
    ...(reason ? { reason } : {}),
    ...(values['skip-gates'] ? { skipGatesReason: reason! } : {}),
    dryRun: values['dry-run'],
    actor: cliActor(io),
    verify: verifySettings(values, repoDir, configFile),
    helm: optionalHelm(values.helm, io.env, logger),
    logger,
    git: createGit(repoDir, io.env),
    github,
    argocd,
    ...(configFile ? { configFile } : {}),
    ...(io.env.GITHUB_RUN_ID ? { ownRunId: io.env.GITHUB_RUN_ID } : {}),
  };
}

/** Verification when `--verify` or config `release.verify.enabled` asks for it. */
export function verifySettings(
  values: { verify: boolean; 'verify-timeout'?: string; 'rollback-on-failure': boolean },
  repoDir: string,
  configFile: string | undefined,
): VerifySettings {
  const asked = {
    verify: values.verify,
    timeout: values['verify-timeout'],
    rollbackOnFailure: values['rollback-on-failure'],
  };
  return releaseVerify(loadConfig(repoDir, configFile).release.verify, asked, '--verify-timeout');
}

/** Who runs the CLI: the workflow's actor, else the user's login name. */
export function cliActor(io: CliIO): string | null {
  return io.env.GITHUB_ACTOR || safeUser();
}

function safeUser(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}

/** Helm when there is one; without, the validation gate cannot run and the production diff is unknown. */
export function optionalHelm(explicit: string | undefined, env: NodeJS.ProcessEnv, logger: Logger) {
  const bin = tryResolveHelmBinary(explicit || undefined, env);
  if (!bin)
    logger.info('notice: no helm found: the validation gate cannot run, and the production diff is unknown');
  return bin ? createHelm(bin) : null;
}
