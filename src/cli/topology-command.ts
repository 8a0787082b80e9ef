import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { topology } from '../commands/topology.js';
import { withTree } from '../commands/with-tree.js';
import { ConfigurationError } from '../errors.js';
import { createGit } from '../git/git.js';
import { configInRepo } from '../gitops/config.js';
import { pathInRepo } from '../gitops/repo-files.js';
import type { TopologyView } from '../gitops/topology-view.js';
import { createHelm, resolveHelmBinary } from '../helm/helm.js';
import { stderrLogger } from '../logger.js';
import { renderTopologyJson } from '../report/topology-json.js';
import { renderTopologyMarkdown } from '../report/topology-markdown.js';
import { renderTopologyText, unrenderedSentence } from '../report/topology-text.js';
import { writeInside } from '../util/safe-path.js';
import { type CliIO, EXIT, formatOption, UsageError } from './io.js';

export const TOPOLOGY_HELP = `Usage: gitops-promotion topology [options]

What runs where: every cluster (environment, targetRevision and ref, chart, value files, destination,
control plane), the environments and their refs, and the component × cluster matrix, from the
Applications every cluster renders (as validate renders them).

Options:
  --format FORMAT   text (default), json or markdown
  --write FILE      write the markdown document to FILE (relative to the repo, inside it)
  --check FILE      exit 1 when FILE is missing or not what --write would write
  --repo DIR        the GitOps repo (default: the current directory)
  --ref REF         read this git ref's tree instead of the working tree (no checkout)
  --config FILE     config file, relative to the repo (default: .github/gitops-promotion.yaml)
  --helm BIN        helm binary (default: $HELM, then helm on PATH)
  -v, --verbose     debug logging on stderr
  -h, --help        this help

The document has no time and no commit in it: it changes only when the repository does.
Exit codes: 0 done (with --check: FILE is current); 1 with --check: FILE is stale; 2 usage or
configuration error, or a cluster did not render (what runs there is unknown: nothing is written
or checked).
`;

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export async function topologyCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: 'text' },
      write: { type: 'string' },
      check: { type: 'string' },
      repo: { type: 'string' },
      ref: { type: 'string' },
      config: { type: 'string' },
      helm: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout(TOPOLOGY_HELP);
    return EXIT.ok;
  }
  const format = formatOption(values.format, FORMATS);
  if (values.write !== undefined && values.check !== undefined)
    throw new UsageError('--write and --check go one at a time');
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const given = values.write ?? values.check;
  const target = given === undefined ? null : documentPath(repo, given);
  const git = createGit(repo, io.env);
  const configFile = values.config ? configInRepo(repo, values.config) : undefined;
  const view = await withTree(repo, values.ref, git, (dir) =>
    topology({
      repoDir: dir,
      git,
      helm: createHelm(resolveHelmBinary(values.helm, io.env)),
      logger: stderrLogger(values.verbose),
      ...(configFile ? { configFile } : {}),
    }),
  );
  if (!target) return print(view, format, io);
  if (!view.complete) {
    io.stderr(
      `gitops-promotion topology: ${unrenderedSentence(view)} ${target.rel} is not ${values.write !== undefined ? 'written' : 'checked'}\n`,
    );
    return EXIT.error;
  }
  const doc = renderTopologyMarkdown(view);
  return values.write !== undefined ? write(repo, target, doc, io) : check(target, doc, io);
}

function print(view: TopologyView, format: Format, io: CliIO): number {
  io.stdout(
    format === 'json'
      ? renderTopologyJson(view)
      : format === 'markdown'
        ? renderTopologyMarkdown(view)
        : renderTopologyText(view),
  );
  if (view.complete) return EXIT.ok;
  io.stderr(`gitops-promotion topology: ${unrenderedSentence(view)}\n`);
  return EXIT.error;
}

type Target = { rel: string; abs: string };

/** FILE inside the repository (relative to it, or absolute under it), never through a symlink out. */
function documentPath(repo: string, given: string): Target {
  const p = pathInRepo(repo, given);
  if (p.kind === 'outside')
    throw new ConfigurationError(`${given} must be a file inside the repository ${repo}`);
  return { rel: p.rel, abs: p.abs };
}

async function write(repo: string, target: Target, doc: string, io: CliIO): Promise<number> {
  if ((await readFile(target.abs, 'utf8').catch(() => null)) === doc) {
    io.stdout(`${target.rel} is up to date\n`);
    return EXIT.ok;
  }
  try {
    // The path is inside the repository (documentPath); its directories are made there.
    await mkdir(path.dirname(target.abs), { recursive: true });
    await writeInside(repo, target.rel, doc);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e;
    throw new ConfigurationError(`cannot write ${target.rel}: ${(e as Error).message}`);
  }
  io.stdout(`wrote ${target.rel}\n`);
  return EXIT.ok;
}

async function check(target: Target, doc: string, io: CliIO): Promise<number> {
  const current = await readFile(target.abs, 'utf8').catch(() => null);
  const fix = `run gitops-promotion topology --write ${target.rel}`;
  if (current === null) {
    io.stderr(`gitops-promotion topology: ${target.rel} does not exist: ${fix}\n`);
    return EXIT.findings;
  }
  if (current !== doc) {
    io.stderr(
      `gitops-promotion topology: ${target.rel} is stale (${firstDifference(current, doc)}): ${fix}\n`,
    );
    return EXIT.findings;
  }
  io.stdout(`${target.rel} is up to date\n`);
  return EXIT.ok;
}

/** Where two texts first differ, as a line number of the file. */
function firstDifference(current: string, wanted: string): string {
  const a = current.split('\n');
  const b = wanted.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const line = i < 0 ? a.length + 1 : i + 1;
  return `it differs from line ${line}`;
}
