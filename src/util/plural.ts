/** `1 error`, `2 errors`: a count and its noun (nouns that take an `s`). */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
