import { hotfix, type HotfixOptions } from '../../src/commands/hotfix.js';
import { hotfixStart } from '../../src/commands/hotfix-start.js';
import { createGit } from '../../src/git/git.js';
import type { GitHubPort } from '../../src/ports/github.js';
import type { GitHubServer } from './github-server.js';
import { testHelm } from './helm.js';
import { RecordingLogger } from './logger.js';
import { originGitHub, releaseRepo, runRelease, type ReleaseRepo } from './release-repo.js';

export const HOTFIX = 'hotfix/quota';
export const PROD_VALUES = 'charts/app-of-apps/values.prod-01.yaml';
const CONFIG = 'repoURL: https://github.com/example-org/gitops-repo.git\npromotion:\n  requiredChecks: []';
/** The fix: velero off on prod-01. */
export const fix = (t: string) => t.replace('velero:\n  enable: true', 'velero:\n  enable: false');

export interface HotfixWorld {
  repo: ReleaseRepo;
  gh: GitHubServer;
  github: GitHubPort;
  /** The hotfix branch's head (one fix on prod-01's values). */
  head: string;
  /** The first commit: stable-v1.0.0. */
  v1: string;
}

/**
 * A bare origin with stable-v1.0.0 at the first commit, the local GitHub server (whose tags and
 * branches are the origin's), and hotfix/quota made by `hotfix start` with one fix on it.
 */
export async function hotfixWorld(): Promise<HotfixWorld> {
  const repo = releaseRepo();
  repo.configure(CONFIG);
  const { server: gh, github } = await originGitHub(repo);
  const v1 = repo.remoteSha('staging');
  await runRelease(repo, { github });
  const started = await hotfixStart({
    repoDir: repo.work.dir,
    remote: 'origin',
    name: 'quota',
    dryRun: false,
    git: createGit(repo.work.dir, repo.env),
    logger: new RecordingLogger(),
  });
  if (started.state !== 'created') throw new Error(`hotfix start: ${started.message}`);
  const head = repo.pushChange(HOTFIX, PROD_VALUES, fix, 'fix: velero off on prod-01');
  return { repo, gh, github, head, v1 };
}

/** hotfix of hotfix/quota in the work clone: helm, no Argo CD, no verification, unless `options` say otherwise. */
export function runHotfix(
  repo: ReleaseRepo,
  github: GitHubPort | null,
  options: Partial<HotfixOptions> = {},
) {
  return hotfix({
    repoDir: repo.work.dir,
    remote: 'origin',
    branch: HOTFIX,
    dryRun: false,
    actor: 'on-call',
    verify: null,
    helm: testHelm(),
    logger: new RecordingLogger(),
    git: createGit(repo.work.dir, repo.env),
    github,
    argocd: null,
    ...options,
  });
}
