/**
 * Many `helm template` renders, several of one chart in one helm process where that is proven exact:
 * most of a render is helm's start-up. Requests of one chart directory with the same kube version,
 * API versions and skip flags, no `--set` parameters, whose chart the scan proves batchable
 * (batch-chart.ts) and whose values files nest exactly (batch-values.ts), render as aliases `c0`,
 * `c1`, … of a generated wrapper chart (the chart linked once under its charts/, declared once per
 * alias), each alias's values its files nested under it, in order. The output is split back per
 * alias (batch-output.ts). A batch that fails, or whose output cannot be attributed, renders its
 * requests one by one, so every error is the request's own, exactly as a single render says it.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TemplateRequest, TemplateResult } from '../ports/helm.js';
import type { ChartScan } from './batch-chart.js';
import { splitOutput, WRAPPER_NAME } from './batch-output.js';
import { nestValues } from './batch-values.js';
import { templateArgs } from './template-args.js';

/** What batching needs of the helm adapter. */
export interface BatchHost {
  /** One render alone (recorded by the host). */
  template(req: TemplateRequest): Promise<TemplateResult>;
  /** `helm template` in a wrapper chart's directory: one process (recorded by the host). */
  runWrapper(dir: string, args: string[]): Promise<{ ok: boolean; stdout: string }>;
  /** A request a batch rendered (recorded by the host, as `template` records its own). */
  served(req: TemplateRequest): void;
  /** The chart directory's scan (the host keeps it while the directory's files are the same). */
  chartScan(chartDir: string): ChartScan;
}

/** At most this many aliases in one wrapper: a failing batch renders this many alone. */
export const MAX_BATCH = 64;

type Batchable = Extract<ChartScan, { kind: 'batchable' }>;

interface Member {
  index: number;
  req: TemplateRequest;
  /** Its values files (and inline values) nested, in order; empty ones left out. */
  values: string[];
}

interface Group {
  scan: Batchable;
  members: Member[];
}

type Job = (enqueue: (more: Job[]) => void) => Promise<void>;

/** `template` of each request, in their order; `onResult` as each one is known. */
export async function templateBatched(
  host: BatchHost,
  reqs: readonly TemplateRequest[],
  concurrency: number,
  onResult?: (index: number, result: TemplateResult) => void,
): Promise<TemplateResult[]> {
  const results = new Array<TemplateResult>(reqs.length);
  const done = (index: number, r: TemplateResult) => {
    results[index] = r;
    onResult?.(index, r);
  };
  const alone =
    (m: { index: number; req: TemplateRequest }): Job =>
    async () =>
      done(m.index, await host.template(m.req));
  const { single, groups } = await plan(host, reqs);
  const jobs: Job[] = [];
  for (const g of groups)
    for (const members of chunks(g.members, concurrency))
      jobs.push(
        members.length === 1
          ? alone(members[0]!)
          : async (enqueue) => {
              const rendered = await renderBatch(host, g.scan, members);
              if (!rendered) return enqueue(members.map(alone));
              members.forEach((m, k) => {
                host.served(m.req);
                done(m.index, rendered[k]!);
              });
            },
      );
  jobs.push(...single.map((index) => alone({ index, req: reqs[index]! })));
  await runJobs(jobs, concurrency);
  return results;
}

/** Which requests render alone, and the groups that may share a process. */
async function plan(
  host: BatchHost,
  reqs: readonly TemplateRequest[],
): Promise<{ single: number[]; groups: Group[] }> {
  const texts = new Map<string, Promise<string | null>>();
  const read = (file: string) => {
    let t = texts.get(file);
    if (!t) texts.set(file, (t = readFile(file).then(utf8, () => null)));
    return t;
  };
  const scans = new Map<string, ChartScan>();
  const scan = (dir: string) => {
    let s = scans.get(dir);
    if (!s) scans.set(dir, (s = host.chartScan(dir)));
    return s;
  };
  const placed = await Promise.all(reqs.map((req) => place(req, scan, read)));
  const single: number[] = [];
  const groups = new Map<string, Group>();
  placed.forEach((p, index) => {
    if (!p) return void single.push(index);
    const key = groupKey(reqs[index]!);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { scan: p.scan, members: [] }));
    g.members.push({ index, req: reqs[index]!, values: p.values });
  });
  return { single, groups: [...groups.values()] };
}

/** The request's chart scan and nested values, or null when it renders alone. */
async function place(
  req: TemplateRequest,
  chartScan: (dir: string) => ChartScan,
  read: (file: string) => Promise<string | null>,
): Promise<{ scan: Batchable; values: string[] } | null> {
  if (req.parameters.length > 0 || (req.fileParameters?.length ?? 0) > 0) return null;
  const scan = chartScan(req.chartDir);
  if (scan.kind !== 'batchable' || (scan.schema && !req.skipSchemaValidation)) return null;
  const texts = await Promise.all(req.valueFiles.map(read));
  if (req.inlineValues != null) texts.push(req.inlineValues);
  const values: string[] = [];
  for (const text of texts) {
    if (text === null) return null;
    const nested = nestValues(text);
    if (nested.kind === 'refused') return null;
    if (nested.kind === 'nested') values.push(nested.body);
  }
  return { scan, values };
}

/** A file's text, or null when it is not UTF-8 (helm reads its bytes: a replacement character would not be them). */
function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** What must be equal for requests to share a process: the chart and every flag of the render. */
function groupKey(req: TemplateRequest): string {
  return JSON.stringify([
    req.chartDir,
    req.kubeVersion ?? null,
    req.apiVersions ?? [],
    req.skipCrds === true,
    req.skipSchemaValidation === true,
    req.skipTests === true,
  ]);
}

/**
 * Split over processes only when each gets this many: a process's start costs about as much as a few
 * clusters' templates, and a diff's other side is rendering on the other cores.
 */
const MIN_SHARE = 4;

/** A group in batches of at most MAX_BATCH, as many as the processes allowed at once when it is large enough. */
function chunks<T>(items: readonly T[], concurrency: number): T[][] {
  const count = Math.max(
    Math.min(concurrency, Math.floor(items.length / MIN_SHARE)),
    Math.ceil(items.length / MAX_BATCH),
    1,
  );
  const out: T[][] = [];
  for (let i = 0; i < count; i++)
    out.push(
      items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count)),
    );
  return out.filter((c) => c.length > 0);
}

/** One wrapper chart's render, each member's result; null when it failed or cannot be split. */
async function renderBatch(
  host: BatchHost,
  scan: Batchable,
  members: readonly Member[],
): Promise<TemplateResult[] | null> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gp-batch-'));
  try {
    const valueFiles = await writeWrapper(dir, scan, members);
    const first = members[0]!.req;
    const args = templateArgs(
      {
        releaseName: WRAPPER_NAME,
        chartDir: dir,
        namespace: '',
        valueFiles,
        parameters: [],
        kubeVersion: first.kubeVersion,
        apiVersions: first.apiVersions,
        skipCrds: first.skipCrds,
        skipSchemaValidation: first.skipSchemaValidation,
        skipTests: first.skipTests,
      },
      valueFiles,
    );
    const r = await host.runWrapper(dir, args);
    const aliases = members.map((_, k) => `c${k}`);
    const split = r.ok ? splitOutput(r.stdout, aliases, scan.name) : null;
    return split && aliases.map((a) => ({ ok: true, stdout: split.get(a)!, stderr: '', args }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The wrapper chart in `dir`: Chart.yaml, the chart linked under charts/, the values files (their paths). */
async function writeWrapper(dir: string, scan: Batchable, members: readonly Member[]): Promise<string[]> {
  await mkdir(path.join(dir, 'charts'));
  await mkdir(path.join(dir, 'values'));
  await symlink(members[0]!.req.chartDir, path.join(dir, 'charts', 'chart'), 'dir');
  const dependencies = members.map((_, k) => ({ name: scan.name, version: scan.version, alias: `c${k}` }));
  // JSON is YAML: every string quoted, nothing of the chart's read as YAML syntax.
  await writeFile(
    path.join(dir, 'Chart.yaml'),
    JSON.stringify({ apiVersion: 'v2', name: WRAPPER_NAME, version: '0.0.0', dependencies }),
  );
  const files: string[] = [];
  const write = async (name: string, text: string) => {
    const file = path.join(dir, 'values', name);
    await writeFile(file, text);
    files.push(file);
  };
  // Each alias's files in their order; aliases are keys of their own, so the j-th files of all of them
  // can be one file: helm's merge of `<alias>:` maps never mixes two aliases. A body is joined to
  // the next only when it ends its last line, so nothing of it (a `|+` scalar) runs into the next key.
  const depth = Math.max(0, ...members.map((m) => m.values.length));
  for (let j = 0; j < depth; j++) {
    const ended: string[] = [];
    for (const [k, m] of members.entries()) {
      const body = m.values[j];
      if (body === undefined) continue;
      if (body.endsWith('\n')) ended.push(`c${k}:\n${body}`);
      else await write(`c${k}-${j}.yaml`, `c${k}:\n${body}`);
    }
    if (ended.length > 0) await write(`all-${j}.yaml`, ended.join(''));
  }
  return files;
}

/**
 * Runs the jobs, at most `concurrency` at once; a job may add more. The first failure is thrown once
 * every job started has settled (no helm is left running in a tree the caller may remove).
 */
function runJobs(jobs: Job[], concurrency: number): Promise<void> {
  const queue = [...jobs];
  let active = 0;
  let failure: { error: unknown } | null = null;
  return new Promise((resolve, reject) => {
    const pump = () => {
      while (!failure && active < Math.max(1, concurrency) && queue.length > 0) {
        const job = queue.shift()!;
        active++;
        job((more) => queue.push(...more))
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0) {
        if (failure) reject(failure.error);
        else if (queue.length === 0) resolve();
      }
    };
    pump();
  });
}
