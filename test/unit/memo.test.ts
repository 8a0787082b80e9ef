import { describe, expect, it } from 'vitest';
import { memoByString, memoByText } from '../../src/util/memo.js';

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

describe('memoByText', () => {
  it('calls once per text, throws again what it threw, and forgets everything past its bound', () => {
    const calls: string[] = [];
    const f = memoByText((t: string) => {
      calls.push(t);
      if (t === 'bad') throw new Error('refused');
      return t.length;
    }, 10);
    expect([f('abcd'), f('abcd'), f('xy')]).toEqual([4, 4, 2]);
    expect(() => f('bad')).toThrow('refused');
    expect(() => f('bad')).toThrow('refused');
    expect(calls).toEqual(['abcd', 'xy', 'bad']);
    f('0123456'); // 4 + 2 + 3 + 7 > 10: the others are forgotten
    f('abcd');
    expect(calls.slice(3)).toEqual(['0123456', 'abcd']);
  });
});
