/** Where the CLI writes: real streams in production, buffers in tests. */
export interface CliIO {
  stdout: (text: string) => void;
  /**
   * For output that is workflow commands by design (`--format github` annotations, each escaped by
   * the toolkit's rules): written as it is. runCli sets it; `stdout` makes anything else inert.
   */
  commands?: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const processIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
});

export class UsageError extends Error {}

/** Exit codes: 0 ok, 1 findings or a failed gate, 2 usage or configuration error. */
export const EXIT = { ok: 0, findings: 1, usage: 2, error: 2 } as const;

/** `--format`'s value when it is one of `formats`; else a usage error naming them. */
export function formatOption<F extends string>(given: string | undefined, formats: readonly F[]): F {
  const format = formats.find((f) => f === given);
  if (format === undefined)
    throw new UsageError(`--format must be one of ${formats.join(', ')}, got "${given ?? ''}"`);
  return format;
}
