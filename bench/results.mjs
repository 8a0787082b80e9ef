// bench/results.md: the machine a bench ran on, its table of ratios ours/naive, one section per bench script
// (validate.bench.mjs and diff.bench.mjs each replace their own section and keep the other's).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './harness.mjs';

const RESULTS = path.join(root, 'bench', 'results.md');
const TITLE = `# Benchmarks

Written by \`npm run bench\` (bench/validate.bench.mjs, then bench/diff.bench.mjs; options in bench/harness.mjs).
Each row runs the naive script and ours alternately in the same run on the same machine; the figures are medians
over the runs, and what matters is the ratio **ours / naive** (below 1: ours is cheaper). Ours is the CLI as
committed (\`node bin/gitops-promotion.js\`, which runs the cli/dist bundle), node start included. As on a
laptop, the CLI keeps V8's compiled code of the bundle between runs (in the bench's temp home, under \`.cache\`):
the first run of each command (counted, never discarded) fills what the later runs read.

- **wall**: elapsed time around the process.
- **CPU**: user + system time of the process and every descendant it waited for (helm included), from GNU time
  (\`/usr/bin/time -f %U %S\`).
- **peak RSS**: the largest resident set of any single process of the tree, from GNU time (\`%M\`, the
  \`ru_maxrss\` of wait4): for ours the node process (every helm it runs is smaller), for the naive scripts the
  largest helm.
`;

/** Cores, CPU model, memory, node, helm and git versions, and the load when the bench started. */
export function machine(helm) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? 'unknown';
  const version = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  const project = version('git', ['-C', root, 'log', '-1', '--format=%h']);
  const bundle = version('git', ['-C', root, 'log', '-1', '--format=%h %cs', '--', 'cli/dist']);
  return [
    `${os.availableParallelism()} cores (${model}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `node ${process.version}, helm ${version(helm, ['version', '--short'])}, ${version('git', ['--version'])}`,
    `gitops-promotion at ${project}, its CLI bundle (cli/dist) as built at ${bundle}`,
    `load average ${loadavg()} at the start`,
  ];
}

/** The 1, 5 and 15 minute load averages (other work on the machine shows here). */
export const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const ratio = (a, b) => `**${(a / b).toFixed(2)}**`;

/** One markdown row per measured comparison: `{ repo, what, naive: what the baseline is, result }`. */
export function table(rows) {
  const head =
    '| repo | what | runs | wall naive | wall ours | wall ours/naive | CPU naive | CPU ours | CPU ours/naive | peak RSS naive | peak RSS ours | RSS ours/naive |\n' +
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |\n';
  return (
    head +
    rows
      .map(({ repo, what, result: { runs, naive: n, ours: o } }) =>
        [
          repo,
          what,
          runs,
          ms(n.wallMs),
          ms(o.wallMs),
          ratio(o.wallMs, n.wallMs),
          ms(n.cpuMs),
          ms(o.cpuMs),
          ratio(o.cpuMs, n.cpuMs),
          mb(n.rssKb),
          mb(o.rssKb),
          ratio(o.rssKb, n.rssKb),
        ].join(' | '),
      )
      .map((r) => `| ${r} |`)
      .join('\n') +
    '\n'
  );
}

/** Replaces (or adds) the section `name` of bench/results.md, keeping the others. */
export function writeSection(name, body) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${begin}\n${body.trim()}\n${end}`;
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : `${TITLE}\n`;
  const at = old.indexOf(begin);
  const stop = old.indexOf(end);
  const text =
    at >= 0 && stop > at
      ? `${old.slice(0, at)}${section}${old.slice(stop + end.length)}`
      : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS, text);
  console.log(`wrote the ${name} section of ${path.relative(root, RESULTS)}`);
}
