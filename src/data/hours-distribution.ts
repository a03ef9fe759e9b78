/*
 * The bins of the distribution of hours used (2a, 2b). `prepare` counts rows into them and
 * protects the counts with the rest of the bundle (see suppress.ts).
 */

/** Bin edges in hours: (0–5], (5–10], … (20–25], then "more than 25". 0 hours falls in the first bin. */
export const HOURS_BIN_EDGES: readonly number[] = [0, 5, 10, 15, 20, 25];

/** The bin of an amount of hours (upper edges inclusive; the last bin is "more than 25"). */
export function hoursBinIndex(hours: number): number {
  for (let i = 1; i < HOURS_BIN_EDGES.length; i++) if (hours <= HOURS_BIN_EDGES[i]!) return i - 1;
  return HOURS_BIN_EDGES.length - 1;
}
