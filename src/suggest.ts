/** "Did you mean" for misspelt keys, rule ids, permissions and tasks. */

/**
 * Levenshtein edit distance between two strings; with `max`, any distance of `max` or more is
 * returned as `max` (the rows stop once every cell has reached it).
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) >= max) return max;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (prev[j]! < rowMin) rowMin = prev[j]!;
      diag = tmp;
    }
    if (rowMin >= max) return max;
  }
  return Math.min(prev[b.length]!, max);
}

/**
 * Words longer than this get no suggestion: a manifest's names and keys are short, and the distance
 * costs the product of the two lengths (a 40,000-character name took 5 s).
 */
const MAX_SUGGEST_LENGTH = 128;

/** The closest candidate within a third of the word's length (at least 2 edits), if any. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGEST_LENGTH) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    // A candidate whose length alone puts it as far as the best so far cannot be nearer.
    if (Math.abs(c.length - w.length) >= bestD) continue;
    const d = levenshtein(w, c.toLowerCase(), bestD);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
