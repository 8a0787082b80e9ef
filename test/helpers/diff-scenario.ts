import { diff, type DiffOptions } from '../../src/commands/diff.js';
import { createGit } from '../../src/git/git.js';
import type { DiffReport } from '../../src/diff/model.js';
import { FixtureRepo } from './fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from './git.js';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { helmBinary, testHelm } from './helm.js';
import { RecordingLogger } from './logger.js';

export interface Scenario {
  fx: FixtureRepo;
  env: NodeJS.ProcessEnv;
  base: string;
  head: string;
}

/** examples/gitops-repo committed as base, `change` applied and committed as head, in a real git repo. */
export function scenario(change: (fx: FixtureRepo) => void, from?: string): Scenario {
  const fx = new FixtureRepo(from);
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  change(fx);
  const head = commitAll(fx.dir, env, 'change');
  return { fx, env, base, head };
}

export async function runDiff(s: Scenario, options: Partial<DiffOptions> = {}): Promise<DiffReport> {
  return diff({
    git: createGit(s.fx.dir, s.env),
    base: s.base,
    head: s.head,
    helm: testHelm(),
    logger: new RecordingLogger(),
    secretSalt: 'golden-salt',
    ...options,
  });
}

/** examples/gitops-repo with `prepare` applied, committed as base, then `change` committed as head. */
export function scenarioWith(
  prepare: (fx: FixtureRepo) => void,
  change: (fx: FixtureRepo) => void,
): Scenario {
  const fx = new FixtureRepo();
  prepare(fx);
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  change(fx);
  const head = commitAll(fx.dir, env, 'change');
  return { fx, env, base, head };
}

/** `gitops-promotion diff --base … --head … ARGS` through the CLI: exit code and output. */
export async function runDiffCli(
  s: Scenario,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd: s.fx.dir,
    env: { ...s.env, HELM: helmBinary() },
  };
  const code = await runCli(['diff', '--base', s.base, '--head', s.head, ...args], io);
  return { code, ...out };
}
