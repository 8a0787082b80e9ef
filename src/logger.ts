import { logSafe } from './report/log-safe.js';

/** Where commands report progress. Actions pass one backed by @actions/core, the CLI one backed by stderr. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

/**
 * The CLI's Logger. The CLI may run in a workflow step, whose runner reads workflow commands from
 * stderr too, and messages carry repository text: each line goes through logSafe.
 */
export function stderrLogger(verbose = false): Logger {
  const write = (line: string) => process.stderr.write(`${logSafe(line)}\n`);
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
  };
}
