import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAILED_FORWARD_MERGES, hotfix } from '../commands/hotfix.js';
import { hotfixStart } from '../commands/hotfix-start.js';
import { FAILED_RELEASE_OUTCOMES } from '../commands/release.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import { stderrLogger } from '../logger.js';
import { renderHotfixJson, renderHotfixText } from '../report/hotfix-report.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { WRITE_OPTIONS } from './ports.js';
import { cliReleaseOptions } from './release-command.js';

export const HOTFIX_HELP = `Usage: gitops-promotion hotfix --branch hotfix/NAME [options]
       gitops-promotion hotfix start --name NAME [--dry-run] [--remote origin] [--repo DIR]

Release the head of a hotfix branch over stable at once (it must contain what stable is at now):
the gates of the hotfix edge (default: validation and checks; config hotfix.gates), a new patch
version tag and stable moved with leases in one atomic push, a GitHub Release marked as a hotfix,
the waves and their verification as for a release. Then merge it forward into each branch of
hotfix.forwardMerge (default: staging, then dev), without touching your work tree: a clean merge is
pushed with a lease; a conflict pushes forward-merge/<hotfix>-into-<branch> at the hotfix head and
opens a pull request from it (label forward-merge-conflict), and the next branch goes on.

"hotfix start --name x" creates hotfix/x at stable (the branch is never moved if it exists).

Options:
  --branch NAME        the hotfix branch (must match config hotfix.branches, default hotfix/*)
  --mode M             push (default: config hotfix.mode) or pull-request for the forward-merges
  --dry-run            compute everything (version, notes, gates, forward-merges), push nothing
  --skip-gates         do not evaluate the gates (requires --reason)
  --reason TEXT        why (recorded in the release notes)
  --verify, --verify-timeout D, --rollback-on-failure   as for release
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --format FORMAT      text (default) or json
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the validation gate and the diffs
  --github-repo O/N    GitHub: gates, the GitHub Release, conflict pull requests (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for verification (token: $ARGOCD_TOKEN)
  -h, --help           this help

Exit codes: 0 released (or nothing to release) and merged forward, a conflict's pull request opened,
or dry run; 1 the release failed or a forward-merge was refused or raced; 2 usage or configuration
error.
`;

const OPTIONS = {
  branch: { type: 'string' },
  name: { type: 'string' },
  mode: { type: 'string' },
  reason: { type: 'string' },
  'skip-gates': { type: 'boolean', default: false },
  verify: { type: 'boolean', default: false },
  'verify-timeout': { type: 'string' },
  'rollback-on-failure': { type: 'boolean', default: false },
  ...WRITE_OPTIONS,
} as const;

export async function hotfixCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(HOTFIX_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'start'))
    throw new UsageError(`unexpected argument "${positionals.join(' ')}" (only "start")`);
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, got "${values.format}"`);
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  const configFile = values.config ? configInRepo(repoDir, values.config) : undefined;
  if (positionals[0] === 'start') return startCommand(values, io, repoDir, configFile);
  if (!values.branch) throw new UsageError('--branch is required (the hotfix branch, e.g. hotfix/fix-login)');
  if (values.mode !== undefined && values.mode !== 'push' && values.mode !== 'pull-request')
    throw new UsageError(`--mode must be push or pull-request, got "${values.mode}"`);
  const out = await hotfix({
    ...cliReleaseOptions(values, io, {
      github: 'no GitHub Release and no conflict pull requests; the checks gate is skipped',
      argocd: 'verification is skipped',
    }),
    branch: values.branch,
    ...(values.mode ? { mode: values.mode } : {}),
  });
  const h = out.result;
  io.stdout(values.format === 'json' ? renderHotfixJson(h) : renderHotfixText(h));
  const failed =
    FAILED_RELEASE_OUTCOMES.includes(h.release.outcome) ||
    h.forwardMerges.some((m) => FAILED_FORWARD_MERGES.includes(m.state));
  return failed ? EXIT.findings : EXIT.ok;
}

async function startCommand(
  values: { name?: string; 'dry-run': boolean; remote: string; format: string },
  io: CliIO,
  repoDir: string,
  configFile: string | undefined,
): Promise<number> {
  if (!values.name) throw new UsageError('hotfix start needs --name NAME (the branch is hotfix/NAME)');
  const r = await hotfixStart({
    repoDir,
    remote: values.remote,
    name: values.name,
    dryRun: values['dry-run'],
    ...(configFile ? { configFile } : {}),
    git: createGit(repoDir, io.env),
    logger: stderrLogger(false),
  });
  io.stdout(
    values.format === 'json' ? `${JSON.stringify({ version: 1, ...r }, null, 2)}\n` : `${r.message}\n`,
  );
  return r.state === 'refused' ? EXIT.findings : EXIT.ok;
}
