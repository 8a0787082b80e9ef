import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { loadConfig } from '../gitops/config.js';
import { createHelm, tryResolveHelmBinary } from '../helm/helm.js';
import type { Logger } from '../logger.js';
import { eventDefaultBranch, readEvent } from './event.js';
import { gitAuthEnv } from './git-auth.js';
import { coreLogger } from './logger.js';
import { actionPorts, runLinks } from './ports.js';
import { verifySettings as releaseVerify, type VerifySettings } from '../release/verify-settings.js';

/** Verification when the `verify` input or config `release.verify.enabled` asks for it (release, hotfix). */
export function verifySettings(
  inputs: {
    verify: boolean;
    'verify-timeout'?: string | undefined;
    'rollback-on-failure': boolean;
    config?: string | undefined;
  },
  repoDir: string,
): VerifySettings {
  const asked = {
    verify: inputs.verify,
    timeout: inputs['verify-timeout'],
    rollbackOnFailure: inputs['rollback-on-failure'],
  };
  return releaseVerify(loadConfig(repoDir, inputs.config).release.verify, asked, 'input "verify-timeout"');
}

/** The inputs every action that writes takes (promote, release, hotfix). */
export const WRITE_INPUTS = {
  path: { type: 'string', default: '.' },
  config: { type: 'string' },
  helm: { type: 'string' },
  token: { type: 'string', default: '', actionDefault: '${{ github.token }}' },
  'argocd-server': { type: 'string' },
  'argocd-token': { type: 'string' },
  remote: { type: 'string', default: 'origin' },
} as const;

/** Helm when there is one; without, the validation gate cannot run and the production diff is unknown. */
export function optionalHelm(explicit: string | undefined, env: NodeJS.ProcessEnv, logger: Logger) {
  const bin = tryResolveHelmBinary(explicit || undefined, env);
  if (!bin)
    logger.info('notice: no helm found: the validation gate cannot run, and the production diff is unknown');
  return bin ? createHelm(bin) : null;
}

/**
 * What release and hotfix steps pass the use case alike: the ports (GitHub, Argo CD, git with the
 * token in its environment, helm), who runs it and why, verification, the run's links and ids.
 */
export function releaseRunOptions(
  inputs: {
    token: string;
    'argocd-server'?: string | undefined;
    'argocd-token'?: string | undefined;
    remote: string;
    helm?: string | undefined;
    config?: string | undefined;
    reason?: string | undefined;
    'skip-gates': boolean;
    'dry-run': boolean;
    verify: boolean;
    'verify-timeout'?: string | undefined;
    'rollback-on-failure': boolean;
  },
  repoDir: string,
  env: NodeJS.ProcessEnv,
) {
  const reason = inputs.reason || undefined;
  if (inputs['skip-gates'] && !reason) throw new ConfigurationError('input skip-gates needs a reason');
  const { github, argocd } = actionPorts(inputs, env);
  const defaultBranch = eventDefaultBranch(readEvent(env));
  return {
    repoDir,
    remote: inputs.remote,
    ...(reason ? { reason } : {}),
    ...(inputs['skip-gates'] ? { skipGatesReason: reason! } : {}),
    dryRun: inputs['dry-run'],
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || null,
    verify: verifySettings(inputs, repoDir),
    helm: optionalHelm(inputs.helm, env, coreLogger),
    logger: coreLogger,
    git: createGit(repoDir, gitAuthEnv(inputs.token, env)),
    github,
    argocd,
    links: runLinks(env),
    ...(inputs.config ? { configFile: inputs.config } : {}),
    ...(env.GITHUB_RUN_ID ? { ownRunId: env.GITHUB_RUN_ID } : {}),
    ...(defaultBranch ? { eventDefaultBranch: defaultBranch } : {}),
  };
}
