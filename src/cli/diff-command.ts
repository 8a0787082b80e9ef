import path from 'node:path';
import { parseArgs } from 'node:util';
import { diff } from '../commands/diff.js';
import { ConfigurationError } from '../errors.js';
import { configInRepo } from '../gitops/config.js';
import { createGit } from '../git/git.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { createCachingHelm } from '../helm/render-cache.js';
import { stderrLogger } from '../logger.js';
import { renderDiffMarkdown } from '../report/diff-markdown.js';
import { writeDiffFiles } from '../report/diff-files.js';
import { renderDiffJson, renderDiffText } from '../report/diff-text.js';
import type { DiffReport } from '../diff/model.js';
import { type CliIO, EXIT, formatOption, UsageError } from './io.js';

export const DIFF_HELP = `Usage: gitops-promotion diff --base REF --head REF [options]

Render every cluster at two git refs (read with git; the working tree is not touched) and show what
changes: Applications added, removed and modified, field by field, with unified YAML diffs, and
(deep mode) the Kubernetes resources their in-repo charts render. Risks are listed first.

Options:
  --base REF         the ref to compare from (required)
  --head REF         the ref to compare to (required)
  --repo DIR         the GitOps repo (default: the current directory)
  --format FORMAT    text (default), markdown or json
  --cluster NAME     only this cluster (repeatable)
  --no-deep          do not render component charts
  --dependency-build allow helm dependency build for component charts whose dependencies are not vendored
  --output-dir DIR   also write diff.md, diff.json and clusters/<name>.diff there
  --exit-code        exit 1 when something changed (and everything was compared)
  --config FILE      config file, relative to the repo
  --helm BIN         helm binary (default: $HELM, then helm on PATH)
  --cache-dir DIR    keep helm renders in DIR and reuse them in later runs (outside the repo; default:
                     this run's renders only)
  -v, --verbose      debug logging on stderr
  -h, --help         this help

Exit codes: 0 done, and with --exit-code: complete and nothing changed; 1 changes found with
--exit-code, and everything was compared; 2 usage or configuration error, or an incomplete diff
(changed or not): something could not be compared (a cluster or a changed chart that did not render,
dependencies not vendored, a changed Application whose source is outside the repository, no cluster at
head). "No changes" is only ever said when it is proven.
`;

const FORMATS = ['text', 'markdown', 'json'] as const;

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      repo: { type: 'string' },
      format: { type: 'string', default: 'text' },
      cluster: { type: 'string', multiple: true },
      'no-deep': { type: 'boolean', default: false },
      'dependency-build': { type: 'boolean', default: false },
      'output-dir': { type: 'string' },
      'exit-code': { type: 'boolean', default: false },
      config: { type: 'string' },
      helm: { type: 'string' },
      'cache-dir': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return EXIT.ok;
  }
  if (!values.base || !values.head) throw new UsageError('--base and --head are required');
  const format = formatOption(values.format, FORMATS);
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  const logger = stderrLogger(values.verbose);
  const helm = createCachingHelm(createHelm(resolveHelmBinary(values.helm, io.env)), {
    cacheDir: values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : null,
    repoDir,
    logger,
  });
  const report = await diff({
    git: createGit(repoDir, io.env),
    base: values.base,
    head: values.head,
    helm,
    logger,
    ...(values.cluster ? { clusters: values.cluster } : {}),
    ...(values['no-deep'] ? { deep: false } : {}),
    dependencyBuild: values['dependency-build'],
    ...(values.config ? { configFile: configInRepo(repoDir, values.config) } : {}),
  }).finally(() => helm.finish());
  if (values['output-dir']) {
    const outDir = path.resolve(io.cwd, values['output-dir']);
    try {
      await writeDiffFiles(report, outDir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code) throw e;
      throw new ConfigurationError(`cannot write the diff files to ${outDir}: ${(e as Error).message}`);
    }
  }
  io.stdout(
    format === 'json'
      ? renderDiffJson(report)
      : format === 'markdown'
        ? renderDiffMarkdown(report)
        : renderDiffText(report),
  );
  if (!report.complete) {
    io.stderr(`gitops-promotion diff: ${incompleteReason(report)}; the diff is incomplete\n`);
    return EXIT.error;
  }
  return values['exit-code'] && report.changed ? EXIT.findings : EXIT.ok;
}

/** The first thing that could not be compared, and how many more there are. */
function incompleteReason(report: DiffReport): string {
  const unknown = [
    ...report.errors,
    ...report.clusters.flatMap((c) => c.errors.map((e) => `${c.name}: ${e}`)),
  ];
  const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : '';
  return `${unknown[0] ?? 'something could not be compared'}${more}`;
}
