import * as core from '@actions/core';
import { errorMessage } from '../errors.js';
import { run as runDiff } from './diff-action.js';
import { run as runDrift } from './drift-action.js';
import { run as runHotfix } from './hotfix-action.js';
import { inputSpecs, readInputs, type Inputs } from './inputs.js';
import { run as runPromote } from './promote-action.js';
import { run as runRelease } from './release-action.js';
import { run as runValidate } from './validate-action.js';

/** The root action.yml's own input (test/unit/action-inputs-contract.test.ts keeps it equal). */
export const ROOT_INPUTS = inputSpecs({
  command: {
    type: 'enum',
    oneOf: ['validate', 'diff', 'promote', 'release', 'hotfix', 'drift'],
    default: 'validate',
  },
});

/** The root action: `command` picks the command; its inputs are the union of the commands' inputs. */
const COMMANDS: Record<Inputs<typeof ROOT_INPUTS>['command'], () => Promise<void>> = {
  validate: runValidate,
  diff: runDiff,
  promote: runPromote,
  release: runRelease,
  hotfix: runHotfix,
  drift: runDrift,
};

export async function run(): Promise<void> {
  let command: Inputs<typeof ROOT_INPUTS>['command'];
  try {
    command = readInputs(ROOT_INPUTS).command;
  } catch (e) {
    core.setFailed(errorMessage(e));
    return;
  }
  await COMMANDS[command]();
}
