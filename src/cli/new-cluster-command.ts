import path from 'node:path';
import { parseArgs } from 'node:util';
import { newCluster } from '../commands/new-cluster.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { stderrLogger } from '../logger.js';
import { renderNewClusterJson, renderNewClusterText } from '../report/new-cluster-report.js';
import { type CliIO, EXIT, formatOption, UsageError } from './io.js';

export const NEW_CLUSTER_HELP = `Usage: gitops-promotion new-cluster --name NAME --like CLUSTER [options]

Add a cluster like another, in the repository's own layout: CLUSTER's bootstrap Application and the
values files named for it that it reads (its own and its Applications') are copied under NAME, with
the name replaced where it is the cluster's identity (names, labels, release names, cluster.name,
servers, value file names; never in other text: what is left is listed), and --env and --server
where those fields hold CLUSTER's. The repository is then validated with the new files (in a copy);
they are written only when NAME validates clean and deploys to a server of its own.

Options:
  --name NAME       the new cluster (a DNS label: lower-case letters, digits, '-')
  --like CLUSTER    the cluster to copy
  --env ENV         the new cluster's environment (default: CLUSTER's); its ref becomes the revision
  --server URL      the server its Applications deploy to (default: CLUSTER's, with the name replaced)
  --dry-run         print the files and what validate says, write nothing
  --format FORMAT   text (default) or json
  --repo DIR        the GitOps repo (default: the current directory)
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  -v, --verbose     debug logging on stderr
  -h, --help        this help

Exit codes: 0 written (or dry run) and valid; 1 the new cluster does not validate clean, nothing
written; 2 usage or configuration error (the name exists or is not a cluster name, no such CLUSTER,
a layout the copy cannot be made in safely), nothing written.
`;

const FORMATS = ['text', 'json'] as const;

export async function newClusterCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      like: { type: 'string' },
      env: { type: 'string' },
      server: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      repo: { type: 'string' },
      config: { type: 'string' },
      helm: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(NEW_CLUSTER_HELP);
    return EXIT.ok;
  }
  if (!values.name || !values.like) throw new UsageError('--name and --like are required');
  const format = formatOption(values.format, FORMATS);
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  const configFile = values.config ? configInRepo(repoDir, values.config) : undefined;
  const outcome = await newCluster({
    repoDir,
    git: createGit(repoDir, io.env),
    helm: createHelm(resolveHelmBinary(values.helm, io.env)),
    logger: stderrLogger(values.verbose),
    ...(configFile ? { configFile } : {}),
    request: {
      name: values.name,
      like: values.like,
      ...(values.env !== undefined ? { env: values.env } : {}),
      ...(values.server !== undefined ? { server: values.server } : {}),
    },
    dryRun: values['dry-run'],
  });
  io.stdout(
    format === 'json'
      ? renderNewClusterJson(outcome)
      : renderNewClusterText(outcome, outcome.kind === 'dry-run'),
  );
  return outcome.kind === 'invalid' ? EXIT.findings : EXIT.ok;
}
