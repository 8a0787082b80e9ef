/**
 * A test-only entry (reliability-crash.test.ts spawns it with Node 24 running the TypeScript
 * sources): runs release or hotfix as the CLI would, against the local GitHub and Argo CD servers,
 * and SIGKILLs itself at the step boundary GP_CRASH_SPEC names: `step:<ReleaseStep>:<n>` after the
 * n-th time the run reaches that step, `before-push:<ref>` / `after-push:<ref>` around the push of a
 * ref. Prints the result as JSON on success.
 */
import { ArgoCdClient } from '../../src/argocd/client.js';
import { hotfix } from '../../src/commands/hotfix.js';
import { release } from '../../src/commands/release.js';
import { createGit } from '../../src/git/git.js';
import { createGitHubPort } from '../../src/github/port.js';
import type { ReleaseStep } from '../../src/release/request.js';
import { RecordingLogger } from './logger.js';
import { hooked } from './reliability-commands.js';

export interface CrashSpec {
  command: 'release' | 'hotfix';
  repoDir: string;
  /** The git environment (isolated config, fixed identity and dates). */
  env: Record<string, string>;
  github: { url: string; token: string; owner: string; repo: string };
  argocd: { url: string; token: string };
  /** Where to die; null: run to the end. */
  crashAt: string | null;
}

const spec = JSON.parse(process.env.GP_CRASH_SPEC ?? '{}') as CrashSpec;
const at = (point: string) => {
  if (point === spec.crashAt) process.kill(process.pid, 'SIGKILL');
};
const reached = new Map<string, number>();
const afterStep = async (step: ReleaseStep) => {
  reached.set(step, (reached.get(step) ?? 0) + 1);
  at(`step:${step}:${reached.get(step)}`);
};
const git = hooked(createGit(spec.repoDir, spec.env), {
  beforeEachPush: async (refs) => refs.forEach((r) => at(`before-push:${r}`)),
  afterEachPush: async (refs) => refs.forEach((r) => at(`after-push:${r}`)),
});
const logger = new RecordingLogger();
const common = {
  repoDir: spec.repoDir,
  remote: 'origin',
  dryRun: false,
  actor: 'release-bot',
  verify: { timeoutMs: 10_000, intervalMs: 20, rollbackOnFailure: true },
  helm: null,
  logger,
  git,
  github: createGitHubPort(
    spec.github.token,
    spec.github.url,
    { owner: spec.github.owner, repo: spec.github.repo },
    logger,
    { retryDelayMs: 10 },
  ),
  argocd: new ArgoCdClient({ server: spec.argocd.url, token: spec.argocd.token }),
  skipGatesReason: 'crash points: git, GitHub and Argo CD only',
  afterStep,
};
const out =
  spec.command === 'release'
    ? { release: (await release({ ...common, bump: 'patch' })).result }
    : (await hotfix({ ...common, branch: 'hotfix/quota' })).result;
const r = 'release' in out ? out.release : out;
process.stdout.write(
  `${JSON.stringify({
    outcome: r.outcome,
    message: r.message,
    notesRefresh: r.notesRefresh,
    forwardMerges: 'forwardMerges' in out ? out.forwardMerges.map((m) => m.state) : [],
  })}\n`,
);
