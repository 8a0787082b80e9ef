/** A value as shown in a message: control characters visible (JSON escapes), long values cut. */
export function clip(value: string, max = 80): string {
  const visible = JSON.stringify(value).slice(1, -1);
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}

/**
 * Two values shown side by side (before → after), each cut to `max` characters: when both would
 * be cut to the same text although they differ, the window moves to where they first differ
 * (`…tail-that-differs…`), so two different values never look the same.
 */
export function clipPair(a: string, b: string, max = 80): [string, string] {
  const cut = (s: string, from: number) =>
    `${from > 0 ? '…' : ''}${s.slice(from, from + max)}${from + max < s.length ? '…' : ''}`;
  if (a === b || (a.length <= max && b.length <= max)) return [cut(a, 0), cut(b, 0)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = i < max ? 0 : i - Math.floor(max / 4);
  const shown: [string, string] = [cut(a, from), cut(b, from)];
  // Literal '…' in a value could still make both look alike: then nothing is cut.
  return shown[0] === shown[1] ? [a, b] : shown;
}
