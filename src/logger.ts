import { logSafe } from './report/log-safe.js';
import { ProgressThrottle, progressText } from './util/progress.js';

/** Where commands report progress. Actions pass one backed by @actions/core, the CLI one backed by stderr. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  /**
   * A step of a long sequence: `done` of `total` (0 when it starts). Called at every step; the logger
   * shows few of them (src/util/progress.ts). Optional: a logger without it shows no progress.
   */
  progress?(done: number, total: number, what: string): void;
}

/** Where the CLI's Logger writes: stderr, whose progress line is rewritten in place on a terminal. */
export interface LogStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Erases the line the cursor is on (a progress line written without its newline). */
const CLEAR_LINE = '\r\x1b[K';

/**
 * The CLI's Logger. The CLI may run in a workflow step, whose runner reads workflow commands from
 * stderr too, and messages carry repository text: each line goes through logSafe. Progress goes to
 * stderr only: on a terminal one line rewritten in place, elsewhere (a log, a pipe) one line each.
 */
export function stderrLogger(verbose = false, out: LogStream = process.stderr, clock?: () => number): Logger {
  const throttle = new ProgressThrottle(clock);
  let pending = false; // a progress line is on the terminal without its newline
  const write = (line: string) => {
    if (pending) out.write(CLEAR_LINE);
    pending = false;
    out.write(`${logSafe(line)}\n`);
  };
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
    progress: (done, total, what) => {
      const line = throttle.next(done, total, what);
      if (!line) return;
      const text = progressText(line);
      if (!out.isTTY || logSafe(text) !== text) return write(text);
      out.write(`${CLEAR_LINE}${text}${line.final ? '\n' : ''}`);
      pending = !line.final;
    },
  };
}
