import path from 'node:path';
import { parseArgs } from 'node:util';
import { driftDashboard } from '../commands/drift-dashboard.js';
import { argocdOption } from '../commands/drift.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import { requireDirectory } from '../gitops/repo-files.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { createCachingHelm } from '../helm/render-cache.js';
import { stderrLogger } from '../logger.js';
import { renderDriftJson } from '../report/drift-json.js';
import { renderDriftText } from '../report/drift-report.js';
import { EXIT, formatOption, UsageError, type CliIO } from './io.js';
import { cliPorts, WRITE_OPTIONS } from './ports.js';

export const DRIFT_HELP = `Usage: gitops-promotion drift [options]

Report drift: the commits waiting on each promotion edge and since when, hotfixes in production that
were not merged forward, refs the config names that do not exist; each environment rendered at its
ref and compared with the one it is promoted from; and, with Argo CD, what the clusters run (OutOfSync,
Degraded, Missing, on another revision, orphans). Nothing is written unless --publish is given.

Options:
  --format FORMAT      text (default), markdown (the dashboard issue's body) or json
  --publish            create or edit the dashboard issue (needs --github-repo and $GITHUB_TOKEN);
                       closed when a complete report finds no drift, reopened when it returns
  --dry-run            with --publish: compute and render everything, write no issue
  --fail-on-drift      exit 1 when there is drift
  --remote NAME        git remote (default: origin)
  --repo DIR           a clone of the GitOps repo (default: the current directory)
  --config FILE        config file, relative to the repo
  --helm BIN           helm binary for the environment renders
  --cache-dir DIR      keep helm renders in DIR and reuse them in later runs (outside the repo)
  --github-repo O/N    GitHub repository: pull-request links, and the issue (token: $GITHUB_TOKEN)
  --argocd-server URL  Argo CD for live drift (token: $ARGOCD_TOKEN)
  -h, --help           this help

Tokens are read from the environment only, never from arguments.
Exit codes: 0 the report was made (drift or not, unless --fail-on-drift); 1 drift with
--fail-on-drift; 2 usage or configuration error.
`;

export async function driftCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      publish: { type: 'boolean', default: false },
      'fail-on-drift': { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
      ...WRITE_OPTIONS,
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(DRIFT_HELP);
    return EXIT.ok;
  }
  const format = formatOption(values.format, ['text', 'markdown', 'json'] as const);
  if (values.publish && !(values['github-repo'] && io.env.GITHUB_TOKEN))
    throw new UsageError('--publish needs --github-repo and $GITHUB_TOKEN');
  const logger = stderrLogger(false);
  const { github, argocd } = cliPorts(values, io, logger, {
    github: 'commits are linked to pull requests by their subjects only',
    argocd: 'live drift is not checked',
  });
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  requireDirectory(repoDir);
  const helm = createCachingHelm(createHelm(resolveHelmBinary(values.helm, io.env)), {
    cacheDir: values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : null,
    repoDir,
    logger,
  });
  const run = await driftDashboard({
    repoDir,
    remote: values.remote,
    git: createGit(repoDir, io.env),
    github,
    argocd: argocdOption(argocd, values['argocd-server'], '$ARGOCD_TOKEN is empty'),
    helm,
    logger,
    ...(values.config ? { configFile: configInRepo(repoDir, values.config) } : {}),
    repository: values['github-repo'] ?? null,
    publish: values.publish,
    dryRun: values['dry-run'],
  }).finally(() => helm.finish());
  if (run.state === 'nothing-to-do') throw new Error('the CLI makes no edit');
  const p = run.publication;
  if (values.publish)
    logger.info(
      'issue' in p ? `dashboard issue #${p.issue}: ${p.action}` : `dashboard: ${p.action} (${p.reason})`,
    );
  if (format === 'json') io.stdout(renderDriftJson(run.report));
  else if (format === 'markdown') io.stdout(`${run.body}\n`);
  else io.stdout(renderDriftText(run.report));
  return values['fail-on-drift'] && run.report.drifted ? EXIT.findings : EXIT.ok;
}
