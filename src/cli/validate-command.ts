import path from 'node:path';
import { parseArgs } from 'node:util';
import { validate } from '../commands/validate.js';
import { validateObjects } from '../commands/validate-objects.js';
import { ConfigurationError } from '../errors.js';
import { withTree } from '../commands/with-tree.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { createCachingHelm } from '../helm/render-cache.js';
import { stderrLogger } from '../logger.js';
import { annotation } from '../report/annotations.js';
import { renderJson, renderMarkdown, renderText } from '../report/validate-report.js';
import { renderMatrixText } from '../report/matrix-text.js';
import { renderedNotice, writeRenderedFiles, type RenderedIndex } from '../report/rendered-files.js';
import type { ClusterOutput } from '../gitops/rendered-output.js';
import { type CliIO, EXIT, formatOption } from './io.js';

export const VALIDATE_HELP = `Usage: gitops-promotion validate [options]

Validate a GitOps repo: values files against their schema (each file and merged per cluster),
every cluster rendered with helm template, rendered Applications against Argo CD's schema and rules.

Options:
  --repo DIR        the GitOps repo (default: the current directory)
  --ref REF         validate this git ref's tree instead of the working tree (read with git, no checkout)
  --format FORMAT   text (default), json, github (workflow annotations) or markdown
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  --cache-dir DIR   keep helm renders in DIR and reuse them in later runs (outside the repo; default:
                    this run's renders only)
  --matrix          with text output: also print what runs where (component × cluster)
  --output-dir DIR  also render every Application's chart and write what each cluster deploys there:
                    DIR/<cluster>/<component>.yaml, DIR/<cluster>/_app-of-apps.yaml, DIR/_index.json
  -v, --verbose     debug logging on stderr
  -h, --help        this help

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.
`;

const FORMATS = ['text', 'json', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: 'string' },
      ref: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      helm: { type: 'string' },
      'cache-dir': { type: 'string' },
      matrix: { type: 'boolean', default: false },
      'output-dir': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return EXIT.ok;
  }
  const format = formatOption(values.format, FORMATS);
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const logger = stderrLogger(values.verbose);
  const helm = createCachingHelm(createHelm(resolveHelmBinary(values.helm, io.env)), {
    cacheDir: values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : null,
    repoDir: repo,
    logger,
  });
  const git = createGit(repo, io.env);
  const configFile = values.config ? configInRepo(repo, values.config) : undefined;
  const outDir = values['output-dir'] ? path.resolve(io.cwd, values['output-dir']) : null;
  const options = { git, helm, logger, ...(configFile ? { configFile } : {}) };
  const { result, clusters } = await withTree(repo, values.ref, git, async (dir) =>
    outDir
      ? validateObjects({ ...options, repoDir: dir })
      : { result: await validate({ ...options, repoDir: dir }), clusters: null },
  ).finally(() => helm.finish());
  if (outDir && clusters) io.stderr(renderedNotice(await writeOutput(clusters, outDir), outDir));
  (format === 'github' ? (io.commands ?? io.stdout) : io.stdout)(formatResult(result, format, values.matrix));
  return result.counts.error > 0 ? EXIT.findings : EXIT.ok;
}

function formatResult(result: ValidateResult, format: Format, matrix: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'markdown':
      return renderMarkdown(result);
    case 'github':
      return result.findings.map((f) => `${annotation(f)}\n`).join('');
    case 'text':
      return renderText(result) + (matrix ? `\n${renderMatrixText(result.matrix)}` : '');
  }
}

async function writeOutput(clusters: readonly ClusterOutput[], outDir: string): Promise<RenderedIndex> {
  try {
    return await writeRenderedFiles(clusters, outDir);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e;
    throw new ConfigurationError(`cannot write the rendered objects to ${outDir}: ${(e as Error).message}`);
  }
}
