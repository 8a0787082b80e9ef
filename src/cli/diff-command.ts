import path from 'node:path';
import { parseArgs } from 'node:util';
import { diff, type DiffOptions } from '../commands/diff.js';
import { diffAggregate, diffPart, diffPlan } from '../commands/diff-shard.js';
import { writePart, writePlan } from '../diff/part-files.js';
import { parseShard, shardName } from '../diff/shard-model.js';
import { ConfigurationError } from '../errors.js';
import { configInRepo } from '../gitops/config.js';
import { createGit } from '../git/git.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { type CachingHelm, createCachingHelm } from '../helm/render-cache.js';
import { type Logger, stderrLogger } from '../logger.js';
import { renderDiffMarkdown } from '../report/diff-markdown.js';
import { writeDiffFiles } from '../report/diff-files.js';
import { renderDiffJson, renderDiffText } from '../report/diff-text.js';
import { renderPlanText } from '../report/diff-plan-text.js';
import type { DiffReport } from '../diff/model.js';
import { ParseCache } from '../gitops/parse-cache.js';
import { type CliIO, EXIT, formatOption, UsageError } from './io.js';

export const DIFF_HELP = `Usage: gitops-promotion diff --base REF --head REF [options]
       gitops-promotion diff --base REF --head REF --plan-shards N [--output-dir DIR] [--format text|json]
       gitops-promotion diff --base REF --head REF --shard K/N --output-dir DIR
       gitops-promotion diff --aggregate DIR [--format …] [--output-dir DIR] [--exit-code]

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

Sharded over jobs (the PR check of a large fleet, see the README's "Sharding the PR check"):
  --plan-shards N    plan the diff in at most N shards (1..255): no helm, only git object ids;
                     prints the plan (json: with the matrix), writes DIR/plan.json with --output-dir
  --shard K/N        diff part K of the plan (0: head in full and the clusters with equal inputs),
                     written to DIR/part-K-of-N.json; exit 0 once written
  --aggregate DIR    merge DIR's plan.json and part files into the one report (as a diff prints it);
                     a missing, duplicated or foreign part makes its clusters unknown

Exit codes: 0 done, and with --exit-code: complete and nothing changed; 1 changes found with
--exit-code, and everything was compared; 2 usage or configuration error, or an incomplete diff
(changed or not): something could not be compared (a cluster or a changed chart that did not render,
dependencies not vendored, a changed Application whose source is outside the repository, no cluster at
head). "No changes" is only ever said when it is proven.
`;

const FORMATS = ['text', 'markdown', 'json'] as const;

type DiffValues = ReturnType<typeof parseDiffArgs>;

function parseDiffArgs(argv: string[]) {
  return parseArgs({
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
      'plan-shards': { type: 'string' },
      shard: { type: 'string' },
      aggregate: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

export async function diffCommand(argv: string[], io: CliIO): Promise<number> {
  const values = parseDiffArgs(argv);
  if (values.help) {
    io.stdout(DIFF_HELP);
    return EXIT.ok;
  }
  const modes = (['plan-shards', 'shard', 'aggregate'] as const).filter((m) => values[m] !== undefined);
  if (modes.length > 1) throw new UsageError(`--${modes.join(' and --')} do not go together`);
  if (values.aggregate !== undefined) {
    if (values.base || values.head)
      throw new UsageError('--aggregate reads the refs from the plan: no --base or --head');
    return printReport(await diffAggregate(path.resolve(io.cwd, values.aggregate)), values, io);
  }
  if (!values.base || !values.head) throw new UsageError('--base and --head are required');
  // The plan runs no helm: only git object ids and the topology.
  if (values['plan-shards'] !== undefined) return planShards(values, io, diffOptions(values, io));
  const options = diffOptions(values, io);
  const helm = helmOf(values, io, options.logger);
  // The cache directory keeps the YAML files' parses too.
  const parseCache = ParseCache.open(helm.store?.dir ?? null, options.logger);
  if (values.shard !== undefined) return diffShard(values, io, { ...options, helm, parseCache });
  return printReport(await diff({ ...options, helm, parseCache }).finally(() => helm.finish()), values, io);
}

function diffOptions(values: DiffValues, io: CliIO): Omit<DiffOptions, 'helm'> {
  const repoDir = path.resolve(io.cwd, values.repo ?? '.');
  return {
    git: createGit(repoDir, io.env),
    base: values.base!,
    head: values.head!,
    logger: stderrLogger(values.verbose),
    ...(values.cluster ? { clusters: values.cluster } : {}),
    ...(values['no-deep'] ? { deep: false } : {}),
    dependencyBuild: values['dependency-build'],
    ...(values.config ? { configFile: configInRepo(repoDir, values.config) } : {}),
  };
}

/** The helm of a diff or a part: behind the render cache, kept in --cache-dir when one is given. */
function helmOf(values: DiffValues, io: CliIO, logger: Logger): CachingHelm {
  return createCachingHelm(createHelm(resolveHelmBinary(values.helm, io.env)), {
    cacheDir: values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : null,
    repoDir: path.resolve(io.cwd, values.repo ?? '.'),
    logger,
  });
}

/** The report: --output-dir's files, stdout in its format, and the exit code. */
async function printReport(report: DiffReport, values: DiffValues, io: CliIO): Promise<number> {
  const format = formatOption(values.format, FORMATS);
  if (values['output-dir']) {
    const outDir = path.resolve(io.cwd, values['output-dir']);
    await writing(`the diff files to ${outDir}`, () => writeDiffFiles(report, outDir));
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

/** `--plan-shards N`: the plan, printed, and written as plan.json with --output-dir. */
async function planShards(
  values: DiffValues,
  io: CliIO,
  options: Omit<DiffOptions, 'helm'>,
): Promise<number> {
  const format = formatOption(values.format, ['text', 'json'] as const);
  const n = values['plan-shards']!;
  if (!/^\d{1,3}$/.test(n)) throw new UsageError(`--plan-shards must be a whole number, got "${n}"`);
  const plan = await diffPlan(options, Number(n));
  if (values['output-dir']) {
    const outDir = path.resolve(io.cwd, values['output-dir']);
    await writing(`the plan to ${outDir}`, () => writePlan(plan, outDir));
  }
  io.stdout(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanText(plan));
  return EXIT.ok;
}

/** `--shard K/N`: the part, written to --output-dir (the merge decides what it says). */
async function diffShard(
  values: DiffValues,
  io: CliIO,
  options: DiffOptions & { helm: CachingHelm },
): Promise<number> {
  if (!values['output-dir']) throw new UsageError('--shard needs --output-dir: the part is written there');
  const shard = parseShard(values.shard!, '--shard');
  const part = await diffPart(options, shard).finally(() => options.helm.finish());
  const outDir = path.resolve(io.cwd, values['output-dir']);
  const file = await writing(`the part to ${outDir}`, () => writePart(part, outDir));
  const unknown = part.report.complete ? '' : ` (${incompleteReason(part.report)}: the merge says so)`;
  io.stdout(
    `part ${shardName(part.shard)} of plan ${part.plan.slice(0, 12)}: ${part.clusters.length} clusters, written to ${file}${unknown}\n`,
  );
  return EXIT.ok;
}

/** Writes with `write`; a file system refusal is the user's (exit 2), not a bug. */
async function writing<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    throw new ConfigurationError(`cannot write ${what}: ${(e as Error).message}`);
  }
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
