import type { Logger } from '../../src/logger.js';

/** A progress step as a use case reported it (Logger.progress). */
export interface ProgressStep {
  done: number;
  total: number;
  what: string;
}

/** A Logger that remembers what it was told (progress steps apart from the lines). */
export class RecordingLogger implements Logger {
  readonly lines: { level: 'debug' | 'info' | 'warning'; message: string }[] = [];
  readonly steps: ProgressStep[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  progress(done: number, total: number, what: string): void {
    this.steps.push({ done, total, what });
  }
}
