import { describe, expect, it } from 'vitest';
import { limiter, mapLimit, settleAll } from '../../src/util/concurrency.js';

const tick = () => new Promise<void>((r) => setTimeout(r, 1));

describe('mapLimit after a failure', () => {
  it('starts nothing more, and throws only once the calls in flight have settled', async () => {
    const started: number[] = [];
    let inFlight = 0;
    const run = mapLimit([0, 1, 2, 3, 4, 5, 6, 7], 3, async (i) => {
      started.push(i);
      inFlight++;
      await tick();
      inFlight--;
      if (i === 1) throw new Error('boom');
      await tick();
      return i;
    });
    await expect(run).rejects.toThrow('boom');
    expect(inFlight).toBe(0);
    expect(started.length).toBeLessThan(8);
  });
});

describe('limiter', () => {
  it('never has more than its limit in flight, however many callers, and runs them all', async () => {
    const slot = limiter(2);
    let active = 0;
    let most = 0;
    const done = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        slot(async () => {
          active++;
          most = Math.max(most, active);
          await tick();
          active--;
          return i;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('frees the slot of a call that throws', async () => {
    const slot = limiter(1);
    await expect(slot(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await slot(async () => 7)).toBe(7);
  });
});

describe('settleAll', () => {
  it('gives the values in order, or throws the first failure in order once every promise has settled', async () => {
    expect(await settleAll([Promise.resolve(1), Promise.resolve('two')])).toEqual([1, 'two']);
    let late = false;
    const slow = new Promise<void>((r) => setTimeout(() => r(void (late = true)), 20));
    const first = new Promise<never>((_, j) => setTimeout(() => j(new Error('first')), 10));
    await expect(settleAll([first, slow, Promise.reject(new Error('second'))])).rejects.toThrow('first');
    expect(late).toBe(true);
  });
});
