import { describe, expect, it } from 'vitest';
import { memoByString } from '../../src/util/memo.js';

describe('memoByString', () => {
  it('computes each argument once, and forgets all at once past its bound', () => {
    const calls: string[] = [];
    const f = memoByString((k) => {
      calls.push(k);
      return k.length;
    }, 2);
    expect([f('a'), f('bb'), f('a'), f('bb')]).toEqual([1, 2, 1, 2]);
    expect(calls).toEqual(['a', 'bb']);
    expect(f('ccc')).toBe(3); // the third key: the first two forgotten
    expect(f('a')).toBe(1);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('remembers falsy results too', () => {
    let n = 0;
    const f = memoByString(() => (n++, false));
    expect([f('x'), f('x')]).toEqual([false, false]);
    expect(n).toBe(1);
  });
});
