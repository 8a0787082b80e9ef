import * as core from '@actions/core';
import type { PromoteResult } from '../commands/promote.js';
import type { GitHubPort } from '../ports/github.js';
import { recordDeployment } from '../promote/record.js';
import { coreLogger } from './logger.js';
import { runLinks } from './ports.js';

/**
 * Records a promotion that moved `to` as a GitHub Deployment of its environment (promote, and drift's
 * approved promotions). The push has happened: a record that cannot be written is a warning, never a
 * failed promotion.
 */
export async function recordPromotion(
  github: GitHubPort | null,
  result: PromoteResult,
  toEnv: string | null,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!result.promoted || !github || !toEnv) return;
  try {
    const id = await recordDeployment(github, result, toEnv, runLinks(env).runUrl ?? null);
    coreLogger.info(`deployment ${id} recorded for environment ${toEnv}`);
  } catch (e) {
    // An annotation: the toolkit escapes its message onto one line, so it can start no other command.
    core.warning(`the deployment of ${toEnv} could not be recorded: ${(e as Error).message}`);
  }
}
