/** Where commands report progress. Actions pass one backed by @actions/core, the CLI one backed by stderr. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export function stderrLogger(verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
  };
}

export const silentLogger: Logger = { debug: () => {}, info: () => {}, warning: () => {} };
