import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAILED_OUTCOMES, promote, type Strategy } from '../commands/promote.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { stderrLogger } from '../logger.js';
import { renderPromoteJson, renderPromoteText } from '../report/promote-report.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { cliPorts, WRITE_OPTIONS } from './ports.js';

export const PROMOTE_HELP = `Usage: gitops-promotion promote [options]

Evaluate the gates on a commit of --from, then fast-forward --to to it (or merge it with
--strategy merge) and push with a lease on the old --to, so a branch that moved meanwhile is never
overwritten. Works against any git remote; gates that need GitHub or Argo CD are skipped with a
notice when their credentials are absent.

Options:
  --from BRANCH        branch to promote from (default: dev)
  --to BRANCH          branch to promote into (default: staging); must be a configured edge
  --sha SHA            promote this commit of --from (default: its head)
  --strategy S         fast-forward (default) or merge
  --mode M             push (default) or pull-request: open a pull request and merge it with the
                       GitHub API, so branch protection applies (needs --github-repo, $GITHUB_TOKEN)
  --dry-run            evaluate everything, push nothing
  --skip-gates         do not evaluate the gates (requires --reason)
  --reason TEXT        why the gates are skipped (goes into the output and the merge message)
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --format FORMAT      text (default) or json
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the validation gate
  --github-repo O/N    GitHub repository for the checks, soak and labels gates (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for the health gate (token: $ARGOCD_TOKEN)
  -h, --help           this help

Tokens are read from the environment only, never from arguments.
Exit codes: 0 promoted, nothing to promote, or dry run; 1 a gate failed, the promotion was refused,
or the branch moved during it; 2 usage or configuration error.
`;

export async function promoteCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string', default: 'dev' },
      to: { type: 'string', default: 'staging' },
      sha: { type: 'string' },
      strategy: { type: 'string', default: 'fast-forward' },
      mode: { type: 'string', default: 'push' },
      'skip-gates': { type: 'boolean', default: false },
      reason: { type: 'string' },
      ...WRITE_OPTIONS,
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(PROMOTE_HELP);
    return EXIT.ok;
  }
  if (values.strategy !== 'fast-forward' && values.strategy !== 'merge') {
    throw new UsageError(`--strategy must be fast-forward or merge, got "${values.strategy}"`);
  }
  if (values.mode !== 'push' && values.mode !== 'pull-request') {
    throw new UsageError(`--mode must be push or pull-request, got "${values.mode}"`);
  }
  if (values.mode === 'pull-request' && !(values['github-repo'] && io.env.GITHUB_TOKEN)) {
    throw new UsageError('--mode pull-request needs --github-repo and $GITHUB_TOKEN');
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, got "${values.format}"`);
  if (values['skip-gates'] && !values.reason?.trim()) throw new UsageError('--skip-gates requires --reason');
  const logger = stderrLogger(false);
  const { github, argocd } = cliPorts(values, io, logger, {
    github: 'the checks, soak (by deployment) and labels gates use git only or are skipped',
    argocd: 'the Argo CD health gate is skipped',
  });
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  const result = await promote({
    repoDir,
    remote: values.remote,
    from: values.from,
    to: values.to,
    ...(values.sha ? { sha: values.sha } : {}),
    strategy: values.strategy as Strategy,
    mode: values.mode,
    dryRun: values['dry-run'],
    ...(values['skip-gates'] ? { skipGatesReason: values.reason!.trim() } : {}),
    // Only the validation gate runs helm: skipping the gates needs none.
    helm: values['skip-gates'] ? null : createHelm(resolveHelmBinary(values.helm, io.env)),
    logger,
    git: createGit(repoDir, io.env),
    github,
    argocd,
    ...(values.config ? { configFile: configInRepo(repoDir, values.config) } : {}),
    ...(io.env.GITHUB_RUN_ID ? { ownRunId: io.env.GITHUB_RUN_ID } : {}),
  });
  io.stdout(values.format === 'json' ? renderPromoteJson(result) : renderPromoteText(result));
  return FAILED_OUTCOMES.includes(result.outcome) ? EXIT.findings : EXIT.ok;
}
