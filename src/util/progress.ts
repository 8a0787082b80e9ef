import type { Logger } from '../logger.js';

/**
 * Progress of long runs (clusters rendered / total). The use cases report every step of a sequence
 * through ProgressSteps (`Logger.progress`: 0 of total when it starts, then each step done); the
 * adapters show few of them through a ProgressThrottle: nothing in a sequence's first 3 s (a short
 * run prints nothing), then at most one line every 2 s, and its last step once something was shown.
 */

/** A sequence's progress as an adapter shows it. */
export interface ProgressLine {
  done: number;
  total: number;
  what: string;
  /** Since the sequence started (its step 0). */
  elapsedMs: number;
  /** The first line shown of its sequence. */
  first: boolean;
  /** Its last step: the sequence is over. */
  final: boolean;
}

export const PROGRESS_DELAY_MS = 3000;
export const PROGRESS_INTERVAL_MS = 2000;

interface Sequence {
  what: string;
  startedAt: number;
  shownAt: number | null;
}

/**
 * Which progress steps to show, one sequence at a time: a step of another `what`, or a step 0 (its
 * start), starts a new one; its total may grow while it runs.
 */
export class ProgressThrottle {
  private current: Sequence | null = null;

  constructor(
    private readonly clock: () => number = () => performance.now(),
    private readonly delayMs = PROGRESS_DELAY_MS,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {}

  /** The line to show for this step, or null. */
  next(done: number, total: number, what: string): ProgressLine | null {
    const now = this.clock();
    let seq = this.current;
    if (!seq || done === 0 || seq.what !== what) {
      seq = { what, startedAt: now, shownAt: null };
      this.current = seq;
    }
    const final = done >= total;
    const show = final
      ? seq.shownAt !== null
      : now - seq.startedAt >= this.delayMs && (seq.shownAt === null || now - seq.shownAt >= this.intervalMs);
    if (final) this.current = null;
    if (!show) return null;
    const first = seq.shownAt === null;
    seq.shownAt = now;
    return { done, total, what, elapsedMs: now - seq.startedAt, first, final };
  }
}

/** `120/200 clusters rendered (14 s)` */
export function progressText(line: ProgressLine): string {
  return `${line.done}/${line.total} ${line.what} (${Math.round(line.elapsedMs / 1000)} s)`;
}

/**
 * The steps of one sequence, reported to a logger. Its total grows as its parts start (diff renders
 * head and base at once): `add` when a part starts, `step` when one of its steps is done.
 */
export class ProgressSteps {
  private done = 0;
  private total = 0;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  /** `n` more steps to do. */
  add(n: number): void {
    this.total += n;
    this.logger.progress?.(this.done, this.total, this.what);
  }

  /** One more step done. */
  step(): void {
    this.done++;
    this.logger.progress?.(this.done, this.total, this.what);
  }
}
