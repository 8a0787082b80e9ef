import * as core from '@actions/core';
import type { Logger } from '../logger.js';
import { logSafe } from '../report/log-safe.js';
import { ProgressThrottle, progressText } from '../util/progress.js';

/**
 * An actions' Logger. Messages carry repository text (cluster names, file names, helm errors), so
 * info and warning lines go through logSafe and can start no workflow command; debug is itself a
 * `::debug::` command whose message @actions/core escapes onto its one line. A long sequence's
 * progress is a group of log lines (its name a `::group::` command's data, escaped by @actions/core),
 * closed by its last step.
 */
export function createCoreLogger(clock?: () => number): Logger {
  const throttle = new ProgressThrottle(clock);
  let open = false; // a progress group is open
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(logSafe(m)),
    warning: (m) => core.info(logSafe(`warning: ${m}`)),
    progress: (done, total, what) => {
      const line = throttle.next(done, total, what);
      if (!line) return;
      if (line.first) {
        if (open) core.endGroup();
        core.startGroup(`progress: ${what}`);
        open = true;
      }
      core.info(logSafe(progressText(line)));
      if (line.final) {
        core.endGroup();
        open = false;
      }
    },
  };
}

export const coreLogger: Logger = createCoreLogger();
