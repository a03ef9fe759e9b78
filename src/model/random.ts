/**
 * Seeded randomness for Monte Carlo.
 *
 * The generator is **mulberry32** (Tommy Ettinger, public domain): a 32-bit state advanced by the
 * Weyl increment 0x6D2B79F5 and mixed by two xor-shift-multiply rounds. Each call returns
 * `uint32 / 2^32`, a number in [0, 1). The seed is taken as an unsigned 32-bit integer
 * (`seed >>> 0`: fractions are truncated, negative numbers wrap), so the same seed gives the same
 * sequence on every platform.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inverse CDF of the triangular distribution (low a, mode c, high b) at u ∈ [0, 1):
 * `a + √(u (b − a)(c − a))` when u < (c − a)/(b − a), else `b − √((1 − u)(b − a)(b − c))`.
 * Returns a when a = b.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return low;
  const split = (mode - low) / width;
  if (u < split) return low + Math.sqrt(u * width * (mode - low));
  return high - Math.sqrt((1 - u) * width * (high - mode));
}
