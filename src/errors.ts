/**
 * A mistake the user can fix: bad config, bad arguments, a missing binary. Printed as one
 * clear line (file and line when known) with exit code 2, never with a stack trace.
 * Anything else that escapes is a bug in gitops-promotion.
 */
export class ConfigurationError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(message: string, location?: { file?: string; line?: number }) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = location?.file;
    this.line = location?.line;
  }

  /** `file:line: message`, or the bare message when no file is known. */
  describe(): string {
    if (!this.file) return this.message;
    return this.line ? `${this.file}:${this.line}: ${this.message}` : `${this.file}: ${this.message}`;
  }
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof ConfigurationError;
}

export function errorMessage(e: unknown): string {
  if (isConfigurationError(e)) return e.describe();
  return e instanceof Error ? e.message : String(e);
}
