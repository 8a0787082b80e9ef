import { describe, expect, it, vi } from 'vitest';
import { createCoreLogger } from '../../src/actions/logger.js';
import { stderrLogger, type LogStream } from '../../src/logger.js';
import { ProgressSteps, ProgressThrottle } from '../../src/util/progress.js';
import { RecordingLogger } from '../helpers/logger.js';
import { actedOn, runnerReads } from '../helpers/runner-commands.js';

/** A clock the test moves. */
function fakeClock() {
  const clock = { now: 0, read: () => clock.now };
  return clock;
}

/** Steps 0..total of one sequence, step i at i × everyMs: the steps shown, as [done, elapsed s, first, final]. */
function shown(total: number, everyMs: number, what = 'clusters rendered') {
  const clock = fakeClock();
  const throttle = new ProgressThrottle(clock.read);
  const out: [number, number, boolean, boolean][] = [];
  for (let i = 0; i <= total; i++) {
    clock.now = i * everyMs;
    const line = throttle.next(i, total, what);
    if (line) out.push([line.done, line.elapsedMs / 1000, line.first, line.final]);
  }
  return out;
}

describe('ProgressThrottle', () => {
  it('shows nothing of a sequence done within 3 s', () => {
    expect(shown(4, 500)).toEqual([]);
    expect(shown(3, 999)).toEqual([]);
    expect(shown(1, 2999)).toEqual([]);
  });

  it('shows a longer sequence from 3 s on, at most one line every 2 s, and its last step', () => {
    expect(shown(20, 500)).toEqual([
      [6, 3, true, false],
      [10, 5, false, false],
      [14, 7, false, false],
      [18, 9, false, false],
      [20, 10, false, true],
    ]);
  });

  it('shows the last step even when it comes right after a shown one', () => {
    expect(shown(2, 3000)).toEqual([
      [1, 3, true, false],
      [2, 6, false, true],
    ]);
  });

  it('starts again at a step 0 or another sequence, and keeps going while the total grows', () => {
    const clock = fakeClock();
    const t = new ProgressThrottle(clock.read);
    expect(t.next(0, 2, 'a')).toBeNull();
    clock.now = 4000;
    expect(t.next(0, 2, 'a')).toBeNull(); // step 0 again: the sequence starts anew at 4 s
    clock.now = 6000;
    expect(t.next(1, 2, 'a')).toBeNull();
    clock.now = 7000;
    expect(t.next(1, 5, 'a')).toMatchObject({ done: 1, total: 5, elapsedMs: 3000, first: true });
    clock.now = 9000;
    expect(t.next(2, 6, 'a')).toMatchObject({ done: 2, total: 6, elapsedMs: 5000, first: false });
    clock.now = 9500;
    expect(t.next(1, 3, 'b')).toBeNull(); // another sequence: its own 3 s
    clock.now = 12_500;
    expect(t.next(2, 3, 'b')).toMatchObject({ what: 'b', elapsedMs: 3000, first: true, final: false });
  });
});

describe('ProgressSteps', () => {
  it('reports step 0 of each part added, then each step, to the logger', () => {
    const logger = new RecordingLogger();
    const steps = new ProgressSteps(logger, 'clusters rendered');
    steps.add(2);
    steps.add(1);
    steps.step();
    steps.step();
    steps.step();
    expect(logger.steps.map((s) => [s.done, s.total, s.what])).toEqual([
      [0, 2, 'clusters rendered'],
      [0, 3, 'clusters rendered'],
      [1, 3, 'clusters rendered'],
      [2, 3, 'clusters rendered'],
      [3, 3, 'clusters rendered'],
    ]);
    expect(logger.lines).toEqual([]);
  });
});

/** A stream that keeps what is written to it. */
function stream(isTTY: boolean): LogStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (t: string) => chunks.push(t), text: () => chunks.join('') };
}

/** One sequence of 10 steps over 6 s, with an info line in the middle. */
function longRun(logger: ReturnType<typeof stderrLogger>, clock: ReturnType<typeof fakeClock>) {
  logger.progress!(0, 10, 'clusters rendered');
  clock.now = 3000;
  logger.progress!(1, 10, 'clusters rendered');
  logger.info('a message');
  clock.now = 4000;
  logger.progress!(2, 10, 'clusters rendered'); // within 2 s of the last line shown
  clock.now = 5000;
  logger.progress!(3, 10, 'clusters rendered');
  clock.now = 6000;
  logger.progress!(10, 10, 'clusters rendered');
}

describe('stderrLogger progress', () => {
  it('on a terminal: one line rewritten in place, erased before any other line, ended by the last step', () => {
    const clock = fakeClock();
    const out = stream(true);
    longRun(stderrLogger(false, out, clock.read), clock);
    expect(out.text()).toBe(
      '\r\x1b[K1/10 clusters rendered (3 s)' +
        '\r\x1b[Ka message\n' +
        '\r\x1b[K3/10 clusters rendered (5 s)' +
        '\r\x1b[K10/10 clusters rendered (6 s)\n',
    );
  });

  it('elsewhere (a log, a pipe): one line each', () => {
    const clock = fakeClock();
    const out = stream(false);
    longRun(stderrLogger(false, out, clock.read), clock);
    expect(out.text()).toBe(
      '1/10 clusters rendered (3 s)\na message\n3/10 clusters rendered (5 s)\n10/10 clusters rendered (6 s)\n',
    );
  });

  it('writes nothing for a sequence done within 3 s', () => {
    const clock = fakeClock();
    const out = stream(true);
    const logger = stderrLogger(false, out, clock.read);
    for (let i = 0; i <= 4; i++) {
      clock.now = i * 700;
      logger.progress!(i, 4, 'clusters rendered');
    }
    expect(out.text()).toBe('');
  });

  it('can start no workflow command, whatever the sequence is called', () => {
    const clock = fakeClock();
    for (const tty of [true, false]) {
      const out = stream(tty);
      const logger = stderrLogger(false, out, clock.read);
      clock.now = 0;
      logger.progress!(0, 2, '::error::x');
      clock.now = 3000;
      logger.progress!(1, 2, '::error::x');
      const read = runnerReads(out.text());
      expect(actedOn(read)).toEqual([]);
      expect(read.printed).toContain('1/2 ::error::x (3 s)');
    }
  });
});

describe('the actions logger progress', () => {
  function captureStdout(call: () => void): string {
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      call();
    } finally {
      spy.mockRestore();
    }
    return chunks.join('');
  }

  it('is a group of log lines, opened by the first line shown and closed by the last step', () => {
    const clock = fakeClock();
    const text = captureStdout(() => longRun(createCoreLogger(clock.read), clock));
    expect(text).toBe(
      '::group::progress: clusters rendered\n' +
        '1/10 clusters rendered (3 s)\n' +
        'a message\n' +
        '3/10 clusters rendered (5 s)\n' +
        '10/10 clusters rendered (6 s)\n' +
        '::endgroup::\n',
    );
  });

  it('closes a group left open (a sequence that did not end) before the next one', () => {
    const clock = fakeClock();
    const logger = createCoreLogger(clock.read);
    const text = captureStdout(() => {
      logger.progress!(0, 4, 'clusters rendered');
      clock.now = 3000;
      logger.progress!(1, 4, 'clusters rendered');
      logger.progress!(0, 2, 'clusters compared');
      clock.now = 6000;
      logger.progress!(1, 2, 'clusters compared');
    });
    expect(text).toBe(
      '::group::progress: clusters rendered\n1/4 clusters rendered (3 s)\n' +
        '::endgroup::\n::group::progress: clusters compared\n1/2 clusters compared (3 s)\n',
    );
  });

  it('prints nothing for a sequence done within 3 s', () => {
    const clock = fakeClock();
    const logger = createCoreLogger(clock.read);
    const text = captureStdout(() => {
      logger.progress!(0, 2, 'clusters rendered');
      clock.now = 1000;
      logger.progress!(1, 2, 'clusters rendered');
      clock.now = 2000;
      logger.progress!(2, 2, 'clusters rendered');
    });
    expect(text).toBe('');
  });
});
