import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface TemplateRequest {
  releaseName: string;
  chartDir: string;
  namespace: string;
  /** Absolute paths, applied in order. */
  valueFiles: string[];
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

  async template(req: TemplateRequest): Promise<TemplateResult> {
    const args = ['template', req.releaseName, req.chartDir, '--namespace', req.namespace];
    for (const f of req.valueFiles) args.push('--values', f);
    for (const p of req.parameters) {
      // Like Argo CD: one parameter per flag, commas escaped so helm does not split the value.
      args.push(p.forceString ? '--set-string' : '--set', `${p.name}=${p.value.replace(/,/g, '\\,')}`);
    }
    if (req.kubeVersion) args.push('--kube-version', req.kubeVersion);
    for (const v of req.apiVersions ?? []) args.push('--api-versions', v);
    this.invocations.push(args);
    const r = await run(this.binary, args);
    return { ok: r.exitCode === 0, stdout: r.stdout, stderr: r.stderr, args };
  }
}

function run(binary: string, args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Keep helm away from the user's repositories.yaml and plugins: renders are offline and repeatable.
      env: { ...process.env, HELM_NO_PLUGINS: '1' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new ConfigurationError(`helm binary not found: ${binary}`) : e),
    );
    child.on('close', (code) =>
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
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
