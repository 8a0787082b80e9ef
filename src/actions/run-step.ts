import * as core from '@actions/core';
import { errorMessage, isConfigurationError } from '../errors.js';
import { boundYoungGeneration } from '../util/young-generation.js';

/**
 * The body of every action's run(): the step returns the failure to report (or null), a user
 * mistake fails the step with its one-line message, a bug also leaves its stack in the debug log.
 * The young generation is bounded first (util/young-generation.ts).
 */
export async function runStep(step: () => Promise<string | null>): Promise<void> {
  boundYoungGeneration();
  try {
    const failure = await step();
    if (failure) core.setFailed(failure);
  } catch (e) {
    if (!isConfigurationError(e)) core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(errorMessage(e));
  }
}
