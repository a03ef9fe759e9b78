/**
 * The one order of municipalities and periods in every bundle, whatever engine aggregated it.
 */

/** Dutch alphabetical order, with a code-point tie-break so that the order is total. */
const collator = new Intl.Collator('nl', { sensitivity: 'variant', numeric: true });
export function compareMunicipalities(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Periods in code-point order: `2024` < `2024-Q1` < … < `2025`. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
