import * as core from '@actions/core';
import { run as runDiff } from './diff-action.js';
import { run as runPromote } from './promote-action.js';
import { run as runValidate } from './validate-action.js';

/** The root action: `command` picks the command; its inputs are the union of the commands' inputs. */
const COMMANDS: Record<string, () => Promise<void>> = {
  validate: runValidate,
  diff: runDiff,
  promote: runPromote,
};

export async function run(): Promise<void> {
  const command = core.getInput('command').trim() || 'validate';
  const target = COMMANDS[command];
  if (!target) {
    core.setFailed(`input "command" must be one of ${Object.keys(COMMANDS).join(', ')}, got "${command}"`);
    return;
  }
  await target();
}
