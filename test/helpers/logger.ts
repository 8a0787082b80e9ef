import type { Logger } from '../../src/logger.js';

/** A Logger that remembers what it was told. */
export class RecordingLogger implements Logger {
  readonly lines: { level: 'debug' | 'info' | 'warning'; message: string }[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
}
