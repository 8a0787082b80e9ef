import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { allowEnv, PROXY_ENV, runProcess, type ProcessResult } from '../util/process.js';
import {
  apiVersionProblem,
  kubeVersionProblem,
  namespaceProblem,
  parameterNameProblem,
  releaseNameProblem,
} from './arguments.js';
import { chartSignature, scanChart, type ChartScan } from './batch-chart.js';
import { templateBatched, type BatchHost } from './batch.js';
import { templateArgs } from './template-args.js';
import type { DependencyRepository, HelmPort, TemplateRequest, TemplateResult } from '../ports/helm.js';

export type { DependencyRepository, TemplateRequest, TemplateResult } from '../ports/helm.js';

/** The only variables of ours helm ever sees; everything else it gets is a temp dir of its own. */
export const HELM_ENV = ['PATH', 'TZ', 'LANG', 'LC_ALL'];
/**
 * Helm's Go garbage collector paced for a short-lived process: a collection when the heap has grown
 * by 400% rather than 100%. A batch of 50 fleet clusters takes 20% less CPU (1.01 → 0.79 s) for
 * 60 MB more memory. The soft limit, half the machine's (or container's) memory divided by its
 * cores (a pool runs that many at once), makes it collect as often as it must near it. Ours, never
 * the caller's.
 */
export const GO_RUNTIME: Readonly<Record<string, string>> = {
  GOGC: '400',
  GOMEMLIMIT: `${Math.max(256, Math.floor(machineMemory() / 2 ** 20 / (2 * os.availableParallelism())))}MiB`,
};

/** The memory this process may use: the machine's, or a container's limit (cgroup) below it. */
function machineMemory(): number {
  const total = os.totalmem();
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 && limit < total ? limit : total;
}
/** The discard port on loopback: nothing listens, so a connection is refused at once. */
const OFFLINE_PROXY = 'http://127.0.0.1:9';

/**
 * Runs the real helm binary, sandboxed: argument arrays with every flag as one `--flag=value`
 * argument (a value can never be read as a flag), the chart as `.` from its directory, and an
 * environment built from an allow-list (PATH, a temp HOME and HELM_* homes, no plugins; proxies only
 * for dependency builds). Nothing else of the caller's environment (tokens, INPUT_*) reaches helm.
 */
export class Helm implements HelmPort {
  /** Every helm argument array run (a batch's wrapper render is one), in call order: counts processes. */
  readonly invocations: string[][] = [];
  /** Every render served, alone or in a batch, in the order each was done: counts renders. */
  readonly renders: TemplateRequest[] = [];
  private sandbox: string | null = null;
  /** Each chart directory's batch scan, once per Helm (a run) while its files are the same. */
  private readonly scans = new Map<string, { signature: string; scan: ChartScan }>();

  constructor(
    readonly binary: string,
    private readonly callerEnv: NodeJS.ProcessEnv = process.env,
  ) {}

  async version(): Promise<string> {
    const r = await this.run(['version', '--short'], os.tmpdir(), false);
    return r.stdout.trim();
  }

  /**
   * `helm dependency build` for a chart whose dependencies are not vendored: each https
   * repository is added first under a generated name (as Argo CD does); oci:// needs no add.
   */
  async dependencyBuild(
    chartDir: string,
    repositories: readonly DependencyRepository[] = [],
  ): Promise<{ ok: boolean; stderr: string }> {
    for (const repo of repositories) {
      if (!/^https:\/\/[^\s]+$/.test(repo.url) || !/^[a-z0-9-]+$/.test(repo.name))
        throw new Error(`refusing helm repo add for ${JSON.stringify(repo)}: not checked before`);
      const args = ['repo', 'add', '--force-update', '--', repo.name, repo.url];
      this.invocations.push(args);
      const added = await this.run(args, chartDir, true);
      if (added.exitCode !== 0) return { ok: false, stderr: added.stderr };
    }
    const args = ['dependency', 'build', '--skip-refresh', '--', '.'];
    this.invocations.push(args);
    const r = await this.run(args, chartDir, true);
    return { ok: r.exitCode === 0, stderr: r.stderr };
  }

  async template(req: TemplateRequest): Promise<TemplateResult> {
    refuseUnchecked(req);
    if (!isDirectory(req.chartDir)) {
      // What helm says of a chart path that is not there (it runs in that directory, so it cannot).
      return { ok: false, stdout: '', stderr: `Error: path "${req.chartDir}" not found`, args: [] };
    }
    const tmp = req.inlineValues != null ? await mkdtemp(path.join(os.tmpdir(), 'gp-values-')) : null;
    try {
      const valueFiles = [...req.valueFiles];
      if (tmp) {
        valueFiles.push(path.join(tmp, 'inline-values.yaml'));
        await writeFile(valueFiles[valueFiles.length - 1]!, req.inlineValues!);
      }
      const args = templateArgs(req, valueFiles);
      this.invocations.push(args);
      this.renders.push(req);
      const r = await this.run(args, req.chartDir, false);
      return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr, args };
    } finally {
      if (tmp) await rm(tmp, { recursive: true, force: true });
    }
  }

  /**
   * Every request's `template` result, in their order; requests of one chart that can share a helm
   * process exactly render together (src/helm/batch.ts), the others (and a batch that fails) alone.
   */
  templateMany(
    reqs: readonly TemplateRequest[],
    concurrency: number,
    onResult?: (index: number, result: TemplateResult) => void,
  ): Promise<TemplateResult[]> {
    for (const req of reqs) refuseUnchecked(req);
    return templateBatched(this.batchHost(), reqs, concurrency, onResult);
  }

  private batchHost(): BatchHost {
    return {
      template: (req) => this.template(req),
      runWrapper: async (dir, args) => {
        this.invocations.push(args);
        const r = await this.run(args, dir, false);
        return { ok: r.exitCode === 0, stdout: r.stdout };
      },
      served: (req) => this.renders.push(req),
      chartScan: (chartDir) => {
        const signature = signatureOf(chartDir);
        const known = this.scans.get(chartDir);
        if (signature !== null && known?.signature === signature) return known.scan;
        const scan = scanOrSingle(chartDir);
        if (signature !== null) this.scans.set(chartDir, { signature, scan });
        return scan;
      },
    };
  }

  /** The environment helm runs with: exactly the allow-list, plus homes in this run's sandbox dir. */
  environment(network: boolean): Record<string, string> {
    const home = this.sandboxDir();
    return {
      ...allowEnv(this.callerEnv, network ? [...HELM_ENV, ...PROXY_ENV] : HELM_ENV),
      // A render needs no network: whatever a chart makes helm fetch (a values.schema.json `$ref`)
      // goes to a proxy that is not there, and fails at once.
      ...(network ? {} : { HTTP_PROXY: OFFLINE_PROXY, HTTPS_PROXY: OFFLINE_PROXY, NO_PROXY: '' }),
      HOME: home,
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_DATA_HOME: path.join(home, 'data'),
      HELM_PLUGINS: path.join(home, 'plugins'),
      HELM_NO_PLUGINS: '1',
      KUBECONFIG: path.join(home, 'no-kubeconfig'),
      ...GO_RUNTIME,
    };
  }

  private run(args: string[], cwd: string, network: boolean): Promise<ProcessResult> {
    return runProcess(this.binary, args, {
      cwd,
      env: this.environment(network),
      missing: `helm binary not found: ${this.binary}`,
    });
  }

  /** One temp dir per Helm, made on first use and removed when the process exits. */
  private sandboxDir(): string {
    if (!this.sandbox) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-helm-'));
      mkdirSync(path.join(dir, 'plugins'));
      removeOnExit(dir);
      this.sandbox = dir;
    }
    return this.sandbox;
  }
}

const sandboxes = new Set<string>();

/** One exit listener for every sandbox dir of the process (one per Helm would pile up listeners). */
function removeOnExit(dir: string): void {
  if (sandboxes.size === 0)
    process.once('exit', () => {
      for (const d of sandboxes) rmSync(d, { recursive: true, force: true });
    });
  sandboxes.add(dir);
}

/**
 * The last line of defence: the domain checks every value for its kind and reports a bad one as a
 * finding; reaching here with one is a bug, so helm is not run.
 */
function refuseUnchecked(req: TemplateRequest): void {
  const problems = [
    releaseNameProblem(req.releaseName),
    req.namespace ? namespaceProblem(req.namespace) : null,
    req.kubeVersion ? kubeVersionProblem(req.kubeVersion) : null,
    ...(req.apiVersions ?? []).map(apiVersionProblem),
    ...[...req.parameters, ...(req.fileParameters ?? [])].map((p) => parameterNameProblem(p.name)),
    ...[req.chartDir, ...req.valueFiles, ...(req.fileParameters ?? []).map((p) => p.path)].map((f) =>
      path.isAbsolute(f) ? null : `"${f}" is not an absolute path`,
    ),
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`refusing to run helm template: ${problems.join('; ')}`);
}

/** The helm port for a resolved binary (resolveHelmBinary): the one factory of HelmPort. */
export function createHelm(binary: string, env: NodeJS.ProcessEnv = process.env): Helm {
  return new Helm(binary, env);
}

/**
 * Which helm to run: the `helm` input / --helm flag, then $HELM, then `helm` on PATH.
 * Absent → a ConfigurationError that says how to get one.
 */
export function resolveHelmBinary(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const candidates: [string, string][] = [];
  if (explicit) candidates.push([explicit, 'the helm input']);
  else if (env.HELM) candidates.push([env.HELM, '$HELM']);
  if (explicit || env.HELM) {
    const [bin, from] = candidates[0]!;
    if (isExecutable(bin)) return path.resolve(bin);
    throw new ConfigurationError(`helm binary from ${from} is not an executable file: ${bin}`);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    // Absolute: helm runs in the chart directory, where a relative PATH entry would name the repo's files.
    const bin = path.resolve(dir, 'helm');
    if (path.isAbsolute(dir) && isExecutable(bin)) return bin;
  }
  throw new ConfigurationError(
    'helm was not found: set the `helm` input or $HELM to a helm binary, or install it on PATH ' +
      '(in a workflow: a step `uses: azure/setup-helm@<sha>` before this action)',
  );
}

/**
 * As resolveHelmBinary, but null when none was named and none is on PATH (a release whose gates are
 * skipped needs helm only for its production diff, which is then reported as unknown).
 */
export function tryResolveHelmBinary(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (explicit || env.HELM) return resolveHelmBinary(explicit, env);
  try {
    return resolveHelmBinary(undefined, env);
  } catch {
    return null;
  }
}

function signatureOf(chartDir: string): string | null {
  try {
    return chartSignature(chartDir);
  } catch {
    return null;
  }
}

/** The chart's scan; a directory that cannot be read renders alone (helm says what is wrong with it). */
function scanOrSingle(chartDir: string): ChartScan {
  if (!isDirectory(chartDir)) return { kind: 'single', reason: 'not a directory' };
  try {
    return scanChart(chartDir);
  } catch (e) {
    return { kind: 'single', reason: e instanceof Error ? e.message : String(e) };
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
