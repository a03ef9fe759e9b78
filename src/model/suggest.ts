/**
 * "Did you mean" suggestions for unknown ids, by Levenshtein distance (insertions, deletions and
 * substitutions each cost 1), compared case-insensitively.
 */

/** Levenshtein distance between two strings. Linear memory; `O(a.length × b.length)` time. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `id`, or undefined when none is close enough. A candidate qualifies
 * when its distance is at most max(2, ⌊40% of the longer length⌋); ties go to the earlier
 * candidate; a candidate that differs in every character (distance equal to the longer length) never
 * qualifies. Ids longer than 200 characters are not compared (no quadratic blow-up on absurd input).
 */
export function suggest(id: string, candidates: Iterable<string>): string | undefined {
  if (id.length > 200) return undefined;
  const needle = id.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.length > 200) continue;
    const distance = levenshtein(needle, candidate.toLowerCase());
    const limit = Math.max(2, Math.floor(0.4 * Math.max(needle.length, candidate.length)));
    const longer = Math.max(needle.length, candidate.length);
    if (distance <= limit && distance < longer && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
