/**
 * The error in what helm wrote to stderr, without the log lines around it.
 *
 * Helm 4 logs through `slog`: warnings and notes come as `level=WARN msg="this chart is deprecated"`,
 * `level=INFO msg="warning: skipped value for …"` (and `level=DEBUG …` with `--debug`) before the error. Helm 3
 * writes the same notes as `WARNING: …`, `coalesce.go:237: warning: …`, `walk.go:…`. Both end with the error
 * itself (`Error: …`) and often the hint `Use --debug flag to render out invalid YAML`. A `level=ERROR` line is
 * kept: it is an error.
 */
const LOG_LINE = /^level=(?:DEBUG|INFO|WARN) /;
const HELM3_NOTE = /^(?:WARNING\b|walk\.go|coalesce\.go)/i;
const DEBUG_HINT = /^Use --debug flag/;

/** The lines of helm's stderr that are the error, trimmed, each without helm's `Error: ` prefix. */
export function helmErrorLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !LOG_LINE.test(l) && !HELM3_NOTE.test(l) && !DEBUG_HINT.test(l))
    .map((l) => l.replace(/^Error: /, ''));
}

/** Helm's error as one line (`no message` when it wrote nothing but notes). */
export function helmErrorText(stderr: string): string {
  return helmErrorLines(stderr).join(' ') || 'no message';
}
