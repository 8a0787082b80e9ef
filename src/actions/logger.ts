import * as core from '@actions/core';
import type { Logger } from '../logger.js';
import { logSafe } from '../report/log-safe.js';

/**
 * The actions' Logger. Messages carry repository text (cluster names, file names, helm errors), so
 * info and warning lines go through logSafe and can start no workflow command; debug is itself a
 * `::debug::` command whose message @actions/core escapes onto its one line.
 */
export const coreLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(logSafe(m)),
  warning: (m) => core.info(logSafe(`warning: ${m}`)),
};
