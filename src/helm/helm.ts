import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { runProcess, type ProcessResult } from '../util/process.js';

export interface TemplateRequest {
  releaseName: string;
  chartDir: string;
  namespace: string;
  /** Absolute paths, applied in order. */
  valueFiles: string[];
  /** Inline values (Argo CD helm.values / valuesObject), applied after the value files. */
  inlineValues?: string | null;
  /** `--set` (or `--set-string` when forceString) parameters, after the value files. */
  parameters: { name: string; value: string; forceString?: boolean }[];
  kubeVersion?: string | null;
  apiVersions?: string[];
}

export interface TemplateResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The argument array helm was given (no secrets ever go here). */
  args: string[];
}

/** Runs the real helm binary with argument arrays. */
export class Helm {
  /** Every `helm template` argument array, in call order: lets tests and benchmarks count renders. */
  readonly invocations: string[][] = [];

  constructor(readonly binary: string) {}

  async version(): Promise<string> {
    const r = await run(this.binary, ['version', '--short']);
    return r.stdout.trim();
  }

  /** `helm dependency build` for a chart whose dependencies are not vendored (needs their repositories). */
  async dependencyBuild(chartDir: string): Promise<{ ok: boolean; stderr: string }> {
    const args = ['dependency', 'build', chartDir];
    this.invocations.push(args);
    const r = await run(this.binary, args);
    return { ok: r.exitCode === 0, stderr: r.stderr };
  }

  async template(req: TemplateRequest): Promise<TemplateResult> {
    const tmp = req.inlineValues != null ? await mkdtemp(path.join(os.tmpdir(), 'gp-values-')) : null;
    try {
      const valueFiles = [...req.valueFiles];
      if (tmp) {
        valueFiles.push(path.join(tmp, 'inline-values.yaml'));
        await writeFile(valueFiles[valueFiles.length - 1]!, req.inlineValues!);
      }
      const args = ['template', req.releaseName, req.chartDir, '--namespace', req.namespace];
      for (const f of valueFiles) args.push('--values', f);
      for (const p of req.parameters) {
        // Like Argo CD: one parameter per flag, commas escaped so helm does not split the value.
        args.push(p.forceString ? '--set-string' : '--set', `${p.name}=${p.value.replace(/,/g, '\\,')}`);
      }
      if (req.kubeVersion) args.push('--kube-version', req.kubeVersion);
      for (const v of req.apiVersions ?? []) args.push('--api-versions', v);
      this.invocations.push(args);
      const r = await run(this.binary, args);
      return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr, args };
    } finally {
      if (tmp) await rm(tmp, { recursive: true, force: true });
    }
  }
}

function run(binary: string, args: string[]): Promise<ProcessResult> {
  // Keep helm away from the user's plugins: renders are offline and repeatable.
  return runProcess(binary, args, {
    env: { ...process.env, HELM_NO_PLUGINS: '1' },
    missing: `helm binary not found: ${binary}`,
  });
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
    const bin = path.join(dir, 'helm');
    if (isExecutable(bin)) return bin;
  }
  throw new ConfigurationError(
    'helm was not found: set the `helm` input or $HELM to a helm binary, or install it on PATH ' +
      '(in a workflow: a step `uses: azure/setup-helm@<sha>` before this action)',
  );
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
