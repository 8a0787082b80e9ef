import { lstatSync } from 'node:fs';
import { cp, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validate, type ValidateResult } from '../commands/validate.js';
import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import { gitDirVisibleToCharts, requireDirectory } from '../gitops/repo-files.js';
import { Helm, resolveHelmBinary } from '../helm/helm.js';
import { stderrLogger } from '../logger.js';
import { annotation } from '../report/annotations.js';
import { renderJson, renderMarkdown, renderText } from '../report/validate-report.js';
import { renderMatrixText } from '../report/matrix-text.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const VALIDATE_HELP = `Usage: gitops-promotion validate [options]

Validate a GitOps repo: values files against their schema (each file and merged per cluster),
every cluster rendered with helm template, rendered Applications against Argo CD's schema and rules.

Options:
  --repo DIR        the GitOps repo (default: the current directory)
  --ref REF         validate this git ref's tree instead of the working tree (read with git, no checkout)
  --format FORMAT   text (default), json, github (workflow annotations) or markdown
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  --matrix          with text output: also print what runs where (component × cluster)
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
      matrix: { type: 'boolean', default: false },
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
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const helm = new Helm(resolveHelmBinary(values.helm, io.env));
  const logger = stderrLogger(values.verbose);
  const configFile = values.config ? configInRepo(repo, values.config) : undefined;
  const result = await withTree(repo, values.ref, io.env, (dir) =>
    validate({
      repoDir: dir,
      gitDir: repo,
      env: io.env,
      helm,
      logger,
      ...(configFile ? { configFile } : {}),
    }),
  );
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

/**
 * Runs `fn` on the working tree, or on a temporary copy of it without any `.git` when a chart could
 * see one (a chart at the repository root would otherwise read `.git/config`, the checkout's
 * credentials, with `.Files.Get`), or on a temporary export of `ref`'s tree.
 */
export async function withTree<T>(
  repo: string,
  ref: string | undefined,
  env: NodeJS.ProcessEnv,
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  if (!ref) return withWorkingTreeCopy(repo, fn);
  const git = createGit(repo, env);
  if (!(await git.isRepository()))
    throw new ConfigurationError(`--ref needs a git repository, and ${repo} is not one`);
  return git.withExportedTree(await git.revParse(ref), fn);
}

async function withWorkingTreeCopy<T>(repo: string, fn: (dir: string) => Promise<T>): Promise<T> {
  requireDirectory(repo);
  // Links into .git are refused by validate itself; only a chart that has a .git under it needs the copy.
  if (!gitDirVisibleToCharts(repo)) return fn(repo);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gp-tree-'));
  try {
    // Symlinks stay as written: one that leads out of the repository is still refused in the copy.
    // The directory itself may be reached through a link; inside it, only files, directories and links.
    await cp(await realpath(repo), dir, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => {
        const st = lstatSync(src);
        return path.basename(src) !== '.git' && (st.isFile() || st.isDirectory() || st.isSymbolicLink());
      },
    });
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
