import { loadConfig } from '../gitops/config.js';
import { createHelm, tryResolveHelmBinary } from '../helm/helm.js';
import type { Logger } from '../logger.js';
import { parseDuration } from '../promote/duration.js';

/** Verification when the `verify` input or config `release.verify.enabled` asks for it (release, hotfix). */
export function verifySettings(
  inputs: {
    verify: boolean;
    'verify-timeout'?: string | undefined;
    'rollback-on-failure': boolean;
    config?: string | undefined;
  },
  repoDir: string,
) {
  const v = loadConfig(repoDir, inputs.config).release.verify;
  if (!inputs.verify && !v.enabled) return null;
  const timeout = inputs['verify-timeout'] || v.timeout;
  return {
    timeoutMs: parseDuration(
      timeout,
      inputs['verify-timeout'] ? 'input "verify-timeout"' : 'release.verify.timeout',
    ),
    intervalMs: parseDuration(v.interval, 'release.verify.interval'),
    rollbackOnFailure: inputs['rollback-on-failure'] || v.rollbackOnFailure,
  };
}

/** Helm when there is one; without, the validation gate cannot run and the production diff is unknown. */
export function optionalHelm(explicit: string | undefined, env: NodeJS.ProcessEnv, logger: Logger) {
  const bin = tryResolveHelmBinary(explicit || undefined, env);
  if (!bin)
    logger.info('notice: no helm found: the validation gate cannot run, and the production diff is unknown');
  return bin ? createHelm(bin) : null;
}
