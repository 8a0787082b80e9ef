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

/**
 * `fn` remembered by its text argument (a file's whole text), for pure functions a run calls with the
 * same texts from both refs and every cluster: at most `maxChars` of text kept, then forgotten all at
 * once. What `fn` throws is remembered too, and thrown again.
 */
export function memoByText<T>(fn: (text: string) => T, maxChars = 32 * 1024 * 1024): (text: string) => T {
  const known = new Map<string, { value: T } | { error: unknown }>();
  let chars = 0;
  return (text) => {
    let out = known.get(text);
    if (!out) {
      try {
        out = { value: fn(text) };
      } catch (error) {
        out = { error };
      }
      if (chars + text.length > maxChars) {
        known.clear();
        chars = 0;
      }
      known.set(text, out);
      chars += text.length;
    }
    if ('error' in out) throw out.error;
    return out.value;
  };
}
