// npm run demo: the main job on the bundled example GitOps repo, with the built CLI and the
// provisioned Helm, in a throwaway sandbox (nothing outside a temp dir is touched):
//   1. validate examples/gitops-repo and print what runs where;
//   2. put it in a git sandbox (a bare origin with `dev` and `staging`, and a clone), commit a
//      change on dev, and diff staging → dev per cluster;
//   3. promote dev → staging through the gates and push it to the sandbox origin with a lease;
//   4. release staging: the first version tag and `stable`, pushed atomically with leases;
//   5. a hotfix: `hotfix start` branches off stable, a fix is committed there, `hotfix` releases it
//      over stable at once and merges it forward into staging and dev;
//   6. a new change on dev, and the drift report: what waits on each edge, how the environments
//      diverge as rendered (live drift needs an Argo CD, which the sandbox has none of).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveHelm } from './helm-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples', 'gitops-repo');
const cli = path.join(root, 'bin', 'gitops-promotion.js');
const resolvedHelm = resolveHelm(4);
if (resolvedHelm.kind !== 'found') throw new Error(resolvedHelm.reason);
const helm = resolvedHelm.path;

const sandbox = mkdtempSync(path.join(os.tmpdir(), 'gitops-promotion-demo-'));
// Git config isolated from the user's: no global or system config, a fixed identity.
const gitConfig = path.join(sandbox, 'gitconfig');
writeFileSync(gitConfig, '');
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: gitConfig,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Demo User',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'Demo User',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
  GITHUB_TOKEN: '',
  ARGOCD_TOKEN: '',
};

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
  return r.stdout.trim();
}

/** Runs the CLI, output to the terminal; returns its exit code. */
function cliRun(title, args, cwd = root) {
  console.log(`\n$ gitops-promotion ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env, stdio: 'inherit' });
  return r.status ?? 1;
}

function main() {
  const failures = [];
  if (
    cliRun('validate --repo examples/gitops-repo --matrix', [
      'validate',
      '--repo',
      example,
      '--helm',
      helm,
      '--matrix',
    ]) !== 0
  ) {
    failures.push('validate');
  }

  const origin = path.join(sandbox, 'origin.git');
  const work = path.join(sandbox, 'work');
  git(sandbox, 'init', '-q', '--bare', '-b', 'dev', origin);
  cpSync(example, work, { recursive: true });
  git(work, 'init', '-q', '-b', 'dev');
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'initial import of the example repo');
  git(work, 'remote', 'add', 'origin', origin);
  git(work, 'push', '-q', 'origin', 'dev:refs/heads/dev', 'dev:refs/heads/staging');
  git(work, 'fetch', '-q', 'origin');
  git(work, 'branch', '-q', '--set-upstream-to=origin/dev', 'dev');

  const values = path.join(work, 'charts', 'monitoring', 'values.yaml');
  writeFileSync(values, readFileSync(values, 'utf8').replace('tag: v2.54.1', 'tag: v2.55.0'));
  const stag = path.join(work, 'charts', 'monitoring', 'values.stag-01.yaml');
  writeFileSync(stag, readFileSync(stag, 'utf8').replace('retention: 7d', 'retention: 10d'));
  git(work, 'commit', '-q', '-am', 'monitoring: Prometheus v2.55.0; 10d retention on stag-01');
  git(work, 'push', '-q', 'origin', 'dev');
  console.log(`\n# sandbox: ${work} (origin: ${origin}); one commit pushed to dev`);

  if (
    cliRun(
      'diff --base origin/staging --head origin/dev',
      ['diff', '--base', 'origin/staging', '--head', 'origin/dev', '--helm', helm],
      work,
    ) !== 0
  ) {
    failures.push('diff');
  }
  if (
    cliRun('promote --from dev --to staging --dry-run', ['promote', '--dry-run', '--helm', helm], work) !== 0
  ) {
    failures.push('promote --dry-run');
  }
  if (cliRun('promote --from dev --to staging', ['promote', '--helm', helm], work) !== 0) {
    failures.push('promote');
  }
  console.log(`\n$ git log --oneline origin/staging   # in the sandbox origin`);
  console.log(git(sandbox, '--git-dir', origin, 'log', '--oneline', 'staging'));
  if (cliRun('release --dry-run', ['release', '--dry-run', '--helm', helm], work) !== 0) {
    failures.push('release --dry-run');
  }
  if (cliRun('release', ['release', '--helm', helm], work) !== 0) failures.push('release');
  console.log(`\n$ git tag -n1   # in the sandbox origin`);
  console.log(git(sandbox, '--git-dir', origin, 'tag', '-n1'));
  hotfixAndDrift(work, failures);
  if (failures.length > 0) {
    console.error(`\ndemo: failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

/** Steps 5 and 6: a hotfix over stable, merged forward; then a change on dev and the drift report. */
function hotfixAndDrift(work, failures) {
  if (cliRun('hotfix start --name velero', ['hotfix', 'start', '--name', 'velero'], work) !== 0) {
    failures.push('hotfix start');
    return;
  }
  git(work, 'fetch', '-q', 'origin');
  git(work, 'checkout', '-q', '-b', 'hotfix/velero', 'origin/hotfix/velero');
  const prod = path.join(work, 'charts', 'app-of-apps', 'values.prod-01.yaml');
  writeFileSync(
    prod,
    readFileSync(prod, 'utf8').replace('velero:\n  enable: true', 'velero:\n  enable: false'),
  );
  git(work, 'commit', '-q', '-am', 'hotfix: velero off on prod-01');
  git(work, 'push', '-q', 'origin', 'hotfix/velero');
  const reason = ['--reason', 'velero crashloops on prod-01'];
  if (
    cliRun(
      'hotfix --branch hotfix/velero',
      ['hotfix', '--branch', 'hotfix/velero', ...reason, '--helm', helm],
      work,
    ) !== 0
  )
    failures.push('hotfix');
  git(work, 'checkout', '-q', 'dev');
  git(work, 'pull', '-q', '--ff-only', 'origin', 'dev');
  const loki = path.join(work, 'charts', 'app-of-apps', 'values.dev-01.yaml');
  writeFileSync(loki, `${readFileSync(loki, 'utf8')}\n# a change waiting on dev\n`);
  git(work, 'commit', '-q', '-am', 'dev-01: a change waiting on dev');
  git(work, 'push', '-q', 'origin', 'dev');
  if (cliRun('drift', ['drift', '--helm', helm], work) !== 0) failures.push('drift');
}

try {
  main();
} finally {
  rmSync(sandbox, { recursive: true, force: true });
}
