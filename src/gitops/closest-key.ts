/**
 * The key among `candidates` a mistyped `key` most likely meant: one that differs only in case or
 * separators (`cert-manager`, `cert_manager`, `CertManager` for `certManager`), else the nearest by
 * edit distance (a letter left out, added, changed or two swapped), within a distance that grows with
 * the key's length. Null when none is close enough. Ties go to the first candidate.
 */
export function closestKey(key: string, candidates: Iterable<string>): string | null {
  if (key.length > MAX_LENGTH) return null;
  const folded = fold(key);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === key || candidate.length > MAX_LENGTH) continue;
    if (fold(candidate) === folded) return candidate;
    const limit = allowed(Math.max(key.length, candidate.length));
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), limit);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Keys longer than this are nobody's typo of a key; they are not compared (the distance is quadratic). */
const MAX_LENGTH = 100;

function fold(key: string): string {
  return key.toLowerCase().replace(/[-_.\s]/g, '');
}

/** 1 edit for keys up to 4 characters, 2 up to 8, then 3. */
function allowed(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early once
 * every cell of a row exceeds `limit`. Keys are short; the cost is bounded by their lengths.
 */
function editDistance(a: string, b: string, limit: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return rowMin;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
