/**
 * `fn` remembered by its string argument, for pure functions a run calls with the same few thousand
 * arguments over and over (every Application of every cluster): at most `max` kept, then forgotten
 * all at once, so hostile input can grow it no further.
 */
export function memoByString<T>(fn: (key: string) => T, max = 10_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = fn(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
