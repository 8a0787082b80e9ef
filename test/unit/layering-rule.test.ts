import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';

/**
 * The layering rule of eslint.config.js (CONTRIBUTING.md, "The layers"): each forbidden import,
 * written into a file of the layer it is forbidden in, is an error; the same import where it is
 * allowed is not.
 */
const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, {
    filePath: path.join(PROJECT_ROOT, file),
  });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering rule', () => {
  it.each([
    ['src/report/x-report.ts', "import type { ValidateResult } from '../commands/validate.js';", 'use case'],
    ['src/gitops/x.ts', "import { diffCommand } from '../cli/diff-command.js';", 'src/cli'],
    ['src/diff/x.ts', "import { run } from '../actions/diff-action.js';", 'src/actions'],
    ['src/promote/x.ts', "import * as core from '@actions/core';", 'Logger'],
    ['src/release/x.ts', "import { promote } from '../commands/promote.js';", 'use case'],
    ['src/release/x.ts', "import { getOctokit } from '@actions/github';", 'port'],
    ['src/drift/x.ts', "import { drift } from '../commands/drift.js';", 'use case'],
    ['src/gitops/x.ts', "import { exec } from '@actions/exec';", 'process runner'],
    ['src/commands/x.ts', "import { getOctokit } from '@actions/github';", 'port'],
    ['src/commands/x.ts', "import * as core from '@actions/core';", 'Logger'],
    ['src/actions/x-action.ts', "import { withTree } from '../cli/validate-command.js';", 'src/cli'],
    ['src/actions/diff-action.ts', "import { run } from './promote-action.js';", "another action's module"],
    ['src/cli/x-command.ts', "import { run } from '../actions/diff-action.js';", 'src/actions'],
  ])('%s: %s is an error', async (file, code, says) => {
    const messages = await restricted(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(says);
  });

  it.each([
    ['src/util/process.ts', "import { exec } from '@actions/exec';"],
    ['src/github/client.ts', "import { getOctokit } from '@actions/github';"],
    ['src/actions/logger.ts', "import * as core from '@actions/core';"],
    ['src/actions/diff.ts', "import { run } from './diff-action.js';"],
    ['src/actions/dispatch.ts', "import { run } from './promote-action.js';"],
    ['src/cli/diff-command.ts', "import { diff } from '../commands/diff.js';"],
    ['src/commands/x.ts', "import { discoverTopology } from '../gitops/topology.js';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
