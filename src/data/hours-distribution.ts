import type { HoursBin, UsageRow } from './types.js';
import { REGION } from './types.js';

/** Bin edges in hours: (0–5], (5–10], … (20–25], then "more than 25". 0 hours falls in the first bin. */
export const HOURS_BIN_EDGES: readonly number[] = [0, 5, 10, 15, 20, 25];

function binIndex(hours: number): number {
  for (let i = 1; i < HOURS_BIN_EDGES.length; i++) if (hours <= HOURS_BIN_EDGES[i]!) return i - 1;
  return HOURS_BIN_EDGES.length - 1;
}

/**
 * The distribution of hours used for 2a and 2b, per municipality × year × product and for the
 * region, with disclosure control:
 * - a bin count from 1 to threshold − 1 is suppressed (null); zero stays zero;
 * - secondary: when exactly one bin of a group is suppressed, the smallest other non-zero bin
 *   is suppressed too, because the group total can be derived from the published usage cells.
 * Region bins are counted from the rows, never from municipal bins.
 */
export function hoursDistribution(rows: readonly UsageRow[], threshold: number): { perMunicipality: HoursBin[]; region: HoursBin[] } {
  const groups = new Map<string, { municipality: string; year: string; product: '2a' | '2b'; counts: number[] }>();
  const add = (municipality: string, year: string, product: '2a' | '2b', bin: number) => {
    const key = `${municipality}\u0000${year}\u0000${product}`;
    let group = groups.get(key);
    if (!group) {
      group = { municipality, year, product, counts: HOURS_BIN_EDGES.map(() => 0) };
      groups.set(key, group);
    }
    group.counts[bin]!++;
  };
  for (const row of rows) {
    if (row.product === '1' || row.hoursUsed === null) continue;
    const year = row.period.slice(0, 4);
    const bin = binIndex(row.hoursUsed);
    add(row.municipality, year, row.product, bin);
    add(REGION, year, row.product, bin);
  }
  const perMunicipality: HoursBin[] = [];
  const region: HoursBin[] = [];
  const sorted = [...groups.values()].sort(
    (a, b) => a.municipality.localeCompare(b.municipality, 'nl') || a.year.localeCompare(b.year) || a.product.localeCompare(b.product),
  );
  for (const group of sorted) {
    const hidden = suppressBins(group.counts, threshold);
    const target = group.municipality === REGION ? region : perMunicipality;
    group.counts.forEach((count, i) =>
      target.push({
        municipality: group.municipality,
        year: group.year,
        product: group.product,
        binStart: HOURS_BIN_EDGES[i]!,
        binEnd: i + 1 < HOURS_BIN_EDGES.length ? HOURS_BIN_EDGES[i + 1]! : null,
        count: hidden[i] ? null : count,
        suppressed: hidden[i]!,
      }),
    );
  }
  return { perMunicipality, region };
}

/** Which bins to hide: primary (1 … threshold − 1) and secondary (a lone hidden bin). */
export function suppressBins(counts: readonly number[], threshold: number): boolean[] {
  const hidden = counts.map((c) => c > 0 && c < threshold);
  if (hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && c > 0 && (smallest < 0 || c < counts[smallest]!)) smallest = i;
    });
    if (smallest >= 0) hidden[smallest] = true;
  }
  return hidden;
}
